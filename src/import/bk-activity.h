/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "core/bk-run.h"
#include "core/bk-session.h"

G_BEGIN_DECLS

#define BK_IMPORT_ERROR (bk_import_error_quark ())

typedef enum {
  BK_IMPORT_ERROR_UNKNOWN_FORMAT,
  BK_IMPORT_ERROR_DAMAGED,
  BK_IMPORT_ERROR_TRUNCATED,
  BK_IMPORT_ERROR_REFUSED,
  BK_IMPORT_ERROR_NO_ACTIVITY,
  BK_IMPORT_ERROR_READ,
} BkImportError;

GQuark bk_import_error_quark (void);

typedef enum {
  BK_SPORT_OTHER,
  BK_SPORT_RUNNING,
  BK_SPORT_CYCLING,
  BK_SPORT_WALKING,
  BK_SPORT_HIKING,
  BK_SPORT_SWIMMING,
  BK_SPORT_STRENGTH,
} BkSport;

/* One activity as a file describes it, before it is stored: the readers
 * fill it, the importer decides whether it becomes a run. Unknown numbers
 * are negative. */
typedef struct
{
  BkSport    sport;
  /* Guessed from the sport's variant (trail, treadmill, track), or NONE. */
  BkSurface  surface;
  /* The sport as the file names it, for the summary of other sports. */
  char      *sport_name;
  /* In UTC. */
  GDateTime *started_at;
  double     distance_m;
  /* Moving (timer) time, and wall-clock time from start to end. */
  double     timer_s;
  double     elapsed_s;
  double     ascent_m;
  guint      n_points;
  /* Where it came from: the file name, and for an archive the member. */
  char      *source;
  /* The shoes (or bike) the export says it was done in, or NULL. */
  char      *gear;
} BkActivity;

BkActivity *bk_activity_new            (void);
void        bk_activity_free           (BkActivity  *self);
BkSport     bk_sport_from_name         (const char  *name,
                                        BkSurface   *out_surface);
const char *bk_sport_get_label         (BkSport      sport);
gboolean    bk_activity_is_run         (BkActivity  *self);
BkSessionKind bk_activity_get_session_kind (BkActivity *self);
gboolean    bk_activity_check          (BkActivity  *self,
                                        GError     **error);
BkRun      *bk_activity_to_run         (BkActivity  *self,
                                        GTimeZone   *zone);
GDateTime  *bk_parse_xml_time          (const char  *text,
                                        GTimeZone   *zone_if_none);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkActivity, bk_activity_free)

G_END_DECLS
