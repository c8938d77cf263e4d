/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean   bk_import_is_export_folder (GFile        *folder);
GPtrArray *bk_import_read_archive     (GFile        *file,
                                       const char   *source,
                                       GCancellable *cancellable);
GPtrArray *bk_import_read_folder      (GFile        *folder,
                                       const char   *source,
                                       GCancellable *cancellable);

G_END_DECLS
