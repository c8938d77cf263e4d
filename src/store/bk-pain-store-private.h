/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-pain-store.h"

G_BEGIN_DECLS

/* Shared by the pain store's files; not for other callers. */
#define PAIN_COLUMNS "id, felt_at, context, minutes_in, run_id, rating, locations, character," \
                     " emergency, trigger_travel, trigger_training_increase, trigger_shoes," \
                     " trigger_core_work, trigger_past_injury, trigger_hills," \
                     " trigger_one_side_tighter, trigger_seen_professional, notes, " SIGN_COLUMNS
/* In BkWarningSign order. */
#define SIGN_COLUMNS "sign_saddle_numbness, sign_bladder, sign_bowel, sign_passing_sensation," \
                     " sign_sexual, sign_leg_weakness, sign_both_legs, sign_night_pain, sign_unwell," \
                     " sign_weight_loss, sign_trauma"

gpointer    bk_pain_store_entry_from_row (sqlite3_stmt *stmt);
BkDatabase *bk_pain_store_get_database (BkPainStore *self);
void        bk_pain_store_emit_changed (BkPainStore *self);

G_END_DECLS
