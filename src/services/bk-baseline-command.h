/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

guint bk_baseline_command_parse (GVariantDict  *options,
                                 GDateTime     *now,
                                 BkUnits        units,
                                 BkBaseline    *out_baseline,
                                 GError       **error);
int   bk_baseline_command_run   (const BkBaseline *baseline,
                                 BkContext        *context,
                                 GString          *out,
                                 GString          *err);

G_END_DECLS
