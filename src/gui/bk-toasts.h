/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Puts @item back into @owner (a store): TRUE, or FALSE with @error set. */
typedef gboolean (*BkToastRestoreFunc) (gpointer   owner,
                                        gpointer   item,
                                        GError   **error);

/* How long a toast offering Undo stays, in seconds (issue 15: at least 10). */
#define BK_TOAST_UNDO_TIMEOUT 10

void      bk_toasts_add        (GtkWidget          *from,
                                AdwToast           *toast);
void      bk_toasts_show       (GtkWidget          *from,
                                const char         *message);
void      bk_toasts_show_error (GtkWidget          *from,
                                const char         *failed,
                                const GError       *error);
void      bk_toasts_offer_undo (GtkWidget          *from,
                                const char         *title,
                                gpointer            owner,
                                gpointer            item,
                                BkToastRestoreFunc  restore,
                                const char         *restore_failed);
gboolean  bk_toasts_undo_last  (GtkWidget          *from);
guint     bk_toasts_n_undoable (GtkWidget          *from);

G_END_DECLS
