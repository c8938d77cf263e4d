/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-activity.h"

G_BEGIN_DECLS

/* One row of a Strava export's activities.csv: the activity as the CSV
 * gives it, and the file (in the export's activities/ folder) that has
 * it in full, if the row names one. */
typedef struct
{
  BkActivity *activity;
  char       *filename;
  guint       line;
} BkStravaRow;

void       bk_strava_row_free (BkStravaRow  *self);
GPtrArray *bk_strava_read_csv (const char   *text,
                               gsize         length,
                               const char   *source,
                               GError      **error);
GDateTime *bk_strava_parse_date (const char *text);

G_END_DECLS
