/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-context.h"

G_BEGIN_DECLS

gboolean bk_demo_log_fill (BkContext  *context,
                           GDateTime  *now,
                           GError    **error);

GSettings *bk_demo_settings_new (GSettings *real);

G_END_DECLS
