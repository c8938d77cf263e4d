/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status-json"

#include "bk-config.h"

#include <math.h>

#include "core/bk-date.h"
#include "core/bk-stretch.h"
#include "bk-status-json.h"
#include "bk-status-shoes.h"
#include "bk-status-surfaces.h"
#include "bk-stretch-agenda.h"

/* Rounded as a person would read it, so "1.234" rather than sixteen
 * digits; NAN and infinities become null. */
static void
add_number (JsonBuilder *builder,
            const char  *key,
            double       value,
            int          decimals)
{
  double scale = pow (10, decimals);

  json_builder_set_member_name (builder, key);
  if (isnan (value) || isinf (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, round (value * scale) / scale);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *key,
          gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

/* NULL becomes null. */
static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_null (JsonBuilder *builder,
          const char  *key)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_null_value (builder);
}

/* A Julian day as "YYYY-MM-DD", 0 as null. */
static void
add_date (JsonBuilder *builder,
          const char  *key,
          guint32      julian)
{
  g_autofree char *iso = julian != 0 ? bk_date_to_iso (julian) : NULL;

  add_string (builder, key, iso);
}

/**
 * bk_status_json_timestamp:
 *
 * Returns: (transfer full): RFC 3339 with the offset as "+HH:MM"; GLib's
 *   ISO 8601 form writes "+01", which RFC 3339 readers refuse
 */
char *
bk_status_json_timestamp (GDateTime *datetime)
{
  g_return_val_if_fail (datetime != NULL, NULL);
  return bk_date_time_to_rfc3339 (datetime);
}

static const char *
unit_name (BkLoadUnit unit)
{
  return unit == BK_LOAD_UNIT_SRPE ? "srpe" : "minutes";
}

static void
add_weekly (JsonBuilder      *builder,
            BkTrainingStatus *training,
            gboolean          withheld)
{
  json_builder_set_member_name (builder, "weekly");
  json_builder_begin_array (builder);
  for (guint i = 0; i < training->weekly->len; i++)
    {
      BkStatusWeek *week = &g_array_index (training->weekly, BkStatusWeek, i);

      json_builder_begin_object (builder);
      add_date (builder, "week_start", week->week_start);
      add_number (builder, "distance_m", week->distance_m, 1);
      add_int (builder, "duration_s", week->duration_s);
      add_int (builder, "runs", week->runs);
      add_string (builder, "level", withheld ? NULL : bk_risk_level_to_string (week->level));
      add_int (builder, "week_of_block", week->week_of_block);
      add_number (builder, "acwr_ewma", week->acwr_ewma, 3);
      add_int (builder, "low_impact_s", week->low_impact_s);
      add_int (builder, "sessions", week->sessions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * bk_status_json_add_training:
 *
 * The training status. Under urgent advice the numbers stay and every
 * judgement (level, tiers, reasons, hints, the next-run limits) is null or
 * empty; under see-a-clinician the hints and limits go and each reason is
 * prefixed "Once you have been checked:".
 */
void
bk_status_json_add_training (JsonBuilder      *builder,
                             BkTrainingStatus *training,
                             BkAdviceEpisode  *episode)
{
  g_autofree char *sentence = NULL;
  g_auto(GStrv) hints = NULL;
  gboolean withheld, no_hints;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (training != NULL);
  g_return_if_fail (episode != NULL);

  withheld = bk_advice_episode_withholds_training (episode);
  no_hints = bk_advice_episode_withholds_hints (episode);
  sentence = bk_training_status_block_sentence (training);

  add_date (builder, "block_start", training->block_start);
  add_bool (builder, "block_from_plan", training->block_from_plan);
  add_int (builder, "weeks_into_block", training->weeks_into_block);
  add_bool (builder, "ramp_up_phase", training->ramp_up_phase);
  add_string (builder, "block_sentence", sentence);
  add_string (builder, "spike_tier", withheld ? NULL : bk_risk_level_to_string (training->spike_tier));
  add_date (builder, "spike_date", training->spike_day);
  add_string (builder, "progression_tier",
              withheld ? NULL : bk_risk_level_to_string (training->progression_tier));
  add_number (builder, "last_7_days_m", training->last_7_m, 1);
  add_number (builder, "previous_7_days_m", training->previous_7_m, 1);
  add_string (builder, "level", withheld ? NULL : bk_risk_level_to_string (training->level));
  add_bool (builder, "training_advice_withheld", withheld);
  add_int (builder, "low_impact_week_s", training->low_impact_week_s);
  add_int (builder, "low_impact_week_sessions", training->low_impact_week_sessions);
  add_bool (builder, "returning", training->returning);

  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; !withheld && i < training->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (training->reasons, i);
      g_autofree char *text = bk_advice_episode_prefix_training (episode, reason->text);

      json_builder_add_string_value (builder, text);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "reason_sections");
  json_builder_begin_array (builder);
  for (guint i = 0; !withheld && i < training->reasons->len; i++)
    json_builder_add_string_value (builder, ((BkStatusReason *) g_ptr_array_index (training->reasons, i))->section);
  json_builder_end_array (builder);

  add_number (builder, "acwr_ewma", training->acwr_ewma, 3);
  add_number (builder, "acwr_rolling", training->acwr_rolling, 3);
  add_number (builder, "acwr_uncoupled", training->acwr_uncoupled, 3);
  add_string (builder, "acwr_unit", unit_name (training->acwr_unit));
  add_number (builder, "monotony", training->monotony, 3);
  add_number (builder, "strain", training->strain, 1);
  add_string (builder, "monotony_unit", unit_name (training->monotony_unit));
  add_number (builder, "next_long_run_max_m", no_hints ? NAN : training->next_long_run_max_m, 0);
  add_number (builder, "week_ceiling_m", no_hints ? NAN : training->week_ceiling_m, 0);
  add_number (builder, "next_week_max_m", no_hints ? NAN : training->week_ceiling_m, 0);

  hints = bk_training_status_hints (training, BK_UNITS_METRIC);
  json_builder_set_member_name (builder, "hints");
  json_builder_begin_array (builder);
  for (guint i = 0; !no_hints && hints[i] != NULL; i++)
    json_builder_add_string_value (builder, hints[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "baseline");
  if (training->baseline.set_on == 0)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      add_date (builder, "set_on", training->baseline.set_on);
      add_number (builder, "longest_m", training->baseline.longest_m, 1);
      add_number (builder, "weekly_m", training->baseline.weekly_m, 1);
      json_builder_end_object (builder);
    }

  add_weekly (builder, training, withheld);
}

/**
 * bk_status_json_add_advice:
 *
 * `"advice": {"level", "since", "reasons": [{"id", "text"}], "title",
 * "text"}` and the top-level `"training_advice_withheld"`.
 */
void
bk_status_json_add_advice (JsonBuilder     *builder,
                           BkAdviceEpisode *episode)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (episode != NULL);

  json_builder_set_member_name (builder, "advice");
  json_builder_begin_object (builder);
  add_string (builder, "level", bk_pain_advice_to_string (episode->level));
  add_date (builder, "since", episode->since);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < episode->reasons->len; i++)
    {
      BkAdviceReason *reason = &g_array_index (episode->reasons, BkAdviceReason, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", reason->id);
      add_string (builder, "text", reason->text);
      add_string (builder, "level", bk_pain_advice_to_string (reason->level));
      add_date (builder, "since", reason->since);
      add_string (builder, "guide", reason->guide_id);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_string (builder, "title", episode->title);
  add_string (builder, "text", episode->text);
  add_string (builder, "guide", episode->guide_id);
  json_builder_end_object (builder);
}

static void
add_last_entry (JsonBuilder *builder,
                BkPainEntry *last)
{
  g_autofree char *felt_at = NULL;
  guint locations;

  json_builder_set_member_name (builder, "last_entry");
  if (last == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  felt_at = bk_status_json_timestamp (bk_pain_entry_get_when (last));
  locations = bk_pain_entry_get_locations (last);
  json_builder_begin_object (builder);
  add_string (builder, "felt_at", felt_at);
  add_string (builder, "context", bk_pain_context_to_string (bk_pain_entry_get_context (last)));
  json_builder_set_member_name (builder, "minutes_in");
  if (bk_pain_entry_get_minutes_in (last) > 0)
    json_builder_add_int_value (builder, bk_pain_entry_get_minutes_in (last));
  else
    json_builder_add_null_value (builder);
  add_int (builder, "rating", bk_pain_entry_get_rating (last));
  json_builder_set_member_name (builder, "locations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < BK_N_PAIN_LOCATIONS; i++)
    if (locations & (1u << i))
      json_builder_add_string_value (builder, bk_pain_location_to_string (1u << i));
  json_builder_end_array (builder);
  /* Each sign as "yes", "no" or "not-asked". */
  json_builder_set_member_name (builder, "warning_signs");
  json_builder_begin_object (builder);
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      BkAnswer answer = bk_pain_entry_get_warning_sign (last, i);

      add_string (builder, bk_warning_sign_to_string (i),
                  answer == BK_ANSWER_YES ? "yes" : answer == BK_ANSWER_NO ? "no" : "not-asked");
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * bk_status_json_add_pain:
 *
 * `"pain": {"advice", "trend", "last_entry", "last_assessment",
 * "screen_due"}`; the trend is null under urgent advice, where a falling
 * rating must not read as good news.
 */
void
bk_status_json_add_pain (JsonBuilder     *builder,
                         BkContext       *context,
                         BkAdviceEpisode *episode)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  BkPainStore *store;
  BkPainTrend trend;
  int from, to;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (episode != NULL);

  store = bk_context_get_pain_store (context);
  latest = bk_pain_store_list (store, 0, 0, BK_PAIN_TREND_WINDOW, &error);
  if (latest != NULL)
    assessments = bk_pain_store_list_assessments (store, &error);

  json_builder_set_member_name (builder, "pain");
  json_builder_begin_object (builder);
  add_string (builder, "advice", bk_pain_advice_to_string (episode->level));
  if (assessments == NULL)
    {
      add_string (builder, "error", error->message);
      json_builder_end_object (builder);
      return;
    }

  trend = bk_pain_trend ((BkPainEntry **) latest->pdata, latest->len, &from, &to);
  add_string (builder, "trend", bk_advice_episode_withholds_training (episode) ? NULL
                                : bk_pain_trend_to_string (trend));
  add_last_entry (builder, latest->len > 0 ? latest->pdata[0] : NULL);

  json_builder_set_member_name (builder, "last_assessment");
  if (assessments->len > 0)
    {
      BkClinicianAssessment *last = assessments->pdata[0];

      json_builder_begin_object (builder);
      add_date (builder, "assessed_on", bk_clinician_assessment_get_assessed_on (last));
      add_string (builder, "outcome", bk_clinician_outcome_to_string (bk_clinician_assessment_get_outcome (last)));
      add_string (builder, "notes", bk_clinician_assessment_get_notes (last));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);
  add_date (builder, "episode_start", episode->episode_start);
  add_bool (builder, "screen_due", episode->screen_due);
  json_builder_end_object (builder);
}

static void
add_today_routine (JsonBuilder     *builder,
                   BkStretchAgenda *agenda)
{
  BkRoutine *routine = g_ptr_array_index (agenda->routines, agenda->today_index);
  g_autoptr(GPtrArray) stretches = NULL;
  g_autoptr(GArray) plan = bk_stretch_agenda_plan (agenda, routine, &stretches);

  json_builder_begin_object (builder);
  add_string (builder, "name", routine->name);
  add_string (builder, "timing", routine->timing == BK_TIMING_BEFORE_RUN ? "before" : "after");
  add_int (builder, "total_s", bk_routine_plan_total_s (plan));
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plan->len; i++)
    {
      BkPlanStep *step = &g_array_index (plan, BkPlanStep, i);

      json_builder_begin_object (builder);
      add_string (builder, "stretch", step->stretch->id);
      add_string (builder, "side", bk_side_to_string (step->side));
      add_bool (builder, "tighter", step->tighter);
      add_int (builder, "reps", step->reps);
      add_int (builder, "seconds", step->total_s);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * bk_status_json_add_stretching:
 *
 * The next reminder, today's routine and the tightness tests; an error
 * reading them becomes `"stretching_error"` rather than failing the whole
 * status. Under urgent advice reminders are paused and there is no
 * routine to do.
 */
void
bk_status_json_add_stretching (JsonBuilder     *builder,
                               BkContext       *context,
                               GDateTime       *now,
                               BkAdviceEpisode *episode)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  guint32 today = bk_date_julian_of (local);
  gboolean paused;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (episode != NULL);

  agenda = bk_stretch_agenda_load (context, now, &error);
  if (agenda != NULL)
    latest = bk_stretch_store_latest_tightness (bk_context_get_stretch_store (context), &error);
  if (latest == NULL)
    {
      add_string (builder, "stretching_error", error->message);
      return;
    }

  paused = bk_advice_episode_withholds_training (episode);
  add_bool (builder, "reminders_paused", paused);
  if (!paused && agenda->next_index >= 0)
    {
      g_autofree char *at = bk_status_json_timestamp (g_ptr_array_index (agenda->due, agenda->next_index));
      BkRoutine *routine = g_ptr_array_index (agenda->routines, agenda->next_index);

      add_string (builder, "next_reminder_at", at);
      add_string (builder, "next_reminder_routine", routine->name);
      add_bool (builder, "next_reminder_snoozed", bk_stretch_agenda_is_snoozed (agenda, agenda->next_index));
    }
  else
    {
      add_null (builder, "next_reminder_at");
      add_null (builder, "next_reminder_routine");
      add_bool (builder, "next_reminder_snoozed", FALSE);
    }

  json_builder_set_member_name (builder, "today_routine");
  if (!paused && agenda->today_index >= 0)
    add_today_routine (builder, agenda);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "tightness");
  json_builder_begin_array (builder);
  for (guint i = 0; i < latest->len; i++)
    {
      BkTightnessTest *test = g_ptr_array_index (latest, i);

      json_builder_begin_object (builder);
      add_string (builder, "muscle", test->muscle);
      add_string (builder, "tighter", bk_tightness_to_string (test->result));
      add_date (builder, "tested_on", test->julian);
      add_bool (builder, "retest_due", bk_tightness_retest_due (test->julian, today));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_week_totals (JsonBuilder       *builder,
                 const char        *prefix,
                 const BkWeekTotal *week)
{
  g_autofree char *distance = g_strconcat (prefix, "distance_m", NULL);
  g_autofree char *duration = g_strconcat (prefix, "duration_s", NULL);
  g_autofree char *runs = g_strconcat (prefix, "runs", NULL);

  add_number (builder, distance, week->distance_m, 1);
  add_int (builder, duration, week->duration_s);
  add_int (builder, runs, week->runs);
}

/**
 * bk_status_json_build:
 * @today: the day the status is for (--today)
 * @episode: the open advice, from bk_advice_get_current()
 * @shoes: (element-type BkShoe): every pair, from bk_shoe_store_list()
 *
 * Returns: (transfer full): the whole `--status --json` document, ending
 *   in a newline
 */
char *
bk_status_json_build (BkContext         *context,
                      GDateTime         *now,
                      guint32            today,
                      BkTrainingStatus  *training,
                      const BkWeekTotal *this_week,
                      const BkWeekTotal *last_week,
                      BkAdviceEpisode   *episode,
                      GPtrArray         *shoes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (training != NULL && this_week != NULL && last_week != NULL, NULL);
  g_return_val_if_fail (episode != NULL, NULL);

  json_builder_begin_object (builder);
  add_date (builder, "today", today);
  add_date (builder, "week_start", this_week->week_start);
  add_week_totals (builder, "week_", this_week);
  add_week_totals (builder, "last_week_", last_week);
  bk_status_json_add_training (builder, training, episode);
  bk_status_json_add_advice (builder, episode);
  bk_status_json_add_pain (builder, context, episode);
  bk_status_json_add_stretching (builder, context, now, episode);
  bk_status_json_add_shoes (builder, shoes);
  bk_status_json_add_surfaces (builder, training->surfaces, episode);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
