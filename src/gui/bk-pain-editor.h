/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-pain-entry.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_EDITOR (bk_pain_editor_get_type ())

G_DECLARE_FINAL_TYPE (BkPainEditor, bk_pain_editor, BK, PAIN_EDITOR, AdwWindow)

BkPainEditor *bk_pain_editor_new       (BkContext    *context,
                                        BkPainEntry  *entry);
gboolean      bk_pain_editor_get_valid (BkPainEditor *self);

G_END_DECLS
