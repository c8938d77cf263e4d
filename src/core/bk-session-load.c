/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-session-load"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-date.h"
#include "bk-training-series.h"

/* Sessions that are not runs in the training status: their minutes and
 * session-RPE load join the load series the ratios read (section 4: the
 * load is time or sRPE, never km), while the distance, the longest run and
 * the days with a run, which the spike and weekly rules judge, stay the
 * runs' alone. */

/**
 * bk_series_add_sessions:
 *
 * Adds @in's sessions from the log's first run to today to the load
 * series. A session without an RPE makes its day's sRPE incomplete, as a
 * run without one does, so the ratios fall back to minutes rather than
 * count it as 0.
 */
void
bk_series_add_sessions (BkSeries            *s,
                        const BkStatusInput *in)
{
  for (gsize k = 0; k < in->n_sessions; k++)
    {
      const BkSessionDay *day = &in->sessions[k];
      gsize i;

      if (day->sessions == 0 || day->julian < s->first || day->julian > in->today)
        continue;
      i = day->julian - s->first;
      s->minutes[i] += day->duration_s / 60.0;
      s->srpe[i] += day->srpe;
      if (day->rpe_sessions < day->sessions)
        s->rpe_complete[i] = FALSE;
    }
}

static guint32
last_run_day (const BkStatusInput *in)
{
  guint32 last = 0;

  for (gsize k = 0; k < in->n_days; k++)
    if (in->days[k].runs > 0 && in->days[k].julian <= in->today)
      last = MAX (last, in->days[k].julian);
  return last;
}

/**
 * bk_status_count_sessions:
 *
 * Adds the sessions to the weekly rows @self already has, and notes this
 * week's low-impact time and whether the runner is on a break or coming
 * back from one.
 */
void
bk_status_count_sessions (BkTrainingStatus    *self,
                          const BkStatusInput *in)
{
  guint32 first_week, last_run;

  if (self->weekly->len > 0)
    {
      first_week = g_array_index (self->weekly, BkStatusWeek, 0).week_start;
      for (gsize k = 0; k < in->n_sessions; k++)
        {
          const BkSessionDay *day = &in->sessions[k];
          BkStatusWeek *week;

          if (day->julian < first_week || day->julian > in->today)
            continue;
          week = &g_array_index (self->weekly, BkStatusWeek, (day->julian - first_week) / 7);
          week->low_impact_s += day->duration_s;
          week->sessions += day->sessions;
          week->low_impact_srpe += day->srpe;
        }
      self->low_impact_week_s = g_array_index (self->weekly, BkStatusWeek, self->weekly->len - 1).low_impact_s;
      self->low_impact_week_sessions = g_array_index (self->weekly, BkStatusWeek, self->weekly->len - 1).sessions;
    }

  last_run = last_run_day (in);
  self->returning = self->return_start != 0 ||
                    (last_run != 0 && in->today - last_run >= BK_BREAK_DAYS);
}

/**
 * bk_training_status_low_impact_sentence:
 *
 * Returns: (transfer full) (nullable): "You kept 3 h of low-impact training
 *   this week" while the runner is on a break or coming back from one and
 *   this week has sessions that are not runs; %NULL otherwise
 */
char *
bk_training_status_low_impact_sentence (const BkTrainingStatus *self)
{
  g_autofree char *time = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->returning || self->low_impact_week_s <= 0)
    return NULL;
  time = bk_format_hours_minutes (self->low_impact_week_s);
  /* TRANSLATORS: a time, "3 h" or "1 h 30 min"; said while the runner is
   * on a break from running or coming back from one */
  return g_strdup_printf (_("You kept %s of low-impact training this week"), time);
}
