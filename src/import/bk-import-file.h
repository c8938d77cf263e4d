/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-activity.h"

G_BEGIN_DECLS

GPtrArray *bk_import_read_stream (GInputStream  *stream,
                                  const char    *source,
                                  GCancellable  *cancellable,
                                  char         **out_skipped_kind,
                                  GError       **error);
GPtrArray *bk_import_read_file   (GFile         *file,
                                  const char    *source,
                                  GCancellable  *cancellable,
                                  char         **out_skipped_kind,
                                  GError       **error);
gboolean   bk_import_is_candidate (const char   *name);

G_END_DECLS
