/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The --demo log: every page has something to preview, nothing in it is
 * later than now, and it does not silence its own reminders. */
#include "bk-config.h"

#include "core/bk-date.h"
#include "services/bk-advice.h"
#include "services/bk-demo-log.h"
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-log/morning", test_morning);
  g_test_add_func ("/demo-log/sunday-evening", test_sunday_evening);
  return g_test_run ();
}
