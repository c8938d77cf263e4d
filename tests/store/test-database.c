/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "store/bk-database.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-db-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_chmod (child, 0700);
      remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_chmod (f->dir, 0700);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static int
raw_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
test_create_and_migrate (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *nested = g_build_filename (f->dir, "a", "b", "backstretch.sqlite3", NULL);

  /* A missing folder is created. */
  db = bk_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpint (bk_database_get_schema_version (db), ==, bk_database_get_latest_version ());
  g_assert_true (bk_database_exec (db, "SELECT count(*) FROM runs", NULL));
  g_assert_finalize_object (g_steal_pointer (&db));

  g_assert_cmpint (raw_user_version (nested), ==, bk_database_get_latest_version ());

  /* Opening again migrates nothing and keeps the version. */
  db = bk_database_open (nested, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_database_get_schema_version (db), ==, bk_database_get_latest_version ());
}

static void
test_wal_and_foreign_keys (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  sqlite3_stmt *stmt;

  g_assert_nonnull (db);
  stmt = bk_database_prepare (db, "PRAGMA journal_mode", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);
  stmt = bk_database_prepare (db, "PRAGMA foreign_keys", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_reset (stmt);
}

static void
test_check_constraints (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  static const char *bad_rows[] = {
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', 0, 100)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', -5, 100)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', 2000000, 100)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', 5000, 0)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', 5000, 700000)",
    "INSERT INTO runs (started_at, distance_m, duration_s, rpe) VALUES ('2026-11-26T07:00:00+01:00', 5000, 100, 11)",
    "INSERT INTO runs (started_at, distance_m, duration_s, rpe) VALUES ('2026-11-26T07:00:00+01:00', 5000, 100, 0)",
    "INSERT INTO runs (started_at, distance_m, duration_s, surface) VALUES ('2026-11-26T07:00:00+01:00', 5000, 100, 'lava')",
    "INSERT INTO runs (started_at, distance_m, duration_s, elevation_m) VALUES ('2026-11-26T07:00:00+01:00', 5000, 100, -1)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('yesterday', 5000, 100)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-13-40T07:00:00+01:00', 5000, 100)",
    "INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-26T07:00:00+01:00', 'far', 100)",
  };

  g_assert_nonnull (db);
  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad_rows[i]);
      g_assert_false (bk_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
    }
  g_assert_true (bk_database_exec (db, "INSERT INTO runs (started_at, distance_m, duration_s) "
                                       "VALUES ('2026-11-26T07:00:00+01:00', 5000, 1500)", NULL));
}

static void
test_newer_schema_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", bk_database_get_latest_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  g_assert_true (bk_database_exec (db, bump, NULL));
  g_assert_true (bk_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_finalize_object (g_steal_pointer (&db));

  before = read_file (f->path, &before_len);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = read_file (f->path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_not_a_database_refused (Fixture       *f,
                             gconstpointer  data)
{
  static const char text[] = "These are my running notes, not a database.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *after = NULL;
  gsize after_len;

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, f->path));

  after = read_file (f->path, &after_len);
  g_assert_cmpmem (text, sizeof text - 1, after, after_len);
}

static void
test_corrupt_file_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  gsize length, after_len;

  /* Enough rows to fill several pages, then scribble over the middle. */
  g_assert_true (bk_database_exec (db,
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                   "INSERT INTO runs (started_at, distance_m, duration_s, notes) "
                                   "SELECT '2026-11-26T07:00:00+01:00', 5000 + i, 1500, printf('%0200d', i) FROM n",
                                   NULL));
  g_assert_true (bk_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_finalize_object (g_steal_pointer (&db));

  contents = read_file (f->path, &length);
  g_assert_cmpuint (length, >, 16384);
  for (gsize i = 8192; i < length - 4096; i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));

  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED);

  after = read_file (f->path, &after_len);
  g_assert_cmpmem (contents, length, after, after_len);
}

static void
test_foreign_database_refused (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE photos (id INTEGER)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, "another program"));
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;
  g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
  g_autofree char *inside = g_build_filename (locked, "sub", "backstretch.sqlite3", NULL);

  if (geteuid () == 0)
    {
      /* root ignores permissions; a file standing where the folder should
       * be fails the same way for everyone. */
      g_assert_true (g_file_set_contents (locked, "x", 1, NULL));
    }
  else
    {
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
    }

  db = bk_database_open (inside, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "data folder"));
}

static void
test_folder_as_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) db = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  db = bk_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_OPEN);
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BkDatabase) db = bk_database_open (f->path, NULL);
  g_autoptr(BkDatabase) copy = NULL;
  g_autofree char *dest = g_build_filename (f->dir, "copy.sqlite3", NULL);
  sqlite3_stmt *stmt;

  g_assert_true (bk_database_exec (db, "INSERT INTO runs (started_at, distance_m, duration_s) "
                                       "VALUES ('2026-11-26T07:00:00+01:00', 5000, 1500)", NULL));
  g_assert_true (bk_database_backup (db, dest, NULL));
  copy = bk_database_open (dest, NULL);
  g_assert_nonnull (copy);
  stmt = bk_database_prepare (copy, "SELECT count(*) FROM runs", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_reset (stmt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/create-and-migrate", test_create_and_migrate);
  ADD ("/database/wal-and-foreign-keys", test_wal_and_foreign_keys);
  ADD ("/database/check-constraints", test_check_constraints);
  ADD ("/database/newer-schema-refused", test_newer_schema_refused);
  ADD ("/database/not-a-database-refused", test_not_a_database_refused);
  ADD ("/database/corrupt-file-refused", test_corrupt_file_refused);
  ADD ("/database/foreign-database-refused", test_foreign_database_refused);
  ADD ("/database/unwritable-folder", test_unwritable_folder);
  ADD ("/database/folder-as-file", test_folder_as_file);
  ADD ("/database/backup", test_backup);
#undef ADD

  return g_test_run ();
}
