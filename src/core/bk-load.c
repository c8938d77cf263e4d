/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-load"

#include "bk-date.h"
#include "bk-load.h"

/**
 * bk_weekly_totals:
 * @days: day totals in any order
 * @today: the day whose week is the last one returned
 * @n_weeks: how many weeks to return, oldest first
 *
 * Returns: (transfer full): an array of #BkWeekTotal, one per week, weeks
 *   without runs included as zero.
 */
GArray *
bk_weekly_totals (const BkDayTotal *days,
                  gsize             n_days,
                  guint32           today,
                  GDateWeekday      first_day,
                  guint             n_weeks)
{
  GArray *weeks;
  guint32 last_start;
  guint32 first_start;

  g_return_val_if_fail (n_weeks > 0, NULL);
  g_return_val_if_fail (days != NULL || n_days == 0, NULL);

  weeks = g_array_sized_new (FALSE, TRUE, sizeof (BkWeekTotal), n_weeks);
  g_array_set_size (weeks, n_weeks);

  last_start = bk_date_week_start (today, first_day);
  first_start = last_start - 7 * (n_weeks - 1);
  for (guint i = 0; i < n_weeks; i++)
    g_array_index (weeks, BkWeekTotal, i).week_start = first_start + 7 * i;

  for (gsize i = 0; i < n_days; i++)
    {
      const BkDayTotal *day = &days[i];
      BkWeekTotal *week;

      if (day->julian < first_start || day->julian >= last_start + 7)
        continue;
      week = &g_array_index (weeks, BkWeekTotal, (day->julian - first_start) / 7);
      week->distance_m += day->distance_m;
      week->duration_s += day->duration_s;
      week->runs += day->runs;
    }

  return weeks;
}
