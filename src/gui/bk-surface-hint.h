/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/bk-surface-share.h"

G_BEGIN_DECLS

#define BK_TYPE_SURFACE_HINT (bk_surface_hint_get_type ())

G_DECLARE_FINAL_TYPE (BkSurfaceHint, bk_surface_hint, BK, SURFACE_HINT, GtkWidget)

GtkWidget  *bk_surface_hint_new      (void);
void        bk_surface_hint_update   (BkSurfaceHint        *self,
                                      const BkSurfaceShare *share,
                                      gboolean              with_hint);
const char *bk_surface_hint_get_text (BkSurfaceHint        *self);
gboolean    bk_surface_hint_is_hint  (BkSurfaceHint        *self);

G_END_DECLS
