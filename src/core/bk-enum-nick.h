/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The stored and machine-readable ids of core's enums (SQLite columns,
 * key files, JSON, CSV) are the nicks of the GEnum and GFlags types that
 * gnome.mkenums_simple generates into bk-core-enums.h; a value whose id
 * differs from its name says so with a nick annotation in its header.
 * The translated labels stay hand-written beside each enum.
 */
const char *bk_enum_to_nick   (GType       enum_type,
                               int         value);
const char *bk_enum_to_nick_or (GType      enum_type,
                                int        value,
                                int        fallback);
gboolean    bk_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *out_value);
const char *bk_flag_to_nick   (GType       flags_type,
                               guint       flag);

G_END_DECLS
