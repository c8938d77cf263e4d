/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bk_dialog_present (GtkWindow *dialog,
                        GtkWidget *from);

void bk_dialog_show_message (GtkLabel   *label,
                             GtkWidget  *field,
                             const char *message);

G_END_DECLS
