/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The action every "Why?" opens the guide with; its target is a section
 * id ("conditions#facet", see services/bk-guide-ids.h). */
#define BK_GUIDE_LINK_ACTION "app.show-guide"

GtkWidget *bk_guide_link_new         (const char *section_id,
                                      const char *about);
void       bk_guide_link_set_section (GtkWidget  *button,
                                      const char *section_id,
                                      const char *about);

G_END_DECLS
