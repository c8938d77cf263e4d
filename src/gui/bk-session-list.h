/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-session.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SESSION_LIST (bk_session_list_get_type ())

G_DECLARE_FINAL_TYPE (BkSessionList, bk_session_list, BK, SESSION_LIST, AdwBin)

void       bk_session_list_set_context    (BkSessionList   *self,
                                           BkContext       *context);
guint      bk_session_list_get_n_sessions (BkSessionList   *self);
GtkWidget *bk_session_row_new             (const BkSession *session);

G_END_DECLS
