/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The FIT decoder on real device files. Expected totals are the device's
 * own session message as python-fitparse (an independent decoder, run
 * from its source tree at d88bb69) prints it; see data/README.md. */
#include <math.h>
#include <string.h>

#include "import/bk-fit-reader.h"
#include "import/bk-import-file.h"

static GBytes *
load (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("BK_IMPORT_DATA"), name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GPtrArray *
read_fit (const char  *name,
          char       **skipped,
          GError     **error)
{
  g_autoptr(GBytes) bytes = load (name);
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return bk_fit_read (data, length, name, skipped, error);
}

typedef struct
{
  const char *file;
  const char *device;
  BkSport     sport;
  const char *start;
  double      distance_m;
  double      timer_s;
  double      elapsed_s;
  double      ascent_m;
} Expected;

static const Expected sessions[] = {
  { "fit-sample.fit", "Forerunner 110", BK_SPORT_RUNNING, "2011-05-02T08:30:54Z", 9986.82, 2810.25, 2810.25, 41 },
  { "garmin-forerunner-10.fit", "Forerunner 10", BK_SPORT_RUNNING, "2013-06-13T03:56:35Z", 10207.73, 1499.417, 1695.242, -1 },
  { "garmin-fenix-5-run.fit", "fenix 5", BK_SPORT_RUNNING, "2017-06-11T14:34:09Z", 157.56, 56.887, 56.887, 2 },
  { "garmin-fenix-5-walk.fit", "fenix 5", BK_SPORT_WALKING, "2017-06-11T14:32:51Z", 67.85, 45.379, 45.379, 1 },
  { "garmin-fenix-5-bike.fit", "fenix 5", BK_SPORT_CYCLING, "2017-06-12T16:09:22Z", 459.52, 60.363, 60.363, 0 },
  { "garmin-vivosmart-hr.fit", "vivosmart HR, no GPS", BK_SPORT_RUNNING, "2016-04-07T10:36:04Z", 46.46, 31.736, 31.736, -1 },
  { "garmin-edge-800.fit", "Edge 800", BK_SPORT_CYCLING, "2012-04-12T12:53:58Z", 25196.98, 3492.13, 3619.136, 132 },
  /* Big-endian definitions. */
  { "wahoo-element-bolt.fit", "Wahoo ELEMNT BOLT", BK_SPORT_CYCLING, "2018-03-20T07:08:44Z", 4745.32, 1101, 1131, 51 },
  /* Developer fields, skipped by their declared sizes. */
  { "elemnt-bolt-no-application-id-inside-developer-data-id.fit", "Wahoo ELEMNT BOLT",
    BK_SPORT_CYCLING, "2017-08-21T08:18:00Z", 963.65, 132, 140, 4 },
  /* An activity with a settings file chained after it. */
  { "activity-settings.fit", "chained", BK_SPORT_RUNNING, "2012-04-09T21:22:26Z", 5.73, 13.749, 13.749, 0 },
};

static void
test_session_totals (gconstpointer data)
{
  const Expected *e = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *skipped = NULL;
  g_autoptr(GPtrArray) activities = read_fit (e->file, &skipped, &error);
  g_autofree char *start = NULL;
  BkActivity *a;

  g_assert_no_error (error);
  g_assert_null (skipped);
  g_assert_cmpuint (activities->len, ==, 1);
  a = g_ptr_array_index (activities, 0);
  g_assert_nonnull (a->started_at);
  start = g_date_time_format_iso8601 (a->started_at);
  g_assert_cmpstr (start, ==, e->start);
  g_assert_cmpint (a->sport, ==, e->sport);
  g_assert_cmpfloat_with_epsilon (a->distance_m, e->distance_m, 0.005);
  g_assert_cmpfloat_with_epsilon (a->timer_s, e->timer_s, 0.0005);
  g_assert_cmpfloat_with_epsilon (a->elapsed_s, e->elapsed_s, 0.0005);
  g_assert_cmpfloat_with_epsilon (a->ascent_m, e->ascent_m, 0.001);
  g_assert_cmpuint (a->n_points, >, 0);
  g_assert_cmpstr (a->source, ==, e->file);
  g_assert_true (bk_activity_check (a, NULL));
}

/* The FR70 writes compressed timestamps counted from power-on: every one
 * of its 755 records (python-fitparse's count) is decoded in order, but
 * with no date the run cannot be placed in the log, and says so. */
static void
test_compressed_relative_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_fit ("compressed-speed-distance.fit", NULL, &error);
  BkActivity *a;

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  a = g_ptr_array_index (activities, 0);
  g_assert_cmpuint (a->n_points, ==, 755);
  g_assert_cmpfloat_with_epsilon (a->distance_m, 10248.67, 0.005);
  g_assert_null (a->started_at);
  g_assert_false (bk_activity_check (a, &error));
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY);
}

typedef struct
{
  const char *file;
  const char *kind;
} Skipped;

static const Skipped not_activities[] = {
  { "Settings.fit", "user settings" },
  { "MonitoringFile.fit", "monitoring" },
  { "WorkoutIndividualSteps.fit", "a workout" },
};

static void
test_not_an_activity (gconstpointer data)
{
  const Skipped *s = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *skipped = NULL;
  g_autoptr(GPtrArray) activities = read_fit (s->file, &skipped, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 0);
  g_assert_cmpstr (skipped, ==, s->kind);
}

typedef struct
{
  const char *file;
  int         code;
  const char *words;
} Damaged;

static const Damaged damaged[] = {
  { "activity-unexpected-eof.fit", BK_IMPORT_ERROR_TRUNCATED, "cut short" },
  { "activity-settings-nodata.fit", BK_IMPORT_ERROR_TRUNCATED, "cut short" },
  { "activity-activity-filecrc.fit", BK_IMPORT_ERROR_DAMAGED, "checksum" },
  { "activity-settings-corruptheader.fit", BK_IMPORT_ERROR_DAMAGED, "header" },
  /* gpsbabel 1.8.0 also reports a CRC failure on this Lezyne file. */
  { "lezyne_super_gps-garmin_fit-sample-bad-endian.fit", BK_IMPORT_ERROR_DAMAGED, "checksum" },
};

static void
test_damaged (gconstpointer data)
{
  const Damaged *d = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_fit (d->file, NULL, &error);

  g_assert_null (activities);
  g_assert_error (error, BK_IMPORT_ERROR, d->code);
  g_assert_nonnull (strstr (error->message, d->file));
  g_assert_nonnull (strstr (error->message, d->words));
}

/* Every prefix of a real file is either an error or, past its end, the
 * file: never a crash, a hang or an activity made of half the records. */
static void
test_every_truncation (void)
{
  g_autoptr(GBytes) bytes = load ("garmin-fenix-5-run.fit");
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  for (gsize n = 0; n < length; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree guint8 *copy = g_memdup2 (data, n);
      g_autoptr(GPtrArray) activities = bk_fit_read (copy, n, "cut.fit", NULL, &error);

      g_assert_null (activities);
      g_assert_nonnull (error);
    }
}

/* The CRC catches a flipped byte anywhere in the records. */
static void
test_flipped_bytes (void)
{
  g_autoptr(GBytes) bytes = load ("fit-sample.fit");
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autofree guint8 *copy = g_memdup2 (data, length);

  for (gsize at = 14; at + 2 < length; at += 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) activities = NULL;

      copy[at] ^= 0x5A;
      activities = bk_fit_read (copy, length, "flipped.fit", NULL, &error);
      g_assert_null (activities);
      g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED);
      copy[at] ^= 0x5A;
    }
}

/* Inputs the fuzzer found (tests/fuzz/corpus/fit), with their checksums
 * repaired as the fuzz target does: a field of an enum or a timestamp
 * holding a value outside its type once made a cast undefined. Under
 * UBSan (build-asan) they fail the old code. */
static void
test_fuzz_found (void)
{
  static const char * const names[] = { "found-enum-overflow", "found-negative-timestamp" };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"), "tests", "fuzz", "corpus",
                                                "fit", names[i], NULL);
      g_autofree guint8 *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      gsize size;

      g_assert_true (g_file_get_contents (path, (char **) &data, &size, NULL));
      if (size >= 14 && data[0] >= 14 && data[0] <= size)
        {
          gsize header = data[0];
          gsize records = (gsize) data[4] | (gsize) data[5] << 8 | (gsize) data[6] << 16 | (gsize) data[7] << 24;
          guint16 crc = bk_fit_crc (data, 12);

          data[12] = crc & 0xFF;
          data[13] = crc >> 8;
          if (records <= size - header && size - header - records >= 2)
            {
              crc = bk_fit_crc (data, header + records);
              data[header + records] = crc & 0xFF;
              data[header + records + 1] = crc >> 8;
            }
        }
      activities = bk_fit_read (data, size, names[i], NULL, &error);
      g_assert_true ((activities == NULL) == (error != NULL));
    }
}

/* The dispatcher tells a FIT file by its bytes, not its name. */
static void
test_sniffed_by_content (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BK_IMPORT_DATA"), "fit-sample.fit", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = bk_import_read_file (file, "renamed.gpx", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 1);
  g_assert_cmpstr (((BkActivity *) g_ptr_array_index (activities, 0))->source, ==, "renamed.gpx");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (sessions); i++)
    {
      g_autofree char *name = g_strdup_printf ("/fit/session/%s", sessions[i].file);

      g_test_add_data_func (name, &sessions[i], test_session_totals);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_activities); i++)
    {
      g_autofree char *name = g_strdup_printf ("/fit/not-activity/%s", not_activities[i].file);

      g_test_add_data_func (name, &not_activities[i], test_not_an_activity);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autofree char *name = g_strdup_printf ("/fit/damaged/%s", damaged[i].file);

      g_test_add_data_func (name, &damaged[i], test_damaged);
    }
  g_test_add_func ("/fit/compressed-relative-times", test_compressed_relative_times);
  g_test_add_func ("/fit/every-truncation", test_every_truncation);
  g_test_add_func ("/fit/flipped-bytes", test_flipped_bytes);
  g_test_add_func ("/fit/sniffed-by-content", test_sniffed_by_content);
  g_test_add_func ("/fit/fuzz-found", test_fuzz_found);
  return g_test_run ();
}
