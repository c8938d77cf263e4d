/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-schedule"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-core-error.h"
#include "bk-schedule.h"

gboolean
bk_schedule_is_valid (const BkSchedule  *schedule,
                      GError           **error)
{
  g_return_val_if_fail (schedule != NULL, FALSE);

  if (schedule->days > BK_DAYS_ALL)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Reminder days must be a set of weekdays"));
      return FALSE;
    }
  if (schedule->minute_of_day < -1 || schedule->minute_of_day > 24 * 60 - 1)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Reminder time must be between 00:00 and 23:59"));
      return FALSE;
    }
  if (schedule->after_run_min != -1 &&
      (schedule->after_run_min < 1 || schedule->after_run_min > 24 * 60))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Minutes after a run must be 1 to 1440"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_weekly (const BkSchedule *schedule)
{
  return schedule->days != 0 && schedule->minute_of_day >= 0;
}

gboolean
bk_schedule_is_active (const BkSchedule *schedule)
{
  g_return_val_if_fail (schedule != NULL, FALSE);
  return has_weekly (schedule) || schedule->after_run_min > 0;
}

/* The weekly occurrence on the local day @offset days from @today. A time
 * that does not exist (the spring-forward gap) is moved forward by GLib to
 * the first valid instant; a time that exists twice (autumn) is taken once,
 * at its standard-time instant, so a reminder never fires twice a day. */
static GDateTime *
occurrence (const BkSchedule *schedule,
            GTimeZone        *tz,
            const GDate      *today,
            int               offset)
{
  GDate day = *today;

  if (offset > 0)
    g_date_add_days (&day, offset);
  else if (offset < 0)
    g_date_subtract_days (&day, -offset);

  if ((schedule->days & BK_DAY_BIT (g_date_get_weekday (&day))) == 0)
    return NULL;

  return g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), schedule->minute_of_day / 60,
                          schedule->minute_of_day % 60, 0);
}

static void
local_today (GDateTime *now,
             GTimeZone *tz,
             GDate     *out)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, tz);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

/**
 * bk_schedule_next_due:
 * @now: the current instant
 * @tz: the runner's time zone: weekdays and times are local to it
 * @last_run_logged: (nullable): when the latest run was logged
 *
 * Returns: (transfer full) (nullable): the first due instant strictly after
 *   @now, in @tz, or %NULL when nothing is scheduled
 */
GDateTime *
bk_schedule_next_due (const BkSchedule *schedule,
                      GDateTime        *now,
                      GTimeZone        *tz,
                      GDateTime        *last_run_logged)
{
  g_autoptr(GDateTime) best = NULL;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (now != NULL && tz != NULL, NULL);

  if (has_weekly (schedule))
    {
      GDate today;

      local_today (now, tz, &today);
      /* Eight days: today's time may have passed, and then the same
       * weekday next week is the only candidate. */
      for (int offset = 0; offset <= 7 && best == NULL; offset++)
        {
          g_autoptr(GDateTime) at = occurrence (schedule, tz, &today, offset);

          if (at != NULL && g_date_time_compare (at, now) > 0)
            best = g_steal_pointer (&at);
        }
    }

  if (schedule->after_run_min > 0 && last_run_logged != NULL)
    {
      g_autoptr(GDateTime) after = g_date_time_add_minutes (last_run_logged, schedule->after_run_min);

      if (g_date_time_compare (after, now) > 0 &&
          (best == NULL || g_date_time_compare (after, best) < 0))
        {
          g_clear_pointer (&best, g_date_time_unref);
          best = g_date_time_to_timezone (after, tz);
        }
    }

  return g_steal_pointer (&best);
}

/**
 * bk_schedule_last_due:
 *
 * The latest weekly occurrence at or before @now within the past week, for
 * telling whether a reminder was missed while the app was not running.
 *
 * Returns: (transfer full) (nullable): that instant in @tz, or %NULL
 */
GDateTime *
bk_schedule_last_due (const BkSchedule *schedule,
                      GDateTime        *now,
                      GTimeZone        *tz)
{
  GDate today;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (now != NULL && tz != NULL, NULL);

  if (!has_weekly (schedule))
    return NULL;

  local_today (now, tz, &today);
  for (int offset = 0; offset >= -7; offset--)
    {
      g_autoptr(GDateTime) at = occurrence (schedule, tz, &today, offset);

      if (at != NULL && g_date_time_compare (at, now) <= 0)
        return g_steal_pointer (&at);
    }
  return NULL;
}

/**
 * bk_schedule_describe:
 *
 * Returns: (transfer full): the schedule in a short sentence for people
 */
char *
bk_schedule_describe (const BkSchedule *schedule)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (schedule != NULL, NULL);

  if (has_weekly (schedule))
    {
      /* Monday first, as the bits are. */
      const char *names[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
                              N_("Fri"), N_("Sat"), N_("Sun") };

      if (schedule->days == BK_DAYS_ALL)
        g_string_append (text, _("Every day"));
      else
        for (guint i = 0; i < 7; i++)
          if (schedule->days & (1u << i))
            g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", _(names[i]));
      /* TRANSLATORS: appended to a list of days: "Mon, Thu at 18:30" */
      g_string_append_printf (text, _(" at %02d:%02d"),
                              schedule->minute_of_day / 60, schedule->minute_of_day % 60);
    }
  if (schedule->after_run_min > 0)
    {
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, _("%d min after a run"), schedule->after_run_min);
    }
  if (text->len == 0)
    g_string_append (text, _("No reminder"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
