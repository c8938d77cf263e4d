/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_CATALOGUE_GROUP (bk_catalogue_group_get_type ())

G_DECLARE_FINAL_TYPE (BkCatalogueGroup, bk_catalogue_group, BK, CATALOGUE_GROUP, AdwPreferencesGroup)

void  bk_catalogue_group_set_context (BkCatalogueGroup *self,
                                      BkContext        *context);
char *bk_catalogue_make_id           (const char       *name,
                                      GPtrArray        *taken);

G_END_DECLS
