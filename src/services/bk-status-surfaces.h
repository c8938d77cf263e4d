/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "core/bk-advice-episode.h"
#include "core/bk-surface-share.h"

G_BEGIN_DECLS

/* The surfaces part of `--status`: this week's and last week's share of
 * soft ground, and the hint when several weeks in a row were almost all
 * road, in the text and in the JSON. */
void bk_status_append_surfaces   (const BkSurfaceShare *share,
                                  BkAdviceEpisode      *episode,
                                  GString              *out);
void bk_status_json_add_surfaces (JsonBuilder          *builder,
                                  const BkSurfaceShare *share,
                                  BkAdviceEpisode      *episode);

G_END_DECLS
