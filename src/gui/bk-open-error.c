/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-open-error"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "services/bk-command.h"
#include "services/bk-context.h"
#include "services/bk-log-care.h"
#include "store/bk-backup.h"
#include "bk-open-error.h"

/* The window shown when the log does not open: what is wrong, and for a
 * damaged log with a backup beside it, one button that restores the latest
 * (the damaged file is kept as a backup of its own). */

typedef struct {
  AdwStatusPage       *page;
  char                *data_dir;
  char                *backup;
  BkOpenErrorRestored  restored;
  gpointer             user_data;
} Restore;

static void
restore_free (gpointer data)
{
  Restore *restore = data;

  g_free (restore->data_dir);
  g_free (restore->backup);
  g_free (restore);
}

static void
restore_clicked_cb (GtkButton *button,
                    Restore   *restore)
{
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (button));
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (bk_log_care_restore (restore->data_dir, restore->backup, now, out, err) != BK_EXIT_OK)
    {
      adw_status_page_set_description (restore->page, err->str);
      gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
      return;
    }
  if (!restore->restored (restore->data_dir, restore->user_data, &error))
    {
      adw_status_page_set_description (restore->page, error->message);
      gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
offer_restore (GtkBox              *buttons,
               AdwStatusPage       *page,
               const GError        *error,
               const char          *data_dir,
               BkOpenErrorRestored  restored,
               gpointer             user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWidget *button;
  Restore *restore;

  if (data_dir == NULL || restored == NULL ||
      !g_error_matches (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED))
    return;
  path = g_build_filename (data_dir, BK_DATABASE_FILENAME, NULL);
  backups = bk_backup_list (path, NULL);
  if (backups == NULL || backups->len == 0)
    return;

  restore = g_new0 (Restore, 1);
  restore->page = page;
  restore->data_dir = g_strdup (data_dir);
  restore->backup = g_strdup (((BkBackupInfo *) g_ptr_array_index (backups, 0))->path);
  restore->restored = restored;
  restore->user_data = user_data;

  button = gtk_button_new_with_mnemonic (_("_Restore the Latest Backup"));
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data_full (G_OBJECT (button), "restore", restore, restore_free);
  g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), restore);
  gtk_box_prepend (buttons, button);
}

/**
 * bk_open_error_present:
 * @data_dir: (nullable): the log's folder, for the restore button
 * @restored: (nullable): what to do once a restore succeeded
 */
void
bk_open_error_present (GtkApplication      *application,
                       const GError        *error,
                       const char          *data_dir,
                       BkOpenErrorRestored  restored,
                       gpointer             user_data)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *quit = gtk_button_new_with_mnemonic (_("_Quit"));

  g_return_if_fail (error != NULL);

  gtk_window_set_title (GTK_WINDOW (window), _("Backstretch"));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 520);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Cannot Open the Training Log"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), error->message);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (quit, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (quit), "app.quit");
  gtk_box_append (GTK_BOX (buttons), quit);
  offer_restore (GTK_BOX (buttons), ADW_STATUS_PAGE (page), error, data_dir, restored, user_data);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}
