/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-database.h"
#include "core/bk-advice-episode.h"
#include "core/bk-clinician-assessment.h"
#include "core/bk-health-screen.h"
#include "core/bk-pain-entry.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_STORE (bk_pain_store_get_type ())

G_DECLARE_FINAL_TYPE (BkPainStore, bk_pain_store, BK, PAIN_STORE, GObject)

/* The pain journal: entries (with their three-state warning-sign answers),
 * health screens and clinician assessments. Every change to any of them
 * emits ::changed, so a page showing advice recomputes it with
 * bk_advice_get_current() (services/bk-advice.h). Lists come newest first.
 * Validate a screen or an assessment (bk_health_screen_validate(),
 * bk_clinician_assessment_validate()) before adding it; the table's CHECK
 * constraints refuse what slips through. */

BkPainStore *bk_pain_store_new        (BkDatabase   *database);
gboolean     bk_pain_store_add        (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_restore    (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_update     (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_delete     (BkPainStore  *self,
                                       gint64        id,
                                       GError      **error);
BkPainEntry *bk_pain_store_get        (BkPainStore  *self,
                                       gint64        id,
                                       GError      **error);
GPtrArray   *bk_pain_store_list       (BkPainStore  *self,
                                       guint32       from_julian,
                                       guint32       to_julian,
                                       guint         limit,
                                       GError      **error);
GListModel  *bk_pain_store_get_model  (BkPainStore  *self);
void         bk_pain_store_reload     (BkPainStore  *self);

gboolean     bk_pain_store_add_screen        (BkPainStore            *self,
                                              BkHealthScreen         *screen,
                                              GError                **error);
GPtrArray   *bk_pain_store_list_screens      (BkPainStore            *self,
                                              GError                **error);
gboolean     bk_pain_store_add_assessment    (BkPainStore            *self,
                                              BkClinicianAssessment  *assessment,
                                              GError                **error);
gboolean     bk_pain_store_delete_assessment (BkPainStore            *self,
                                              gint64                  id,
                                              GError                **error);
GPtrArray   *bk_pain_store_list_assessments  (BkPainStore            *self,
                                              GError                **error);
/* The bounded read behind the advice (bk-pain-store-episode.c). */
GPtrArray   *bk_pain_store_list_for_advice   (BkPainStore            *self,
                                              GDateTime              *now,
                                              guint32                 after_day,
                                              BkAdviceSpan           *span,
                                              GError                **error);

G_END_DECLS
