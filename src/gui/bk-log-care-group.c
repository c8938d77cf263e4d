/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-log-care-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "services/bk-log-care.h"
#include "store/bk-backup.h"
#include "bk-context-property.h"
#include "bk-log-care-group.h"

/* Preferences rows that look after the log: check it, back it up, and
 * restore it from one of its backups (listed with date and run count). */
struct _BkLogCareGroup
{
  AdwPreferencesGroup  parent_instance;

  BkContext           *context;
  GCancellable        *cancellable;
  GPtrArray           *backup_rows;

  AdwActionRow        *check_row;
  GtkButton           *check_button;
  AdwActionRow        *backup_row;
  GtkButton           *backup_button;
  AdwExpanderRow      *restore_row;
};

G_DEFINE_FINAL_TYPE (BkLogCareGroup, bk_log_care_group, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (BkLogCareGroup *self,
       const char     *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (text));
}

static void
show_problem (BkLogCareGroup *self,
              const char     *heading,
              const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
kind_label (BkBackupKind kind)
{
  switch (kind)
    {
    case BK_BACKUP_DAILY: return _("Daily backup");
    case BK_BACKUP_MANUAL: return _("Made by you");
    case BK_BACKUP_BEFORE_UPDATE: return _("Before an update");
    case BK_BACKUP_BEFORE_RESTORE: return _("Before a restore");
    default: return "";
    }
}

static void restore_clicked_cb (GtkButton *button, BkLogCareGroup *self);

static void
refresh_backups (BkLogCareGroup *self)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_expander_row_remove (self->restore_row, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  backups = bk_backup_list (bk_database_get_path (bk_context_get_database (self->context)), &error);
  if (backups == NULL)
    {
      adw_expander_row_set_subtitle (self->restore_row, error->message);
      return;
    }
  if (backups->len == 0)
    {
      adw_expander_row_set_subtitle (self->restore_row, _("No backups yet"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->restore_row), FALSE);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_row), TRUE);
  {
    g_autofree char *count = g_strdup_printf (ngettext ("%u backup", "%u backups", backups->len), backups->len);

    adw_expander_row_set_subtitle (self->restore_row, count);
  }

  for (guint i = 0; i < backups->len; i++)
    {
      BkBackupInfo *info = g_ptr_array_index (backups, i);
      g_autofree char *when = g_date_time_format (info->made, _("%a %-e %b %Y, %H:%M"));
      g_autofree char *runs = info->runs < 0
        ? g_strdup (_("cannot be read"))
        : g_strdup_printf (ngettext ("%" G_GINT64_FORMAT " run", "%" G_GINT64_FORMAT " runs", info->runs),
                           info->runs);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", kind_label (info->kind), runs);
      g_autofree char *accessible = g_strdup_printf (_("Restore the backup of %s"), when);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Restore…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_strstrip (when));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (button, info->runs >= 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (button), "backup-path", g_strdup (info->path), g_free);
      g_object_set_data_full (G_OBJECT (button), "backup-title", g_strdup (when), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_expander_row_add_row (self->restore_row, row);
      g_ptr_array_add (self->backup_rows, row);
    }
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BkLogCareGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bk_log_care_check_finish (BK_CONTEXT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_action_row_set_subtitle (self->check_row, _("Damaged: restore a backup below"));
      show_problem (self, _("The Training Log Is Damaged"), error->message);
    }
  else
    {
      adw_action_row_set_subtitle (self->check_row, _("Checked just now: the log is whole"));
      toast (self, _("The log is whole"));
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), TRUE);
}

static void
check_clicked_cb (BkLogCareGroup *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  adw_action_row_set_subtitle (self->check_row, _("Checking…"));
  bk_log_care_check_async (self->context, self->cancellable, check_done_cb, g_object_ref (self));
}

static void
backup_clicked_cb (BkLogCareGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = bk_backup_create (bk_context_get_database (self->context), BK_BACKUP_MANUAL,
                                            NULL, &error);

  if (made == NULL)
    {
      g_debug ("Backup failed: %s", error->message);
      show_problem (self, _("Could Not Back Up the Log"), error->message);
      return;
    }
  g_debug ("Backed up to %s", made);
  toast (self, _("Backed up the log"));
  refresh_backups (self);
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BkLogCareGroup   *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");

  if (!g_str_equal (response, "restore"))
    return;
  now = g_date_time_new_now_local ();
  if (!bk_log_care_restore_open (self->context, path, now, NULL, &error))
    {
      show_problem (self, _("Could Not Restore the Backup"), error->message);
      refresh_backups (self);
      return;
    }
  adw_action_row_set_subtitle (self->check_row, _("Restored from a backup and checked"));
  toast (self, _("Restored the backup; the log it replaced is kept as a backup"));
  refresh_backups (self);
}

static void
restore_clicked_cb (GtkButton      *button,
                    BkLogCareGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *title = g_object_get_data (G_OBJECT (button), "backup-title");
  g_autofree char *body = g_strdup_printf (_("The training log will be replaced by the backup of %s. "
                                             "The log as it is now is kept as a backup first, so this "
                                             "can be undone."), title);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Restore This Backup?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path",
                          g_strdup (g_object_get_data (G_OBJECT (button), "backup-path")), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
bk_log_care_group_constructed (GObject *object)
{
  BkLogCareGroup *self = (BkLogCareGroup *)object;

  G_OBJECT_CLASS (bk_log_care_group_parent_class)->constructed (object);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         bk_database_get_path (bk_context_get_database (self->context)));
  refresh_backups (self);
}

static void
bk_log_care_group_dispose (GObject *object)
{
  BkLogCareGroup *self = (BkLogCareGroup *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_LOG_CARE_GROUP);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->backup_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bk_log_care_group_parent_class)->dispose (object);
}

static void
bk_log_care_group_class_init (BkLogCareGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_log_care_group_constructed;
  object_class->dispose = bk_log_care_group_dispose;

  bk_context_property_install (object_class, G_STRUCT_OFFSET (BkLogCareGroup, context));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-log-care-group.ui");
  gtk_widget_class_bind_template_child (widget_class, BkLogCareGroup, check_row);
  gtk_widget_class_bind_template_child (widget_class, BkLogCareGroup, check_button);
  gtk_widget_class_bind_template_child (widget_class, BkLogCareGroup, backup_row);
  gtk_widget_class_bind_template_child (widget_class, BkLogCareGroup, backup_button);
  gtk_widget_class_bind_template_child (widget_class, BkLogCareGroup, restore_row);
  gtk_widget_class_bind_template_callback (widget_class, check_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, backup_clicked_cb);
}

static void
bk_log_care_group_init (BkLogCareGroup *self)
{
  self->cancellable = g_cancellable_new ();
  self->backup_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Stops any check and drops the context, for a group that outlives its
 * window. */
void
bk_log_care_group_release (BkLogCareGroup *self)
{
  g_return_if_fail (BK_IS_LOG_CARE_GROUP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->context);
}

GtkWidget *
bk_log_care_group_new (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_LOG_CARE_GROUP, "context", context, NULL);
}
