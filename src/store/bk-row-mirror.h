/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The id of a stored row's core object (bk_run_get_id, bk_pain_entry_get_id). */
typedef gint64 (*BkRowIdFunc) (gpointer item);
/* Whether @item is the one a search wants. */
typedef gboolean (*BkItemMatchFunc) (gpointer      item,
                                     gconstpointer wanted);

/*
 * A store's in-memory list of its rows, for the GUI's list views: made on
 * first use (the command line rarely needs every row), sorted, and kept in
 * step with the store's own adds, edits and deletes. Until it is loaded
 * every call but bk_row_mirror_load() does nothing.
 */
typedef struct {
  GListStore       *model;
  GType             item_type;
  GCompareDataFunc  compare;
  BkRowIdFunc       get_id;
} BkRowMirror;

void        bk_row_mirror_init    (BkRowMirror      *self,
                                   GType             item_type,
                                   GCompareDataFunc  compare,
                                   BkRowIdFunc       get_id);
void        bk_row_mirror_clear   (BkRowMirror      *self);
gboolean    bk_row_mirror_is_loaded (BkRowMirror    *self);
GListModel *bk_row_mirror_load    (BkRowMirror      *self,
                                   GPtrArray        *rows);
void        bk_row_mirror_added   (BkRowMirror      *self,
                                   gpointer          item);
void        bk_row_mirror_changed (BkRowMirror      *self,
                                   gpointer          item);
void        bk_row_mirror_removed (BkRowMirror      *self,
                                   gint64            id);

gboolean    bk_list_store_find    (GListStore       *store,
                                   BkItemMatchFunc   matches,
                                   gconstpointer     wanted,
                                   guint            *out_position);

G_END_DECLS
