/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-demo.h"
#include "core/bk-date.h"
#include "core/bk-run.h"

static void
test_validate (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 26, 10, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_hours (now, 23);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 25);
  g_autoptr(BkRun) run = bk_run_new (now, 10000, 3000);
  g_autoptr(GError) error = NULL;

  g_assert_true (bk_run_validate (run, now, NULL));

  bk_run_set_started_at (run, tomorrow);
  g_assert_true (bk_run_validate (run, now, NULL));
  bk_run_set_started_at (run, later);
  g_assert_false (bk_run_validate (run, now, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  bk_run_set_started_at (run, now);

  bk_run_set_distance (run, 0);
  g_assert_false (bk_run_validate (run, now, NULL));
  bk_run_set_distance (run, 10000);
  bk_run_set_duration (run, 0);
  g_assert_false (bk_run_validate (run, now, NULL));
  bk_run_set_duration (run, 3000);
  bk_run_set_rpe (run, 11);
  g_assert_false (bk_run_validate (run, now, NULL));
  bk_run_set_rpe (run, 0);
  bk_run_set_elevation (run, 25000);
  g_assert_false (bk_run_validate (run, now, NULL));
  bk_run_set_elevation (run, -1);
  g_assert_true (bk_run_validate (run, now, NULL));
}

static void
test_fast_pace (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(BkRun) run = bk_run_new (now, 10000, 1500);

  /* 2:30 per km exactly is allowed; a second faster is not. */
  g_assert_false (bk_run_is_implausibly_fast (run));
  bk_run_set_duration (run, 1499);
  g_assert_true (bk_run_is_implausibly_fast (run));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(BkRun) run = bk_run_new (now, 10000, 3000);
  guint count = 0;

  g_signal_connect (run, "notify", G_CALLBACK (count_notify), &count);
  bk_run_set_distance (run, 10000);
  bk_run_set_notes (run, "");
  g_assert_cmpuint (count, ==, 0);
  bk_run_set_distance (run, 12000);
  bk_run_set_notes (run, "hills");
  bk_run_set_surface (run, BK_SURFACE_TRAIL);
  g_assert_cmpuint (count, ==, 3);
}

static void
test_surface_names (void)
{
  BkSurface surface;

  for (guint i = 1; i < BK_N_SURFACES; i++)
    {
      g_assert_true (bk_surface_from_string (bk_surface_to_string (i), &surface));
      g_assert_cmpint (surface, ==, i);
    }
  g_assert_true (bk_surface_from_string ("TRAIL", &surface));
  g_assert_cmpint (surface, ==, BK_SURFACE_TRAIL);
  g_assert_false (bk_surface_from_string ("lava", &surface));
}

static void
test_demo (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 26, 10, 0, 0);
  guint32 today = bk_date_julian_of (now);
  g_autoptr(GPtrArray) runs = bk_demo_generate_runs (now, 7);
  g_autoptr(GPtrArray) again = bk_demo_generate_runs (now, 7);
  guint32 first = G_MAXUINT32;
  double longest = 0;

  g_assert_cmpuint (runs->len, >, 40);
  g_assert_cmpuint (runs->len, ==, again->len);
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);

      g_assert_true (bk_run_validate (run, now, NULL));
      g_assert_false (bk_run_is_implausibly_fast (run));
      g_assert_cmpuint (bk_run_get_julian (run), <=, today);
      g_assert_cmpfloat (bk_run_get_distance (run), ==,
                         bk_run_get_distance (g_ptr_array_index (again, i)));
      first = MIN (first, bk_run_get_julian (run));
      longest = MAX (longest, bk_run_get_distance (run));
    }
  /* About sixteen weeks, with a long run past 20 km for the ramp-up. */
  g_assert_cmpuint (today - first, >=, 14 * 7);
  g_assert_cmpuint (today - first, <=, 16 * 7);
  g_assert_cmpfloat (longest, >, 20000);
}

/* At 08:35 on a run day, the evening run is not in the log yet: no run of
 * the demonstration ends after now, whatever the seed picks. */
static void
test_demo_nothing_ahead (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  /* A Thursday, one of the demo's run days */
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 26, 8, 35, 0);

  for (guint32 seed = 1; seed <= 16; seed++)
    {
      g_autoptr(GPtrArray) runs = bk_demo_generate_runs (now, seed);

      for (guint i = 0; i < runs->len; i++)
        {
          BkRun *run = g_ptr_array_index (runs, i);
          g_autoptr(GDateTime) ended = g_date_time_add_seconds (bk_run_get_started_at (run),
                                                                bk_run_get_duration (run));

          g_assert_cmpint (g_date_time_compare (ended, now), <=, 0);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run/validate", test_validate);
  g_test_add_func ("/run/fast-pace", test_fast_pace);
  g_test_add_func ("/run/notify", test_notify);
  g_test_add_func ("/run/surface-names", test_surface_names);
  g_test_add_func ("/run/demo", test_demo);
  g_test_add_func ("/run/demo-nothing-ahead", test_demo_nothing_ahead);

  return g_test_run ();
}
