/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-date"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bk-date.h"

gboolean
bk_date_from_iso (const char *iso,
                  guint32    *out_julian)
{
  unsigned year, month, day;
  char tail;

  g_return_val_if_fail (out_julian != NULL, FALSE);

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;
  if (sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;
  if (year < 1900 || year > 9999 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, day, month, year);
    *out_julian = g_date_get_julian (&date);
  }
  return TRUE;
}

gboolean
bk_date_parse (const char  *text,
               GDateTime   *now,
               guint32     *out_julian,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (out_julian != NULL, FALSE);

  if (*stripped == '\0')
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                   _("Enter a date as YYYY-MM-DD"));
      return FALSE;
    }
  if (g_ascii_strcasecmp (stripped, "today") == 0)
    {
      *out_julian = bk_date_julian_of (now);
      return TRUE;
    }
  if (g_ascii_strcasecmp (stripped, "yesterday") == 0)
    {
      *out_julian = bk_date_julian_of (now) - 1;
      return TRUE;
    }
  if (!bk_date_from_iso (stripped, out_julian))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("“%s” is not a date: use YYYY-MM-DD, such as 2026-03-14"),
                   text);
      return FALSE;
    }
  return TRUE;
}

gboolean
bk_time_parse (const char  *text,
               int         *out_hour,
               int         *out_minute,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  unsigned hour, minute;
  char sep, tail;

  g_return_val_if_fail (out_hour != NULL && out_minute != NULL, FALSE);

  if (*stripped == '\0')
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                   _("Enter a time as HH:MM"));
      return FALSE;
    }
  if (sscanf (stripped, "%2u%c%2u%c", &hour, &sep, &minute, &tail) != 3 ||
      (sep != ':' && sep != '.') || hour > 23 || minute > 59 ||
      !g_ascii_isdigit (stripped[strlen (stripped) - 1]) ||
      strlen (stripped) < 4)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("“%s” is not a time: use HH:MM on a 24-hour clock, such as 07:30"),
                   text);
      return FALSE;
    }
  *out_hour = (int) hour;
  *out_minute = (int) minute;
  return TRUE;
}

char *
bk_date_to_iso (guint32 julian)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date));
}

guint32
bk_date_julian_of (GDateTime *datetime)
{
  int year, month, day;
  GDate date;

  g_return_val_if_fail (datetime != NULL, 0);

  g_date_time_get_ymd (datetime, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

guint32
bk_date_week_start (guint32      julian,
                    GDateWeekday first_day)
{
  GDate date;
  int offset;

  g_return_val_if_fail (g_date_valid_julian (julian), julian);
  g_return_val_if_fail (g_date_valid_weekday (first_day), julian);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  offset = ((int) g_date_get_weekday (&date) - (int) first_day + 7) % 7;
  return julian - (guint32) offset;
}

void
bk_date_iso_week (guint32  julian,
                  int     *out_iso_year,
                  int     *out_iso_week)
{
  GDate date;
  GDate thursday;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  /* The ISO year is the year of the week's Thursday. */
  g_date_clear (&thursday, 1);
  g_date_set_julian (&thursday, bk_date_week_start (julian, G_DATE_MONDAY) + 3);

  if (out_iso_year != NULL)
    *out_iso_year = g_date_get_year (&thursday);
  if (out_iso_week != NULL)
    *out_iso_week = (int) g_date_get_iso8601_week_of_year (&date);
}

static const char * const weekday_names[] = {
  NULL, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

GDateWeekday
bk_weekday_from_string (const char *name)
{
  for (guint i = 1; i < G_N_ELEMENTS (weekday_names); i++)
    if (g_strcmp0 (weekday_names[i], name) == 0)
      return (GDateWeekday) i;
  return G_DATE_MONDAY;
}

const char *
bk_weekday_to_string (GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), "monday");
  return weekday_names[weekday];
}

static char *
format_julian (guint32     julian,
               const char *format)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 12, 0, 0);
  return g_date_time_format (dt, format);
}

char *
bk_date_format_long (guint32 julian)
{
  /* TRANSLATORS: a date with weekday, see g_date_time_format() */
  return format_julian (julian, _("%a %-d %b %Y"));
}

char *
bk_date_format_short (guint32 julian)
{
  /* TRANSLATORS: a short date, see g_date_time_format() */
  return format_julian (julian, _("%-d %b"));
}

/**
 * bk_date_time_to_rfc3339:
 *
 * The one format every timestamp leaves the app in (JSON, CSV):
 * 2026-03-14T07:30:00+01:00. g_date_time_format_iso8601() writes "+01",
 * which RFC 3339 and JavaScript's Date do not accept.
 */
char *
bk_date_time_to_rfc3339 (GDateTime *datetime)
{
  g_return_val_if_fail (datetime != NULL, NULL);
  return g_date_time_format (datetime, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * bk_date_seconds_to_next_day:
 * @now: the current time, in the zone whose midnight is meant
 *
 * Returns: whole seconds from @now to the next local midnight, plus two so
 *   that a timer set to it fires on the new day
 */
guint
bk_date_seconds_to_next_day (GDateTime *now)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;

  g_return_val_if_fail (now != NULL, 0);

  start = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                           g_date_time_get_month (now), g_date_time_get_day_of_month (now), 0, 0, 0);
  tomorrow = g_date_time_add_days (start, 1);
  return (guint) (g_date_time_difference (tomorrow, now) / G_TIME_SPAN_SECOND) + 2;
}
