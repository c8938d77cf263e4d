/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening a log as an attacker and a careless user would leave it: each
 * case crafts the file and checks that nothing is written to what is not a
 * sound Backstretch log of our own, and that the message says what is wrong. */
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/bk-database.h"
#include "store/bk-stretch-store.h"
#include "bk-test-files.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-open-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_chmod (f->dir, 0700);
  bk_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GBytes *
snapshot (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static void
assert_unchanged (GBytes     *before,
                  const char *path)
{
  g_autoptr(GBytes) after = snapshot (path);

  g_assert_nonnull (after);
  g_assert_true (g_bytes_equal (before, after));
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* A log with @n runs, closed, with its WAL folded in. */
static void
make_log (const char *path,
          int         n)
{
  g_autoptr(BkDatabase) db = bk_database_open (path, NULL);
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO runs (started_at, distance_m, duration_s) "
    "SELECT printf ('2026-11-%%02dT07:00:00+01:00', 1 + i %% 28), 3000 + i, 1500 FROM n", n);

  g_assert_nonnull (db);
  if (n > 0)
    g_assert_true (bk_database_exec (db, sql, NULL));
  g_assert_true (bk_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_finalize_object (g_steal_pointer (&db));
}

static void
assert_not_called_damaged (const GError *error)
{
  g_assert_null (strstr (error->message, "damaged"));
  g_assert_null (strstr (error->message, "move it aside"));
  g_assert_null (strstr (error->message, "start a new log"));
}

/* 1: an index that lost rows passes quick_check; the totals read through
 * it would be wrong, so the log is refused and named damaged. */
static void
test_index_disagrees (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;

  make_log (f->path, 10);
  /* Make the index partial for a moment, so new rows skip it. */
  raw_exec (f->path,
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_local_date ON runs (local_date) WHERE 0'"
            " WHERE name = 'runs_by_local_date';");
  raw_exec (f->path,
            "INSERT INTO runs (started_at, distance_m, duration_s) VALUES"
            " ('2026-11-20T07:00:00+01:00', 21000, 6000), ('2026-11-21T07:00:00+01:00', 12000, 3600);");
  raw_exec (f->path,
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_local_date ON runs (local_date)'"
            " WHERE name = 'runs_by_local_date';"
            "PRAGMA wal_checkpoint(TRUNCATE);");
  /* The damage quick_check cannot see, and integrity_check can. */
  {
    g_autofree char *quick = bk_test_raw_text (f->path, "PRAGMA quick_check");
    g_autofree char *full = bk_test_raw_text (f->path, "PRAGMA integrity_check");

    g_assert_cmpstr (quick, ==, "ok");
    g_assert_cmpstr (full, !=, "ok");
  }

  before = snapshot (f->path);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "runs_by_local_date"));
  g_assert_nonnull (strstr (error->message, "--restore"));
  assert_unchanged (before, f->path);
}

/* 2: user_version is range-checked before it indexes anything. */
static void
test_bad_user_version (Fixture       *f,
                       gconstpointer  data)
{
  static const char *versions[] = { "-1", "-10", "-100000", "-2147483648" };

  for (guint i = 0; i < G_N_ELEMENTS (versions); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BkDatabase) db = NULL;
      g_autoptr(GBytes) before = NULL;
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %s", versions[i]);

      g_test_message ("user_version %s", versions[i]);
      g_remove (f->path);
      make_log (f->path, 3);
      raw_exec (f->path, sql);
      before = snapshot (f->path);
      db = bk_database_open (f->path, &error);
      g_assert_null (db);
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, versions[i]));
      assert_unchanged (before, f->path);
    }
}

static void
test_huge_user_version (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;

  make_log (f->path, 3);
  raw_exec (f->path, "PRAGMA user_version = 2147483647");
  before = snapshot (f->path);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "2147483647"));
  assert_unchanged (before, f->path);
}

/* 3: a healthy log in trouble is never called damaged. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  make_log (f->path, 3);
  g_remove (wal);
  before = snapshot (f->path);
  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  db = bk_database_open (f->path, &error);
  g_chmod (f->dir, 0700);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  assert_not_called_damaged (error);
  assert_unchanged (before, f->path);
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  make_log (f->path, 3);
  g_remove (wal);
  g_remove (shm);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = snapshot (f->path);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  assert_not_called_damaged (error);
  assert_unchanged (before, f->path);
  /* No -wal or -shm left behind, read-only or not. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

/* A file size limit stands in for a full disk: writes past it fail with
 * EFBIG exactly where ENOSPC would. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  struct rlimit saved, small;
  int status;
  pid_t pid;

  /* A child, so the limit never reaches the test runner. */
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      signal (SIGXFSZ, SIG_IGN);
      getrlimit (RLIMIT_FSIZE, &saved);
      small = saved;
      small.rlim_cur = 16 * 1024;
      setrlimit (RLIMIT_FSIZE, &small);
      db = bk_database_open (f->path, &error);
      if (db != NULL)
        _exit (10);
      if (!g_error_matches (error, BK_STORE_ERROR, BK_STORE_ERROR_DISK_FULL))
        {
          g_printerr ("unexpected: %s\n", error->message);
          _exit (11);
        }
      if (strstr (error->message, "disk is full") == NULL || strstr (error->message, "damaged") != NULL)
        _exit (12);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  /* An existing log, a write that does not fit: refused as a full disk,
   * and the log still opens with every run. */
  make_log (f->path, 5);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autofree char *big = g_strnfill (9000, 'x');
      g_autofree char *sql = NULL;

      db = bk_database_open (f->path, &error);
      if (db == NULL)
        _exit (20);
      signal (SIGXFSZ, SIG_IGN);
      getrlimit (RLIMIT_FSIZE, &saved);
      small = saved;
      small.rlim_cur = 8 * 1024;
      setrlimit (RLIMIT_FSIZE, &small);
      sql = g_strdup_printf ("INSERT INTO runs (started_at, distance_m, duration_s, notes)"
                             " VALUES ('2026-11-22T07:00:00+01:00', 5000, 1500, '%s')", big);
      if (bk_database_exec (db, sql, &error))
        _exit (21);
      if (!g_error_matches (error, BK_STORE_ERROR, BK_STORE_ERROR_DISK_FULL) ||
          strstr (error->message, "damaged") != NULL)
        {
          g_printerr ("unexpected: %s\n", error->message);
          _exit (22);
        }
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, 5);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  sqlite3 *holder = NULL;

  make_log (f->path, 3);
  g_assert_cmpint (sqlite3_open (f->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                         "INSERT INTO training_settings VALUES ('x', 'y');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "another program"));
  assert_not_called_damaged (error);
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
}

static void
test_symlinked_wal (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *target = g_build_filename (f->dir, "victim", NULL);
  g_autoptr(GBytes) victim = g_bytes_new_static ("precious\n", 9);

  make_log (f->path, 3);
  g_remove (wal);
  g_assert_true (g_file_set_contents (target, "precious\n", -1, NULL));
  g_assert_cmpint (symlink (target, wal), ==, 0);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE);
  g_assert_nonnull (strstr (error->message, "symbolic link"));
  assert_not_called_damaged (error);
  assert_unchanged (victim, target);
}

/* 5: another program's file, whatever its user_version, is never changed. */
static void
test_foreign_with_version (Fixture       *f,
                           gconstpointer  data)
{
  for (int version = 1; version <= bk_database_get_latest_version (); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BkDatabase) db = NULL;
      g_autoptr(GBytes) before = NULL;
      g_autofree char *sql = g_strdup_printf ("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);"
                                              "INSERT INTO photos (name) VALUES ('beach');"
                                              "PRAGMA user_version = %d;", version);
      g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

      g_remove (f->path);
      raw_exec (f->path, sql);
      before = snapshot (f->path);
      db = bk_database_open (f->path, &error);
      g_assert_null (db);
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_A_DATABASE);
      g_assert_nonnull (strstr (error->message, "another program"));
      assert_unchanged (before, f->path);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }
}

/* A newer version's log with a -wal still beside it: neither file moves. */
static void
test_newer_with_wal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GBytes) main_before = NULL;
  g_autoptr(GBytes) wal_before = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;"
                                           "INSERT INTO runs (started_at, distance_m, duration_s)"
                                           " VALUES ('2026-11-26T07:00:00+01:00', 5000, 1500);",
                                           bk_database_get_latest_version () + 1);
  sqlite3 *raw = NULL;

  make_log (f->path, 3);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  sqlite3_db_config (raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  g_assert_cmpint (sqlite3_exec (raw, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  main_before = snapshot (f->path);
  wal_before = snapshot (wal);
  g_assert_nonnull (wal_before);
  g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);

  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NEWER_SCHEMA);
  assert_unchanged (main_before, f->path);
  assert_unchanged (wal_before, wal);
}

/* An older log, made before the application id existed, is recognised by
 * its tables and stamped once. */
static void
test_older_log_stamped (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;

  make_log (f->path, 4);
  raw_exec (f->path, "PRAGMA application_id = 0");
  g_assert_cmpint (bk_test_raw_int (f->path, "PRAGMA application_id"), ==, 0);
  db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, 4);
  g_assert_cmpint (bk_test_raw_int (f->path, "PRAGMA application_id"), !=, 0);
}

/* 6: eight processes start the same new log at once. */
static void
test_concurrent_first_start (Fixture       *f,
                             gconstpointer  data)
{
  enum { N = 8 };
  pid_t pids[N];

  for (int i = 0; i < N; i++)
    {
      pids[i] = fork ();
      g_assert_cmpint (pids[i], >=, 0);
      if (pids[i] == 0)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(BkDatabase) db = bk_database_open (f->path, &error);
          g_autoptr(GPtrArray) shipped = g_ptr_array_new ();
          g_autoptr(BkStretchStore) stretches = NULL;
          g_autofree char *sql = NULL;

          if (db == NULL)
            {
              g_printerr ("child %d: %s\n", i, error->message);
              _exit (1);
            }
          stretches = bk_stretch_store_new (db, shipped);
          if (!bk_stretch_store_ensure_routines (stretches, &error))
            {
              g_printerr ("child %d: %s\n", i, error->message);
              _exit (2);
            }
          sql = g_strdup_printf ("INSERT INTO runs (started_at, distance_m, duration_s)"
                                 " VALUES ('2026-11-%02dT07:00:00+01:00', 5000, 1500)", i + 1);
          if (!bk_database_exec (db, sql, &error))
            {
              g_printerr ("child %d: %s\n", i, error->message);
              _exit (3);
            }
          _exit (0);
        }
    }
  for (int i = 0; i < N; i++)
    {
      int status;

      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    }
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, N);
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM routines"), ==, 2);
  g_assert_cmpint (bk_test_raw_int (f->path, "PRAGMA user_version"), ==, bk_database_get_latest_version ());
}

/* 7: private whatever the umask, and never in a folder others control. */
static void
test_private_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "new", "backstretch", NULL);
  g_autofree char *path = g_build_filename (sub, "backstretch.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  struct stat st;
  mode_t old_umask = umask (0);

  db = bk_database_open (path, NULL);
  umask (old_umask);
  g_assert_nonnull (db);
  g_assert_true (bk_database_exec (db, "INSERT INTO runs (started_at, distance_m, duration_s)"
                                       " VALUES ('2026-11-26T07:00:00+01:00', 5000, 1500)", NULL));
  g_assert_cmpint (stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (stat (shm, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_shared_folder_refused (Fixture       *f,
                            gconstpointer  data)
{
  static const mode_t modes[] = { 0770, 0777, 01777 };

  make_log (f->path, 2);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BkDatabase) db = NULL;

      g_assert_cmpint (g_chmod (f->dir, modes[i]), ==, 0);
      db = bk_database_open (f->path, &error);
      g_assert_null (db);
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE);
      g_assert_nonnull (strstr (error->message, f->dir));
    }
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);

  if (geteuid () == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BkDatabase) db = NULL;

      /* Only root can hand a folder to another user. */
      g_assert_cmpint (chown (f->dir, 65534, 65534), ==, 0);
      db = bk_database_open (f->path, &error);
      chown (f->dir, 0, 0);
      g_assert_null (db);
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE);
    }
}

static void
test_symlinked_database (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  /* A planted link to where another user wants the log written. */
  g_assert_cmpint (symlink (elsewhere, f->path), ==, 0);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE);
  g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Even a link to a real log is refused. */
  make_log (elsewhere, 2);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/log-open/1-index-disagrees-with-table", test_index_disagrees);
  ADD ("/log-open/2-negative-user-version", test_bad_user_version);
  ADD ("/log-open/2-huge-user-version", test_huge_user_version);
  ADD ("/log-open/3-read-only-folder", test_read_only_folder);
  ADD ("/log-open/3-read-only-file", test_read_only_file);
  ADD ("/log-open/3-disk-full", test_disk_full);
  ADD ("/log-open/3-locked-by-another-program", test_locked);
  ADD ("/log-open/3-symlinked-wal", test_symlinked_wal);
  ADD ("/log-open/5-foreign-database-with-user-version", test_foreign_with_version);
  ADD ("/log-open/5-newer-log-with-wal-untouched", test_newer_with_wal);
  ADD ("/log-open/5-older-log-recognised-and-stamped", test_older_log_stamped);
  ADD ("/log-open/6-concurrent-first-start", test_concurrent_first_start);
  ADD ("/log-open/7-private-files", test_private_files);
  ADD ("/log-open/7-shared-folder-refused", test_shared_folder_refused);
  ADD ("/log-open/7-symlinked-database", test_symlinked_database);
#undef ADD

  return g_test_run ();
}
