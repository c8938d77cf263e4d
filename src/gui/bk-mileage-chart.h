/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/bk-training-status.h"
#include "bk-mileage-legend.h"

G_BEGIN_DECLS

#define BK_TYPE_MILEAGE_CHART (bk_mileage_chart_get_type ())

G_DECLARE_FINAL_TYPE (BkMileageChart, bk_mileage_chart, BK, MILEAGE_CHART, GtkWidget)

GtkWidget *bk_mileage_chart_new             (void);
void       bk_mileage_chart_set_status      (BkMileageChart         *self,
                                             const BkTrainingStatus *status,
                                             BkUnits                 units);
void       bk_mileage_chart_set_show_risk   (BkMileageChart         *self,
                                             gboolean                show_risk);
gboolean   bk_mileage_chart_get_show_risk   (BkMileageChart         *self);
void       bk_mileage_chart_set_legend      (BkMileageChart         *self,
                                             BkMileageLegend        *legend);
void       bk_mileage_chart_set_visible_weeks (BkMileageChart       *self,
                                             guint                   n_weeks);
guint      bk_mileage_chart_get_visible_weeks (BkMileageChart       *self);
guint      bk_mileage_chart_get_n_weeks     (BkMileageChart         *self);
void       bk_mileage_chart_focus_week      (BkMileageChart         *self,
                                             guint                   index);
guint      bk_mileage_chart_get_focused_week (BkMileageChart        *self);
char      *bk_mileage_chart_describe_week   (BkMileageChart         *self,
                                             guint                   index);
char      *bk_mileage_chart_describe_tooltip (BkMileageChart        *self,
                                             guint                   index);
void       bk_mileage_chart_draw            (BkMileageChart         *self,
                                             GtkSnapshot            *snapshot,
                                             int                     width,
                                             int                     height);

G_END_DECLS
