/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-log-guard"

#include "bk-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "bk-backup.h"
#include "bk-database.h"
#include "bk-database-private.h"
#include "bk-log-guard.h"

/* Everything opening a log checks before it writes a byte: who owns the
 * folder, what stands at the file names, whose file it is and whether its
 * content holds together. */

static gboolean
set_errno_error (GError     **error,
                 int          saved,
                 const char  *path)
{
  if (saved == EACCES || saved == EPERM || saved == EROFS)
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                 _("Cannot write in the data folder %s: it is read-only (%s). "
                   "The log is unharmed; make the folder writable or choose another with --data-dir."),
                 path, g_strerror (saved));
  else if (saved == ENOSPC || saved == EDQUOT || saved == EFBIG)
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DISK_FULL,
                 _("Cannot write in the data folder %s: the disk is full. "
                   "The log is unharmed; free some space and try again."),
                 path);
  else
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_OPEN,
                 _("Cannot use the data folder %s: %s"), path, g_strerror (saved));
  return FALSE;
}

/**
 * bk_log_guard_prepare_folder:
 *
 * Creates the data folder private to its user (0700 whatever the umask), or
 * checks an existing one: it must be a folder owned by this user that no one
 * else can write to, or another user could plant files in it.
 */
gboolean
bk_log_guard_prepare_folder (const char  *dir,
                             GError     **error)
{
  struct stat st;

  if (lstat (dir, &st) != 0)
    {
      g_autofree char *parent = g_path_get_dirname (dir);

      if (errno != ENOENT && errno != ENOTDIR)
        return set_errno_error (error, errno, dir);
      if (g_mkdir_with_parents (parent, 0700) != 0 && errno != EEXIST)
        {
          int saved = errno;

          if (saved == ENOTDIR || saved == EEXIST)
            g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                         _("Cannot create the data folder %s: %s"), dir, g_strerror (saved));
          else
            set_errno_error (error, saved, dir);
          return FALSE;
        }
      if (g_mkdir (dir, 0700) != 0 && errno != EEXIST)
        {
          int saved = errno;

          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                       _("Cannot create the data folder %s: %s"), dir, g_strerror (saved));
          return FALSE;
        }
      if (lstat (dir, &st) != 0)
        return set_errno_error (error, errno, dir);
      if (S_ISDIR (st.st_mode) && st.st_uid == geteuid ())
        chmod (dir, 0700);
      st.st_mode = (st.st_mode & ~07777) | 0700;
    }

  if (S_ISLNK (st.st_mode))
    {
      /* The link itself is the user's choice when they own it; follow it
       * once and check what it points at. */
      if (st.st_uid != geteuid () || stat (dir, &st) != 0)
        goto unsafe;
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                   _("Cannot create the data folder %s: a file of that name is in the way"), dir);
      return FALSE;
    }
  if (st.st_uid != geteuid () || (st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
    goto unsafe;
  if ((st.st_mode & S_IWUSR) == 0 || access (dir, W_OK) != 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                   _("Cannot write in the data folder %s: it is read-only. The log is unharmed; "
                     "make the folder writable (chmod u+w) or choose another with --data-dir."),
                   dir);
      return FALSE;
    }
  return TRUE;

unsafe:
  g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE,
               _("Refusing the data folder %s: it belongs to another user or others can write "
                 "to it, so they could replace the log. Use a folder of your own "
                 "(chmod 700) with --data-dir."),
               dir);
  return FALSE;
}

/* The log and its companions must be plain files: a planted link would
 * send the writes wherever its maker chose. */
gboolean
bk_log_guard_check_files (const char  *path,
                          GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      struct stat st;

      if (lstat (name, &st) != 0)
        continue;
      if (S_ISLNK (st.st_mode))
        {
          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE,
                       _("Refusing %s: it is a symbolic link, and the log is only ever opened "
                         "as a plain file. Nothing has been changed; replace the link with the "
                         "file it points to."),
                       name);
          return FALSE;
        }
      if (S_ISDIR (st.st_mode) && i == 0)
        {
          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_OPEN,
                       _("%s is a folder, not a database file"), name);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE,
                       _("Refusing %s: it is not a regular file. Nothing has been changed."), name);
          return FALSE;
        }
      if (st.st_uid != geteuid ())
        {
          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_UNSAFE,
                       _("Refusing %s: it belongs to another user. Nothing has been changed."), name);
          return FALSE;
        }
    }
  return TRUE;
}

/* A new log is created here, 0600 whatever the umask, so that SQLite (which
 * gives its -wal and -shm the log's mode) never makes a readable file. */
gboolean
bk_log_guard_create_file (const char  *path,
                          GError     **error)
{
  int fd = open (path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      g_autofree char *dir = NULL;
      int saved = errno;

      if (saved == EEXIST)
        return TRUE;
      dir = g_path_get_dirname (path);
      return set_errno_error (error, saved, dir);
    }
  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

/* Read-only is decided from the mode bits as well as access(), so that the
 * answer is the same for root, who may write anything. */
gboolean
bk_log_guard_check_writable (const char  *path,
                             GError     **error)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return TRUE;
  if ((st.st_mode & S_IWUSR) == 0 || access (path, W_OK) != 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                   _("Cannot write to %s: the file is read-only. The log is unharmed; "
                     "make it writable (chmod u+w) to use it."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* Logs from versions that created them 0644 become private. */
void
bk_log_guard_tighten (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      struct stat st;

      if (lstat (name, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          (st.st_mode & 077) != 0)
        chmod (name, st.st_mode & 0700);
    }
}

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* The schema a log of @version has, as "type name sql" lines: made by
 * running the migrations on an empty database in memory. */
static char *
schema_of (sqlite3 *db)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, coalesce (sql, '') FROM sqlite_schema"
                              " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s %s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
expected_schema (int version)
{
  sqlite3 *db = NULL;
  char *schema = NULL;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      gboolean ok = TRUE;

      for (int v = 0; v < version && ok; v++)
        ok = sqlite3_exec (db, bk_database_migration_sql (v), NULL, NULL, NULL) == SQLITE_OK;
      if (ok)
        schema = schema_of (db);
    }
  sqlite3_close (db);
  return schema;
}

static gboolean
set_damaged (GError     **error,
             const char  *path,
             const char  *what)
{
  g_autofree char *hint = bk_log_guard_latest_backup_hint (path);

  g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED,
               _("%s is damaged (%s). Nothing has been written to it. %s"), path, what, hint);
  return FALSE;
}

/**
 * bk_log_guard_probe:
 *
 * Looks at an existing file through a read-only connection that never
 * checkpoints, so that a file refused here (another program's, a newer
 * version's, a damaged one) is left exactly as it was, -wal included.
 */
gboolean
bk_log_guard_probe (const char  *path,
                    BkLogProbe  *probe,
                    GError     **error)
{
  sqlite3 *db = NULL;
  gint64 app_id = 0, version = 0, n_objects = 0;
  gboolean ok = FALSE;
  struct stat st;
  int rc;

  *probe = (BkLogProbe) { 0 };
  if (stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;
  probe->exists = TRUE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      bk_log_guard_set_error (db, rc, path, error);
      goto out;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_busy_timeout (db, 5000);

  rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      bk_log_guard_set_error (db, sqlite3_extended_errcode (db), path, error);
      goto out;
    }
  if (!query_int (db, "PRAGMA application_id", &app_id) ||
      !query_int (db, "PRAGMA user_version", &version) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects))
    {
      bk_log_guard_set_error (db, sqlite3_extended_errcode (db), path, error);
      goto out;
    }

  if (app_id != 0 && app_id != BK_LOG_APPLICATION_ID)
    goto foreign;
  if (app_id == 0 && n_objects == 0 && version == 0)
    {
      /* An empty SQLite file, as a first start that was cut short leaves. */
      probe->exists = FALSE;
      ok = TRUE;
      goto out;
    }
  if (version < 0 || (app_id == 0 && version == 0))
    {
      if (app_id == 0)
        goto foreign;
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED,
                   _("%s has a data version (%" G_GINT64_FORMAT ") that no version of Backstretch "
                     "writes. It has not been changed; restore a backup with --restore."),
                   path, version);
      goto out;
    }
  if (version > bk_database_get_latest_version ())
    {
      if (app_id == 0)
        goto foreign;
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NEWER_SCHEMA,
                   _("%s was written by a newer version of Backstretch (data version %" G_GINT64_FORMAT
                     "; this version reads up to %d). Update Backstretch to open it; "
                     "the file has not been changed."),
                   path, version, bk_database_get_latest_version ());
      goto out;
    }
  if (app_id == 0)
    {
      /* Logs from before the application id: theirs must be exactly the
       * tables this version's migrations made, or the file is not ours. */
      g_autofree char *have = schema_of (db);
      g_autofree char *want = expected_schema ((int) version);

      if (have == NULL || want == NULL || !g_str_equal (have, want))
        goto foreign;
      probe->needs_stamp = TRUE;
    }
  probe->version = (int) version;

  if (!bk_log_guard_integrity (db, path, FALSE, error) ||
      !bk_log_guard_check_counts (db, path, error))
    goto out;
  ok = TRUE;
  goto out;

foreign:
  g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_A_DATABASE,
               _("%s is an SQLite database from another program, not a Backstretch "
                 "training log. It has not been changed."),
               path);
out:
  sqlite3_close_v2 (db);
  return ok;
}

/* An index that has lost rows passes quick_check but makes every total
 * wrong; counting each table through each of its indexes, and the runs
 * against the per-day totals the triggers keep, finds that in milliseconds. */
static gboolean
check_counts_in_snapshot (sqlite3     *db,
                          const char  *path,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  gint64 runs = -1, days_runs = 0;

  /* count(*) alone reads the table whatever INDEXED BY says; ordering by
   * the index's first column makes the scan walk the index itself. */
  if (sqlite3_prepare_v2 (db, "SELECT s.tbl_name, s.name, i.name FROM sqlite_schema AS s,"
                              " pragma_index_info (s.name) AS i"
                              " WHERE s.type = 'index' AND s.sql IS NOT NULL AND i.seqno = 0"
                              " AND i.name IS NOT NULL AND s.sql NOT LIKE '% WHERE %'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return set_damaged (error, path, sqlite3_errmsg (db));

  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const char *index = (const char *) sqlite3_column_text (stmt, 1);
      const char *column = (const char *) sqlite3_column_text (stmt, 2);
      char *by_table = sqlite3_mprintf ("SELECT count(*) FROM \"%w\" NOT INDEXED", table);
      char *by_index = sqlite3_mprintf ("SELECT count(*) FROM (SELECT 1 FROM \"%w\" INDEXED BY \"%w\""
                                        " ORDER BY \"%w\")", table, index, column);
      gint64 n_table = -1, n_index = -2;

      if (!query_int (db, by_table, &n_table) || !query_int (db, by_index, &n_index) ||
          n_table != n_index)
        {
          g_autofree char *what = g_strdup_printf (_("the index %s disagrees with its table %s"),
                                                   index, table);

          ok = set_damaged (error, path, what);
        }
      sqlite3_free (by_table);
      sqlite3_free (by_index);
    }
  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;

  if (query_int (db, "SELECT count(*) FROM runs NOT INDEXED", &runs) &&
      query_int (db, "SELECT coalesce (sum (runs), 0) FROM run_days", &days_runs) &&
      runs != days_runs)
    return set_damaged (error, path, _("the daily totals do not add up to the runs"));
  return TRUE;
}

gboolean
bk_log_guard_check_counts (sqlite3     *db,
                           const char  *path,
                           GError     **error)
{
  gboolean own = sqlite3_get_autocommit (db) != 0;
  gboolean ok;

  /* Every count from one snapshot: another process adding a run between
   * two of them would otherwise look like damage. */
  if (own && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      bk_log_guard_set_error (db, sqlite3_extended_errcode (db), path, error);
      return FALSE;
    }
  ok = check_counts_in_snapshot (db, path, error);
  if (own)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  return ok;
}

gboolean
bk_log_guard_integrity (sqlite3     *db,
                        const char  *path,
                        gboolean     full,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (result == NULL && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      bk_log_guard_set_error (db, sqlite3_extended_errcode (db), path, error);
      return FALSE;
    }
  if (g_strcmp0 (result, "ok") != 0)
    return set_damaged (error, path, result != NULL ? result : sqlite3_errstr (rc));
  return TRUE;
}

/* SQLite reports some failed writes (EFBIG, a failed extension of the
 * -wal) only as an I/O error and forgets errno; the disk itself says
 * whether it is full. */
static gboolean
space_exhausted (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statvfs fs;
  struct rlimit limit;

  if (statvfs (dir, &fs) == 0 && (guint64) fs.f_bavail * fs.f_frsize < 256 * 1024)
    return TRUE;
  return getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
}

/**
 * bk_log_guard_set_error:
 *
 * Names a failure for what it is, so a healthy log is never called damaged
 * because the disk is full or someone else holds it.
 */
void
bk_log_guard_set_error (sqlite3     *db,
                        int          rc,
                        const char  *path,
                        GError     **error)
{
  int primary = rc & 0xff;
  int sys = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (primary == SQLITE_FULL ||
      ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) &&
       (sys == ENOSPC || sys == EDQUOT || sys == EFBIG || space_exhausted (path))))
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_DISK_FULL,
                 _("Cannot write to %s: the disk is full. The log is unharmed and nothing was "
                   "saved; free some space and try again."),
                 path);
  else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_LOCKED,
                 _("%s is locked by another program. The log is unharmed; close the other "
                   "program (or wait for it to finish) and try again."),
                 path);
  else if (primary == SQLITE_READONLY || primary == SQLITE_PERM ||
           ((primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) &&
            (sys == EACCES || sys == EPERM || sys == EROFS)))
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_READ_ONLY,
                 _("Cannot write to %s: it or its folder is read-only. The log is unharmed; "
                   "make them writable to use it."),
                 path);
  else if (primary == SQLITE_NOTADB)
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_A_DATABASE,
                 _("%s is not a database. It has not been changed; move it aside to start "
                   "a new log, or restore a backup with --restore."),
                 path);
  else if (primary == SQLITE_CORRUPT)
    set_damaged (error, path, detail);
  else if (primary == SQLITE_CONSTRAINT)
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT, "%s: %s", path, detail);
  else
    g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_FAILED, "%s: %s", path, detail);
}

char *
bk_log_guard_latest_backup_hint (const char *path)
{
  g_autoptr(GPtrArray) backups = bk_backup_list (path, NULL);

  if (backups == NULL || backups->len == 0)
    return g_strdup (_("There is no backup of it yet; if you have a copy, restore it with "
                       "backstretch --restore FILE, and keep the damaged file until you have checked."));
  return g_strdup_printf (_("Restore the latest backup with: backstretch --restore %s"),
                          ((BkBackupInfo *) g_ptr_array_index (backups, 0))->path);
}
