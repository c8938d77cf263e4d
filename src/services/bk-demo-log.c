/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-demo-log"

#include "bk-config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-demo.h"
#include "bk-demo-log.h"

/* The demonstration log beyond its runs: a few pain entries around the
 * long runs, two tightness tests and a week of stretching, so every page,
 * chart and the clinician's report has something to show. Nothing in it
 * is later than now, and no pain entry points at a run that has not
 * happened. */

static BkRun *
longest_before (GPtrArray *runs,
                GDateTime *before)
{
  BkRun *best = NULL;

  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);

      if (g_date_time_compare (bk_run_get_started_at (run), before) < 0 &&
          (best == NULL || bk_run_get_distance (run) > bk_run_get_distance (best)))
        best = run;
    }
  return best;
}

static gboolean
add_pain (BkContext      *context,
          GDateTime      *when,
          GDateTime      *now,
          BkPainContext   pain_context,
          int             rating,
          BkRun          *run,
          guint           locations,
          guint           character,
          const char     *notes,
          GError        **error)
{
  g_autoptr(BkPainEntry) entry = NULL;

  if (g_date_time_compare (when, now) > 0)
    return TRUE;
  entry = bk_pain_entry_new (when, pain_context, rating);
  if (pain_context == BK_PAIN_CONTEXT_DURING_RUN)
    bk_pain_entry_set_minutes_in (entry, 90);
  if (run != NULL)
    bk_pain_entry_set_run_id (entry, bk_run_get_id (run));
  bk_pain_entry_set_locations (entry, locations);
  bk_pain_entry_set_character (entry, character);
  /* A runner's ordinary sore back: no warning sign, so the demo shows the
   * everyday advice, and its reminders are not paused. */
  bk_pain_entry_answer_no_warning_signs (entry);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_TRAINING_INCREASE, BK_ANSWER_YES);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER, BK_ANSWER_YES);
  if (notes != NULL)
    bk_pain_entry_set_notes (entry, notes);
  return bk_pain_store_add (bk_context_get_pain_store (context), entry, error);
}

static gboolean
add_pain_entries (BkContext  *context,
                  GPtrArray  *runs,
                  GDateTime  *now,
                  GError    **error)
{
  BkRun *longest = longest_before (runs, now);
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) morning = NULL;
  g_autoptr(GDateTime) rest = NULL;
  g_autoptr(GDateTime) early = NULL;
  GDateTime *started;

  if (longest == NULL)
    return TRUE;
  started = bk_run_get_started_at (longest);
  after = g_date_time_add_seconds (started, bk_run_get_duration (longest) + 30 * 60);
  morning = g_date_time_add_hours (started, 23);
  /* Yesterday at this hour: a little stiff at the desk. */
  rest = g_date_time_add_days (now, -1);
  early = g_date_time_add_days (started, -7 * 5);

  return add_pain (context, early, now, BK_PAIN_CONTEXT_AT_REST, 1, NULL,
                   BK_PAIN_LOCATION_CENTRAL_LOWER_BACK, BK_PAIN_CHARACTER_STIFFNESS, NULL, error) &&
         add_pain (context, after, now, BK_PAIN_CONTEXT_AFTER_RUN, 4, longest,
                   BK_PAIN_LOCATION_CENTRAL_LOWER_BACK | BK_PAIN_LOCATION_RIGHT_LOWER_BACK,
                   BK_PAIN_CHARACTER_NO_SPREAD | BK_PAIN_CHARACTER_STIFFNESS,
                   _("Stiff across the low back after the long run, worse on the right"), error) &&
         add_pain (context, morning, now, BK_PAIN_CONTEXT_NEXT_MORNING, 3, longest,
                   BK_PAIN_LOCATION_RIGHT_LOWER_BACK,
                   BK_PAIN_CHARACTER_NO_SPREAD | BK_PAIN_CHARACTER_STIFFNESS, NULL, error) &&
         add_pain (context, rest, now, BK_PAIN_CONTEXT_AT_REST, 2, NULL,
                   BK_PAIN_LOCATION_RIGHT_LOWER_BACK, BK_PAIN_CHARACTER_KNOTS, NULL, error);
}

static gboolean
add_stretching (BkContext  *context,
                GDateTime  *now,
                GError    **error)
{
  BkStretchStore *store = bk_context_get_stretch_store (context);
  g_autoptr(GPtrArray) routines = NULL;
  guint32 today = bk_date_julian_of (now);
  static const struct { const char *muscle; BkTightness result; } tests[] = {
    { "hamstrings", BK_TIGHTNESS_RIGHT },
    { "hip-flexors", BK_TIGHTNESS_LEFT },
    { "glutes", BK_TIGHTNESS_EVEN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autoptr(BkTightnessTest) test = bk_tightness_test_new (tests[i].muscle, tests[i].result, today - 12);

      if (!bk_stretch_store_add_tightness (store, test, error))
        return FALSE;
    }

  if (!bk_stretch_store_ensure_routines (store, error))
    return FALSE;
  routines = bk_stretch_store_list_routines (store, error);
  if (routines == NULL)
    return FALSE;
  /* Daily back care on most evenings of the last week and a half, one
   * stopped part way. */
  for (guint back = 1; back <= 10 && routines->len > 0; back++)
    {
      BkRoutine *routine = g_ptr_array_index (routines, routines->len - 1);
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -(int) back);
      g_autoptr(GDateTime) started = NULL;
      g_autoptr(BkStretchSession) session = NULL;

      if (back == 4 || back == 8)
        continue;
      started = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (day),
                                 g_date_time_get_month (day), g_date_time_get_day_of_month (day), 19, 5, 0);
      session = bk_stretch_session_new (routine->id, routine->name, started);
      session->planned_s = 620;
      session->steps_total = 9;
      session->completed = back != 6;
      session->steps_done = session->completed ? 9 : 4;
      session->done_s = session->completed ? 620 : 260;
      if (!bk_stretch_store_add_session (store, session, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * bk_demo_log_fill:
 * @context: an empty demonstration log
 *
 * Fills @context with sixteen weeks of runs and what goes with them.
 */
gboolean
bk_demo_log_fill (BkContext  *context,
                  GDateTime  *now,
                  GError    **error)
{
  g_autoptr(GPtrArray) runs = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  runs = bk_demo_generate_runs (now, 2026);
  return bk_run_store_add_many (bk_context_get_run_store (context), runs, error) &&
         add_pain_entries (context, runs, now, error) &&
         add_stretching (context, now, error);
}

/**
 * bk_demo_settings_new:
 * @real: the runner's own settings
 *
 * The demo's settings, kept in memory: they start from the runner's units
 * and week start, so the demo reads as their own log would, and nothing
 * changed in the demo reaches @real.
 *
 * Returns: (transfer full): the demo's settings
 */
GSettings *
bk_demo_settings_new (GSettings *real)
{
  static const char * const shared_keys[] = { "units", "first-weekday" };
  g_autoptr(GSettingsBackend) memory = g_memory_settings_backend_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettings *demo;

  g_return_val_if_fail (G_IS_SETTINGS (real), NULL);

  g_object_get (real, "settings-schema", &schema, NULL);
  demo = g_settings_new_full (schema, memory, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shared_keys); i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (real, shared_keys[i]);

      g_settings_set_value (demo, shared_keys[i], value);
    }
  return demo;
}
