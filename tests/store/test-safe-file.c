/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exports and reports go through one safe-write helper (item 4), and CSV
 * cells cannot smuggle a formula into a spreadsheet (item 8). */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/bk-run.h"
#include "services/bk-csv.h"
#include "services/bk-reminder-service.h"
#include "store/bk-safe-file.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-safe-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);
  return n;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GDir *dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      if (g_remove (child) != 0)
        g_rmdir (child);
    }
  g_dir_close (dir);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_replaces_regular_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "runs.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;
  mode_t old_umask;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  old_umask = umask (0);
  g_assert_true (bk_safe_file_set_contents (path, "new,content\n", 12, &error));
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new,content\n");
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* No temporary file left. */
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
test_refuses_symlink (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *victim = g_build_filename (f->dir, "victim", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_cmpint (symlink (victim, path), ==, 0);
  g_assert_false (bk_safe_file_set_contents (path, "x", 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  g_assert_true (g_file_get_contents (victim, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (count_entries (f->dir), ==, 2);
}

static void
test_refuses_special_files (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder", NULL);
  const char *targets[] = { fifo, folder, "/dev/null", "/dev/full" };
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", targets[i]);
      g_assert_false (bk_safe_file_set_contents (targets[i], "x", 1, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, targets[i]));
    }
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpint (lstat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpuint (count_entries (f->dir), ==, 2);
}

/* A write that fails half way leaves the old file and no temporary one. */
static void
test_failure_cleans_up (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "runs.csv", NULL);
  g_autofree char *contents = NULL;
  int status;
  pid_t pid;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *big = g_strnfill (64 * 1024, 'x');
      struct rlimit limit = { 4096, RLIM_INFINITY };

      signal (SIGXFSZ, SIG_IGN);
      getrlimit (RLIMIT_FSIZE, &limit);
      limit.rlim_cur = 4096;
      setrlimit (RLIMIT_FSIZE, &limit);
      if (bk_safe_file_set_contents (path, big, 64 * 1024, &error))
        _exit (1);
      _exit (strstr (error->message, "disk is full") != NULL ? 0 : 2);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

/* SIGTERM while a file is being written removes the temporary file. */
static void
test_sigterm_cleans_up (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  int status;
  pid_t pid;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      BkSafeFile *file = bk_safe_file_new (path, NULL);

      if (file == NULL || !bk_safe_file_write (file, "partial", 7, NULL))
        _exit (1);
      raise (SIGTERM);
      _exit (2);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGTERM);
  g_assert_cmpuint (count_entries (f->dir), ==, 0);
}

static void
test_csv_neutralises_formulas (void)
{
  static const struct { const char *cell; const char *csv; } cases[] = {
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+1+1", "'+1+1" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tlook", "'\tlook" },
    { "\rcmd", "\"'\rcmd\"" },
    { "easy 10k, felt good", "\"easy 10k, felt good\"" },
    { "plain", "plain" },
    { "", "" },
    { "a=b", "a=b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      bk_csv_append_field (line, cases[i].cell);
      g_assert_cmpstr (line->str, ==, cases[i].csv);
    }
}

static void
test_csv_export_notes (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) at = g_date_time_new (zone, 2026, 11, 26, 7, 0, 0);
  g_autoptr(BkRun) run = bk_run_new (at, 5000, 1500);
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();
  g_autoptr(GString) csv = NULL;

  bk_run_set_notes (run, "=cmd|' /C calc'!A0");
  g_ptr_array_add (runs, run);
  csv = bk_csv_format_runs (runs, NULL, NULL);
  g_assert_nonnull (strstr (csv->str, ",'=cmd|' /C calc'!A0,,,run\n"));
}

/* The autostart entry starts the reminders on the same log, whatever
 * characters its folder has. */
static void
test_autostart_keeps_data_dir (void)
{
  static const char *dirs[] = {
    "/home/ana/runs",
    "/home/ana/my runs/2026",
    "/tmp/it's \"quoted\" $HOME `x` 100% back\\slash",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GKeyFile) entry = g_key_file_new ();
      g_autofree char *path = bk_autostart_path ();
      g_autofree char *exec = NULL;
      g_auto(GStrv) argv = NULL;
      GString *unpercent;

      g_test_message ("%s", dirs[i]);
      g_assert_true (bk_autostart_set_for_data_dir (TRUE, dirs[i], &error));
      g_assert_no_error (error);
      g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
      exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
      g_assert_no_error (error);
      /* %% is a literal %, as a launcher expands field codes. */
      unpercent = g_string_new (exec);
      g_string_replace (unpercent, "%%", "%", 0);
      g_assert_true (g_shell_parse_argv (unpercent->str, NULL, &argv, &error));
      g_string_free (unpercent, TRUE);
      g_assert_cmpuint (g_strv_length (argv), ==, 4);
      g_assert_cmpstr (argv[1], ==, "--data-dir");
      g_assert_cmpstr (argv[2], ==, dirs[i]);
      g_assert_cmpstr (argv[3], ==, "--background");
    }
  g_assert_true (bk_autostart_set (FALSE, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/safe-file/4-replaces-regular-file-0600", test_replaces_regular_file);
  ADD ("/safe-file/4-refuses-symlink", test_refuses_symlink);
  ADD ("/safe-file/4-refuses-fifo-device-folder", test_refuses_special_files);
  ADD ("/safe-file/4-failure-cleans-up", test_failure_cleans_up);
  ADD ("/safe-file/4-sigterm-cleans-up", test_sigterm_cleans_up);
#undef ADD
  g_test_add_func ("/csv/8-neutralises-formulas", test_csv_neutralises_formulas);
  g_test_add_func ("/csv/8-export-notes", test_csv_export_notes);
  g_test_add_func ("/autostart/8-keeps-data-dir", test_autostart_keeps_data_dir);

  return g_test_run ();
}
