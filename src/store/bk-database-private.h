/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The SQL that moves a log from @version to @version + 1. */
const char *bk_database_migration_sql (int version);

G_END_DECLS
