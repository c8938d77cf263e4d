/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GPX and TCX on real files. TCX totals are the device's own laps (summed
 * here from the file, 14 laps); GPX distances and moving times are those
 * of gpxpy 1.5.0 from Debian (length_2d, get_moving_data), point counts
 * and times those of gpsbabel 1.8.0; see data/README.md. */
#include <math.h>
#include <string.h>

#include "import/bk-import-file.h"
#include "import/bk-xml-reader.h"

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("BK_IMPORT_DATA"), name, NULL);
}

static GPtrArray *
read_path (const char  *name,
           GError     **error)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return bk_import_read_file (file, name, NULL, NULL, error);
}

/* The file's text, decompressed when it is a .gz. */
static char *
load_text (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) stream = G_INPUT_STREAM (g_file_read (file, NULL, NULL));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GInputStream) plain = NULL;

  g_assert_nonnull (stream);
  if (g_str_has_suffix (name, ".gz"))
    {
      g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);

      plain = g_converter_input_stream_new (stream, G_CONVERTER (gunzip));
    }
  else
    plain = g_object_ref (stream);
  g_assert_cmpint (g_output_stream_splice (out, plain, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL), >=, 0);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL) || TRUE);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static GPtrArray *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_strdup (text), -1, g_free);

  return bk_import_read_stream (stream, "text.xml", NULL, NULL, error);
}

static BkActivity *
only (GPtrArray *activities)
{
  g_assert_nonnull (activities);
  g_assert_cmpuint (activities->len, ==, 1);
  return g_ptr_array_index (activities, 0);
}

static void
assert_start (BkActivity *a,
              const char *expected)
{
  g_autofree char *start = g_date_time_format_iso8601 (a->started_at);

  g_assert_cmpstr (start, ==, expected);
}

/* A Forerunner 110 run, gzipped: the laps' own totals, not the track's. */
static void
test_tcx_run (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_path ("gtrnctr-lap_s.tcx.gz", &error);
  BkActivity *a;

  g_assert_no_error (error);
  a = only (activities);
  g_assert_cmpint (a->sport, ==, BK_SPORT_RUNNING);
  assert_start (a, "2013-09-06T14:27:17Z");
  g_assert_cmpfloat_with_epsilon (a->distance_m, 10746.51, 0.005);
  g_assert_cmpfloat_with_epsilon (a->timer_s, 3922.99, 0.005);
  /* 943 trackpoints, 15 of them without a position (gpsbabel lists 928). */
  g_assert_cmpuint (a->n_points, ==, 943);
  g_assert_cmpfloat (a->ascent_m, >, 0);
}

/* The same file with the extension namespace as the default and as a
 * prefix: the TCX elements are found by URI either way. */
static void
test_tcx_prefixes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plain = read_path ("tcxdata.tcx", &error);
  g_autoptr(GPtrArray) prefixed = NULL;
  BkActivity *a, *b;

  g_assert_no_error (error);
  prefixed = read_path ("tcxdatagns.tcx", &error);
  g_assert_no_error (error);
  a = only (plain);
  b = only (prefixed);
  g_assert_cmpfloat (a->distance_m, ==, b->distance_m);
  g_assert_cmpfloat (a->timer_s, ==, b->timer_s);
  g_assert_cmpuint (a->n_points, ==, 4);
  g_assert_cmpuint (b->n_points, ==, 4);
  g_assert_cmpint (a->sport, ==, BK_SPORT_OTHER);
}

/* A TCX file of courses holds no activity. */
static void
test_tcx_course (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_path ("gtrnctr-readcp.tcx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 0);
}

/* A prefix on the TCX elements themselves is as good as the default. */
static void
test_tcx_any_prefix (void)
{
  g_autofree char *text = load_text ("tcxdata.tcx");
  g_autoptr(GString) renamed = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = NULL;

  g_string_replace (renamed, "<TrainingCenterDatabase xmlns=", "<tcd:TrainingCenterDatabase xmlns:tcd=", 1);
  g_string_replace (renamed, "</TrainingCenterDatabase>", "</tcd:TrainingCenterDatabase>", 1);
  for (const char *const *n = (const char *const[]) { "Activities", "Activity", "Id", "Lap", "TotalTimeSeconds",
                                                      "DistanceMeters", "Track", "Trackpoint", "Time", NULL };
       *n != NULL; n++)
    {
      g_autofree char *open = g_strdup_printf ("<%s>", *n);
      g_autofree char *open_attr = g_strdup_printf ("<%s ", *n);
      g_autofree char *close = g_strdup_printf ("</%s>", *n);
      g_autofree char *open2 = g_strdup_printf ("<tcd:%s>", *n);
      g_autofree char *open_attr2 = g_strdup_printf ("<tcd:%s ", *n);
      g_autofree char *close2 = g_strdup_printf ("</tcd:%s>", *n);

      g_string_replace (renamed, open, open2, 0);
      g_string_replace (renamed, open_attr, open_attr2, 0);
      g_string_replace (renamed, close, close2, 0);
    }
  activities = read_text (renamed->str, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (only (activities)->distance_m, 33.49, 0.005);
}

typedef struct
{
  const char *file;
  BkSport     sport;
  const char *start;
  guint       points;
  double      gpxpy_length_m;
  double      gpxpy_moving_s;
} ExpectedGpx;

static const ExpectedGpx gpx_files[] = {
  /* GPX 1.0 written by gpsbabel from the Forerunner 110's fit-sample.fit:
   * the track sums 0.5% short of the device's 9986.82 m. */
  { "fit-sample.gpx.gz", BK_SPORT_RUNNING, "2011-05-02T08:30:54Z", 533, 9946.6, 2810 },
  /* GPX 1.1 from Garmin Connect, with <type>cycling</type>. */
  { "garminconnect.gpx", BK_SPORT_CYCLING, "2023-01-16T18:02:26Z", 68, 1589.0, 297 },
  /* GPX 1.0 with millisecond times. */
  { "20070813_short~plt.gpx", BK_SPORT_RUNNING, "2007-08-13T07:52:19Z", 44, 466.1, 282.003 },
};

static void
test_gpx (gconstpointer data)
{
  const ExpectedGpx *e = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_path (e->file, &error);
  BkActivity *a;

  g_assert_no_error (error);
  a = only (activities);
  g_assert_cmpint (a->sport, ==, e->sport);
  assert_start (a, e->start);
  g_assert_cmpuint (a->n_points, ==, e->points);
  /* Haversine on a slightly different radius: within 0.5%. */
  g_assert_cmpfloat (fabs (a->distance_m - e->gpxpy_length_m), <, e->gpxpy_length_m * 0.005);
  g_assert_cmpfloat (fabs (a->timer_s - e->gpxpy_moving_s), <, 1.5);
}

/* Strava writes spaces and newlines before "<?xml". */
static void
test_leading_whitespace (void)
{
  g_autofree char *text = load_text ("garminconnect.gpx");
  g_autofree char *spaced = g_strconcat ("  \n\t\n   ", text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_text (spaced, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (only (activities)->n_points, ==, 68);
}

/* -9999 elevations (no fix) add no climb. */
static void
test_elevation_placeholder (void)
{
  g_autofree char *text = load_text ("garminconnect.gpx");
  g_autoptr(GString) broken = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = read_text (text, &error);
  g_autoptr(GPtrArray) after = NULL;
  char *ele;
  guint n = 0;

  g_assert_no_error (error);
  /* Every third <ele> becomes the placeholder. */
  for (ele = strstr (broken->str, "<ele>"); ele != NULL; ele = strstr (ele + 1, "<ele>"))
    if (n++ % 3 == 0)
      {
        gsize at = ele - broken->str + 5;
        gsize end = strstr (ele, "</ele>") - broken->str;

        g_string_erase (broken, at, end - at);
        g_string_insert (broken, at, "-9999");
        ele = broken->str + at;
      }
  after = read_text (broken->str, &error);
  g_assert_no_error (error);
  /* Counted, each placeholder would add a 10 km climb; left out, the
   * gain is what the other points give, about the same. */
  g_assert_cmpfloat (fabs (only (after)->ascent_m - only (before)->ascent_m), <, 5);
  g_assert_cmpfloat (only (after)->ascent_m, >, 0);
}

/* Without times a track is a route, not an activity. */
static void
test_no_times (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_text (
    "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
    "<trk><trkseg><trkpt lat=\"48.1\" lon=\"11.5\"/><trkpt lat=\"48.2\" lon=\"11.5\"/></trkseg></trk>"
    "<trk><trkseg/></trk></gpx>", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (activities->len, ==, 0);
}

static void
test_not_gpx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = read_text ("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"/>",
                                               &error);

  g_assert_null (activities);
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "kml"));
}

static void
test_malformed (void)
{
  g_autofree char *text = load_text ("garminconnect.gpx");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = NULL;

  text[strlen (text) / 2] = '\0';
  activities = read_text (text, &error);
  g_assert_null (activities);
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "text.xml"));
}

static void
assert_refused_quickly (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) activities = read_text (text, &error);

  g_assert_null (activities);
  g_assert_nonnull (error);
  g_assert_true (error->code == BK_IMPORT_ERROR_REFUSED || error->code == BK_IMPORT_ERROR_DAMAGED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_external_entity (void)
{
  assert_refused_quickly ("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE gpx [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                          "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                          "<trk><name>&xxe;</name></trk></gpx>");
  assert_refused_quickly ("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE gpx SYSTEM \"http://example.invalid/gpx.dtd\">\n"
                          "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"/>");
  /* An undeclared entity without a DTD is just an error. */
  assert_refused_quickly ("<?xml version=\"1.0\"?>\n"
                          "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                          "<trk><name>&xxe;</name></trk></gpx>");
}

static void
test_billion_laughs (void)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [\n <!ENTITY lol \"lol\">\n");

  for (int i = 1; i <= 9; i++)
    {
      g_string_append_printf (text, " <!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        g_string_append_printf (text, i == 1 ? "&lol;" : "&lol%d;", i - 1);
      g_string_append (text, "\">\n");
    }
  g_string_append (text, "]>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                         "<trk><name>&lol9;</name></trk></gpx>");
  assert_refused_quickly (text->str);
}

/* A stream of one endless line: the parser's own limits stop it after a
 * few megabytes, long before 1 GB is read or held. */
typedef struct
{
  GInputStream parent_instance;
  guint64      served;
} EndlessStream;

typedef GInputStreamClass EndlessStreamClass;

static GType endless_stream_get_type (void);
G_DEFINE_TYPE (EndlessStream, endless_stream, G_TYPE_INPUT_STREAM)

#define ENDLESS_PREFIX "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>"
#define ONE_GB (G_GUINT64_CONSTANT (1) << 30)

static gssize
endless_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  EndlessStream *self = (EndlessStream *) stream;
  gsize prefix = strlen (ENDLESS_PREFIX);
  gsize n = 0;

  if (self->served >= ONE_GB)
    return 0;
  count = MIN (count, ONE_GB - self->served);
  while (n < count && self->served + n < prefix)
    {
      ((char *) buffer)[n] = ENDLESS_PREFIX[self->served + n];
      n++;
    }
  memset ((char *) buffer + n, 'a', count - n);
  self->served += count;
  return (gssize) count;
}

static void
endless_stream_class_init (EndlessStreamClass *klass)
{
  klass->read_fn = endless_stream_read;
}

static void
endless_stream_init (EndlessStream *self)
{
}

static void
test_one_gigabyte_line (void)
{
  g_autoptr(GInputStream) stream = g_object_new (endless_stream_get_type (), NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) activities = bk_xml_read (stream, "huge.gpx", NULL, &error);

  g_assert_null (activities);
  g_assert_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "huge.gpx"));
  /* Stopped within the first 64 MB, and in well under a few seconds. */
  g_assert_cmpuint (((EndlessStream *) stream)->served, <, 64u * 1024 * 1024);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tcx/run", test_tcx_run);
  g_test_add_func ("/tcx/prefixes", test_tcx_prefixes);
  g_test_add_func ("/tcx/any-prefix", test_tcx_any_prefix);
  g_test_add_func ("/tcx/course", test_tcx_course);
  for (gsize i = 0; i < G_N_ELEMENTS (gpx_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/gpx/%s", gpx_files[i].file);

      g_test_add_data_func (name, &gpx_files[i], test_gpx);
    }
  g_test_add_func ("/gpx/leading-whitespace", test_leading_whitespace);
  g_test_add_func ("/gpx/elevation-placeholder", test_elevation_placeholder);
  g_test_add_func ("/gpx/no-times", test_no_times);
  g_test_add_func ("/xml/not-gpx", test_not_gpx);
  g_test_add_func ("/xml/malformed", test_malformed);
  g_test_add_func ("/xml/external-entity", test_external_entity);
  g_test_add_func ("/xml/billion-laughs", test_billion_laughs);
  g_test_add_func ("/xml/one-gigabyte-line", test_one_gigabyte_line);
  return g_test_run ();
}
