/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-context.h"

G_BEGIN_DECLS

/* Test-only: snooze for this many seconds instead of ten minutes. */
#define BK_SNOOZE_SECONDS_ENV "BACKSTRETCH_SNOOZE_SECONDS"

#define BK_TYPE_REMINDER_SERVICE (bk_reminder_service_get_type ())

G_DECLARE_FINAL_TYPE (BkReminderService, bk_reminder_service, BK, REMINDER_SERVICE, GObject)

BkReminderService *bk_reminder_service_new          (BkContext         *context);
void               bk_reminder_service_start        (BkReminderService *self);
GDateTime         *bk_reminder_service_get_next_due (BkReminderService *self);
gint64             bk_reminder_service_get_next_routine (BkReminderService *self);
gboolean           bk_reminder_service_snooze       (BkReminderService  *self,
                                                     gint64              routine_id,
                                                     GError            **error);
gboolean           bk_reminder_service_skip_today   (BkReminderService *self,
                                                     gint64             routine_id,
                                                     GError           **error);
gboolean           bk_reminder_service_has_server   (BkReminderService *self);
gboolean           bk_reminder_service_get_paused   (BkReminderService *self);

gboolean           bk_autostart_set                 (gboolean           enabled,
                                                     GError           **error);
char              *bk_autostart_path                (void);
gboolean           bk_autostart_set_for_data_dir    (gboolean           enabled,
                                                     const char        *data_dir,
                                                     GError           **error);
char              *bk_desktop_exec_quote            (const char        *arg);

G_END_DECLS
