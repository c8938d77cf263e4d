/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-context.h"

G_BEGIN_DECLS

void bk_pain_status_append (BkContext *context,
                            gboolean   json,
                            GString   *out,
                            GString   *err);

G_END_DECLS
