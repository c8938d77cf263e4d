/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-session.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SESSION_EDITOR (bk_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (BkSessionEditor, bk_session_editor, BK, SESSION_EDITOR, AdwWindow)

BkSessionEditor *bk_session_editor_new          (BkContext       *context);
BkSessionEditor *bk_session_editor_new_for_session (BkContext       *context,
                                                    const BkSession *session);
gboolean         bk_session_editor_get_valid    (BkSessionEditor *self);
guint            bk_session_editor_get_n_recent (BkSessionEditor *self);

G_END_DECLS
