/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

/* What a page does with its context once it has one. */
typedef void (*BkContextSetter) (gpointer   object,
                                 BkContext *context);

void bk_context_property_install          (GObjectClass    *object_class,
                                           gsize            context_offset);
void bk_context_property_install_settable (GObjectClass    *object_class,
                                           gsize            context_offset,
                                           BkContextSetter  setter);
void bk_context_property_notify           (GObject         *object);

G_END_DECLS
