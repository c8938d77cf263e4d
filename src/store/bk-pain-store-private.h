/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-pain-store.h"

G_BEGIN_DECLS

/* Shared by the pain store's files; not for other callers. */
BkDatabase *bk_pain_store_get_database (BkPainStore *self);
void        bk_pain_store_emit_changed (BkPainStore *self);

G_END_DECLS
