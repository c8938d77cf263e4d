/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A file written whole or not at all: the bytes go to a temporary file
 * created exclusively beside the target, which replaces the target only
 * once it is complete and on disk. */
typedef struct _BkSafeFile BkSafeFile;

BkSafeFile *bk_safe_file_new           (const char  *path,
                                        GError     **error);
int         bk_safe_file_get_fd        (BkSafeFile  *self);
const char *bk_safe_file_get_temp_path (BkSafeFile  *self);
gboolean    bk_safe_file_write         (BkSafeFile  *self,
                                        const void  *data,
                                        gsize        length,
                                        GError     **error);
gboolean    bk_safe_file_commit        (BkSafeFile  *self,
                                        GError     **error);
void        bk_safe_file_free          (BkSafeFile  *self);
gboolean    bk_safe_file_set_contents  (const char  *path,
                                        const char  *data,
                                        gsize        length,
                                        GError     **error);
gboolean    bk_safe_file_check_target  (const char  *path,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkSafeFile, bk_safe_file_free)

G_END_DECLS
