/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _BkGuideScroller BkGuideScroller;

BkGuideScroller *bk_guide_scroller_new       (GtkTextView     *view);
void             bk_guide_scroller_free      (BkGuideScroller *self);
void             bk_guide_scroller_scroll_to (BkGuideScroller *self,
                                              const char      *mark_name);
void             bk_guide_scroller_stop      (BkGuideScroller *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkGuideScroller, bk_guide_scroller_free)

G_END_DECLS
