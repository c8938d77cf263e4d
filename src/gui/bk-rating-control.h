/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BK_TYPE_RATING_CONTROL (bk_rating_control_get_type ())

G_DECLARE_FINAL_TYPE (BkRatingControl, bk_rating_control, BK, RATING_CONTROL, GtkWidget)

GtkWidget *bk_rating_control_new       (void);
int        bk_rating_control_get_value (BkRatingControl *self);
void       bk_rating_control_set_value (BkRatingControl *self,
                                        int              value);

G_END_DECLS
