/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-list"

#include "bk-config.h"

#include "bk-run-list.h"

/* The run list as a GListModel that does not hold every run: the ids in
 * the order shown (8 bytes a run, sorted by SQLite), and a run object made
 * only for a page of rows that a view asks for. A twenty-year log opens
 * with a page or two of objects instead of 7,300; sorting by a column is
 * one query for the ids.
 *
 * When the store changes the ids are read again and only the span that
 * differs is announced, so a view keeps its place; a loaded run whose row
 * changed is announced where it stands. */

#define PAGE_SIZE 64

struct _BkRunList
{
  GObject     parent_instance;

  BkRunStore *store;
  BkRunKey    key;
  gboolean    descending;
  GArray     *ids;       /* gint64, in the order shown */
  GHashTable *loaded;    /* id -> BkRun (owned) */
};

static void bk_run_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BkRunList, bk_run_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bk_run_list_model_init))

static GType
bk_run_list_get_item_type (GListModel *model)
{
  return BK_TYPE_RUN;
}

static guint
bk_run_list_get_n_items (GListModel *model)
{
  return BK_RUN_LIST (model)->ids->len;
}

static gint64
id_at (BkRunList *self,
       guint      position)
{
  return g_array_index (self->ids, gint64, position);
}

/* Reads the runs with @ids in one query and keeps those not kept yet. */
static void
load_ids (BkRunList    *self,
          const gint64 *ids,
          guint         n_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = NULL;

  runs = bk_run_store_get_many (self->store, ids, n_ids, &error);
  if (runs == NULL)
    {
      g_warning ("Could not read runs: %s", error->message);
      return;
    }
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);
      gint64 id = bk_run_get_id (run);

      if (!g_hash_table_contains (self->loaded, &id))
        g_hash_table_insert (self->loaded, g_memdup2 (&id, sizeof id), g_object_ref (run));
    }
}

/* Reads the page around @position. */
static void
load_page (BkRunList *self,
           guint      position)
{
  guint first = position / PAGE_SIZE * PAGE_SIZE;

  load_ids (self, &g_array_index (self->ids, gint64, first), MIN (PAGE_SIZE, self->ids->len - first));
}

static gpointer
bk_run_list_get_item (GListModel *model,
                      guint       position)
{
  BkRunList *self = BK_RUN_LIST (model);
  BkRun *run;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;
  id = id_at (self, position);
  run = g_hash_table_lookup (self->loaded, &id);
  if (run == NULL)
    {
      load_page (self, position);
      run = g_hash_table_lookup (self->loaded, &id);
    }
  /* Deleted behind the store's back (another process): the next change
   * drops its row. */
  return run != NULL ? g_object_ref (run) : NULL;
}

static void
bk_run_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bk_run_list_get_item_type;
  iface->get_n_items = bk_run_list_get_n_items;
  iface->get_item = bk_run_list_get_item;
}

static gboolean
same_run (BkRun *a,
          BkRun *b)
{
  return g_date_time_equal (bk_run_get_started_at (a), bk_run_get_started_at (b)) &&
         bk_run_get_distance (a) == bk_run_get_distance (b) &&
         bk_run_get_duration (a) == bk_run_get_duration (b) &&
         bk_run_get_rpe (a) == bk_run_get_rpe (b) &&
         bk_run_get_surface (a) == bk_run_get_surface (b) &&
         bk_run_get_elevation (a) == bk_run_get_elevation (b) &&
         g_strcmp0 (bk_run_get_notes (a), bk_run_get_notes (b)) == 0;
}

/* Reads the loaded runs again; returns the ids of those that changed or
 * went. */
static GHashTable *
refresh_loaded (BkRunList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GHashTable *changed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->loaded);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  runs = bk_run_store_get_many (self->store, (gint64 *) (gpointer) ids->data, ids->len, &error);
  if (runs == NULL)
    {
      g_warning ("Could not read runs: %s", error->message);
      runs = g_ptr_array_new ();
    }
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);
      gint64 id = bk_run_get_id (run);

      g_hash_table_insert (fresh, g_memdup2 (&id, sizeof id), g_object_ref (run));
    }
  g_hash_table_iter_init (&iter, self->loaded);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BkRun *now = g_hash_table_lookup (fresh, key);

      if (now == NULL || !same_run (value, now))
        {
          g_hash_table_add (changed, g_memdup2 (key, sizeof (gint64)));
          g_hash_table_iter_remove (&iter);
        }
    }
  return changed;
}

/* Reads the ids again and announces what moved: the span between the
 * common head and tail, and any loaded run edited in place. */
static void
reload (BkRunList *self,
        gboolean   reorder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) old = NULL;
  g_autoptr(GHashTable) changed = NULL;
  GArray *ids;
  guint head = 0, tail = 0, n_old, n_new;

  ids = bk_run_store_list_ids (self->store, self->key, self->descending, &error);
  if (ids == NULL)
    {
      g_warning ("Could not list runs: %s", error->message);
      return;
    }
  /* A new order changes no run: the loaded ones stay as they are. */
  changed = reorder ? NULL : refresh_loaded (self);
  old = self->ids;
  self->ids = ids;
  n_old = old->len;
  n_new = ids->len;
  if (reorder)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, n_new);
      return;
    }
  while (head < n_old && head < n_new &&
         g_array_index (old, gint64, head) == g_array_index (ids, gint64, head))
    head++;
  while (tail < n_old - head && tail < n_new - head &&
         g_array_index (old, gint64, n_old - 1 - tail) == g_array_index (ids, gint64, n_new - 1 - tail))
    tail++;
  /* Edited in place, outside the span: announce each one. */
  for (guint i = 0; i < n_new; i++)
    {
      if (i == head)
        i = n_new - tail;
      if (i < n_new && g_hash_table_contains (changed, &g_array_index (ids, gint64, i)))
        g_list_model_items_changed (G_LIST_MODEL (self), i >= head ? i - n_new + n_old : i, 1, 1);
    }
  if (n_old - head - tail > 0 || n_new - head - tail > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), head, n_old - head - tail, n_new - head - tail);
}

static void
store_changed_cb (BkRunList *self)
{
  reload (self, FALSE);
}

static void
bk_run_list_dispose (GObject *object)
{
  BkRunList *self = BK_RUN_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->loaded, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  G_OBJECT_CLASS (bk_run_list_parent_class)->dispose (object);
}

static void
bk_run_list_class_init (BkRunListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bk_run_list_dispose;
}

static void
bk_run_list_init (BkRunList *self)
{
  self->key = BK_RUN_KEY_DATE;
  self->descending = TRUE;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/**
 * bk_run_list_new:
 *
 * Returns: (transfer full): every run of @store, newest first, kept up to
 *   date as runs are added, edited and deleted through it
 */
BkRunList *
bk_run_list_new (BkRunStore *store)
{
  BkRunList *self;

  g_return_val_if_fail (BK_IS_RUN_STORE (store), NULL);

  self = g_object_new (BK_TYPE_RUN_LIST, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self, TRUE);
  return self;
}

/* Reads every run not yet loaded in one query. */
static void
load_all (BkRunList *self)
{
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->ids->len; i++)
    if (!g_hash_table_contains (self->loaded, &g_array_index (self->ids, gint64, i)))
      g_array_append_val (missing, g_array_index (self->ids, gint64, i));
  if (missing->len > 0)
    load_ids (self, (const gint64 *) (gconstpointer) missing->data, missing->len);
}

/* Orders the list by @key; the runs loaded so far stay loaded. A view told
 * of the new order (GTK 4.8's list item manager) asks for every item to
 * find the rows it can keep, so every run is read first, in one query
 * rather than a page at a time: on the twenty-year log 114 queries of 64
 * took most of a sort's time. */
void
bk_run_list_set_order (BkRunList *self,
                       BkRunKey   key,
                       gboolean   descending)
{
  g_return_if_fail (BK_IS_RUN_LIST (self));
  g_return_if_fail (key < BK_N_RUN_KEYS);

  if (self->key == key && self->descending == !!descending)
    return;
  self->key = key;
  self->descending = !!descending;
  load_all (self);
  reload (self, TRUE);
}

/* Orders the runs again by the same key, for a change the run store does
 * not see: a pair of shoes renamed. */
void
bk_run_list_resort (BkRunList *self)
{
  g_return_if_fail (BK_IS_RUN_LIST (self));

  load_all (self);
  reload (self, TRUE);
}

BkRunKey
bk_run_list_get_key (BkRunList *self)
{
  g_return_val_if_fail (BK_IS_RUN_LIST (self), BK_RUN_KEY_DATE);
  return self->key;
}

gboolean
bk_run_list_get_descending (BkRunList *self)
{
  g_return_val_if_fail (BK_IS_RUN_LIST (self), TRUE);
  return self->descending;
}

/* Where the run with @id is shown now. */
gboolean
bk_run_list_find (BkRunList *self,
                  gint64     id,
                  guint     *out_position)
{
  g_return_val_if_fail (BK_IS_RUN_LIST (self), FALSE);

  for (guint i = 0; i < self->ids->len; i++)
    if (id_at (self, i) == id)
      {
        if (out_position != NULL)
          *out_position = i;
        return TRUE;
      }
  return FALSE;
}

/* For tests and benchmarks: how many run objects the list holds. */
guint
bk_run_list_get_n_loaded (BkRunList *self)
{
  g_return_val_if_fail (BK_IS_RUN_LIST (self), 0);
  return g_hash_table_size (self->loaded);
}
