/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define BK_STORE_ERROR (bk_store_error_quark ())

typedef enum {
  BK_STORE_ERROR_FAILED,
  BK_STORE_ERROR_OPEN,
  BK_STORE_ERROR_NEWER_SCHEMA,
  BK_STORE_ERROR_NOT_A_DATABASE,
  BK_STORE_ERROR_READ_ONLY,
  BK_STORE_ERROR_CONSTRAINT,
  BK_STORE_ERROR_NOT_FOUND,
  BK_STORE_ERROR_DAMAGED,
  BK_STORE_ERROR_LOCKED,
  BK_STORE_ERROR_DISK_FULL,
  BK_STORE_ERROR_UNSAFE,
} BkStoreError;

GQuark bk_store_error_quark (void);

#define BK_TYPE_DATABASE (bk_database_get_type ())

G_DECLARE_FINAL_TYPE (BkDatabase, bk_database, BK, DATABASE, GObject)

BkDatabase   *bk_database_open               (const char   *path,
                                              GError      **error);
const char   *bk_database_get_path           (BkDatabase   *self);
sqlite3      *bk_database_get_handle         (BkDatabase   *self);
int           bk_database_get_schema_version (BkDatabase   *self);
int           bk_database_get_latest_version (void);
/* Makes one object (a GObject) of a statement's current row. */
typedef gpointer (*BkDatabaseRowFunc) (sqlite3_stmt *stmt);

sqlite3_stmt *bk_database_prepare            (BkDatabase   *self,
                                              const char   *sql,
                                              GError      **error);
gboolean      bk_database_exec               (BkDatabase   *self,
                                              const char   *sql,
                                              GError      **error);
gboolean      bk_database_begin              (BkDatabase   *self,
                                              GError      **error);
gboolean      bk_database_commit             (BkDatabase   *self,
                                              GError      **error);
void          bk_database_rollback           (BkDatabase   *self);
gboolean      bk_database_step_done          (BkDatabase   *self,
                                              sqlite3_stmt *stmt,
                                              GError      **error);
gboolean      bk_database_step_changed       (BkDatabase   *self,
                                              sqlite3_stmt *stmt,
                                              const char   *not_found,
                                              GError      **error);
gboolean      bk_database_delete_by_id       (BkDatabase   *self,
                                              const char   *table,
                                              gint64        id,
                                              const char   *not_found,
                                              GError      **error);
GPtrArray    *bk_database_collect            (BkDatabase   *self,
                                              sqlite3_stmt *stmt,
                                              BkDatabaseRowFunc from_row,
                                              GError      **error);
gpointer      bk_database_get_one            (BkDatabase   *self,
                                              sqlite3_stmt *stmt,
                                              BkDatabaseRowFunc from_row,
                                              const char   *not_found,
                                              GError      **error);
void          bk_database_set_error          (BkDatabase   *self,
                                              int           rc,
                                              GError      **error);
gboolean      bk_database_finish_lookup      (BkDatabase   *self,
                                              sqlite3_stmt *stmt,
                                              int           rc,
                                              GError      **error);
gboolean      bk_database_backup             (BkDatabase   *self,
                                              const char   *dest_path,
                                              GError      **error);
gboolean      bk_database_check              (BkDatabase   *self,
                                              GError      **error);
gboolean      bk_database_reopen             (BkDatabase   *self,
                                              GError      **error);
void          bk_database_refuse_writes      (BkDatabase   *self,
                                              const GError *reason);
gboolean      bk_database_is_refusing_writes (BkDatabase   *self);

G_END_DECLS
