/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "core/bk-load.h"
#include "core/bk-pain-assessment.h"
#include "core/bk-units.h"
#include "bk-context.h"

G_BEGIN_DECLS

gboolean bk_pain_graph_load (BkContext         *context,
                             guint32            today,
                             guint              n_weeks,
                             GArray           **out_distance,
                             GArray           **out_pain,
                             GError           **error);
void     bk_pain_graph_draw (cairo_t           *cr,
                             double             width,
                             double             height,
                             const BkWeekTotal *distance,
                             const BkPainWeek  *pain,
                             guint              n_weeks,
                             BkUnits            units,
                             const guint32     *flagged_weeks,
                             guint              n_flagged_weeks,
                             const guint32     *spike_weeks,
                             guint              n_spike_weeks,
                             double             fg_red,
                             double             fg_green,
                             double             fg_blue,
                             gboolean           for_print);

G_END_DECLS
