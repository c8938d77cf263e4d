/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/bk-load.h"
#include "core/bk-pain-assessment.h"
#include "core/bk-units.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

/* Weeks shown on the Back Pain page. */
#define BK_PAIN_CHART_WEEKS 12

#define BK_TYPE_PAIN_CHART (bk_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (BkPainChart, bk_pain_chart, BK, PAIN_CHART, GtkWidget)

GtkWidget *bk_pain_chart_new     (BkContext         *context);
void       bk_pain_chart_refresh (BkPainChart       *self);
guint      bk_pain_chart_get_n_pain_weeks (BkPainChart *self);
void       bk_pain_chart_draw    (cairo_t           *cr,
                                  double             width,
                                  double             height,
                                  const BkWeekTotal *distance,
                                  const BkPainWeek  *pain,
                                  guint              n_weeks,
                                  BkUnits            units,
                                  const GdkRGBA     *foreground,
                                  gboolean           for_print);
gboolean   bk_pain_chart_load    (BkContext         *context,
                                  guint32            today,
                                  guint              n_weeks,
                                  GArray           **out_distance,
                                  GArray           **out_pain,
                                  GError           **error);

G_END_DECLS
