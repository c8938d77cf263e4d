/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-notify"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <libnotify/notify.h>

#include "bk-notify.h"

/**
 * bk_notify_send:
 *
 * Shows a desktop notification from the app, for the alerts that have no
 * action to offer.
 *
 * Returns: whether a notification server took it; when none did, the
 *   caller shows the alert in the window instead
 */
gboolean
bk_notify_send (const char *summary,
                const char *body,
                const char *icon_name)
{
  g_autoptr(GError) error = NULL;
  NotifyNotification *notification;
  gboolean shown;

  g_return_val_if_fail (summary != NULL, FALSE);

  if (!notify_is_initted () && !notify_init (_("Backstretch")))
    return FALSE;
  notification = notify_notification_new (summary, body, icon_name);
  notify_notification_set_app_name (notification, _("Backstretch"));
  notify_notification_set_hint_string (notification, "desktop-entry", APP_ID);
  shown = notify_notification_show (notification, &error);
  if (!shown)
    g_debug ("No notification server: %s", error->message);
  g_object_unref (notification);
  return shown;
}
