/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The surface an import guesses from the sport (issue 16): trail running
 * is trail, treadmill and indoor running treadmill, track running track,
 * street running road; a plain run says nothing. By the names Strava,
 * Garmin, GPX and TCX use, through a real fenix 5 FIT file whose sub-sport
 * is set to each value, and through a Strava activities.csv and a GPX
 * <type> to the run the log would store. TCX's Sport is only Running,
 * Biking or Other, so a TCX run never has a surface. */
#include <string.h>

#include "import/bk-fit-reader.h"
#include "import/bk-strava.h"
#include "import/bk-xml-reader.h"

static void
test_sport_names (void)
{
  static const struct { const char *name; BkSport sport; BkSurface surface; } names[] = {
    /* Strava's Activity Type (English and German) */
    { "Run", BK_SPORT_RUNNING, BK_SURFACE_NONE },
    { "Trail Run", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
    { "TrailRun", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
    { "Virtual Run", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
    { "Lauf", BK_SPORT_RUNNING, BK_SURFACE_NONE },
    { "Traillauf", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
    { "Virtueller Lauf", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
    { "Ride", BK_SPORT_CYCLING, BK_SURFACE_NONE },
    /* Garmin's activity types, also in its GPX <type> */
    { "running", BK_SPORT_RUNNING, BK_SURFACE_NONE },
    { "trail_running", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
    { "treadmill_running", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
    { "indoor_running", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
    { "track_running", BK_SPORT_RUNNING, BK_SURFACE_TRACK },
    { "street_running", BK_SPORT_RUNNING, BK_SURFACE_ROAD },
    /* TCX Sport */
    { "Running", BK_SPORT_RUNNING, BK_SURFACE_NONE },
    { "Biking", BK_SPORT_CYCLING, BK_SURFACE_NONE },
    { "Other", BK_SPORT_OTHER, BK_SURFACE_NONE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      BkSurface surface = BK_N_SURFACES;

      g_test_message ("%s", names[i].name);
      g_assert_cmpint (bk_sport_from_name (names[i].name, &surface), ==, names[i].sport);
      g_assert_cmpint (surface, ==, names[i].surface);
    }
}

/* garmin-fenix-5-run.fit names its sub-sport (0, generic) in three
 * places: the sport message, the lap and the session. The offsets were
 * found by walking the file's definitions; the test checks the bytes are
 * still 0 there before it writes, and writes the file checksum again. */
static const gsize sub_sport_offsets[] = { 1716, 4821, 5419 };

static GBytes *
fenix_with_sub_sport (guint8 sub_sport)
{
  g_autofree char *path = g_build_filename (g_getenv ("BK_IMPORT_DATA"), "garmin-fenix-5-run.fit", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  guint8 *data;
  guint16 crc;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 5597);
  data = (guint8 *) contents;
  for (gsize i = 0; i < G_N_ELEMENTS (sub_sport_offsets); i++)
    {
      g_assert_cmpuint (data[sub_sport_offsets[i]], ==, 0);
      data[sub_sport_offsets[i]] = sub_sport;
    }
  crc = bk_fit_crc (data, length - 2);
  data[length - 2] = crc & 0xFF;
  data[length - 1] = crc >> 8;
  return g_bytes_new_take (contents, length);
}

static void
test_fit_sub_sport (void)
{
  /* FIT profile sub_sport: 1 treadmill, 2 street, 3 trail, 4 track,
   * 45 indoor running, 58 virtual activity. */
  static const struct { guint8 sub_sport; BkSurface surface; } cases[] = {
    { 0, BK_SURFACE_NONE },
    { 1, BK_SURFACE_TREADMILL },
    { 2, BK_SURFACE_ROAD },
    { 3, BK_SURFACE_TRAIL },
    { 4, BK_SURFACE_TRACK },
    { 45, BK_SURFACE_TREADMILL },
    { 58, BK_SURFACE_TREADMILL },
  };
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = fenix_with_sub_sport (cases[i].sub_sport);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      g_autoptr(BkRun) run = NULL;
      gsize length;
      const guint8 *data = g_bytes_get_data (bytes, &length);
      BkActivity *activity;

      g_test_message ("sub_sport %u", cases[i].sub_sport);
      activities = bk_fit_read (data, length, "fenix.fit", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (activities->len, ==, 1);
      activity = g_ptr_array_index (activities, 0);
      g_assert_cmpint (activity->sport, ==, BK_SPORT_RUNNING);
      g_assert_cmpint (activity->surface, ==, cases[i].surface);
      run = bk_activity_to_run (activity, zone);
      g_assert_nonnull (run);
      g_assert_cmpint (bk_run_get_surface (run), ==, cases[i].surface);
    }
}

#define GPX_TRACK(type, hour) \
  "<trk><type>" type "</type><trkseg>" \
  "<trkpt lat=\"52.5000\" lon=\"13.4000\"><time>2026-11-10T" hour ":00:00Z</time></trkpt>" \
  "<trkpt lat=\"52.5050\" lon=\"13.4000\"><time>2026-11-10T" hour ":03:00Z</time></trkpt>" \
  "<trkpt lat=\"52.5100\" lon=\"13.4000\"><time>2026-11-10T" hour ":06:00Z</time></trkpt>" \
  "</trkseg></trk>"

static void
test_gpx_type (void)
{
  const char *gpx = "<?xml version=\"1.0\"?>"
                    "<gpx version=\"1.1\" creator=\"Garmin Connect\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                    GPX_TRACK ("trail_running", "07") GPX_TRACK ("treadmill_running", "09")
                    GPX_TRACK ("running", "11") "</gpx>";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (gpx, (gssize) strlen (gpx), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = bk_xml_read (stream, "three.gpx", NULL, &error);
  static const BkSurface expected[] = { BK_SURFACE_TRAIL, BK_SURFACE_TREADMILL, BK_SURFACE_NONE };

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      BkActivity *activity = g_ptr_array_index (activities, i);

      g_assert_cmpint (activity->sport, ==, BK_SPORT_RUNNING);
      g_assert_cmpint (activity->surface, ==, expected[i]);
    }
}

static void
test_strava_types (void)
{
  const char *csv =
    "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time,Distance\n"
    "1,\"Nov 3, 2026, 7:00:00 AM\",Forest,Trail Run,3600,10.0,3500,10000.0\n"
    "2,\"Nov 4, 2026, 7:00:00 AM\",Zwift,Virtual Run,1800,5.0,1800,5000.0\n"
    "3,\"Nov 5, 2026, 7:00:00 AM\",Lunch Run,Run,1800,5.0,1800,5000.0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv (csv, strlen (csv), "activities.csv", &error);
  static const BkSurface expected[] = { BK_SURFACE_TRAIL, BK_SURFACE_TREADMILL, BK_SURFACE_NONE };
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      BkStravaRow *row = g_ptr_array_index (rows, i);
      g_autoptr(BkRun) run = bk_activity_to_run (row->activity, zone);

      g_assert_cmpint (row->activity->surface, ==, expected[i]);
      g_assert_nonnull (run);
      g_assert_cmpint (bk_run_get_surface (run), ==, expected[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-surfaces/sport-names", test_sport_names);
  g_test_add_func ("/import-surfaces/fit-sub-sport", test_fit_sub_sport);
  g_test_add_func ("/import-surfaces/gpx-type", test_gpx_type);
  g_test_add_func ("/import-surfaces/strava-types", test_strava_types);
  return g_test_run ();
}
