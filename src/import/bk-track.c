/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-track"

#include <math.h>

#include "bk-track.h"

#define EARTH_RADIUS_M 6371008.8
/* Below walking pace (1 km/h, as gpxpy and FitTrackee use for runs) the
 * runner is standing; a gap longer than this is a pause, not running. */
#define STOPPED_SPEED_M_S (1000.0 / 3600.0)
#define LONGEST_MOVING_GAP_S 30.0
/* A climb counts once it has risen this far above the last low, so GPS
 * altitude noise on the flat does not add up to hills. */
#define ASCENT_HYSTERESIS_M 3.0

void
bk_track_init (BkTrack *self)
{
  *self = (BkTrack) {
    .first_time = NAN,
    .last_time = NAN,
    .time = NAN,
  };
}

/* A new segment: the gap before it is never distance or moving time. */
void
bk_track_break (BkTrack *self)
{
  self->have_position = FALSE;
  self->time = NAN;
}

gboolean
bk_elevation_is_valid (double elevation)
{
  /* Devices write -9999 or 9999 (and zeros, which cannot be told apart
   * from sea level) for "no fix"; nobody runs below the Dead Sea shore. */
  return isfinite (elevation) && elevation > -500 && elevation < 9000;
}

double
bk_haversine_m (double lat1,
                double lon1,
                double lat2,
                double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 2 * EARTH_RADIUS_M * asin (sqrt (MIN (1.0, a)));
}

/**
 * bk_track_add:
 * @unix_time: seconds since 1970, or NAN when the point has no time
 * @lat: (nullable): degrees, or NAN without a position
 * @elevation: metres, or NAN
 */
void
bk_track_add (BkTrack *self,
              double   unix_time,
              double   lat,
              double   lon,
              double   elevation)
{
  gboolean has_position = isfinite (lat) && isfinite (lon) &&
                          fabs (lat) <= 90 && fabs (lon) <= 180;
  double step = 0;

  self->n_points++;

  if (isfinite (unix_time))
    {
      if (!isfinite (self->first_time) || unix_time < self->first_time)
        self->first_time = unix_time;
      if (!isfinite (self->last_time) || unix_time > self->last_time)
        self->last_time = unix_time;
    }

  if (has_position)
    {
      if (self->have_position)
        step = bk_haversine_m (self->lat, self->lon, lat, lon);
      self->distance_m += step;
      self->lat = lat;
      self->lon = lon;
      self->have_position = TRUE;
    }

  if (isfinite (unix_time))
    {
      if (isfinite (self->time))
        {
          double dt = unix_time - self->time;

          if (dt > 0 && dt <= LONGEST_MOVING_GAP_S && (!has_position || step / dt >= STOPPED_SPEED_M_S))
            self->moving_s += dt;
        }
      self->time = unix_time;
    }

  if (bk_elevation_is_valid (elevation))
    {
      if (!self->have_ele)
        {
          self->ele_low = elevation;
          self->have_ele = TRUE;
        }
      else if (elevation < self->ele_low)
        self->ele_low = elevation;
      else if (elevation - self->ele_low >= ASCENT_HYSTERESIS_M)
        {
          self->ascent_m += elevation - self->ele_low;
          self->ele_low = elevation;
        }
      self->ele_last = elevation;
    }
}
