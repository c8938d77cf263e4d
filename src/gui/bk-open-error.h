/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called once the latest backup has been restored; returns whether the
 * restored log opened (the error window closes then). */
typedef gboolean (*BkOpenErrorRestored) (const char  *data_dir,
                                         gpointer     user_data,
                                         GError     **error);

void bk_open_error_present (GtkApplication      *application,
                            const GError        *error,
                            const char          *data_dir,
                            BkOpenErrorRestored  restored,
                            gpointer             user_data);

G_END_DECLS
