/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-acwr.h"
#include "bk-guide-ids.h"
#include "bk-load.h"
#include "bk-surface-share.h"
#include "bk-session.h"
#include "bk-units.h"

G_BEGIN_DECLS

typedef enum {
  BK_LOAD_UNIT_SRPE,     /* session RPE x minutes (arbitrary units) */
  BK_LOAD_UNIT_MINUTES,
} BkLoadUnit;

/* What a run is compared with (training-science.md sections 2A and 8). */
typedef enum {
  BK_REFERENCE_NONE,        /* nothing to compare with: the log's first run */
  BK_REFERENCE_LOG,         /* the longest run of the 30 days before */
  BK_REFERENCE_LOG_SO_FAR,  /* a log younger than 30 days: its longest so far */
  BK_REFERENCE_BASELINE,    /* the longest run the runner said they had done */
  BK_REFERENCE_RETURN,      /* after a break: the longest before it, scaled */
} BkReferenceBasis;

typedef struct {
  BkReferenceBasis basis;
  double           reference_m;
  /* LOG_SO_FAR: days logged before the run; RETURN: days without a run. */
  guint            days;
  /* RETURN: the longest run of the 30 days before the break, unscaled. */
  double           before_break_m;
  /* BASELINE: the day it was stated. */
  guint32          baseline_on;
} BkRunReference;

/* The runner's own account of their recent running, for a log that does
 * not cover it yet (section 8). */
typedef struct {
  guint32 set_on;        /* 0: none */
  double  longest_m;     /* the longest run of the 30 days before set_on */
  double  weekly_m;      /* a typical week's distance */
} BkBaseline;

typedef struct {
  char        *text;
  const char  *section;
  /* The tier of the rule that fired; BK_RISK_NONE for an information note. */
  BkRiskLevel  level;
} BkStatusReason;

typedef struct {
  guint32     week_start;
  double      distance_m;
  gint64      duration_s;
  guint       runs;
  BkRiskLevel level;
  /* Week of the training block on the week's last day (or today), 0 if none. */
  guint       week_of_block;
  /* EWMA ACWR on the week's last day (or today); NAN when undefined. */
  double      acwr_ewma;
  /* Worst single-run spike tier of the week's days, before the ramp-up
   * raise. */
  BkRiskLevel spike_tier;
  /* week_of_block is in the ramp-up phase (weeks 5 to 7). */
  gboolean    ramp_up;
  /* Sessions that are not runs: their time, and session-RPE load over
   * those with an RPE. Never part of distance_m. */
  gint64      low_impact_s;
  guint       sessions;
  double      low_impact_srpe;
} BkStatusWeek;

typedef struct {
  const BkDayTotal *days;       /* sorted by day, one entry per day with runs */
  gsize             n_days;
  guint32           today;
  GDateWeekday      first_day;  /* the user's first day of the week */
  guint32           plan_start; /* 0: none; a start after today is ignored */
  BkUnits           units;      /* for the reasons' distances */
  guint             n_weeks;    /* weekly rows to return; 0: all history */
  BkBaseline        baseline;   /* set_on 0: none */
  /* Sessions that are not runs, sorted by day (may be NULL): counted in
   * time and load from the first logged run on, never in distance. */
  const BkSessionDay *sessions;
  gsize             n_sessions;
} BkStatusInput;

typedef struct {
  guint32      today;
  guint32      first_logged;       /* 0: no runs up to today */

  guint32      block_start;        /* 0: not in a block */
  gboolean     block_from_plan;
  guint        weeks_into_block;
  gboolean     ramp_up_phase;

  BkRiskLevel  spike_tier;         /* worst run of the last 7 days, before raising */
  guint32      spike_day;
  double       spike_distance_m;
  double       spike_reference_m;
  BkRunReference spike_reference;  /* what the spike was judged against */

  BkRiskLevel  progression_tier;   /* today's rolling 7 days, before raising */
  double       last_7_m;
  double       previous_7_m;
  double       two_weeks_ago_7_m;
  /* The rise: the day it was judged on, its 7 days and the recent peak
   * (the highest of the three 7-day windows before) it was judged against. */
  guint32      rise_day;
  double       rise_7_m;
  double       rise_peak_m;
  BkReferenceBasis rise_basis;     /* LOG, BASELINE or RETURN */

  /* A return block: its first run and the break before it, 0 if none. */
  guint32      return_start;
  guint        break_days;
  gboolean     baseline_used;      /* the baseline stood in for a window */
  BkBaseline   baseline;           /* as given in the input */

  BkRiskLevel  level;              /* overall, after the ramp-up raise */
  GPtrArray   *reasons;            /* BkStatusReason* */

  BkLoadUnit   acwr_unit;
  double       acwr_ewma;          /* NAN = null */
  double       ewma_acute;
  double       ewma_chronic;
  double       acwr_rolling;
  double       acwr_uncoupled;
  BkLoadUnit   monotony_unit;
  double       monotony;
  double       strain;

  double       longest_30d_m;      /* 0: no run in the last 30 days */
  double       next_long_run_max_m;/* NAN: no reference */
  double       week_ceiling_m;     /* NAN: not enough volume to judge */

  GArray      *weekly;             /* BkStatusWeek, oldest first */
  /* The soft-surface share over the same weeks; set by the caller that
   * reads the surfaces (bk_status_report_compute), else NULL. */
  BkSurfaceShare *surfaces;

  /* This week's sessions that are not runs (the last row of weekly). */
  gint64       low_impact_week_s;
  guint        low_impact_week_sessions;
  /* Back from a break, or still in one: a return block is open, or the
   * log's last run is BK_BREAK_DAYS or more before today. */
  gboolean     returning;
} BkTrainingStatus;

BkTrainingStatus *bk_training_status_compute        (const BkStatusInput *input);
void              bk_training_status_free           (BkTrainingStatus    *self);
char             *bk_training_status_block_sentence (const BkTrainingStatus *self);
GStrv             bk_training_status_hints          (const BkTrainingStatus *self,
                                                     BkUnits              units);
BkRiskLevel       bk_training_status_judge_run      (const BkStatusInput *input,
                                                     guint32              julian,
                                                     double               distance_m,
                                                     BkRunReference      *out_reference);
char             *bk_spike_describe                 (double               distance_m,
                                                     const BkRunReference *reference,
                                                     BkUnits              units);
char             *bk_run_reference_phrase           (const BkRunReference *reference,
                                                     BkUnits              units);
char             *bk_format_break                   (guint                days);
char             *bk_training_status_low_impact_sentence (const BkTrainingStatus *self);

/* Block detection on weekly volumes (section 5), exposed for tests. */
GArray           *bk_training_blocks                (const double        *week_volume,
                                                     const gboolean      *after_gap,
                                                     gsize                n_weeks,
                                                     guint32              first_week_start,
                                                     gsize                n_complete_weeks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkTrainingStatus, bk_training_status_free)

G_END_DECLS
