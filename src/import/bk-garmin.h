/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-activity.h"

G_BEGIN_DECLS

GPtrArray *bk_garmin_read_summaries (const char  *text,
                                     gsize        length,
                                     const char  *source,
                                     GError     **error);
gboolean   bk_garmin_is_summaries   (const char  *member_name);

G_END_DECLS
