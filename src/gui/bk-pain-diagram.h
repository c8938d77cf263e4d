/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BK_TYPE_PAIN_DIAGRAM (bk_pain_diagram_get_type ())

G_DECLARE_FINAL_TYPE (BkPainDiagram, bk_pain_diagram, BK, PAIN_DIAGRAM, GtkWidget)

GtkWidget *bk_pain_diagram_new            (void);
guint      bk_pain_diagram_get_locations  (BkPainDiagram *self);
void       bk_pain_diagram_set_locations  (BkPainDiagram *self,
                                           guint          locations);
guint      bk_pain_diagram_location_at    (BkPainDiagram *self,
                                           double         x,
                                           double         y);
gboolean   bk_pain_diagram_get_region_centre (BkPainDiagram *self,
                                           guint          location,
                                           double        *out_x,
                                           double        *out_y);

G_END_DECLS
