/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-settings"

#include <math.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
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
  return bk_database_finish_lookup (database, stmt, rc, error);
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

static gboolean
read_metres (BkDatabase  *database,
             const char  *key,
             double      *out,
             GError     **error)
{
  g_autofree char *value = NULL;
  char *end = NULL;

  *out = 0;
  if (!bk_training_settings_get (database, key, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;
  *out = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (*out) || *out <= 0 || *out > BK_MAX_RUN_DISTANCE_M)
    {
      g_warning ("Ignoring the unreadable distance “%s” stored for %s", value, key);
      *out = 0;
    }
  return TRUE;
}

/**
 * bk_training_settings_get_baseline:
 * @out_baseline: (out): the baseline; set_on 0 when none is stored or a
 *   part of it cannot be read
 */
gboolean
bk_training_settings_get_baseline (BkDatabase  *database,
                                   BkBaseline  *out_baseline,
                                   GError     **error)
{
  BkBaseline baseline = { 0 };

  g_return_val_if_fail (out_baseline != NULL, FALSE);

  *out_baseline = baseline;
  if (!bk_training_settings_get_date (database, BK_TRAINING_BASELINE_ON, &baseline.set_on, error) ||
      !read_metres (database, BK_TRAINING_BASELINE_LONGEST, &baseline.longest_m, error) ||
      !read_metres (database, BK_TRAINING_BASELINE_WEEKLY, &baseline.weekly_m, error))
    return FALSE;
  if (baseline.set_on != 0 && baseline.longest_m > 0 && baseline.weekly_m > 0)
    *out_baseline = baseline;
  return TRUE;
}

static char *
format_metres (double metres)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.1f", metres));
}

/**
 * bk_training_settings_set_baseline:
 * @baseline: (nullable): the baseline; %NULL or set_on 0 removes it
 *
 * Writes the three keys in one transaction: a baseline is never half kept.
 */
gboolean
bk_training_settings_set_baseline (BkDatabase       *database,
                                   const BkBaseline *baseline,
                                   GError          **error)
{
  gboolean clear = baseline == NULL || baseline->set_on == 0;
  g_autofree char *longest = clear ? NULL : format_metres (baseline->longest_m);
  g_autofree char *weekly = clear ? NULL : format_metres (baseline->weekly_m);

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (clear || (baseline->longest_m > 0 && baseline->weekly_m > 0), FALSE);

  if (!bk_database_begin (database, error))
    return FALSE;
  if (!bk_training_settings_set_date (database, BK_TRAINING_BASELINE_ON, clear ? 0 : baseline->set_on, error) ||
      !bk_training_settings_set (database, BK_TRAINING_BASELINE_LONGEST, longest, error) ||
      !bk_training_settings_set (database, BK_TRAINING_BASELINE_WEEKLY, weekly, error) ||
      !bk_database_commit (database, error))
    {
      bk_database_rollback (database);
      return FALSE;
    }
  return TRUE;
}
