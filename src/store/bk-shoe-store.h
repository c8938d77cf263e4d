/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-database.h"
#include "core/bk-run.h"
#include "core/bk-shoe.h"

G_BEGIN_DECLS

/* The runner's shoes (issue 16). Every pair read back carries its distance:
 * the start distance plus the runs logged in it. Each write is one
 * statement, so it is whole or not at all. */
gboolean   bk_shoe_store_add          (BkDatabase  *database,
                                       BkShoe      *shoe,
                                       GError     **error);
gboolean   bk_shoe_store_update       (BkDatabase  *database,
                                       BkShoe      *shoe,
                                       GError     **error);
gboolean   bk_shoe_store_set_retired  (BkDatabase  *database,
                                       gint64       id,
                                       gboolean     retired,
                                       GError     **error);
gboolean   bk_shoe_store_delete       (BkDatabase  *database,
                                       gint64       id,
                                       GError     **error);
GPtrArray *bk_shoe_store_list         (BkDatabase  *database,
                                       gboolean     with_retired,
                                       GError     **error);
BkShoe    *bk_shoe_store_get          (BkDatabase  *database,
                                       gint64       id,
                                       GError     **error);
BkShoe    *bk_shoe_store_find         (BkDatabase  *database,
                                       const char  *name,
                                       GError     **error);
gint64     bk_shoe_store_last_used    (BkDatabase  *database,
                                       GError     **error);
char      *bk_shoe_store_list_names   (BkDatabase  *database,
                                       GError     **error);
gboolean   bk_shoe_store_set_default_for (BkDatabase  *database,
                                          BkSurface    surface,
                                          gint64       shoe_id,
                                          GError     **error);
gint64     bk_shoe_store_get_default_for (BkDatabase  *database,
                                          BkSurface    surface,
                                          GError     **error);
gint64     bk_shoe_store_default_for_run (BkDatabase  *database,
                                          BkSurface    surface,
                                          GError     **error);
gboolean   bk_shoe_store_delete_keeping  (BkDatabase  *database,
                                          BkShoe      *shoe,
                                          GError     **error);
gboolean   bk_shoe_store_restore         (BkDatabase  *database,
                                          BkShoe      *shoe,
                                          GError     **error);
GHashTable *bk_shoe_store_names       (BkDatabase  *database,
                                       GError     **error);
gboolean   bk_shoe_store_claim_notice (BkDatabase  *database,
                                       gint64       id,
                                       BkShoeWear   wear,
                                       gboolean    *claimed,
                                       GError     **error);

G_END_DECLS
