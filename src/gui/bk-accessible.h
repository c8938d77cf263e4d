/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bk_accessible_install_name_fixes (void);
void bk_accessible_fix_names         (GtkWidget *widget);

G_END_DECLS
