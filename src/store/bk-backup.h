/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "bk-database.h"

G_BEGIN_DECLS

typedef enum {
  BK_BACKUP_DAILY,
  BK_BACKUP_MANUAL,
  BK_BACKUP_BEFORE_UPDATE,
  BK_BACKUP_BEFORE_RESTORE,
} BkBackupKind;

/* Daily backups kept, and weeks kept of the older ones (one per week). */
#define BK_BACKUP_KEEP_DAILY  7
#define BK_BACKUP_KEEP_WEEKLY 4

typedef struct {
  char         *path;
  GDateTime    *made;
  BkBackupKind  kind;
  gint64        runs;   /* -1 when the file cannot be read */
} BkBackupInfo;

void          bk_backup_info_free  (BkBackupInfo  *info);
char         *bk_backup_dir        (const char    *db_path);
gboolean      bk_backup_copy_to    (sqlite3       *source,
                                    const char    *source_path,
                                    const char    *dest_path,
                                    GError       **error);
char         *bk_backup_create     (BkDatabase    *database,
                                    BkBackupKind   kind,
                                    GDateTime     *now,
                                    GError       **error);
char         *bk_backup_daily      (BkDatabase    *database,
                                    GDateTime     *now,
                                    GError       **error);
GPtrArray    *bk_backup_list       (const char    *db_path,
                                    GError       **error);
gboolean      bk_backup_check_file (const char    *path,
                                    gint64        *out_runs,
                                    GError       **error);
gboolean      bk_backup_restore    (const char    *db_path,
                                    const char    *from_path,
                                    GDateTime     *now,
                                    char         **out_kept,
                                    GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkBackupInfo, bk_backup_info_free)

G_END_DECLS
