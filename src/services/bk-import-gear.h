/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "import/bk-activity.h"
#include "bk-context.h"

G_BEGIN_DECLS

GHashTable *bk_import_gear_table_new (void);
gboolean    bk_import_gear_assign    (BkContext   *context,
                                      BkActivity  *activity,
                                      BkRun       *run,
                                      GHashTable  *created,
                                      GError     **error);
gboolean    bk_import_gear_settle    (BkContext   *context,
                                      GHashTable  *created,
                                      GPtrArray   *new_shoes,
                                      GError     **error);
void        bk_import_gear_describe  (GPtrArray   *new_shoes,
                                      GString     *text);
gboolean    bk_import_gear_undo      (BkContext   *context,
                                      GPtrArray   *new_shoes,
                                      GError     **error);

G_END_DECLS
