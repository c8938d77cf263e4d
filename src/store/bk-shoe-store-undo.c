/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoe-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-shoe-store.h"

/* Deleting a pair with Undo (issue 16): the delete clears the pair's runs
 * (the foreign key) and its surface choices, so what Undo needs to put
 * them back is kept on the BkShoe itself until then. */

#define RUNS_KEY     "bk-shoe-store-runs"
#define SURFACES_KEY "bk-shoe-store-surfaces"

/* Appends a row's value to @values: a run's id, or a surface as a BkSurface. */
typedef void (*ReadRow) (sqlite3_stmt *stmt,
                         GArray       *values);

static void
read_id (sqlite3_stmt *stmt,
         GArray       *values)
{
  g_array_append_val (values, (gint64) { sqlite3_column_int64 (stmt, 0) });
}

static void
read_surface (sqlite3_stmt *stmt,
              GArray       *values)
{
  BkSurface surface = BK_SURFACE_NONE;

  if (bk_surface_from_string ((const char *) sqlite3_column_text (stmt, 0), &surface))
    g_array_append_val (values, (gint64) { surface });
}

/* Every row of @sql for the pair @id, as gint64 values. */
static GArray *
collect (BkDatabase  *database,
         const char  *sql,
         gint64       id,
         ReadRow      read,
         GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = bk_database_prepare (database, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read (stmt, values);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&values);
}

/**
 * bk_shoe_store_delete_keeping:
 * @shoe: a pair as read from the store
 *
 * Deletes the pair like bk_shoe_store_delete(), keeping on @shoe which
 * runs carried it and which surfaces it was chosen for, for
 * bk_shoe_store_restore().
 */
gboolean
bk_shoe_store_delete_keeping (BkDatabase  *database,
                              BkShoe      *shoe,
                              GError     **error)
{
  g_autoptr(GArray) runs = NULL;
  g_autoptr(GArray) surfaces = NULL;
  gint64 id;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (BK_IS_SHOE (shoe), FALSE);

  id = bk_shoe_get_id (shoe);
  runs = collect (database, "SELECT id FROM runs WHERE shoe_id = ?1", id, read_id, error);
  surfaces = runs == NULL ? NULL : collect (database, "SELECT surface FROM shoe_surface_defaults WHERE shoe_id = ?1",
                                            id, read_surface, error);
  if (surfaces == NULL || !bk_shoe_store_delete (database, id, error))
    return FALSE;
  g_object_set_data_full (G_OBJECT (shoe), RUNS_KEY, g_steal_pointer (&runs), (GDestroyNotify) g_array_unref);
  g_object_set_data_full (G_OBJECT (shoe), SURFACES_KEY, g_steal_pointer (&surfaces),
                          (GDestroyNotify) g_array_unref);
  return TRUE;
}

static gboolean
restore_in_transaction (BkDatabase  *database,
                        BkShoe      *shoe,
                        GError     **error)
{
  GArray *runs = g_object_get_data (G_OBJECT (shoe), RUNS_KEY);
  GArray *surfaces = g_object_get_data (G_OBJECT (shoe), SURFACES_KEY);
  sqlite3_stmt *stmt;

  stmt = bk_database_prepare (database,
                              "INSERT INTO shoes (id, name, brand, model, started_on, start_distance_m, limit_m,"
                              " retired, notified_wear) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, bk_shoe_get_id (shoe));
  sqlite3_bind_text (stmt, 2, bk_shoe_get_name (shoe), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, bk_shoe_get_brand (shoe), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, bk_shoe_get_model (shoe), -1, SQLITE_TRANSIENT);
  if (bk_shoe_get_started_on (shoe) > 0)
    sqlite3_bind_text (stmt, 5, bk_date_to_iso (bk_shoe_get_started_on (shoe)), -1, g_free);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_double (stmt, 6, bk_shoe_get_start_distance (shoe));
  sqlite3_bind_double (stmt, 7, bk_shoe_get_limit (shoe));
  sqlite3_bind_int (stmt, 8, bk_shoe_get_retired (shoe) ? 1 : 0);
  /* Its wear when deleted had been announced already: not again. */
  sqlite3_bind_int (stmt, 9, (int) bk_shoe_get_wear (shoe));
  if (!bk_database_step_done (database, stmt, error))
    return FALSE;

  for (guint i = 0; runs != NULL && i < runs->len; i++)
    {
      /* A run deleted since stays deleted. */
      stmt = bk_database_prepare (database, "UPDATE runs SET shoe_id = ?1 WHERE id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, bk_shoe_get_id (shoe));
      sqlite3_bind_int64 (stmt, 2, g_array_index (runs, gint64, i));
      if (!bk_database_step_done (database, stmt, error))
        return FALSE;
    }
  for (guint i = 0; surfaces != NULL && i < surfaces->len; i++)
    {
      BkSurface surface = (BkSurface) g_array_index (surfaces, gint64, i);

      /* Unless the runner has chosen another pair for it since. */
      if (bk_shoe_store_get_default_for (database, surface, error) == 0 &&
          !bk_shoe_store_set_default_for (database, surface, bk_shoe_get_id (shoe), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * bk_shoe_store_restore:
 * @shoe: a pair deleted with bk_shoe_store_delete_keeping()
 *
 * Puts the pair back with its id, its runs and its surface choices, all
 * or nothing. A pair of the same name added since is in the way: the
 * restore fails with a message that says so.
 */
gboolean
bk_shoe_store_restore (BkDatabase  *database,
                       BkShoe      *shoe,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BkShoe) twin = NULL;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (BK_IS_SHOE (shoe), FALSE);

  twin = bk_shoe_store_find (database, bk_shoe_get_name (shoe), NULL);
  if (twin != NULL)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT,
                   _("You already have shoes named “%s” again; rename them to bring this pair back"),
                   bk_shoe_get_name (shoe));
      return FALSE;
    }
  if (!bk_database_begin (database, error))
    return FALSE;
  if (!restore_in_transaction (database, shoe, &local_error) || !bk_database_commit (database, &local_error))
    {
      bk_database_rollback (database);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
