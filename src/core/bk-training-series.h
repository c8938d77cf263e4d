/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to core/: the log laid out one value per day, and the rules that
 * read it (what a run or a week is compared with). The status and the run
 * editor's live line both go through these, so they cannot disagree. */

#include "bk-training-status.h"

G_BEGIN_DECLS

#define BK_SPIKE_WINDOW_DAYS 30
#define BK_BREAK_DAYS 14

/* The whole log laid out one value per day from the first logged day to
 * today, rest days 0, so every window is an index range. */
typedef struct {
  guint32     first;
  gsize       n;
  double     *distance;
  double     *minutes;
  double     *srpe;
  double     *longest;
  gboolean   *rpe_complete;   /* every run of the day has an RPE (or none ran) */
  gboolean   *has_run;
  double     *prefix;         /* prefix[i] = distance of days before i */
  gssize     *previous_run;   /* the last day with a run before i, -1 if none */
  gssize     *latest_return;  /* the last day up to i that opened a return, -1 */
  guint32    *blocks;         /* per week from week_start (first) */
  guint32     first_week;
  guint32     plan_start;
  BkBaseline  baseline;
} BkSeries;

/* What a 7-day window is compared with: the highest of the three before. */
typedef struct {
  double           peak_m;     /* NAN: nothing to compare with */
  BkReferenceBasis basis;      /* LOG, BASELINE or RETURN */
  guint            break_days; /* RETURN */
} BkRiseReference;

void        bk_series_fill       (BkSeries            *s,
                                  const BkStatusInput *in,
                                  guint32              first);
void        bk_series_clear      (BkSeries            *s);
void        bk_series_add_sessions (BkSeries          *s,
                                  const BkStatusInput *in);
void        bk_status_count_sessions (BkTrainingStatus *self,
                                  const BkStatusInput *in);
double      bk_series_last_7     (const BkSeries      *s,
                                  gssize               i);
gssize      bk_series_return_of  (const BkSeries      *s,
                                  gssize               i);
void        bk_series_reference  (const BkSeries      *s,
                                  gssize               i,
                                  BkRunReference      *out);
BkRiskLevel bk_series_spike      (const BkSeries      *s,
                                  gssize               i,
                                  BkRunReference      *out);
void        bk_series_rise_reference (const BkSeries  *s,
                                  gssize               i,
                                  BkRiseReference     *out);
BkRiskLevel bk_series_rise       (const BkSeries      *s,
                                  gssize               i,
                                  BkRiseReference     *out);
BkRiskLevel bk_rise_tier         (double               last_7_m,
                                  double               peak_m);
char       *bk_training_format_km (double              metres,
                                  BkUnits              units);
int         bk_training_percent_more (double           value,
                                  double               reference);

G_END_DECLS
