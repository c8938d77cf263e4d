/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-order"

#include "bk-config.h"

#include <stdlib.h>
#include <string.h>

#include "bk-run-store.h"
#include "bk-shoe-store.h"

/* The run list's orders (bk_run_store_list_ids()): the ids of every run by
 * one column, ordered by SQLite where it can and in C where the locale
 * must collate. */

/* The columns the run list sorts by, as SQL. Ties keep the newest first,
 * as the log is listed. */
static const char * const order_sql[BK_N_RUN_KEYS] = {
  [BK_RUN_KEY_DATE] = "unixepoch (started_at)",
  [BK_RUN_KEY_DISTANCE] = "distance_m",
  [BK_RUN_KEY_DURATION] = "duration_s",
  [BK_RUN_KEY_PACE] = "duration_s / distance_m",
  /* ?1 to ?7: each surface's rank by its translated label */
  [BK_RUN_KEY_SURFACE] = "CASE surface WHEN 'road' THEN ?2 WHEN 'trail' THEN ?3 WHEN 'grass' THEN ?4"
                         " WHEN 'track' THEN ?5 WHEN 'treadmill' THEN ?6 WHEN 'mixed' THEN ?7 ELSE ?1 END",
  [BK_RUN_KEY_EFFORT] = "coalesce (rpe, 0)",
  /* Ordered in C (list_ids_by_shoe): by names as the locale collates them,
   * which SQLite's NOCASE does not. */
  [BK_RUN_KEY_SHOE] = NULL,
};

static int
compare_surface_labels (gconstpointer a,
                        gconstpointer b)
{
  return g_utf8_collate (bk_surface_get_label (*(const BkSurface *) a),
                         bk_surface_get_label (*(const BkSurface *) b));
}

typedef struct {
  gint64 id;
  int    rank;     /* the pair's place by name, -1 for no pair */
  guint  position; /* in the list's usual order, the tie-break */
} ShoeOrdered;

static int
compare_collation_keys (gconstpointer a,
                        gconstpointer b,
                        gpointer      keys)
{
  return strcmp (g_hash_table_lookup (keys, *(gint64 * const *) a), g_hash_table_lookup (keys, *(gint64 * const *) b));
}

static int
compare_by_shoe (gconstpointer a,
                 gconstpointer b,
                 gpointer      descending)
{
  const ShoeOrdered *x = a, *y = b;
  int by_rank = (x->rank > y->rank) - (x->rank < y->rank);

  if (by_rank != 0)
    return GPOINTER_TO_INT (descending) ? -by_rank : by_rank;
  return (x->position > y->position) - (x->position < y->position);
}

/* Runs by their pair's name, ties (and runs of one pair) newest first as
 * every other key leaves them. A handful of names are collated, not one
 * comparison per pair of runs. */
static GArray *
list_ids_by_shoe (BkDatabase  *database,
                  gboolean     descending,
                  GError     **error)
{
  g_autoptr(GHashTable) names = bk_shoe_store_names (database, error);
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GHashTable) ranks = NULL;
  g_autoptr(GPtrArray) by_name = NULL;
  g_autoptr(GArray) runs = NULL;
  GHashTableIter iter;
  gpointer id, name;
  sqlite3_stmt *stmt;
  GArray *ids;
  int rc;

  if (names == NULL)
    return NULL;
  keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  by_name = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &id, &name))
    {
      g_hash_table_insert (keys, id, g_utf8_collate_key (name, -1));
      g_ptr_array_add (by_name, id);
    }
  g_ptr_array_sort_with_data (by_name, compare_collation_keys, keys);
  ranks = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < by_name->len; i++)
    g_hash_table_insert (ranks, by_name->pdata[i], GUINT_TO_POINTER (i + 1));

  stmt = bk_database_prepare (database,
                              "SELECT id, shoe_id FROM runs ORDER BY unixepoch (started_at) DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  runs = g_array_new (FALSE, FALSE, sizeof (ShoeOrdered));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 shoe_id = sqlite3_column_int64 (stmt, 1);
      ShoeOrdered run = { sqlite3_column_int64 (stmt, 0), -1, runs->len };

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        run.rank = GPOINTER_TO_INT (g_hash_table_lookup (ranks, &shoe_id)) - 1;
      g_array_append_val (runs, run);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  g_array_sort_with_data (runs, compare_by_shoe, GINT_TO_POINTER (descending));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), runs->len);
  for (guint i = 0; i < runs->len; i++)
    g_array_append_val (ids, g_array_index (runs, ShoeOrdered, i).id);
  return ids;
}

/**
 * bk_run_store_list_ids:
 * @key: the column to order by
 * @descending: largest first
 *
 * The ids of every run in the order the run list shows them, sorted by
 * SQLite (by the runs_by_instant index for the date): 7,300 runs are a few
 * milliseconds and 8 bytes each, where objects for all of them were not.
 *
 * Returns: (transfer full) (element-type gint64): the ids, %NULL on error
 */
GArray *
bk_run_store_list_ids (BkRunStore  *self,
                       BkRunKey     key,
                       gboolean     descending,
                       GError     **error)
{
  BkDatabase *database;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_RUN_STORE (self), NULL);
  g_return_val_if_fail (key < BK_N_RUN_KEYS, NULL);

  database = bk_run_store_get_database (self);
  if (key == BK_RUN_KEY_SHOE)
    return list_ids_by_shoe (database, descending, error);
  sql = g_strdup_printf ("SELECT id FROM runs ORDER BY %s %s, unixepoch (started_at) DESC, id DESC",
                         order_sql[key], descending ? "DESC" : "ASC");
  stmt = bk_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  if (key == BK_RUN_KEY_SURFACE)
    {
      BkSurface by_label[BK_N_SURFACES];

      for (BkSurface s = 0; s < BK_N_SURFACES; s++)
        by_label[s] = s;
      qsort (by_label, BK_N_SURFACES, sizeof (BkSurface), compare_surface_labels);
      for (int rank = 0; rank < BK_N_SURFACES; rank++)
        sqlite3_bind_int (stmt, (int) by_label[rank] + 1, rank);
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}
