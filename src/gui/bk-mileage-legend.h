/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-acwr.h"

G_BEGIN_DECLS

/* The mileage chart's colours, chosen for at least 3:1 against the card
 * (and against the ramp-up shading) in light and in dark style. */
void bk_chart_level_color   (BkRiskLevel  level,
                             gboolean     dark,
                             GdkRGBA     *rgba);
void bk_chart_neutral_color (gboolean     dark,
                             GdkRGBA     *rgba);
void bk_chart_ramp_color    (gboolean     dark,
                             GdkRGBA     *rgba);
void bk_chart_block_color   (const GdkRGBA *foreground,
                             gboolean       dark,
                             GdkRGBA       *rgba);
void bk_chart_line_color    (gboolean     dark,
                             GdkRGBA     *rgba);

#define BK_TYPE_MILEAGE_LEGEND (bk_mileage_legend_get_type ())

G_DECLARE_FINAL_TYPE (BkMileageLegend, bk_mileage_legend, BK, MILEAGE_LEGEND, AdwBin)

GtkWidget *bk_mileage_legend_new           (void);
void       bk_mileage_legend_set_show_risk (BkMileageLegend *self,
                                            gboolean         show_risk);

G_END_DECLS
