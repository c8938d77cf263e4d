/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_PAGE (bk_pain_page_get_type ())

G_DECLARE_FINAL_TYPE (BkPainPage, bk_pain_page, BK, PAIN_PAGE, GtkWidget)

BkContext *bk_pain_page_get_context (BkPainPage *self);
void       bk_pain_page_set_context (BkPainPage *self,
                                     BkContext  *context);
void       bk_pain_page_record      (BkPainPage *self);
GtkWindow *bk_pain_page_record_assessment (BkPainPage *self);
void       bk_pain_page_set_flagged_weeks (BkPainPage    *self,
                                           const guint32 *weeks,
                                           guint          n_weeks);

G_END_DECLS
