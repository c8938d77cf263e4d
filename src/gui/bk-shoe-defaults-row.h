/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SHOE_DEFAULTS_ROW (bk_shoe_defaults_row_get_type ())

G_DECLARE_FINAL_TYPE (BkShoeDefaultsRow, bk_shoe_defaults_row, BK, SHOE_DEFAULTS_ROW, AdwExpanderRow)

GtkWidget *bk_shoe_defaults_row_new     (BkContext         *context);
void       bk_shoe_defaults_row_refresh (BkShoeDefaultsRow *self,
                                         GPtrArray         *shoes);
void       bk_shoe_defaults_row_release (BkShoeDefaultsRow *self);

G_END_DECLS
