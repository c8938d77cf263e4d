/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-database.h"
#include "core/bk-surface-share.h"

G_BEGIN_DECLS

GArray  *bk_run_surfaces_read (BkDatabase   *database,
                               guint32       from_julian,
                               guint32       to_julian,
                               GError      **error);

G_END_DECLS
