/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-run.h"

G_BEGIN_DECLS

/* The share of a week's running on soft ground (issue 16, guide-facts
 * trigger 3: mix grass and other soft surfaces into the week instead of
 * always running on tarmac). The thresholds and why they are what they are
 * are in bk-surface-share.c. */

/* A run's ground as the share counts it. */
typedef enum {
  BK_GROUND_UNKNOWN,   /* no surface given, or mixed */
  BK_GROUND_SOFT,      /* grass, trail, track */
  BK_GROUND_FIRM,      /* road, treadmill */
} BkGround;

/* One day's running by ground, as the store sums it. */
typedef struct {
  guint32 julian;
  double  soft_m;
  double  firm_m;
  double  unknown_m;
} BkSurfaceDay;

typedef struct {
  guint32 week_start;
  double  soft_m;
  double  firm_m;
  double  unknown_m;
  /* soft / (soft + firm), 0 to 1; NAN when the week has no share: no
   * running, or too little of it with a known surface. */
  double  soft_share;
} BkSurfaceWeek;

typedef struct {
  GArray   *weeks;          /* BkSurfaceWeek, oldest first, today's week last */
  double    share_week;     /* today's week; NAN: none */
  double    share_last_week;/* the week before; NAN: none */
  /* Weeks with a share, in a row back from today's, each almost all firm
   * ground; a week without a share is passed over (see the .c file). */
  guint     firm_streak;
  gboolean  hint;           /* firm_streak reached BK_SURFACE_STREAK_WEEKS */
} BkSurfaceShare;

#define BK_SURFACE_SOFT_FLOOR      0.10
#define BK_SURFACE_STREAK_WEEKS    3
#define BK_SURFACE_LOOKBACK_WEEKS  8
#define BK_SURFACE_KNOWN_FRACTION  0.5

BkGround        bk_surface_get_ground     (BkSurface            surface);
BkSurfaceShare *bk_surface_share_compute  (const BkSurfaceDay  *days,
                                           gsize                n_days,
                                           guint32              today,
                                           GDateWeekday         first_day,
                                           guint                n_weeks);
double          bk_surface_share_for_week (const BkSurfaceShare *self,
                                           guint32              week_start);
char           *bk_surface_format_percent (double               share);
char           *bk_surface_format_share   (double               share);
char           *bk_surface_share_describe_hint (const BkSurfaceShare *self);
void            bk_surface_share_free     (BkSurfaceShare      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkSurfaceShare, bk_surface_share_free)

G_END_DECLS
