/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/bk-date.h"
#include "bk-row-mirror.h"
#include "bk-run-days.h"
#include "bk-run-store.h"

/* What an update or delete of a row that is gone says. */
#define NOT_FOUND _("The run no longer exists; it may have been deleted")

struct _BkRunStore
{
  GObject     parent_instance;

  BkDatabase *database;
  /* Loaded on first use: the command line never needs every run. */
  BkRowMirror mirror;
  /* When each deleted run was logged (id to created_at), so that undoing
   * the delete puts it back as it was: not as a run logged just now. */
  GHashTable *deleted_logged_at;
  gboolean    restoring;
};

G_DEFINE_FINAL_TYPE (BkRunStore, bk_run_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define RUN_COLUMNS "id, started_at, distance_m, duration_s, rpe, surface, elevation_m, notes, source, shoe_id"

static void
bk_run_store_dispose (GObject *object)
{
  BkRunStore *self = (BkRunStore *)object;

  bk_row_mirror_clear (&self->mirror);
  g_clear_object (&self->database);
  g_clear_pointer (&self->deleted_logged_at, g_hash_table_unref);

  G_OBJECT_CLASS (bk_run_store_parent_class)->dispose (object);
}

static void
bk_run_store_class_init (BkRunStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_run_store_dispose;

  /**
   * BkRunStore::changed:
   *
   * Emitted after any run was added, changed or deleted, so that summaries
   * computed from the whole log can be refreshed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bk_run_store_init (BkRunStore *self)
{
  bk_row_mirror_init (&self->mirror, BK_TYPE_RUN, bk_run_compare_newest_first,
                      (BkRowIdFunc) bk_run_get_id);
  self->deleted_logged_at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

BkRunStore *
bk_run_store_new (BkDatabase *database)
{
  BkRunStore *self;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  self = g_object_new (BK_TYPE_RUN_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

BkDatabase *
bk_run_store_get_database (BkRunStore *self)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);
  return self->database;
}

static char *
format_started_at (GDateTime *dt)
{
  /* Local wall time with its offset: the date part is the runner's day. */
  return bk_date_time_to_rfc3339 (dt);
}

/* A BkDatabaseRowFunc: returns a new BkRun. */
static gpointer
run_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) started = NULL;
  BkRun *run;
  BkSurface surface = BK_SURFACE_NONE;

  started = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
  if (started == NULL)
    started = g_date_time_new_from_unix_utc (0);

  run = bk_run_new (started, sqlite3_column_double (stmt, 2), sqlite3_column_int64 (stmt, 3));
  bk_run_set_id (run, sqlite3_column_int64 (stmt, 0));
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    bk_run_set_rpe (run, sqlite3_column_int (stmt, 4));
  bk_surface_from_string ((const char *) sqlite3_column_text (stmt, 5), &surface);
  bk_run_set_surface (run, surface);
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    bk_run_set_elevation (run, sqlite3_column_double (stmt, 6));
  bk_run_set_notes (run, (const char *) sqlite3_column_text (stmt, 7));
  bk_run_set_source (run, (const char *) sqlite3_column_text (stmt, 8));
  bk_run_set_shoe_id (run, sqlite3_column_int64 (stmt, 9));
  return run;
}

/* Binds parameters 1..7 in RUN_COLUMNS order, less the id. */
static void
bind_run (sqlite3_stmt *stmt,
          BkRun        *run)
{
  g_autofree char *started = format_started_at (bk_run_get_started_at (run));
  const char *surface = bk_surface_to_string (bk_run_get_surface (run));

  sqlite3_bind_text (stmt, 1, started, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 2, bk_run_get_distance (run));
  sqlite3_bind_int64 (stmt, 3, bk_run_get_duration (run));
  if (bk_run_get_rpe (run) > 0)
    sqlite3_bind_int (stmt, 4, bk_run_get_rpe (run));
  else
    sqlite3_bind_null (stmt, 4);
  if (surface != NULL)
    sqlite3_bind_text (stmt, 5, surface, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  if (bk_run_get_elevation (run) >= 0)
    sqlite3_bind_double (stmt, 6, bk_run_get_elevation (run));
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, bk_run_get_notes (run), -1, SQLITE_TRANSIENT);
}

static gboolean
insert_run (BkRunStore  *self,
            BkRun       *run,
            gboolean     keep_id,
            GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = bk_database_prepare (self->database,
                              "INSERT INTO runs (started_at, distance_m, duration_s, rpe,"
                              " surface, elevation_m, notes, id, source, created_at, shoe_id)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, COALESCE (?10, unixepoch ()),"
                              " (SELECT id FROM shoes WHERE id = ?11))",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_run (stmt, run);
  if (keep_id && bk_run_get_id (run) > 0)
    sqlite3_bind_int64 (stmt, 8, bk_run_get_id (run));
  else
    sqlite3_bind_null (stmt, 8);
  sqlite3_bind_text (stmt, 9, bk_run_get_source (run), -1, SQLITE_TRANSIENT);
  if (keep_id)
    {
      gint64 id = bk_run_get_id (run);
      gint64 *logged_at = g_hash_table_lookup (self->deleted_logged_at, &id);

      if (logged_at != NULL)
        sqlite3_bind_int64 (stmt, 10, *logged_at);
      else
        sqlite3_bind_null (stmt, 10);
    }
  else
    sqlite3_bind_null (stmt, 10);
  /* A run put back after its shoes were deleted keeps no shoes. */
  sqlite3_bind_int64 (stmt, 11, bk_run_get_shoe_id (run));

  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;

  bk_run_set_id (run, sqlite3_last_insert_rowid (bk_database_get_handle (self->database)));
  return TRUE;
}

static gboolean
add_runs (BkRunStore  *self,
          BkRun      **runs,
          guint        n_runs,
          gboolean     keep_id,
          GError     **error)
{
  if (!bk_database_begin (self->database, error))
    return FALSE;

  for (guint i = 0; i < n_runs; i++)
    {
      if (!insert_run (self, runs[i], keep_id, error))
        {
          bk_database_rollback (self->database);
          /* Nothing was stored, so no run keeps an id it was given. */
          for (guint j = 0; j < i && !keep_id; j++)
            bk_run_set_id (runs[j], 0);
          return FALSE;
        }
    }

  if (!bk_database_commit (self->database, error))
    return FALSE;

  for (guint i = 0; i < n_runs; i++)
    bk_row_mirror_added (&self->mirror, runs[i]);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * bk_run_store_add:
 * @run: a new run; its id is set on success
 */
gboolean
bk_run_store_add (BkRunStore  *self,
                  BkRun       *run,
                  GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_RUN (run), FALSE);
  g_return_val_if_fail (bk_run_get_id (run) == 0, FALSE);

  return add_runs (self, &run, 1, FALSE, error);
}

/**
 * bk_run_store_add_many:
 * @runs: (element-type BkRun): new runs, all stored or none
 */
gboolean
bk_run_store_add_many (BkRunStore  *self,
                       GPtrArray   *runs,
                       GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (runs != NULL, FALSE);

  if (runs->len == 0)
    return TRUE;
  return add_runs (self, (BkRun **) runs->pdata, runs->len, FALSE, error);
}

/**
 * bk_run_store_restore:
 * @run: a run that was deleted, with its old id
 *
 * Puts a deleted run back under the id it had, so that undo returns the
 * very same run.
 */
gboolean
bk_run_store_restore (BkRunStore  *self,
                      BkRun       *run,
                      GError     **error)
{
  gint64 id;
  gboolean restored;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_RUN (run), FALSE);

  id = bk_run_get_id (run);
  self->restoring = TRUE;
  restored = add_runs (self, &run, 1, TRUE, error);
  self->restoring = FALSE;
  if (restored)
    g_hash_table_remove (self->deleted_logged_at, &id);
  return restored;
}

/**
 * bk_run_store_is_restoring:
 *
 * Whether the "changed" being emitted is an undone delete: the run comes
 * back as it was, which is no news (issue 15: a restored run schedules
 * no reminder and announces no ramp-up again).
 */
gboolean
bk_run_store_is_restoring (BkRunStore *self)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);

  return self->restoring;
}

/* Keeps when run @id was logged, for bk_run_store_restore(). */
static void
remember_logged_at (BkRunStore *self,
                    gint64      id)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = bk_database_prepare (self->database, "SELECT created_at FROM runs WHERE id = ?1", &error);

  if (stmt == NULL)
    {
      g_debug ("Could not read when run %" G_GINT64_FORMAT " was logged: %s", id, error->message);
      return;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (self->deleted_logged_at, g_memdup2 (&id, sizeof id),
                         g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)));
  sqlite3_reset (stmt);
}

gboolean
bk_run_store_update (BkRunStore  *self,
                     BkRun       *run,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_RUN (run), FALSE);
  g_return_val_if_fail (bk_run_get_id (run) > 0, FALSE);

  stmt = bk_database_prepare (self->database,
                              "UPDATE runs SET started_at = ?1, distance_m = ?2, duration_s = ?3,"
                              " rpe = ?4, surface = ?5, elevation_m = ?6, notes = ?7,"
                              " shoe_id = (SELECT id FROM shoes WHERE id = ?9),"
                              " updated_at = unixepoch () WHERE id = ?8",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_run (stmt, run);
  sqlite3_bind_int64 (stmt, 8, bk_run_get_id (run));
  sqlite3_bind_int64 (stmt, 9, bk_run_get_shoe_id (run));
  if (!bk_database_step_changed (self->database, stmt, NOT_FOUND, error))
    return FALSE;

  bk_row_mirror_changed (&self->mirror, run);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
bk_run_store_delete (BkRunStore  *self,
                     gint64       id,
                     GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);

  remember_logged_at (self, id);
  if (!bk_database_delete_by_id (self->database, "runs", id, NOT_FOUND, error))
    return FALSE;

  bk_row_mirror_removed (&self->mirror, id);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

BkRun *
bk_run_store_get (BkRunStore  *self,
                  gint64       id,
                  GError     **error)
{
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT " RUN_COLUMNS " FROM runs WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  not_found = g_strdup_printf (_("There is no run with id %" G_GINT64_FORMAT), id);
  return bk_database_get_one (self->database, stmt, run_from_row, not_found, error);
}

/**
 * bk_run_store_list:
 * @limit: at most this many runs; 0 for all
 *
 * Returns: (transfer full) (element-type BkRun): runs, newest first
 */
GPtrArray *
bk_run_store_list (BkRunStore  *self,
                   guint        offset,
                   guint        limit,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);

  /* Ordered by the instant, not the text: offsets differ across DST. */
  stmt = bk_database_prepare (self->database,
                              "SELECT " RUN_COLUMNS " FROM runs"
                              " ORDER BY unixepoch (started_at) DESC, id DESC"
                              " LIMIT ?1 OFFSET ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1);
  sqlite3_bind_int64 (stmt, 2, offset);
  return bk_database_collect (self->database, stmt, run_from_row, error);
}

gint64
bk_run_store_count (BkRunStore  *self,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), -1);

  stmt = bk_database_prepare (self->database, "SELECT count(*) FROM runs", error);
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    bk_database_set_error (self->database, sqlite3_errcode (bk_database_get_handle (self->database)), error);
  sqlite3_reset (stmt);
  return count;
}

/**
 * bk_run_store_get_model:
 *
 * Returns: (transfer none): every run, newest first, kept up to date as
 *   runs are added, edited and deleted through this store
 */
GListModel *
bk_run_store_get_model (BkRunStore *self)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);

  if (!bk_row_mirror_is_loaded (&self->mirror))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) runs = NULL;

      runs = bk_run_store_list (self, 0, 0, &error);
      if (runs == NULL)
        g_warning ("Could not read runs: %s", error->message);
      bk_row_mirror_load (&self->mirror, runs);
    }
  return G_LIST_MODEL (self->mirror.model);
}

/**
 * bk_run_store_daily_totals:
 *
 * The daily series from @from_julian to @to_julian inclusive: one row per
 * local day with runs, read from the table the triggers keep
 * (bk_run_days_read(), the one reader of it).
 *
 * Returns: (transfer full) (element-type BkDayTotal): days in order
 */
GArray *
bk_run_store_daily_totals (BkRunStore  *self,
                           guint32      from_julian,
                           guint32      to_julian,
                           GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);
  return bk_run_days_read (self->database, from_julian, to_julian, error);
}

/**
 * bk_run_store_insert_quietly:
 * @run: a new run; its id is set on success
 *
 * Stores @run inside a transaction the caller holds, without telling
 * anyone: an import of a thousand runs updates the pages once, through
 * bk_run_store_announce() after its last commit.
 */
gboolean
bk_run_store_insert_quietly (BkRunStore  *self,
                             BkRun       *run,
                             GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_RUN (run), FALSE);
  g_return_val_if_fail (bk_run_get_id (run) == 0, FALSE);

  return insert_run (self, run, FALSE, error);
}

/**
 * bk_run_store_announce:
 * @runs: (element-type BkRun): runs stored by bk_run_store_insert_quietly()
 *   and committed
 */
void
bk_run_store_announce (BkRunStore *self,
                       GPtrArray  *runs)
{
  g_return_if_fail (BK_IS_RUN_STORE (self));
  g_return_if_fail (runs != NULL);

  if (runs->len == 0)
    return;
  for (guint i = 0; i < runs->len; i++)
    bk_row_mirror_added (&self->mirror, g_ptr_array_index (runs, i));
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bk_run_store_delete_many:
 * @runs: (element-type BkRun): stored runs, all deleted or none
 *
 * Undoes an import in one transaction, with one update at the end. Runs
 * already deleted by other means are passed over.
 */
gboolean
bk_run_store_delete_many (BkRunStore  *self,
                          GPtrArray   *runs,
                          GError     **error)
{
  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (runs != NULL, FALSE);

  if (runs->len == 0)
    return TRUE;
  if (!bk_database_begin (self->database, error))
    return FALSE;
  for (guint i = 0; i < runs->len; i++)
    {
      sqlite3_stmt *stmt = bk_database_prepare (self->database, "DELETE FROM runs WHERE id = ?1", error);

      if (stmt == NULL)
        {
          bk_database_rollback (self->database);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, bk_run_get_id (g_ptr_array_index (runs, i)));
      if (!bk_database_step_done (self->database, stmt, error))
        {
          bk_database_rollback (self->database);
          return FALSE;
        }
    }
  if (!bk_database_commit (self->database, error))
    return FALSE;

  for (guint i = 0; i < runs->len; i++)
    bk_row_mirror_removed (&self->mirror, bk_run_get_id (g_ptr_array_index (runs, i)));
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* The same run, as a runner would see it: started within two minutes
 * (watch and phone clocks, a typed start rounded to the minute) and
 * within 3% of the distance (GPS and the device's totals differ). */
#define SAME_START_S 120
#define SAME_DISTANCE_FRACTION 0.03

/**
 * bk_run_store_find_similar:
 * @unix_start: when the run started, in seconds since 1970 (UTC)
 * @out_id: (out): the id of the run found, or 0
 *
 * Returns: %FALSE only on a database error
 */
gboolean
bk_run_store_find_similar (BkRunStore  *self,
                           gint64       unix_start,
                           double       distance_m,
                           gint64      *out_id,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), FALSE);
  g_return_val_if_fail (out_id != NULL, FALSE);

  *out_id = 0;
  stmt = bk_database_prepare (self->database,
                              "SELECT id FROM runs WHERE unixepoch (started_at) BETWEEN ?1 AND ?2"
                              " AND abs (distance_m - ?3) <= ?3 * ?4"
                              " ORDER BY abs (unixepoch (started_at) - ?5) LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unix_start - SAME_START_S);
  sqlite3_bind_int64 (stmt, 2, unix_start + SAME_START_S);
  sqlite3_bind_double (stmt, 3, distance_m);
  sqlite3_bind_double (stmt, 4, SAME_DISTANCE_FRACTION);
  sqlite3_bind_int64 (stmt, 5, unix_start);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_id = sqlite3_column_int64 (stmt, 0);
  return bk_database_finish_lookup (self->database, stmt, rc, error);
}

/**
 * bk_run_store_get_many:
 * @ids: (array length=n_ids): ids of runs
 *
 * Reads a page of runs in one query.
 *
 * Returns: (transfer full) (element-type BkRun): the runs that exist, in
 *   no particular order; %NULL on error
 */
GPtrArray *
bk_run_store_get_many (BkRunStore    *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT " RUN_COLUMNS " FROM runs WHERE id IN"
                              " (SELECT value FROM json_each (?1))",
                              error);
  if (stmt == NULL)
    return NULL;
  {
    g_autoptr(GString) list = g_string_new ("[");

    for (guint i = 0; i < n_ids; i++)
      g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
    g_string_append_c (list, ']');
    sqlite3_bind_text (stmt, 1, list->str, (int) list->len, SQLITE_TRANSIENT);
  }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (runs, run_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (self->database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&runs);
}
