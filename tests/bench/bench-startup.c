/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "tests/bk-test-long-log.h"
#include "tests/store/bk-test-files.h"

/* Start-up against a bare libadwaita window, on an empty log and on a
 * twenty-year one: 7,300 runs (one a day), 3,650 pain entries (every other
 * day) and 1,000 stretching sessions, all written through the stores as the
 * app writes them. The measuring is ../shared/perf/startup-ratio (or
 * $BK_STARTUP_RATIO): the app and the bare window started alternately under
 * one Xvfb, medians of $BK_BENCH_PAIRS pairs (7 unless set). Targets (issue
 * 13): both logs within 1.5x of the bare window to the first mapped window,
 * the long log within 10% of the empty one, and the long log's resident
 * memory within the bare window + 30 MB.
 *
 * BK_BENCH_PAIRS=0 only writes the logs.
 *
 * usage: bench-startup BACKSTRETCH-EXECUTABLE */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static char *
find_startup_ratio (void)
{
  const char *path = g_getenv ("BK_STARTUP_RATIO");
  const char *source = g_getenv ("BACKSTRETCH_SOURCE_DIR");

  if (path != NULL)
    return g_strdup (path);
  if (source == NULL)
    return NULL;
  return g_build_filename (source, "..", "shared", "perf", "startup-ratio", NULL);
}

/* Runs startup-ratio on the app with @data_dir and prints what it says. */
static void
measure (const char *label,
         const char *ratio_script,
         const char *app,
         const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const char *pairs = g_getenv ("BK_BENCH_PAIRS");
  const char *argv[] = { ratio_script, pairs != NULL ? pairs : "7", app, "--data-dir", data_dir, NULL };
  int status = 0;

  if (g_strcmp0 (pairs, "0") == 0)
    return;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("startup-ratio failed on the %s: %s", label, error->message);
  g_print ("# %s\n%s", label, output);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_dir = g_dir_make_tmp ("backstretch-bench-empty-XXXXXX", &error);
  g_autofree char *long_dir = g_dir_make_tmp ("backstretch-bench-long-XXXXXX", &error);
  g_autofree char *ratio_script = find_startup_ratio ();
  g_autoptr(GSettings) settings = NULL;
  double fill_ms;

  g_assert_no_error (error);
  if (argc != 2)
    g_error ("usage: bench-startup BACKSTRETCH-EXECUTABLE");
  if (ratio_script == NULL || !g_file_test (ratio_script, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_print ("SKIP: no startup-ratio (set BK_STARTUP_RATIO to ../shared/perf/startup-ratio)\n");
      return 77;
    }

  settings = g_settings_new (APP_ID);
  {
    g_autoptr(BkContext) empty = bk_context_new (empty_dir, settings, &error);
    g_autoptr(BkContext) full = NULL;

    g_assert_no_error (error);
    full = bk_context_new (long_dir, settings, &error);
    g_assert_no_error (error);
    fill_ms = now_ms ();
    bk_long_log_fill (full, NULL, NULL);
    fill_ms = now_ms () - fill_ms;
  }
  g_print ("# long log: %d runs, %d pain entries, %d stretching sessions, written in %.0f ms\n",
           BK_LONG_LOG_DAYS, BK_LONG_LOG_ENTRIES, BK_LONG_LOG_SESSIONS, fill_ms);

  measure ("empty log", ratio_script, argv[1], empty_dir);
  measure ("long log", ratio_script, argv[1], long_dir);

  /* BK_BENCH_KEEP=1 leaves the long log there for a profiler. */
  if (g_getenv ("BK_BENCH_KEEP") != NULL)
    g_print ("# kept %s\n", long_dir);
  else
    bk_test_remove_tree (long_dir);
  bk_test_remove_tree (empty_dir);
  return 0;
}
