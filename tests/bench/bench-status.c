/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "gui/bk-mileage-chart.h"
#include "services/bk-status-report.h"
#include "store/bk-run-days.h"
#include "store/bk-training-settings.h"
#include "bk-bench.h"

/* How long the training status and the chart take on a very long log:
 * 100,000 runs, two a day for 50,000 days from 1900-01-01 (the earliest
 * date the store reads). Each figure is the median of several runs and is
 * printed next to a plain SELECT count(*) over the same table, so the ratio
 * means something on any machine. Targets: status under 20 ms, chart for
 * 52 weeks under 4 ms. */

#define N_DAYS 50000
#define REPEAT 21

static void
seed (BkDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
    " INSERT INTO runs (started_at, distance_m, duration_s, rpe)"
    " SELECT date ('1900-01-01', '+' || (i / 2) || ' days') ||"
    "        CASE i %% 2 WHEN 0 THEN 'T07:00:00+00:00' ELSE 'T18:30:00+00:00' END,"
    "        4000 + (i * 7919) %% 9000, 1500 + (i * 104729) %% 3600,"
    "        CASE WHEN i %% 5 = 0 THEN NULL ELSE 1 + i %% 10 END"
    " FROM n", 2 * N_DAYS - 1);

  if (!bk_database_begin (database, &error) ||
      !bk_database_exec (database, sql, &error) ||
      !bk_database_commit (database, &error))
    g_error ("Could not seed: %s", error->message);
}

static double
time_count (BkDatabase *database,
            gint64     *out_count)
{
  double times[REPEAT];

  for (guint r = 0; r < REPEAT; r++)
    {
      g_autoptr(GError) error = NULL;
      double start = bk_bench_now_ms ();
      sqlite3_stmt *stmt = bk_database_prepare (database, "SELECT count (*) FROM runs", &error);

      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      *out_count = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      times[r] = bk_bench_now_ms () - start;
    }
  return bk_bench_median (times, REPEAT);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("backstretch-bench-XXXXXX", &error);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(BkContext) context = NULL;
  g_autoptr(BkTrainingStatus) all = NULL;
  g_autoptr(GskRenderer) renderer = NULL;
  GtkWidget *chart;
  double query_times[REPEAT], query_ms, compute_times[REPEAT], status_times[REPEAT], draw_times[REPEAT], raster_times[REPEAT];
  double count_ms, status_ms, draw_ms, raster_ms, seed_ms;
  gint64 count = 0;
  guint32 today;
  GDate first;

  gtk_init ();
  adw_init ();
  g_assert_no_error (error);
  settings = g_settings_new (APP_ID);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);

  seed_ms = bk_bench_now_ms ();
  seed (bk_context_get_database (context));
  seed_ms = bk_bench_now_ms () - seed_ms;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1900);
  today = g_date_get_julian (&first) + N_DAYS - 1;

  count_ms = time_count (bk_context_get_database (context), &count);
  g_assert_cmpint (count, ==, 2 * N_DAYS);

  /* One untimed pass first, so every figure is taken with the database
   * pages in the cache, as they are in a running app. */
  {
    g_autoptr(BkTrainingStatus) warm = bk_status_report_compute (context, today, BK_STATUS_WEEKS, &error);

    g_assert_no_error (error);
  }

  /* Reading the daily series and computing the full status, as --status
   * and the window do. */
  for (guint r = 0; r < REPEAT; r++)
    {
      double start = bk_bench_now_ms ();
      g_autoptr(BkTrainingStatus) status = bk_status_report_compute (context, today, BK_STATUS_WEEKS, &error);

      g_assert_no_error (error);
      status_times[r] = bk_bench_now_ms () - start;
      g_assert_cmpuint (status->first_logged, ==, g_date_get_julian (&first));
    }
  status_ms = bk_bench_median (status_times, REPEAT);

  /* The query alone, to see where the time goes. */
  for (guint r = 0; r < REPEAT; r++)
    {
      double start = bk_bench_now_ms ();
      g_autoptr(GArray) days = bk_run_days_read (bk_context_get_database (context),
                                                 g_date_get_julian (&first), today, &error);

      g_assert_no_error (error);
      query_times[r] = bk_bench_now_ms () - start;
      {
        BkStatusInput in = { (BkDayTotal *) (gpointer) days->data, days->len, today, G_DATE_MONDAY, 0,
                             BK_UNITS_METRIC, BK_STATUS_WEEKS };
        g_autoptr(BkTrainingStatus) s2 = NULL;

        start = bk_bench_now_ms ();
        s2 = bk_training_status_compute (&in);
        compute_times[r] = bk_bench_now_ms () - start;
      }
    }
  query_ms = bk_bench_median (query_times, REPEAT);

  /* Drawing 52 weeks: the snapshot the widget builds each frame, and, for
   * reference, rasterising it with the cairo renderer. */
  all = bk_status_report_compute (context, today, 0, &error);
  g_assert_no_error (error);
  chart = g_object_ref_sink (bk_mileage_chart_new ());
  bk_mileage_chart_set_status (BK_MILEAGE_CHART (chart), all, BK_UNITS_METRIC);
  bk_mileage_chart_set_visible_weeks (BK_MILEAGE_CHART (chart), 52);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (BK_MILEAGE_CHART (chart)), ==, 52);
  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, &error))
    g_error ("Could not realize the cairo renderer: %s", error->message);

  for (guint r = 0; r < REPEAT; r++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      double start = bk_bench_now_ms ();

      bk_mileage_chart_draw (BK_MILEAGE_CHART (chart), snapshot, 900, 300);
      node = gtk_snapshot_free_to_node (snapshot);
      draw_times[r] = bk_bench_now_ms () - start;
      g_assert_nonnull (node);

      start = bk_bench_now_ms ();
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, 900, 300));
      raster_times[r] = bk_bench_now_ms () - start;
      g_assert_nonnull (texture);
    }
  draw_ms = bk_bench_median (draw_times, REPEAT);
  raster_ms = bk_bench_median (raster_times, REPEAT);

  g_print ("runs: %" G_GINT64_FORMAT " over %d days (seeded in %.0f ms)\n", count, N_DAYS, seed_ms);
  g_print ("SELECT count(*):                  %8.3f ms  (1.0x, the denominator)\n", count_ms);
  g_print ("daily series + full status:       %8.3f ms  (%.1fx count)  target < 20 ms: %s\n",
           status_ms, status_ms / count_ms, status_ms < 20 ? "met" : "MISSED");
  g_print ("  of which the daily-series query:%8.3f ms  (%.1fx count)\n", query_ms, query_ms / count_ms);
  g_print ("  and the computation alone:     %8.3f ms\n", bk_bench_median (compute_times, REPEAT));
  g_print ("chart, 52 weeks, snapshot:        %8.3f ms  (%.2fx count)  target < 4 ms: %s\n",
           draw_ms, draw_ms / count_ms, draw_ms < 4 ? "met" : "MISSED");
  g_print ("chart, 52 weeks, cairo raster:    %8.3f ms  (%.2fx count)  (for reference)\n",
           raster_ms, raster_ms / count_ms);

  gsk_renderer_unrealize (renderer);
  g_object_unref (chart);
  g_clear_object (&context);
  {
    g_autofree char *db = g_build_filename (dir, BK_DATABASE_FILENAME, NULL);
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (db);
    g_rmdir (dir);
  }
  return 0;
}
