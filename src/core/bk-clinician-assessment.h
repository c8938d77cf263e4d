/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* "A clinician has assessed me on DATE": the record that closes urgent and
 * see-a-clinician advice (see bk-advice-episode.h).
 *
 * How to use: bk_clinician_assessment_new (julian_day, outcome), optionally
 * set notes, check bk_clinician_assessment_validate(), then
 * bk_pain_store_add_assessment(). An assessment clears every advice reason
 * raised on or before its day. With the outcome NOT_CLEARED the advice
 * stays at see-a-clinician (reason "not-cleared": no next-run hints) until a
 * later assessment with another outcome. */

typedef enum {
  /* The runner did not say. */
  BK_CLINICIAN_OUTCOME_NONE,
  BK_CLINICIAN_OUTCOME_CLEARED,
  BK_CLINICIAN_OUTCOME_NOT_CLEARED,
  BK_N_CLINICIAN_OUTCOMES, /*< skip >*/
} BkClinicianOutcome;

#define BK_CLINICIAN_NOTES_MAX 10000

#define BK_TYPE_CLINICIAN_ASSESSMENT (bk_clinician_assessment_get_type ())

G_DECLARE_FINAL_TYPE (BkClinicianAssessment, bk_clinician_assessment, BK, CLINICIAN_ASSESSMENT, GObject)

BkClinicianAssessment *bk_clinician_assessment_new          (guint32                assessed_on,
                                                             BkClinicianOutcome     outcome);
gint64              bk_clinician_assessment_get_id          (BkClinicianAssessment *self);
void                bk_clinician_assessment_set_id          (BkClinicianAssessment *self,
                                                             gint64                 id);
/* The local day of the assessment, a Julian day number. */
guint32             bk_clinician_assessment_get_assessed_on (BkClinicianAssessment *self);
BkClinicianOutcome  bk_clinician_assessment_get_outcome     (BkClinicianAssessment *self);
const char         *bk_clinician_assessment_get_notes       (BkClinicianAssessment *self);
void                bk_clinician_assessment_set_notes       (BkClinicianAssessment *self,
                                                             const char            *notes);
gboolean            bk_clinician_assessment_validate        (BkClinicianAssessment *self,
                                                             guint32                today,
                                                             GError               **error);

const char         *bk_clinician_outcome_to_string          (BkClinicianOutcome     outcome);
gboolean            bk_clinician_outcome_from_string        (const char            *id,
                                                             BkClinicianOutcome    *out_outcome);
const char         *bk_clinician_outcome_get_label          (BkClinicianOutcome     outcome);

G_END_DECLS
