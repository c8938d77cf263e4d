/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_LOG_CARE_GROUP (bk_log_care_group_get_type ())

G_DECLARE_FINAL_TYPE (BkLogCareGroup, bk_log_care_group, BK, LOG_CARE_GROUP, AdwPreferencesGroup)

GtkWidget *bk_log_care_group_new     (BkContext      *context);
void       bk_log_care_group_release (BkLogCareGroup *self);

G_END_DECLS
