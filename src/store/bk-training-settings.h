/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-training-status.h"
#include "bk-database.h"

G_BEGIN_DECLS

/* Keys of the training_settings table. */
#define BK_TRAINING_PLAN_START    "plan-start"      /* YYYY-MM-DD */
#define BK_TRAINING_GOAL_RACE     "goal-race"       /* YYYY-MM-DD */
#define BK_TRAINING_NOTIFIED_LEVEL "notified-level" /* none/caution/warning/high */
/* The stated baseline (training-science.md section 8): its day and two
 * distances in metres; all three are set or none. */
#define BK_TRAINING_BASELINE_ON       "baseline-on"        /* YYYY-MM-DD */
#define BK_TRAINING_BASELINE_LONGEST  "baseline-longest-m"
#define BK_TRAINING_BASELINE_WEEKLY   "baseline-weekly-m"
/* The welcome page was answered or skipped (any value). */
#define BK_TRAINING_WELCOMED          "welcomed"

gboolean bk_training_settings_get      (BkDatabase   *database,
                                        const char   *key,
                                        char        **out_value,
                                        GError      **error);
gboolean bk_training_settings_set      (BkDatabase   *database,
                                        const char   *key,
                                        const char   *value,
                                        GError      **error);
gboolean bk_training_settings_get_date (BkDatabase   *database,
                                        const char   *key,
                                        guint32      *out_julian,
                                        GError      **error);
gboolean bk_training_settings_set_date (BkDatabase   *database,
                                        const char   *key,
                                        guint32       julian,
                                        GError      **error);

gboolean bk_training_settings_get_baseline (BkDatabase   *database,
                                           BkBaseline   *out_baseline,
                                           GError      **error);
gboolean bk_training_settings_set_baseline (BkDatabase       *database,
                                           const BkBaseline *baseline,
                                           GError          **error);

G_END_DECLS

