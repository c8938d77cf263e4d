/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SHOES_GROUP (bk_shoes_group_get_type ())

G_DECLARE_FINAL_TYPE (BkShoesGroup, bk_shoes_group, BK, SHOES_GROUP, AdwPreferencesGroup)

GtkWidget *bk_shoes_group_new     (BkContext    *context);
void       bk_shoes_group_release (BkShoesGroup *self);

G_END_DECLS
