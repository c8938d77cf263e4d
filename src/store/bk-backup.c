/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-backup"

#include "bk-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bk-backup.h"
#include "bk-log-guard.h"
#include "bk-safe-file.h"

/* Backups are whole SQLite files in a backups/ folder beside the log,
 * named by kind and local time: daily-20261201-093000.sqlite3. */

static const char * const kind_names[] = {
  [BK_BACKUP_DAILY] = "daily",
  [BK_BACKUP_MANUAL] = "manual",
  [BK_BACKUP_BEFORE_UPDATE] = "before-update",
  [BK_BACKUP_BEFORE_RESTORE] = "before-restore",
};

void
bk_backup_info_free (BkBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_clear_pointer (&info->made, g_date_time_unref);
  g_free (info);
}

char *
bk_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static void
set_sqlite_error (sqlite3     *db,
                  int          rc,
                  const char  *path,
                  GError     **error)
{
  bk_log_guard_set_error (db, rc, path, error);
}

/**
 * bk_backup_copy_to:
 * @source: an open connection
 * @source_path: its file, for messages
 *
 * Copies the database with SQLite's online backup API, which reads a
 * consistent snapshot even while others write, into a file created 0600
 * beside @dest_path, synced and renamed into place. The copy is left in
 * rollback-journal mode so that reading it later needs no -wal or -shm.
 */
gboolean
bk_backup_copy_to (sqlite3     *source,
                   const char  *source_path,
                   const char  *dest_path,
                   GError     **error)
{
  g_autoptr(BkSafeFile) file = NULL;
  g_autofree char *temp_wal = NULL;
  g_autofree char *temp_journal = NULL;
  sqlite3_backup *backup;
  sqlite3 *out = NULL;
  gboolean ok = FALSE;
  int rc;

  file = bk_safe_file_new (dest_path, error);
  if (file == NULL)
    return FALSE;
  temp_wal = g_strconcat (bk_safe_file_get_temp_path (file), "-wal", NULL);
  temp_journal = g_strconcat (bk_safe_file_get_temp_path (file), "-journal", NULL);

  rc = sqlite3_open_v2 (bk_safe_file_get_temp_path (file), &out,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (out, rc, dest_path, error);
      goto out;
    }
  sqlite3_extended_result_codes (out, TRUE);

  backup = sqlite3_backup_init (out, "main", source, "main");
  if (backup == NULL)
    {
      set_sqlite_error (out, sqlite3_extended_errcode (out), dest_path, error);
      goto out;
    }
  for (int tries = 0; tries < 100; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
        break;
      g_usleep (50 * 1000);
    }
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      /* Disk trouble is the copy's; anything else is the source's. */
      int primary = rc & 0xff;

      if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_READONLY)
        set_sqlite_error (out, sqlite3_extended_errcode (out), dest_path, error);
      else
        set_sqlite_error (source, rc, source_path, error);
      goto out;
    }
  rc = sqlite3_exec (out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (out, sqlite3_extended_errcode (out), dest_path, error);
      goto out;
    }
  rc = sqlite3_close (out);
  out = NULL;
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (NULL, rc, dest_path, error);
      goto out;
    }
  ok = bk_safe_file_commit (file, error);

out:
  if (out != NULL)
    sqlite3_close (out);
  g_unlink (temp_wal);
  g_unlink (temp_journal);
  return ok;
}

static char *
new_backup_path (const char   *dir,
                 BkBackupKind  kind,
                 GDateTime    *now)
{
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (int n = 1; ; n++)
    {
      g_autofree char *name = n == 1
        ? g_strdup_printf ("%s-%s.sqlite3", kind_names[kind], stamp)
        : g_strdup_printf ("%s-%s-%d.sqlite3", kind_names[kind], stamp, n);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

static gboolean
parse_name (const char   *name,
            BkBackupKind *out_kind,
            GDateTime   **out_made)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
    {
      gsize len = strlen (kind_names[k]);
      int y, mo, d, h, mi, s;
      char tail[32] = "";

      if (strncmp (name, kind_names[k], len) != 0 || name[len] != '-')
        continue;
      if (sscanf (name + len + 1, "%4d%2d%2d-%2d%2d%2d%31s", &y, &mo, &d, &h, &mi, &s, tail) != 7 ||
          (!g_str_equal (tail, ".sqlite3") && !(tail[0] == '-' && g_str_has_suffix (tail, ".sqlite3"))))
        return FALSE;
      {
        g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

        *out_made = g_date_time_new (zone, y, mo, d, h, mi, s);
      }
      *out_kind = (BkBackupKind) k;
      return *out_made != NULL;
    }
  return FALSE;
}

static gint64
count_runs (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 runs = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM runs", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    runs = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return runs;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const BkBackupInfo *x = *(BkBackupInfo * const *) a;
  const BkBackupInfo *y = *(BkBackupInfo * const *) b;
  int by_time = g_date_time_compare (y->made, x->made);

  return by_time != 0 ? by_time : g_strcmp0 (y->path, x->path);
}

static GPtrArray *
list_backups (const char  *db_path,
              gboolean     with_runs,
              GError     **error)
{
  g_autofree char *dir = bk_backup_dir (db_path);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  GDir *folder;
  const char *name;

  folder = g_dir_open (dir, 0, &local_error);
  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&list);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      BkBackupInfo *info;
      BkBackupKind kind;
      GDateTime *made = NULL;

      if (!parse_name (name, &kind, &made))
        continue;
      info = g_new0 (BkBackupInfo, 1);
      info->path = g_build_filename (dir, name, NULL);
      info->made = made;
      info->kind = kind;
      info->runs = with_runs ? count_runs (info->path) : -1;
      g_ptr_array_add (list, info);
    }
  g_dir_close (folder);
  g_ptr_array_sort (list, newest_first);
  return g_steal_pointer (&list);
}

/**
 * bk_backup_list:
 *
 * Returns: (transfer full) (element-type BkBackupInfo): the backups of the
 *   log at @db_path, newest first, with their run counts.
 */
GPtrArray *
bk_backup_list (const char  *db_path,
                GError     **error)
{
  g_return_val_if_fail (db_path != NULL, NULL);
  return list_backups (db_path, TRUE, error);
}

/* The last BK_BACKUP_KEEP_DAILY daily backups stay, and of the older ones
 * the newest of each week for BK_BACKUP_KEEP_WEEKLY weeks; copies made
 * before an update or a restore keep their last four. */
static void
rotate (const char *db_path)
{
  g_autoptr(GPtrArray) list = list_backups (db_path, FALSE, NULL);
  guint n_daily = 0, n_update = 0, n_restore = 0, n_weeks = 0;
  int last_week = -1, last_year = -1;

  if (list == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    {
      BkBackupInfo *info = g_ptr_array_index (list, i);
      gboolean keep = TRUE;

      switch (info->kind)
        {
        case BK_BACKUP_DAILY:
          if (++n_daily > BK_BACKUP_KEEP_DAILY)
            {
              int week = g_date_time_get_week_of_year (info->made);
              int year = g_date_time_get_week_numbering_year (info->made);

              keep = FALSE;
              if ((week != last_week || year != last_year) && n_weeks < BK_BACKUP_KEEP_WEEKLY)
                {
                  keep = TRUE;
                  n_weeks++;
                  last_week = week;
                  last_year = year;
                }
            }
          break;
        case BK_BACKUP_BEFORE_UPDATE:
          keep = ++n_update <= 4;
          break;
        case BK_BACKUP_BEFORE_RESTORE:
          keep = ++n_restore <= 4;
          break;
        case BK_BACKUP_MANUAL:
        default:
          break;
        }
      if (!keep)
        {
          g_debug ("Removing old backup %s", info->path);
          g_unlink (info->path);
        }
    }
}

/**
 * bk_backup_create:
 * @now: (nullable): the time to name it by; the current time if %NULL
 *
 * Returns: (transfer full): the path of the new backup
 */
char *
bk_backup_create (BkDatabase    *database,
                  BkBackupKind   kind,
                  GDateTime     *now,
                  GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) current = NULL;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  if (now == NULL)
    now = current = g_date_time_new_now_local ();
  dir = bk_backup_dir (bk_database_get_path (database));
  if (!bk_log_guard_prepare_folder (dir, error))
    return NULL;
  path = new_backup_path (dir, kind, now);
  if (!bk_database_backup (database, path, error))
    return NULL;
  rotate (bk_database_get_path (database));
  return g_steal_pointer (&path);
}

/**
 * bk_backup_daily:
 *
 * Makes today's backup unless one exists.
 *
 * Returns: (transfer full) (nullable): the new backup's path; %NULL
 *   without an error when today's was already made
 */
char *
bk_backup_daily (BkDatabase  *database,
                 GDateTime   *now,
                 GError     **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  list = list_backups (bk_database_get_path (database), FALSE, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      BkBackupInfo *info = g_ptr_array_index (list, i);

      if (info->kind == BK_BACKUP_DAILY &&
          g_date_time_get_year (info->made) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (info->made) == g_date_time_get_day_of_year (now))
        return NULL;
    }
  return bk_backup_create (database, BK_BACKUP_DAILY, now, error);
}

/**
 * bk_backup_check_file:
 *
 * A file fit to restore from: a Backstretch log this version can read,
 * whole by the full integrity check. Only ever read.
 */
gboolean
bk_backup_check_file (const char  *path,
                      gint64      *out_runs,
                      GError     **error)
{
  BkLogProbe probe;
  sqlite3 *db = NULL;
  gboolean ok;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("%s is not a backup: no such file, or it is empty"), path);
      return FALSE;
    }
  if (!bk_log_guard_probe (path, &probe, error))
    return FALSE;
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      set_sqlite_error (db, sqlite3_errcode (db), path, error);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  ok = bk_log_guard_integrity (db, path, TRUE, error);
  sqlite3_close (db);
  if (ok && out_runs != NULL)
    *out_runs = count_runs (path);
  return ok;
}

/* What is there now is kept before it is replaced: through the backup API
 * when it reads, byte for byte (with its -wal) when it does not. */
static char *
keep_current (const char  *db_path,
              GDateTime   *now,
              GError     **error)
{
  g_autofree char *dir = bk_backup_dir (db_path);
  g_autofree char *kept = NULL;
  sqlite3 *db = NULL;
  gboolean copied = FALSE;

  if (!bk_log_guard_prepare_folder (dir, error))
    return NULL;
  kept = new_backup_path (dir, BK_BACKUP_BEFORE_RESTORE, now);
  if (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
                       NULL) == SQLITE_OK &&
      sqlite3_exec (db, "PRAGMA quick_check", NULL, NULL, NULL) == SQLITE_OK)
    {
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      copied = bk_backup_copy_to (db, db_path, kept, NULL);
    }
  sqlite3_close (db);
  if (copied)
    return g_steal_pointer (&kept);

  {
    static const char *suffixes[] = { "", "-wal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *from = g_strconcat (db_path, suffixes[i], NULL);
        g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);
        g_autofree char *contents = NULL;
        gsize length;

        if (!g_file_test (from, G_FILE_TEST_IS_REGULAR))
          continue;
        if (!g_file_get_contents (from, &contents, &length, error) ||
            !bk_safe_file_set_contents (to, contents, length, error))
          return NULL;
      }
  }
  return g_steal_pointer (&kept);
}

/**
 * bk_backup_restore:
 * @out_kept: (out) (optional): where the log it replaced was kept
 *
 * Replaces the log at @db_path with the backup @from_path, after checking
 * the backup and keeping the current log as a backup of its own. A healthy
 * log is overwritten through the backup API, in one transaction; a damaged
 * one is replaced by a new file renamed over it.
 */
gboolean
bk_backup_restore (const char  *db_path,
                   const char  *from_path,
                   GDateTime   *now,
                   char       **out_kept,
                   GError     **error)
{
  g_autofree char *kept = NULL;
  sqlite3 *from = NULL;
  sqlite3 *live = NULL;
  gboolean done = FALSE;
  int rc;

  g_return_val_if_fail (db_path != NULL && from_path != NULL && now != NULL, FALSE);

  {
    g_autofree char *a = g_canonicalize_filename (db_path, NULL);
    g_autofree char *b = g_canonicalize_filename (from_path, NULL);

    if (g_str_equal (a, b))
      {
        g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_FAILED,
                     _("%s is the log itself; choose a backup to restore"), from_path);
        return FALSE;
      }
  }
  if (!bk_backup_check_file (from_path, NULL, error))
    return FALSE;
  if (!bk_log_guard_check_files (db_path, error))
    return FALSE;

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      kept = keep_current (db_path, now, error);
      if (kept == NULL)
        return FALSE;
    }

  rc = sqlite3_open_v2 (from_path, &from, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (from, rc, from_path, error);
      sqlite3_close (from);
      return FALSE;
    }
  sqlite3_db_config (from, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);

  if (kept != NULL &&
      sqlite3_open_v2 (db_path, &live, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
                       NULL) == SQLITE_OK &&
      sqlite3_exec (live, "PRAGMA quick_check", NULL, NULL, NULL) == SQLITE_OK)
    {
      sqlite3_backup *backup = sqlite3_backup_init (live, "main", from, "main");

      sqlite3_busy_timeout (live, 5000);
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          done = rc == SQLITE_DONE;
        }
    }
  sqlite3_close (live);

  if (!done)
    {
      static const char *stale[] = { "-wal", "-shm", "-journal" };

      /* The damaged log and its -wal are kept above; a stale -wal left
       * beside the new file would be replayed into it. */
      for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
        {
          g_autofree char *name = g_strconcat (db_path, stale[i], NULL);
          g_unlink (name);
        }
      done = bk_backup_copy_to (from, from_path, db_path, error);
    }
  sqlite3_close (from);
  if (!done)
    return FALSE;

  if (out_kept != NULL)
    *out_kept = g_steal_pointer (&kept);
  return TRUE;
}
