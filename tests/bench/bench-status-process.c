/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "services/bk-command.h"
#include "tests/bk-test-long-log.h"
#include "tests/store/bk-test-files.h"
#include "bk-bench.h"

/* `backstretch --status` on the twenty-year log of issue 13 (7,300 runs,
 * 3,650 pain entries, 1,000 stretching sessions, written through the
 * stores): the computation in this process (the command run on an open
 * log) and the whole process, spawned, from exec to exit, with its CPU
 * time, next to `backstretch --version` (dynamic linking, GSettings,
 * option parsing: the floor of any command). Medians of REPEAT runs; the
 * wall time depends on the machine's load, the CPU time much less.
 * Targets (issue 13): computation under 20 ms, the whole process under
 * 100 ms.
 *
 * BK_BENCH_LOG_DIR=DIR writes the log there and keeps it, to profile.
 *
 * usage: bench-status-process BACKSTRETCH-EXECUTABLE */

#define REPEAT 21

static double
own_cpu_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

/* Runs @argv with its output thrown away; wall and CPU time in ms. */
static void
time_process (const char * const *argv,
              double             *out_wall,
              double             *out_cpu)
{
  double cpu = children_cpu_ms ();
  double start = bk_bench_now_ms ();
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      execv (argv[0], (char **) argv);
      _exit (127);
    }
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  *out_wall = bk_bench_now_ms () - start;
  *out_cpu = children_cpu_ms () - cpu;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s exited with status %d", argv[0], argv[1], status);
}

static void
measure_process (const char         *label,
                 const char * const *argv,
                 double             *out_wall)
{
  double wall[REPEAT], cpu[REPEAT];

  for (guint r = 0; r < REPEAT; r++)
    time_process (argv, &wall[r], &cpu[r]);
  *out_wall = bk_bench_median (wall, REPEAT);
  g_print ("%-34s %8.1f ms wall (fastest %.1f)  %6.1f ms CPU\n", label, *out_wall,
           (qsort (wall, REPEAT, sizeof (double), bk_bench_compare_doubles), wall[0]), bk_bench_median (cpu, REPEAT));
}

static double
measure_in_process (BkContext *context,
                    double    *out_cpu)
{
  double times[REPEAT], cpu[REPEAT];

  for (guint r = 0; r < REPEAT; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      g_autoptr(BkCommand) command = NULL;
      double start = bk_bench_now_ms ();
      double start_cpu = own_cpu_ms ();

      g_variant_dict_insert (options, "status", "b", TRUE);
      command = bk_command_parse (options, NULL, now, BK_UNITS_METRIC, &error);
      g_assert_no_error (error);
      g_assert_cmpint (bk_command_run (command, context, out, err), ==, BK_EXIT_OK);
      times[r] = bk_bench_now_ms () - start;
      cpu[r] = own_cpu_ms () - start_cpu;
      g_assert_cmpuint (err->len, ==, 0);
    }
  *out_cpu = bk_bench_median (cpu, REPEAT);
  return bk_bench_median (times, REPEAT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *keep = g_getenv ("BK_BENCH_LOG_DIR");
  g_autofree char *dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("backstretch-bench-XXXXXX", &error);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(BkContext) context = NULL;
  double fill_ms, computation_ms, computation_cpu, status_ms, version_ms;

  if (argc != 2)
    g_error ("usage: bench-status-process BACKSTRETCH-EXECUTABLE");
  g_assert_no_error (error);
  settings = g_settings_new (APP_ID);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);

  fill_ms = bk_bench_now_ms ();
  bk_long_log_fill (context, NULL, NULL);
  fill_ms = bk_bench_now_ms () - fill_ms;
  g_print ("twenty-year log: %d runs, %d pain entries, %d sessions (written in %.0f ms)\n",
           BK_LONG_LOG_DAYS, BK_LONG_LOG_ENTRIES, BK_LONG_LOG_SESSIONS, fill_ms);

  computation_ms = measure_in_process (context, &computation_cpu);
  g_print ("%-34s %8.1f ms wall               %6.1f ms CPU  target < 20 ms: %s\n",
           "--status, computation (in process)", computation_ms, computation_cpu,
           computation_ms < 20 ? "met" : "MISSED");
  g_clear_object (&context);

  {
    const char *status_argv[] = { argv[1], "--status", "--data-dir", dir, NULL };
    const char *version_argv[] = { argv[1], "--version", NULL };

    /* One untimed run, so the log's pages are in the cache. */
    double wall, cpu;

    time_process (status_argv, &wall, &cpu);
    measure_process ("--version, whole process", version_argv, &version_ms);
    measure_process ("--status, whole process", status_argv, &status_ms);
    g_print ("--status whole process target < 100 ms: %s\n", status_ms < 100 ? "met" : "MISSED");
  }

  if (keep == NULL)
    bk_test_remove_tree (dir);
  return 0;
}
