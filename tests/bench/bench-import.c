/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import throughput. A GPX track of 500,000 points is read by the GPX
 * reader and by `xmllint --stream` (libxml2's own streaming parse, the
 * floor any reader built on it can reach); and an archive of 1,000
 * activities is imported into a new log, readers, dedupe and SQLite
 * included. Targets: within 2x of the parse floor; 1,000 activities in
 * under 10 s. Prints figures and ratios; it never fails on time. */
#include "bk-config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <math.h>

#include "import/bk-import-file.h"
#include "services/bk-context.h"
#include "services/bk-importer.h"
#include "bk-bench.h"

#define N_POINTS 500000
#define N_ACTIVITIES 1000
#define POINTS_PER_ACTIVITY 600

/* A run around a 400 m loop, one point a second, with times and heights. */
static void
append_track (GString *gpx,
              gint64   start,
              guint    n_points)
{
  g_string_append (gpx, "<trk><type>running</type><trkseg>\n");
  for (guint i = 0; i < n_points; i++)
    {
      double angle = i * 0.0251;
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (start + i);
      g_autofree char *iso = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE], ele[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (lat, sizeof lat, "%.7f", 48.137 + 0.00057 * sin (angle));
      g_ascii_formatd (lon, sizeof lon, "%.7f", 11.575 + 0.00086 * cos (angle));
      g_ascii_formatd (ele, sizeof ele, "%.1f", 520 + 4 * sin (angle * 3));
      g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"%s\"><ele>%s</ele><time>%s</time></trkpt>\n",
                              lat, lon, ele, iso);
    }
  g_string_append (gpx, "</trkseg></trk>\n");
}

static GString *
make_gpx (gint64 start,
          guint  n_points)
{
  GString *gpx = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<gpx version=\"1.1\" creator=\"bench\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n");

  append_track (gpx, start, n_points);
  g_string_append (gpx, "</gpx>\n");
  return gpx;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
bench_large_gpx (const char *dir)
{
  g_autoptr(GString) gpx = make_gpx (1700000000, N_POINTS);
  g_autofree char *path = g_build_filename (dir, "large.gpx", NULL);
  g_autofree char *command = g_strdup_printf ("xmllint --stream --noout '%s'", path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double ours[5], floor_s[5];

  g_assert_true (g_file_set_contents (path, gpx->str, gpx->len, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) activities = bk_import_read_file (file, "large.gpx", NULL, NULL, &error);

      ours[i] = seconds_since (start);
      g_assert_no_error (error);
      g_assert_cmpuint (activities->len, ==, 1);

      start = g_get_monotonic_time ();
      g_assert_cmpint (system (command), ==, 0);
      floor_s[i] = seconds_since (start);
    }
  {
    double a = bk_bench_median (ours, G_N_ELEMENTS (ours)), b = bk_bench_median (floor_s, G_N_ELEMENTS (floor_s));

    g_print ("GPX of %d points (%.1f MB): reader %.3f s, xmllint --stream %.3f s, ratio %.2f (target <= 2)\n",
             N_POINTS, gpx->len / 1e6, a, b, a / b);
  }
}

static void
bench_archive (const char *dir)
{
  g_autofree char *zip_path = g_build_filename (dir, "export.zip", NULL);
  g_autofree char *log_dir = g_build_filename (dir, "log", NULL);
  struct archive *a = archive_write_new ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(BkContext) context = NULL;
  g_autoptr(BkImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { zip_path, NULL };
  gint64 start;
  double elapsed;

  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_filename (a, zip_path), ==, ARCHIVE_OK);
  for (guint i = 0; i < N_ACTIVITIES; i++)
    {
      /* One run a day, at 06:00 UTC, going back from 2026. */
      g_autoptr(GString) gpx = make_gpx (1767247200 - (gint64) i * 86400, POINTS_PER_ACTIVITY);
      g_autofree char *name = g_strdup_printf ("activities/%04u.gpx", i);
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, gpx->len);
      archive_write_header (a, entry);
      archive_write_data (a, gpx->str, gpx->len);
      archive_entry_free (entry);
    }
  archive_write_close (a);
  archive_write_free (a);

  settings = bk_context_create_settings (&error);
  g_assert_no_error (error);
  context = bk_context_new (log_dir, settings, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  summary = bk_import_paths (context, paths, NULL);
  elapsed = seconds_since (start);
  g_assert_cmpuint (summary->imported, ==, N_ACTIVITIES);
  g_print ("Archive of %d activities (%d points each): imported in %.2f s, %.1f ms each (target < 10 s)\n",
           N_ACTIVITIES, POINTS_PER_ACTIVITY, elapsed, elapsed * 1000 / N_ACTIVITIES);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bk-bench-import-XXXXXX", &error);
  g_autofree char *command = NULL;

  g_assert_no_error (error);
  bench_large_gpx (dir);
  bench_archive (dir);
  command = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (command), ==, 0);
  return 0;
}
