/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-settings"

#include "core/bk-date.h"
#include "bk-training-settings.h"

/* Settings that belong to one training log rather than to the user's
 * desktop (GSettings): a plan start means nothing on another log. */

/**
 * bk_training_settings_get:
 * @out_value: (out) (transfer full) (nullable): the value, %NULL when unset
 */
gboolean
bk_training_settings_get (BkDatabase  *database,
                          const char  *key,
                          char       **out_value,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  *out_value = NULL;
  stmt = bk_database_prepare (database, "SELECT value FROM training_settings WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_training_settings_set:
 * @value: (nullable): the new value; %NULL removes the key
 */
gboolean
bk_training_settings_set (BkDatabase  *database,
                          const char  *key,
                          const char  *value,
                          GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value == NULL)
    stmt = bk_database_prepare (database, "DELETE FROM training_settings WHERE key = ?1", error);
  else
    stmt = bk_database_prepare (database,
                                "INSERT INTO training_settings (key, value) VALUES (?1, ?2)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return bk_database_step_done (database, stmt, error);
}

/**
 * bk_training_settings_get_date:
 * @out_julian: (out): the day, 0 when unset or unreadable
 */
gboolean
bk_training_settings_get_date (BkDatabase  *database,
                               const char  *key,
                               guint32     *out_julian,
                               GError     **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (out_julian != NULL, FALSE);

  *out_julian = 0;
  if (!bk_training_settings_get (database, key, &value, error))
    return FALSE;
  if (value != NULL && !bk_date_from_iso (value, out_julian))
    {
      g_warning ("Ignoring the unreadable date “%s” stored for %s", value, key);
      *out_julian = 0;
    }
  return TRUE;
}

/* A day of 0 clears the key. */
gboolean
bk_training_settings_set_date (BkDatabase  *database,
                               const char  *key,
                               guint32      julian,
                               GError     **error)
{
  g_autofree char *iso = julian != 0 ? bk_date_to_iso (julian) : NULL;

  return bk_training_settings_set (database, key, iso, error);
}

/**
 * bk_run_days_read:
 *
 * Reads the daily series from @from_julian to @to_julian inclusive from the
 * run_days table the triggers keep; the same rows as
 * bk_run_store_daily_totals(), without grouping every run.
 *
 * Returns: (transfer full) (element-type BkDayTotal) (nullable): days in order
 */
GArray *
bk_run_days_read (BkDatabase  *database,
                  guint32      from_julian,
                  guint32      to_julian,
                  GError     **error)
{
  g_autoptr(GArray) days = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database,
                              "SELECT julian, distance_m, duration_s, runs, longest_m, srpe, rpe_runs"
                              " FROM run_days WHERE julian BETWEEN ?1 AND ?2 ORDER BY julian",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_julian);
  sqlite3_bind_int64 (stmt, 2, to_julian);

  days = g_array_sized_new (FALSE, TRUE, sizeof (BkDayTotal), 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BkDayTotal *day;

      g_array_set_size (days, days->len + 1);
      day = &g_array_index (days, BkDayTotal, days->len - 1);
      day->julian = (guint32) sqlite3_column_int64 (stmt, 0);
      day->distance_m = sqlite3_column_double (stmt, 1);
      day->duration_s = sqlite3_column_int64 (stmt, 2);
      day->runs = (guint) sqlite3_column_int (stmt, 3);
      day->longest_m = sqlite3_column_double (stmt, 4);
      day->srpe = sqlite3_column_double (stmt, 5);
      day->rpe_runs = (guint) sqlite3_column_int (stmt, 6);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}
