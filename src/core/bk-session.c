/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-session"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bk-core-enums.h"
#include "bk-core-error.h"
#include "bk-date.h"
#include "bk-enum-nick.h"
#include "bk-session.h"

/**
 * bk_session_new:
 * @started_at: the start, in the runner's time zone
 *
 * Returns: (transfer full): a session without RPE or notes
 */
BkSession *
bk_session_new (BkSessionKind  kind,
                GDateTime     *started_at,
                gint64         duration_s)
{
  BkSession *self;

  g_return_val_if_fail (started_at != NULL, NULL);

  self = g_new0 (BkSession, 1);
  self->kind = kind;
  self->started_at = g_date_time_ref (started_at);
  self->duration_s = duration_s;
  self->notes = g_strdup ("");
  self->sport = g_strdup ("");
  self->distance_m = -1;
  return self;
}

void
bk_session_free (BkSession *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_free (self->notes);
  g_free (self->sport);
  g_free (self);
}

/**
 * bk_session_copy:
 *
 * Returns: (transfer full): a session of its own with the same fields
 */
BkSession *
bk_session_copy (const BkSession *self)
{
  BkSession *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bk_session_new (self->kind, self->started_at, self->duration_s);
  copy->id = self->id;
  copy->rpe = self->rpe;
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  g_free (copy->sport);
  copy->sport = g_strdup (self->sport);
  copy->distance_m = self->distance_m;
  return copy;
}

/**
 * bk_session_validate:
 *
 * Whether the session can be stored; @error names the field that cannot.
 */
gboolean
bk_session_validate (const BkSession  *self,
                     GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->kind >= BK_SESSION_N_KINDS)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("Kind: use one of %s"), bk_session_kind_list ());
      return FALSE;
    }
  if (self->duration_s <= 0 || self->duration_s > BK_SESSION_MAX_DURATION_S)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("Duration: a session lasts more than no time and at most 24 hours"));
      return FALSE;
    }
  if (self->rpe < 0 || self->rpe > 10)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("Effort: use a whole number from 1 to 10, or leave it out"));
      return FALSE;
    }
  if (self->notes != NULL && g_utf8_strlen (self->notes, -1) > BK_SESSION_MAX_NOTES)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Notes: at most %d characters"), BK_SESSION_MAX_NOTES);
      return FALSE;
    }
  return TRUE;
}

/* Session-RPE load (Foster): RPE x minutes; NAN when the effort is not
 * rated, as an RPE is never imputed. */
double
bk_session_get_load (const BkSession *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  if (self->rpe <= 0)
    return NAN;
  return self->rpe * (self->duration_s / 60.0);
}

guint32
bk_session_get_julian (const BkSession *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return bk_date_julian_of (self->started_at);
}

/* "aqua-jogging", "cycling", ...: the id the store, the command line, CSV
 * and JSON use. */
const char *
bk_session_kind_to_string (BkSessionKind kind)
{
  return bk_enum_to_nick_or (BK_TYPE_SESSION_KIND, kind, BK_SESSION_KIND_OTHER);
}

/* Accepts the id in any case, with "_" or " " for "-" ("Aqua jogging"). */
gboolean
bk_session_kind_from_string (const char    *text,
                             BkSessionKind *out_kind)
{
  g_autofree char *copy = NULL;
  g_autofree char *id = NULL;
  int value;

  g_return_val_if_fail (out_kind != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  copy = g_strdup (text);
  id = g_ascii_strdown (g_strstrip (copy), -1);
  g_strdelimit (id, "_ ", '-');
  if (!bk_enum_from_nick (BK_TYPE_SESSION_KIND, id, &value))
    return FALSE;
  *out_kind = value;
  return TRUE;
}

const char *
bk_session_kind_get_label (BkSessionKind kind)
{
  switch (kind)
    {
    case BK_SESSION_KIND_AQUA_JOGGING: return _("Aqua jogging");
    case BK_SESSION_KIND_CYCLING: return _("Cycling");
    case BK_SESSION_KIND_ELLIPTICAL: return _("Elliptical");
    case BK_SESSION_KIND_SWIMMING: return _("Swimming");
    case BK_SESSION_KIND_STRENGTH: return _("Strength");
    case BK_SESSION_KIND_OTHER:
    default:
      return _("Other");
    }
}

/* For messages: the ids a runner may type. */
const char *
bk_session_kind_list (void)
{
  return "aqua-jogging, cycling, elliptical, swimming, strength, other";
}

/**
 * bk_format_hours_minutes:
 *
 * Returns: (transfer full): "3 h", "45 min" or "1 h 30 min", to the
 *   nearest minute
 */
char *
bk_format_hours_minutes (gint64 seconds)
{
  gint64 minutes = (MAX (seconds, 0) + 30) / 60;
  gint64 hours = minutes / 60;

  minutes %= 60;
  if (hours == 0)
    /* TRANSLATORS: a time in minutes, "45 min" */
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes == 0)
    /* TRANSLATORS: a time in whole hours, "3 h" */
    return g_strdup_printf (_("%d h"), (int) hours);
  /* TRANSLATORS: a time in hours and minutes, "1 h 30 min" */
  return g_strdup_printf (_("%d h %d min"), (int) hours, (int) minutes);
}

/**
 * bk_session_parse_start:
 * @text: "2026-03-14", "2026-03-14 07:30", "2026-03-14T07:30" or
 *   "today 07:30"; without a time, noon
 * @out_start: (out) (transfer full): the start in the local time zone
 *
 * When a session began, as the command line and the editor read it.
 */
gboolean
bk_session_parse_start (const char  *text,
                        GDateTime   *now,
                        GDateTime  **out_start,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_auto(GStrv) parts = NULL;
  int hour = 12, minute = 0;
  guint32 julian;
  GDate date;

  g_return_val_if_fail (text != NULL && now != NULL && out_start != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  parts = g_strsplit (trimmed, strlen (trimmed) > 10 && trimmed[10] == 'T' ? "T" : " ", 2);
  if (!bk_date_parse (parts[0], now, &julian, error))
    return FALSE;
  if (parts[0] != NULL && parts[1] != NULL && *g_strstrip (parts[1]) != '\0' &&
      !bk_time_parse (parts[1], &hour, &minute, error))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  *out_start = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), hour, minute, 0);
  return *out_start != NULL;
}
