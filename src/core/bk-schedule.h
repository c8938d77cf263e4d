/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days of the week as bits, Monday first: BK_DAY_BIT (G_DATE_MONDAY) == 1. */
#define BK_DAY_BIT(weekday) (1u << ((weekday) - 1))
#define BK_DAYS_ALL 0x7fu

/* When a routine is due: on some weekdays at a local time, and/or a number
 * of minutes after a run is logged. Either part may be off. */
typedef struct {
  guint  days;           /* BK_DAY_BIT mask; 0 = no weekly reminder */
  int    minute_of_day;  /* 0..1439 local time; -1 = no weekly reminder */
  int    after_run_min;  /* 1..1440; -1 = off */
} BkSchedule;

gboolean   bk_schedule_is_valid     (const BkSchedule *schedule,
                                     GError          **error);
gboolean   bk_schedule_is_active    (const BkSchedule *schedule);
GDateTime *bk_schedule_next_due     (const BkSchedule *schedule,
                                     GDateTime        *now,
                                     GTimeZone        *tz,
                                     GDateTime        *last_run_logged);
GDateTime *bk_schedule_last_due     (const BkSchedule *schedule,
                                     GDateTime        *now,
                                     GTimeZone        *tz);
char      *bk_schedule_describe     (const BkSchedule *schedule);

G_END_DECLS
