/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* Where the pain journal meets the training status and the stretch log
 * (issue 6): which weeks count as flagged, what the trigger questions can
 * be pre-filled with. */

/* Weeks 5 to 7 of a block: the ramp-up phase. */
#define BK_PAIN_RAMP_UP_FIRST_WEEK 5
#define BK_PAIN_RAMP_UP_LAST_WEEK  7

gboolean bk_pain_training_week_is_flagged  (const BkStatusWeek *week);
gboolean bk_pain_training_week_is_ramp_up  (const BkStatusWeek *week);
GArray  *bk_pain_training_flagged_weeks    (BkContext          *context,
                                            guint32             today,
                                            GError            **error);
gboolean bk_pain_training_week_is_spike   (const BkStatusWeek *week);
gboolean bk_pain_training_marked_weeks     (BkContext          *context,
                                            guint32             today,
                                            GArray            **out_ramp_up,
                                            GArray            **out_spike,
                                            GError            **error);
/* The same from a status already computed (BkTrainingState's). */
GArray  *bk_pain_training_flagged_weeks_of (const BkTrainingStatus *status);
void     bk_pain_training_marked_weeks_of  (const BkTrainingStatus *status,
                                            GArray            **out_ramp_up,
                                            GArray            **out_spike);
gboolean bk_pain_training_day_is_flagged   (BkContext          *context,
                                            guint32             julian,
                                            gboolean           *out_flagged,
                                            GError            **error);
gboolean bk_pain_training_one_side_tighter (BkContext          *context,
                                            guint32             julian,
                                            gboolean           *out_tighter,
                                            GError            **error);

G_END_DECLS
