/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-shoe.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

GtkWidget *bk_shoe_row_new    (BkContext *context,
                               BkShoe    *shoe);
gint64     bk_shoe_row_get_id (GtkWidget *row);

G_END_DECLS
