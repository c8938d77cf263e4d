/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *bk_demo_generate_runs (GDateTime *now,
                                  guint32    seed);

G_END_DECLS
