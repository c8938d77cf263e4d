/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SHOE_NOTICE (bk_shoe_notice_get_type ())

G_DECLARE_FINAL_TYPE (BkShoeNotice, bk_shoe_notice, BK, SHOE_NOTICE, GtkWidget)

GtkWidget *bk_shoe_notice_new         (void);
void       bk_shoe_notice_set_context (BkShoeNotice *self,
                                       BkContext    *context);
char      *bk_shoe_notice_get_text    (BkShoeNotice *self);

G_END_DECLS
