/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-core-error.h"
#include "core/bk-schedule.h"

static GTimeZone *berlin;

static GDateTime *
at (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new (berlin, year, month, day, hour, minute, 0);
}

static GDateTime *
utc (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static void
assert_same (GDateTime *got,
             GDateTime *want)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_nonnull (got);
  a = g_date_time_format_iso8601 (got);
  b = g_date_time_format_iso8601 (want);
  if (!g_date_time_equal (got, want))
    g_error ("due at %s, expected %s", a, b);
}

static void
test_daily_across_spring_change (void)
{
  BkSchedule s = { BK_DAYS_ALL, 7 * 60, -1 };
  g_autoptr(GDateTime) now = at (2026, 3, 28, 8, 0);
  g_autoptr(GDateTime) next = bk_schedule_next_due (&s, now, berlin, NULL);
  g_autoptr(GDateTime) want = utc (2026, 3, 29, 5, 0);   /* 07:00 CEST */

  assert_same (next, want);
  /* Still seven on the runner's clock, although only 22 hours passed (23 on a normal day). */
  g_assert_cmpint (g_date_time_get_hour (next), ==, 7);
  g_assert_cmpint (g_date_time_difference (next, now), ==, 22 * G_TIME_SPAN_HOUR);
}

static void
test_daily_across_autumn_change (void)
{
  BkSchedule s = { BK_DAYS_ALL, 7 * 60, -1 };
  g_autoptr(GDateTime) now = at (2026, 10, 24, 8, 0);
  g_autoptr(GDateTime) next = bk_schedule_next_due (&s, now, berlin, NULL);
  g_autoptr(GDateTime) want = utc (2026, 10, 25, 6, 0);  /* 07:00 CET */

  assert_same (next, want);
  g_assert_cmpint (g_date_time_get_hour (next), ==, 7);
  g_assert_cmpint (g_date_time_difference (next, now), ==, 24 * G_TIME_SPAN_HOUR);
}

static void
test_time_in_spring_gap (void)
{
  /* 02:30 does not exist on 29 March: the reminder comes once, just after
   * the clocks jump, on the same day. */
  BkSchedule s = { BK_DAY_BIT (G_DATE_SUNDAY), 2 * 60 + 30, -1 };
  g_autoptr(GDateTime) now = at (2026, 3, 28, 23, 0);
  g_autoptr(GDateTime) next = bk_schedule_next_due (&s, now, berlin, NULL);
  g_autoptr(GDateTime) again = NULL;

  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_get_day_of_month (next), ==, 29);
  g_assert_cmpint (g_date_time_get_hour (next), ==, 3);
  g_assert_cmpint (g_date_time_get_utc_offset (next), ==, 2 * G_TIME_SPAN_HOUR);

  again = bk_schedule_next_due (&s, next, berlin, NULL);
  g_assert_cmpint (g_date_time_get_day_of_month (again), ==, 5);
  g_assert_cmpint (g_date_time_get_month (again), ==, 4);
  g_assert_cmpint (g_date_time_get_hour (again), ==, 2);
  g_assert_cmpint (g_date_time_get_minute (again), ==, 30);
}

static void
test_time_repeated_in_autumn (void)
{
  /* 02:30 happens twice on 25 October; the reminder fires once. */
  BkSchedule s = { BK_DAY_BIT (G_DATE_SUNDAY), 2 * 60 + 30, -1 };
  g_autoptr(GDateTime) first_pass = utc (2026, 10, 25, 0, 45);  /* 02:45 CEST */
  g_autoptr(GDateTime) next = bk_schedule_next_due (&s, first_pass, berlin, NULL);
  g_autoptr(GDateTime) want = utc (2026, 10, 25, 1, 30);        /* 02:30 CET */
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) week = utc (2026, 11, 1, 1, 30);

  assert_same (next, want);
  after = bk_schedule_next_due (&s, next, berlin, NULL);
  assert_same (after, week);
}

static void
test_week_wrap (void)
{
  BkSchedule s = { BK_DAY_BIT (G_DATE_MONDAY) | BK_DAY_BIT (G_DATE_WEDNESDAY), 18 * 60, -1 };
  g_autoptr(GDateTime) sunday = at (2026, 11, 29, 20, 0);
  g_autoptr(GDateTime) wed_due = at (2026, 12, 2, 18, 0);
  g_autoptr(GDateTime) mon = at (2026, 11, 30, 18, 0);
  g_autoptr(GDateTime) next_mon = at (2026, 12, 7, 18, 0);
  g_autoptr(GDateTime) n1 = bk_schedule_next_due (&s, sunday, berlin, NULL);
  g_autoptr(GDateTime) n2 = bk_schedule_next_due (&s, mon, berlin, NULL);
  g_autoptr(GDateTime) n3 = bk_schedule_next_due (&s, wed_due, berlin, NULL);

  assert_same (n1, mon);
  /* Exactly at the due time counts as done: the next one is Wednesday. */
  assert_same (n2, wed_due);
  assert_same (n3, next_mon);
}

static void
test_one_day_a_week (void)
{
  BkSchedule s = { BK_DAY_BIT (G_DATE_THURSDAY), 6 * 60 + 15, -1 };
  g_autoptr(GDateTime) late = at (2026, 12, 31, 7, 0);          /* Thursday */
  g_autoptr(GDateTime) early = at (2026, 12, 31, 6, 0);
  g_autoptr(GDateTime) today = at (2026, 12, 31, 6, 15);
  g_autoptr(GDateTime) in_a_week = at (2027, 1, 7, 6, 15);
  g_autoptr(GDateTime) n1 = bk_schedule_next_due (&s, late, berlin, NULL);
  g_autoptr(GDateTime) n2 = bk_schedule_next_due (&s, early, berlin, NULL);

  assert_same (n1, in_a_week);
  assert_same (n2, today);
}

static void
test_now_in_another_zone (void)
{
  /* 23:30 UTC on Sunday is already Monday in Berlin. */
  BkSchedule s = { BK_DAY_BIT (G_DATE_MONDAY), 8 * 60, -1 };
  g_autoptr(GDateTime) now = utc (2026, 11, 29, 23, 30);
  g_autoptr(GDateTime) want = at (2026, 11, 30, 8, 0);
  g_autoptr(GDateTime) next = bk_schedule_next_due (&s, now, berlin, NULL);

  assert_same (next, want);
  g_assert_cmpint (g_date_time_get_utc_offset (next), ==, G_TIME_SPAN_HOUR);
}

static void
test_after_run (void)
{
  BkSchedule s = { 0, -1, 30 };
  BkSchedule both = { BK_DAYS_ALL, 19 * 60, 30 };
  g_autoptr(GDateTime) logged = at (2026, 11, 26, 10, 0);
  g_autoptr(GDateTime) now = at (2026, 11, 26, 10, 5);
  g_autoptr(GDateTime) later = at (2026, 11, 26, 10, 40);
  g_autoptr(GDateTime) want = at (2026, 11, 26, 10, 30);
  g_autoptr(GDateTime) evening = at (2026, 11, 26, 19, 0);
  g_autoptr(GDateTime) n1 = bk_schedule_next_due (&s, now, berlin, logged);
  g_autoptr(GDateTime) n2 = bk_schedule_next_due (&s, later, berlin, logged);
  g_autoptr(GDateTime) n3 = bk_schedule_next_due (&s, now, berlin, NULL);
  g_autoptr(GDateTime) n4 = bk_schedule_next_due (&both, now, berlin, logged);
  g_autoptr(GDateTime) n5 = bk_schedule_next_due (&both, later, berlin, logged);

  assert_same (n1, want);
  g_assert_null (n2);
  g_assert_null (n3);
  assert_same (n4, want);
  assert_same (n5, evening);
}

static void
test_inactive_and_invalid (void)
{
  BkSchedule none = { 0, 8 * 60, -1 };
  BkSchedule no_time = { BK_DAYS_ALL, -1, -1 };
  BkSchedule bad_time = { BK_DAYS_ALL, 1440, -1 };
  BkSchedule bad_days = { 0x80, 60, -1 };
  BkSchedule bad_after = { 0, -1, 0 };
  g_autoptr(GDateTime) now = at (2026, 11, 26, 10, 0);
  g_autoptr(GDateTime) n1 = bk_schedule_next_due (&none, now, berlin, now);
  g_autoptr(GDateTime) n2 = bk_schedule_next_due (&no_time, now, berlin, NULL);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;

  g_assert_null (n1);
  g_assert_null (n2);
  g_assert_false (bk_schedule_is_active (&none));
  g_assert_true (bk_schedule_is_valid (&none, NULL));
  g_assert_false (bk_schedule_is_valid (&bad_time, &e1));
  g_assert_error (e1, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_assert_false (bk_schedule_is_valid (&bad_days, &e2));
  g_assert_false (bk_schedule_is_valid (&bad_after, &e3));
}

static void
test_last_due (void)
{
  BkSchedule s = { BK_DAY_BIT (G_DATE_THURSDAY), 7 * 60, -1 };
  g_autoptr(GDateTime) now = at (2026, 11, 26, 9, 0);     /* Thursday */
  g_autoptr(GDateTime) before = at (2026, 11, 26, 6, 0);
  g_autoptr(GDateTime) want = at (2026, 11, 26, 7, 0);
  g_autoptr(GDateTime) last_week = at (2026, 11, 19, 7, 0);
  g_autoptr(GDateTime) l1 = bk_schedule_last_due (&s, now, berlin);
  g_autoptr(GDateTime) l2 = bk_schedule_last_due (&s, before, berlin);

  assert_same (l1, want);
  assert_same (l2, last_week);
}

static void
test_describe (void)
{
  BkSchedule s = { BK_DAY_BIT (G_DATE_MONDAY) | BK_DAY_BIT (G_DATE_THURSDAY), 18 * 60 + 5, 20 };
  BkSchedule daily = { BK_DAYS_ALL, 7 * 60, -1 };
  BkSchedule off = { 0, -1, -1 };
  g_autofree char *a = bk_schedule_describe (&s);
  g_autofree char *b = bk_schedule_describe (&daily);
  g_autofree char *c = bk_schedule_describe (&off);

  g_assert_cmpstr (a, ==, "Mon, Thu at 18:05; 20 min after a run");
  g_assert_cmpstr (b, ==, "Every day at 07:00");
  g_assert_cmpstr (c, ==, "No reminder");
}

int
main (int argc, char *argv[])
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (berlin);
  g_test_add_func ("/schedule/dst/spring", test_daily_across_spring_change);
  g_test_add_func ("/schedule/dst/autumn", test_daily_across_autumn_change);
  g_test_add_func ("/schedule/dst/spring-gap", test_time_in_spring_gap);
  g_test_add_func ("/schedule/dst/autumn-repeat", test_time_repeated_in_autumn);
  g_test_add_func ("/schedule/week-wrap", test_week_wrap);
  g_test_add_func ("/schedule/one-day-a-week", test_one_day_a_week);
  g_test_add_func ("/schedule/other-zone", test_now_in_another_zone);
  g_test_add_func ("/schedule/after-run", test_after_run);
  g_test_add_func ("/schedule/inactive-invalid", test_inactive_and_invalid);
  g_test_add_func ("/schedule/last-due", test_last_due);
  g_test_add_func ("/schedule/describe", test_describe);
  rc = g_test_run ();
  g_time_zone_unref (berlin);
  return rc;
}
