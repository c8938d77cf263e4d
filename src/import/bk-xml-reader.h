/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-activity.h"

G_BEGIN_DECLS

GPtrArray *bk_xml_read (GInputStream  *stream,
                        const char    *source,
                        GCancellable  *cancellable,
                        GError       **error);

G_END_DECLS
