/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-date.h"

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
test_parse (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 14, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  guint32 j = 0;

  g_assert_true (bk_date_parse ("2026-03-14", now, &j, NULL));
  g_assert_cmpuint (j, ==, julian (2026, 3, 14));
  g_assert_true (bk_date_parse (" 2024-02-29 ", now, &j, NULL));
  g_assert_cmpuint (j, ==, julian (2024, 2, 29));
  g_assert_true (bk_date_parse ("today", now, &j, NULL));
  g_assert_cmpuint (j, ==, julian (2026, 3, 14));
  g_assert_true (bk_date_parse ("yesterday", now, &j, NULL));
  g_assert_cmpuint (j, ==, julian (2026, 3, 13));

  g_assert_false (bk_date_parse ("2025-02-29", now, &j, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bk_date_parse ("14/03/2026", now, &j, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bk_date_parse ("2026-3-14", now, &j, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bk_date_parse ("2026-03-14x", now, &j, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (bk_date_parse ("", now, &j, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY);
}

static void
test_time (void)
{
  int h = -1, m = -1;

  g_assert_true (bk_time_parse ("07:30", &h, &m, NULL));
  g_assert_cmpint (h, ==, 7);
  g_assert_cmpint (m, ==, 30);
  g_assert_true (bk_time_parse ("7:05", &h, &m, NULL));
  g_assert_cmpint (h, ==, 7);
  g_assert_cmpint (m, ==, 5);
  g_assert_true (bk_time_parse ("23.59", &h, &m, NULL));
  g_assert_false (bk_time_parse ("24:00", &h, &m, NULL));
  g_assert_false (bk_time_parse ("12:60", &h, &m, NULL));
  g_assert_false (bk_time_parse ("7:5", &h, &m, NULL));
  g_assert_false (bk_time_parse ("noon", &h, &m, NULL));
  g_assert_false (bk_time_parse ("12:30pm", &h, &m, NULL));
}

static void
test_iso_round_trip (void)
{
  g_autofree char *iso = bk_date_to_iso (julian (2026, 1, 5));
  guint32 j;

  g_assert_cmpstr (iso, ==, "2026-01-05");
  g_assert_true (bk_date_from_iso (iso, &j));
  g_assert_cmpuint (j, ==, julian (2026, 1, 5));
}

static void
test_week_start (void)
{
  /* Thursday 26 November 2026 */
  guint32 thursday = julian (2026, 11, 26);

  g_assert_cmpuint (bk_date_week_start (thursday, G_DATE_MONDAY), ==, julian (2026, 11, 23));
  g_assert_cmpuint (bk_date_week_start (thursday, G_DATE_SUNDAY), ==, julian (2026, 11, 22));
  g_assert_cmpuint (bk_date_week_start (thursday, G_DATE_SATURDAY), ==, julian (2026, 11, 21));
  /* A week-start day is its own week start. */
  g_assert_cmpuint (bk_date_week_start (julian (2026, 11, 22), G_DATE_SUNDAY), ==, julian (2026, 11, 22));
  g_assert_cmpuint (bk_date_week_start (julian (2026, 11, 22), G_DATE_MONDAY), ==, julian (2026, 11, 16));
}

static void
test_iso_week (void)
{
  int year, week;

  /* 1 January 2027 is a Friday: it belongs to 2026's week 53. */
  bk_date_iso_week (julian (2027, 1, 1), &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 53);
  /* 29 December 2025 is a Monday in 2026's week 1. */
  bk_date_iso_week (julian (2025, 12, 29), &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 1);
  bk_date_iso_week (julian (2026, 11, 26), &year, &week);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 48);
}

static void
test_local_day_across_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) autumn = NULL;

  g_assert_nonnull (berlin);

  /* Clocks go forward at 02:00 on Sunday 29 March 2026. A run at 23:30 on
   * the Saturday is a Saturday run, though it is 22:30 UTC. */
  late = g_date_time_new (berlin, 2026, 3, 28, 23, 30, 0);
  g_assert_cmpuint (bk_date_julian_of (late), ==, julian (2026, 3, 28));
  next = g_date_time_add_hours (late, 3);
  g_assert_cmpuint (bk_date_julian_of (next), ==, julian (2026, 3, 29));
  g_assert_cmpint (g_date_time_get_hour (next), ==, 3);

  /* Clocks go back on 25 October 2026: 23:30 on the Saturday stays there. */
  autumn = g_date_time_new (berlin, 2026, 10, 24, 23, 30, 0);
  g_assert_cmpuint (bk_date_julian_of (autumn), ==, julian (2026, 10, 24));
}

static void
test_weekday_names (void)
{
  g_assert_cmpint (bk_weekday_from_string ("sunday"), ==, G_DATE_SUNDAY);
  g_assert_cmpint (bk_weekday_from_string ("saturday"), ==, G_DATE_SATURDAY);
  g_assert_cmpint (bk_weekday_from_string ("nonsense"), ==, G_DATE_MONDAY);
  g_assert_cmpstr (bk_weekday_to_string (G_DATE_SUNDAY), ==, "sunday");
}

/* A midnight timer lands two seconds into the new day, also on the night
 * the clocks go forward (23 hours in the day). */
static void
test_seconds_to_next_day (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) late = g_date_time_new (berlin, 2026, 11, 30, 23, 59, 0);
  g_autoptr(GDateTime) before_dst = g_date_time_new (berlin, 2026, 3, 29, 0, 0, 0);

  g_assert_cmpuint (bk_date_seconds_to_next_day (late), ==, 62);
  g_assert_cmpuint (bk_date_seconds_to_next_day (before_dst), ==, 23 * 3600 + 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/time", test_time);
  g_test_add_func ("/date/iso-round-trip", test_iso_round_trip);
  g_test_add_func ("/date/week-start", test_week_start);
  g_test_add_func ("/date/iso-week", test_iso_week);
  g_test_add_func ("/date/local-day-across-dst", test_local_day_across_dst);
  g_test_add_func ("/date/weekday-names", test_weekday_names);
  g_test_add_func ("/date/seconds-to-next-day", test_seconds_to_next_day);

  return g_test_run ();
}
