/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-context.h"

G_BEGIN_DECLS

typedef struct _BkContextOpening BkContextOpening;

BkContextOpening *bk_context_opening_start    (const char        *data_dir,
                                               GSettings         *settings);
const char       *bk_context_opening_get_data_dir (BkContextOpening *self);
void              bk_context_opening_wait     (BkContextOpening  *self);
BkContext        *bk_context_opening_finish   (BkContextOpening  *self,
                                               GError           **error);
void              bk_context_opening_free     (BkContextOpening  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkContextOpening, bk_context_opening_free)

G_END_DECLS
