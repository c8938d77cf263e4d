/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "core/bk-acwr.h"
#include "core/bk-date.h"
#include "core/bk-run.h"
#include "core/bk-training-status.h"
#include "bk-test-log.h"

#define assert_3dp(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 0.0005)

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}


static BkTrainingStatus *
log_status (Log         *log,
            guint32      today,
            GDateWeekday first_day,
            guint32      plan_start)
{
  BkStatusInput in = {
    .days = (BkDayTotal *) (gpointer) log->days->data,
    .n_days = log->days->len,
    .today = today,
    .first_day = first_day,
    .plan_start = plan_start,
    .units = BK_UNITS_METRIC,
    .n_weeks = 16,
  };

  return bk_training_status_compute (&in);
}

static gboolean
has_section (BkTrainingStatus *status,
             const char       *section)
{
  for (guint i = 0; i < status->reasons->len; i++)
    if (g_str_equal (((BkStatusReason *) g_ptr_array_index (status->reasons, i))->section, section))
      return TRUE;
  return FALSE;
}

static const char *
reason_text (BkTrainingStatus *status,
             const char       *section)
{
  for (guint i = 0; i < status->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (status->reasons, i);

      if (g_str_equal (reason->section, section))
        return reason->text;
    }
  return NULL;
}

/* training-science.md section 1: 28 days at 5 km. */
static void
test_acwr_constant (void)
{
  double load[28];

  for (guint i = 0; i < 28; i++)
    load[i] = 5;
  assert_3dp (bk_acwr_ewma (load, 28, NULL, NULL), 1.000);
  assert_3dp (bk_acwr_rolling (load, 28), 1.000);
  assert_3dp (bk_acwr_uncoupled (load, 28), 1.000);
  /* One day short of 28 the ratio is not yet defined. */
  g_assert_true (isnan (bk_acwr_ewma (load, 27, NULL, NULL)));
  g_assert_true (isnan (bk_acwr_rolling (load, 27)));
}

/* 21 days at 5 km, then 7 days at 10 km. */
static void
test_acwr_step (void)
{
  double load[28], acute, chronic;

  for (guint i = 0; i < 28; i++)
    load[i] = i < 21 ? 5 : 10;
  assert_3dp (bk_acwr_rolling (load, 28), 1.600);
  assert_3dp (bk_acwr_uncoupled (load, 28), 2.000);
  assert_3dp (bk_acwr_ewma (load, 28, &acute, &chronic), 1.339);
  assert_3dp (acute, 9.333);
  assert_3dp (chronic, 6.968);
  /* The conversion in section 1: RAC = 4 RAU / (3 + RAU). */
  assert_3dp (4 * 2.0 / (3 + 2.0), bk_acwr_rolling (load, 28));
}

static void
test_acwr_chronic_zero (void)
{
  double load[40] = { 0 };

  g_assert_true (isnan (bk_acwr_ewma (load, 40, NULL, NULL)));
  g_assert_true (isnan (bk_acwr_rolling (load, 40)));
  g_assert_true (isnan (bk_acwr_uncoupled (load, 40)));
  /* A long break after one run: the chronic load decays towards 0, so the
   * ratio is "restart", never a huge number. */
  load[0] = 10;
  g_assert_true (isnan (bk_acwr_rolling (load, 40)));
  {
    double long_break[200] = { 10 };

    g_assert_true (isnan (bk_acwr_ewma (long_break, 200, NULL, NULL)));
  }
}

/* Section 3: [0,5,0,5,0,5,10]. */
static void
test_monotony (void)
{
  double week[7] = { 0, 5, 0, 5, 0, 5, 10 };
  double same[7] = { 6, 6, 6, 6, 6, 6, 6 };
  double rest[7] = { 0 };
  double strain;

  assert_3dp (bk_monotony (week, &strain), 1.021);
  g_assert_cmpfloat_with_epsilon (strain, 25.5, 0.05);
  /* SD = 0: capped at 10 with load, undefined without. */
  assert_3dp (bk_monotony (same, &strain), 10.000);
  assert_3dp (strain, 420.000);
  g_assert_true (isnan (bk_monotony (rest, &strain)));
  g_assert_true (isnan (strain));
}

static void
test_spike_tiers (void)
{
  g_assert_cmpint (bk_spike_tier (11000, 10000), ==, BK_RISK_NONE);
  g_assert_cmpint (bk_spike_tier (11001, 10000), ==, BK_RISK_CAUTION);
  g_assert_cmpint (bk_spike_tier (13000, 10000), ==, BK_RISK_CAUTION);
  g_assert_cmpint (bk_spike_tier (13001, 10000), ==, BK_RISK_WARNING);
  g_assert_cmpint (bk_spike_tier (20000, 10000), ==, BK_RISK_WARNING);
  g_assert_cmpint (bk_spike_tier (20001, 10000), ==, BK_RISK_HIGH);
  /* No run in 30 days: a block start, not a spike. */
  g_assert_cmpint (bk_spike_tier (20000, 0), ==, BK_RISK_NONE);
}

static void
test_progression_tiers (void)
{
  g_assert_cmpint (bk_progression_tier (12000, 10000, 10000), ==, BK_RISK_NONE);
  g_assert_cmpint (bk_progression_tier (12100, 10000, 10000), ==, BK_RISK_CAUTION);
  g_assert_cmpint (bk_progression_tier (13000, 10000, 10000), ==, BK_RISK_CAUTION);
  g_assert_cmpint (bk_progression_tier (13100, 10000, 10000), ==, BK_RISK_WARNING);
  /* Against two weeks ago: +19% on last week but +32% on the week before. */
  g_assert_cmpint (bk_progression_tier (11900, 10000, 9000), ==, BK_RISK_WARNING);
  /* Under 5 km the week before, nothing is judged. */
  g_assert_cmpint (bk_progression_tier (40000, 4999, 4000), ==, BK_RISK_NONE);
  /* Two weeks ago under 5 km: only the 7-day comparison counts. */
  g_assert_cmpint (bk_progression_tier (10000, 10000, 0), ==, BK_RISK_NONE);

  g_assert_cmpint (bk_risk_level_raise (BK_RISK_NONE), ==, BK_RISK_NONE);
  g_assert_cmpint (bk_risk_level_raise (BK_RISK_CAUTION), ==, BK_RISK_WARNING);
  g_assert_cmpint (bk_risk_level_raise (BK_RISK_HIGH), ==, BK_RISK_HIGH);
}

/* Section 5: 8 weeks at 20 km, 3 weeks at 0, then 10, 15, 20... km. The
 * block starts in week 12; weeks 16-18 are flagged. */
static void
build_block_log (Log     *log,
                 guint32  monday)
{
  for (guint w = 0; w < 20; w++)
    {
      double km = w < 8 ? 20 : w < 11 ? 0 : 10 + 5 * (w - 11);

      /* Three equal runs: Tuesday, Thursday, Saturday. */
      for (guint r = 0; r < 3; r++)
        log_add (log, monday + 7 * w + 1 + 2 * r, km / 3, 0);
    }
}

static void
test_block_vector (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 monday = julian (2026, 1, 5);
  guint32 week12 = monday + 7 * 11;

  build_block_log (&log, monday);

  /* Week 16 (index 15), a Sunday. */
  {
    g_autoptr(BkTrainingStatus) s = log_status (&log, monday + 7 * 15 + 6, G_DATE_MONDAY, 0);

    g_assert_cmpuint (s->block_start, ==, week12);
    g_assert_false (s->block_from_plan);
    g_assert_cmpuint (s->weeks_into_block, ==, 5);
    g_assert_true (s->ramp_up_phase);
    for (guint w = 0; w < 16; w++)
      {
        BkStatusWeek *week = &g_array_index (s->weekly, BkStatusWeek, w);

        g_assert_cmpuint (week->week_start, ==, monday + 7 * w);
        /* Weeks 1-8 are the first block; it ends after the 2 low weeks 9
         * and 10, so week 11 is in none. */
        if (w < 10)
          g_assert_cmpuint (week->week_of_block, ==, w + 1);
        else if (w == 10)
          g_assert_cmpuint (week->week_of_block, ==, 0);
        else if (w >= 11)
          g_assert_cmpuint (week->week_of_block, ==, w - 10);
      }
  }

  /* Weeks 16-18 are the ramp-up phase; 15 and 19 are not. */
  for (guint w = 14; w < 19; w++)
    {
      g_autoptr(BkTrainingStatus) s = log_status (&log, monday + 7 * w + 3, G_DATE_MONDAY, 0);
      gboolean flagged = w + 1 >= 16 && w + 1 <= 18;

      g_assert_cmpuint (s->block_start, ==, week12);
      g_assert_cmpint (s->ramp_up_phase, ==, flagged);
    }

  /* During the break there is no block. */
  {
    g_autoptr(BkTrainingStatus) s = log_status (&log, monday + 7 * 10 + 3, G_DATE_MONDAY, 0);

    g_assert_cmpuint (s->block_start, ==, 0);
    g_assert_cmpuint (s->weeks_into_block, ==, 0);
  }

  /* A plan start entered by the user wins over detection. */
  {
    guint32 plan = julian (2026, 3, 4);
    g_autoptr(BkTrainingStatus) s = log_status (&log, plan + 7 * 5 + 2, G_DATE_MONDAY, plan);
    g_autofree char *sentence = bk_training_status_block_sentence (s);

    g_assert_cmpuint (s->block_start, ==, plan);
    g_assert_true (s->block_from_plan);
    g_assert_cmpuint (s->weeks_into_block, ==, 6);
    g_assert_true (s->ramp_up_phase);
    g_assert_cmpstr (sentence, ==,
                     "Week 6 of the plan you started on 4 March: a time many runners report trouble (the evidence is anecdotal)");
  }
  /* A plan start in the future is ignored. */
  {
    g_autoptr(BkTrainingStatus) s = log_status (&log, monday + 7 * 15, G_DATE_MONDAY, monday + 7 * 30);

    g_assert_cmpuint (s->block_start, ==, week12);
  }
  g_array_unref (log.days);
}

static void
test_blocks_direct (void)
{
  double volume[] = { 20, 20, 20, 20, 20, 20, 20, 20, 0, 0, 0, 10, 15, 20 };
  gboolean gap[G_N_ELEMENTS (volume)] = { FALSE };
  g_autoptr(GArray) blocks = NULL;

  /* No gap flag: the low-weeks rule alone starts the block in week 12. */
  blocks = bk_training_blocks (volume, gap, G_N_ELEMENTS (volume), 1000, G_N_ELEMENTS (volume) - 1);
  g_assert_cmpuint (g_array_index (blocks, guint32, 0), ==, 1000);
  g_assert_cmpuint (g_array_index (blocks, guint32, 7), ==, 1000);
  g_assert_cmpuint (g_array_index (blocks, guint32, 10), ==, 0);
  g_assert_cmpuint (g_array_index (blocks, guint32, 11), ==, 1000 + 7 * 11);
  g_assert_cmpuint (g_array_index (blocks, guint32, 13), ==, 1000 + 7 * 11);
}

static void
test_no_runs (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  g_autoptr(BkTrainingStatus) s = log_status (&log, julian (2026, 11, 26), G_DATE_MONDAY, 0);
  g_auto(GStrv) hints = bk_training_status_hints (s, BK_UNITS_METRIC);

  g_assert_cmpint (s->level, ==, BK_RISK_NONE);
  g_assert_cmpuint (s->reasons->len, ==, 0);
  g_assert_cmpuint (s->block_start, ==, 0);
  g_assert_true (isnan (s->acwr_ewma));
  g_assert_true (isnan (s->acwr_rolling));
  g_assert_true (isnan (s->monotony));
  g_assert_true (isnan (s->next_long_run_max_m));
  g_assert_cmpuint (s->weekly->len, ==, 16);
  g_assert_cmpuint (g_array_index (s->weekly, BkStatusWeek, 15).week_start, ==, julian (2026, 11, 23));
  g_assert_cmpuint (g_strv_length (hints), ==, 0);
  g_assert_null (bk_training_status_block_sentence (s));
  g_array_unref (log.days);
}

static void
test_single_run (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 today = julian (2026, 11, 26);
  g_autoptr(BkTrainingStatus) s = NULL;

  log_add (&log, today - 1, 8, 0);
  s = log_status (&log, today, G_DATE_MONDAY, 0);
  g_assert_cmpint (s->level, ==, BK_RISK_NONE);
  g_assert_cmpint (s->spike_tier, ==, BK_RISK_NONE);
  g_assert_cmpuint (s->first_logged, ==, today - 1);
  g_assert_cmpuint (s->block_start, ==, julian (2026, 11, 23));
  g_assert_cmpuint (s->weeks_into_block, ==, 1);
  g_assert_true (isnan (s->acwr_ewma));
  g_assert_true (isnan (s->monotony));
  assert_3dp (s->next_long_run_max_m, 8800);
  assert_3dp (g_array_index (s->weekly, BkStatusWeek, 15).distance_m, 8000);
  g_array_unref (log.days);
}

/* Five weeks of 10 km every other day, 30 days off, then a 15 km run. */
static void
test_thirty_day_gap (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 start = julian (2026, 8, 3);
  guint32 back;
  g_autoptr(BkTrainingStatus) s = NULL;

  for (guint d = 0; d < 35; d += 2)
    log_add (&log, start + d, 10, 0);
  back = start + 34 + 31;
  log_add (&log, back, 15, 0);
  s = log_status (&log, back, G_DATE_MONDAY, 0);

  /* No run in the 30 days before: a new block, and a return after 30 days
   * off (section 8), judged against 0.75 x the 10 km before the break. */
  g_assert_cmpint (s->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (s->spike_reference.basis, ==, BK_REFERENCE_RETURN);
  assert_3dp (s->spike_reference_m, 7500);
  g_assert_cmpuint (s->return_start, ==, back);
  g_assert_cmpuint (s->break_days, ==, 30);
  g_assert_cmpint (s->progression_tier, ==, BK_RISK_NONE);
  g_assert_cmpuint (s->block_start, ==, bk_date_week_start (back, G_DATE_MONDAY));
  g_assert_cmpuint (s->weeks_into_block, ==, 1);
  assert_3dp (s->longest_30d_m, 15000);
  g_array_unref (log.days);
}

/* A new log has no 30 days to compare with: its second run is compared
 * with the log so far, and the reason says how many days that is (section
 * 8); its first week is not a rise over the empty days before it; a month
 * in, the same step is a spike against the full 30 days. */
static void
test_new_log_no_spike (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 start = julian (2026, 3, 2);
  g_autoptr(BkTrainingStatus) early = NULL;
  g_autoptr(BkTrainingStatus) later = NULL;

  log_add (&log, start, 5, 0);
  log_add (&log, start + 3, 10, 0);
  early = log_status (&log, start + 3, G_DATE_MONDAY, 0);
  g_assert_cmpint (early->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (early->spike_reference.basis, ==, BK_REFERENCE_LOG_SO_FAR);
  g_assert_cmpstr (reason_text (early, BK_GUIDE_LOAD_SPIKES), ==,
                   "Today’s 10 km was 100% longer than your longest run so far (5 km), "
                   "compared with the 3 days you have logged");
  g_assert_cmpint (early->progression_tier, ==, BK_RISK_NONE);
  g_assert_cmpint (early->level, ==, BK_RISK_WARNING);

  for (guint d = 7; d <= 35; d += 7)
    log_add (&log, start + d, 5, 0);
  log_add (&log, start + 38, 10, 0);
  later = log_status (&log, start + 38, G_DATE_MONDAY, 0);
  g_assert_cmpint (later->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (g_array_index (later->weekly, BkStatusWeek, later->weekly->len - 1).spike_tier, >=, BK_RISK_CAUTION);
  g_assert_cmpint (later->spike_reference.basis, ==, BK_REFERENCE_LOG);
  g_assert_cmpint (g_array_index (early->weekly, BkStatusWeek, early->weekly->len - 1).spike_tier, ==, BK_RISK_WARNING);
  g_array_unref (log.days);
}

/* A run at 23:30 the night before clocks go forward belongs to that day. */
static void
test_dst_night (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) late = g_date_time_new (berlin, 2026, 3, 28, 23, 30, 0);
  g_autoptr(GDateTime) after = g_date_time_new (berlin, 2026, 3, 29, 3, 30, 0);
  g_autoptr(BkRun) run = bk_run_new (late, 12000, 4200);
  g_autoptr(BkRun) next = bk_run_new (after, 5000, 1800);
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 sat = julian (2026, 3, 28);
  g_autoptr(BkTrainingStatus) s = NULL;

  g_assert_nonnull (berlin);
  g_assert_cmpuint (bk_run_get_julian (run), ==, sat);
  g_assert_cmpuint (bk_run_get_julian (next), ==, sat + 1);

  for (guint w = 0; w < 5; w++)
    log_add (&log, sat - 35 + 7 * w, 10, 0);
  log_add (&log, bk_run_get_julian (run), 12, 0);
  s = log_status (&log, sat + 1, G_DATE_MONDAY, 0);
  /* Saturday's 12 km against 10 km: +20%, caution, named as yesterday. */
  g_assert_cmpint (s->spike_tier, ==, BK_RISK_CAUTION);
  g_assert_cmpuint (s->spike_day, ==, sat);
  g_assert_cmpstr (reason_text (s, BK_GUIDE_LOAD_SPIKES), ==,
                   "Yesterday’s 12 km was 20% longer than your longest run in the last 30 days (10 km)");
  g_assert_cmpfloat (g_array_index (s->weekly, BkStatusWeek, 15).distance_m, ==, 12000);
  g_array_unref (log.days);
}

/* Runs on Sunday and Monday: one bar or two, by the first weekday; the
 * training block is the same either way. */
static void
test_week_start (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 sunday = julian (2026, 11, 22);
  g_autoptr(BkTrainingStatus) mon = NULL;
  g_autoptr(BkTrainingStatus) sun = NULL;

  log_add (&log, sunday, 10, 0);
  log_add (&log, sunday + 1, 6, 0);
  mon = log_status (&log, sunday + 2, G_DATE_MONDAY, 0);
  sun = log_status (&log, sunday + 2, G_DATE_SUNDAY, 0);

  g_assert_cmpuint (g_array_index (mon->weekly, BkStatusWeek, 15).week_start, ==, sunday + 1);
  g_assert_cmpfloat (g_array_index (mon->weekly, BkStatusWeek, 15).distance_m, ==, 6000);
  g_assert_cmpfloat (g_array_index (mon->weekly, BkStatusWeek, 14).distance_m, ==, 10000);
  g_assert_cmpuint (mon->block_start, ==, sunday - 6);
  g_assert_cmpuint (mon->weeks_into_block, ==, 2);

  g_assert_cmpuint (g_array_index (sun->weekly, BkStatusWeek, 15).week_start, ==, sunday);
  g_assert_cmpfloat (g_array_index (sun->weekly, BkStatusWeek, 15).distance_m, ==, 16000);
  /* Only the bars regroup: the block keeps its ISO-week start (issue 15). */
  g_assert_cmpuint (sun->block_start, ==, sunday - 6);
  g_assert_cmpuint (sun->weeks_into_block, ==, 2);
  g_array_unref (log.days);
}

/* Two runs on one day are two sessions: the spike rule takes the longer
 * one, not their sum; the weekly and 7-day volumes take the sum. */
static void
test_two_runs_one_day (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 today = julian (2026, 11, 26);
  g_autoptr(BkTrainingStatus) s = NULL;

  /* Nine weeks of history: past a new log's first month and past the
   * ramp-up weeks of the block it started. */
  for (guint d = 63; d >= 7; d -= 7)
    log_add (&log, today - d, 10, 0);
  log_add (&log, today, 12, 0);
  log_add (&log, today, 8, 0);
  s = log_status (&log, today, G_DATE_MONDAY, 0);

  g_assert_cmpint (s->spike_tier, ==, BK_RISK_CAUTION);
  assert_3dp (s->spike_distance_m, 12000);
  assert_3dp (s->last_7_m, 20000);
  /* 20 km against 10 km the 7 days before: +100%. */
  g_assert_cmpint (s->progression_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (s->level, ==, BK_RISK_WARNING);
  g_assert_cmpuint (g_array_index (s->weekly, BkStatusWeek, 15).runs, ==, 2);
  g_assert_true (has_section (s, BK_GUIDE_LOAD_WEEKLY));
  g_assert_cmpstr (reason_text (s, BK_GUIDE_LOAD_SPIKES), ==,
                   "Today’s 12 km was 20% longer than your longest run in the last 30 days (10 km)");
  g_array_unref (log.days);
}

/* The example: Sunday's 21 km against 14 km in week 6 of a plan. */
static void
test_ramp_up_raise (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 plan = julian (2026, 10, 14);           /* a Wednesday */
  guint32 sunday = julian (2026, 11, 22);         /* week 6 of the plan */
  guint32 today = sunday + 2;
  g_autoptr(BkTrainingStatus) s = NULL;
  g_auto(GStrv) hints = NULL;

  for (guint32 d = plan; d < sunday; d++)
    log_add (&log, d, (d - plan) % 7 == 4 ? 14 : (d - plan) % 2 == 0 ? 6 : 0, 0);
  log_add (&log, sunday, 21, 0);
  s = log_status (&log, today, G_DATE_MONDAY, plan);

  g_assert_cmpuint (s->weeks_into_block, ==, 6);
  g_assert_true (s->ramp_up_phase);
  g_assert_cmpint (s->spike_tier, ==, BK_RISK_WARNING);
  /* Section 8: the weeks 5-7 raise lifts a caution to a warning at most. */
  g_assert_cmpint (s->level, ==, BK_RISK_WARNING);
  g_assert_cmpstr (reason_text (s, BK_GUIDE_LOAD_SPIKES), ==,
                   "Sunday’s 21 km was 50% longer than your longest run in the last 30 days (14 km)");
  g_assert_false (has_section (s, BK_GUIDE_LOAD_RAMP_UP));
  /* The hint goes back to what the spike was judged against. */
  assert_3dp (s->next_long_run_max_m, 14000);
  hints = bk_training_status_hints (s, BK_UNITS_METRIC);
  g_assert_cmpstr (hints[0], ==, "Keep your next long run at or under 14 km");
  g_assert_nonnull (hints[1]);
  /* The week of the spike is coloured by its level. */
  g_assert_cmpint (g_array_index (s->weekly, BkStatusWeek, 14).level, ==, BK_RISK_WARNING);
  /* Each week also says on its own whether a run spiked (before the
   * raise) and whether it was in the ramp-up phase, so a chart can mark
   * the two apart. */
  g_assert_cmpint (g_array_index (s->weekly, BkStatusWeek, 14).spike_tier, ==, BK_RISK_WARNING);
  g_assert_true (g_array_index (s->weekly, BkStatusWeek, 14).ramp_up);
  g_assert_cmpint (g_array_index (s->weekly, BkStatusWeek, 13).spike_tier, ==, BK_RISK_NONE);
  g_assert_true (g_array_index (s->weekly, BkStatusWeek, 13).ramp_up);
  g_assert_cmpuint (g_array_index (s->weekly, BkStatusWeek, 11).week_of_block, ==, 3);
  g_assert_false (g_array_index (s->weekly, BkStatusWeek, 11).ramp_up);
  g_assert_cmpint (g_array_index (s->weekly, BkStatusWeek, 11).spike_tier, ==, BK_RISK_NONE);
  g_array_unref (log.days);
}

static void
test_load_unit (void)
{
  Log log = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  Log mixed = { g_array_new (FALSE, TRUE, sizeof (BkDayTotal)) };
  guint32 today = julian (2026, 11, 26);
  g_autoptr(BkTrainingStatus) s = NULL;
  g_autoptr(BkTrainingStatus) m = NULL;

  /* Old runs without an RPE, the last 40 days with one. */
  for (guint d = 80; d > 0; d--)
    {
      log_add (&log, today - d + 1, 5 + d % 3, d <= 40 ? 4 + (int) (d % 4) : 0);
      log_add (&mixed, today - d + 1, 5 + d % 3, d == 3 ? 0 : 5);
    }
  s = log_status (&log, today, G_DATE_MONDAY, 0);
  m = log_status (&mixed, today, G_DATE_MONDAY, 0);
  g_assert_cmpint (s->acwr_unit, ==, BK_LOAD_UNIT_SRPE);
  g_assert_cmpint (s->monotony_unit, ==, BK_LOAD_UNIT_SRPE);
  g_assert_false (isnan (s->acwr_ewma));
  g_assert_cmpint (m->acwr_unit, ==, BK_LOAD_UNIT_MINUTES);
  g_assert_cmpint (m->monotony_unit, ==, BK_LOAD_UNIT_MINUTES);
  g_array_unref (log.days);
  g_array_unref (mixed.days);
}

/* Constant daily load: every ratio is 1.000, whatever the load. */
static void
test_property_constant (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint trial = 0; trial < 50; trial++)
    {
      guint n = (guint) g_rand_int_range (rand, 28, 400);
      double value = g_rand_double_range (rand, 0.5, 50000);
      g_autofree double *load = g_new (double, n);

      for (guint i = 0; i < n; i++)
        load[i] = value;
      assert_3dp (bk_acwr_ewma (load, n, NULL, NULL), 1.000);
      assert_3dp (bk_acwr_rolling (load, n), 1.000);
      assert_3dp (bk_acwr_uncoupled (load, n), 1.000);
    }
}

/* Scaling every load by k changes no ratio, and no tier or block either. */
static void
test_property_scaling (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint trial = 0; trial < 50; trial++)
    {
      guint n = (guint) g_rand_int_range (rand, 28, 300);
      double k = g_rand_double_range (rand, 0.01, 1000);
      g_autofree double *load = g_new (double, n);
      g_autofree double *scaled = g_new (double, n);
      double s1, s2;

      for (guint i = 0; i < n; i++)
        {
          load[i] = g_rand_boolean (rand) ? g_rand_double_range (rand, 1, 30) : 0;
          scaled[i] = k * load[i];
        }
      load[n - 1] = scaled[n - 1] / k + 1;  /* never an all-rest final week */
      scaled[n - 1] = k * load[n - 1];

#define SAME(a, b) do { double x_ = (a), y_ = (b); \
        g_assert_cmpint (isnan (x_), ==, isnan (y_)); \
        if (!isnan (x_)) g_assert_cmpfloat_with_epsilon (x_, y_, 1e-9 * MAX (1, fabs (x_))); } while (0)
      SAME (bk_acwr_ewma (load, n, NULL, NULL), bk_acwr_ewma (scaled, n, NULL, NULL));
      SAME (bk_acwr_rolling (load, n), bk_acwr_rolling (scaled, n));
      SAME (bk_acwr_uncoupled (load, n), bk_acwr_uncoupled (scaled, n));
      SAME (bk_monotony (load + n - 7, &s1), bk_monotony (scaled + n - 7, &s2));
      SAME (k * s1, s2);
      g_assert_cmpint (bk_spike_tier (load[n - 1], load[n - 2] + 0.5),
                       ==, bk_spike_tier (scaled[n - 1], scaled[n - 2] + 0.5 * k));
#undef SAME
    }
}

static void
test_compare_run (void)
{
  BkDayTotal days[] = {
    { .julian = 100, .distance_m = 14000, .runs = 1, .longest_m = 14000 },
    { .julian = 110, .distance_m = 5000, .runs = 1, .longest_m = 5000 },
    { .julian = 120, .distance_m = 5000, .runs = 1, .longest_m = 5000 },
    { .julian = 131, .distance_m = 30000, .runs = 1, .longest_m = 30000 },
  };
  BkStatusInput in = { .days = days, .n_days = 4, .first_day = G_DATE_MONDAY, .units = BK_UNITS_METRIC };
  BkRunReference ref;
  g_autofree char *line = NULL;
  g_autofree char *first = NULL;
  g_autofree char *back = NULL;

  /* Day 130: day 100 is exactly 30 days before, day 131 is after. */
  g_assert_cmpint (bk_training_status_judge_run (&in, 130, 20300, &ref), ==, BK_RISK_WARNING);
  assert_3dp (ref.reference_m, 14000);
  g_assert_cmpint (ref.basis, ==, BK_REFERENCE_LOG);
  line = bk_spike_describe (20300, &ref, BK_UNITS_METRIC);
  g_assert_cmpstr (line, ==, "45% longer than your longest run in the last 30 days (14 km): warning");
  /* Day 131: day 100 is 31 days back, and the same day does not count. */
  g_assert_cmpint (bk_training_status_judge_run (&in, 131, 20300, &ref), ==, BK_RISK_HIGH);
  assert_3dp (ref.reference_m, 5000);
  /* Day 170: 38 days off after day 131, against 0.75 x its 30 km. */
  g_assert_cmpint (bk_training_status_judge_run (&in, 170, 20300, &ref), ==, BK_RISK_NONE);
  g_assert_cmpint (ref.basis, ==, BK_REFERENCE_RETURN);
  g_assert_cmpuint (ref.days, ==, 38);
  assert_3dp (ref.reference_m, 22500);
  back = bk_spike_describe (20300, &ref, BK_UNITS_METRIC);
  g_assert_cmpstr (back, ==, "Not longer than 22.5 km, the longest to aim for in your first weeks back after "
                             "5 weeks off (your longest before the break: 30 km)");
  /* Before the first run there is nothing to compare with. */
  g_assert_cmpint (bk_training_status_judge_run (&in, 90, 20300, &ref), ==, BK_RISK_NONE);
  g_assert_cmpint (ref.basis, ==, BK_REFERENCE_NONE);
  first = bk_spike_describe (20300, &ref, BK_UNITS_METRIC);
  g_assert_nonnull (strstr (first, "first run of your log"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/acwr/constant", test_acwr_constant);
  g_test_add_func ("/acwr/step", test_acwr_step);
  g_test_add_func ("/acwr/chronic-zero", test_acwr_chronic_zero);
  g_test_add_func ("/acwr/monotony", test_monotony);
  g_test_add_func ("/tiers/spike", test_spike_tiers);
  g_test_add_func ("/tiers/progression", test_progression_tiers);
  g_test_add_func ("/block/vector", test_block_vector);
  g_test_add_func ("/block/direct", test_blocks_direct);
  g_test_add_func ("/status/no-runs", test_no_runs);
  g_test_add_func ("/status/single-run", test_single_run);
  g_test_add_func ("/status/thirty-day-gap", test_thirty_day_gap);
  g_test_add_func ("/status/dst-night", test_dst_night);
  g_test_add_func ("/status/new-log-so-far", test_new_log_no_spike);
  g_test_add_func ("/status/week-start", test_week_start);
  g_test_add_func ("/status/two-runs-one-day", test_two_runs_one_day);
  g_test_add_func ("/status/ramp-up-raise", test_ramp_up_raise);
  g_test_add_func ("/status/load-unit", test_load_unit);
  g_test_add_func ("/status/compare-run", test_compare_run);
  g_test_add_func ("/property/constant", test_property_constant);
  g_test_add_func ("/property/scaling", test_property_scaling);

  return g_test_run ();
}
