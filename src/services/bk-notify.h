/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bk_notify_send (const char *summary,
                         const char *body,
                         const char *icon_name);

G_END_DECLS
