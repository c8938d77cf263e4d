/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-database.h"

G_BEGIN_DECLS

/* Activities of other sports met by an import (rides, walks, swims): not
 * runs, but kept so that importing them again is recognised and a later
 * cross-training log has them. */
gboolean bk_other_activities_add          (BkDatabase  *database,
                                           GDateTime   *started_at,
                                           const char  *sport,
                                           double       distance_m,
                                           double       duration_s,
                                           const char  *source,
                                           gint64      *out_id,
                                           GError     **error);
gboolean bk_other_activities_find_similar (BkDatabase  *database,
                                           gint64       unix_start,
                                           const char  *sport,
                                           gint64      *out_id,
                                           GError     **error);
gboolean bk_other_activities_delete       (BkDatabase  *database,
                                           GArray      *ids,
                                           GError     **error);
gint64   bk_other_activities_count        (BkDatabase  *database,
                                           GError     **error);

G_END_DECLS
