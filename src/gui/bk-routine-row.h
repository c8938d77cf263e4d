/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"
#include "services/bk-stretch-agenda.h"

G_BEGIN_DECLS

#define BK_TYPE_ROUTINE_ROW (bk_routine_row_get_type ())

G_DECLARE_FINAL_TYPE (BkRoutineRow, bk_routine_row, BK, ROUTINE_ROW, AdwExpanderRow)

BkRoutineRow *bk_routine_row_new        (BkContext       *context,
                                         BkStretchAgenda *agenda,
                                         guint            index);
gint64        bk_routine_row_get_id     (BkRoutineRow    *self);
const char   *bk_reminder_arrival_note  (BkContext       *context);

G_END_DECLS
