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
