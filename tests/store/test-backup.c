/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups with SQLite's online backup API, their rotation, and restore,
 * including a damaged log restored from its latest backup. */
#include "bk-config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "services/bk-context.h"
#include "services/bk-log-care.h"
#include "store/bk-backup.h"
#include "store/bk-database.h"
#include "store/bk-database-private.h"
#include "bk-test-files.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-backup-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bk_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
add_runs (BkDatabase *db,
          int         n,
          int         notes_length)
{
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d) "
    "INSERT INTO runs (started_at, distance_m, duration_s, notes) "
    "SELECT printf ('2026-10-%%02dT07:00:00+01:00', 1 + i %% 28), 3000 + i, 1500,"
    " substr (printf ('%%0%dd', i), 1, %d) FROM n", n, MAX (notes_length, 1), notes_length);

  g_assert_true (bk_database_exec (db, sql, NULL));
}

static GDateTime *
day (int n)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 9, 1, 20, 0, 0);

  return g_date_time_add_days (start, n);
}

static void
test_copy_is_private_and_whole (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(GDateTime) now = day (0);
  g_autofree char *made = NULL;
  g_autofree char *journal = NULL;
  gint64 runs = 0;
  struct stat st;
  mode_t old_umask;

  add_runs (db, 25, 10);
  old_umask = umask (0);
  made = bk_backup_create (db, BK_BACKUP_MANUAL, now, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (made, "/backups/manual-20260901-200000.sqlite3"));
  g_assert_cmpint (stat (made, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (bk_backup_check_file (made, &runs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (runs, ==, 25);
  /* A copy reads on its own, with no -wal beside it. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    /* Header bytes 18 and 19: 1 for a rollback journal, 2 for WAL. */
    g_assert_true (g_file_get_contents (made, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 100);
    g_assert_cmpint (contents[18], ==, 1);
    g_assert_cmpint (contents[19], ==, 1);
  }
  journal = g_strconcat (made, "-wal", NULL);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Before a migration the log is copied as it was. */
static void
test_backup_before_migration (Fixture       *f,
                              gconstpointer  data)
{
  int older = bk_database_get_latest_version () - 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BkBackupInfo *info;
  sqlite3 *raw = NULL;

  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  for (int v = 0; v < older; v++)
    g_assert_cmpint (sqlite3_exec (raw, bk_database_migration_sql (v), NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;"
                                             "INSERT INTO runs (started_at, distance_m, duration_s)"
                                             " VALUES ('2026-10-01T07:00:00+01:00', 8000, 2400);", older);

    g_assert_cmpint (sqlite3_exec (raw, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (raw);

  db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_database_get_schema_version (db), ==, bk_database_get_latest_version ());

  backups = bk_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  info = g_ptr_array_index (backups, 0);
  g_assert_cmpint (info->kind, ==, BK_BACKUP_BEFORE_UPDATE);
  g_assert_cmpint (info->runs, ==, 1);
  g_assert_cmpint (bk_test_raw_int (info->path, "PRAGMA user_version"), ==, older);
}

static void
test_daily_rotation (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_daily = 0;

  add_runs (db, 3, 5);
  for (int n = 0; n < 60; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) now = day (n);
      g_autoptr(GDateTime) later = g_date_time_add_hours (now, 2);
      g_autofree char *made = bk_backup_daily (db, now, &error);
      g_autofree char *again = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (made);
      /* Once a day only. */
      again = bk_backup_daily (db, later, &error);
      g_assert_no_error (error);
      g_assert_null (again);
    }

  backups = bk_backup_list (f->path, NULL);
  for (guint i = 0; i < backups->len; i++)
    {
      BkBackupInfo *info = g_ptr_array_index (backups, i);
      g_autoptr(GDateTime) expected = day (59 - (int) i);

      g_assert_cmpint (info->kind, ==, BK_BACKUP_DAILY);
      g_assert_cmpint (info->runs, ==, 3);
      if (i < 7)
        g_assert_cmpint (g_date_time_get_day_of_year (info->made), ==,
                         g_date_time_get_day_of_year (expected));
      else
        g_assert_true (g_hash_table_add (weeks, g_date_time_format (info->made, "%G-%V")));
      n_daily++;
    }
  g_assert_cmpuint (n_daily, ==, BK_BACKUP_KEEP_DAILY + BK_BACKUP_KEEP_WEEKLY);
}

static void
test_restore_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(GDateTime) now = day (1);
  g_autofree char *made = NULL;
  g_autofree char *kept = NULL;

  add_runs (db, 3, 5);
  made = bk_backup_create (db, BK_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  add_runs (db, 2, 5);
  g_assert_finalize_object (g_steal_pointer (&db));

  g_assert_true (bk_backup_restore (f->path, made, now, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpint (bk_test_raw_int (kept, "SELECT count(*) FROM runs"), ==, 5);

  db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, 3);
  g_assert_true (bk_database_check (db, &error));
  g_assert_no_error (error);
}

static void
scribble (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 40000);
  for (gsize i = 12288; i < length - 8192; i++)
    contents[i] = (char) (i * 13);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* The case the backups are for: a damaged log, named damaged, restored
 * from the backup its message points to. */
static void
test_restore_damaged_log (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(GDateTime) now = day (3);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *damaged = NULL;
  gsize damaged_len;

  add_runs (db, 400, 150);
  {
    g_autofree char *made = bk_backup_daily (db, now, &error);

    g_assert_no_error (error);
    g_assert_nonnull (made);
  }
  g_assert_true (bk_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_finalize_object (g_steal_pointer (&db));

  scribble (f->path);
  g_assert_true (g_file_get_contents (f->path, &damaged, &damaged_len, NULL));
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);

  backups = bk_backup_list (f->path, NULL);
  g_assert_cmpuint (backups->len, ==, 1);
  latest = g_strdup (((BkBackupInfo *) g_ptr_array_index (backups, 0))->path);
  g_assert_nonnull (strstr (error->message, latest));
  g_clear_error (&error);

  g_assert_true (bk_backup_restore (f->path, latest, now, &kept, &error));
  g_assert_no_error (error);
  /* The damaged file is kept as it was, in case something in it is wanted. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (kept, &contents, &length, NULL));
    g_assert_cmpmem (contents, length, damaged, damaged_len);
  }
  db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, 400);
  g_assert_true (bk_database_check (db, &error));
}

static void
test_restore_refuses_bad_files (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "photos.sqlite3", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.sqlite3", NULL);
  g_autoptr(GDateTime) now = day (4);
  const char *bad[] = { foreign, text, missing, f->path };
  sqlite3 *raw = NULL;

  add_runs (db, 4, 5);
  g_assert_true (bk_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_cmpint (sqlite3_open (foreign, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE runs (x); PRAGMA user_version = 2", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_set_contents (text, "not a database at all, not at all", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (bk_backup_restore (f->path, bad[i], now, NULL, &error));
      g_assert_nonnull (error);
    }
  g_assert_cmpint (bk_test_raw_int (f->path, "SELECT count(*) FROM runs"), ==, 4);
  /* Nothing was replaced, so nothing was kept. */
  {
    g_autoptr(GPtrArray) backups = bk_backup_list (f->path, NULL);

    g_assert_cmpuint (backups->len, ==, 0);
  }
}

static void
test_refused_writes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(GError) reason = g_error_new_literal (BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED,
                                                  "damaged: restore the latest backup");
  g_autoptr(GError) error = NULL;

  bk_database_refuse_writes (db, reason);
  g_assert_false (bk_database_exec (db, "INSERT INTO runs (started_at, distance_m, duration_s)"
                                        " VALUES ('2026-10-01T07:00:00+01:00', 8000, 2400)", &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, reason->message);
  g_assert_true (bk_database_exec (db, "SELECT count(*) FROM runs", NULL));
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (bk_log_care_check_finish (BK_CONTEXT (source), result, error));
  g_assert_nonnull (*error);
}

/* The weekly check in the background: due once a week, and a log found
 * damaged while open takes no more writes. */
static void
test_background_check (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BkContext) context = bk_context_new (f->dir, settings, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 8);
  g_autofree char *result = NULL;
  BkDatabase *db;
  sqlite3 *raw = NULL;

  g_assert_no_error (error);
  db = bk_context_get_database (context);
  add_runs (db, 20, 5);
  g_assert_true (bk_log_care_check_due (context, now));
  result = bk_log_care_describe_check (context, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (result, "20 runs"));
  g_assert_false (bk_log_care_check_due (context, now));
  g_assert_true (bk_log_care_check_due (context, next_week));

  /* Another program breaks an index while the window has the log open. */
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA writable_schema = ON;"
                                      "UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_local_date"
                                      " ON runs (local_date) WHERE 0' WHERE name = 'runs_by_local_date';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO runs (started_at, distance_m, duration_s)"
                                      " VALUES ('2026-10-30T07:00:00+01:00', 9000, 2800);"
                                      "PRAGMA writable_schema = ON;"
                                      "UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_local_date"
                                      " ON runs (local_date)' WHERE name = 'runs_by_local_date';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  bk_log_care_check_async (context, NULL, check_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_true (bk_database_is_refusing_writes (db));
  g_assert_false (bk_database_exec (db, "INSERT INTO runs (started_at, distance_m, duration_s)"
                                        " VALUES ('2026-10-31T07:00:00+01:00', 9000, 2800)", &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "--restore"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/copy-is-private-and-whole", test_copy_is_private_and_whole);
  ADD ("/backup/before-migration", test_backup_before_migration);
  ADD ("/backup/daily-rotation", test_daily_rotation);
  ADD ("/backup/restore-round-trip", test_restore_round_trip);
  ADD ("/backup/restore-damaged-log", test_restore_damaged_log);
  ADD ("/backup/restore-refuses-bad-files", test_restore_refuses_bad_files);
  ADD ("/backup/refused-writes", test_refused_writes);
  ADD ("/backup/background-check", test_background_check);
#undef ADD

  return g_test_run ();
}
