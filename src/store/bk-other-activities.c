/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-other-activities"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-date.h"
#include "bk-other-activities.h"

/**
 * bk_other_activities_add:
 * @started_at: the start, in the runner's time zone
 * @kind: what the sport counts as among sessions that are not runs
 * @distance_m: metres, or a negative number when unknown
 * @duration_s: seconds, or a negative number when unknown
 *
 * Stores one activity inside a transaction the caller holds.
 */
gboolean
bk_other_activities_add (BkDatabase  *database,
                         GDateTime   *started_at,
                         BkSessionKind kind,
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
                              "INSERT INTO other_activities (started_at, sport, distance_m, duration_s, source, kind)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
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
  sqlite3_bind_text (stmt, 6, bk_session_kind_to_string (kind), -1, SQLITE_STATIC);
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

/* One session's fields in the parameters ?1 to ?8 that adding and editing
 * share: start, sport, distance, duration, kind, RPE, notes, id. */
static void
bind_session (sqlite3_stmt    *stmt,
              const BkSession *session)
{
  g_autofree char *start = bk_date_time_to_rfc3339 (session->started_at);

  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, session->sport != NULL && *session->sport != '\0'
                              ? session->sport : bk_session_kind_to_string (session->kind),
                     -1, SQLITE_TRANSIENT);
  if (session->distance_m >= 0)
    sqlite3_bind_double (stmt, 3, session->distance_m);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int64 (stmt, 4, session->duration_s);
  sqlite3_bind_text (stmt, 5, bk_session_kind_to_string (session->kind), -1, SQLITE_STATIC);
  if (session->rpe > 0)
    sqlite3_bind_int (stmt, 6, session->rpe);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, session->notes != NULL ? session->notes : "", -1, SQLITE_TRANSIENT);
  /* A session put back by Undo keeps its id; a new one is given one. */
  if (session->id > 0)
    sqlite3_bind_int64 (stmt, 8, session->id);
  else
    sqlite3_bind_null (stmt, 8);
}

/**
 * bk_other_activities_add_session:
 * @session: a session the runner typed; its id is set (one it has
 *   already, as a deleted session put back, is kept)
 *
 * Checks and stores one session in a transaction of its own: all of it or
 * nothing.
 */
gboolean
bk_other_activities_add_session (BkDatabase  *database,
                                 BkSession   *session,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  if (!bk_session_validate (session, error))
    return FALSE;
  if (!bk_database_begin (database, error))
    return FALSE;
  stmt = bk_database_prepare (database,
                              "INSERT INTO other_activities (started_at, sport, distance_m, duration_s, source,"
                              " kind, rpe, notes, id) VALUES (?1, ?2, ?3, ?4, '', ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    {
      bk_database_rollback (database);
      return FALSE;
    }
  bind_session (stmt, session);
  if (!bk_database_step_done (database, stmt, error))
    {
      bk_database_rollback (database);
      return FALSE;
    }
  session->id = sqlite3_last_insert_rowid (bk_database_get_handle (database));
  if (!bk_database_commit (database, error))
    {
      bk_database_rollback (database);
      session->id = 0;
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_other_activities_update_session:
 * @session: an edited session, by its id
 *
 * Checks and stores the runner's fields of a session (kind, start,
 * duration, effort, notes); what an import read (sport, distance) stays.
 * All of it or nothing: a session that is no longer there is an error.
 */
gboolean
bk_other_activities_update_session (BkDatabase      *database,
                                    const BkSession *session,
                                    GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (session != NULL && session->id > 0, FALSE);

  if (!bk_session_validate (session, error))
    return FALSE;
  /* ?2 and ?3 (the sport and distance) are bound and not used. */
  stmt = bk_database_prepare (database,
                              "UPDATE other_activities SET started_at = ?1, duration_s = ?4, kind = ?5, rpe = ?6,"
                              " notes = ?7 WHERE id = ?8", error);
  if (stmt == NULL)
    return FALSE;
  bind_session (stmt, session);
  if (!bk_database_step_done (database, stmt, error))
    return FALSE;
  if (sqlite3_changes (bk_database_get_handle (database)) == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("The session is no longer in the log"));
      return FALSE;
    }
  return TRUE;
}

static gpointer
read_session (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
  const char *kind_id = (const char *) sqlite3_column_text (stmt, 2);
  BkSessionKind kind = BK_SESSION_KIND_OTHER;
  BkSession *session;

  if (start == NULL)
    return NULL;
  bk_session_kind_from_string (kind_id, &kind);
  session = bk_session_new (kind, start, sqlite3_column_int64 (stmt, 3));
  session->id = sqlite3_column_int64 (stmt, 0);
  session->rpe = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? 0 : sqlite3_column_int (stmt, 4);
  g_free (session->notes);
  session->notes = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  g_free (session->sport);
  session->sport = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  session->distance_m = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? -1 : sqlite3_column_double (stmt, 7);
  return session;
}

static void
bind_days (sqlite3_stmt *stmt,
           guint32       from_julian,
           guint32       to_julian)
{
  g_autofree char *from = bk_date_to_iso (from_julian);
  g_autofree char *to = bk_date_to_iso (to_julian);

  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
}

/**
 * bk_other_activities_list:
 *
 * The sessions of the local days @from_julian to @to_julian inclusive, in
 * time order. A session without a time counts 0 minutes.
 *
 * Returns: (transfer full) (element-type BkSession) (nullable): the
 *   sessions, freed with the array
 */
GPtrArray *
bk_other_activities_list (BkDatabase  *database,
                          guint32      from_julian,
                          guint32      to_julian,
                          GError     **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_session_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database,
                              "SELECT id, started_at, kind, coalesce (duration_s, 0), rpe, notes, sport, distance_m"
                              " FROM other_activities WHERE substr (started_at, 1, 10) BETWEEN ?1 AND ?2"
                              " ORDER BY unixepoch (started_at), id", error);
  if (stmt == NULL)
    return NULL;
  bind_days (stmt, from_julian, to_julian);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BkSession *session = read_session (stmt);

      if (session != NULL)
        g_ptr_array_add (sessions, session);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&sessions);
}

/**
 * bk_other_activities_days:
 *
 * The sessions summed per local day, for the training status beside the
 * runs' daily totals.
 *
 * Returns: (transfer full) (element-type BkSessionDay) (nullable): days in
 *   order
 */
GArray *
bk_other_activities_days (BkDatabase  *database,
                          guint32      from_julian,
                          guint32      to_julian,
                          GError     **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database,
                              "SELECT CAST (julianday (substr (started_at, 1, 10)) + 0.5 AS INTEGER) - 1721425,"
                              " total (duration_s), total (rpe * duration_s / 60.0), count (*), count (rpe)"
                              " FROM other_activities WHERE substr (started_at, 1, 10) BETWEEN ?1 AND ?2"
                              " GROUP BY substr (started_at, 1, 10) ORDER BY 1", error);
  if (stmt == NULL)
    return NULL;
  bind_days (stmt, from_julian, to_julian);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BkSessionDay day = { 0 };

      day.julian = (guint32) sqlite3_column_int64 (stmt, 0);
      day.duration_s = (gint64) sqlite3_column_double (stmt, 1);
      day.srpe = sqlite3_column_double (stmt, 2);
      day.sessions = (guint) sqlite3_column_int (stmt, 3);
      day.rpe_sessions = (guint) sqlite3_column_int (stmt, 4);
      g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}
