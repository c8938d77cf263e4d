/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-database.h"
#include "core/bk-load.h"
#include "core/bk-run.h"

G_BEGIN_DECLS

/* The run list's columns, for ordering. */
typedef enum {
  BK_RUN_KEY_DATE,
  BK_RUN_KEY_DISTANCE,
  BK_RUN_KEY_DURATION,
  BK_RUN_KEY_PACE,
  BK_RUN_KEY_SURFACE,
  BK_RUN_KEY_EFFORT,
  BK_RUN_KEY_SHOE,   /* by the pair's name; runs in no pair first */
  BK_N_RUN_KEYS,
} BkRunKey;

#define BK_TYPE_RUN_STORE (bk_run_store_get_type ())

G_DECLARE_FINAL_TYPE (BkRunStore, bk_run_store, BK, RUN_STORE, GObject)

BkRunStore *bk_run_store_new          (BkDatabase   *database);
BkDatabase *bk_run_store_get_database (BkRunStore   *self);
gboolean    bk_run_store_add          (BkRunStore   *self,
                                       BkRun        *run,
                                       GError      **error);
gboolean    bk_run_store_add_many     (BkRunStore   *self,
                                       GPtrArray    *runs,
                                       GError      **error);
gboolean    bk_run_store_restore      (BkRunStore   *self,
                                       BkRun        *run,
                                       GError      **error);
gboolean    bk_run_store_is_restoring (BkRunStore   *self);
gboolean    bk_run_store_update       (BkRunStore   *self,
                                       BkRun        *run,
                                       GError      **error);
gboolean    bk_run_store_delete       (BkRunStore   *self,
                                       gint64        id,
                                       GError      **error);
BkRun      *bk_run_store_get          (BkRunStore   *self,
                                       gint64        id,
                                       GError      **error);
GPtrArray  *bk_run_store_list         (BkRunStore   *self,
                                       guint         offset,
                                       guint         limit,
                                       GError      **error);
gint64      bk_run_store_count        (BkRunStore   *self,
                                       GError      **error);
GListModel *bk_run_store_get_model    (BkRunStore   *self);
GArray     *bk_run_store_daily_totals (BkRunStore   *self,
                                       guint32       from_julian,
                                       guint32       to_julian,
                                       GError      **error);

/* For imports: many runs in the caller's transactions, then one update. */
gboolean    bk_run_store_insert_quietly (BkRunStore *self,
                                       BkRun        *run,
                                       GError      **error);
void        bk_run_store_announce     (BkRunStore   *self,
                                       GPtrArray    *runs);
gboolean    bk_run_store_delete_many  (BkRunStore   *self,
                                       GPtrArray    *runs,
                                       GError      **error);
gboolean    bk_run_store_find_similar (BkRunStore   *self,
                                       gint64        unix_start,
                                       double        distance_m,
                                       gint64       *out_id,
                                       GError      **error);
GArray     *bk_run_store_list_ids     (BkRunStore   *self,
                                       BkRunKey      key,
                                       gboolean      descending,
                                       GError      **error);
GPtrArray  *bk_run_store_get_many     (BkRunStore   *self,
                                       const gint64 *ids,
                                       guint         n_ids,
                                       GError      **error);

G_END_DECLS
