/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "BkSt": marks a file as a Backstretch log whatever its user_version. */
#define BK_LOG_APPLICATION_ID 0x426b5374

/* What opening found in an existing file, before anything was written. */
typedef struct {
  gboolean exists;        /* a file with content is there */
  gboolean needs_stamp;   /* an older log recognised by its tables */
  int      version;       /* its user_version */
} BkLogProbe;

gboolean bk_log_guard_prepare_folder (const char  *dir,
                                      GError     **error);
gboolean bk_log_guard_check_files    (const char  *path,
                                      GError     **error);
gboolean bk_log_guard_create_file    (const char  *path,
                                      GError     **error);
gboolean bk_log_guard_check_writable (const char  *path,
                                      GError     **error);
void     bk_log_guard_tighten        (const char  *path);
gboolean bk_log_guard_probe          (const char  *path,
                                      BkLogProbe  *probe,
                                      GError     **error);
gboolean bk_log_guard_check_counts   (sqlite3     *db,
                                      const char  *path,
                                      GError     **error);
gboolean bk_log_guard_integrity      (sqlite3     *db,
                                      const char  *path,
                                      gboolean     full,
                                      GError     **error);
void     bk_log_guard_set_error      (sqlite3     *db,
                                      int          rc,
                                      const char  *path,
                                      GError     **error);
char    *bk_log_guard_latest_backup_hint (const char *path);

G_END_DECLS
