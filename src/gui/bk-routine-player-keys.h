/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-routine-player.h"

G_BEGIN_DECLS

void bk_routine_player_add_keys (BkRoutinePlayer *self);

G_END_DECLS
