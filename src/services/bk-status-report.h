/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-advice-episode.h"
#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* Weeks --status lists and the chart shows by default. */
#define BK_STATUS_WEEKS 16

BkTrainingStatus *bk_status_report_compute     (BkContext         *context,
                                                guint32            today,
                                                guint              n_weeks,
                                                GError           **error);
gboolean          bk_status_report_set_plan_start (BkContext      *context,
                                                guint32            julian,
                                                GError           **error);
guint32           bk_status_report_get_plan_start (BkContext      *context);
const char       *bk_status_report_level_icon  (BkRiskLevel        level);
BkRiskLevel       bk_status_report_judge_run   (BkContext         *context,
                                                guint32            julian,
                                                double             distance_m,
                                                BkRunReference    *out_reference,
                                                GError           **error);
char             *bk_status_report_describe_baseline (const BkBaseline *baseline,
                                                BkUnits            units);

G_END_DECLS
