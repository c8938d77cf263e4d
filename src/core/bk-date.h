/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-core-error.h"

G_BEGIN_DECLS

/* Calendar days are Julian day numbers (GDate's), so a day never depends on
 * a time zone once a run's local date has been fixed. */

gboolean      bk_date_parse            (const char   *text,
                                        GDateTime    *now,
                                        guint32      *out_julian,
                                        GError      **error);
gboolean      bk_time_parse            (const char   *text,
                                        int          *out_hour,
                                        int          *out_minute,
                                        GError      **error);
char         *bk_date_to_iso           (guint32       julian);
char         *bk_date_time_to_rfc3339  (GDateTime    *datetime);
gboolean      bk_date_from_iso         (const char   *iso,
                                        guint32      *out_julian);
guint32       bk_date_julian_of        (GDateTime    *datetime);
guint32       bk_date_week_start       (guint32       julian,
                                        GDateWeekday  first_day);
void          bk_date_iso_week         (guint32       julian,
                                        int          *out_iso_year,
                                        int          *out_iso_week);
GDateWeekday  bk_weekday_from_string   (const char   *name);
const char   *bk_weekday_to_string     (GDateWeekday  weekday);
char         *bk_date_format_long      (guint32       julian);
char         *bk_date_format_short     (guint32       julian);
guint         bk_date_seconds_to_next_day (GDateTime   *now);

G_END_DECLS
