/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-advice-episode.h"
#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* `--status`, the one place it is put together: the training status, the
 * open advice, the pain journal and the stretching plan, each read once,
 * as text here or as JSON through bk-status-json.c. The advice comes first
 * and decides what the rest may say. */

int  bk_status_print              (BkContext        *context,
                                   GDateTime        *now,
                                   guint32           today,
                                   gboolean          json,
                                   GString          *out,
                                   GString          *err);

/* The sections of the text, also shown on their own (the reminder test). */
void bk_status_append_advice      (BkAdviceEpisode  *episode,
                                   GString          *out);
void bk_status_append_training    (BkTrainingStatus *status,
                                   BkUnits           units,
                                   BkAdviceEpisode  *episode,
                                   GString          *out);
void bk_status_append_pain        (BkContext        *context,
                                   BkAdviceEpisode  *episode,
                                   GString          *out,
                                   GString          *err);
void bk_stretch_status_append     (BkContext        *context,
                                   GDateTime        *now,
                                   GString          *out);

G_END_DECLS
