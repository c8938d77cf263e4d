/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called for each regular member, with its bytes; returning FALSE stops. */
typedef gboolean (*BkArchiveMemberFunc) (const char *name,
                                         GBytes     *contents,
                                         gpointer    user_data);
/* Whether a member is worth reading at all (photos in an export are not). */
typedef gboolean (*BkArchiveWantFunc)   (const char *name,
                                         gpointer    user_data);

gboolean bk_archive_sniff          (const guint8        *data,
                                    gsize                length);
gboolean bk_archive_foreach        (GBytes              *archive,
                                    const char          *source,
                                    BkArchiveWantFunc    want,
                                    BkArchiveMemberFunc  func,
                                    gpointer             user_data,
                                    GCancellable        *cancellable,
                                    GError             **error);
gboolean bk_archive_foreach_file   (const char          *path,
                                    const char          *source,
                                    BkArchiveWantFunc    want,
                                    BkArchiveMemberFunc  func,
                                    gpointer             user_data,
                                    GCancellable        *cancellable,
                                    GError             **error);

G_END_DECLS
