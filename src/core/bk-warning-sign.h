/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The warning signs every pain entry asks, whatever the rating.
 *
 * How to use: iterate 0 .. BK_N_WARNING_SIGNS - 1; the first
 * BK_N_EMERGENCY_SIGNS are the emergency (cauda equina) signs, any "yes"
 * to one of them means urgent care; the rest are the per-entry
 * see-a-clinician signs. Each sign has a stable id (to_string/from_string)
 * used by the command line, the JSON and the report, and a translated
 * label in plain words for the form. An entry stores each answer in three
 * states with BkAnswer: UNANSWERED ("not asked", old entries), NO, YES; see
 * bk_pain_entry_get_warning_sign(). */
typedef enum {
  /* Emergency: any yes means urgent care. */
  BK_WARNING_SIGN_SADDLE_NUMBNESS,
  BK_WARNING_SIGN_BLADDER,
  BK_WARNING_SIGN_BOWEL,
  BK_WARNING_SIGN_PASSING_SENSATION,
  BK_WARNING_SIGN_SEXUAL,
  BK_WARNING_SIGN_LEG_WEAKNESS,
  BK_WARNING_SIGN_BOTH_LEGS,
  /* Per entry: any yes means seeing a clinician soon. */
  BK_WARNING_SIGN_NIGHT_PAIN,
  BK_WARNING_SIGN_UNWELL,
  BK_WARNING_SIGN_WEIGHT_LOSS,
  BK_WARNING_SIGN_TRAUMA,
  BK_N_WARNING_SIGNS, /*< skip >*/
} BkWarningSign;

#define BK_N_EMERGENCY_SIGNS 7

gboolean     bk_warning_sign_is_emergency (BkWarningSign  sign);
const char  *bk_warning_sign_to_string    (BkWarningSign  sign);
gboolean     bk_warning_sign_from_string  (const char    *id,
                                           BkWarningSign *out_sign);
const char  *bk_warning_sign_get_label    (BkWarningSign  sign);

G_END_DECLS
