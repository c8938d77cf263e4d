/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "core/bk-units.h"

typedef struct {
  const char *text;
  BkUnits     units;
  double      metres;
} DistanceCase;

static void
test_distance_accepts (void)
{
  static const DistanceCase cases[] = {
    { "10k", BK_UNITS_METRIC, 10000 },
    { "10K", BK_UNITS_IMPERIAL, 10000 },
    { "10.5km", BK_UNITS_METRIC, 10500 },
    { " 10.5 km ", BK_UNITS_IMPERIAL, 10500 },
    { "10,5 km", BK_UNITS_METRIC, 10500 },
    { "6.2 mi", BK_UNITS_METRIC, 6.2 * BK_METRES_PER_MILE },
    { "6.2miles", BK_UNITS_METRIC, 6.2 * BK_METRES_PER_MILE },
    { "1 mile", BK_UNITS_METRIC, BK_METRES_PER_MILE },
    { "5000m", BK_UNITS_IMPERIAL, 5000 },
    { "400 metres", BK_UNITS_METRIC, 400 },
    { "21.0975 kilometers", BK_UNITS_METRIC, 21097.5 },
    { "12", BK_UNITS_METRIC, 12000 },
    { "12", BK_UNITS_IMPERIAL, 12 * BK_METRES_PER_MILE },
    { ".5", BK_UNITS_METRIC, 500 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double metres = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_true (bk_parse_distance (cases[i].text, cases[i].units, &metres, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (metres, cases[i].metres, 1e-6);
    }
}

static void
test_distance_rejects (void)
{
  static const struct {
    const char *text;
    int         code;
  } cases[] = {
    { "", BK_CORE_ERROR_EMPTY },
    { "   ", BK_CORE_ERROR_EMPTY },
    { NULL, BK_CORE_ERROR_EMPTY },
    { "0", BK_CORE_ERROR_OUT_OF_RANGE },
    { "0 km", BK_CORE_ERROR_OUT_OF_RANGE },
    { "-3 km", BK_CORE_ERROR_INVALID },
    { "ten km", BK_CORE_ERROR_INVALID },
    { "10 furlongs", BK_CORE_ERROR_INVALID },
    { "10 km 5", BK_CORE_ERROR_INVALID },
    { "10..5", BK_CORE_ERROR_INVALID },
    { "1.2.3", BK_CORE_ERROR_INVALID },
    { "km", BK_CORE_ERROR_INVALID },
    { "1001 km", BK_CORE_ERROR_OUT_OF_RANGE },
    { "1e3", BK_CORE_ERROR_INVALID },
    { "nan", BK_CORE_ERROR_INVALID },
    { "inf km", BK_CORE_ERROR_INVALID },
    { "99999999999999999999999999999999999999999999999999999999999999999999", BK_CORE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double metres = 42;

      g_test_message ("%s", cases[i].text ? cases[i].text : "(null)");
      g_assert_false (bk_parse_distance (cases[i].text, BK_UNITS_METRIC, &metres, &error));
      g_assert_error (error, BK_CORE_ERROR, cases[i].code);
      g_assert_cmpfloat (metres, ==, 42);
    }
}

static void
test_duration_accepts (void)
{
  static const struct {
    const char *text;
    gint64      seconds;
  } cases[] = {
    { "1:02:03", 3723 },
    { "55:20", 3320 },
    { "0:45", 45 },
    { "75:00", 4500 },
    { "55m", 3300 },
    { "55 min", 3300 },
    { "45", 2700 },
    { "1h", 3600 },
    { "1h5m", 3900 },
    { "1h 05m 30s", 3930 },
    { "1.5 hours", 5400 },
    { "90s", 90 },
    { "2:00:00", 7200 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 seconds = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_true (bk_parse_duration (cases[i].text, &seconds, &error));
      g_assert_no_error (error);
      g_assert_cmpint (seconds, ==, cases[i].seconds);
    }
}

static void
test_duration_rejects (void)
{
  static const struct {
    const char *text;
    int         code;
  } cases[] = {
    { "", BK_CORE_ERROR_EMPTY },
    { "0:00", BK_CORE_ERROR_OUT_OF_RANGE },
    { "0m", BK_CORE_ERROR_OUT_OF_RANGE },
    { "1:60", BK_CORE_ERROR_INVALID },
    { "1:60:00", BK_CORE_ERROR_INVALID },
    { "1:2:3:4", BK_CORE_ERROR_INVALID },
    { ":30", BK_CORE_ERROR_INVALID },
    { "30:", BK_CORE_ERROR_INVALID },
    { "abc", BK_CORE_ERROR_INVALID },
    { "5m1h", BK_CORE_ERROR_INVALID },
    { "1h1h", BK_CORE_ERROR_INVALID },
    { "10 parsecs", BK_CORE_ERROR_INVALID },
    { "-5m", BK_CORE_ERROR_INVALID },
    { "200h", BK_CORE_ERROR_OUT_OF_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 seconds = 42;

      g_test_message ("%s", cases[i].text);
      g_assert_false (bk_parse_duration (cases[i].text, &seconds, &error));
      g_assert_error (error, BK_CORE_ERROR, cases[i].code);
      g_assert_cmpint (seconds, ==, 42);
    }
}

static void
test_format (void)
{
  g_autofree char *km = bk_format_distance (10500, BK_UNITS_METRIC);
  g_autofree char *mi = bk_format_distance (10 * BK_METRES_PER_MILE, BK_UNITS_IMPERIAL);
  g_autofree char *km_short = bk_format_distance_short (9977.9, BK_UNITS_METRIC);
  g_autofree char *d1 = bk_format_duration (3723);
  g_autofree char *d2 = bk_format_duration (3320);
  g_autofree char *d3 = bk_format_duration (59);
  g_autofree char *p1 = bk_format_pace (10000, 3000, BK_UNITS_METRIC);
  g_autofree char *p2 = bk_format_pace (BK_METRES_PER_MILE, 480, BK_UNITS_IMPERIAL);
  g_autofree char *p3 = bk_format_pace (10000, 3000, BK_UNITS_IMPERIAL);
  g_autofree char *e1 = bk_format_elevation (100, BK_UNITS_METRIC);
  g_autofree char *e2 = bk_format_elevation (100, BK_UNITS_IMPERIAL);

  g_assert_cmpstr (km, ==, "10.50 km");
  g_assert_cmpstr (mi, ==, "10.00 mi");
  g_assert_cmpstr (km_short, ==, "10.0 km");
  g_assert_cmpstr (d1, ==, "1:02:03");
  g_assert_cmpstr (d2, ==, "55:20");
  g_assert_cmpstr (d3, ==, "0:59");
  g_assert_cmpstr (p1, ==, "5:00 /km");
  g_assert_cmpstr (p2, ==, "8:00 /mi");
  /* 5:00 per km is 8:02.8 per mile. */
  g_assert_cmpstr (p3, ==, "8:03 /mi");
  g_assert_cmpstr (e1, ==, "100 m");
  g_assert_cmpstr (e2, ==, "328 ft");
}

static void
test_elevation (void)
{
  g_autoptr(GError) error = NULL;
  double metres = 0;

  g_assert_true (bk_parse_elevation ("120", BK_UNITS_METRIC, &metres, NULL));
  g_assert_cmpfloat_with_epsilon (metres, 120, 1e-9);
  g_assert_true (bk_parse_elevation ("400 ft", BK_UNITS_METRIC, &metres, NULL));
  g_assert_cmpfloat_with_epsilon (metres, 400 * BK_METRES_PER_FOOT, 1e-9);
  g_assert_true (bk_parse_elevation ("400", BK_UNITS_IMPERIAL, &metres, NULL));
  g_assert_cmpfloat_with_epsilon (metres, 400 * BK_METRES_PER_FOOT, 1e-9);
  g_assert_false (bk_parse_elevation ("high", BK_UNITS_METRIC, &metres, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/distance/accepts", test_distance_accepts);
  g_test_add_func ("/units/distance/rejects", test_distance_rejects);
  g_test_add_func ("/units/duration/accepts", test_duration_accepts);
  g_test_add_func ("/units/duration/rejects", test_duration_rejects);
  g_test_add_func ("/units/format", test_format);
  g_test_add_func ("/units/elevation", test_elevation);

  return g_test_run ();
}
