/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-database.h"
#include "core/bk-routine.h"
#include "core/bk-schedule.h"
#include "core/bk-stretch.h"

G_BEGIN_DECLS

#define BK_TYPE_STRETCH_STORE (bk_stretch_store_get_type ())

G_DECLARE_FINAL_TYPE (BkStretchStore, bk_stretch_store, BK, STRETCH_STORE, GObject)

BkStretchStore *bk_stretch_store_new              (BkDatabase        *database,
                                                   GPtrArray         *shipped);
GPtrArray      *bk_stretch_store_list_stretches   (BkStretchStore    *self,
                                                   GError           **error);
gboolean        bk_stretch_store_add_stretch      (BkStretchStore    *self,
                                                   const BkStretch   *stretch,
                                                   GError           **error);
gboolean        bk_stretch_store_delete_stretch   (BkStretchStore    *self,
                                                   const char        *id,
                                                   GError           **error);
gboolean        bk_stretch_store_set_hold         (BkStretchStore    *self,
                                                   const char        *id,
                                                   guint              hold_s,
                                                   guint              reps,
                                                   GError           **error);
gboolean        bk_stretch_store_reset_hold       (BkStretchStore    *self,
                                                   const char        *id,
                                                   GError           **error);

gboolean        bk_stretch_store_add_tightness    (BkStretchStore    *self,
                                                   BkTightnessTest   *test,
                                                   GError           **error);
GPtrArray      *bk_stretch_store_latest_tightness (BkStretchStore    *self,
                                                   GError           **error);
GHashTable     *bk_stretch_store_tightness_map    (BkStretchStore    *self,
                                                   GError           **error);
GPtrArray      *bk_stretch_store_tightness_history (BkStretchStore   *self,
                                                   const char        *muscle,
                                                   GError           **error);

gboolean        bk_stretch_store_ensure_routines  (BkStretchStore    *self,
                                                   GError           **error);
GPtrArray      *bk_stretch_store_list_routines    (BkStretchStore    *self,
                                                   GError           **error);
BkRoutine      *bk_stretch_store_get_routine      (BkStretchStore    *self,
                                                   gint64             id,
                                                   GError           **error);
gboolean        bk_stretch_store_add_routine      (BkStretchStore    *self,
                                                   BkRoutine         *routine,
                                                   GError           **error);
gboolean        bk_stretch_store_update_routine   (BkStretchStore    *self,
                                                   const BkRoutine   *routine,
                                                   GError           **error);
gboolean        bk_stretch_store_delete_routine   (BkStretchStore    *self,
                                                   gint64             id,
                                                   GError           **error);
gboolean        bk_stretch_store_skip_today       (BkStretchStore    *self,
                                                   gint64             routine_id,
                                                   guint32            julian,
                                                   GError           **error);
gboolean        bk_stretch_store_snooze           (BkStretchStore    *self,
                                                   gint64             routine_id,
                                                   gint64             until,
                                                   GError           **error);

gboolean        bk_stretch_store_add_session      (BkStretchStore    *self,
                                                   BkStretchSession  *session,
                                                   GError           **error);
GPtrArray      *bk_stretch_store_list_sessions    (BkStretchStore    *self,
                                                   guint32            from_julian,
                                                   guint32            to_julian,
                                                   GError           **error);
gint64          bk_stretch_store_last_run_finished (BkStretchStore    *self,
                                                    gint64            *logged_at,
                                                    GError           **error);

G_END_DECLS
