/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-guide-library.h"

G_BEGIN_DECLS

#define BK_TYPE_GUIDE_PANEL (bk_guide_panel_get_type ())

G_DECLARE_FINAL_TYPE (BkGuidePanel, bk_guide_panel, BK, GUIDE_PANEL, GtkWidget)

BkGuidePanel   *bk_guide_panel_new           (BkGuideLibrary *library);
BkGuideLibrary *bk_guide_panel_get_library   (BkGuidePanel   *self);
void            bk_guide_panel_set_library   (BkGuidePanel   *self,
                                              BkGuideLibrary *library);
gboolean        bk_guide_panel_show          (BkGuidePanel   *self,
                                              const char     *target);
const char     *bk_guide_panel_get_location  (BkGuidePanel   *self);
GtkTextView    *bk_guide_panel_get_text_view (BkGuidePanel   *self);
void            bk_guide_panel_focus_search  (BkGuidePanel   *self);

G_END_DECLS
