/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "services/bk-guide-article.h"

G_BEGIN_DECLS

/* Deeper nesting than this is drawn at this depth, so hostile input cannot
 * push text off the side of the panel. */
#define BK_GUIDE_MAX_INDENT 8

GtkTextBuffer *bk_guide_renderer_render        (BkGuideArticle    *article);
void           bk_guide_renderer_render_into   (GtkTextBuffer     *buffer,
                                                BkGuideArticle    *article);
void           bk_guide_renderer_update_colors (GtkTextBuffer     *buffer,
                                                GtkWidget         *widget);
char          *bk_guide_renderer_mark_name     (const char        *section_id);
const char    *bk_guide_renderer_get_link      (const GtkTextIter *iter);
guint          bk_guide_renderer_highlight     (GtkTextBuffer     *buffer,
                                                const char        *query);
char          *bk_guide_renderer_markup_matches (const char       *text,
                                                const char        *query);
gboolean       bk_guide_renderer_next_link     (GtkTextBuffer     *buffer,
                                                GtkTextIter       *start,
                                                GtkTextIter       *end,
                                                gboolean           forward);

G_END_DECLS
