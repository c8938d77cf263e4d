/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-date.h"
#include "bk-training-series.h"

#define RAMP_UP_FIRST_WEEK 5
#define RAMP_UP_LAST_WEEK 7
#define ACWR_NOTE_THRESHOLD 1.5

typedef BkSeries Series;

/* "21 km" or "10.5 km": whole numbers read better in a sentence. */
char *
bk_training_format_km (double  metres,
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
  g_clear_pointer (&self->surfaces, bk_surface_share_free);
  g_free (self);
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
  return bk_series_spike (s, i, NULL);
}

static BkRiskLevel
progression_of_day (const Series *s,
                    gssize        i)
{
  return bk_series_rise (s, i, NULL);
}

/* Section 8: "high" is kept for a spike above 2x or two rules at warning
 * together; the weeks 5-7 raise lifts a caution to a warning at most. */
static BkRiskLevel
combine_levels (BkRiskLevel spike,
                BkRiskLevel rise,
                gboolean    ramp_up)
{
  BkRiskLevel level = MAX (spike, rise);

  if (spike >= BK_RISK_WARNING && rise >= BK_RISK_WARNING)
    level = BK_RISK_HIGH;
  if (ramp_up)
    level = bk_risk_level_raise (level);
  return level;
}

static BkRiskLevel
level_of_day (const Series *s,
              gssize        i)
{
  return combine_levels (spike_of_day (s, i), progression_of_day (s, i),
                         is_ramp_up (week_of_block (s, s->first + (guint32) i)));
}

static void
series_find_blocks (Series              *s,
                    const BkStatusInput *in)
{
  /* ISO weeks, as section 5 says, whatever day the display's weeks start
   * on: moving the first weekday must not move a block (issue 15). */
  guint32 last_week = bk_date_week_start (in->today, G_DATE_MONDAY);
  gsize n_weeks;
  g_autofree double *volume = NULL;
  g_autofree gboolean *after_gap = NULL;
  g_autoptr(GArray) blocks = NULL;
  gssize previous = -1;

  s->first_week = bk_date_week_start (s->first, G_DATE_MONDAY);
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

int
bk_training_percent_more (double value,
                          double reference)
{
  return (int) lround ((value / reference - 1) * 100);
}

/* Rounded down to 0.1 km (or 0.1 mi), so following a hint never crosses
 * the threshold it was drawn from. */
static double
floor_to_tenth (double  metres,
                BkUnits units)
{
  double unit = units == BK_UNITS_IMPERIAL ? BK_METRES_PER_MILE : 1000.0;

  if (isnan (metres))
    return NAN;
  return floor (metres / unit * 10 + 1e-9) / 10 * unit;
}

static void
compute_tiers (BkTrainingStatus    *self,
               const Series        *s,
               const BkStatusInput *in)
{
  gssize today = (gssize) s->n - 1;
  gssize latest = s->has_run[today] ? today : s->previous_run[today];
  BkRunReference next;
  BkRiseReference week;

  /* The worst run and the worst rise of the last 7 days; on a tie the
   * later, so the reason names the newest. */
  self->spike_tier = self->progression_tier = BK_RISK_NONE;
  for (gssize i = MAX (0, today - 6); i <= today; i++)
    {
      BkRunReference reference;
      BkRiseReference rise;
      BkRiskLevel tier;

      if (!s->has_run[i])
        continue;
      tier = bk_series_spike (s, i, &reference);
      if (tier >= self->spike_tier)
        {
          self->spike_tier = tier;
          self->spike_day = s->first + (guint32) i;
          self->spike_distance_m = s->longest[i];
          self->spike_reference = reference;
          self->spike_reference_m = reference.reference_m;
        }
      tier = bk_series_rise (s, i, &rise);
      if (tier >= self->progression_tier)
        {
          self->progression_tier = tier;
          self->rise_day = s->first + (guint32) i;
          self->rise_7_m = bk_series_last_7 (s, i);
          self->rise_peak_m = rise.peak_m;
          self->rise_basis = rise.basis;
        }
    }
  if (self->spike_tier == BK_RISK_NONE)
    {
      self->spike_day = 0, self->spike_distance_m = self->spike_reference_m = 0;
      self->spike_reference = (BkRunReference) { BK_REFERENCE_NONE, 0, 0, 0, 0 };
    }
  if (self->progression_tier == BK_RISK_NONE)
    self->rise_day = 0, self->rise_7_m = self->rise_peak_m = 0, self->rise_basis = BK_REFERENCE_NONE;

  self->last_7_m = bk_series_last_7 (s, today);
  self->previous_7_m = bk_series_last_7 (s, today - 7);
  self->two_weeks_ago_7_m = bk_series_last_7 (s, today - 14);
  self->level = combine_levels (self->spike_tier, self->progression_tier, self->ramp_up_phase);

  if (latest >= 0 && bk_series_return_of (s, latest) >= 0)
    {
      gssize start = bk_series_return_of (s, latest);
      BkRunReference reference;

      bk_series_reference (s, start, &reference);
      self->return_start = s->first + (guint32) start;
      self->break_days = reference.days;
    }

  /* The hints: a run tomorrow at 1.10 x what it will be compared with, and
   * no higher than what a warning spike was judged against; the next 7
   * days at 1.20 x the recent peak they will be judged against, and no
   * higher than what a warning rise was judged against. */
  self->longest_30d_m = 0;
  for (gssize i = MAX (0, today - 29); i <= today; i++)
    self->longest_30d_m = MAX (self->longest_30d_m, s->longest[i]);
  bk_series_reference (s, today + 1, &next);
  if (next.reference_m > 0)
    self->next_long_run_max_m = 1.10 * next.reference_m;
  if (self->spike_tier >= BK_RISK_WARNING && self->spike_reference_m > 0)
    self->next_long_run_max_m = isnan (self->next_long_run_max_m)
      ? self->spike_reference_m : MIN (self->next_long_run_max_m, self->spike_reference_m);
  self->next_long_run_max_m = floor_to_tenth (self->next_long_run_max_m, in->units);

  bk_series_rise_reference (s, today + 7, &week);
  if (!isnan (week.peak_m) && week.peak_m >= BK_PROGRESSION_MIN_M)
    {
      self->week_ceiling_m = 1.20 * week.peak_m;
      if (self->progression_tier >= BK_RISK_WARNING)
        self->week_ceiling_m = MIN (self->week_ceiling_m, self->rise_peak_m);
      self->week_ceiling_m = floor_to_tenth (self->week_ceiling_m, in->units);
    }

  self->baseline_used = self->spike_reference.basis == BK_REFERENCE_BASELINE ||
                        self->rise_basis == BK_REFERENCE_BASELINE ||
                        next.basis == BK_REFERENCE_BASELINE;
}

static char *
rise_reason (const BkTrainingStatus *self,
             const BkStatusInput    *in)
{
  g_autofree char *day = day_label (self->rise_day, self->today);
  g_autofree char *now = bk_training_format_km (self->rise_7_m, in->units);
  g_autofree char *peak = bk_training_format_km (self->rise_peak_m, in->units);
  int percent = bk_training_percent_more (self->rise_7_m, self->rise_peak_m);

  switch (self->rise_basis)
    {
    case BK_REFERENCE_BASELINE:
      {
        g_autofree char *said = bk_date_format_short (in->baseline.set_on);

        /* TRANSLATORS: "You ran 30 km in the 7 days to Sunday, 50% more than
         * the typical week of 20 km you said on 1 Dec you run" */
        return g_strdup_printf (_("You ran %s in the 7 days to %s, %d%% more than the typical week of %s "
                                  "you said on %s you run"), now, day, percent, peak, said);
      }
    case BK_REFERENCE_RETURN:
      {
        g_autofree char *off = bk_format_break (self->break_days);

        /* TRANSLATORS: "You ran 40 km in the 7 days to Sunday, 100% more than
         * 20 km, the most to aim for in a week in your first weeks back after
         * 8 weeks off" */
        return g_strdup_printf (_("You ran %s in the 7 days to %s, %d%% more than %s, the most to aim for "
                                  "in a week in your first weeks back after %s off"),
                                now, day, percent, peak, off);
      }
    case BK_REFERENCE_NONE:
    case BK_REFERENCE_LOG:
    case BK_REFERENCE_LOG_SO_FAR:
    default:
      /* TRANSLATORS: "You ran 41 km in the 7 days to Sunday, 46% more than
       * your highest 7 days of the three weeks before (28 km)" */
      return g_strdup_printf (_("You ran %s in the 7 days to %s, %d%% more than your highest 7 days "
                                "of the three weeks before (%s)"), now, day, percent, peak);
    }
}

static void
compute_reasons (BkTrainingStatus    *self,
                 const BkStatusInput *in)
{
  gboolean break_named = FALSE;

  if (self->spike_tier > BK_RISK_NONE)
    {
      g_autofree char *day = day_label (self->spike_day, self->today);
      g_autofree char *run = bk_training_format_km (self->spike_distance_m, in->units);
      g_autofree char *ref = bk_run_reference_phrase (&self->spike_reference, in->units);

      add_reason (self, self->spike_tier, BK_GUIDE_LOAD_SPIKES,
                  /* TRANSLATORS: "Sunday’s 21 km was 50% longer than your longest run
                   * in the last 30 days (14 km)"; the first %s is a day name, the
                   * last what the run was compared with */
                  g_strdup_printf (_("%s’s %s was %d%% longer than %s"),
                                   day, run, bk_training_percent_more (self->spike_distance_m, self->spike_reference_m), ref));
      break_named = self->spike_reference.basis == BK_REFERENCE_RETURN;
    }

  if (self->progression_tier > BK_RISK_NONE)
    {
      add_reason (self, self->progression_tier, BK_GUIDE_LOAD_WEEKLY, rise_reason (self, in));
      break_named |= self->rise_basis == BK_REFERENCE_RETURN;
    }

  if (self->ramp_up_phase && MAX (self->spike_tier, self->progression_tier) == BK_RISK_CAUTION &&
      self->level == BK_RISK_WARNING)
    add_reason (self, self->level, BK_GUIDE_LOAD_RAMP_UP,
                g_strdup_printf (_("This is week %u of a new training block, a time many runners report "
                                   "trouble (the evidence is anecdotal), so the caution is raised to a warning"),
                                 self->weeks_into_block));

  if (self->return_start != 0 && !break_named)
    {
      g_autofree char *off = bk_format_break (self->break_days);

      add_reason (self, BK_RISK_NONE, BK_GUIDE_LOAD_RETURNS,
                  g_strdup_printf (_("These are your first weeks back after %s off: runs and weeks are "
                                     "compared with less than before the break"), off));
    }

  if (!isnan (self->acwr_ewma) && self->acwr_ewma >= ACWR_NOTE_THRESHOLD)
    add_reason (self, BK_RISK_NONE, BK_GUIDE_LOAD_ACWR,
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
    n_weeks = s->n == 0 ? 1 : (last_week - bk_date_week_start (s->first, in->first_day)) / 7 + 1;
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

/* An empty log with a stated baseline: the first run and week are judged
 * against it, so the hints can be given already. */
static void
compute_empty_hints (BkTrainingStatus    *self,
                     const BkStatusInput *in)
{
  gint64 age = (gint64) in->today - (gint64) in->baseline.set_on;

  if (in->baseline.set_on == 0 || age <= -30 || age >= 30)
    return;
  if (in->baseline.longest_m > 0)
    self->next_long_run_max_m = floor_to_tenth (1.10 * in->baseline.longest_m, in->units);
  if (in->baseline.weekly_m >= BK_PROGRESSION_MIN_M)
    self->week_ceiling_m = floor_to_tenth (1.20 * in->baseline.weekly_m, in->units);
  self->baseline_used = TRUE;
}

/**
 * bk_training_status_compute:
 *
 * Applies sections 0-5 and 8 of training-science.md to the log up to and
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
  self->baseline = in->baseline;
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
      compute_empty_hints (self, in);
      bk_status_count_sessions (self, in);
      return g_steal_pointer (&self);
    }

  self->first_logged = s.first;
  bk_series_fill (&s, in, s.first);
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
  bk_status_count_sessions (self, in);

  bk_series_clear (&s);
  return g_steal_pointer (&self);
}

/**
 * bk_training_status_block_sentence:
 *
 * Returns: (transfer full) (nullable): "Week 6 of the plan you started on
 *   14 October: a time many runners report trouble (the evidence is
 *   anecdotal)", or %NULL outside a block
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
      ? g_strdup_printf (_("Week %u of the plan you started on %s: a time many runners report trouble "
                           "(the evidence is anecdotal)"),
                         self->weeks_into_block, date)
      : g_strdup_printf (_("Week %u of the plan you started on %s"), self->weeks_into_block, date);
  return self->ramp_up_phase
    ? g_strdup_printf (_("Week %u of the training block that began on %s: a time many runners report "
                         "trouble (the evidence is anecdotal)"),
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

  /* A limit that rounds to nothing (a reference of a few hundred metres,
   * such as a watch's test recording long ago) is no advice at all. */
  if (!isnan (self->next_long_run_max_m) && floor_to_tenth (self->next_long_run_max_m, units) >= 1000)
    {
      g_autofree char *max = bk_training_format_km (floor_to_tenth (self->next_long_run_max_m, units), units);

      {
        g_autofree char *hint = g_strdup_printf (_("Keep your next long run at or under %s"), max);

        g_strv_builder_add (builder, hint);
      }
    }
  if (!isnan (self->week_ceiling_m) && floor_to_tenth (self->week_ceiling_m, units) >= 1000)
    {
      g_autofree char *max = bk_training_format_km (floor_to_tenth (self->week_ceiling_m, units), units);

      {
        g_autofree char *hint = g_strdup_printf (_("Keep the next 7 days under %s in total"), max);

        g_strv_builder_add (builder, hint);
      }
    }
  return g_strv_builder_end (builder);
}
