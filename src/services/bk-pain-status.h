/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-advice-episode.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* The pain parts of `--status` as text (the JSON is in bk-status-json.c):
 * the open advice, which comes first, and the journal's plain numbers. */
void bk_pain_status_append_advice (BkAdviceEpisode *episode,
                                   GString         *out);
void bk_pain_status_append        (BkContext       *context,
                                   BkAdviceEpisode *episode,
                                   GString         *out,
                                   GString         *err);

G_END_DECLS
