/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One calendar day of training, as the store sums it in one query. */
typedef struct {
  guint32 julian;
  double  distance_m;
  gint64  duration_s;
  guint   runs;
  double  longest_m;
  /* Session RPE load (RPE x minutes) over the runs that have an RPE. */
  double  srpe;
  guint   rpe_runs;
} BkDayTotal;

typedef struct {
  guint32 week_start;
  double  distance_m;
  gint64  duration_s;
  guint   runs;
  /* Sessions that are not runs: their time, never part of distance_m. */
  gint64  low_impact_s;
} BkWeekTotal;

GArray *bk_weekly_totals (const BkDayTotal *days,
                          gsize             n_days,
                          guint32           today,
                          GDateWeekday      first_day,
                          guint             n_weeks);

G_END_DECLS
