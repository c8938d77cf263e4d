/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-importer"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "store/bk-shoe-store.h"
#include "bk-import-gear.h"

/* Shoes named by an import (issue 16): Strava's "Activity Gear" column
 * names the pair each activity was done in. A run takes the pair of that
 * name (in any case, retired or not); a name the log does not have yet
 * becomes a pair with the default limit, first worn on its earliest
 * imported run. All of it happens in the file's transaction, so a file
 * that fails leaves no pair behind either. */

/**
 * bk_import_gear_table_new:
 *
 * Returns: (transfer full): the pairs one file's import created, by id,
 *   for bk_import_gear_assign() and bk_import_gear_settle()
 */
GHashTable *
bk_import_gear_table_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static gboolean
create_pair (BkContext   *context,
             const char  *name,
             guint32      day,
             GHashTable  *created,
             gint64      *out_id,
             GError     **error)
{
  g_autoptr(BkShoe) shoe = bk_shoe_new (name);
  gint64 *key;

  bk_shoe_set_limit (shoe, bk_shoe_default_limit (bk_context_get_units (context)));
  bk_shoe_set_started_on (shoe, day);
  /* A name the table would refuse (too long) leaves the run without shoes
   * rather than failing the import. */
  if (!bk_shoe_validate (shoe, NULL))
    {
      *out_id = 0;
      return TRUE;
    }
  if (!bk_shoe_store_add (bk_context_get_database (context), shoe, error))
    return FALSE;
  *out_id = bk_shoe_get_id (shoe);
  key = g_new (gint64, 1);
  *key = *out_id;
  g_hash_table_insert (created, key, g_steal_pointer (&shoe));
  return TRUE;
}

/**
 * bk_import_gear_assign:
 * @run: the run @activity becomes, not stored yet
 *
 * Sets @run's pair from @activity's gear, creating the pair if need be.
 */
gboolean
bk_import_gear_assign (BkContext   *context,
                       BkActivity  *activity,
                       BkRun       *run,
                       GHashTable  *created,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BkShoe) found = NULL;
  guint32 day;
  gint64 id = 0;
  BkShoe *fresh;

  if (activity->gear == NULL)
    return TRUE;
  day = bk_date_julian_of (bk_run_get_started_at (run));
  found = bk_shoe_store_find (bk_context_get_database (context), activity->gear, &local_error);
  if (found == NULL && !g_error_matches (local_error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (found == NULL)
    {
      if (!create_pair (context, activity->gear, day, created, &id, error))
        return FALSE;
    }
  else
    {
      id = bk_shoe_get_id (found);
      /* A pair this import made starts on its earliest run. */
      fresh = g_hash_table_lookup (created, &id);
      if (fresh != NULL && day < bk_shoe_get_started_on (fresh))
        {
          bk_shoe_set_started_on (fresh, day);
          if (!bk_shoe_store_update (bk_context_get_database (context), fresh, error))
            return FALSE;
        }
    }
  bk_run_set_shoe_id (run, id);
  return TRUE;
}

/**
 * bk_import_gear_settle:
 * @new_shoes: (element-type BkShoe): where the pairs created go, once the
 *   file's runs are stored
 *
 * A pair an import made is the runner's history, not news: its wear now
 * is marked as announced, so importing years of runs does not send a
 * notification per old pair (the status card still names a worn one).
 */
gboolean
bk_import_gear_settle (BkContext   *context,
                       GHashTable  *created,
                       GPtrArray   *new_shoes,
                       GError     **error)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, created);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      BkDatabase *database = bk_context_get_database (context);
      g_autoptr(BkShoe) now = bk_shoe_store_get (database, bk_shoe_get_id (value), error);
      gboolean claimed;

      if (now == NULL)
        return FALSE;
      if (!bk_shoe_store_claim_notice (database, bk_shoe_get_id (now), bk_shoe_get_wear (now), &claimed, error))
        return FALSE;
    }
  g_hash_table_iter_init (&iter, created);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (new_shoes, g_object_ref (value));
  return TRUE;
}

/* "; added 2 pairs of shoes (Pegasus, Speedgoat)" */
void
bk_import_gear_describe (GPtrArray *new_shoes,
                         GString   *text)
{
  g_autoptr(GString) names = g_string_new (NULL);

  if (new_shoes->len == 0)
    return;
  for (guint i = 0; i < new_shoes->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", bk_shoe_get_name (new_shoes->pdata[i]));
  g_string_append (text, "; ");
  g_string_append_printf (text, ngettext ("added %u pair of shoes (%s)", "added %u pairs of shoes (%s)",
                                          new_shoes->len), new_shoes->len, names->str);
}

/**
 * bk_import_gear_undo:
 *
 * After the import's runs are taken out: the pairs it created go too,
 * unless a run logged since is in them.
 */
gboolean
bk_import_gear_undo (BkContext  *context,
                     GPtrArray  *new_shoes,
                     GError    **error)
{
  BkDatabase *database = bk_context_get_database (context);

  for (guint i = 0; i < new_shoes->len; i++)
    {
      g_autoptr(BkShoe) now = bk_shoe_store_get (database, bk_shoe_get_id (new_shoes->pdata[i]), NULL);

      /* Deleted since, or carrying a run the runner logged after. */
      if (now == NULL || bk_shoe_get_distance (now) > bk_shoe_get_start_distance (now))
        continue;
      if (!bk_shoe_store_delete (database, bk_shoe_get_id (now), error))
        return FALSE;
    }
  if (new_shoes->len > 0)
    bk_context_shoes_changed (context);
  g_ptr_array_set_size (new_shoes, 0);
  return TRUE;
}
