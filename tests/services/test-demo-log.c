/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The --demo log: every page has something to preview, nothing in it is
 * later than now, and it does not silence its own reminders. */
#include "bk-config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "core/bk-date.h"
#include "services/bk-advice.h"
#include "services/bk-demo-log.h"
#include "services/bk-status-report.h"
#include "tests/store/bk-test-files.h"

static void
check_demo_at (GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-demo-log-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GPtrArray) pain = NULL;
  g_autoptr(GPtrArray) tightness = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  guint32 today = bk_date_julian_of (now);
  guint linked = 0;

  g_assert_no_error (error);
  g_assert_true (bk_demo_log_fill (context, now, &error));
  g_assert_no_error (error);

  runs = bk_run_store_list (bk_context_get_run_store (context), 0, 1000, &error);
  g_assert_cmpuint (runs->len, >, 40);
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);
      g_autoptr(GDateTime) ended = g_date_time_add_seconds (bk_run_get_started_at (run),
                                                            bk_run_get_duration (run));

      g_assert_cmpint (g_date_time_compare (ended, now), <=, 0);
    }

  /* A few pain entries, none ahead of now, each linked run already over. */
  pain = bk_pain_store_list (bk_context_get_pain_store (context), today - 200, today, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pain->len, >=, 3);
  for (guint i = 0; i < pain->len; i++)
    {
      BkPainEntry *entry = g_ptr_array_index (pain, i);

      g_assert_cmpint (g_date_time_compare (bk_pain_entry_get_when (entry), now), <=, 0);
      if (bk_pain_entry_get_run_id (entry) > 0)
        {
          g_autoptr(BkRun) run = bk_run_store_get (bk_context_get_run_store (context),
                                                   bk_pain_entry_get_run_id (entry), &error);

          g_assert_no_error (error);
          g_assert_cmpint (g_date_time_compare (bk_run_get_started_at (run),
                                                bk_pain_entry_get_when (entry)), <, 0);
          linked++;
        }
    }
  g_assert_cmpuint (linked, >=, 1);

  tightness = bk_stretch_store_latest_tightness (bk_context_get_stretch_store (context), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tightness->len, >=, 2);

  sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (context), today - 14, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >=, 5);
  for (guint i = 0; i < sessions->len; i++)
    g_assert_cmpint (g_date_time_compare (((BkStretchSession *) g_ptr_array_index (sessions, i))->started_at,
                                          now), <, 0);

  /* Ordinary soreness: the demo's reminders are not paused by it. */
  g_assert_false (bk_advice_training_withheld (context, now));

  g_assert_finalize_object (g_steal_pointer (&context));
  bk_test_remove_tree (dir);
}

static void
test_morning (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  /* Thursday 08:35: the evening run of a run day is still ahead. */
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 26, 8, 35, 0);

  check_demo_at (now);
}

static void
test_sunday_evening (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 29, 21, 0, 0);

  check_demo_at (now);
}

/* What the rules decide on the log, which must not depend on where the
 * display's weeks begin: the rules use rolling windows and days. */
typedef struct {
  BkRiskLevel level, spike_tier, progression_tier;
  guint32     block_start;
  guint       weeks_into_block;
  gboolean    ramp_up_phase;
  double      last_7_m;
  guint32     first_bar;
  GString    *run_tiers;
} Judged;

static Judged
judge (BkContext *context,
       guint32    today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkTrainingStatus) status = bk_status_report_compute (context, today, BK_STATUS_WEEKS, &error);
  g_autoptr(GPtrArray) runs = bk_run_store_list (bk_context_get_run_store (context), 0, 0, &error);
  Judged j = { 0 };

  g_assert_no_error (error);
  j.level = status->level;
  j.spike_tier = status->spike_tier;
  j.progression_tier = status->progression_tier;
  j.block_start = status->block_start;
  j.weeks_into_block = status->weeks_into_block;
  j.ramp_up_phase = status->ramp_up_phase;
  j.last_7_m = status->last_7_m;
  j.first_bar = g_array_index (status->weekly, BkStatusWeek, status->weekly->len - 1).week_start;
  j.run_tiers = g_string_new (NULL);
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);
      BkRunReference reference;
      BkRiskLevel tier = bk_status_report_judge_run (context, bk_date_julian_of (bk_run_get_started_at (run)),
                                                     bk_run_get_distance (run), &reference, &error);

      g_assert_no_error (error);
      g_string_append_printf (j.run_tiers, "%d ", tier);
    }
  return j;
}

/* Changing the first day of the week regroups the weekly bars and nothing
 * else: no run's tier, no block start, no headline changes (issue 15). */
static void
test_week_start_only_regroups (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  static const char * const first_days[] = { "monday", "sunday", "saturday" };

  /* Each day of a week, so every weekday is "today" once. */
  for (int day = 0; day < 7; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 23 + day, 21, 0, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(GSettingsBackend) memory = g_memory_settings_backend_new ();
      g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, memory);
      g_autofree char *dir = g_dir_make_tmp ("bk-demo-week-XXXXXX", &error);
      g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
      guint32 today = bk_date_julian_of (now);
      Judged reference;

      g_assert_no_error (error);
      g_assert_true (bk_demo_log_fill (context, now, &error));
      reference = judge (context, today);
      g_assert_cmpuint (reference.block_start, >, 0);

      for (guint f = 1; f < G_N_ELEMENTS (first_days); f++)
        {
          Judged other;

          g_settings_set_string (settings, "first-weekday", first_days[f]);
          other = judge (context, today);
          /* The setting took: the bars are other weeks. */
          g_assert_cmpuint (other.first_bar, !=, reference.first_bar);
          g_assert_cmpint (other.level, ==, reference.level);
          g_assert_cmpint (other.spike_tier, ==, reference.spike_tier);
          g_assert_cmpint (other.progression_tier, ==, reference.progression_tier);
          g_assert_cmpuint (other.block_start, ==, reference.block_start);
          g_assert_cmpuint (other.weeks_into_block, ==, reference.weeks_into_block);
          g_assert_cmpint (other.ramp_up_phase, ==, reference.ramp_up_phase);
          g_assert_cmpfloat (other.last_7_m, ==, reference.last_7_m);
          g_assert_cmpstr (other.run_tiers->str, ==, reference.run_tiers->str);
          g_string_free (other.run_tiers, TRUE);
        }
      g_string_free (reference.run_tiers, TRUE);
      g_assert_finalize_object (g_steal_pointer (&context));
      bk_test_remove_tree (dir);
    }
}

/* The demo starts in the runner's own units and week start and keeps
 * what is changed in it to itself. */
static void
test_settings_start_from_the_runners (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) real = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(GSettings) demo = NULL;
  g_autofree char *units = NULL;
  g_autofree char *weekday = NULL;

  g_settings_set_string (real, "units", "imperial");
  g_settings_set_string (real, "first-weekday", "sunday");
  g_settings_set_int (real, "window-width", 777);
  demo = bk_demo_settings_new (real);

  units = g_settings_get_string (demo, "units");
  weekday = g_settings_get_string (demo, "first-weekday");
  g_assert_cmpstr (units, ==, "imperial");
  g_assert_cmpstr (weekday, ==, "sunday");
  /* The window's size and the like are the demo's own. */
  g_assert_cmpint (g_settings_get_int (demo, "window-width"), !=, 777);

  g_settings_set_string (demo, "units", "metric");
  g_settings_set_string (demo, "first-weekday", "monday");
  g_settings_set_boolean (demo, "run-in-background", TRUE);
  g_clear_pointer (&units, g_free);
  g_clear_pointer (&weekday, g_free);
  units = g_settings_get_string (real, "units");
  weekday = g_settings_get_string (real, "first-weekday");
  g_assert_cmpstr (units, ==, "imperial");
  g_assert_cmpstr (weekday, ==, "sunday");
  g_assert_false (g_settings_get_boolean (real, "run-in-background"));
  g_assert_finalize_object (g_steal_pointer (&demo));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-log/morning", test_morning);
  g_test_add_func ("/demo-log/sunday-evening", test_sunday_evening);
  g_test_add_func ("/demo-log/week-start-only-regroups", test_week_start_only_regroups);
  g_test_add_func ("/demo-log/settings-start-from-the-runners", test_settings_start_from_the_runners);
  return g_test_run ();
}
