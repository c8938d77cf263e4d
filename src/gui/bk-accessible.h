/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void bk_accessible_install_name_fixes (void);
void bk_accessible_fix_names         (GtkWidget     *widget);
void bk_accessible_name_group        (AdwPreferencesGroup *group,
                                      const char          *name);
void bk_accessible_name_column_view  (GtkColumnView *view,
                                      const char    *name);

G_END_DECLS
