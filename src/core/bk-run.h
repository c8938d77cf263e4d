/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-core-error.h"

G_BEGIN_DECLS

typedef enum {
  BK_SURFACE_NONE, /*< skip >*/
  BK_SURFACE_ROAD,
  BK_SURFACE_TRAIL,
  BK_SURFACE_GRASS,
  BK_SURFACE_TRACK,
  BK_SURFACE_TREADMILL,
  BK_SURFACE_MIXED,
  BK_N_SURFACES, /*< skip >*/
} BkSurface;

/* Faster than 2:30 min/km is beyond the world record for any road distance
 * past a mile: almost always a typo in distance or duration. */
#define BK_FASTEST_PLAUSIBLE_PACE_S_PER_KM 150.0

#define BK_TYPE_RUN (bk_run_get_type ())

G_DECLARE_FINAL_TYPE (BkRun, bk_run, BK, RUN, GObject)

BkRun        *bk_run_new              (GDateTime   *started_at,
                                       double       distance_m,
                                       gint64       duration_s);
BkRun        *bk_run_copy             (BkRun       *self);
gint64        bk_run_get_id           (BkRun       *self);
void          bk_run_set_id           (BkRun       *self,
                                       gint64       id);
GDateTime    *bk_run_get_started_at   (BkRun       *self);
void          bk_run_set_started_at   (BkRun       *self,
                                       GDateTime   *started_at);
gint64        bk_run_get_timestamp    (BkRun       *self);
guint32       bk_run_get_julian       (BkRun       *self);
double        bk_run_get_distance     (BkRun       *self);
void          bk_run_set_distance     (BkRun       *self,
                                       double       distance_m);
gint64        bk_run_get_duration     (BkRun       *self);
void          bk_run_set_duration     (BkRun       *self,
                                       gint64       duration_s);
double        bk_run_get_pace         (BkRun       *self);
int           bk_run_get_rpe          (BkRun       *self);
void          bk_run_set_rpe          (BkRun       *self,
                                       int          rpe);
BkSurface     bk_run_get_surface      (BkRun       *self);
void          bk_run_set_surface      (BkRun       *self,
                                       BkSurface    surface);
double        bk_run_get_elevation    (BkRun       *self);
void          bk_run_set_elevation    (BkRun       *self,
                                       double       elevation_m);
const char   *bk_run_get_notes        (BkRun       *self);
void          bk_run_set_notes        (BkRun       *self,
                                       const char  *notes);
const char   *bk_run_get_source       (BkRun       *self);
void          bk_run_set_source       (BkRun       *self,
                                       const char  *source);
gint64        bk_run_get_shoe_id      (BkRun       *self);
void          bk_run_set_shoe_id      (BkRun       *self,
                                       gint64       shoe_id);
gboolean      bk_run_validate         (BkRun       *self,
                                       GDateTime   *now,
                                       GError     **error);
gboolean      bk_run_is_implausibly_fast (BkRun    *self);
int           bk_run_compare_newest_first (gconstpointer a,
                                       gconstpointer b,
                                       gpointer      user_data);

const char   *bk_surface_to_string    (BkSurface    surface);
gboolean      bk_surface_from_string  (const char  *name,
                                       BkSurface   *out_surface);
const char   *bk_surface_get_label    (BkSurface    surface);

G_END_DECLS
