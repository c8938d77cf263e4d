/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean    bk_renderer_is_software_gl     (const char *gl_renderer);
const char *bk_renderer_pick               (const char *user_choice,
                                            const char *gl_renderer);
char       *bk_renderer_query_gl_driver    (GdkDisplay *display);
const char *bk_renderer_choose_for_display (GdkDisplay *display);
gboolean    bk_renderer_skip_gl            (const char *user_choice,
                                            const char *gdk_backend,
                                            const char *wayland_display,
                                            const char *x_display,
                                            gboolean    direct_rendering);
gboolean    bk_renderer_disable_software_gl (void);
void        bk_renderer_restore_environment (void);

G_END_DECLS
