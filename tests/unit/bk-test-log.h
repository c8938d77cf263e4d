/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A training log built day by day for the training-status tests. */

#include "core/bk-load.h"

typedef struct {
  GArray *days;
} Log;

static inline Log
log_new (void)
{
  return (Log) { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
}

/* Adds a run of @km (6:00 per km) on @day; @rpe 0 means none recorded.
 * Runs are added in day order. */
static inline void
log_add (Log    *log,
         guint32 day,
         double  km,
         int     rpe)
{
  BkDayTotal *last = log->days->len > 0
    ? &g_array_index (log->days, BkDayTotal, log->days->len - 1) : NULL;
  gint64 seconds = (gint64) (km * 360);

  g_assert_true (last == NULL || last->julian <= day);
  if (km <= 0)
    return;
  if (last == NULL || last->julian != day)
    {
      BkDayTotal fresh = { .julian = day };

      g_array_append_val (log->days, fresh);
      last = &g_array_index (log->days, BkDayTotal, log->days->len - 1);
    }
  last->distance_m += km * 1000;
  last->duration_s += seconds;
  last->runs++;
  last->longest_m = MAX (last->longest_m, km * 1000);
  if (rpe > 0)
    {
      last->srpe += rpe * seconds / 60.0;
      last->rpe_runs++;
    }
}
