/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"
#include "bk-application.h"
#include "bk-guide-panel.h"

G_BEGIN_DECLS

#define BK_TYPE_WINDOW (bk_window_get_type ())

G_DECLARE_FINAL_TYPE (BkWindow, bk_window, BK, WINDOW, AdwApplicationWindow)

BkWindow  *bk_window_new         (BkApplication *application,
                                  BkContext     *context);
BkContext *bk_window_get_context (BkWindow      *self);
void       bk_window_add_toast   (BkWindow      *self,
                                  AdwToast      *toast);
void          bk_window_show_guide      (BkWindow      *self,
                                         const char    *target);
BkGuidePanel *bk_window_get_guide_panel (BkWindow      *self);

void       bk_window_start_routine (BkWindow     *self,
                                    gint64        routine_id);
void       bk_window_show_reminder (BkWindow     *self,
                                    gint64        routine_id,
                                    const char   *summary);
void       bk_window_show_log_problem (BkWindow  *self,
                                       const char *message);

void          bk_window_import          (BkWindow           *self,
                                         const char * const *paths);

G_END_DECLS
