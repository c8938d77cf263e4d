/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

/* Weeks shown on the Back Pain page. */
#define BK_PAIN_CHART_WEEKS 12

#define BK_TYPE_PAIN_CHART (bk_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (BkPainChart, bk_pain_chart, BK, PAIN_CHART, GtkWidget)

GtkWidget *bk_pain_chart_new     (BkContext         *context);
void       bk_pain_chart_refresh (BkPainChart       *self);
guint      bk_pain_chart_get_n_pain_weeks (BkPainChart *self);
void       bk_pain_chart_set_flagged_weeks (BkPainChart   *self,
                                            const guint32 *weeks,
                                            guint          n_weeks);
void       bk_pain_chart_set_spike_weeks   (BkPainChart   *self,
                                            const guint32 *weeks,
                                            guint          n_weeks);
void       bk_pain_chart_get_n_marked_weeks (BkPainChart  *self,
                                             guint        *out_ramp_up,
                                             guint        *out_spike);

guint bk_pain_chart_get_n_low_impact_weeks (BkPainChart *self);

G_END_DECLS
