/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-acwr"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-acwr.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

/* A chronic load this small against the series' largest day means the runner
 * is coming back from a break: the ratio is "restart", not a huge number.
 * Relative, so that scaling every load by k never changes a ratio. */
#define CHRONIC_FLOOR_FRACTION 0.02

static double
series_peak (const double *load,
             gsize         n_days)
{
  double peak = 0;

  for (gsize i = 0; i < n_days; i++)
    peak = MAX (peak, load[i]);
  return peak;
}

static gboolean
chronic_too_small (double chronic,
                   double peak)
{
  return peak <= 0 || chronic <= 0 || chronic < CHRONIC_FLOOR_FRACTION * peak;
}

/**
 * bk_acwr_ewma:
 * @load: the daily series, seeded with its first day as the ACWR R package
 *   does (Williams 2017 gives no seeding rule)
 *
 * Returns: E_acute / E_chronic with lambda = 2/(N+1) for N = 7 and 28, or
 *   NAN for the first 28 days and when the chronic load is near 0.
 */
double
bk_acwr_ewma (const double *load,
              gsize         n_days,
              double       *out_acute,
              double       *out_chronic)
{
  const double la = 2.0 / (BK_ACWR_EWMA_ACUTE_DAYS + 1);
  const double lc = 2.0 / (BK_ACWR_EWMA_CHRONIC_DAYS + 1);
  double acute, chronic;

  if (out_acute != NULL)
    *out_acute = NAN;
  if (out_chronic != NULL)
    *out_chronic = NAN;
  if (n_days == 0)
    return NAN;

  acute = chronic = load[0];
  for (gsize i = 1; i < n_days; i++)
    {
      acute = la * load[i] + (1 - la) * acute;
      chronic = lc * load[i] + (1 - lc) * chronic;
    }
  if (out_acute != NULL)
    *out_acute = acute;
  if (out_chronic != NULL)
    *out_chronic = chronic;

  if (n_days < BK_ACWR_MIN_DAYS || chronic_too_small (chronic, series_peak (load, n_days)))
    return NAN;
  return acute / chronic;
}

static double
mean_of (const double *values,
         gsize         n)
{
  double sum = 0;

  for (gsize i = 0; i < n; i++)
    sum += values[i];
  return sum / n;
}

/* Coupled: the acute week is part of the 28-day chronic mean (Lolli). */
double
bk_acwr_rolling (const double *load,
                 gsize         n_days)
{
  const double *end = load + n_days;
  double acute, chronic;

  if (n_days < BK_ACWR_MIN_DAYS)
    return NAN;
  acute = mean_of (end - 7, 7);
  chronic = mean_of (end - 28, 28);
  if (chronic_too_small (chronic, series_peak (end - 28, 28)))
    return NAN;
  return acute / chronic;
}

/* Uncoupled: the chronic mean is the three weeks before the acute one. */
double
bk_acwr_uncoupled (const double *load,
                   gsize         n_days)
{
  const double *end = load + n_days;
  double acute, chronic;

  if (n_days < BK_ACWR_MIN_DAYS)
    return NAN;
  acute = mean_of (end - 7, 7);
  chronic = mean_of (end - 28, 21);
  if (chronic_too_small (chronic, series_peak (end - 28, 28)))
    return NAN;
  return acute / chronic;
}

/**
 * bk_monotony:
 * @last_7: seven daily loads, rest days 0
 * @out_strain: (out) (optional): weekly load x monotony (Foster 1998)
 *
 * Uses the population standard deviation. With a standard deviation of 0
 * the monotony is NAN for an empty week and capped at 10 otherwise.
 */
double
bk_monotony (const double *last_7,
             double       *out_strain)
{
  double week = 0, mean, var = 0, sd, monotony;

  for (guint i = 0; i < 7; i++)
    week += last_7[i];
  mean = week / 7;
  for (guint i = 0; i < 7; i++)
    var += (last_7[i] - mean) * (last_7[i] - mean);
  sd = sqrt (var / 7);

  if (week <= 0)
    monotony = NAN;
  else if (sd <= 1e-12 * mean)
    monotony = 10;
  else
    monotony = MIN (mean / sd, 10);

  if (out_strain != NULL)
    *out_strain = isnan (monotony) ? NAN : week * monotony;
  return monotony;
}

/* Frandsen 2025's categories: each run against the longest of 30 days. */
BkRiskLevel
bk_spike_tier (double distance_m,
               double longest_30d_m)
{
  double r;

  if (longest_30d_m <= 0)
    return BK_RISK_NONE;
  r = distance_m / longest_30d_m;
  if (r <= 1.10)
    return BK_RISK_NONE;
  if (r <= 1.30)
    return BK_RISK_CAUTION;
  if (r <= 2.00)
    return BK_RISK_WARNING;
  return BK_RISK_HIGH;
}

/* Damsted 2019 (caution) and Nielsen 2014 (warning), on rolling 7-day sums.
 * Each comparison needs at least 5 km in the week it compares with. */
BkRiskLevel
bk_progression_tier (double last_7_m,
                     double previous_7_m,
                     double two_weeks_ago_7_m)
{
  BkRiskLevel tier = BK_RISK_NONE;

  if (previous_7_m < BK_PROGRESSION_MIN_M)
    return BK_RISK_NONE;
  if (last_7_m > 1.30 * previous_7_m)
    return BK_RISK_WARNING;
  if (last_7_m > 1.20 * previous_7_m)
    tier = BK_RISK_CAUTION;
  if (two_weeks_ago_7_m >= BK_PROGRESSION_MIN_M && last_7_m > 1.30 * two_weeks_ago_7_m)
    tier = BK_RISK_WARNING;
  return tier;
}

/* The ramp-up phase lifts a caution to a warning, and no further: "high"
 * is kept for the clearest signals (training-science.md section 8). */
BkRiskLevel
bk_risk_level_raise (BkRiskLevel level)
{
  return level == BK_RISK_CAUTION ? BK_RISK_WARNING : level;
}

const char *
bk_risk_level_to_string (BkRiskLevel level)
{
  return bk_enum_to_nick_or (BK_TYPE_RISK_LEVEL, level, BK_RISK_NONE);
}

const char *
bk_risk_level_describe (BkRiskLevel level)
{
  switch (level)
    {
    case BK_RISK_CAUTION: return _("Caution");
    case BK_RISK_WARNING: return _("Warning");
    case BK_RISK_HIGH: return _("High risk");
    case BK_RISK_NONE:
    default: return _("Steady");
    }
}
