/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Section 8 of training-science.md: judging from the first day, returns
 * after a break, hints that agree with the warnings, rises against the
 * recent peak, and "high" only for the clearest signals. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/bk-acwr.h"
#include "core/bk-date.h"
#include "core/bk-training-status.h"
#include "bk-test-log.h"
#include "core/bk-units.h"

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}


static BkStatusInput
log_input (Log     *log,
           guint32  today,
           BkUnits  units)
{
  return (BkStatusInput) {
    .days = (BkDayTotal *) (gpointer) log->days->data,
    .n_days = log->days->len,
    .today = today,
    .first_day = G_DATE_MONDAY,
    .units = units,
    .n_weeks = 0,
  };
}

static BkTrainingStatus *
log_status (Log     *log,
            guint32  today)
{
  BkStatusInput in = log_input (log, today, BK_UNITS_METRIC);

  return bk_training_status_compute (&in);
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

/* The number in "Keep your next long run at or under 16.1 km", in metres. */
static double
hint_metres (GStrv       hints,
             const char *prefix,
             BkUnits     units)
{
  for (guint i = 0; hints[i] != NULL; i++)
    if (g_str_has_prefix (hints[i], prefix))
      {
        double value = g_ascii_strtod (hints[i] + strlen (prefix), NULL);

        return value * (units == BK_UNITS_IMPERIAL ? BK_METRES_PER_MILE : 1000.0);
      }
  return NAN;
}

/* Day 0, 4 and 8: 5, 5 and 6 km; day 13: 21 km, 3.5 times the longest so
 * far. The log holds 13 days before the run: the reason says so. */
static void
test_newcomer_spike (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 3, 2);
  g_autoptr(BkTrainingStatus) s = NULL;
  const char *reason;

  log_add (&log, start, 5, 0);
  log_add (&log, start + 4, 5, 0);
  log_add (&log, start + 8, 6, 0);
  log_add (&log, start + 13, 21, 0);
  s = log_status (&log, start + 13);

  g_assert_cmpint (s->spike_tier, ==, BK_RISK_HIGH);
  g_assert_cmpint (s->level, ==, BK_RISK_HIGH);
  reason = reason_text (s, BK_GUIDE_LOAD_SPIKES);
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "21 km"));
  g_assert_nonnull (strstr (reason, "13 days"));
  g_assert_cmpfloat_with_epsilon (s->spike_reference_m, 6000, 0.5);
  g_array_unref (log.days);
}

/* Six weeks with a 16 km long run, 8 weeks (56 days) off, then 25 km: the
 * reference is half of 16 km, the ratio 3.1, high; the reason names the
 * break. */
static void
test_return_after_break (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 1, 5);
  guint32 last = start + 41;
  g_autoptr(BkTrainingStatus) s = NULL;
  const char *reason;

  for (guint w = 0; w < 6; w++)
    {
      log_add (&log, start + 7 * w + 1, 8, 0);
      log_add (&log, start + 7 * w + 3, 8, 0);
      log_add (&log, start + 7 * w + 6, 16, 0);
    }
  g_assert_cmpuint (g_array_index (log.days, BkDayTotal, log.days->len - 1).julian, ==, last);
  log_add (&log, last + 57, 25, 0);
  s = log_status (&log, last + 57);

  g_assert_cmpint (s->spike_tier, ==, BK_RISK_HIGH);
  g_assert_cmpint (s->level, ==, BK_RISK_HIGH);
  g_assert_cmpfloat_with_epsilon (s->spike_reference_m, 8000, 0.5);
  reason = reason_text (s, BK_GUIDE_LOAD_SPIKES);
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "8 weeks off"));
  g_array_unref (log.days);
}

/* Back after 8 weeks at full volume in the second week: a rise. */
static void
test_return_full_volume (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 1, 5);
  guint32 back;
  g_autoptr(BkTrainingStatus) s = NULL;

  for (guint w = 0; w < 6; w++)
    for (guint r = 0; r < 4; r++)
      log_add (&log, start + 7 * w + 2 * r, 10, 0);
  back = start + 7 * 5 + 6 + 57;
  for (guint r = 0; r < 3; r++)
    log_add (&log, back + 2 * r, 5, 0);
  for (guint r = 0; r < 4; r++)
    log_add (&log, back + 7 + 2 * r, 10, 0);
  s = log_status (&log, back + 13);

  g_assert_cmpint (s->progression_tier, >=, BK_RISK_WARNING);
  g_assert_cmpint (s->level, >=, BK_RISK_WARNING);
  g_assert_nonnull (reason_text (s, BK_GUIDE_LOAD_WEEKLY));
  g_assert_nonnull (strstr (reason_text (s, BK_GUIDE_LOAD_WEEKLY), "weeks off"));
  g_array_unref (log.days);
}

/* Five weeks with a 14 km long run, then 21 km: the hint is to go back to
 * the 14 km the spike was judged against, not 1.10 x 21 km. */
static void
test_hint_after_spike (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 6, 1);
  g_autoptr(BkTrainingStatus) s = NULL;
  g_auto(GStrv) hints = NULL;

  for (guint w = 0; w < 5; w++)
    {
      log_add (&log, start + 7 * w + 1, 6, 0);
      log_add (&log, start + 7 * w + 3, 6, 0);
      log_add (&log, start + 7 * w + 6, 14, 0);
    }
  log_add (&log, start + 7 * 5 + 6, 21, 0);
  s = log_status (&log, start + 7 * 5 + 6);

  g_assert_cmpint (s->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpfloat (s->next_long_run_max_m, <=, 14000);
  hints = bk_training_status_hints (s, BK_UNITS_METRIC);
  g_assert_cmpfloat (hint_metres (hints, "Keep your next long run at or under ", BK_UNITS_METRIC), <=, 14000);
  g_array_unref (log.days);
}

/* 14.7 km longest: 1.10 x is 16.17 km; "16.2 km" would be a caution. */
static void
test_hint_rounds_down (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 6, 1);
  g_autoptr(BkTrainingStatus) s = NULL;
  g_auto(GStrv) hints = NULL;

  for (guint w = 0; w < 5; w++)
    {
      log_add (&log, start + 7 * w + 1, 6, 0);
      log_add (&log, start + 7 * w + 6, 14.7, 0);
    }
  s = log_status (&log, start + 7 * 4 + 6);
  hints = bk_training_status_hints (s, BK_UNITS_METRIC);
  g_assert_cmpstr (hints[0], ==, "Keep your next long run at or under 16.1 km");
  g_assert_cmpfloat (s->next_long_run_max_m, <=, 1.10 * 14700);
  g_array_unref (log.days);
}

/* An imported watch test of 0.16 km, years ago, leaves a reference that
 * rounds to nothing: "at or under 0 km" is no advice, so no hint is given. */
static void
test_no_hint_of_nothing (void)
{
  Log log = log_new ();
  guint32 start = julian (2017, 6, 11);
  g_autoptr(BkTrainingStatus) s = NULL;
  g_auto(GStrv) hints = NULL;

  log_add (&log, start, 0.16, 0);
  s = log_status (&log, julian (2026, 12, 1));
  hints = bk_training_status_hints (s, BK_UNITS_METRIC);
  for (guint i = 0; hints[i] != NULL; i++)
    g_assert_null (strstr (hints[i], " 0 km"));
  g_array_unref (log.days);
}

/* The rest week of section 8: the last 7 days hold only Sunday's 28 km, the
 * 7 before 41 km, the 7 before those 16 km (a cutback). Nothing rose. */
static void
test_rest_week (void)
{
  Log log = log_new ();
  guint32 today = julian (2026, 9, 19);   /* a Saturday, a rest day */
  g_autoptr(BkTrainingStatus) s = NULL;

  log_add (&log, today - 41, 28, 0);
  log_add (&log, today - 38, 6, 0);
  log_add (&log, today - 34, 28, 0);
  log_add (&log, today - 31, 6, 0);
  log_add (&log, today - 27, 28, 0);
  log_add (&log, today - 24, 6, 0);
  log_add (&log, today - 16, 8, 0);
  log_add (&log, today - 14, 8, 0);
  log_add (&log, today - 13, 30, 0);
  log_add (&log, today - 11, 5.5, 0);
  log_add (&log, today - 9, 5.5, 0);
  log_add (&log, today - 6, 28, 0);
  s = log_status (&log, today);

  g_assert_cmpfloat_with_epsilon (s->last_7_m, 28000, 0.5);
  g_assert_cmpfloat_with_epsilon (s->previous_7_m, 41000, 0.5);
  g_assert_cmpfloat_with_epsilon (s->two_weeks_ago_7_m, 16000, 0.5);
  g_assert_cmpint (s->progression_tier, ==, BK_RISK_NONE);
  g_assert_cmpint (s->level, ==, BK_RISK_NONE);
  g_assert_null (reason_text (s, BK_GUIDE_LOAD_WEEKLY));
  g_array_unref (log.days);
}

/* A novice marathon plan: three weeks up by 9%, one down to 70%, four runs
 * a week with a Sunday long run of 35%. Past the first week (whose long
 * run is a spike over the log so far) no run is a spike of warning or
 * more, so no such day and no week after it is ever "high", ramp-up weeks
 * included. */
static void
test_novice_plan_never_high (void)
{
  Log log = log_new ();
  guint32 monday = julian (2026, 1, 5);
  static const double share[4] = { 0.25, 0.25, 0.15, 0.35 };
  static const int weekday[4] = { 1, 3, 5, 6 };
  double level_km = 20;
  g_autoptr(BkTrainingStatus) all = NULL;
  guint judged = 0;

  for (guint w = 0; w < 16; w++)
    {
      gboolean down = w % 4 == 3;
      double week_km = down ? 0.7 * level_km : level_km;

      for (guint r = 0; r < 4; r++)
        log_add (&log, monday + 7 * w + weekday[r], week_km * share[r], 0);
      if (!down && w % 4 != 2)
        level_km *= 1.09;
    }

  for (guint32 d = monday; d < monday + 7 * 16; d++)
    {
      g_autoptr(BkTrainingStatus) s = log_status (&log, d);

      if (d >= monday + 14)
        g_assert_cmpint (s->spike_tier, <=, BK_RISK_CAUTION);
      if (s->spike_tier >= BK_RISK_WARNING)
        continue;
      judged++;
      if (s->level == BK_RISK_HIGH)
        g_error ("day %u of the plan is high: %s", d - monday,
                 s->reasons->len > 0 ? ((BkStatusReason *) g_ptr_array_index (s->reasons, 0))->text : "");
    }
  g_assert_cmpuint (judged, >, 100);
  all = log_status (&log, monday + 7 * 16 - 1);
  for (guint w = 2; w < all->weekly->len; w++)
    g_assert_cmpint (g_array_index (all->weekly, BkStatusWeek, w).level, <, BK_RISK_HIGH);
  g_array_unref (log.days);
}

/* A single warning in weeks 5 to 7 is raised to a warning at most; the
 * wording says the evidence is anecdotal. */
static void
test_ramp_up_at_most_warning (void)
{
  Log log = log_new ();
  guint32 plan = julian (2026, 10, 14);
  guint32 sunday = julian (2026, 11, 22);   /* week 6 of the plan */
  g_autoptr(BkTrainingStatus) s = NULL;
  BkStatusInput in;

  for (guint32 d = plan; d < sunday; d++)
    log_add (&log, d, (d - plan) % 7 == 4 ? 14 : (d - plan) % 2 == 0 ? 6 : 0, 0);
  log_add (&log, sunday, 21, 0);
  in = log_input (&log, sunday + 2, BK_UNITS_METRIC);
  in.plan_start = plan;
  s = bk_training_status_compute (&in);

  g_assert_true (s->ramp_up_phase);
  g_assert_cmpint (s->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (s->level, ==, BK_RISK_WARNING);
  g_assert_null (reason_text (s, BK_GUIDE_LOAD_RAMP_UP));
  for (guint i = 0; i < s->reasons->len; i++)
    g_assert_null (strstr (((BkStatusReason *) g_ptr_array_index (s->reasons, i))->text, "most common"));
  {
    g_autofree char *sentence = bk_training_status_block_sentence (s);

    g_assert_null (strstr (sentence, "usual time"));
    g_assert_nonnull (strstr (sentence, "anecdotal"));
  }

  /* 16 km instead: a caution, raised to a warning, and said so. */
  g_array_index (log.days, BkDayTotal, log.days->len - 1).longest_m = 16000;
  g_array_index (log.days, BkDayTotal, log.days->len - 1).distance_m = 16000;
  {
    g_autoptr(BkTrainingStatus) raised = bk_training_status_compute (&in);

    g_assert_cmpint (raised->spike_tier, ==, BK_RISK_CAUTION);
    g_assert_cmpint (raised->level, ==, BK_RISK_WARNING);
    g_assert_cmpstr (reason_text (raised, BK_GUIDE_LOAD_RAMP_UP), ==,
                     "This is week 6 of a new training block, a time many runners report trouble "
                     "(the evidence is anecdotal), so the caution is raised to a warning");
  }
  g_array_unref (log.days);
}

/* A runner who records effort on most runs but not on the long one, in
 * miles: the long run is judged on distance, its own terms. */
static void
test_spike_without_rpe_in_miles (void)
{
  Log log = log_new ();
  guint32 start = julian (2026, 4, 6);
  g_autoptr(BkTrainingStatus) s = NULL;
  BkStatusInput in;
  g_auto(GStrv) hints = NULL;
  const char *reason;

  for (guint w = 0; w < 6; w++)
    {
      log_add (&log, start + 7 * w + 1, 5 * BK_METRES_PER_MILE / 1000, 4);
      log_add (&log, start + 7 * w + 5, 8 * BK_METRES_PER_MILE / 1000, 5);
    }
  log_add (&log, start + 7 * 6 + 5, 13 * BK_METRES_PER_MILE / 1000, 0);
  in = log_input (&log, start + 7 * 6 + 5, BK_UNITS_IMPERIAL);
  s = bk_training_status_compute (&in);

  g_assert_cmpint (s->spike_tier, ==, BK_RISK_WARNING);
  reason = reason_text (s, BK_GUIDE_LOAD_SPIKES);
  g_assert_nonnull (strstr (reason, "13 mi"));
  g_assert_nonnull (strstr (reason, "(8 mi)"));
  hints = bk_training_status_hints (s, BK_UNITS_IMPERIAL);
  g_assert_cmpfloat (hint_metres (hints, "Keep your next long run at or under ", BK_UNITS_IMPERIAL),
                     <=, 8 * BK_METRES_PER_MILE + 0.5);
  g_array_unref (log.days);
}

/* A baseline stated on day B (longest 14 km, a typical week 30 km) stands
 * in for the 30 days the log does not cover yet, and hands over to the log
 * once it does. */
static void
test_baseline_hands_over (void)
{
  Log log = log_new ();
  guint32 said = julian (2026, 5, 1);
  BkBaseline baseline = { said, 14000, 30000 };
  g_autoptr(BkTrainingStatus) empty = NULL;
  g_autoptr(BkTrainingStatus) early = NULL;
  g_autoptr(BkTrainingStatus) week = NULL;
  g_autoptr(BkTrainingStatus) later = NULL;
  g_auto(GStrv) hints = NULL;
  BkStatusInput in;
  BkRunReference ref;
  const char *reason;

  /* An empty log: the hints come from the baseline already. */
  in = log_input (&log, said, BK_UNITS_METRIC);
  in.baseline = baseline;
  empty = bk_training_status_compute (&in);
  hints = bk_training_status_hints (empty, BK_UNITS_METRIC);
  g_assert_cmpstr (hints[0], ==, "Keep your next long run at or under 15.4 km");
  g_assert_cmpstr (hints[1], ==, "Keep the next 7 days under 36 km in total");
  g_assert_true (empty->baseline_used);
  /* The first run of the log is judged against it, in the editor too. */
  g_assert_cmpint (bk_training_status_judge_run (&in, said + 1, 20000, &ref), ==, BK_RISK_WARNING);
  g_assert_cmpint (ref.basis, ==, BK_REFERENCE_BASELINE);

  log_add (&log, said + 1, 5, 0);
  log_add (&log, said + 3, 20, 0);
  in = log_input (&log, said + 3, BK_UNITS_METRIC);
  in.baseline = baseline;
  early = bk_training_status_compute (&in);
  g_assert_cmpint (early->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (early->spike_reference.basis, ==, BK_REFERENCE_BASELINE);
  reason = g_ptr_array_index (early->reasons, 0) != NULL
    ? ((BkStatusReason *) g_ptr_array_index (early->reasons, 0))->text : NULL;
  g_assert_nonnull (strstr (reason, "the 14 km you said on"));
  /* Without the baseline the same run is high against the log so far. */
  {
    BkStatusInput bare = log_input (&log, said + 3, BK_UNITS_METRIC);
    g_autoptr(BkTrainingStatus) alone = bk_training_status_compute (&bare);

    g_assert_cmpint (alone->spike_tier, ==, BK_RISK_HIGH);
  }

  /* A first full week of 45 km against the typical 30 km: a rise. */
  for (guint d = 4; d <= 8; d++)
    log_add (&log, said + d, 4, 0);
  for (guint d = 9; d <= 15; d++)
    log_add (&log, said + d, d == 15 ? 15 : 5, 0);
  in = log_input (&log, said + 15, BK_UNITS_METRIC);
  in.baseline = baseline;
  week = bk_training_status_compute (&in);
  g_assert_cmpint (week->progression_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (week->rise_basis, ==, BK_REFERENCE_BASELINE);
  g_assert_nonnull (strstr (reason_text (week, BK_GUIDE_LOAD_WEEKLY), "typical week of 30 km you said on"));

  /* Five weeks on, the log covers the window: 10 km runs, then 14 km is a
   * spike against the log's 10 km although the baseline said 14. */
  for (guint d = 16; d <= 45; d += 2)
    log_add (&log, said + d, 10, 0);
  log_add (&log, said + 47, 14, 0);
  in = log_input (&log, said + 47, BK_UNITS_METRIC);
  in.baseline = baseline;
  later = bk_training_status_compute (&in);
  g_assert_cmpint (later->spike_tier, ==, BK_RISK_WARNING);
  g_assert_cmpint (later->spike_reference.basis, ==, BK_REFERENCE_LOG);
  g_assert_false (later->baseline_used);
  g_array_unref (log.days);
}

/* Property: over generated logs, a run of exactly the hinted length on the
 * next day is no spike, and a week of exactly the hinted ceiling is no
 * rise, in kilometres as in miles. */
static void
test_property_hints_followed (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint checked_long = 0, checked_week = 0;

  for (guint trial = 0; trial < 300; trial++)
    {
      Log log = log_new ();
      BkUnits units = trial % 2 == 0 ? BK_UNITS_METRIC : BK_UNITS_IMPERIAL;
      guint32 start = julian (2026, 1, 1) + (guint32) g_rand_int_range (rand, 0, 7);
      guint n = (guint) g_rand_int_range (rand, 3, 120);
      guint32 today = start + n;
      g_autoptr(BkTrainingStatus) s = NULL;
      g_auto(GStrv) hints = NULL;
      double long_m, week_m;
      BkStatusInput in;

      for (guint d = 0; d <= n; d++)
        {
          /* Mostly regular running, with breaks and an odd long day. */
          gboolean in_break = (d / 20) % 5 == 3 && g_rand_boolean (rand);

          if (!in_break && g_rand_double (rand) < 0.5)
            log_add (&log, start + d, g_rand_double_range (rand, 2, g_rand_double (rand) < 0.1 ? 35 : 15), 0);
        }
      if (log.days->len == 0)
        log_add (&log, start, 5, 0);
      in = log_input (&log, today, units);
      s = bk_training_status_compute (&in);
      hints = bk_training_status_hints (s, units);
      long_m = hint_metres (hints, "Keep your next long run at or under ", units);
      week_m = hint_metres (hints, "Keep the next 7 days under ", units);

      if (!isnan (long_m))
        {
          Log next = { g_array_copy (log.days) };
          BkStatusInput next_in = log_input (&next, today + 1, units);
          g_autoptr(BkTrainingStatus) after = NULL;

          log_add (&next, today + 1, long_m / 1000, 0);
          next_in = log_input (&next, today + 1, units);
          after = bk_training_status_compute (&next_in);
          g_assert_cmpint (bk_training_status_judge_run (&next_in, today + 1, long_m, NULL), ==, BK_RISK_NONE);
          if (after->spike_day == today + 1 && after->spike_tier != BK_RISK_NONE)
            g_error ("trial %u: the hinted %.1f m next day is a spike (%s)", trial, long_m,
                     ((BkStatusReason *) g_ptr_array_index (after->reasons, 0))->text);
          checked_long++;
          g_array_unref (next.days);
        }
      if (!isnan (week_m))
        {
          Log next = { g_array_copy (log.days) };
          BkStatusInput next_in;
          g_autoptr(BkTrainingStatus) after = NULL;

          log_add (&next, today + 7, week_m / 1000, 0);
          next_in = log_input (&next, today + 7, units);
          after = bk_training_status_compute (&next_in);
          if (after->progression_tier != BK_RISK_NONE)
            g_error ("trial %u: the hinted week of %.1f m is a rise (%s)", trial, week_m,
                     reason_text (after, BK_GUIDE_LOAD_WEEKLY));
          checked_week++;
          g_array_unref (next.days);
        }
      g_array_unref (log.days);
    }
  g_assert_cmpuint (checked_long, >, 200);
  g_assert_cmpuint (checked_week, >, 100);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/first-day/newcomer-spike", test_newcomer_spike);
  g_test_add_func ("/first-day/return-after-break", test_return_after_break);
  g_test_add_func ("/first-day/return-full-volume", test_return_full_volume);
  g_test_add_func ("/first-day/hint-after-spike", test_hint_after_spike);
  g_test_add_func ("/first-day/hint-rounds-down", test_hint_rounds_down);
  g_test_add_func ("/first-day/rest-week", test_rest_week);
  g_test_add_func ("/first-day/novice-plan-never-high", test_novice_plan_never_high);
  g_test_add_func ("/first-day/ramp-up-at-most-warning", test_ramp_up_at_most_warning);
  g_test_add_func ("/first-day/spike-without-rpe-in-miles", test_spike_without_rpe_in_miles);
  g_test_add_func ("/first-day/baseline-hands-over", test_baseline_hands_over);
  g_test_add_func ("/first-day/property-hints-followed", test_property_hints_followed);
  g_test_add_func ("/first-day/no-hint-of-nothing", test_no_hint_of_nothing);
  return g_test_run ();
}
