/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-context.h"

G_BEGIN_DECLS

void     bk_csv_append_field   (GString    *line,
                                const char *text);
GString *bk_csv_format_runs    (GPtrArray  *runs,
                                GPtrArray  *shoes,
                                GPtrArray  *sessions);
gboolean bk_csv_export_runs    (BkContext  *context,
                                const char *path,
                                guint      *out_n_runs,
                                GError    **error);
int      bk_csv_export_command (BkContext  *context,
                                const char *path,
                                GString    *out,
                                GString    *err);

G_END_DECLS
