/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-context.h"

G_BEGIN_DECLS

/* Without --from, the report covers this many days up to --to. */
#define BK_PAIN_REPORT_DEFAULT_DAYS 84
/* Longer periods still chart only the last year of weeks. */
#define BK_PAIN_REPORT_MAX_WEEKS 53

gboolean bk_pain_report_write (BkContext   *context,
                               const char  *path,
                               guint32      from_julian,
                               guint32      to_julian,
                               GDateTime   *now,
                               guint       *out_n_entries,
                               GError     **error);

G_END_DECLS
