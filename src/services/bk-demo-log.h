/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-context.h"

G_BEGIN_DECLS

gboolean bk_demo_log_fill (BkContext  *context,
                           GDateTime  *now,
                           GError    **error);

G_END_DECLS
