/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_PREFERENCES_WINDOW (bk_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (BkPreferencesWindow, bk_preferences_window, BK, PREFERENCES_WINDOW, AdwPreferencesWindow)

BkPreferencesWindow *bk_preferences_window_new (GSettings *settings);
void                 bk_preferences_window_add_log_care (BkPreferencesWindow *self,
                                                         BkContext           *context);

G_END_DECLS
