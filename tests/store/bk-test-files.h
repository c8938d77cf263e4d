/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

G_BEGIN_DECLS

/* Shared by the tests that craft log files: remove a temporary tree (the
 * backups folder included, links never followed), and read one value from
 * a log through a connection of its own. */

static inline void
bk_test_remove_tree (const char *path)
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
      struct stat st;

      if (lstat (child, &st) == 0 && !S_ISLNK (st.st_mode))
        g_chmod (child, 0700);
      bk_test_remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static inline sqlite3_stmt *
bk_test_raw_step (const char  *path,
                  const char  *sql,
                  sqlite3    **out_db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, out_db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (*out_db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

static inline gint64
bk_test_raw_int (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = bk_test_raw_step (path, sql, &db);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static inline char *
bk_test_raw_text (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = bk_test_raw_step (path, sql, &db);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

G_END_DECLS
