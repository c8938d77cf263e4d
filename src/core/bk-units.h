/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-core-error.h"

G_BEGIN_DECLS

typedef enum {
  BK_UNITS_METRIC,
  BK_UNITS_IMPERIAL,
} BkUnits;

#define BK_METRES_PER_MILE 1609.344
#define BK_METRES_PER_FOOT 0.3048
/* The longest distance a single run may be: beyond this it is a typo. */
#define BK_MAX_RUN_DISTANCE_M 1000000.0
/* A week without stopping is the most a single activity may last. */
#define BK_MAX_RUN_DURATION_S (7 * 24 * 3600)

gboolean  bk_parse_distance      (const char  *text,
                                  BkUnits      default_units,
                                  double      *out_metres,
                                  GError     **error);
gboolean  bk_parse_distance_up_to (const char *text,
                                  BkUnits      default_units,
                                  gboolean     allow_zero,
                                  double       max_metres,
                                  double      *out_metres,
                                  GError     **error);
gboolean  bk_parse_duration      (const char  *text,
                                  gint64      *out_seconds,
                                  GError     **error);
gboolean  bk_parse_elevation     (const char  *text,
                                  BkUnits      units,
                                  double      *out_metres,
                                  GError     **error);
char     *bk_format_distance     (double       metres,
                                  BkUnits      units);
char     *bk_format_distance_short (double     metres,
                                  BkUnits      units);
char     *bk_format_duration     (gint64       seconds);
char     *bk_format_pace         (double       metres,
                                  gint64       seconds,
                                  BkUnits      units);
char     *bk_format_elevation    (double       metres,
                                  BkUnits      units);
double    bk_pace_seconds_per_km (double       metres,
                                  gint64       seconds);
const char *bk_units_distance_symbol (BkUnits units);
BkUnits   bk_units_from_string   (const char  *name);
const char *bk_units_to_string   (BkUnits      units);

G_END_DECLS
