/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-command.h"

G_BEGIN_DECLS

/* The command line's options, in one table (bk-command-options.c) that
 * gives GApplication its entries and the help text, says which options
 * are commands and which ones belong to a command. */

const GOptionEntry *bk_command_option_entries (void);
gboolean            bk_command_options_check  (GVariantDict   *options,
                                               BkCommandKind  *out_kind,
                                               GError        **error);
gboolean            bk_command_lookup_string  (GVariantDict   *options,
                                               const char     *name,
                                               const char    **out);

G_END_DECLS
