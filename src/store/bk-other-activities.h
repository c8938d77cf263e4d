/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-session.h"
#include "bk-database.h"

G_BEGIN_DECLS

/* Sessions that are not runs (issue 16): other sports an import met
 * (rides, walks, swims) and low-impact sessions typed by the runner. They
 * count in time and session-RPE load, never in running distance; an
 * import recognises the ones it brought before. */
gboolean bk_other_activities_add          (BkDatabase  *database,
                                           GDateTime   *started_at,
                                           BkSessionKind kind,
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
gboolean bk_other_activities_add_session  (BkDatabase  *database,
                                           BkSession   *session,
                                           GError     **error);
gboolean bk_other_activities_update_session (BkDatabase      *database,
                                             const BkSession *session,
                                             GError         **error);
GPtrArray *bk_other_activities_list       (BkDatabase  *database,
                                           guint32      from_julian,
                                           guint32      to_julian,
                                           GError     **error);
GArray  *bk_other_activities_days         (BkDatabase  *database,
                                           guint32      from_julian,
                                           guint32      to_julian,
                                           GError     **error);

G_END_DECLS
