/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Strava's and Garmin Connect's bulk exports. The rows and summaries are
 * written here (exports are personal data), in the shapes the real ones
 * have: Strava's repeated and translated headers, UTC dates for people,
 * decimal commas, multi-line quoted descriptions, manual entries without
 * a file; Garmin's [{"summarizedActivitiesExport": [...]}] in centimetres
 * and milliseconds with the FIT files in a zip inside the zip. The FIT
 * files inside are real device files (data/README.md). */
#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "import/bk-garmin.h"
#include "import/bk-strava.h"
#include "services/bk-context.h"
#include "services/bk-importer.h"
#include "store/bk-other-activities.h"
#include "store/bk-shoe-store.h"

#define STRAVA_HEADER \
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance," \
  "Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight," \
  "Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss," \
  "<span class=\"translation_missing\" title=\"translation missing: en-US.lib.export.portability_exporter.activities.horton_values.total_steps\">Total Steps</span>\n"

/* fit-sample.fit (Forerunner 110) starts 2011-05-02T08:30:54Z. */
#define STRAVA_ROWS \
  "5012345678,\"May 2, 2011, 8:30:54 AM\",Morning Run,Run,\"Easy, with strides\nand a hill\",2810,9.99,,,false,,Pegasus," \
  "activities/5498765432.fit.gz,,,2810,2810,9986.8,,,41,,\n" \
  "5012345679,\"May 4, 2011, 12:05:00 AM\",Midnight Run,Run,,1800,5.00,,,false,,,,,,1800,1750,5000.0,,,12,,\n" \
  "5012345680,\"May 5, 2011, 5:10:00 PM\",Commute,Ride,,3600,20.1,,,true,,,,,,3600,3400,20100.0,,,80,,\n"

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("BK_IMPORT_DATA"), name, NULL);
}

static GBytes *
load (const char *name)
{
  g_autofree char *path = data_path (name);
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static GBytes *
gzip_bytes (GBytes *plain)
{
  g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (plain);
  g_autoptr(GInputStream) zipped = g_converter_input_stream_new (in, G_CONVERTER (gzip));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  g_assert_cmpint (g_output_stream_splice (out, zipped, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL), >, 0);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* Writes a zip of (name, GBytes) pairs, NULL-terminated. */
static GBytes *
make_zip (const char *first_name,
          ...)
{
  struct archive *a = archive_write_new ();
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize used = 0;
  va_list args;
  const char *name;

  g_byte_array_set_size (out, 16 * 1024 * 1024);
  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_memory (a, out->data, out->len, &used), ==, ARCHIVE_OK);
  va_start (args, first_name);
  for (name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      GBytes *bytes = va_arg (args, GBytes *);
      struct archive_entry *entry = archive_entry_new ();
      gsize length;
      const void *data = g_bytes_get_data (bytes, &length);

      archive_entry_set_pathname (entry, name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t) length);
      g_assert_cmpint (archive_write_header (a, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (a, data, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }
  va_end (args);
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
  g_byte_array_set_size (out, (guint) used);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static void
test_strava_csv (void)
{
  const char *text = STRAVA_HEADER STRAVA_ROWS;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv (text, strlen (text), "activities.csv", &error);
  BkStravaRow *run, *midnight, *ride;
  g_autofree char *start = NULL;
  g_autofree char *midnight_start = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  run = g_ptr_array_index (rows, 0);
  midnight = g_ptr_array_index (rows, 1);
  ride = g_ptr_array_index (rows, 2);

  start = g_date_time_format_iso8601 (run->activity->started_at);
  g_assert_cmpstr (start, ==, "2011-05-02T08:30:54Z");
  /* The metres column, not the kilometres one. */
  g_assert_cmpfloat_with_epsilon (run->activity->distance_m, 9986.8, 0.001);
  g_assert_cmpfloat (run->activity->timer_s, ==, 2810);
  g_assert_cmpfloat (run->activity->ascent_m, ==, 41);
  g_assert_cmpint (run->activity->sport, ==, BK_SPORT_RUNNING);
  g_assert_cmpstr (run->filename, ==, "activities/5498765432.fit.gz");
  /* The description's line break did not end the row. */
  g_assert_cmpuint (midnight->line, ==, 4);

  midnight_start = g_date_time_format_iso8601 (midnight->activity->started_at);
  g_assert_cmpstr (midnight_start, ==, "2011-05-04T00:05:00Z");
  g_assert_null (midnight->filename);
  g_assert_cmpfloat (midnight->activity->timer_s, ==, 1750);
  g_assert_cmpint (ride->activity->sport, ==, BK_SPORT_CYCLING);
}

static void
test_strava_german (void)
{
  const char *text =
    "\xEF\xBB\xBF" "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Beschreibung der Aktivität,"
    "Verstrichene Zeit,Distanz,Dateiname,Verstrichene Zeit,Bewegungszeit,Distanz,Höhenzunahme\r\n"
    "8765,\"09.12.2022, 15:24:49\",Abendlauf,Lauf,,\"3000\",\"9,44\",,3000,\"2950,5\",\"9440,2\",\"35,0\"\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv (text, strlen (text), "activities.csv", &error);
  BkStravaRow *row;
  g_autofree char *start = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  start = g_date_time_format_iso8601 (row->activity->started_at);
  g_assert_cmpstr (start, ==, "2022-12-09T15:24:49Z");
  g_assert_cmpint (row->activity->sport, ==, BK_SPORT_RUNNING);
  g_assert_cmpfloat_with_epsilon (row->activity->distance_m, 9440.2, 0.001);
  g_assert_cmpfloat_with_epsilon (row->activity->timer_s, 2950.5, 0.001);
  g_assert_cmpfloat (row->activity->ascent_m, ==, 35);
}

static void
test_strava_not_csv (void)
{
  const char *text = "name,value\nx,1\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv (text, strlen (text), "other.csv", &error);

  g_assert_null (rows);
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "other.csv"));
}

/* Invalid UTF-8 in a header (the fuzzer's find) once crashed
 * g_utf8_strdown(); now the text is repaired and the row read. */
static void
test_strava_invalid_utf8 (void)
{
  const char *text = "Activity Date,Activity \xC3\x28Type,Activity Type,Distance\n"
                     "\"Oct 6, 2022, 11:19:20 PM\",\xff\xfe,Run\xC3,5.0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv (text, strlen (text), "activities.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_utf8_validate (((BkStravaRow *) g_ptr_array_index (rows, 0))->activity->sport_name, -1, NULL));
}

static void
test_strava_dates (void)
{
  static const struct { const char *text, *iso; } cases[] = {
    { "Oct 6, 2022, 11:19:20 PM", "2022-10-06T23:19:20Z" },
    { "Jan 1, 2023, 12:00:01 PM", "2023-01-01T12:00:01Z" },
    { "Jan 1, 2023, 12:00:01 AM", "2023-01-01T00:00:01Z" },
    { "09.12.2022, 15:24:49", "2022-12-09T15:24:49Z" },
    { "Foo 1, 2023, 1:00:00 PM", NULL },
    { "Oct 6, 2022, 13:19:20 PM", NULL },
    { "Feb 30, 2023, 1:00:00 PM", NULL },
    { "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) time = bk_strava_parse_date (cases[i].text);
      g_autofree char *iso = time != NULL ? g_date_time_format_iso8601 (time) : NULL;

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_garmin_summaries (void)
{
  const char *text =
    "[{\"summarizedActivitiesExport\": ["
    "{\"activityId\": 1, \"name\": \"Trail\", \"activityType\": \"trail_running\", \"sportType\": \"RUNNING\","
    " \"beginTimestamp\": 1700000000000, \"startTimeGmt\": 1700000000000.0, \"distance\": 1234500.0,"
    " \"duration\": 4000000.0, \"movingDuration\": 3900000.0, \"elevationGain\": 25000.0},"
    "{\"activityId\": 2, \"activityType\": {\"typeKey\": \"cycling\"}, \"startTimeGmt\": 1700100000000},"
    "{\"activityId\": 3, \"activityType\": \"running\"}"
    "]}]";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = bk_garmin_read_summaries (text, strlen (text), "x_summarizedActivities.json", &error);
  BkActivity *trail;
  g_autofree char *start = NULL;

  g_assert_no_error (error);
  /* The third has no start and is left out. */
  g_assert_cmpuint (activities->len, ==, 2);
  trail = g_ptr_array_index (activities, 0);
  start = g_date_time_format_iso8601 (trail->started_at);
  g_assert_cmpstr (start, ==, "2023-11-14T22:13:20Z");
  g_assert_cmpint (trail->sport, ==, BK_SPORT_RUNNING);
  g_assert_cmpint (trail->surface, ==, BK_SURFACE_TRAIL);
  g_assert_cmpfloat (trail->distance_m, ==, 12345);
  g_assert_cmpfloat (trail->timer_s, ==, 3900);
  g_assert_cmpfloat (trail->ascent_m, ==, 250);
  g_assert_cmpint (((BkActivity *) g_ptr_array_index (activities, 1))->sport, ==, BK_SPORT_CYCLING);

  g_clear_pointer (&activities, g_ptr_array_unref);
  activities = bk_garmin_read_summaries ("{\"x\": 1", 7, "bad.json", &error);
  g_assert_null (activities);
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED);
}

typedef struct
{
  char      *dir;
  GSettings *settings;
  BkContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bk-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->settings = bk_context_create_settings (&error);
  g_assert_no_error (error);
  f->context = bk_context_new (f->dir, f->settings, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_finalize_object (f->context);
  g_clear_object (&f->settings);
  g_assert_cmpint (system (command), ==, 0);
  g_free (f->dir);
}

static BkImportSummary *
import_bytes (Fixture    *f,
              const char *name,
              GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *paths[] = { path, NULL };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return bk_import_paths (f->context, paths, NULL);
}

static BkRun *
find_run (Fixture    *f,
          const char *source)
{
  g_autoptr(GPtrArray) runs = bk_run_store_list (bk_context_get_run_store (f->context), 0, 0, NULL);

  for (guint i = 0; i < runs->len; i++)
    if (g_str_equal (bk_run_get_source (g_ptr_array_index (runs, i)), source))
      return g_object_ref (g_ptr_array_index (runs, i));
  return NULL;
}

/* The row with a file takes the file's exact figures; the manual entry
 * and the ride come from the CSV; a second import adds nothing. */
static void
test_strava_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) csv = g_bytes_new_static (STRAVA_HEADER STRAVA_ROWS, strlen (STRAVA_HEADER STRAVA_ROWS));
  g_autoptr(GBytes) fit = load ("fit-sample.fit");
  g_autoptr(GBytes) fit_gz = gzip_bytes (fit);
  g_autoptr(GBytes) photo = g_bytes_new_static ("\xFF\xD8\xFF", 3);
  g_autoptr(GBytes) zip = make_zip ("export_123/activities.csv", csv,
                                    "export_123/activities/5498765432.fit.gz", fit_gz,
                                    "export_123/media/1.jpg", photo, NULL);
  g_autoptr(BkImportSummary) summary = import_bytes (f, "export_123.zip", zip);
  g_autoptr(BkImportSummary) again = NULL;
  g_autoptr(BkRun) from_file = NULL;

  g_assert_cmpuint (summary->problems->len, ==, 0);
  g_assert_cmpuint (summary->imported, ==, 2);
  g_assert_cmpuint (summary->others, ==, 1);
  from_file = find_run (f, "export_123.zip: export_123/activities/5498765432.fit.gz");
  g_assert_nonnull (from_file);
  /* The device's session distance, not the CSV's rounded one. */
  g_assert_cmpfloat_with_epsilon (bk_run_get_distance (from_file), 9986.82, 0.005);
  /* The CSV's gear, on the run read from the device's file (issue 16). */
  {
    g_autoptr(BkShoe) pegasus = bk_shoe_store_find (bk_context_get_database (f->context), "Pegasus", NULL);

    g_assert_nonnull (pegasus);
    g_assert_cmpint (bk_run_get_shoe_id (from_file), ==, bk_shoe_get_id (pegasus));
    g_assert_cmpuint (summary->new_shoes->len, ==, 1);
  }

  again = import_bytes (f, "export_123.zip", zip);
  g_assert_cmpuint (again->imported, ==, 0);
  g_assert_cmpuint (again->duplicates, ==, 3);
  g_assert_cmpuint (again->new_shoes->len, ==, 0);

  /* Undone: the runs go, and the pair the import made with them. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BkShoe) gone = NULL;

    g_assert_true (bk_import_undo (f->context, summary, &error));
    g_assert_no_error (error);
    gone = bk_shoe_store_find (bk_context_get_database (f->context), "Pegasus", NULL);
    g_assert_null (gone);
  }
}

/* Other sports in a Strava export become sessions of their kind, with
 * the moving time; a walk is kept as other. */
static void
test_strava_sessions (Fixture       *f,
                      gconstpointer  data)
{
  static const char rows[] = STRAVA_HEADER
    "6000000001,\"Nov 2, 2026, 7:00:00 AM\",Spin,Ride,,3700,30.0,,,false,,,,,,3700,3600,30000.0,,,0,,\n"
    "6000000002,\"Nov 3, 2026, 7:00:00 AM\",Pool,Swim,,2000,1.5,,,false,,,,,,2000,1800,1500.0,,,0,,\n"
    "6000000003,\"Nov 4, 2026, 7:00:00 AM\",Cross trainer,Elliptical,,2400,,,,false,,,,,,2400,2400,,,,0,,\n"
    "6000000004,\"Nov 5, 2026, 7:00:00 AM\",Gym,WeightTraining,,2700,,,,false,,,,,,2700,2700,,,,0,,\n"
    "6000000005,\"Nov 6, 2026, 7:00:00 AM\",Stroll,Walk,,1200,1.5,,,false,,,,,,1200,1200,1500.0,,,0,,\n";
  static const BkSessionKind kinds[] = {
    BK_SESSION_KIND_CYCLING, BK_SESSION_KIND_SWIMMING, BK_SESSION_KIND_ELLIPTICAL,
    BK_SESSION_KIND_STRENGTH, BK_SESSION_KIND_OTHER,
  };
  static const gint64 seconds[] = { 3600, 1800, 2400, 2700, 1200 };
  g_autoptr(GBytes) csv = g_bytes_new_static (rows, strlen (rows));
  g_autoptr(GBytes) zip = make_zip ("export_9/activities.csv", csv, NULL);
  g_autoptr(BkImportSummary) summary = import_bytes (f, "export_9.zip", zip);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (summary->problems->len, ==, 0);
  g_assert_cmpuint (summary->imported, ==, 0);
  g_assert_cmpuint (summary->others, ==, 5);
  sessions = bk_other_activities_list (bk_context_get_database (f->context), 1, G_MAXINT32 / 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < sessions->len; i++)
    {
      BkSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (session->kind, ==, kinds[i]);
      g_assert_cmpint (session->duration_s, ==, seconds[i]);
      g_assert_cmpint (session->rpe, ==, 0);
    }
}

/* Summaries matched to the uploaded FIT files by start time; a summary
 * without a file imported from its own figures; thousands of settings and
 * monitoring files counted, not listed. */
static void
test_garmin_export (Fixture       *f,
                    gconstpointer  data)
{
  const char *json =
    "[{\"summarizedActivitiesExport\": ["
    "{\"activityId\": 10, \"activityType\": \"running\", \"beginTimestamp\": 1304325054000,"
    " \"distance\": 998000.0, \"duration\": 2810000.0},"
    "{\"activityId\": 11, \"activityType\": \"treadmill_running\", \"beginTimestamp\": 1700000000000,"
    " \"distance\": 800000.0, \"duration\": 2400000.0, \"movingDuration\": 2400000.0},"
    "{\"activityId\": 12, \"activityType\": \"cycling\", \"beginTimestamp\": 1700100000000,"
    " \"distance\": 3000000.0, \"duration\": 3600000.0}"
    "]}]";
  g_autoptr(GBytes) summaries = g_bytes_new_static (json, strlen (json));
  g_autoptr(GBytes) fit = load ("fit-sample.fit");
  g_autoptr(GBytes) settings = load ("Settings.fit");
  g_autoptr(GBytes) monitoring = load ("MonitoringFile.fit");
  g_autoptr(GBytes) inner = make_zip ("1234_ACTIVITY.fit", fit, "5678.fit", settings, "9012.fit", monitoring, NULL);
  g_autoptr(GBytes) zip = make_zip ("DI_CONNECT/DI-Connect-Fitness/runner@example.org_0_summarizedActivities.json",
                                    summaries,
                                    "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner, NULL);
  g_autoptr(BkImportSummary) summary = import_bytes (f, "garmin.zip", zip);
  g_autoptr(BkRun) treadmill = NULL;

  g_assert_cmpuint (summary->problems->len, ==, 0);
  g_assert_cmpuint (summary->imported, ==, 2);
  g_assert_cmpuint (summary->others, ==, 1);
  g_assert_cmpuint (summary->duplicates, ==, 0);
  g_assert_cmpuint (summary->skipped->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->skipped, 0), "2 files that are not activities"));
  treadmill = find_run (f, "garmin.zip: DI_CONNECT/DI-Connect-Fitness/runner@example.org_0_summarizedActivities.json");
  g_assert_nonnull (treadmill);
  g_assert_cmpfloat (bk_run_get_distance (treadmill), ==, 8000);
  g_assert_cmpint (bk_run_get_duration (treadmill), ==, 2400);
  g_assert_cmpint (bk_run_get_surface (treadmill), ==, BK_SURFACE_TREADMILL);
}

/* A plain zip of watch files, one of them damaged. */
static void
test_plain_zip (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) run = load ("garmin-fenix-5-run.fit");
  g_autoptr(GBytes) cut = load ("activity-unexpected-eof.fit");
  g_autoptr(GBytes) tcx = load ("gtrnctr-lap_s.tcx.gz");
  g_autoptr(GBytes) zip = make_zip ("a/run.fit", run, "a/cut.fit", cut, "b/lap.tcx.gz", tcx, NULL);
  g_autoptr(BkImportSummary) summary = import_bytes (f, "watch.zip", zip);

  g_assert_cmpuint (summary->imported, ==, 2);
  g_assert_cmpuint (summary->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->problems, 0), "cut.fit"));
}

static void
test_not_a_zip (Fixture       *f,
                gconstpointer  data)
{
  static const char junk_text[] = "PK\003\004 this is no zip at all";
  g_autoptr(GBytes) junk = g_bytes_new_static (junk_text, sizeof junk_text - 1);
  g_autoptr(BkImportSummary) summary = import_bytes (f, "junk.zip", junk);

  g_assert_cmpuint (summary->imported, ==, 0);
  g_assert_cmpuint (summary->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->problems, 0), "junk.zip"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/strava/csv", test_strava_csv);
  g_test_add_func ("/strava/german", test_strava_german);
  g_test_add_func ("/strava/not-csv", test_strava_not_csv);
  g_test_add_func ("/strava/dates", test_strava_dates);
  g_test_add_func ("/strava/invalid-utf8", test_strava_invalid_utf8);
  g_test_add_func ("/garmin/summaries", test_garmin_summaries);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/strava", test_strava_export);
  ADD ("/export/strava-sessions", test_strava_sessions);
  ADD ("/export/garmin", test_garmin_export);
  ADD ("/export/plain-zip", test_plain_zip);
  ADD ("/export/not-a-zip", test_not_a_zip);
#undef ADD
  return g_test_run ();
}
