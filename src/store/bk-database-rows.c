/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-database"

#include "bk-config.h"

#include "bk-database.h"

/* The row helpers every store uses, on top of bk-database.c: a list of
 * objects from a SELECT, one object by id, and an UPDATE or DELETE of one
 * row that refuses a row that is gone. */

/**
 * bk_database_step_changed:
 * @not_found: the message when no row changed, such as "The run no longer
 *   exists; it may have been deleted"
 *
 * Runs an UPDATE or DELETE of one row by id: a statement that changed
 * nothing is %BK_STORE_ERROR_NOT_FOUND with @not_found, the one place the
 * stores make that check.
 */
gboolean
bk_database_step_changed (BkDatabase    *self,
                          sqlite3_stmt  *stmt,
                          const char    *not_found,
                          GError       **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (not_found != NULL, FALSE);

  if (!bk_database_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (bk_database_get_handle (self)) == 0)
    {
      g_set_error_literal (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_database_delete_by_id:
 * @table: a table of ours with an integer `id` (a constant, never input)
 * @not_found: the message when there is no such row
 *
 * Deletes the row @id of @table, refusing a row that is not there.
 */
gboolean
bk_database_delete_by_id (BkDatabase  *self,
                          const char  *table,
                          gint64       id,
                          const char  *not_found,
                          GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  stmt = bk_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return bk_database_step_changed (self, stmt, not_found, error);
}

/**
 * bk_database_collect:
 * @stmt: a prepared, bound SELECT
 * @from_row: makes one object of the statement's current row
 *
 * Steps @stmt to the end, the one loop the stores list rows with.
 *
 * Returns: (transfer full) (element-type GObject) (nullable): the objects
 *   in the statement's order, %NULL with @error set when a step fails
 */
GPtrArray *
bk_database_collect (BkDatabase      *self,
                     sqlite3_stmt    *stmt,
                     BkDatabaseRowFunc from_row,
                     GError         **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (from_row != NULL, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/**
 * bk_database_get_one:
 * @stmt: a prepared SELECT of one row by id
 * @not_found: the message when there is no such row
 *
 * Returns: (transfer full) (nullable): the row's object, or %NULL with
 *   @error set (%BK_STORE_ERROR_NOT_FOUND when there is no row)
 */
gpointer
bk_database_get_one (BkDatabase        *self,
                     sqlite3_stmt      *stmt,
                     BkDatabaseRowFunc  from_row,
                     const char        *not_found,
                     GError           **error)
{
  gpointer item = NULL;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (from_row != NULL, NULL);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    item = from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND, not_found);
  else
    bk_database_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return item;
}

/**
 * bk_database_finish_lookup:
 * @rc: what sqlite3_step() gave, after the caller read its row if there
 *   was one
 *
 * Ends a SELECT of at most one row: resets @stmt, and treats anything but
 * a row or no row as an error.
 *
 * Returns: %FALSE, with @error set, if the step failed
 */
gboolean
bk_database_finish_lookup (BkDatabase    *self,
                           sqlite3_stmt  *stmt,
                           int            rc,
                           GError       **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);

  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bk_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}
