/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-activity"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bk-activity.h"

G_DEFINE_QUARK (bk-import-error-quark, bk_import_error)

BkActivity *
bk_activity_new (void)
{
  BkActivity *self = g_new0 (BkActivity, 1);

  self->sport = BK_SPORT_OTHER;
  self->surface = BK_SURFACE_NONE;
  self->distance_m = -1;
  self->timer_s = -1;
  self->elapsed_s = -1;
  self->ascent_m = -1;
  return self;
}

void
bk_activity_free (BkActivity *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_free (self->sport_name);
  g_free (self->source);
  g_free (self->gear);
  g_free (self);
}

typedef struct
{
  const char *word;
  BkSport     sport;
  BkSurface   surface;
} SportWord;

/* Names as GPX <type>, TCX Sport, Strava "Activity Type" and Garmin's
 * activityType write them, compared without case, spaces, '_' or '-'.
 * Longer words come first so that "trailrunning" is not taken for
 * "running" on a road. */
static const SportWord sport_words[] = {
  { "treadmillrunning", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
  { "indoorrunning", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
  { "virtualrun", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
  { "trailrunning", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
  { "trailrun", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
  { "trackrunning", BK_SPORT_RUNNING, BK_SURFACE_TRACK },
  { "streetrunning", BK_SPORT_RUNNING, BK_SURFACE_ROAD },
  { "treadmill", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
  { "running", BK_SPORT_RUNNING, BK_SURFACE_NONE },
  { "run", BK_SPORT_RUNNING, BK_SURFACE_NONE },
  { "laufen", BK_SPORT_RUNNING, BK_SURFACE_NONE },
  { "lauf", BK_SPORT_RUNNING, BK_SURFACE_NONE },
  { "cycling", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "biking", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "ride", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "virtualride", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "ebikeride", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "radfahrt", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "radfahren", BK_SPORT_CYCLING, BK_SURFACE_NONE },
  { "wanderung", BK_SPORT_HIKING, BK_SURFACE_NONE },
  { "wandern", BK_SPORT_HIKING, BK_SURFACE_NONE },
  { "spaziergang", BK_SPORT_WALKING, BK_SURFACE_NONE },
  { "gehen", BK_SPORT_WALKING, BK_SURFACE_NONE },
  { "schwimmen", BK_SPORT_SWIMMING, BK_SURFACE_NONE },
  { "krafttraining", BK_SPORT_STRENGTH, BK_SURFACE_NONE },
  { "virtuellerlauf", BK_SPORT_RUNNING, BK_SURFACE_TREADMILL },
  { "traillauf", BK_SPORT_RUNNING, BK_SURFACE_TRAIL },
  { "walking", BK_SPORT_WALKING, BK_SURFACE_NONE },
  { "walk", BK_SPORT_WALKING, BK_SURFACE_NONE },
  { "hiking", BK_SPORT_HIKING, BK_SURFACE_NONE },
  { "hike", BK_SPORT_HIKING, BK_SURFACE_NONE },
  { "swimming", BK_SPORT_SWIMMING, BK_SURFACE_NONE },
  { "swim", BK_SPORT_SWIMMING, BK_SURFACE_NONE },
  { "lapswimming", BK_SPORT_SWIMMING, BK_SURFACE_NONE },
  { "openwaterswimming", BK_SPORT_SWIMMING, BK_SURFACE_NONE },
  { "strengthtraining", BK_SPORT_STRENGTH, BK_SURFACE_NONE },
  { "weighttraining", BK_SPORT_STRENGTH, BK_SURFACE_NONE },
  { "strength", BK_SPORT_STRENGTH, BK_SURFACE_NONE },
};

/**
 * bk_sport_from_name:
 * @name: a sport as a file writes it, such as "Running" or "trail_running"
 * @out_surface: (out) (optional): the surface the name implies
 */
BkSport
bk_sport_from_name (const char *name,
                    BkSurface  *out_surface)
{
  char folded[64];
  gsize n = 0;

  if (out_surface != NULL)
    *out_surface = BK_SURFACE_NONE;
  if (name == NULL)
    return BK_SPORT_OTHER;

  for (const char *p = name; *p != '\0' && n + 1 < sizeof folded; p++)
    if (*p != ' ' && *p != '_' && *p != '-')
      folded[n++] = g_ascii_tolower (*p);
  folded[n] = '\0';

  for (gsize i = 0; i < G_N_ELEMENTS (sport_words); i++)
    if (g_str_equal (folded, sport_words[i].word))
      {
        if (out_surface != NULL)
          *out_surface = sport_words[i].surface;
        return sport_words[i].sport;
      }
  return BK_SPORT_OTHER;
}

const char *
bk_sport_get_label (BkSport sport)
{
  switch (sport)
    {
    case BK_SPORT_RUNNING: return _("running");
    case BK_SPORT_CYCLING: return _("cycling");
    case BK_SPORT_WALKING: return _("walking");
    case BK_SPORT_HIKING: return _("hiking");
    case BK_SPORT_SWIMMING: return _("swimming");
    case BK_SPORT_STRENGTH: return _("strength training");
    case BK_SPORT_OTHER:
    default:
      return _("other");
    }
}

gboolean
bk_activity_is_run (BkActivity *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->sport == BK_SPORT_RUNNING;
}

/**
 * bk_activity_get_session_kind:
 *
 * What an activity that is not a run is kept as: the sport where it is one
 * of the session kinds, an elliptical trainer or aqua jogging by the name
 * the file gives it, and other for the rest (walks, hikes, yoga).
 */
BkSessionKind
bk_activity_get_session_kind (BkActivity *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (self != NULL, BK_SESSION_KIND_OTHER);

  switch (self->sport)
    {
    case BK_SPORT_CYCLING: return BK_SESSION_KIND_CYCLING;
    case BK_SPORT_SWIMMING: return BK_SESSION_KIND_SWIMMING;
    case BK_SPORT_STRENGTH: return BK_SESSION_KIND_STRENGTH;
    case BK_SPORT_RUNNING:
    case BK_SPORT_WALKING:
    case BK_SPORT_HIKING:
    case BK_SPORT_OTHER:
    default:
      break;
    }
  if (self->sport != BK_SPORT_OTHER || self->sport_name == NULL)
    return BK_SESSION_KIND_OTHER;
  name = g_ascii_strdown (self->sport_name, -1);
  if (strstr (name, "elliptic") != NULL)
    return BK_SESSION_KIND_ELLIPTICAL;
  if (strstr (name, "aqua") != NULL || (strstr (name, "water") != NULL && strstr (name, "run") != NULL))
    return BK_SESSION_KIND_AQUA_JOGGING;
  return BK_SESSION_KIND_OTHER;
}

/* The time a run is logged with: the device's timer when it has one, the
 * wall clock from start to end otherwise. */
static double
activity_duration (BkActivity *self)
{
  return self->timer_s > 0 ? self->timer_s : self->elapsed_s;
}

/**
 * bk_activity_check:
 *
 * Whether the activity has what a run needs: a start, a distance and a
 * time. @error says which is missing.
 */
gboolean
bk_activity_check (BkActivity  *self,
                   GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->started_at == NULL)
    {
      g_set_error_literal (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY,
                           _("the activity has no start time"));
      return FALSE;
    }
  if (!(self->distance_m > 0))
    {
      g_set_error_literal (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY,
                           _("the activity has no distance"));
      return FALSE;
    }
  if (!(activity_duration (self) >= 1))
    {
      g_set_error_literal (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY,
                           _("the activity has no duration"));
      return FALSE;
    }
  /* The log's own limits (bk_run_validate()): a week, 1000 km. */
  if (activity_duration (self) > 7 * 24 * 3600 || self->distance_m > 1000000)
    {
      g_set_error_literal (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY,
                           _("the activity is longer than a week or 1000 km, which no run is"));
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_activity_to_run:
 * @zone: the runner's time zone, which the start is shown in
 *
 * Returns: (transfer full): a new run, or %NULL when bk_activity_check()
 *   fails
 */
BkRun *
bk_activity_to_run (BkActivity *self,
                    GTimeZone  *zone)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) whole = NULL;
  BkRun *run;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  if (!bk_activity_check (self, NULL))
    return NULL;

  /* The log keeps whole seconds; the offset is that of the day itself, so
   * a run in summer keeps summer time after a winter import. */
  local = g_date_time_to_timezone (self->started_at, zone);
  whole = g_date_time_add_seconds (local, -fmod (g_date_time_get_seconds (local), 1.0));
  run = bk_run_new (whole, self->distance_m, (gint64) llround (activity_duration (self)));
  bk_run_set_surface (run, self->surface);
  if (self->ascent_m >= 0 && self->ascent_m <= 20000)
    bk_run_set_elevation (run, round (self->ascent_m));
  return run;
}

/**
 * bk_parse_xml_time:
 * @text: an xsd:dateTime, such as "2023-01-16T18:02:26.000Z"
 * @zone_if_none: the zone of a time written without one
 *
 * Returns: (transfer full) (nullable): the time, or %NULL when @text is
 *   not a date and time
 */
GDateTime *
bk_parse_xml_time (const char *text,
                   GTimeZone  *zone_if_none)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (copy, zone_if_none);
}
