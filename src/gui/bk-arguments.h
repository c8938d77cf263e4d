/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bk_arguments_check (char               **arguments,
                             const GOptionEntry  *option_entries,
                             int                 *exit_status);

G_END_DECLS
