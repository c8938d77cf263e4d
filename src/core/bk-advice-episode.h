/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-clinician-assessment.h"
#include "bk-health-screen.h"
#include "bk-pain-assessment.h"
#include "bk-pain-entry.h"

G_BEGIN_DECLS

/* The advice of the current pain episode (training-science.md section 9):
 * advice belongs to an episode, not to the newest entry.
 *
 * How to use: most callers want bk_advice_get_current() in
 * services/bk-advice.h, which reads the store. Here is the pure rule:
 * bk_advice_episode_compute() takes every pain entry, health screen and
 * clinician assessment (any order) and "now", and returns the open advice:
 *
 * - level: NONE, SEE_CLINICIAN or URGENT (BkPainAdvice);
 * - since: the Julian day the advice opened (0 under NONE);
 * - reasons: BkAdviceReason, urgent ones first, each with a stable id
 *   (a warning-sign id, a health-screen question id, or one of the
 *   BK_ADVICE_REASON_* below), a translated sentence and a guide id;
 * - title and text: what to do, translated, NULL under NONE;
 * - screen_due: ask the health screen with the next entry.
 *
 * Urgent (any emergency sign answered yes) stays until an assessment dated
 * on or after it. See-a-clinician stays until an assessment, or, for the
 * reasons an entry raised, until a later entry that answered every warning
 * sign "no" and has no leg signs. An assessment with the outcome
 * "not-cleared" keeps see-a-clinician open (reason "not-cleared").
 * bk_advice_episode_withholds_training() (urgent: no training, stretching
 * or reminders) and bk_advice_episode_withholds_hints() (urgent or
 * see-a-clinician: no next-run or next-7-days hints) say what to hide. */

/* Episodes are separated by this many days without a pain entry. */
#define BK_ADVICE_EPISODE_GAP_DAYS 28
/* "No better after 4 weeks". */
#define BK_ADVICE_NO_BETTER_DAYS 28
/* "7/10 or more at rest or at night", night being 22:00 to 05:59. */
#define BK_ADVICE_SEVERE_RATING 7
#define BK_ADVICE_NIGHT_FROM_HOUR 22
#define BK_ADVICE_NIGHT_TO_HOUR 6

/* Reason ids beside the warning-sign and screen question ids. */
#define BK_ADVICE_REASON_NERVE_SIGNS  "nerve-signs"
#define BK_ADVICE_REASON_NO_BETTER    "no-better-4-weeks"
#define BK_ADVICE_REASON_SEVERE_REST  "severe-at-rest-or-night"
#define BK_ADVICE_REASON_AGE_UNDER_20 "age-under-20"
#define BK_ADVICE_REASON_AGE_OVER_50  "age-over-50"
#define BK_ADVICE_REASON_NOT_CLEARED  "not-cleared"

typedef struct {
  /* Stable, never translated. */
  const char   *id;
  BkPainAdvice  level;
  /* Translated: one sentence in plain words. */
  char         *text;
  const char   *guide_id;
  /* Julian day the reason was first raised. */
  guint32       since;
} BkAdviceReason;

/* The open episode, which a store can read without every entry: its first
 * day (0 when there is no open episode), the worst rating of that day, and
 * the day and rating of the newest entry since (0 and 0 under none). */
typedef struct {
  guint32 start;
  int     baseline;
  guint32 newest_day;
  int     newest_rating;
} BkAdviceSpan;

typedef struct {
  BkPainAdvice  level;
  guint32       since;
  /* BkAdviceReason; empty under NONE. */
  GArray       *reasons;
  char         *title;
  char         *text;
  const char   *guide_id;
  /* First day of the current episode; 0 when there is none (no pain entry
   * in the last BK_ADVICE_EPISODE_GAP_DAYS days). */
  guint32       episode_start;
  gboolean      screen_due;
} BkAdviceEpisode;

BkAdviceEpisode *bk_advice_episode_compute           (BkPainEntry           **entries,
                                                      guint                   n_entries,
                                                      BkHealthScreen        **screens,
                                                      guint                   n_screens,
                                                      BkClinicianAssessment **assessments,
                                                      guint                   n_assessments,
                                                      GDateTime              *now);
/* The same advice from a bounded part of the journal: the span above, and
 * of the entries judged as of @now and made after the local day of the
 * newest clinician assessment (all of them when there is none), only
 * those that can open or close a reason: every one with a warning sign
 * answered yes, leg signs or a rating of BK_ADVICE_SEVERE_RATING or more,
 * and the newest clear entry (bk_advice_entry_is_clear()). More entries
 * than these do no harm. */
BkAdviceEpisode *bk_advice_episode_compute_bounded   (BkPainEntry           **entries,
                                                      guint                   n_entries,
                                                      const BkAdviceSpan     *span,
                                                      BkHealthScreen        **screens,
                                                      guint                   n_screens,
                                                      BkClinicianAssessment **assessments,
                                                      guint                   n_assessments,
                                                      GDateTime              *now);
/* It hurts (a rating above 0) or it reports a sign: part of an episode. */
gboolean         bk_advice_entry_is_pain             (BkPainEntry            *entry);
/* Every warning sign answered "no" and no leg signs: closes the reasons an
 * entry raised. */
gboolean         bk_advice_entry_is_clear            (BkPainEntry            *entry);
/* The episode rule, for a store walking the pain entries newest first. */
gboolean         bk_advice_span_starts_episode       (guint32                 day,
                                                      guint32                 previous);
gboolean         bk_advice_span_is_open              (guint32                 last_pain,
                                                      guint32                 today);
void             bk_advice_episode_free              (BkAdviceEpisode        *episode);
gboolean         bk_advice_episode_withholds_training (BkAdviceEpisode       *episode);
gboolean         bk_advice_episode_withholds_hints   (BkAdviceEpisode        *episode);
gboolean         bk_advice_episode_has_reason        (BkAdviceEpisode        *episode,
                                                      const char             *id);
/* "Once you have been checked: %s" under see-a-clinician, else a copy. */
char            *bk_advice_episode_prefix_training   (BkAdviceEpisode        *episode,
                                                      const char             *training_text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkAdviceEpisode, bk_advice_episode_free)

G_END_DECLS
