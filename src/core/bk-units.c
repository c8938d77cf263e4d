/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-units"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bk-units.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

typedef struct {
  const char *name;
  double      factor;
} UnitName;

static const UnitName distance_units[] = {
  { "km", 1000.0 }, { "k", 1000.0 }, { "kms", 1000.0 },
  { "kilometre", 1000.0 }, { "kilometres", 1000.0 },
  { "kilometer", 1000.0 }, { "kilometers", 1000.0 },
  { "m", 1.0 }, { "metre", 1.0 }, { "metres", 1.0 },
  { "meter", 1.0 }, { "meters", 1.0 },
  { "mi", BK_METRES_PER_MILE }, { "mile", BK_METRES_PER_MILE },
  { "miles", BK_METRES_PER_MILE },
};

static const UnitName duration_units[] = {
  { "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 }, { "hours", 3600 },
  { "m", 60 }, { "min", 60 }, { "mins", 60 }, { "minute", 60 }, { "minutes", 60 },
  { "s", 1 }, { "sec", 1 }, { "secs", 1 }, { "second", 1 }, { "seconds", 1 },
};

static const UnitName *
find_unit (const UnitName *units,
           gsize           n_units,
           const char     *name,
           gsize           len)
{
  for (gsize i = 0; i < n_units; i++)
    {
      if (strlen (units[i].name) == len &&
          g_ascii_strncasecmp (units[i].name, name, len) == 0)
        return &units[i];
    }
  return NULL;
}

/* Reads an unsigned decimal number, accepting a comma as the separator so
 * that "10,5" typed on a German keyboard means what the runner meant. */
static gboolean
read_number (const char **cursor,
             double      *out)
{
  const char *p = *cursor;
  char buf[64];
  gsize len = 0;
  gboolean seen_digit = FALSE;
  gboolean seen_point = FALSE;
  char *end = NULL;

  while (*p != '\0' && len < sizeof buf - 1)
    {
      if (g_ascii_isdigit (*p))
        seen_digit = TRUE;
      else if ((*p == '.' || *p == ',') && !seen_point)
        seen_point = TRUE;
      else
        break;
      buf[len++] = *p == ',' ? '.' : *p;
      p++;
    }
  buf[len] = '\0';

  if (!seen_digit || (len > 0 && g_ascii_isdigit (*p)))
    return FALSE;

  *out = g_ascii_strtod (buf, &end);
  if (end == buf || *end != '\0' || !isfinite (*out))
    return FALSE;

  *cursor = p;
  return TRUE;
}

static const char *
skip_space (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;
  return p;
}

static gsize
word_length (const char *p)
{
  gsize len = 0;
  while (g_ascii_isalpha (p[len]))
    len++;
  return len;
}

gboolean
bk_parse_distance (const char  *text,
                   BkUnits      default_units,
                   double      *out_metres,
                   GError     **error)
{
  return bk_parse_distance_up_to (text, default_units, FALSE, BK_MAX_RUN_DISTANCE_M, out_metres, error);
}

/**
 * bk_parse_distance_up_to:
 * @allow_zero: whether "0" is a distance (the wear already on new shoes)
 * @max_metres: the most it may be
 *
 * bk_parse_distance() for a distance that is not one run's: a shoe's
 * limit or the distance already on it.
 */
gboolean
bk_parse_distance_up_to (const char  *text,
                         BkUnits      default_units,
                         gboolean     allow_zero,
                         double       max_metres,
                         double      *out_metres,
                         GError     **error)
{
  const char *p;
  double value;
  double factor;

  g_return_val_if_fail (out_metres != NULL, FALSE);

  p = skip_space (text != NULL ? text : "");
  if (*p == '\0')
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                   _("Enter a distance, such as 10.5 km or 6.2 mi"));
      return FALSE;
    }

  if (!read_number (&p, &value))
    goto invalid;

  p = skip_space (p);
  if (*p == '\0')
    {
      factor = default_units == BK_UNITS_IMPERIAL ? BK_METRES_PER_MILE : 1000.0;
    }
  else
    {
      gsize len = word_length (p);
      const UnitName *unit = find_unit (distance_units, G_N_ELEMENTS (distance_units), p, len);

      if (unit == NULL)
        goto invalid;
      factor = unit->factor;
      p = skip_space (p + len);
      if (*p != '\0')
        goto invalid;
    }

  value *= factor;
  if (value < 0.0 || (value == 0.0 && !allow_zero))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The distance must be more than zero"));
      return FALSE;
    }
  if (value > max_metres && max_metres == BK_MAX_RUN_DISTANCE_M)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The distance is more than 1000 km; check it"));
      return FALSE;
    }
  if (value > max_metres)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The distance is more than %.0f km; check it"), max_metres / 1000.0);
      return FALSE;
    }

  *out_metres = value;
  return TRUE;

invalid:
  g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
               _("“%s” is not a distance: use a number with km or mi, such as 10.5 km"),
               text);
  return FALSE;
}

static gboolean
parse_clock (const char *p,
             gint64     *out)
{
  gint64 parts[3];
  guint n = 0;

  while (TRUE)
    {
      gint64 v = 0;
      guint digits = 0;

      while (g_ascii_isdigit (*p) && digits < 7)
        {
          v = v * 10 + (*p - '0');
          p++;
          digits++;
        }
      if (digits == 0 || g_ascii_isdigit (*p) || n == 3)
        return FALSE;
      parts[n++] = v;
      if (*p == ':')
        {
          p++;
          continue;
        }
      break;
    }

  if (*skip_space (p) != '\0' || n < 2)
    return FALSE;

  /* The last field is seconds; with three fields the middle is minutes. */
  if (parts[n - 1] > 59)
    return FALSE;
  if (n == 3 && parts[1] > 59)
    return FALSE;

  if (n == 3)
    *out = parts[0] * 3600 + parts[1] * 60 + parts[2];
  else
    *out = parts[0] * 60 + parts[1];
  return TRUE;
}

static gboolean
parse_units (const char *p,
             gint64     *out)
{
  double total = 0.0;
  gboolean any = FALSE;
  double last_factor = G_MAXDOUBLE;

  p = skip_space (p);
  while (*p != '\0')
    {
      double value;
      gsize len;
      const UnitName *unit;

      if (!read_number (&p, &value))
        return FALSE;
      p = skip_space (p);
      len = word_length (p);
      if (len == 0)
        {
          /* A bare number: minutes, the way runners say "45". */
          if (any || *p != '\0')
            return FALSE;
          total = value * 60.0;
          any = TRUE;
          break;
        }
      unit = find_unit (duration_units, G_N_ELEMENTS (duration_units), p, len);
      /* Units must shrink from left to right: "5m1h" is a typo. */
      if (unit == NULL || unit->factor >= last_factor)
        return FALSE;
      last_factor = unit->factor;
      total += value * unit->factor;
      any = TRUE;
      p = skip_space (p + len);
    }

  if (!any || total > (double) G_MAXINT32)
    return FALSE;
  *out = (gint64) llround (total);
  return TRUE;
}

gboolean
bk_parse_duration (const char  *text,
                   gint64      *out_seconds,
                   GError     **error)
{
  const char *p;
  gint64 seconds = 0;
  gboolean ok;

  g_return_val_if_fail (out_seconds != NULL, FALSE);

  p = skip_space (text != NULL ? text : "");
  if (*p == '\0')
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                   _("Enter a duration, such as 55:20, 1:02:03 or 55m"));
      return FALSE;
    }

  if (strchr (p, ':') != NULL)
    ok = parse_clock (p, &seconds);
  else
    ok = parse_units (p, &seconds);

  if (!ok)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("“%s” is not a duration: use h:mm:ss, mm:ss or minutes such as 55m"),
                   text);
      return FALSE;
    }
  if (seconds <= 0)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The duration must be more than zero"));
      return FALSE;
    }
  if (seconds > BK_MAX_RUN_DURATION_S)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The duration is longer than a week; check it"));
      return FALSE;
    }

  *out_seconds = seconds;
  return TRUE;
}

gboolean
bk_parse_elevation (const char  *text,
                    BkUnits      units,
                    double      *out_metres,
                    GError     **error)
{
  const char *p = skip_space (text != NULL ? text : "");
  double value;
  double factor = units == BK_UNITS_IMPERIAL ? BK_METRES_PER_FOOT : 1.0;

  g_return_val_if_fail (out_metres != NULL, FALSE);

  if (*p == '\0')
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                   _("Enter the elevation gain, or leave it empty"));
      return FALSE;
    }
  if (!read_number (&p, &value))
    goto invalid;
  p = skip_space (p);
  if (*p != '\0')
    {
      gsize len = word_length (p);

      if (len == 1 && g_ascii_tolower (*p) == 'm')
        factor = 1.0;
      else if ((len == 2 && g_ascii_strncasecmp (p, "ft", 2) == 0) ||
               (len == 4 && g_ascii_strncasecmp (p, "feet", 4) == 0))
        factor = BK_METRES_PER_FOOT;
      else
        goto invalid;
      if (*skip_space (p + len) != '\0')
        goto invalid;
    }

  value *= factor;
  if (value > 20000.0)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The elevation gain is more than 20,000 m; check it"));
      return FALSE;
    }
  *out_metres = value;
  return TRUE;

invalid:
  g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
               _("“%s” is not an elevation gain: use a number of metres or feet"),
               text);
  return FALSE;
}

const char *
bk_units_distance_symbol (BkUnits units)
{
  return units == BK_UNITS_IMPERIAL ? _("mi") : _("km");
}

char *
bk_format_distance (double  metres,
                    BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;

  /* TRANSLATORS: a distance and its unit symbol, e.g. "10.50 km" */
  return g_strdup_printf (_("%.2f %s"), value, bk_units_distance_symbol (units));
}

char *
bk_format_distance_short (double  metres,
                          BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;

  /* TRANSLATORS: a distance and its unit symbol, e.g. "10.5 km" */
  return g_strdup_printf (_("%.1f %s"), value, bk_units_distance_symbol (units));
}

char *
bk_format_duration (gint64 seconds)
{
  gint64 s = MAX (seconds, 0);

  if (s >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d",
                            s / 3600, (int) (s / 60 % 60), (int) (s % 60));
  return g_strdup_printf ("%d:%02d", (int) (s / 60), (int) (s % 60));
}

double
bk_pace_seconds_per_km (double metres,
                        gint64 seconds)
{
  if (metres <= 0.0)
    return 0.0;
  return (double) seconds / (metres / 1000.0);
}

char *
bk_format_pace (double  metres,
                gint64  seconds,
                BkUnits units)
{
  double per_unit;
  gint64 rounded;

  if (metres <= 0.0 || seconds <= 0)
    return g_strdup ("–");

  per_unit = bk_pace_seconds_per_km (metres, seconds);
  if (units == BK_UNITS_IMPERIAL)
    per_unit *= BK_METRES_PER_MILE / 1000.0;
  rounded = (gint64) llround (per_unit);

  if (units == BK_UNITS_IMPERIAL)
    /* TRANSLATORS: a running pace, minutes:seconds per mile */
    return g_strdup_printf (_("%d:%02d /mi"), (int) (rounded / 60), (int) (rounded % 60));
  /* TRANSLATORS: a running pace, minutes:seconds per kilometre */
  return g_strdup_printf (_("%d:%02d /km"), (int) (rounded / 60), (int) (rounded % 60));
}

char *
bk_format_elevation (double  metres,
                     BkUnits units)
{
  if (units == BK_UNITS_IMPERIAL)
    return g_strdup_printf (_("%.0f ft"), metres / BK_METRES_PER_FOOT);
  return g_strdup_printf (_("%.0f m"), metres);
}

BkUnits
bk_units_from_string (const char *name)
{
  int value;

  /* Anything unknown, a missing setting included, is metric. */
  if (!bk_enum_from_nick (BK_TYPE_UNITS, name, &value))
    return BK_UNITS_METRIC;
  return value;
}

const char *
bk_units_to_string (BkUnits units)
{
  return bk_enum_to_nick_or (BK_TYPE_UNITS, units, BK_UNITS_METRIC);
}
