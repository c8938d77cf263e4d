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
