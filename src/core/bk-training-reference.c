/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-reference"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "bk-date.h"

#include "bk-training-series.h"

/* Sections 2 and 8 of training-science.md: what a run and a week are
 * compared with, from a log's first day, with a stated baseline, and after
 * a break. */

/* A baseline's "last 30 days" overlaps the 30 days before @julian. */
#define BASELINE_REACH_DAYS 30

void
bk_series_clear (BkSeries *s)
{
  g_free (s->distance);
  g_free (s->minutes);
  g_free (s->srpe);
  g_free (s->longest);
  g_free (s->rpe_complete);
  g_free (s->has_run);
  g_free (s->prefix);
  g_free (s->previous_run);
  g_free (s->latest_return);
  g_free (s->blocks);
}

/* Lays out the log's days from @first to in->today (both included). */
void
bk_series_fill (BkSeries            *s,
                const BkStatusInput *in,
                guint32              first)
{
  gssize previous = -1;

  g_assert (first <= in->today);

  s->first = first;
  s->n = in->today - first + 1;
  s->distance = g_new0 (double, s->n);
  s->minutes = g_new0 (double, s->n);
  s->srpe = g_new0 (double, s->n);
  s->longest = g_new0 (double, s->n);
  s->rpe_complete = g_new (gboolean, s->n);
  s->has_run = g_new0 (gboolean, s->n);
  s->prefix = g_new0 (double, s->n + 1);
  s->previous_run = g_new (gssize, s->n);
  s->latest_return = g_new (gssize, s->n);
  s->baseline = in->baseline;

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
  bk_series_add_sessions (s, in);
  for (gsize i = 0; i < s->n; i++)
    {
      gboolean opens;

      s->prefix[i + 1] = s->prefix[i] + s->distance[i];
      s->previous_run[i] = previous;
      opens = s->has_run[i] && previous >= 0 && (gssize) i - previous - 1 >= BK_BREAK_DAYS;
      s->latest_return[i] = opens ? (gssize) i : i > 0 ? s->latest_return[i - 1] : -1;
      if (s->has_run[i])
        previous = (gssize) i;
    }
}

/* Sum of the 7 days ending on day index @i; days outside the log count 0. */
double
bk_series_last_7 (const BkSeries *s,
                  gssize          i)
{
  gssize from, to;

  if (i < 0)
    return 0;
  to = MIN (i, (gssize) s->n - 1);
  from = MAX (0, i - 6);
  if (from > to)
    return 0;
  return s->prefix[to + 1] - s->prefix[from];
}

/* The last day with a run before @i, which may lie past the log's end. */
static gssize
last_run_before (const BkSeries *s,
                 gssize          i)
{
  gssize last;

  if (i <= 0)
    return -1;
  if (i < (gssize) s->n)
    return s->previous_run[i];
  last = (gssize) s->n - 1;
  return s->has_run[last] ? last : s->previous_run[last];
}

static double
longest_in (const BkSeries *s,
            gssize          from,
            gssize          to)
{
  double longest = 0;

  for (gssize j = MAX (0, from); j <= to && j < (gssize) s->n; j++)
    longest = MAX (longest, s->longest[j]);
  return longest;
}

/* 1.0 under 4 weeks off, 0.75 from 4 weeks, 0.5 from 8 [P, section 8]. */
static double
break_scale (guint days)
{
  if (days >= 56)
    return 0.5;
  if (days >= 28)
    return 0.75;
  return 1.0;
}

/**
 * bk_series_return_of:
 * @i: the day of a run, real or planned (it may lie past the log's end)
 *
 * Returns: the day index of the first run of the return block that a run
 *   on @i belongs to (@i itself when it ends a break of 14 days or more
 *   after older history), while @i is within 30 days of it; -1 otherwise
 */
gssize
bk_series_return_of (const BkSeries *s,
                     gssize          i)
{
  gssize previous = last_run_before (s, i);
  gssize start;

  if (previous < 0)
    return -1;
  if (i - previous - 1 >= BK_BREAK_DAYS)
    return i;
  start = s->latest_return[MIN (i - 1, (gssize) s->n - 1)];
  if (start >= 0 && i - start < BK_SPIKE_WINDOW_DAYS)
    return start;
  return -1;
}

static gboolean
baseline_covers (const BkSeries *s,
                 gssize          i)
{
  gint64 day = (gint64) s->first + i;

  return s->baseline.set_on != 0 &&
         llabs (day - (gint64) s->baseline.set_on) < BASELINE_REACH_DAYS;
}

/**
 * bk_series_reference:
 * @i: the day of a run, real or planned, up to the day after the log
 *
 * What a run on @i is compared with: after a break, the longest run of the
 * 30 days before it, scaled for the break's length (or a longer run since
 * the return); in a log younger than 30 days, the stated baseline while it
 * reaches that far back, else the longest run so far; otherwise the longest
 * run of the 30 days before.
 */
void
bk_series_reference (const BkSeries *s,
                     gssize          i,
                     BkRunReference *out)
{
  gssize start = bk_series_return_of (s, i);
  double log_longest;

  *out = (BkRunReference) { BK_REFERENCE_NONE, 0, 0, 0, 0 };
  if (start >= 0)
    {
      gssize last = last_run_before (s, start);

      out->basis = BK_REFERENCE_RETURN;
      out->days = (guint) (start - last - 1);
      out->before_break_m = longest_in (s, last - (BK_SPIKE_WINDOW_DAYS - 1), last);
      out->reference_m = MAX (break_scale (out->days) * out->before_break_m,
                              longest_in (s, start, i - 1));
      return;
    }

  log_longest = longest_in (s, i - BK_SPIKE_WINDOW_DAYS, i - 1);
  if (i < BK_SPIKE_WINDOW_DAYS && baseline_covers (s, i) && s->baseline.longest_m > log_longest)
    {
      out->basis = BK_REFERENCE_BASELINE;
      out->reference_m = s->baseline.longest_m;
      out->baseline_on = s->baseline.set_on;
    }
  else if (log_longest > 0)
    {
      out->basis = i < BK_SPIKE_WINDOW_DAYS ? BK_REFERENCE_LOG_SO_FAR : BK_REFERENCE_LOG;
      out->reference_m = log_longest;
      out->days = (guint) i;
    }
}

/* The spike tier of the runs of day @i (none on a day without a run). */
BkRiskLevel
bk_series_spike (const BkSeries *s,
                 gssize          i,
                 BkRunReference *out)
{
  BkRunReference reference;

  if (out == NULL)
    out = &reference;
  bk_series_reference (s, i, out);
  if (i >= (gssize) s->n || !s->has_run[i])
    return BK_RISK_NONE;
  return bk_spike_tier (s->longest[i], out->reference_m);
}

/**
 * bk_series_rise_reference:
 * @i: the last day of a 7-day window, up to 7 days past the log's end
 *
 * The recent peak a window is judged against (section 8, amending 2B):
 * the highest of the three 7-day windows ending 7, 14 and 21 days before.
 * A window before the log's first day counts only when a stated baseline
 * stands in for it; in the first weeks after a break the windows before
 * the return hold the highest week of the 30 days before the break,
 * scaled like the spike reference.
 */
void
bk_series_rise_reference (const BkSeries  *s,
                          gssize           i,
                          BkRiseReference *out)
{
  gssize start = bk_series_return_of (s, i);
  double stand_in = 0;

  *out = (BkRiseReference) { NAN, BK_REFERENCE_LOG, 0 };
  if (start >= 0)
    {
      gssize last = last_run_before (s, start);
      double before = 0;

      for (gssize j = MAX (0, last - (BK_SPIKE_WINDOW_DAYS - 1)); j <= last; j++)
        before = MAX (before, bk_series_last_7 (s, j));
      out->break_days = (guint) (start - last - 1);
      stand_in = break_scale (out->break_days) * before;
    }

  for (gssize k = 7; k <= 21; k += 7)
    {
      gssize j = i - k;
      BkReferenceBasis basis = BK_REFERENCE_LOG;
      double value;

      if (start >= 0 && j < start)
        value = stand_in, basis = BK_REFERENCE_RETURN;
      else if (j - 6 >= 0)
        value = bk_series_last_7 (s, j);
      else if (baseline_covers (s, j) && s->baseline.weekly_m > 0)
        value = MAX (s->baseline.weekly_m, bk_series_last_7 (s, j)), basis = BK_REFERENCE_BASELINE;
      else
        continue;
      if (isnan (out->peak_m) || value > out->peak_m)
        out->peak_m = value, out->basis = basis;
    }
}

/* Caution above 1.20 x the recent peak, warning above 1.30 x, once the
 * peak is at least 5 km. */
BkRiskLevel
bk_rise_tier (double last_7_m,
              double peak_m)
{
  if (isnan (peak_m) || peak_m < BK_PROGRESSION_MIN_M)
    return BK_RISK_NONE;
  if (last_7_m > 1.30 * peak_m)
    return BK_RISK_WARNING;
  if (last_7_m > 1.20 * peak_m)
    return BK_RISK_CAUTION;
  return BK_RISK_NONE;
}

/* The rise of the 7 days ending on @i; a day without a run raises none. */
BkRiskLevel
bk_series_rise (const BkSeries  *s,
                gssize           i,
                BkRiseReference *out)
{
  BkRiseReference reference;

  if (out == NULL)
    out = &reference;
  bk_series_rise_reference (s, i, out);
  if (i >= (gssize) s->n || !s->has_run[i])
    return BK_RISK_NONE;
  return bk_rise_tier (bk_series_last_7 (s, i), out->peak_m);
}

/**
 * bk_training_status_judge_run:
 * @input: the log (and baseline); its today is ignored
 * @julian: the day of a run being entered
 * @out_reference: (out) (optional): what the run is compared with
 *
 * The one spike rule, as the status applies it to each logged day: the
 * run editor's live line calls this, so the two never disagree. Runs on
 * @julian itself and after it are left out.
 *
 * Returns: the spike tier the run would have
 */
BkRiskLevel
bk_training_status_judge_run (const BkStatusInput *input,
                              guint32              julian,
                              double               distance_m,
                              BkRunReference      *out_reference)
{
  BkStatusInput in = *input;
  BkRunReference reference;
  BkSeries s = { 0 };
  guint32 first = julian;

  g_return_val_if_fail (input != NULL, BK_RISK_NONE);
  g_return_val_if_fail (julian > 0, BK_RISK_NONE);

  if (out_reference == NULL)
    out_reference = &reference;
  for (gsize k = 0; k < in.n_days; k++)
    if (in.days[k].runs > 0 && in.days[k].julian < first)
      first = in.days[k].julian;
  /* The series ends the day before: the run itself is the one judged. */
  in.today = julian - 1;
  if (first == julian)
    {
      in.n_days = 0;
      in.today = julian;
    }
  bk_series_fill (&s, &in, first);
  bk_series_reference (&s, (gssize) (julian - first), out_reference);
  bk_series_clear (&s);
  return bk_spike_tier (distance_m, out_reference->reference_m);
}

/**
 * bk_format_break:
 *
 * Returns: (transfer full): "8 weeks" or "20 days"
 */
char *
bk_format_break (guint days)
{
  if (days >= 28)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", days / 7), days / 7);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

/**
 * bk_run_reference_phrase:
 *
 * Returns: (transfer full): what a run is compared with, to follow "longer
 *   than": "your longest run in the last 30 days (14 km)"
 */
char *
bk_run_reference_phrase (const BkRunReference *reference,
                         BkUnits               units)
{
  g_autofree char *ref = NULL;

  g_return_val_if_fail (reference != NULL, NULL);

  ref = bk_training_format_km (reference->reference_m, units);
  switch (reference->basis)
    {
    case BK_REFERENCE_LOG_SO_FAR:
      /* TRANSLATORS: "your longest run so far (6 km), compared with the 13 days
       * you have logged" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "your longest run so far (%s), compared with the %u day you have logged",
                                           "your longest run so far (%s), compared with the %u days you have logged",
                                           reference->days),
                              ref, reference->days);
    case BK_REFERENCE_BASELINE:
      {
        g_autofree char *said = bk_date_format_short (reference->baseline_on);

        /* TRANSLATORS: "the 14 km you said on 1 Dec was your longest recent run" */
        return g_strdup_printf (_("the %s you said on %s was your longest recent run"), ref, said);
      }
    case BK_REFERENCE_RETURN:
      {
        g_autofree char *off = bk_format_break (reference->days);
        g_autofree char *before = bk_training_format_km (reference->before_break_m, units);

        /* TRANSLATORS: "8 km, the longest to aim for in your first weeks back
         * after 8 weeks off (your longest before the break: 16 km)" */
        return g_strdup_printf (_("%s, the longest to aim for in your first weeks back after %s off "
                                  "(your longest before the break: %s)"), ref, off, before);
      }
    case BK_REFERENCE_NONE:
    case BK_REFERENCE_LOG:
    default:
      return g_strdup_printf (_("your longest run in the last 30 days (%s)"), ref);
    }
}

/**
 * bk_spike_describe:
 *
 * Returns: (transfer full): how a run of @distance_m compares with what it
 *   is judged against, for a line under the distance field
 */
char *
bk_spike_describe (double                distance_m,
                   const BkRunReference *reference,
                   BkUnits               units)
{
  g_autofree char *ref = NULL;
  g_autofree char *tier_text = NULL;
  BkRiskLevel tier;

  g_return_val_if_fail (reference != NULL, NULL);

  if (reference->basis == BK_REFERENCE_NONE || reference->reference_m <= 0)
    return g_strdup (_("The first run of your log: nothing to compare it with yet, so build up gently"));
  ref = bk_run_reference_phrase (reference, units);
  if (distance_m <= reference->reference_m)
    /* TRANSLATORS: "Not longer than your longest run in the last 30 days (14 km)" */
    return g_strdup_printf (_("Not longer than %s"), ref);
  tier = bk_spike_tier (distance_m, reference->reference_m);
  tier_text = g_utf8_strdown (tier == BK_RISK_NONE ? _("fine") : bk_risk_level_describe (tier), -1);
  /* TRANSLATORS: "45% longer than your longest run in the last 30 days (14 km): caution" */
  return g_strdup_printf (_("%d%% longer than %s: %s"),
                          bk_training_percent_more (distance_m, reference->reference_m), ref, tier_text);
}
