/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-strava"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bk-strava.h"

/* activities.csv from Strava's "Download your data": RFC 4180 quoting
 * with multi-line descriptions, headers in the account's language, some
 * of them repeated with other units (the first "Distance" is km, the later
 * one metres), dates in UTC written for people. */

/* No export has rows this wide; the cap keeps a hostile file bounded. */
#define MAX_FIELDS 1024

typedef enum {
  COL_DATE,
  COL_TYPE,
  COL_ELAPSED,
  COL_MOVING,
  COL_DISTANCE_KM,
  COL_DISTANCE_M,
  COL_ELEVATION,
  COL_FILENAME,
  COL_GEAR,
  N_COLS
} Column;

void
bk_strava_row_free (BkStravaRow *self)
{
  if (self == NULL)
    return;
  bk_activity_free (self->activity);
  g_free (self->filename);
  g_free (self);
}

/* Every field is valid UTF-8 from here on: names reach the summary and
 * the log, and GLib's text functions assume it. */
static char *
make_valid (GString *field)
{
  if (g_utf8_validate_len (field->str, field->len, NULL))
    return g_string_free (field, FALSE);
  {
    char *valid = g_utf8_make_valid (field->str, field->len);

    g_string_free (field, TRUE);
    return valid;
  }
}

/* Reads one record from @p, advancing it; returns NULL at the end. */
static GPtrArray *
next_record (const char **p,
             const char  *end,
             guint       *line,
             gboolean    *too_wide)
{
  GPtrArray *fields;
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE, in_quotes = FALSE;
  const char *s = *p;

  if (s >= end)
    {
      g_string_free (field, TRUE);
      return NULL;
    }
  fields = g_ptr_array_new_with_free_func (g_free);
  while (s < end)
    {
      char c = *s++;

      if (in_quotes)
        {
          if (c == '"' && s < end && *s == '"')
            {
              g_string_append_c (field, '"');
              s++;
            }
          else if (c == '"')
            in_quotes = FALSE;
          else
            {
              if (c == '\n')
                (*line)++;
              g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && field->len == 0 && !quoted)
        {
          in_quotes = quoted = TRUE;
          continue;
        }
      if (c == ',' || c == '\n' || c == '\r')
        {
          if (fields->len < MAX_FIELDS)
            g_ptr_array_add (fields, make_valid (g_steal_pointer (&field)));
          else
            {
              *too_wide = TRUE;
              g_string_free (g_steal_pointer (&field), TRUE);
            }
          field = g_string_new (NULL);
          quoted = FALSE;
          if (c == ',')
            continue;
          if (c == '\r' && s < end && *s == '\n')
            s++;
          (*line)++;
          break;
        }
      g_string_append_c (field, c);
    }
  if (s >= end && (field->len > 0 || quoted))
    g_ptr_array_add (fields, make_valid (g_steal_pointer (&field)));
  if (field != NULL)
    g_string_free (field, TRUE);
  *p = s;
  return fields;
}

/* A header as compared: markup Strava leaves in some ("<span
 * class="translation_missing" ...>Total Steps</span>") removed, trimmed,
 * lower case. */
static char *
fold_header (const char *header)
{
  GString *s = g_string_new (NULL);
  gboolean in_tag = FALSE;

  for (const char *p = header; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (s, *p);
    }
  {
    g_autofree char *trimmed = g_strstrip (g_string_free (s, FALSE));
    return g_utf8_strdown (trimmed, -1);
  }
}

static gboolean
header_is (const char *folded,
           const char *english,
           const char *german)
{
  return g_str_equal (folded, english) || g_str_equal (folded, german);
}

static void
map_columns (GPtrArray *header,
             int        columns[N_COLS])
{
  guint distances = 0;

  for (int i = 0; i < N_COLS; i++)
    columns[i] = -1;
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *h = fold_header (g_ptr_array_index (header, i));

      if (header_is (h, "activity date", "aktivitätsdatum") && columns[COL_DATE] < 0)
        columns[COL_DATE] = (int) i;
      else if (header_is (h, "activity type", "aktivitätsart") && columns[COL_TYPE] < 0)
        columns[COL_TYPE] = (int) i;
      else if (header_is (h, "elapsed time", "verstrichene zeit") && columns[COL_ELAPSED] < 0)
        columns[COL_ELAPSED] = (int) i;
      else if (header_is (h, "moving time", "bewegungszeit") && columns[COL_MOVING] < 0)
        columns[COL_MOVING] = (int) i;
      else if (header_is (h, "distance", "distanz"))
        {
          /* The first is in km (or miles), the second in metres. */
          if (distances++ == 0)
            columns[COL_DISTANCE_KM] = (int) i;
          else if (columns[COL_DISTANCE_M] < 0)
            columns[COL_DISTANCE_M] = (int) i;
        }
      else if (header_is (h, "elevation gain", "höhenzunahme") && columns[COL_ELEVATION] < 0)
        columns[COL_ELEVATION] = (int) i;
      else if (header_is (h, "filename", "dateiname") && columns[COL_FILENAME] < 0)
        columns[COL_FILENAME] = (int) i;
      /* The pair (or bike) the runner picked on Strava, by its name; the
       * German export's header for it is not known here. */
      else if (g_str_equal (h, "activity gear") && columns[COL_GEAR] < 0)
        columns[COL_GEAR] = (int) i;
    }
}

/* "9.44", or with a German export's decimal comma "9,44". */
static double
parse_number (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;
  double value;

  if (*copy == '\0')
    return NAN;
  if (strchr (copy, ',') != NULL && strchr (copy, '.') == NULL)
    g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value))
    return NAN;
  return value;
}

static const char * const months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/**
 * bk_strava_parse_date:
 * @text: "Oct 6, 2022, 11:19:20 PM" or, in a German export,
 *   "09.12.2022, 15:24:49"; both in UTC
 *
 * Returns: (transfer full) (nullable): the time in UTC
 */
GDateTime *
bk_strava_parse_date (const char *text)
{
  char month_name[8] = "";
  int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
  char meridiem[3] = "";
  int n;

  g_return_val_if_fail (text != NULL, NULL);

  if (sscanf (text, " %d.%d.%d, %d:%d:%d %n", &day, &month, &year, &hour, &minute, &second, &n) == 6 &&
      text[n] == '\0')
    return g_date_time_new_utc (year, month, day, hour, minute, second);

  if (sscanf (text, " %3s %d, %d, %d:%d:%d %2s %n", month_name, &day, &year, &hour, &minute, &second,
              meridiem, &n) == 7 && text[n] == '\0')
    {
      g_autofree char *lower = g_ascii_strdown (month_name, -1);
      g_autofree char *ampm = g_ascii_strdown (meridiem, -1);

      for (gsize i = 0; i < G_N_ELEMENTS (months); i++)
        if (g_str_equal (lower, months[i]))
          month = (int) i + 1;
      if (month == 0 || hour < 1 || hour > 12 || (!g_str_equal (ampm, "am") && !g_str_equal (ampm, "pm")))
        return NULL;
      /* 12:05 AM is five past midnight, 12:05 PM five past noon. */
      hour = hour % 12 + (g_str_equal (ampm, "pm") ? 12 : 0);
      return g_date_time_new_utc (year, month, day, hour, minute, second);
    }
  return NULL;
}

static const char *
field_at (GPtrArray *record,
          int        column)
{
  if (column < 0 || (guint) column >= record->len)
    return NULL;
  return g_ptr_array_index (record, column);
}

/**
 * bk_strava_read_csv:
 * @text: the file, which need not end in a NUL
 * @source: its name, for messages and for the activities' source
 *
 * Returns: (transfer container) (element-type BkStravaRow): one row per
 *   activity with a readable date; %NULL with @error when the file is not
 *   a Strava activities.csv
 */
GPtrArray *
bk_strava_read_csv (const char  *text,
                    gsize        length,
                    const char  *source,
                    GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_strava_row_free);
  g_autoptr(GPtrArray) header = NULL;
  const char *p = text, *end = text + length;
  gboolean too_wide = FALSE;
  int columns[N_COLS];
  guint line = 1;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  header = next_record (&p, end, &line, &too_wide);
  if (header != NULL)
    map_columns (header, columns);
  if (header == NULL || columns[COL_DATE] < 0 || columns[COL_TYPE] < 0 ||
      (columns[COL_DISTANCE_KM] < 0 && columns[COL_DISTANCE_M] < 0))
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is not a Strava activities.csv: it has no Activity Date, Activity Type "
                     "and Distance columns"), source);
      return NULL;
    }

  for (;;)
    {
      guint row_line = line;
      g_autoptr(GPtrArray) record = next_record (&p, end, &line, &too_wide);
      g_autoptr(BkActivity) activity = NULL;
      const char *date, *type, *filename;
      double km, metres, moving, elapsed, ascent;
      BkStravaRow *row;

      if (record == NULL)
        break;
      if (record->len <= 1 && (record->len == 0 || *(char *) g_ptr_array_index (record, 0) == '\0'))
        continue;

      date = field_at (record, columns[COL_DATE]);
      type = field_at (record, columns[COL_TYPE]);
      activity = bk_activity_new ();
      activity->started_at = date != NULL ? bk_strava_parse_date (date) : NULL;
      activity->sport = bk_sport_from_name (type, &activity->surface);
      activity->sport_name = g_strdup (type != NULL ? type : "");
      km = parse_number (field_at (record, columns[COL_DISTANCE_KM]));
      metres = parse_number (field_at (record, columns[COL_DISTANCE_M]));
      activity->distance_m = isfinite (metres) ? metres : isfinite (km) ? km * 1000 : -1;
      moving = parse_number (field_at (record, columns[COL_MOVING]));
      elapsed = parse_number (field_at (record, columns[COL_ELAPSED]));
      activity->timer_s = isfinite (moving) ? moving : -1;
      activity->elapsed_s = isfinite (elapsed) ? elapsed : -1;
      ascent = parse_number (field_at (record, columns[COL_ELEVATION]));
      activity->ascent_m = isfinite (ascent) && ascent >= 0 ? ascent : -1;
      activity->source = g_strdup (source);

      {
        const char *gear = field_at (record, columns[COL_GEAR]);
        g_autofree char *tidy = gear != NULL ? g_strstrip (g_strdup (gear)) : NULL;

        if (tidy != NULL && *tidy != '\0')
          activity->gear = g_steal_pointer (&tidy);
      }

      row = g_new0 (BkStravaRow, 1);
      filename = field_at (record, columns[COL_FILENAME]);
      if (filename != NULL && *filename != '\0')
        row->filename = g_strstrip (g_strdup (filename));
      row->activity = g_steal_pointer (&activity);
      row->line = row_line;
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}
