/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-window.h"

G_BEGIN_DECLS

/* What the window saves to a file of the runner's choosing, with the
 * command line's safe writing (whole or not at all). */
typedef enum {
  BK_EXPORT_REPORT,
  BK_EXPORT_CSV,
} BkExportKind;

void     bk_export_choose_file (BkWindow     *window,
                                BkExportKind  kind,
                                guint32       from_julian,
                                guint32       to_julian);
gboolean bk_export_save        (BkWindow     *window,
                                BkExportKind  kind,
                                guint32       from_julian,
                                guint32       to_julian,
                                GFile        *file);

G_END_DECLS
