/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_STRETCH_PAGE (bk_stretch_page_get_type ())

G_DECLARE_FINAL_TYPE (BkStretchPage, bk_stretch_page, BK, STRETCH_PAGE, AdwBin)

void       bk_stretch_page_set_context   (BkStretchPage *self,
                                          BkContext     *context);
GtkWindow *bk_stretch_page_start_routine (BkStretchPage *self,
                                          gint64         routine_id);

G_END_DECLS
