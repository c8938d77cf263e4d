/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

void bk_context_property_install (GObjectClass *object_class,
                                  gsize         context_offset);

G_END_DECLS
