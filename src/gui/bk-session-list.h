/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-session.h"
#include "services/bk-context.h"
#include "store/bk-database.h"

G_BEGIN_DECLS

#define BK_TYPE_SESSION_LIST (bk_session_list_get_type ())

G_DECLARE_FINAL_TYPE (BkSessionList, bk_session_list, BK, SESSION_LIST, AdwBin)

typedef GtkWidget *(*BkSessionRowFunc) (const BkSession *session,
                                         gpointer         user_data);

void       bk_session_list_set_context    (BkSessionList   *self,
                                           BkContext       *context);
guint      bk_session_list_get_n_sessions (BkSessionList   *self);
GtkWidget *bk_session_row_new             (const BkSession *session);
int        bk_session_rows_fill           (GtkListBox      *box,
                                           BkDatabase      *database,
                                           guint32          from_julian,
                                           guint32          to_julian,
                                           BkSessionRowFunc make_row,
                                           gpointer         user_data);

G_END_DECLS
