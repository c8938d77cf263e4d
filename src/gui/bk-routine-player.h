/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_ROUTINE_PLAYER (bk_routine_player_get_type ())

G_DECLARE_FINAL_TYPE (BkRoutinePlayer, bk_routine_player, BK, ROUTINE_PLAYER, AdwWindow)

BkRoutinePlayer *bk_routine_player_new           (BkContext       *context,
                                                  gint64           routine_id,
                                                  GError         **error);
void             bk_routine_player_set_speed     (BkRoutinePlayer *self,
                                                  double           speed);
double           bk_routine_player_get_speed     (BkRoutinePlayer *self);
gboolean         bk_routine_player_get_finished  (BkRoutinePlayer *self);
const char      *bk_routine_player_get_side_text (BkRoutinePlayer *self);
void             bk_routine_player_use_manual_clock (BkRoutinePlayer *self);
void             bk_routine_player_advance       (BkRoutinePlayer *self,
                                                  guint            seconds);

G_END_DECLS
