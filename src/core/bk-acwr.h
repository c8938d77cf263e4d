/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The numeric rules of training-science.md, on plain daily series (one value
 * per calendar day, rest days 0, oldest first, the last value is "today").
 * Every ratio is NAN when it is undefined: the caller shows "null". */

typedef enum {
  BK_RISK_NONE,
  BK_RISK_CAUTION,
  BK_RISK_WARNING,
  BK_RISK_HIGH,
} BkRiskLevel;

#define BK_ACWR_MIN_DAYS 28
#define BK_ACWR_EWMA_ACUTE_DAYS 7
#define BK_ACWR_EWMA_CHRONIC_DAYS 28
/* Progression is only judged once the previous 7 days held this much. */
#define BK_PROGRESSION_MIN_M 5000.0

double       bk_acwr_ewma            (const double *load,
                                      gsize         n_days,
                                      double       *out_acute,
                                      double       *out_chronic);
double       bk_acwr_rolling         (const double *load,
                                      gsize         n_days);
double       bk_acwr_uncoupled       (const double *load,
                                      gsize         n_days);
double       bk_monotony             (const double *last_7,
                                      double       *out_strain);
BkRiskLevel  bk_spike_tier           (double        distance_m,
                                      double        longest_30d_m);
BkRiskLevel  bk_progression_tier     (double        last_7_m,
                                      double        previous_7_m,
                                      double        two_weeks_ago_7_m);
BkRiskLevel  bk_risk_level_raise     (BkRiskLevel   level);
const char  *bk_risk_level_to_string (BkRiskLevel   level);
const char  *bk_risk_level_describe  (BkRiskLevel   level);

G_END_DECLS
