/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "core/bk-units.h"

G_BEGIN_DECLS

/* The shoes part of `--status`: a notice for each pair in use past 90% or
 * 100% of its limit in the text, and every pair in the JSON. @shoes are
 * BkShoes as bk_shoe_store_list() returns them, retired ones too. */
void bk_status_append_shoes   (GPtrArray   *shoes,
                               BkUnits      units,
                               GString     *out);
void bk_status_json_add_shoes (JsonBuilder *builder,
                               GPtrArray   *shoes);

G_END_DECLS
