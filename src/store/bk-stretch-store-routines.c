/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-stretch-store"

/* The routine, schedule and session half of BkStretchStore. */

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-stretch-store-private.h"

static const char *
timing_to_string (BkTiming timing)
{
  return timing == BK_TIMING_BEFORE_RUN ? "before" : "after";
}

/* Replaces a routine's items and schedule; inside the caller's transaction. */
static gboolean
write_routine_parts (BkStretchStore   *self,
                     const BkRoutine  *routine,
                     GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = bk_database_prepare (self->database, "DELETE FROM routine_items WHERE routine_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, routine->id);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;

  for (guint i = 0; i < routine->stretch_ids->len; i++)
    {
      stmt = bk_database_prepare (self->database,
                                  "INSERT INTO routine_items (routine_id, position, stretch_id)"
                                  " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, routine->id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, g_ptr_array_index (routine->stretch_ids, i), -1, SQLITE_TRANSIENT);
      if (!bk_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  stmt = bk_database_prepare (self->database,
                              "INSERT INTO schedules (routine_id, days, minute_of_day, after_run_min)"
                              " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (routine_id) DO UPDATE"
                              " SET days = ?2, minute_of_day = ?3, after_run_min = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, routine->id);
  sqlite3_bind_int (stmt, 2, routine->schedule.days);
  if (routine->schedule.minute_of_day >= 0)
    sqlite3_bind_int (stmt, 3, routine->schedule.minute_of_day);
  else
    sqlite3_bind_null (stmt, 3);
  if (routine->schedule.after_run_min > 0)
    sqlite3_bind_int (stmt, 4, routine->schedule.after_run_min);
  else
    sqlite3_bind_null (stmt, 4);
  return bk_database_step_done (self->database, stmt, error);
}

static gboolean
check_routine (const BkRoutine  *routine,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!bk_routine_name_is_valid (routine->name, &local_error) ||
      !bk_schedule_is_valid (&routine->schedule, &local_error))
    {
      g_set_error_literal (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Inside the caller's transaction; sets routine->id. */
static gboolean
insert_routine (BkStretchStore  *self,
                BkRoutine       *routine,
                GError         **error)
{
  g_autofree char *name = g_strstrip (g_strdup (routine->name));
  sqlite3_stmt *stmt;

  stmt = bk_database_prepare (self->database,
                              "INSERT INTO routines (name, timing, position)"
                              " VALUES (?1, ?2, (SELECT coalesce (max (position) + 1, 0) FROM routines))",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, timing_to_string (routine->timing), -1, SQLITE_STATIC);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  routine->id = sqlite3_last_insert_rowid (bk_database_get_handle (self->database));
  return write_routine_parts (self, routine, error);
}

/* Sets routine->id on success. */
gboolean
bk_stretch_store_add_routine (BkStretchStore  *self,
                              BkRoutine       *routine,
                              GError         **error)
{
  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (routine != NULL, FALSE);

  if (!check_routine (routine, error))
    return FALSE;
  if (!bk_database_begin (self->database, error))
    return FALSE;
  if (!insert_routine (self, routine, error) ||
      !bk_database_commit (self->database, error))
    goto fail;

  bk_stretch_store_emit_changed (self);
  return TRUE;

fail:
  routine->id = 0;
  bk_database_rollback (self->database);
  return FALSE;
}

/* Name, timing, items (their order) and schedule, all or nothing. */
gboolean
bk_stretch_store_update_routine (BkStretchStore   *self,
                                 const BkRoutine  *routine,
                                 GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (routine != NULL, FALSE);

  if (!check_routine (routine, error))
    return FALSE;
  if (!bk_database_begin (self->database, error))
    return FALSE;

  name = g_strstrip (g_strdup (routine->name));
  stmt = bk_database_prepare (self->database,
                              "UPDATE routines SET name = ?2, timing = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, routine->id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, timing_to_string (routine->timing), -1, SQLITE_STATIC);
  not_found = g_strdup_printf (_("No routine with id %" G_GINT64_FORMAT), routine->id);
  if (!bk_database_step_changed (self->database, stmt, not_found, error))
    goto fail;
  if (!write_routine_parts (self, routine, error) ||
      !bk_database_commit (self->database, error))
    goto fail;

  bk_stretch_store_emit_changed (self);
  return TRUE;

fail:
  bk_database_rollback (self->database);
  return FALSE;
}

gboolean
bk_stretch_store_delete_routine (BkStretchStore  *self,
                                 gint64           id,
                                 GError         **error)
{
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);

  not_found = g_strdup_printf (_("No routine with id %" G_GINT64_FORMAT), id);
  if (!bk_database_delete_by_id (self->database, "routines", id, not_found, error))
    return FALSE;
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

gboolean
bk_stretch_store_skip_today (BkStretchStore  *self,
                             gint64           routine_id,
                             guint32          julian,
                             GError         **error)
{
  g_autofree char *date = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (g_date_valid_julian (julian), FALSE);

  date = bk_date_to_iso (julian);
  stmt = bk_database_prepare (self->database,
                              "UPDATE schedules SET skipped_on = ?2 WHERE routine_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

/**
 * bk_stretch_store_snooze:
 * @until: Unix seconds the reminder comes back, or 0 to clear the snooze
 *   (it fired, or today was skipped)
 */
gboolean
bk_stretch_store_snooze (BkStretchStore  *self,
                         gint64           routine_id,
                         gint64           until,
                         GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (until >= 0, FALSE);

  stmt = bk_database_prepare (self->database,
                              "UPDATE schedules SET snoozed_until = nullif (?2, 0) WHERE routine_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, routine_id);
  sqlite3_bind_int64 (stmt, 2, until);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

static gboolean
read_items (BkStretchStore  *self,
            BkRoutine       *routine,
            GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = bk_database_prepare (self->database,
                              "SELECT stretch_id FROM routine_items WHERE routine_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, routine->id);
  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    g_ptr_array_add (routine->stretch_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return rc == SQLITE_DONE;
}

#define ROUTINE_SELECT \
  "SELECT r.id, r.name, r.timing, coalesce (s.days, 0), coalesce (s.minute_of_day, -1)," \
  " coalesce (s.after_run_min, -1), s.skipped_on, coalesce (s.snoozed_until, 0)" \
  " FROM routines r LEFT JOIN schedules s ON s.routine_id = r.id"

static GPtrArray *
read_routines (BkStretchStore  *self,
               sqlite3_stmt    *stmt,
               GError         **error)
{
  g_autoptr(GPtrArray) routines = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_routine_free);
  int rc;

  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      BkRoutine *r = bk_routine_new ((const char *) sqlite3_column_text (stmt, 1),
                                     g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "before") == 0
                                     ? BK_TIMING_BEFORE_RUN : BK_TIMING_AFTER_RUN);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->schedule.days = sqlite3_column_int (stmt, 3);
      r->schedule.minute_of_day = sqlite3_column_int (stmt, 4);
      r->schedule.after_run_min = sqlite3_column_int (stmt, 5);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        bk_date_from_iso ((const char *) sqlite3_column_text (stmt, 6), &r->skipped_julian);
      r->snoozed_until = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (routines, r);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  /* Items after the outer statement is done: both use the statement cache. */
  for (guint i = 0; i < routines->len; i++)
    if (!read_items (self, g_ptr_array_index (routines, i), error))
      return NULL;
  return g_steal_pointer (&routines);
}

/**
 * bk_stretch_store_list_routines:
 *
 * Returns: (transfer full) (element-type BkRoutine): every routine in order
 */
GPtrArray *
bk_stretch_store_list_routines (BkStretchStore  *self,
                                GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  stmt = bk_database_prepare (self->database, ROUTINE_SELECT " ORDER BY r.position, r.id", error);
  return stmt != NULL ? read_routines (self, stmt, error) : NULL;
}

BkRoutine *
bk_stretch_store_get_routine (BkStretchStore  *self,
                              gint64           id,
                              GError         **error)
{
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  stmt = bk_database_prepare (self->database, ROUTINE_SELECT " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  found = read_routines (self, stmt, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("No routine with id %" G_GINT64_FORMAT), id);
      return NULL;
    }
  return bk_routine_copy (g_ptr_array_index (found, 0));
}

static BkRoutine *
starting_routine (const char   *name,
                  BkSchedule    schedule,
                  const char  **ids)
{
  BkRoutine *routine = bk_routine_new (name, BK_TIMING_AFTER_RUN);

  routine->schedule = schedule;
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (routine->stretch_ids, g_strdup (ids[i]));
  return routine;
}

/**
 * bk_stretch_store_ensure_routines:
 *
 * On first use, creates the two starting routines, once: a user who
 * deletes them does not get them back.
 */
gboolean
bk_stretch_store_ensure_routines (BkStretchStore  *self,
                                  GError         **error)
{
  static const char *after_run[] = {
    "calf-wall", "hamstrings-standing", "hip-flexor-kneeling", "pigeon", "childs-pose", NULL
  };
  static const char *back_care[] = {
    "knee-to-chest", "half-lord-of-the-fishes", "lizard", "childs-pose", "glute-bridge", "plank", NULL
  };
  g_autoptr(BkRoutine) first = NULL;
  g_autoptr(BkRoutine) second = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);

  /* Read, and if need be written, under one write lock: two processes
   * starting a new log at once seed the routines exactly once. */
  if (!bk_database_begin (self->database, error))
    return FALSE;
  stmt = bk_database_prepare (self->database,
                              "SELECT 1 FROM stretch_state WHERE key = 'routines-seeded'", error);
  if (stmt == NULL)
    goto fail;
  if (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      sqlite3_reset (stmt);
      bk_database_rollback (self->database);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    goto fail;

  /* TRANSLATORS: the name of a starting routine; the user can rename it */
  first = starting_routine (_("After your run"), (BkSchedule) { 0, -1, 30 }, after_run);
  /* TRANSLATORS: the name of a starting routine; the user can rename it */
  second = starting_routine (_("Daily back care"), (BkSchedule) { BK_DAYS_ALL, 19 * 60, -1 }, back_care);

  if (!insert_routine (self, first, error) ||
      !insert_routine (self, second, error) ||
      !bk_database_exec (self->database,
                         "INSERT INTO stretch_state (key, value) VALUES ('routines-seeded', '1')",
                         error) ||
      !bk_database_commit (self->database, error))
    goto fail;

  bk_stretch_store_emit_changed (self);
  return TRUE;

fail:
  bk_database_rollback (self->database);
  return FALSE;
}

static char *
format_instant (GDateTime *dt)
{
  return bk_date_time_to_rfc3339 (dt);
}

gboolean
bk_stretch_store_add_session (BkStretchStore    *self,
                              BkStretchSession  *session,
                              GError           **error)
{
  g_autofree char *started = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (session != NULL && session->started_at != NULL, FALSE);

  started = format_instant (session->started_at);
  stmt = bk_database_prepare (self->database,
                              "INSERT INTO stretch_sessions (routine_id, routine_name, started_at,"
                              " planned_s, done_s, steps_total, steps_done, completed)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (session->routine_id > 0)
    sqlite3_bind_int64 (stmt, 1, session->routine_id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, session->routine_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, started, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, session->planned_s);
  sqlite3_bind_int (stmt, 5, session->done_s);
  sqlite3_bind_int (stmt, 6, session->steps_total);
  sqlite3_bind_int (stmt, 7, session->steps_done);
  sqlite3_bind_int (stmt, 8, session->completed ? 1 : 0);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  session->id = sqlite3_last_insert_rowid (bk_database_get_handle (self->database));
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

/**
 * bk_stretch_store_list_sessions:
 *
 * Returns: (transfer full) (element-type BkStretchSession): sessions whose
 *   local day lies in [@from_julian, @to_julian], oldest first
 */
GPtrArray *
bk_stretch_store_list_sessions (BkStretchStore  *self,
                                guint32          from_julian,
                                guint32          to_julian,
                                GError         **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_session_free);
  g_autofree char *from = bk_date_to_iso (from_julian);
  g_autofree char *to = bk_date_to_iso (to_julian);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT id, coalesce (routine_id, 0), routine_name, started_at, planned_s,"
                              " done_s, steps_total, steps_done, completed FROM stretch_sessions"
                              " WHERE local_date BETWEEN ?1 AND ?2 ORDER BY started_at, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      g_autoptr(GDateTime) started = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 3), NULL);
      BkStretchSession *s;

      if (started == NULL)
        started = g_date_time_new_from_unix_utc (0);
      s = bk_stretch_session_new (sqlite3_column_int64 (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2), started);
      s->id = sqlite3_column_int64 (stmt, 0);
      s->planned_s = sqlite3_column_int (stmt, 4);
      s->done_s = sqlite3_column_int (stmt, 5);
      s->steps_total = sqlite3_column_int (stmt, 6);
      s->steps_done = sqlite3_column_int (stmt, 7);
      s->completed = sqlite3_column_int (stmt, 8) != 0;
      g_ptr_array_add (sessions, s);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&sessions);
}

/**
 * bk_stretch_store_last_run_finished:
 * @logged_at: (out) (optional): when that run was logged (Unix seconds)
 *
 * A run logged more than an hour after it ended (typed for a past day,
 * added with --add-run or imported) is history, not a run just finished:
 * it is passed over.
 *
 * Returns: when the newest run logged within an hour of its end ended
 *   (Unix seconds), 0 if none, -1 on error; the base of "N minutes after a
 *   run" reminders
 */
gint64
bk_stretch_store_last_run_finished (BkStretchStore  *self,
                                    gint64          *logged_at,
                                    GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 ended = 0;
  int rc;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), -1);

  if (logged_at != NULL)
    *logged_at = 0;
  stmt = bk_database_prepare (self->database,
                              "SELECT unixepoch (started_at) + duration_s AS ended, created_at FROM runs"
                              " WHERE created_at - (unixepoch (started_at) + duration_s) <= 3600"
                              " ORDER BY created_at DESC, ended DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return -1;
  if (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      ended = sqlite3_column_int64 (stmt, 0);
      if (logged_at != NULL)
        *logged_at = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);
      return ended;
    }
  return rc == SQLITE_DONE ? 0 : -1;
}
