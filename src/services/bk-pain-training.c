/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-training"

#include "bk-config.h"

#include "core/bk-stretch.h"
#include "bk-pain-training.h"
#include "bk-status-report.h"

gboolean
bk_pain_training_week_is_ramp_up (const BkStatusWeek *week)
{
  g_return_val_if_fail (week != NULL, FALSE);
  return week->week_of_block >= BK_PAIN_RAMP_UP_FIRST_WEEK &&
         week->week_of_block <= BK_PAIN_RAMP_UP_LAST_WEEK;
}

/* A week "flagged for a fast rise in training": the status rated it warning or
 * high, or it fell in the ramp-up phase of a block. */
gboolean
bk_pain_training_week_is_flagged (const BkStatusWeek *week)
{
  g_return_val_if_fail (week != NULL, FALSE);
  return week->level >= BK_RISK_WARNING || bk_pain_training_week_is_ramp_up (week);
}

/**
 * bk_pain_training_flagged_weeks:
 * @today: the last day the status looks at
 *
 * Returns: (transfer full) (element-type guint32): the first days of the
 *   flagged weeks over the whole log, oldest first; %NULL on error
 */
GArray *
bk_pain_training_flagged_weeks (BkContext  *context,
                                guint32     today,
                                GError    **error)
{
  g_autoptr(BkTrainingStatus) status = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  status = bk_status_report_compute (context, today, 0, error);
  if (status == NULL)
    return NULL;
  return bk_pain_training_flagged_weeks_of (status);
}

/**
 * bk_pain_training_flagged_weeks_of:
 * @status: a status over the whole log (n_weeks 0)
 *
 * Returns: (transfer full) (element-type guint32): as
 *   bk_pain_training_flagged_weeks(), from a status already computed
 */
GArray *
bk_pain_training_flagged_weeks_of (const BkTrainingStatus *status)
{
  GArray *weeks;

  g_return_val_if_fail (status != NULL, NULL);

  weeks = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < status->weekly->len; i++)
    {
      const BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i);

      if (bk_pain_training_week_is_flagged (week))
        g_array_append_val (weeks, week->week_start);
    }
  return weeks;
}

/* A week with a run much longer than the longest of the month before:
 * the spike rule's warning tier or above, before the ramp-up raise. */
gboolean
bk_pain_training_week_is_spike (const BkStatusWeek *week)
{
  g_return_val_if_fail (week != NULL, FALSE);
  return week->spike_tier >= BK_RISK_WARNING;
}

/**
 * bk_pain_training_marked_weeks:
 * @today: the last day the status looks at
 * @out_ramp_up: (out) (transfer full) (element-type guint32): first days of
 *   the weeks in the ramp-up phase of a block, oldest first
 * @out_spike: (out) (transfer full) (element-type guint32): first days of
 *   the weeks with a spike run, oldest first
 *
 * The two kinds of week the pain chart marks apart.
 */
gboolean
bk_pain_training_marked_weeks (BkContext  *context,
                               guint32     today,
                               GArray    **out_ramp_up,
                               GArray    **out_spike,
                               GError    **error)
{
  g_autoptr(BkTrainingStatus) status = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (out_ramp_up != NULL && out_spike != NULL, FALSE);

  status = bk_status_report_compute (context, today, 0, error);
  if (status == NULL)
    return FALSE;
  bk_pain_training_marked_weeks_of (status, out_ramp_up, out_spike);
  return TRUE;
}

/* As bk_pain_training_marked_weeks(), from a status already computed over
 * the whole log. */
void
bk_pain_training_marked_weeks_of (const BkTrainingStatus  *status,
                                  GArray                 **out_ramp_up,
                                  GArray                 **out_spike)
{
  g_autoptr(GArray) ramp_up = NULL;
  g_autoptr(GArray) spike = NULL;

  g_return_if_fail (status != NULL);
  g_return_if_fail (out_ramp_up != NULL && out_spike != NULL);

  ramp_up = g_array_new (FALSE, FALSE, sizeof (guint32));
  spike = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < status->weekly->len; i++)
    {
      const BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i);

      if (week->ramp_up)
        g_array_append_val (ramp_up, week->week_start);
      if (bk_pain_training_week_is_spike (week))
        g_array_append_val (spike, week->week_start);
    }
  *out_ramp_up = g_steal_pointer (&ramp_up);
  *out_spike = g_steal_pointer (&spike);
}

/**
 * bk_pain_training_day_is_flagged:
 * @out_flagged: (out): whether the status on @julian had level caution or
 *   above or was in the ramp-up phase
 *
 * The answer the pain editor pre-fills for "increase in training or weeks
 * into a new plan".
 */
gboolean
bk_pain_training_day_is_flagged (BkContext  *context,
                                 guint32     julian,
                                 gboolean   *out_flagged,
                                 GError    **error)
{
  g_autoptr(BkTrainingStatus) status = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (out_flagged != NULL, FALSE);

  *out_flagged = FALSE;
  status = bk_status_report_compute (context, julian, 1, error);
  if (status == NULL)
    return FALSE;
  *out_flagged = status->level >= BK_RISK_CAUTION || status->ramp_up_phase;
  return TRUE;
}

/**
 * bk_pain_training_one_side_tighter:
 * @julian: tests after this day are not looked at
 * @out_tighter: (out): whether the latest test of any muscle up to @julian
 *   found the left or the right side tighter
 */
gboolean
bk_pain_training_one_side_tighter (BkContext  *context,
                                   guint32     julian,
                                   gboolean   *out_tighter,
                                   GError    **error)
{
  g_autoptr(GPtrArray) latest = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (out_tighter != NULL, FALSE);

  *out_tighter = FALSE;
  latest = bk_stretch_store_latest_tightness (bk_context_get_stretch_store (context), error);
  if (latest == NULL)
    return FALSE;
  for (guint i = 0; i < latest->len; i++)
    {
      const BkTightnessTest *test = g_ptr_array_index (latest, i);

      /* Only sided muscles are tested left against right, so a result
       * naming a side is a sided muscle's. */
      if (test->julian <= julian && bk_tightness_tighter_side (test->result) != BK_SIDE_NONE)
        *out_tighter = TRUE;
    }
  return TRUE;
}
