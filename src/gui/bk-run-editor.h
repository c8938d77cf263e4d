/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_RUN_EDITOR (bk_run_editor_get_type ())

G_DECLARE_FINAL_TYPE (BkRunEditor, bk_run_editor, BK, RUN_EDITOR, AdwWindow)

BkRunEditor *bk_run_editor_new      (BkContext   *context,
                                     BkRun       *run);
gboolean     bk_run_editor_is_valid (BkRunEditor *self);

G_END_DECLS
