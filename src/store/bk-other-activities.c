/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-other-activities"

#include <math.h>

#include "core/bk-date.h"
#include "bk-other-activities.h"

/**
 * bk_other_activities_add:
 * @started_at: the start, in the runner's time zone
 * @distance_m: metres, or a negative number when unknown
 * @duration_s: seconds, or a negative number when unknown
 *
 * Stores one activity inside a transaction the caller holds.
 */
gboolean
bk_other_activities_add (BkDatabase  *database,
                         GDateTime   *started_at,
                         const char  *sport,
                         double       distance_m,
                         double       duration_s,
                         const char  *source,
                         gint64      *out_id,
                         GError     **error)
{
  g_autofree char *start = NULL;
  g_autofree char *sport_name = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (started_at != NULL, FALSE);

  stmt = bk_database_prepare (database,
                              "INSERT INTO other_activities (started_at, sport, distance_m, duration_s, source)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  start = bk_date_time_to_rfc3339 (started_at);
  sport_name = g_utf8_make_valid (sport != NULL && *sport != '\0' ? sport : "other", -1);
  if (g_utf8_strlen (sport_name, -1) > 64)
    *g_utf8_offset_to_pointer (sport_name, 64) = '\0';
  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sport_name, -1, SQLITE_TRANSIENT);
  if (distance_m >= 0 && distance_m <= 10000000)
    sqlite3_bind_double (stmt, 3, distance_m);
  else
    sqlite3_bind_null (stmt, 3);
  if (duration_s >= 0 && duration_s <= 2592000)
    sqlite3_bind_int64 (stmt, 4, (gint64) llround (duration_s));
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, source != NULL ? source : "", -1, SQLITE_TRANSIENT);
  if (!bk_database_step_done (database, stmt, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (bk_database_get_handle (database));
  return TRUE;
}

/* The same activity imported again: the same sport within two minutes. */
gboolean
bk_other_activities_find_similar (BkDatabase  *database,
                                  gint64       unix_start,
                                  const char  *sport,
                                  gint64      *out_id,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (out_id != NULL, FALSE);

  *out_id = 0;
  stmt = bk_database_prepare (database,
                              "SELECT id FROM other_activities WHERE unixepoch (started_at) BETWEEN ?1 AND ?2"
                              " AND sport = ?3 LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unix_start - 120);
  sqlite3_bind_int64 (stmt, 2, unix_start + 120);
  sqlite3_bind_text (stmt, 3, sport != NULL && *sport != '\0' ? sport : "other", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_id = sqlite3_column_int64 (stmt, 0);
  return bk_database_finish_lookup (database, stmt, rc, error);
}

/**
 * bk_other_activities_delete:
 * @ids: (element-type gint64): what an import added, to undo it
 */
gboolean
bk_other_activities_delete (BkDatabase  *database,
                            GArray      *ids,
                            GError     **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  if (ids->len == 0)
    return TRUE;
  if (!bk_database_begin (database, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = bk_database_prepare (database, "DELETE FROM other_activities WHERE id = ?1", error);

      if (stmt == NULL)
        {
          bk_database_rollback (database);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      if (!bk_database_step_done (database, stmt, error))
        {
          bk_database_rollback (database);
          return FALSE;
        }
    }
  return bk_database_commit (database, error);
}

gint64
bk_other_activities_count (BkDatabase  *database,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), -1);

  stmt = bk_database_prepare (database, "SELECT count (*) FROM other_activities", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    bk_database_set_error (database, rc, error);
  sqlite3_reset (stmt);
  return count;
}
