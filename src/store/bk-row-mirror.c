/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-row-mirror"

#include "bk-config.h"

#include "bk-row-mirror.h"

typedef struct {
  BkRowIdFunc get_id;
  gint64      id;
} IdQuery;

typedef struct {
  BkItemMatchFunc matches;
  gconstpointer   wanted;
} Search;

static gboolean
has_id (gpointer      item,
        gconstpointer query)
{
  const IdQuery *wanted = query;

  return wanted->get_id (item) == wanted->id;
}

static gboolean
search_matches (gconstpointer item,
                gconstpointer unused_first,
                gpointer      data)
{
  const Search *search = data;

  return search->matches ((gpointer) item, search->wanted);
}

static gboolean
find_id (BkRowMirror *self,
         gint64       id,
         guint       *out_position)
{
  IdQuery query = { self->get_id, id };

  return bk_list_store_find (self->model, has_id, &query, out_position);
}

void
bk_row_mirror_init (BkRowMirror      *self,
                    GType             item_type,
                    GCompareDataFunc  compare,
                    BkRowIdFunc       get_id)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (compare != NULL && get_id != NULL);

  self->model = NULL;
  self->item_type = item_type;
  self->compare = compare;
  self->get_id = get_id;
}

void
bk_row_mirror_clear (BkRowMirror *self)
{
  g_return_if_fail (self != NULL);

  g_clear_object (&self->model);
}

gboolean
bk_row_mirror_is_loaded (BkRowMirror *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->model != NULL;
}

/**
 * bk_row_mirror_load:
 * @rows: (nullable) (element-type GObject): every row, already sorted;
 *   %NULL leaves the list as it is (a read that failed)
 *
 * Makes the list if it is not there yet and puts @rows in place of what
 * it held.
 *
 * Returns: (transfer none): the list
 */
GListModel *
bk_row_mirror_load (BkRowMirror *self,
                    GPtrArray   *rows)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->model == NULL)
    self->model = g_list_store_new (self->item_type);
  if (rows != NULL)
    g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                         rows->pdata, rows->len);
  return G_LIST_MODEL (self->model);
}

void
bk_row_mirror_added (BkRowMirror *self,
                     gpointer     item)
{
  g_return_if_fail (self != NULL);

  if (self->model != NULL)
    g_list_store_insert_sorted (self->model, item, self->compare, NULL);
}

/* An edit can move the row: out of its old place, into its sorted one. */
void
bk_row_mirror_changed (BkRowMirror *self,
                       gpointer     item)
{
  g_return_if_fail (self != NULL);

  bk_row_mirror_removed (self, self->get_id (item));
  bk_row_mirror_added (self, item);
}

void
bk_row_mirror_removed (BkRowMirror *self,
                       gint64       id)
{
  guint position;

  g_return_if_fail (self != NULL);

  if (self->model != NULL && find_id (self, id, &position))
    g_list_store_remove (self->model, position);
}

/**
 * bk_list_store_find:
 * @matches: called with each item and @wanted
 *
 * g_list_store_find_with_equal_func_full() for a search by key rather
 * than by an item in hand: GLib 2.74 reads the type of the item it is
 * given before it searches, so it is handed the list's first item, which
 * @matches never looks at.
 *
 * Returns: %TRUE, with the position of the first match, if an item matches
 */
gboolean
bk_list_store_find (GListStore      *store,
                    BkItemMatchFunc  matches,
                    gconstpointer    wanted,
                    guint           *out_position)
{
  g_autoptr(GObject) first = NULL;
  Search search = { matches, wanted };

  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  g_return_val_if_fail (matches != NULL, FALSE);

  first = g_list_model_get_item (G_LIST_MODEL (store), 0);
  if (first == NULL)
    return FALSE;
  return g_list_store_find_with_equal_func_full (store, first, search_matches, &search, out_position);
}
