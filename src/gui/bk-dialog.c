/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-dialog"

#include "bk-config.h"

#include "bk-dialog.h"

/**
 * bk_dialog_present:
 * @dialog: an editor or dialog
 * @from: (nullable): a widget of the window it belongs to
 *
 * Shows @dialog over the window of @from and attaches it to that window's
 * application: on GTK 4.8 a window without one resolves no app. action,
 * so a "Why?" in a dialog would open nothing (issue 14).
 */
void
bk_dialog_present (GtkWindow *dialog,
                   GtkWidget *from)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WINDOW (dialog));

  root = from != NULL ? gtk_widget_get_root (from) : NULL;
  if (GTK_IS_WINDOW (root))
    {
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (root));

      gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
      if (application != NULL && gtk_window_get_application (dialog) == NULL)
        gtk_window_set_application (dialog, application);
    }
  gtk_window_present (dialog);
}

/**
 * bk_dialog_show_message:
 * @label: the line under a field or a form
 * @field: (nullable): the field @message is about
 * @message: (nullable): what is wrong, or %NULL when nothing is
 *
 * Shows @message in @label, or hides it, and marks @field invalid for
 * screen readers while it has one.
 */
void
bk_dialog_show_message (GtkLabel   *label,
                        GtkWidget  *field,
                        const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  gtk_label_set_text (label, message != NULL ? message : "");
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                 GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
}
