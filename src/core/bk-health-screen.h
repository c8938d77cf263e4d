/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-pain-entry.h"

G_BEGIN_DECLS

/* The short screen for serious causes of back pain (NICE NG59's prompt
 * review list, plus bone stress injury for runners), asked the first time
 * the journal is used and again at the start of each new episode
 * (BkAdviceEpisode.screen_due says when).
 *
 * How to use: bk_health_screen_new (julian_day), set the age band and each
 * question's BkAnswer, check bk_health_screen_validate(), then
 * bk_pain_store_add_screen(). Any yes, and an age band under 20 or over 50,
 * gives see-a-clinician advice with the reason named. Every id is stable
 * (command line, JSON, report); every label and question is translated. */

typedef enum {
  BK_AGE_BAND_UNANSWERED, /*< skip >*/
  BK_AGE_BAND_UNDER_20,
  BK_AGE_BAND_20_TO_50, /*< nick=20-50 >*/
  BK_AGE_BAND_OVER_50,
  BK_N_AGE_BANDS, /*< skip >*/
} BkAgeBand;

typedef enum {
  BK_SCREEN_PAST_CANCER,
  BK_SCREEN_STEROIDS,
  BK_SCREEN_OSTEOPOROSIS,
  BK_SCREEN_IV_DRUG_USE,
  /* Bone stress injury. */
  BK_SCREEN_STRESS_FRACTURE,
  BK_SCREEN_LOW_ENERGY,
  BK_SCREEN_BONY_TENDERNESS,
  BK_N_SCREEN_QUESTIONS, /*< skip >*/
} BkScreenQuestion;

#define BK_TYPE_HEALTH_SCREEN (bk_health_screen_get_type ())

G_DECLARE_FINAL_TYPE (BkHealthScreen, bk_health_screen, BK, HEALTH_SCREEN, GObject)

BkHealthScreen *bk_health_screen_new          (guint32           taken_on);
BkHealthScreen *bk_health_screen_copy         (BkHealthScreen   *self);
gint64          bk_health_screen_get_id       (BkHealthScreen   *self);
void            bk_health_screen_set_id       (BkHealthScreen   *self,
                                               gint64            id);
/* The local day it was answered, a Julian day number. */
guint32         bk_health_screen_get_taken_on (BkHealthScreen   *self);
void            bk_health_screen_set_taken_on (BkHealthScreen   *self,
                                               guint32           taken_on);
BkAgeBand       bk_health_screen_get_age_band (BkHealthScreen   *self);
void            bk_health_screen_set_age_band (BkHealthScreen   *self,
                                               BkAgeBand         band);
BkAnswer        bk_health_screen_get_answer   (BkHealthScreen   *self,
                                               BkScreenQuestion  question);
void            bk_health_screen_set_answer   (BkHealthScreen   *self,
                                               BkScreenQuestion  question,
                                               BkAnswer          answer);
/* Every question and the age band answered: what the form needs for Save. */
gboolean        bk_health_screen_is_complete  (BkHealthScreen   *self);
gboolean        bk_health_screen_validate     (BkHealthScreen   *self,
                                               guint32           today,
                                               GError          **error);

const char     *bk_age_band_to_string         (BkAgeBand         band);
gboolean        bk_age_band_from_string       (const char       *id,
                                               BkAgeBand        *out_band);
const char     *bk_age_band_get_label         (BkAgeBand         band);
const char     *bk_screen_question_to_string  (BkScreenQuestion  question);
gboolean        bk_screen_question_from_string (const char      *id,
                                               BkScreenQuestion *out_question);
const char     *bk_screen_question_get_label  (BkScreenQuestion  question);

G_END_DECLS
