/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoe-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-shoe-store.h"

#define NOT_FOUND _("The shoes no longer exist; they may have been deleted")

/* Each pair with its distance now: the start distance plus its runs. */
#define SHOE_SELECT \
  "SELECT s.id, s.name, s.brand, s.model, s.started_on, s.start_distance_m, s.limit_m, s.retired," \
  " s.start_distance_m + COALESCE ((SELECT sum (r.distance_m) FROM runs r WHERE r.shoe_id = s.id), 0)" \
  " FROM shoes s"

/* A BkDatabaseRowFunc: returns a new BkShoe. */
static gpointer
shoe_from_row (sqlite3_stmt *stmt)
{
  BkShoe *shoe = bk_shoe_new ((const char *) sqlite3_column_text (stmt, 1));
  guint32 started_on = 0;

  bk_shoe_set_id (shoe, sqlite3_column_int64 (stmt, 0));
  bk_shoe_set_brand (shoe, (const char *) sqlite3_column_text (stmt, 2));
  bk_shoe_set_model (shoe, (const char *) sqlite3_column_text (stmt, 3));
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL &&
      bk_date_from_iso ((const char *) sqlite3_column_text (stmt, 4), &started_on))
    bk_shoe_set_started_on (shoe, started_on);
  bk_shoe_set_start_distance (shoe, sqlite3_column_double (stmt, 5));
  bk_shoe_set_limit (shoe, sqlite3_column_double (stmt, 6));
  bk_shoe_set_retired (shoe, sqlite3_column_int (stmt, 7) != 0);
  bk_shoe_set_distance (shoe, sqlite3_column_double (stmt, 8));
  return shoe;
}

/* Refuses a second pair of the same name (in any case) with a message that
 * says so, rather than SQLite's "UNIQUE constraint failed". */
static gboolean
check_name_free (BkDatabase  *database,
                 BkShoe      *shoe,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = bk_database_prepare (database, "SELECT id FROM shoes WHERE name = ?1 AND id != ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, bk_shoe_get_name (shoe), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, bk_shoe_get_id (shoe));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT,
                   _("You already have shoes named “%s”; give this pair another name"),
                   bk_shoe_get_name (shoe));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Binds 1..7: name, brand, model, started_on, start distance, limit, retired. */
static void
bind_shoe (sqlite3_stmt *stmt,
           BkShoe       *shoe)
{
  sqlite3_bind_text (stmt, 1, bk_shoe_get_name (shoe), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, bk_shoe_get_brand (shoe), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, bk_shoe_get_model (shoe), -1, SQLITE_TRANSIENT);
  if (bk_shoe_get_started_on (shoe) > 0)
    sqlite3_bind_text (stmt, 4, bk_date_to_iso (bk_shoe_get_started_on (shoe)), -1, g_free);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_double (stmt, 5, bk_shoe_get_start_distance (shoe));
  sqlite3_bind_double (stmt, 6, bk_shoe_get_limit (shoe));
  sqlite3_bind_int (stmt, 7, bk_shoe_get_retired (shoe) ? 1 : 0);
}

static gboolean
validate (BkDatabase  *database,
          BkShoe      *shoe,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!bk_shoe_validate (shoe, &local_error))
    {
      g_set_error_literal (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT, local_error->message);
      return FALSE;
    }
  return check_name_free (database, shoe, error);
}

/**
 * bk_shoe_store_add:
 *
 * Stores a new pair and sets its id.
 */
gboolean
bk_shoe_store_add (BkDatabase  *database,
                   BkShoe      *shoe,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (BK_IS_SHOE (shoe), FALSE);

  bk_shoe_set_id (shoe, 0);
  if (!validate (database, shoe, error))
    return FALSE;
  stmt = bk_database_prepare (database,
                              "INSERT INTO shoes (name, brand, model, started_on, start_distance_m, limit_m, retired)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  bind_shoe (stmt, shoe);
  if (!bk_database_step_done (database, stmt, error))
    return FALSE;
  bk_shoe_set_id (shoe, sqlite3_last_insert_rowid (bk_database_get_handle (database)));
  bk_shoe_set_distance (shoe, bk_shoe_get_start_distance (shoe));
  return TRUE;
}

/* Renames the pair or changes any of its fields but the distance. */
gboolean
bk_shoe_store_update (BkDatabase  *database,
                      BkShoe      *shoe,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (BK_IS_SHOE (shoe), FALSE);
  g_return_val_if_fail (bk_shoe_get_id (shoe) > 0, FALSE);

  if (!validate (database, shoe, error))
    return FALSE;
  stmt = bk_database_prepare (database,
                              "UPDATE shoes SET name = ?1, brand = ?2, model = ?3, started_on = ?4,"
                              " start_distance_m = ?5, limit_m = ?6, retired = ?7 WHERE id = ?8", error);
  if (stmt == NULL)
    return FALSE;
  bind_shoe (stmt, shoe);
  sqlite3_bind_int64 (stmt, 8, bk_shoe_get_id (shoe));
  return bk_database_step_changed (database, stmt, NOT_FOUND, error);
}

gboolean
bk_shoe_store_set_retired (BkDatabase  *database,
                           gint64       id,
                           gboolean     retired,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);

  stmt = bk_database_prepare (database, "UPDATE shoes SET retired = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, retired ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, id);
  return bk_database_step_changed (database, stmt, NOT_FOUND, error);
}

/* The runs in the pair keep their distance and lose their shoes (the
 * foreign key sets them to NULL). */
gboolean
bk_shoe_store_delete (BkDatabase  *database,
                      gint64       id,
                      GError     **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  return bk_database_delete_by_id (database, "shoes", id, NOT_FOUND, error);
}

/**
 * bk_shoe_store_list:
 * @with_retired: whether retired pairs are listed too (after the others)
 *
 * Returns: (transfer full) (element-type BkShoe) (nullable): the pairs by name
 */
GPtrArray *
bk_shoe_store_list (BkDatabase  *database,
                    gboolean     with_retired,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database,
                              SHOE_SELECT " WHERE ?1 OR s.retired = 0 ORDER BY s.retired, s.name COLLATE NOCASE",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, with_retired ? 1 : 0);
  return bk_database_collect (database, stmt, shoe_from_row, error);
}

BkShoe *
bk_shoe_store_get (BkDatabase  *database,
                   gint64       id,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database, SHOE_SELECT " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return bk_database_get_one (database, stmt, shoe_from_row, NOT_FOUND, error);
}

/**
 * bk_shoe_store_find:
 * @name: the pair's name, in any case, blanks around it ignored
 *
 * Returns: (transfer full) (nullable): the pair, or %NULL with
 *   %BK_STORE_ERROR_NOT_FOUND
 */
BkShoe *
bk_shoe_store_find (BkDatabase  *database,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *tidy = NULL;
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  tidy = g_strstrip (g_strdup (name));
  not_found = g_strdup_printf (_("There are no shoes named “%s”"), tidy);
  stmt = bk_database_prepare (database, SHOE_SELECT " WHERE s.name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, tidy, -1, SQLITE_TRANSIENT);
  return bk_database_get_one (database, stmt, shoe_from_row, not_found, error);
}

/* The one id @stmt (prepared, or NULL after an error) selects: 0 when it
 * selects none, -1 with @error on failure. */
static gint64
step_id (BkDatabase    *database,
         sqlite3_stmt  *stmt,
         GError       **error)
{
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return -1;
    }
  return id;
}

/**
 * bk_shoe_store_last_used:
 *
 * Returns: the unretired pair of the latest run that had shoes, the
 *   default for a new run; 0 when there is none, -1 on error
 */
gint64
bk_shoe_store_last_used (BkDatabase  *database,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), -1);

  stmt = bk_database_prepare (database,
                              "SELECT r.shoe_id FROM runs r JOIN shoes s ON s.id = r.shoe_id"
                              " WHERE s.retired = 0 ORDER BY unixepoch (r.started_at) DESC, r.id DESC LIMIT 1",
                              error);
  return step_id (database, stmt, error);
}

/**
 * bk_shoe_store_list_names:
 *
 * Returns: (transfer full) (nullable): the unretired pairs' names, for a
 *   message ("Pegasus, Trail shoes"), empty when there are none
 */
char *
bk_shoe_store_list_names (BkDatabase  *database,
                          GError     **error)
{
  g_autoptr(GPtrArray) shoes = bk_shoe_store_list (database, FALSE, error);
  g_autoptr(GString) names = g_string_new (NULL);

  if (shoes == NULL)
    return NULL;
  for (guint i = 0; i < shoes->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", bk_shoe_get_name (shoes->pdata[i]));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/**
 * bk_shoe_store_claim_notice:
 * @wear: the wear the pair has reached
 * @claimed: (out): whether @wear is news: set when no notice for @wear or
 *   beyond was given for this pair before
 *
 * Marks @wear as announced for the pair in one statement, so of two
 * processes that see the same run only one announces it, and a pair that
 * falls back below a threshold (a run deleted) and passes it again is not
 * announced twice.
 */
gboolean
bk_shoe_store_claim_notice (BkDatabase  *database,
                            gint64       id,
                            BkShoeWear   wear,
                            gboolean    *claimed,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (claimed != NULL, FALSE);

  *claimed = FALSE;
  if (wear == BK_SHOE_WEAR_FINE)
    return TRUE;
  stmt = bk_database_prepare (database,
                              "UPDATE shoes SET notified_wear = ?2 WHERE id = ?1 AND notified_wear < ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) wear);
  if (!bk_database_step_done (database, stmt, error))
    return FALSE;
  *claimed = sqlite3_changes (bk_database_get_handle (database)) > 0;
  return TRUE;
}

/**
 * bk_shoe_store_names:
 *
 * Returns: (transfer full) (nullable): every pair's name, retired ones
 *   too, keyed by its id (a gint64 pointer), for a list that shows the
 *   pair of each run
 */
GHashTable *
bk_shoe_store_names (BkDatabase  *database,
                     GError     **error)
{
  g_autoptr(GPtrArray) shoes = bk_shoe_store_list (database, TRUE, error);
  GHashTable *names;

  if (shoes == NULL)
    return NULL;
  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < shoes->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = bk_shoe_get_id (shoes->pdata[i]);
      g_hash_table_insert (names, id, g_strdup (bk_shoe_get_name (shoes->pdata[i])));
    }
  return names;
}

/**
 * bk_shoe_store_set_default_for:
 * @surface: a surface other than %BK_SURFACE_NONE
 * @shoe_id: the pair new runs on @surface start with; 0 forgets the choice
 *
 * Chooses the pair a new run on @surface starts with.
 */
gboolean
bk_shoe_store_set_default_for (BkDatabase  *database,
                               BkSurface    surface,
                               gint64       shoe_id,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (surface > BK_SURFACE_NONE && surface < BK_N_SURFACES, FALSE);

  stmt = bk_database_prepare (database,
                              shoe_id > 0
                                ? "INSERT INTO shoe_surface_defaults (surface, shoe_id) VALUES (?1, ?2)"
                                  " ON CONFLICT (surface) DO UPDATE SET shoe_id = excluded.shoe_id"
                                : "DELETE FROM shoe_surface_defaults WHERE surface = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, bk_surface_to_string (surface), -1, SQLITE_STATIC);
  if (shoe_id > 0)
    sqlite3_bind_int64 (stmt, 2, shoe_id);
  return bk_database_step_done (database, stmt, error);
}

/**
 * bk_shoe_store_get_default_for:
 *
 * Returns: the pair chosen for @surface (retired or not), 0 when none
 *   was, -1 on error
 */
gint64
bk_shoe_store_get_default_for (BkDatabase  *database,
                               BkSurface    surface,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_DATABASE (database), -1);

  if (surface <= BK_SURFACE_NONE || surface >= BK_N_SURFACES)
    return 0;
  stmt = bk_database_prepare (database, "SELECT shoe_id FROM shoe_surface_defaults WHERE surface = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, bk_surface_to_string (surface), -1, SQLITE_STATIC);
  return step_id (database, stmt, error);
}

/**
 * bk_shoe_store_default_for_run:
 *
 * Returns: the pair a new run on @surface starts with: the one chosen for
 *   the surface while it is in use, else the unretired pair of the latest
 *   run (bk_shoe_store_last_used()); 0 when there is none, -1 on error
 */
gint64
bk_shoe_store_default_for_run (BkDatabase  *database,
                               BkSurface    surface,
                               GError     **error)
{
  g_autoptr(BkShoe) chosen = NULL;
  gint64 id = bk_shoe_store_get_default_for (database, surface, error);

  if (id < 0)
    return -1;
  if (id > 0)
    {
      chosen = bk_shoe_store_get (database, id, error);
      if (chosen == NULL)
        return -1;
      if (!bk_shoe_get_retired (chosen))
        return id;
    }
  return bk_shoe_store_last_used (database, error);
}
