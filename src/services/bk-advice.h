/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/bk-advice-episode.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* The one source of the app's pain advice.
 *
 * How to use: call bk_advice_get_current (context, now, &error) whenever
 * you show advice or anything it may replace, and again on the pain
 * store's ::changed signal (entries, screens and assessments all emit it).
 * Then, on the BkAdviceEpisode it returns:
 * - bk_advice_episode_withholds_training(): urgent; show the advice in
 *   place of training and stretching advice, no risk colours, no hints,
 *   no ramp-up notification, reminders paused;
 * - bk_advice_episode_withholds_hints(): urgent or see-a-clinician; no
 *   next-run or next-7-days hints, and training reasons go through
 *   bk_advice_episode_prefix_training().
 * bk_advice_training_withheld() and bk_advice_hints_withheld() are the
 * same questions asked of the store directly; they answer TRUE when the
 * journal cannot be read, since withholding is the safe side. */

BkAdviceEpisode *bk_advice_get_current       (BkContext  *context,
                                              GDateTime  *now,
                                              GError    **error);
BkAdviceEpisode *bk_advice_compute_for_store (BkPainStore *store,
                                              GDateTime   *now,
                                              GError     **error);
void             bk_advice_prefetch          (BkContext  *context);
BkAdviceEpisode *bk_advice_take_prefetched   (BkContext  *context);
gboolean         bk_advice_training_withheld (BkContext  *context,
                                              GDateTime  *now);
gboolean         bk_advice_hints_withheld    (BkContext  *context,
                                              GDateTime  *now);

G_END_DECLS
