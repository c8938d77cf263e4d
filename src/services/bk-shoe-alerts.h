/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_SHOE_ALERTS (bk_shoe_alerts_get_type ())

G_DECLARE_FINAL_TYPE (BkShoeAlerts, bk_shoe_alerts, BK, SHOE_ALERTS, GObject)

BkShoeAlerts *bk_shoe_alerts_new   (BkContext    *context);
void          bk_shoe_alerts_check (BkShoeAlerts *self);

G_END_DECLS
