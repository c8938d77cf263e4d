/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ramp-up notification comes from a service below the GUI: it fires
 * without any window, once per rise, read back from the real dunst, and
 * never while urgent pain advice is open. */
#include "bk-config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/bk-date.h"
#include "bk-test-gui.h"
#include "services/bk-training-alerts.h"

typedef struct {
  char      *dir;
  GSettings *settings;
  BkContext *context;
} Fixture;

static guint32 first_monday;

static BkRun *
make_run (guint32 day,
          double  km)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  start = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), 7, 30, 0);
  return bk_run_new (start, km * 1000, (gint64) (km * 360));
}

/* Six steady weeks, two off, then five weeks of a plan up to a 14 km long
 * run (the log of test-status-card). */
static void
seed (BkContext *context)
{
  static const double plan[6][3] = {
    { 5, 6, 10 }, { 6, 6, 12 }, { 6, 7, 13 }, { 7, 7, 14 }, { 7, 8, 14 }, { 8, 8, 0 },
  };
  static const int weekdays[3] = { 1, 3, 6 };
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint w = 0; w < 14; w++)
    for (guint r = 0; r < 3; r++)
      {
        double km = w < 6 ? (double[]) { 5, 6, 10 }[r] : w < 8 ? 0 : plan[w - 8][r];

        if (km > 0)
          g_ptr_array_add (runs, make_run (first_monday + 7 * w + weekdays[r], km));
      }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (context), runs, &error));
  g_assert_no_error (error);
}

/* @day at @hour:@minute local time */
static GDateTime *
local_time (guint32 day,
            int     hour,
            int     minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, 0);
}

static guint
alerts_sent (void)
{
  g_autofree char *history = bk_test_dunst_history ();

  return bk_test_count_of (history, "\"data\" : \"Ramp-up risk: ");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("backstretch-alerts-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  fixture->context = bk_context_new (fixture->dir, fixture->settings, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, BK_DATABASE_FILENAME, NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_assert_finalize_object (fixture->context);
  g_clear_object (&fixture->settings);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (db);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
test_once_per_rise (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BkTrainingAlerts) alerts = NULL;
  g_autoptr(BkRun) spike = NULL;
  g_autoptr(BkRun) easy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  /* Sunday 10:00, just after the spike ended (07:30 and 2 h 6 min) */
  g_autoptr(GDateTime) now = local_time (first_monday + 7 * 13 + 6, 10, 0);
  BkRunStore *store = bk_context_get_run_store (fixture->context);
  guint before;

  if (!bk_test_have_dunst ())
    {
      g_test_skip ("no session bus or dunstctl: the notification cannot be read back");
      return;
    }
  seed (fixture->context);
  alerts = bk_training_alerts_new (fixture->context);
  bk_training_alerts_set_now (alerts, now);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), <, BK_RISK_WARNING);
  before = alerts_sent ();

  /* The 21 km Sunday after a 14 km longest: a warning, announced. */
  spike = make_run (first_monday + 7 * 13 + 6, 21);
  g_assert_true (bk_run_store_add (store, spike, &error));
  g_assert_no_error (error);
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), ==, BK_RISK_WARNING);
  history = bk_test_dunst_history ();
  g_assert_cmpuint (bk_test_count_of (history, "\"data\" : \"Ramp-up risk: "), ==, before + 1);
  g_assert_nonnull (strstr (history, "\"data\" : \"Ramp-up risk: Warning\""));
  g_assert_nonnull (strstr (history, "21 km was 50% longer than your longest run in the last 30 days (14 km)"));

  /* Another run that leaves the level where it is (one logged late, in
   * the first weeks): no second notification. */
  easy = make_run (first_monday + 2, 5);
  g_assert_true (bk_run_store_add (store, easy, &error));
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), ==, BK_RISK_WARNING);
  g_assert_cmpuint (alerts_sent (), ==, before + 1);

  /* Deleting the spike lowers the level quietly; undoing the delete puts
   * it back quietly too: the rise was announced already (issue 15). */
  g_assert_true (bk_run_store_delete (store, bk_run_get_id (spike), &error));
  g_assert_no_error (error);
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), <, BK_RISK_WARNING);
  g_assert_cmpuint (alerts_sent (), ==, before + 1);
  g_assert_true (bk_run_store_restore (store, spike, &error));
  g_assert_no_error (error);
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), ==, BK_RISK_WARNING);
  g_assert_cmpuint (alerts_sent (), ==, before + 1);
}

/* With urgent pain advice open, a rise is kept but not announced. */
static void
test_silent_under_urgent_pain (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(BkTrainingAlerts) alerts = NULL;
  g_autoptr(BkRun) spike = NULL;
  g_autoptr(BkPainEntry) entry = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_now_local ();
  g_autoptr(GDateTime) now = local_time (first_monday + 7 * 13 + 6, 10, 0);
  g_autoptr(GError) error = NULL;
  guint before;

  if (!bk_test_have_dunst ())
    {
      g_test_skip ("no session bus or dunstctl: the notification cannot be read back");
      return;
    }
  seed (fixture->context);
  entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, 8);
  bk_pain_entry_set_emergency (entry, BK_PAIN_EMERGENCY_BLADDER_BOWEL);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, &error));
  g_assert_no_error (error);
  alerts = bk_training_alerts_new (fixture->context);
  bk_training_alerts_set_now (alerts, now);
  before = alerts_sent ();

  spike = make_run (first_monday + 7 * 13 + 6, 21);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), spike, &error));
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), ==, BK_RISK_WARNING);
  g_assert_cmpuint (alerts_sent (), ==, before);
}

/* The same spike typed in on Tuesday, or added with --add-run or
 * imported, is history, not news: the level rises, quietly. */
static void
test_past_day_run_quiet (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BkTrainingAlerts) alerts = NULL;
  g_autoptr(BkRun) spike = NULL;
  g_autoptr(GDateTime) now = local_time (first_monday + 7 * 14 + 1, 8, 0);
  g_autoptr(GError) error = NULL;
  guint before;

  if (!bk_test_have_dunst ())
    {
      g_test_skip ("no session bus or dunstctl: the notification cannot be read back");
      return;
    }
  seed (fixture->context);
  alerts = bk_training_alerts_new (fixture->context);
  bk_training_alerts_set_now (alerts, now);
  before = alerts_sent ();

  spike = make_run (first_monday + 7 * 13 + 6, 21);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), spike, &error));
  g_assert_no_error (error);
  bk_test_spin_for (200);
  g_assert_cmpint (bk_training_alerts_get_level (alerts), ==, BK_RISK_WARNING);
  g_assert_cmpuint (alerts_sent (), ==, before);
}

int
main (int argc, char *argv[])
{
  GDate date;

  g_test_init (&argc, &argv, NULL);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_AUGUST, 2026);
  first_monday = g_date_get_julian (&date);

  g_test_add ("/training-alerts/once-per-rise", Fixture, NULL,
              fixture_set_up, test_once_per_rise, fixture_tear_down);
  g_test_add ("/training-alerts/silent-under-urgent-pain", Fixture, NULL,
              fixture_set_up, test_silent_under_urgent_pain, fixture_tear_down);
  g_test_add ("/training-alerts/past-day-run-quiet", Fixture, NULL,
              fixture_set_up, test_past_day_run_quiet, fixture_tear_down);
  return g_test_run ();
}
