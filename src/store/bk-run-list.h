/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-run-store.h"

G_BEGIN_DECLS

#define BK_TYPE_RUN_LIST (bk_run_list_get_type ())

G_DECLARE_FINAL_TYPE (BkRunList, bk_run_list, BK, RUN_LIST, GObject)

BkRunList *bk_run_list_new          (BkRunStore *store);
void       bk_run_list_set_order    (BkRunList  *self,
                                     BkRunKey    key,
                                     gboolean    descending);
void       bk_run_list_resort       (BkRunList  *self);
BkRunKey   bk_run_list_get_key      (BkRunList  *self);
gboolean   bk_run_list_get_descending (BkRunList *self);
gboolean   bk_run_list_find         (BkRunList  *self,
                                     gint64      id,
                                     guint      *out_position);
guint      bk_run_list_get_n_loaded (BkRunList  *self);

G_END_DECLS
