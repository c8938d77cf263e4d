/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-activity.h"

G_BEGIN_DECLS

gboolean   bk_fit_sniff  (const guint8  *data,
                          gsize          length);
guint16    bk_fit_crc    (const guint8  *data,
                          gsize          length);
GPtrArray *bk_fit_read   (const guint8  *data,
                          gsize          length,
                          const char    *source,
                          char         **out_skipped_kind,
                          GError       **error);

G_END_DECLS
