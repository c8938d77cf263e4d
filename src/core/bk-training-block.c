/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-block"

#include <stdlib.h>
#include <string.h>

#include "bk-training-status.h"

/* How many earlier weeks with runs make the baseline a week is measured by. */
#define BASELINE_WEEKS 12

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of_last (const double *values,
                gsize         n,
                gsize         take)
{
  double sorted[BASELINE_WEEKS];
  gsize count = MIN (n, take);

  g_assert (take <= BASELINE_WEEKS);
  memcpy (sorted, values + n - count, count * sizeof (double));
  qsort (sorted, count, sizeof (double), compare_doubles);
  if (count % 2 == 1)
    return sorted[count / 2];
  return (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
}

/**
 * bk_training_blocks:
 * @week_volume: distance per week, from the first week with a run
 * @after_gap: per week, whether it holds the first run after 14 or more
 *   days without one
 * @first_week_start: the first day of the first week
 * @n_complete_weeks: how many of the weeks are over; only they can end a block
 *
 * Section 5 of training-science.md: a block starts in the first logged
 * week, in the week of the first run after a 14-day gap, or in the first
 * week back at half the median of the previous 12 weeks with runs after at
 * least two low weeks; it ends after two low weeks.
 *
 * Returns: (transfer full) (element-type guint32): per week, the first day
 *   of the block in force, 0 when none
 */
GArray *
bk_training_blocks (const double   *week_volume,
                    const gboolean *after_gap,
                    gsize           n_weeks,
                    guint32         first_week_start,
                    gsize           n_complete_weeks)
{
  GArray *blocks = g_array_sized_new (FALSE, TRUE, sizeof (guint32), n_weeks);
  g_autoptr(GArray) logged = g_array_new (FALSE, FALSE, sizeof (double));
  guint32 current = 0;
  guint low_run = 0;

  for (gsize k = 0; k < n_weeks; k++)
    {
      double v = week_volume[k];
      gboolean low = v <= 0;
      gboolean starts;

      if (!low && logged->len > 0)
        low = v < 0.5 * median_of_last ((double *) (gpointer) logged->data, logged->len, BASELINE_WEEKS);

      starts = k == 0 || after_gap[k] || (!low && low_run >= 2);
      if (starts)
        current = first_week_start + 7 * (guint32) k;
      g_array_append_val (blocks, current);

      low_run = low ? low_run + 1 : 0;
      if (low_run >= 2 && k < n_complete_weeks)
        current = 0;
      if (v > 0)
        g_array_append_val (logged, v);
    }
  return blocks;
}
