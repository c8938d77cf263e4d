/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-database.h"
#include "core/bk-pain-entry.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_STORE (bk_pain_store_get_type ())

G_DECLARE_FINAL_TYPE (BkPainStore, bk_pain_store, BK, PAIN_STORE, GObject)

BkPainStore *bk_pain_store_new        (BkDatabase   *database);
gboolean     bk_pain_store_add        (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_restore    (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_update     (BkPainStore  *self,
                                       BkPainEntry  *entry,
                                       GError      **error);
gboolean     bk_pain_store_delete     (BkPainStore  *self,
                                       gint64        id,
                                       GError      **error);
BkPainEntry *bk_pain_store_get        (BkPainStore  *self,
                                       gint64        id,
                                       GError      **error);
GPtrArray   *bk_pain_store_list       (BkPainStore  *self,
                                       guint32       from_julian,
                                       guint32       to_julian,
                                       guint         limit,
                                       GError      **error);
GListModel  *bk_pain_store_get_model  (BkPainStore  *self);
void         bk_pain_store_reload     (BkPainStore  *self);

G_END_DECLS
