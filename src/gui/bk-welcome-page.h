/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_WELCOME_PAGE (bk_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (BkWelcomePage, bk_welcome_page, BK, WELCOME_PAGE, GtkWidget)

GtkWidget *bk_welcome_page_new         (void);
void       bk_welcome_page_set_context (BkWelcomePage *self,
                                        BkContext     *context);
void       bk_welcome_page_load        (BkWelcomePage *self);
gboolean   bk_welcome_page_is_wanted   (BkContext     *context);

G_END_DECLS
