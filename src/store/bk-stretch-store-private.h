/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-stretch-store.h"

G_BEGIN_DECLS

struct _BkStretchStore
{
  GObject     parent_instance;

  BkDatabase *database;
  GPtrArray  *shipped;       /* (element-type BkStretch) the seed catalogue */
};

void     bk_stretch_store_emit_changed (BkStretchStore  *self);
gboolean bk_stretch_store_step_rows    (BkStretchStore  *self,
                                        sqlite3_stmt    *stmt,
                                        int             *rc,
                                        GError         **error);

G_END_DECLS
