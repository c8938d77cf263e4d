/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-date.h"
#include "bk-training-status.h"

#define SPIKE_WINDOW_DAYS 30
#define RAMP_UP_FIRST_WEEK 5
#define RAMP_UP_LAST_WEEK 7
#define ACWR_NOTE_THRESHOLD 1.5

/* The whole log laid out one value per day from the first logged day to
 * today, rest days 0, so every window is an index range. */
typedef struct {
  guint32   first;
  gsize     n;
  double   *distance;
  double   *minutes;
  double   *srpe;
  double   *longest;
  gboolean *rpe_complete;   /* every run of the day has an RPE (or none ran) */
  gboolean *has_run;
  double   *prefix;         /* prefix[i] = distance of days before i */
  guint32  *blocks;         /* per week from week_start (first) */
  guint32   first_week;
  guint32   plan_start;
} Series;

static void
series_clear (Series *s)
{
  g_free (s->distance);
  g_free (s->minutes);
  g_free (s->srpe);
  g_free (s->longest);
  g_free (s->rpe_complete);
  g_free (s->has_run);
  g_free (s->prefix);
  g_free (s->blocks);
}

/* "21 km" or "10.5 km": whole numbers read better in a sentence. */
static char *
format_km (double  metres,
           BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;
  double rounded = round (value * 10) / 10;
  int decimals = fabs (rounded - round (rounded)) < 0.05 ? 0 : 1;

  /* TRANSLATORS: a distance and its unit symbol, "21 km" or "10.5 km" */
  return g_strdup_printf (_("%.*f %s"), decimals, rounded, bk_units_distance_symbol (units));
}

static void
reason_free (gpointer data)
{
  BkStatusReason *reason = data;

  g_free (reason->text);
  g_free (reason);
}

static void
add_reason (BkTrainingStatus *self,
            BkRiskLevel       level,
            const char       *section,
            char             *text)
{
  BkStatusReason *reason = g_new0 (BkStatusReason, 1);

  reason->text = text;
  reason->section = section;
  reason->level = level;
  g_ptr_array_add (self->reasons, reason);
}

void
bk_training_status_free (BkTrainingStatus *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  g_clear_pointer (&self->weekly, g_array_unref);
  g_free (self);
}

/* Sum of the 7 days ending on day index @i; days before the log count 0. */
static double
last_7 (const Series *s,
        gssize        i)
{
  gssize from;

  if (i < 0)
    return 0;
  from = MAX (0, i - 6);
  return s->prefix[i + 1] - s->prefix[from];
}

static double
longest_before (const Series *s,
                gssize        i)
{
  double longest = 0;

  for (gssize j = MAX (0, i - SPIKE_WINDOW_DAYS); j < i && j < (gssize) s->n; j++)
    longest = MAX (longest, s->longest[j]);
  return longest;
}

static guint32
block_of_day (const Series *s,
              guint32       julian)
{
  if (s->plan_start != 0 && julian >= s->plan_start)
    return s->plan_start;
  if (julian < s->first_week)
    return 0;
  return s->blocks[(julian - s->first_week) / 7];
}

static guint
week_of_block (const Series *s,
               guint32       julian)
{
  guint32 start = block_of_day (s, julian);

  return start == 0 ? 0 : (julian - start) / 7 + 1;
}

static gboolean
is_ramp_up (guint week)
{
  return week >= RAMP_UP_FIRST_WEEK && week <= RAMP_UP_LAST_WEEK;
}

static BkRiskLevel
spike_of_day (const Series *s,
              gssize        i)
{
  if (!s->has_run[i])
    return BK_RISK_NONE;
  /* In a log's first 30 days the longest run "of the last 30 days" is not
   * known yet: judging against a partial window would flag the second run
   * of every new log. */
  if (i < SPIKE_WINDOW_DAYS)
    return BK_RISK_NONE;
  return bk_spike_tier (s->longest[i], longest_before (s, i));
}

static BkRiskLevel
progression_of_day (const Series *s,
                    gssize        i)
{
  /* A window that reaches back before the first logged day is not a week
   * of training: a new log's first days would read as a huge rise. */
  double previous = i >= 13 ? last_7 (s, i - 7) : 0;
  double two_back = i >= 20 ? last_7 (s, i - 14) : 0;

  return bk_progression_tier (last_7 (s, i), previous, two_back);
}

static BkRiskLevel
level_of_day (const Series *s,
              gssize        i)
{
  BkRiskLevel level = MAX (spike_of_day (s, i), progression_of_day (s, i));

  if (is_ramp_up (week_of_block (s, s->first + (guint32) i)))
    level = bk_risk_level_raise (level);
  return level;
}

static void
series_fill (Series              *s,
             const BkStatusInput *in)
{
  s->n = in->today - s->first + 1;
  s->distance = g_new0 (double, s->n);
  s->minutes = g_new0 (double, s->n);
  s->srpe = g_new0 (double, s->n);
  s->longest = g_new0 (double, s->n);
  s->rpe_complete = g_new (gboolean, s->n);
  s->has_run = g_new0 (gboolean, s->n);
  s->prefix = g_new0 (double, s->n + 1);

  for (gsize i = 0; i < s->n; i++)
    s->rpe_complete[i] = TRUE;
  for (gsize k = 0; k < in->n_days; k++)
    {
      const BkDayTotal *day = &in->days[k];
      gsize i;

      if (day->runs == 0 || day->julian < s->first || day->julian > in->today)
        continue;
      i = day->julian - s->first;
      s->distance[i] += day->distance_m;
      s->minutes[i] += day->duration_s / 60.0;
      s->srpe[i] += day->srpe;
      s->longest[i] = MAX (s->longest[i], day->longest_m);
      s->has_run[i] = TRUE;
      if (day->rpe_runs < day->runs)
        s->rpe_complete[i] = FALSE;
    }
  for (gsize i = 0; i < s->n; i++)
    s->prefix[i + 1] = s->prefix[i] + s->distance[i];
}

static void
series_find_blocks (Series              *s,
                    const BkStatusInput *in)
{
  guint32 last_week = bk_date_week_start (in->today, in->first_day);
  gsize n_weeks;
  g_autofree double *volume = NULL;
  g_autofree gboolean *after_gap = NULL;
  g_autoptr(GArray) blocks = NULL;
  gssize previous = -1;

  s->first_week = bk_date_week_start (s->first, in->first_day);
  n_weeks = (last_week - s->first_week) / 7 + 1;
  volume = g_new0 (double, n_weeks);
  after_gap = g_new0 (gboolean, n_weeks);

  for (gsize i = 0; i < s->n; i++)
    {
      gsize week = (s->first + i - s->first_week) / 7;

      if (!s->has_run[i])
        continue;
      volume[week] += s->distance[i];
      if (previous >= 0 && (gssize) i - previous - 1 >= 14)
        after_gap[week] = TRUE;
      previous = (gssize) i;
    }

  blocks = bk_training_blocks (volume, after_gap, n_weeks, s->first_week, n_weeks - 1);
  s->blocks = (guint32 *) (gpointer) g_array_free (g_steal_pointer (&blocks), FALSE);
  if (in->plan_start != 0 && in->plan_start <= in->today)
    s->plan_start = in->plan_start;
}

/* One unit per ratio: session RPE x minutes when every run in the window has
 * an RPE (never imputed), else minutes. With session RPE the series starts
 * where the runs without an RPE end, so none of them counts as 0. */
static const double *
choose_load (const Series *s,
             gsize         window,
             BkLoadUnit   *out_unit,
             gsize        *out_start)
{
  gsize from = s->n > window ? s->n - window : 0;
  gboolean any = FALSE;
  gsize start;

  for (gsize i = from; i < s->n; i++)
    {
      any |= s->has_run[i];
      if (!s->rpe_complete[i])
        {
          *out_unit = BK_LOAD_UNIT_MINUTES;
          *out_start = 0;
          return s->minutes;
        }
    }
  if (!any)
    {
      *out_unit = BK_LOAD_UNIT_MINUTES;
      *out_start = 0;
      return s->minutes;
    }

  start = s->n;
  while (start > 0 && s->rpe_complete[start - 1])
    start--;
  while (start < s->n && !s->has_run[start])
    start++;
  *out_unit = BK_LOAD_UNIT_SRPE;
  *out_start = start;
  return s->srpe;
}

static char *
day_label (guint32 julian,
           guint32 today)
{
  GDate date;
  char buf[64];

  if (julian == today)
    return g_strdup (_("Today"));
  if (julian + 1 == today)
    return g_strdup (_("Yesterday"));
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (g_date_strftime (buf, sizeof buf, "%A", &date) == 0)
    return bk_date_format_short (julian);
  return g_strdup (buf);
}

static int
percent_more (double value,
              double reference)
{
  return (int) lround ((value / reference - 1) * 100);
}

static void
compute_tiers (BkTrainingStatus    *self,
               const Series        *s,
               const BkStatusInput *in)
{
  gssize today = (gssize) s->n - 1;

  self->spike_tier = BK_RISK_NONE;
  for (gssize i = MAX (0, today - 6); i <= today; i++)
    {
      BkRiskLevel tier = spike_of_day (s, i);

      if (s->has_run[i] && tier >= self->spike_tier)
        {
          self->spike_tier = tier;
          self->spike_day = s->first + (guint32) i;
          self->spike_distance_m = s->longest[i];
          self->spike_reference_m = longest_before (s, i);
        }
    }
  if (self->spike_tier == BK_RISK_NONE)
    self->spike_day = 0, self->spike_distance_m = self->spike_reference_m = 0;

  self->last_7_m = last_7 (s, today);
  self->previous_7_m = last_7 (s, today - 7);
  self->two_weeks_ago_7_m = last_7 (s, today - 14);
  self->progression_tier = progression_of_day (s, today);

  self->level = MAX (self->spike_tier, self->progression_tier);
  if (self->ramp_up_phase)
    self->level = bk_risk_level_raise (self->level);

  self->longest_30d_m = longest_before (s, today + 1);
  self->next_long_run_max_m = self->longest_30d_m > 0 ? 1.10 * self->longest_30d_m : NAN;
  if (self->last_7_m >= BK_PROGRESSION_MIN_M)
    {
      /* The next 7 days are judged against the last 7 (x1.20, caution) and,
       * as two weeks back, against the 7 before them (x1.30, warning). */
      self->week_ceiling_m = 1.20 * self->last_7_m;
      if (self->previous_7_m >= BK_PROGRESSION_MIN_M)
        self->week_ceiling_m = MIN (self->week_ceiling_m, 1.30 * self->previous_7_m);
    }
  (void) in;
}

static void
compute_reasons (BkTrainingStatus    *self,
                 const BkStatusInput *in)
{
  if (self->spike_tier > BK_RISK_NONE)
    {
      g_autofree char *day = day_label (self->spike_day, self->today);
      g_autofree char *run = format_km (self->spike_distance_m, in->units);
      g_autofree char *ref = format_km (self->spike_reference_m, in->units);

      add_reason (self, self->spike_tier, BK_SECTION_SPIKES,
                  /* TRANSLATORS: "Sunday's 21 km was 50% longer than your longest run
                   * in the last 30 days (14 km)"; the first %s is a day name */
                  g_strdup_printf (_("%s’s %s was %d%% longer than your longest run in the last 30 days (%s)"),
                                   day, run, percent_more (self->spike_distance_m, self->spike_reference_m), ref));
    }

  if (self->progression_tier > BK_RISK_NONE)
    {
      g_autofree char *now = format_km (self->last_7_m, in->units);
      gboolean vs_last = self->last_7_m > 1.20 * self->previous_7_m;
      double ref_m = vs_last ? self->previous_7_m : self->two_weeks_ago_7_m;
      g_autofree char *ref = format_km (ref_m, in->units);
      int percent = percent_more (self->last_7_m, ref_m);

      add_reason (self, self->progression_tier, BK_SECTION_PROGRESSION,
                  vs_last
                  ? g_strdup_printf (_("You ran %s in the last 7 days, %d%% more than in the 7 days before (%s)"),
                                     now, percent, ref)
                  : g_strdup_printf (_("You ran %s in the last 7 days, %d%% more than in the same 7 days two weeks ago (%s)"),
                                     now, percent, ref));
    }

  if (self->ramp_up_phase && MAX (self->spike_tier, self->progression_tier) >= BK_RISK_CAUTION)
    add_reason (self, self->level, BK_SECTION_RAMP_UP,
                g_strdup_printf (_("This is week %u of a new training block, when lower back trouble is "
                                   "most common, so the level is raised by one step"),
                                 self->weeks_into_block));

  if (!isnan (self->acwr_ewma) && self->acwr_ewma >= ACWR_NOTE_THRESHOLD)
    add_reason (self, BK_RISK_NONE, BK_SECTION_ACWR,
                g_strdup_printf (_("Your recent load is %.1f times your usual load: a trend to watch, "
                                   "not a warning on its own"), self->acwr_ewma));
}

static void
compute_ratios (BkTrainingStatus *self,
                const Series     *s,
                double           *ewma_by_day)
{
  const double *load;
  gsize start;
  double la = 2.0 / (BK_ACWR_EWMA_ACUTE_DAYS + 1), lc = 2.0 / (BK_ACWR_EWMA_CHRONIC_DAYS + 1);
  double acute = 0, chronic = 0, peak = 0;

  load = choose_load (s, BK_ACWR_MIN_DAYS, &self->acwr_unit, &start);
  if (start < s->n)
    {
      self->acwr_ewma = bk_acwr_ewma (load + start, s->n - start, &self->ewma_acute, &self->ewma_chronic);
      self->acwr_rolling = bk_acwr_rolling (load + start, s->n - start);
      self->acwr_uncoupled = bk_acwr_uncoupled (load + start, s->n - start);
    }

  /* The same EWMA day by day, for the chart's trend line. */
  for (gsize i = 0; i < s->n; i++)
    {
      ewma_by_day[i] = NAN;
      if (i < start)
        continue;
      if (i == start)
        acute = chronic = load[i];
      else
        {
          acute = la * load[i] + (1 - la) * acute;
          chronic = lc * load[i] + (1 - lc) * chronic;
        }
      peak = MAX (peak, load[i]);
      if (i + 1 - start >= BK_ACWR_MIN_DAYS && peak > 0 && chronic > 0 && chronic >= 0.02 * peak)
        ewma_by_day[i] = acute / chronic;
    }

  load = choose_load (s, 7, &self->monotony_unit, &start);
  if (s->n >= 7 && start + 7 <= s->n)
    self->monotony = bk_monotony (load + s->n - 7, &self->strain);
}

static void
compute_weekly (BkTrainingStatus    *self,
                const Series        *s,
                const BkStatusInput *in,
                const double        *ewma_by_day)
{
  guint32 last_week = bk_date_week_start (in->today, in->first_day);
  guint n_weeks = in->n_weeks;
  guint32 first_week;

  if (n_weeks == 0)
    n_weeks = s->n == 0 ? 1 : (last_week - s->first_week) / 7 + 1;
  first_week = last_week - 7 * (n_weeks - 1);

  self->weekly = g_array_sized_new (FALSE, TRUE, sizeof (BkStatusWeek), n_weeks);
  g_array_set_size (self->weekly, n_weeks);
  for (guint w = 0; w < n_weeks; w++)
    {
      BkStatusWeek *week = &g_array_index (self->weekly, BkStatusWeek, w);
      guint32 start = first_week + 7 * w;
      guint32 end = MIN (start + 6, in->today);

      week->week_start = start;
      week->acwr_ewma = NAN;
      if (s->n == 0 || end < s->first)
        continue;
      for (guint32 d = MAX (start, s->first); d <= end; d++)
        {
          gssize i = d - s->first;

          week->level = MAX (week->level, level_of_day (s, i));
          week->spike_tier = MAX (week->spike_tier, spike_of_day (s, i));
        }
      week->week_of_block = week_of_block (s, end);
      week->ramp_up = is_ramp_up (week->week_of_block);
      week->acwr_ewma = ewma_by_day[end - s->first];
    }

  for (gsize k = 0; k < in->n_days; k++)
    {
      const BkDayTotal *day = &in->days[k];
      BkStatusWeek *week;

      if (day->julian < first_week || day->julian > in->today)
        continue;
      week = &g_array_index (self->weekly, BkStatusWeek, (day->julian - first_week) / 7);
      week->distance_m += day->distance_m;
      week->duration_s += day->duration_s;
      week->runs += day->runs;
    }
}

/**
 * bk_training_status_compute:
 *
 * Applies sections 0-5 of training-science.md to the log up to and
 * including @input->today; days after it are left out.
 *
 * Returns: (transfer full): the status
 */
BkTrainingStatus *
bk_training_status_compute (const BkStatusInput *in)
{
  g_autoptr(BkTrainingStatus) self = g_new0 (BkTrainingStatus, 1);
  g_autofree double *ewma_by_day = NULL;
  Series s = { 0 };

  g_return_val_if_fail (in != NULL, NULL);
  g_return_val_if_fail (in->days != NULL || in->n_days == 0, NULL);
  g_return_val_if_fail (g_date_valid_julian (in->today), NULL);

  self->today = in->today;
  self->reasons = g_ptr_array_new_with_free_func (reason_free);
  self->acwr_ewma = self->ewma_acute = self->ewma_chronic = NAN;
  self->acwr_rolling = self->acwr_uncoupled = self->monotony = self->strain = NAN;
  self->next_long_run_max_m = self->week_ceiling_m = NAN;
  self->acwr_unit = self->monotony_unit = BK_LOAD_UNIT_MINUTES;

  for (gsize k = 0; k < in->n_days; k++)
    if (in->days[k].runs > 0 && in->days[k].julian <= in->today &&
        (s.first == 0 || in->days[k].julian < s.first))
      s.first = in->days[k].julian;

  if (s.first == 0)
    {
      compute_weekly (self, &s, in, NULL);
      if (in->plan_start != 0 && in->plan_start <= in->today)
        {
          self->block_start = in->plan_start;
          self->block_from_plan = TRUE;
          self->weeks_into_block = (in->today - in->plan_start) / 7 + 1;
          self->ramp_up_phase = is_ramp_up (self->weeks_into_block);
        }
      return g_steal_pointer (&self);
    }

  self->first_logged = s.first;
  series_fill (&s, in);
  series_find_blocks (&s, in);

  self->block_start = block_of_day (&s, in->today);
  self->block_from_plan = s.plan_start != 0 && self->block_start == s.plan_start;
  self->weeks_into_block = week_of_block (&s, in->today);
  self->ramp_up_phase = is_ramp_up (self->weeks_into_block);

  ewma_by_day = g_new (double, s.n);
  compute_tiers (self, &s, in);
  compute_ratios (self, &s, ewma_by_day);
  compute_reasons (self, in);
  compute_weekly (self, &s, in, ewma_by_day);

  series_clear (&s);
  return g_steal_pointer (&self);
}

/**
 * bk_training_status_block_sentence:
 *
 * Returns: (transfer full) (nullable): "Week 6 of the plan you started on
 *   14 October: the usual time for lower back trouble", or %NULL outside a
 *   block
 */
char *
bk_training_status_block_sentence (const BkTrainingStatus *self)
{
  g_autofree char *date = NULL;
  GDate d;
  char buf[64];

  g_return_val_if_fail (self != NULL, NULL);

  if (self->block_start == 0)
    return NULL;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, self->block_start);
  /* TRANSLATORS: a day and month, "14 October"; see strftime() */
  if (g_date_strftime (buf, sizeof buf, _("%-d %B"), &d) == 0)
    return NULL;
  date = g_strdup (buf);

  if (self->block_from_plan)
    return self->ramp_up_phase
      ? g_strdup_printf (_("Week %u of the plan you started on %s: the usual time for lower back trouble"),
                         self->weeks_into_block, date)
      : g_strdup_printf (_("Week %u of the plan you started on %s"), self->weeks_into_block, date);
  return self->ramp_up_phase
    ? g_strdup_printf (_("Week %u of the training block that began on %s: the usual time for lower back trouble"),
                       self->weeks_into_block, date)
    : g_strdup_printf (_("Week %u of the training block that began on %s"), self->weeks_into_block, date);
}

/**
 * bk_training_status_hints:
 *
 * Returns: (transfer full): the plan hints, possibly none
 */
GStrv
bk_training_status_hints (const BkTrainingStatus *self,
                          BkUnits                 units)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if (!isnan (self->next_long_run_max_m))
    {
      g_autofree char *max = format_km (self->next_long_run_max_m, units);

      {
        g_autofree char *hint = g_strdup_printf (_("Keep your next long run at or under %s"), max);

        g_strv_builder_add (builder, hint);
      }
    }
  if (!isnan (self->week_ceiling_m))
    {
      g_autofree char *max = format_km (self->week_ceiling_m, units);

      {
        g_autofree char *hint = g_strdup_printf (_("Keep the next 7 days under %s in total"), max);

        g_strv_builder_add (builder, hint);
      }
    }
  return g_strv_builder_end (builder);
}

/**
 * bk_training_status_compare_run:
 * @julian: the day of a run being entered
 * @out_reference_m: (out) (optional): the longest run of the 30 days before
 *   @julian, 0 when there was none
 *
 * Returns: the spike tier the run would have
 */
BkRiskLevel
bk_training_status_compare_run (const BkDayTotal *days,
                                gsize             n_days,
                                guint32           julian,
                                double            distance_m,
                                double           *out_reference_m)
{
  double longest = 0;

  for (gsize k = 0; k < n_days; k++)
    if (days[k].julian < julian && days[k].julian + SPIKE_WINDOW_DAYS >= julian)
      longest = MAX (longest, days[k].longest_m);
  if (out_reference_m != NULL)
    *out_reference_m = longest;
  return bk_spike_tier (distance_m, longest);
}

/**
 * bk_spike_describe:
 *
 * Returns: (transfer full): how a run of @distance_m compares with the
 *   longest of the last 30 days, for a line under the distance field
 */
char *
bk_spike_describe (double  distance_m,
                   double  reference_m,
                   BkUnits units)
{
  g_autofree char *ref = NULL;
  g_autofree char *tier_text = NULL;
  BkRiskLevel tier;

  if (reference_m <= 0)
    return g_strdup (_("No run in the 30 days before: this starts a new block, so build up gently"));
  ref = format_km (reference_m, units);
  if (distance_m <= reference_m)
    return g_strdup_printf (_("Not longer than your longest run in 30 days (%s)"), ref);
  tier = bk_spike_tier (distance_m, reference_m);
  tier_text = g_utf8_strdown (tier == BK_RISK_NONE ? _("fine") : bk_risk_level_describe (tier), -1);
  /* TRANSLATORS: "45% longer than your longest run in 30 days (14 km): caution" */
  return g_strdup_printf (_("%d%% longer than your longest run in 30 days (%s): %s"),
                          percent_more (distance_m, reference_m), ref, tier_text);
}
