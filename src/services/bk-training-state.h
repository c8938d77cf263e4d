/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_TRAINING_STATE (bk_training_state_get_type ())

G_DECLARE_FINAL_TYPE (BkTrainingState, bk_training_state, BK, TRAINING_STATE, GObject)

BkTrainingState        *bk_training_state_new     (BkContext        *context);
const BkTrainingStatus *bk_training_state_get     (BkTrainingState  *self,
                                                   guint32           today,
                                                   GError          **error);
void                    bk_training_state_invalidate (BkTrainingState *self);
guint                   bk_training_state_get_n_computations (BkTrainingState *self);

/* Held by the context, made on first use (in bk-context.c). */
BkTrainingState        *bk_context_get_training_state (BkContext *context);

G_END_DECLS
