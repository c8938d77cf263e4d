/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "services/bk-context.h"
#include "services/bk-importer.h"

G_BEGIN_DECLS

#define BK_TYPE_IMPORT_BAR (bk_import_bar_get_type ())

G_DECLARE_FINAL_TYPE (BkImportBar, bk_import_bar, BK, IMPORT_BAR, GtkWidget)

gboolean         bk_import_bar_start        (BkImportBar        *self,
                                             BkContext          *context,
                                             const char * const *paths);
gboolean         bk_import_bar_is_running   (BkImportBar        *self);
BkImportSummary *bk_import_bar_get_summary  (BkImportBar        *self);
gboolean         bk_import_bar_undo         (BkImportBar        *self,
                                             GError            **error);

G_END_DECLS
