/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-log-care"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "store/bk-backup.h"
#include "bk-command.h"
#include "bk-log-care.h"

/* Looking after the log: backups on demand and daily, the full integrity
 * check on demand and weekly, and restoring from a backup. */

static gint64
count_runs (BkContext *context)
{
  return bk_run_store_count (bk_context_get_run_store (context), NULL);
}

/* --backup FILE */
int
bk_log_care_backup (BkContext  *context,
                    const char *dest_path,
                    GString    *out,
                    GString    *err)
{
  g_autoptr(GError) error = NULL;
  gint64 runs;

  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_EXIT_FAILURE);

  if (!bk_database_backup (bk_context_get_database (context), dest_path, &error))
    {
      g_string_append_printf (err, _("Could not back up the log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  runs = count_runs (context);
  g_string_append_printf (out, ngettext ("Backed up the log (%" G_GINT64_FORMAT " run) to %s\n",
                                         "Backed up the log (%" G_GINT64_FORMAT " runs) to %s\n", runs),
                          runs, dest_path);
  return BK_EXIT_OK;
}

/**
 * bk_log_care_describe_check:
 *
 * Runs the full integrity check on the open log.
 *
 * Returns: (transfer full) (nullable): a sentence for the user, or %NULL
 *   with @error saying what is wrong and what to do
 */
char *
bk_log_care_describe_check (BkContext  *context,
                            GError    **error)
{
  GError *local_error = NULL;
  gint64 runs;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  if (!bk_database_check (bk_context_get_database (context), &local_error))
    {
      bk_database_refuse_writes (bk_context_get_database (context), local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }
  bk_log_care_mark_checked (context);
  runs = count_runs (context);
  return g_strdup_printf (ngettext ("The log is whole: every page and index of %s checked "
                                    "(%" G_GINT64_FORMAT " run).",
                                    "The log is whole: every page and index of %s checked "
                                    "(%" G_GINT64_FORMAT " runs).", runs),
                          bk_database_get_path (bk_context_get_database (context)), runs);
}

/* --check */
int
bk_log_care_check (BkContext *context,
                   GString   *out,
                   GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = bk_log_care_describe_check (context, &error);

  if (result == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      return BK_EXIT_FAILURE;
    }
  g_string_append_printf (out, "%s\n", result);
  return BK_EXIT_OK;
}

/* --restore FILE: runs without opening the log, which may be the damaged
 * file being replaced. */
int
bk_log_care_restore (const char *data_dir,
                     const char *from_path,
                     GDateTime  *now,
                     GString    *out,
                     GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkDatabase) restored = NULL;
  g_autofree char *path = g_build_filename (data_dir, BK_DATABASE_FILENAME, NULL);
  g_autofree char *kept = NULL;
  sqlite3_stmt *stmt;
  gint64 runs = 0;

  if (!bk_backup_restore (path, from_path, now, &kept, &error))
    {
      g_string_append_printf (err, _("Did not restore %s: %s\n"), from_path, error->message);
      return BK_EXIT_FAILURE;
    }
  /* Opening brings an older backup up to this version, with its checks. */
  restored = bk_database_open (path, &error);
  if (restored == NULL)
    {
      g_string_append_printf (err, _("Restored %s, but it does not open: %s\n"), from_path, error->message);
      return BK_EXIT_FAILURE;
    }
  stmt = bk_database_prepare (restored, "SELECT count(*) FROM runs", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    runs = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  g_string_append_printf (out, ngettext ("Restored the log from %s (%" G_GINT64_FORMAT " run).\n",
                                         "Restored the log from %s (%" G_GINT64_FORMAT " runs).\n", runs),
                          from_path, runs);
  if (kept != NULL)
    g_string_append_printf (out, _("The log it replaced is kept as %s\n"), kept);
  return BK_EXIT_OK;
}

static char *
stamp_path (BkContext *context)
{
  g_autofree char *dir = bk_backup_dir (bk_database_get_path (bk_context_get_database (context)));

  return g_build_filename (dir, ".last-full-check", NULL);
}

gboolean
bk_log_care_check_due (BkContext *context,
                       GDateTime *now)
{
  g_autofree char *stamp = stamp_path (context);
  GStatBuf st;

  if (g_stat (stamp, &st) != 0)
    return TRUE;
  return g_date_time_to_unix (now) - (gint64) st.st_mtime >= BK_LOG_CHECK_INTERVAL / G_TIME_SPAN_SECOND;
}

void
bk_log_care_mark_checked (BkContext *context)
{
  g_autofree char *stamp = stamp_path (context);
  g_autofree char *dir = g_path_get_dirname (stamp);

  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_file_set_contents_full (stamp, "", 0, G_FILE_SET_CONTENTS_NONE, 0600, NULL);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  /* A connection of its own, read-only: the window's stays free. */
  if (bk_backup_check_file (task_data, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
bk_log_care_check_async (BkContext           *context,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (context, cancellable, callback, user_data);

  g_task_set_source_tag (task, bk_log_care_check_async);
  g_task_set_task_data (task, g_strdup (bk_database_get_path (bk_context_get_database (context))), g_free);
  g_task_run_in_thread (task, check_thread);
}

/* A failed check also stops writes to the log until it is restored. */
gboolean
bk_log_care_check_finish (BkContext     *context,
                          GAsyncResult  *result,
                          GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, context), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      bk_database_refuse_writes (bk_context_get_database (context), local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  bk_log_care_mark_checked (context);
  return TRUE;
}

/**
 * bk_log_care_daily:
 *
 * Today's backup, once a day when the app runs; a failure is logged, not
 * fatal: the log itself is fine.
 */
void
bk_log_care_daily (BkContext *context,
                   GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  g_return_if_fail (BK_IS_CONTEXT (context));

  if (bk_context_get_is_demo (context))
    return;
  made = bk_backup_daily (bk_context_get_database (context), now, &error);
  if (error != NULL)
    g_message ("Daily backup failed: %s", error->message);
  else if (made != NULL)
    g_debug ("Daily backup: %s", made);
}

/**
 * bk_log_care_restore_open:
 * @out_kept: (out) (optional): where the replaced log was kept
 *
 * Restores the open log from @from_path and reopens it, so the window that
 * asked carries the restore out itself and shows the restored log at once.
 */
gboolean
bk_log_care_restore_open (BkContext   *context,
                          const char  *from_path,
                          GDateTime   *now,
                          char       **out_kept,
                          GError     **error)
{
  BkDatabase *database;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (from_path != NULL && now != NULL, FALSE);

  database = bk_context_get_database (context);
  if (!bk_backup_restore (bk_database_get_path (database), from_path, now, out_kept, error) ||
      !bk_database_reopen (database, error))
    return FALSE;
  g_signal_emit_by_name (bk_context_get_run_store (context), "changed");
  g_signal_emit_by_name (bk_context_get_stretch_store (context), "changed");
  return TRUE;
}
