/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-context.h"

G_BEGIN_DECLS

/* The full integrity check runs in the background at most this often. */
#define BK_LOG_CHECK_INTERVAL (7 * G_TIME_SPAN_DAY)

int       bk_log_care_backup        (BkContext   *context,
                                     const char  *dest_path,
                                     GString     *out,
                                     GString     *err);
int       bk_log_care_check         (BkContext   *context,
                                     GString     *out,
                                     GString     *err);
int       bk_log_care_restore       (const char  *data_dir,
                                     const char  *from_path,
                                     GDateTime   *now,
                                     GString     *out,
                                     GString     *err);
char     *bk_log_care_describe_check (BkContext  *context,
                                      GError    **error);
gboolean  bk_log_care_check_due     (BkContext   *context,
                                     GDateTime   *now);
void      bk_log_care_mark_checked  (BkContext   *context);
void      bk_log_care_check_async   (BkContext           *context,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  bk_log_care_check_finish  (BkContext     *context,
                                     GAsyncResult  *result,
                                     GError       **error);
gboolean  bk_log_care_restore_open  (BkContext   *context,
                                     const char  *from_path,
                                     GDateTime   *now,
                                     char       **out_kept,
                                     GError     **error);
void      bk_log_care_daily         (BkContext   *context,
                                     GDateTime   *now);

G_END_DECLS
