/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "core/bk-units.h"
#include "store/bk-database.h"
#include "store/bk-pain-store.h"
#include "store/bk-run-store.h"
#include "store/bk-stretch-store.h"

G_BEGIN_DECLS

#define BK_DATABASE_FILENAME "backstretch.sqlite3"

#define BK_TYPE_CONTEXT (bk_context_get_type ())

G_DECLARE_FINAL_TYPE (BkContext, bk_context, BK, CONTEXT, GObject)

BkContext    *bk_context_new                (const char  *data_dir,
                                             GSettings   *settings,
                                             GError     **error);
const char   *bk_context_get_data_dir       (BkContext   *self);
BkDatabase   *bk_context_get_database       (BkContext   *self);
BkRunStore   *bk_context_get_run_store      (BkContext   *self);
BkPainStore  *bk_context_get_pain_store     (BkContext   *self);
BkStretchStore *bk_context_get_stretch_store (BkContext  *self);
GSettings    *bk_context_get_settings       (BkContext   *self);
BkUnits       bk_context_get_units          (BkContext   *self);
GDateWeekday  bk_context_get_first_weekday  (BkContext   *self);
char         *bk_context_resolve_data_dir   (const char  *option_value,
                                             const char  *env_value,
                                             const char  *cwd);
gboolean      bk_context_get_is_demo        (BkContext   *self);
void          bk_context_set_is_demo        (BkContext   *self,
                                             gboolean     is_demo);
GSettings    *bk_context_create_settings    (GError     **error);
void          bk_context_training_settings_changed (BkContext *self);
void          bk_context_shoes_changed      (BkContext   *self);

G_END_DECLS
