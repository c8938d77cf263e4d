/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-date.h"
#include "core/bk-load.h"

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
test_weekly_totals (void)
{
  BkDayTotal days[] = {
    { .julian = julian (2026, 11, 15), .distance_m = 21000, .duration_s = 7200, .runs = 1 },  /* Sun */
    { .julian = julian (2026, 11, 16), .distance_m = 5000, .duration_s = 1500, .runs = 1 },   /* Mon */
    { .julian = julian (2026, 11, 22), .distance_m = 8000, .duration_s = 2400, .runs = 2 },   /* Sun */
    { .julian = julian (2026, 11, 24), .distance_m = 10000, .duration_s = 3000, .runs = 1 },  /* Tue */
    { .julian = julian (2026, 11, 27), .distance_m = 99999, .duration_s = 9999, .runs = 1 },  /* after today */
  };
  g_autoptr(GArray) monday = bk_weekly_totals (days, G_N_ELEMENTS (days), julian (2026, 11, 26), G_DATE_MONDAY, 3);
  g_autoptr(GArray) sunday = bk_weekly_totals (days, G_N_ELEMENTS (days), julian (2026, 11, 26), G_DATE_SUNDAY, 3);
  BkWeekTotal *w;

  g_assert_cmpuint (monday->len, ==, 3);
  w = &g_array_index (monday, BkWeekTotal, 2);
  g_assert_cmpuint (w->week_start, ==, julian (2026, 11, 23));
  /* The day after "today" still falls in this week: it is in the log. */
  g_assert_cmpfloat (w->distance_m, ==, 109999);
  w = &g_array_index (monday, BkWeekTotal, 1);
  g_assert_cmpfloat (w->distance_m, ==, 13000);
  g_assert_cmpuint (w->runs, ==, 3);
  w = &g_array_index (monday, BkWeekTotal, 0);
  g_assert_cmpfloat (w->distance_m, ==, 21000);

  /* The same days, weeks starting on Sunday, group differently. */
  w = &g_array_index (sunday, BkWeekTotal, 2);
  g_assert_cmpuint (w->week_start, ==, julian (2026, 11, 22));
  g_assert_cmpfloat (w->distance_m, ==, 8000 + 10000 + 99999);
  w = &g_array_index (sunday, BkWeekTotal, 1);
  g_assert_cmpfloat (w->distance_m, ==, 21000 + 5000);
  g_assert_cmpint (w->duration_s, ==, 8700);
  w = &g_array_index (sunday, BkWeekTotal, 0);
  g_assert_cmpfloat (w->distance_m, ==, 0);
  g_assert_cmpuint (w->runs, ==, 0);
}

static void
test_weekly_totals_empty (void)
{
  g_autoptr(GArray) weeks = bk_weekly_totals (NULL, 0, julian (2026, 1, 1), G_DATE_MONDAY, 9);

  g_assert_cmpuint (weeks->len, ==, 9);
  for (guint i = 0; i < weeks->len; i++)
    {
      g_assert_cmpfloat (g_array_index (weeks, BkWeekTotal, i).distance_m, ==, 0);
      if (i > 0)
        g_assert_cmpuint (g_array_index (weeks, BkWeekTotal, i).week_start, ==,
                          g_array_index (weeks, BkWeekTotal, i - 1).week_start + 7);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/load/weekly-totals", test_weekly_totals);
  g_test_add_func ("/load/weekly-totals-empty", test_weekly_totals_empty);

  return g_test_run ();
}
