/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "core/bk-acwr.h"
#include "bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_TRAINING_ALERTS (bk_training_alerts_get_type ())

G_DECLARE_FINAL_TYPE (BkTrainingAlerts, bk_training_alerts, BK, TRAINING_ALERTS, GObject)

BkTrainingAlerts *bk_training_alerts_new       (BkContext        *context);
void              bk_training_alerts_set_today (BkTrainingAlerts *self,
                                                guint32           today);
void              bk_training_alerts_set_now   (BkTrainingAlerts *self,
                                                GDateTime        *now);
BkRiskLevel       bk_training_alerts_get_level (BkTrainingAlerts *self);

G_END_DECLS
