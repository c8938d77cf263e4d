/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-date.h"
#include "core/bk-load.h"
#include "core/bk-units.h"
#include "bk-advice.h"
#include "bk-command.h"
#include "bk-status.h"
#include "bk-status-json.h"
#include "bk-status-report.h"
#include "bk-status-shoes.h"
#include "bk-status-surfaces.h"
#include "bk-stretch-agenda.h"
#include "store/bk-shoe-store.h"

/* The training part: level, reasons, hints and the weeks. */

static char *
format_ratio (double value)
{
  if (isnan (value))
    return g_strdup (C_("ratio", "not enough history"));
  return g_strdup_printf ("%.2f", value);
}

static void
append_week_table (BkTrainingStatus *status,
                   BkUnits           units,
                   gboolean          with_levels,
                   GString          *out)
{
  if (with_levels)
    g_string_append_printf (out, "\n%-12s %10s %10s %5s %6s  %s\n",
                            _("Week of"), _("Distance"), _("Time"), _("Runs"), _("Block"), _("Level"));
  else
    g_string_append_printf (out, "\n%-12s %10s %10s %5s\n",
                            _("Week of"), _("Distance"), _("Time"), _("Runs"));
  for (guint i = status->weekly->len; i > 0; i--)
    {
      BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i - 1);
      g_autofree char *start = bk_date_format_short (week->week_start);
      g_autofree char *distance = bk_format_distance_short (week->distance_m, units);
      g_autofree char *duration = bk_format_duration (week->duration_s);
      g_autofree char *block = week->week_of_block > 0 ? g_strdup_printf ("%u", week->week_of_block)
                                                       : g_strdup ("-");

      if (with_levels)
        g_string_append_printf (out, "%-12s %10s %10s %5u %6s  %s\n", start, distance, duration,
                                week->runs, block, bk_risk_level_describe (week->level));
      else
        g_string_append_printf (out, "%-12s %10s %10s %5u\n", start, distance, duration, week->runs);
    }
}

/* This week's sessions that are not runs, and during a break or a return
 * the encouragement to keep them. */
static void
bk_status_append_low_impact (BkTrainingStatus *status,
                             GString          *out)
{
  g_autofree char *kept = bk_training_status_low_impact_sentence (status);
  g_autofree char *time = NULL;

  if (status->low_impact_week_sessions == 0)
    return;
  if (kept != NULL)
    {
      g_string_append_printf (out, "%s\n", kept);
      return;
    }
  time = bk_format_hours_minutes (status->low_impact_week_s);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "Low-impact training this week: %s in %u session\n",
                                            "Low-impact training this week: %s in %u sessions\n",
                                            status->low_impact_week_sessions),
                          time, status->low_impact_week_sessions);
}

/**
 * bk_status_append_training:
 * @episode: the open pain advice
 *
 * The same status for a person: level, reasons, block, hints, trends and a
 * table of the weeks with their level. Under urgent advice only the table
 * of plain numbers remains; under see-a-clinician the hints go and each
 * reason waits for the check.
 */
void
bk_status_append_training (BkTrainingStatus *status,
                              BkUnits           units,
                              BkAdviceEpisode  *episode,
                              GString          *out)
{
  g_autofree char *sentence = NULL;
  g_auto(GStrv) hints = NULL;
  g_autofree char *ewma = NULL;
  g_autofree char *rolling = NULL;
  g_autofree char *monotony = NULL;

  g_return_if_fail (status != NULL);
  g_return_if_fail (episode != NULL);

  if (bk_advice_episode_withholds_training (episode))
    {
      append_week_table (status, units, FALSE, out);
      return;
    }

  sentence = bk_training_status_block_sentence (status);
  hints = bk_training_status_hints (status, units);
  ewma = format_ratio (status->acwr_ewma);
  rolling = format_ratio (status->acwr_rolling);
  monotony = format_ratio (status->monotony);

  g_string_append_printf (out, _("\nRamp-up risk: %s\n"), bk_risk_level_describe (status->level));
  for (guint i = 0; i < status->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (status->reasons, i);
      g_autofree char *text = bk_advice_episode_prefix_training (episode, reason->text);

      /* TRANSLATORS: a reason, then the guide section that explains it */
      g_string_append_printf (out, _("  • %s (guide: %s)\n"), text, reason->section);
    }
  if (status->reasons->len == 0)
    g_string_append (out, _("  Nothing stands out in the last 7 days.\n"));
  if (sentence != NULL)
    g_string_append_printf (out, "%s\n", sentence);
  bk_status_append_low_impact (status, out);
  {
    g_autofree char *said = bk_status_report_describe_baseline (&status->baseline, units);

    if (said != NULL)
      g_string_append_printf (out, "%s\n", said);
  }
  for (guint i = 0; !bk_advice_episode_withholds_hints (episode) && hints[i] != NULL; i++)
    g_string_append_printf (out, "%s\n", hints[i]);

  g_string_append_printf (out, _("Load trend (EWMA acute:chronic): %s; rolling: %s; monotony: %s\n"),
                          ewma, rolling, monotony);

  append_week_table (status, units, TRUE, out);
}

/* The pain part. */

/**
 * bk_status_append_advice:
 *
 * The open advice in full, title and text, for the top of `--status`: a
 * runner skimming the output must not miss it. Nothing under no advice.
 */
void
bk_status_append_advice (BkAdviceEpisode *episode,
                              GString         *out)
{
  g_autofree char *since = NULL;

  g_return_if_fail (episode != NULL);

  if (episode->level == BK_PAIN_ADVICE_NONE)
    return;

  since = bk_date_format_long (episode->since);
  if (episode->level == BK_PAIN_ADVICE_URGENT)
    g_string_append_printf (out, _("URGENT: %s\n"), episode->title);
  else
    g_string_append_printf (out, _("Advice: %s\n"), episode->title);
  g_string_append_printf (out, "%s\n", episode->text);
  g_string_append_printf (out, _("Open since %s, until you record that a clinician has assessed you "
                                 "(backstretch --seen-clinician DATE).\n"), since);
  g_string_append_c (out, '\n');
}

static void
append_assessment (GString               *out,
                   BkClinicianAssessment *assessment)
{
  g_autofree char *date = bk_date_format_long (bk_clinician_assessment_get_assessed_on (assessment));
  const char *notes = bk_clinician_assessment_get_notes (assessment);

  g_string_append_printf (out, _("Assessed by a clinician on %s: %s"), date,
                          bk_clinician_outcome_get_label (bk_clinician_assessment_get_outcome (assessment)));
  if (*notes != '\0')
    g_string_append_printf (out, " (%s)", notes);
  g_string_append_c (out, '\n');
}

/**
 * bk_pain_status_append:
 * @episode: the open advice
 *
 * The last pain entry, the trend across the latest entries and the last
 * clinician assessment. Under urgent advice the trend is left out: a
 * falling rating must not read as good news.
 */
void
bk_status_append_pain (BkContext       *context,
                       BkAdviceEpisode *episode,
                       GString         *out,
                       GString         *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  BkPainEntry *last;
  BkPainTrend trend;
  int from, to, rating;

  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (episode != NULL);

  latest = bk_pain_store_list (bk_context_get_pain_store (context), 0, 0, BK_PAIN_TREND_WINDOW, &error);
  if (latest != NULL)
    assessments = bk_pain_store_list_assessments (bk_context_get_pain_store (context), &error);
  if (assessments == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return;
    }

  g_string_append_printf (out, "\n%s\n", _("Back pain"));
  if (latest->len == 0)
    g_string_append_printf (out, "%s\n", _("No pain recorded."));
  else
    {
      last = latest->pdata[0];
      when = g_date_time_format (bk_pain_entry_get_when (last), _("%a %-d %b %Y, %H:%M"));
      where = bk_pain_entry_describe_locations (last);
      rating = bk_pain_entry_get_rating (last);
      g_string_append_printf (out, _("Last entry: %s, %d/10 (%s), %s"), when, rating,
                              bk_pain_rating_get_band_label (rating),
                              bk_pain_context_get_label (bk_pain_entry_get_context (last)));
      if (bk_pain_entry_get_minutes_in (last) > 0)
        g_string_append_printf (out, _(", %d min in"), bk_pain_entry_get_minutes_in (last));
      if (*where != '\0')
        g_string_append_printf (out, "; %s", where);
      g_string_append_c (out, '\n');

      trend = bk_pain_trend ((BkPainEntry **) latest->pdata, latest->len, &from, &to);
      if (bk_advice_episode_withholds_training (episode))
        ;
      else if (trend == BK_PAIN_TREND_UNKNOWN)
        g_string_append_printf (out, _("Trend: %s\n"), bk_pain_trend_get_label (trend));
      else
        g_string_append_printf (out, _("Trend: %s (from %d to %d)\n"), bk_pain_trend_get_label (trend),
                                from, to);
    }

  if (assessments->len > 0)
    append_assessment (out, assessments->pdata[0]);
}

/* The stretching part. */

static void
append_text (BkStretchAgenda *agenda,
             GPtrArray       *latest,
             guint32          today,
             GString         *out)
{
  g_string_append_printf (out, "\n%s\n", _("Stretching"));
  if (agenda->next_index >= 0)
    {
      g_autofree char *at = g_date_time_format (g_ptr_array_index (agenda->due, agenda->next_index),
                                                "%a %e %b %H:%M");
      BkRoutine *r = g_ptr_array_index (agenda->routines, agenda->next_index);

      if (bk_stretch_agenda_is_snoozed (agenda, agenda->next_index))
        /* TRANSLATORS: "Next reminder: snoozed until Tue  1 Dec 09:06, Daily back care" */
        g_string_append_printf (out, _("Next reminder: snoozed until %s, %s\n"), g_strstrip (at), r->name);
      else
        g_string_append_printf (out, _("Next reminder: %s, %s\n"), g_strstrip (at), r->name);
    }
  else
    g_string_append_printf (out, "%s\n", _("Next reminder: none scheduled"));

  if (agenda->today_index >= 0)
    {
      BkRoutine *r = g_ptr_array_index (agenda->routines, agenda->today_index);
      g_autoptr(GPtrArray) stretches = NULL;
      g_autoptr(GArray) plan = bk_stretch_agenda_plan (agenda, r, &stretches);
      g_autofree char *total = bk_stretch_format_seconds (bk_routine_plan_total_s (plan));

      g_string_append_printf (out, _("Today’s routine: %s (%s)\n"), r->name, total);
      for (guint i = 0; i < plan->len; i++)
        {
          BkPlanStep *step = &g_array_index (plan, BkPlanStep, i);

          g_string_append_printf (out, "  %-32s %-10s %4u s%s\n", step->stretch->name,
                                  bk_stretch_side_label (step->side), step->total_s,
                                  step->tighter ? _(" (tighter side)") : "");
        }
    }

  for (guint i = 0; i < latest->len; i++)
    {
      BkTightnessTest *t = g_ptr_array_index (latest, i);
      g_autofree char *date = bk_date_format_short (t->julian);
      const char *result = t->result == BK_TIGHTNESS_LEFT ? _("left tighter")
                           : t->result == BK_TIGHTNESS_RIGHT ? _("right tighter") : _("even");

      if (i == 0)
        g_string_append_printf (out, "%s\n", _("Tightness:"));
      g_string_append_printf (out, _("  %s: %s (tested %s)%s\n"), bk_stretch_muscle_label (t->muscle),
                              result, date,
                              bk_tightness_retest_due (t->julian, today) ? _(", time to re-test") : "");
    }
  if (latest->len == 0)
    g_string_append_printf (out, "%s\n", _("Tightness: not tested yet; test each side to stretch the tighter one longer."));
}

/**
 * bk_stretch_status_append:
 *
 * The stretching part of `--status` as text (the JSON is built in
 * bk-status-json.c). Errors are reported in the output rather than
 * failing the whole status.
 */
void
bk_stretch_status_append (BkContext *context,
                          GDateTime *now,
                          GString   *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  guint32 today = bk_date_julian_of (local);

  g_return_if_fail (BK_IS_CONTEXT (context));

  agenda = bk_stretch_agenda_load (context, now, &error);
  if (agenda != NULL)
    latest = bk_stretch_store_latest_tightness (bk_context_get_stretch_store (context), &error);
  if (latest == NULL)
    {
      g_string_append_printf (out, _("\nCould not read the stretching plan: %s\n"), error->message);
      return;
    }

  append_text (agenda, latest, today, out);
}

/* The moment the advice is judged at: now, or the end of --today. */
static GDateTime *
status_moment (GDateTime *now,
               guint32    today)
{
  g_autoptr(GTimeZone) zone = NULL;
  GDate date;

  if (today == bk_date_julian_of (now))
    return g_date_time_ref (now);
  zone = g_time_zone_new_local ();
  g_date_clear (&date, 1);
  g_date_set_julian (&date, today);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 23, 59, 59);
}

/**
 * bk_status_print:
 * @now: the time the status is asked at
 * @today: the day it describes (--today), usually @now's
 * @json: %TRUE for `--status --json`
 *
 * The whole `--status`. A log or journal that cannot be read fails the
 * command with its message on @err; the stretching plan, a part a runner
 * can do without, reports its error in the output instead.
 *
 * Returns: the exit status
 */
int
bk_status_print (BkContext *context,
                 GDateTime *now,
                 guint32    today,
                 gboolean   json,
                 GString   *out,
                 GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) moment = NULL;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  g_autoptr(BkTrainingStatus) training = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  BkUnits units = bk_context_get_units (context);
  BkWeekTotal weeks[2];

  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_EXIT_FAILURE);
  g_return_val_if_fail (now != NULL, BK_EXIT_FAILURE);

  moment = status_moment (now, today);
  training = bk_status_report_compute (context, today, BK_STATUS_WEEKS, &error);
  if (training == NULL)
    {
      g_string_append_printf (err, _("Could not read the training log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  episode = bk_advice_get_current (context, moment, &error);
  if (episode == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  shoes = bk_shoe_store_list (bk_context_get_database (context), TRUE, &error);
  if (shoes == NULL)
    {
      g_string_append_printf (err, _("Could not read the training log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  /* This week and last week are the status's two newest rows. */
  for (guint i = 0; i < 2; i++)
    {
      const BkStatusWeek *week = &g_array_index (training->weekly, BkStatusWeek, training->weekly->len - 1 - i);

      weeks[i] = (BkWeekTotal) { week->week_start, week->distance_m, week->duration_s, week->runs };
    }

  if (json)
    {
      g_autofree char *text = bk_status_json_build (context, now, today, training,
                                                    &weeks[0], &weeks[1], episode, shoes);

      g_string_append (out, text);
      return BK_EXIT_OK;
    }

  /* The advice first, in full: under urgent advice the rest is only the
   * log's plain numbers. */
  bk_status_append_advice (episode, out);
  {
    g_autofree char *today_text = bk_date_format_long (today);

    g_string_append_printf (out, _("Training on %s\n\n"), today_text);
  }
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *distance = bk_format_distance_short (weeks[i].distance_m, units);
      g_autofree char *duration = bk_format_duration (weeks[i].duration_s);

      g_string_append_printf (out,
                              ngettext ("%s: %s in %s, %u run\n", "%s: %s in %s, %u runs\n",
                                        weeks[i].runs),
                              i == 0 ? _("This week") : _("Last week"),
                              distance, duration, weeks[i].runs);
    }

  bk_status_append_training (training, units, episode, out);
  bk_status_append_surfaces (training->surfaces, episode, out);
  /* Worn shoes are a hint: they wait while the advice is to see a clinician. */
  if (!bk_advice_episode_withholds_hints (episode))
    bk_status_append_shoes (shoes, units, out);
  bk_status_append_pain (context, episode, out, err);
  if (!bk_advice_episode_withholds_training (episode))
    bk_stretch_status_append (context, now, out);
  return BK_EXIT_OK;
}
