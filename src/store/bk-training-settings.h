/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-database.h"

G_BEGIN_DECLS

/* Keys of the training_settings table. */
#define BK_TRAINING_PLAN_START    "plan-start"      /* YYYY-MM-DD */
#define BK_TRAINING_GOAL_RACE     "goal-race"       /* YYYY-MM-DD */
#define BK_TRAINING_NOTIFIED_LEVEL "notified-level" /* none/caution/warning/high */

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

G_END_DECLS

