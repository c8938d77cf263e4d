/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-demo"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-date.h"
#include "bk-demo.h"
#include "bk-run.h"

/* Sixteen weeks of a runner's log: a steady base, two weeks off with a cold,
 * then a first marathon plan that adds a fourth run and stretches the long
 * run quickly, so the ramp-up warnings have something real to show. */
typedef struct {
  double km[4];
} DemoWeek;

static const DemoWeek demo_weeks[] = {
  { { 5, 6, 9, 0 } },
  { { 5, 7, 9, 0 } },
  { { 6, 6, 10, 0 } },
  { { 5, 7, 10, 0 } },
  { { 6, 7, 10, 0 } },
  { { 5, 6, 11, 0 } },
  { { 4, 0, 0, 0 } },      /* a cold */
  { { 0, 0, 0, 0 } },
  { { 5, 6, 10, 0 } },     /* week 1 of the marathon plan */
  { { 6, 6, 12, 0 } },
  { { 6, 7, 8, 13 } },     /* the fourth run arrives */
  { { 7, 7, 8, 14 } },
  { { 7, 8, 9, 16 } },
  { { 8, 8, 10, 21 } },    /* week 6: the long run jumps by half */
  { { 8, 9, 10, 22 } },
  { { 6, 8, 0, 0 } },      /* this week, so far */
};

static const int run_weekdays[4] = { 1, 3, 5, 6 };  /* Tue, Thu, Sat, Sun */

/**
 * bk_demo_generate_runs:
 * @now: the current instant, in the runner's time zone
 *
 * Returns: (transfer full) (element-type BkRun): the demonstration log,
 *   every run of it over by @now
 */
GPtrArray *
bk_demo_generate_runs (GDateTime *now,
                       guint32    seed)
{
  GTimeZone *zone;
  guint32 today;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint32 this_monday;
  guint n_weeks = G_N_ELEMENTS (demo_weeks);
  static const BkSurface surfaces[] = {
    BK_SURFACE_ROAD, BK_SURFACE_ROAD, BK_SURFACE_TRAIL, BK_SURFACE_GRASS,
    BK_SURFACE_TRACK, BK_SURFACE_ROAD, BK_SURFACE_MIXED,
  };

  g_return_val_if_fail (now != NULL, NULL);
  zone = g_date_time_get_timezone (now);
  today = bk_date_julian_of (now);
  this_monday = bk_date_week_start (today, G_DATE_MONDAY);

  for (guint w = 0; w < n_weeks; w++)
    {
      guint32 monday = this_monday - 7 * (n_weeks - 1 - w);

      for (guint i = 0; i < G_N_ELEMENTS (demo_weeks[w].km); i++)
        {
          double km = demo_weeks[w].km[i];
          guint32 julian = monday + run_weekdays[i];
          double pace_s_per_km;
          g_autoptr(GDateTime) started = NULL;
          GDate date;
          BkRun *run;
          int hour;

          if (km <= 0 || julian > today)
            continue;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          hour = i == 3 ? 9 : (g_rand_boolean (rand) ? 7 : 18);
          started = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), hour,
                                     g_rand_int_range (rand, 0, 4) * 15, 0);

          /* Long runs go slower; everything wanders a little. */
          pace_s_per_km = (km >= 13 ? 375 : 340) + g_rand_double_range (rand, -15, 15);
          km += g_rand_double_range (rand, -0.2, 0.2);

          /* Today's evening run has not happened yet: none is shown
           * before it is over. */
          if (g_date_time_difference (now, started) < (GTimeSpan) (km * pace_s_per_km) * G_USEC_PER_SEC)
            continue;
          run = bk_run_new (started, km * 1000.0, (gint64) (km * pace_s_per_km));
          bk_run_set_surface (run, surfaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (surfaces))]);
          bk_run_set_rpe (run, km >= 13 ? g_rand_int_range (rand, 6, 9) : g_rand_int_range (rand, 3, 6));
          bk_run_set_elevation (run, g_rand_int_range (rand, 10, 180));
          if (km >= 20)
            bk_run_set_notes (run, _("Longest run yet; lower back stiff in the last few km"));
          g_ptr_array_add (runs, run);
        }
    }

  return g_steal_pointer (&runs);
}
