/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Totals summed point by point, for files without the device's own:
 * distance along the track, moving time and elevation gain. Points are
 * not kept, so memory stays flat however long the track is. */
typedef struct
{
  double  distance_m;
  double  moving_s;
  double  ascent_m;
  double  first_time;
  double  last_time;
  guint   n_points;
  /* The previous point of the current segment. */
  double  lat, lon, time;
  gboolean have_position;
  /* Elevation hysteresis: the lowest point since the last counted climb. */
  double  ele_low;
  double  ele_last;
  gboolean have_ele;
} BkTrack;

void     bk_track_init          (BkTrack *self);
void     bk_track_break         (BkTrack *self);
void     bk_track_add           (BkTrack *self,
                                 double   unix_time,
                                 double   lat,
                                 double   lon,
                                 double   elevation);
gboolean bk_elevation_is_valid  (double   elevation);
double   bk_haversine_m         (double   lat1,
                                 double   lon1,
                                 double   lat2,
                                 double   lon2);

G_END_DECLS
