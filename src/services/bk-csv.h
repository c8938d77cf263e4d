/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     bk_csv_append_field (GString    *line,
                              const char *text);
GString *bk_csv_format_runs  (GPtrArray  *runs);

G_END_DECLS
