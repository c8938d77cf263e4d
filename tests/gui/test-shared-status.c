/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One training status per change (issue 13): with the window's status
 * card and chart, the Pain page and the ramp-up notifications all alive,
 * one saved run or one changed setting reads the log's daily series once,
 * and every view shows the level that one computation gave. The reads are
 * counted at SQLite, below any code that could cache. */
#include "bk-config.h"

#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-status-card.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "services/bk-status-report.h"
#include "services/bk-training-alerts.h"
#include "bk-test-gui.h"

typedef struct {
  char             *dir;
  BkContext        *context;
  BkWindow         *window;
  BkTrainingAlerts *alerts;
  guint             series_reads;
} Fixture;

static int
count_series_reads (unsigned  type,
                    void     *user_data,
                    void     *statement,
                    void     *sql)
{
  Fixture *f = user_data;
  const char *text = sqlite3_sql (statement);

  if (text != NULL && strstr (text, "FROM run_days") != NULL)
    f->series_reads++;
  return 0;
}

static guint32
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return bk_date_julian_of (now);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  f->context = bk_test_context_new (&f->dir);
  /* Eight steady weeks of 5 km every other day. */
  for (guint d = 56; d >= 2; d -= 2)
    g_ptr_array_add (runs, bk_test_run_on (today () - d, 5));
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (f->context), runs, &error));
  g_assert_no_error (error);

  f->window = bk_window_new (NULL, f->context);
  f->alerts = bk_training_alerts_new (f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->window));
  /* The Pain page reads the status once it is built. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "pain"));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, bk_test_child (f->window, BK_TYPE_WINDOW, "pain_page")));
  bk_test_spin ();

  sqlite3_trace_v2 (bk_database_get_handle (bk_context_get_database (f->context)),
                    SQLITE_TRACE_STMT, count_series_reads, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_trace_v2 (bk_database_get_handle (bk_context_get_database (f->context)), 0, NULL, NULL);
  g_clear_object (&f->alerts);
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f->window)));
  bk_test_spin ();
  g_clear_object (&f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static BkRiskLevel
computed_level (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkTrainingStatus) status = bk_status_report_compute (f->context, today (), 0, &error);

  g_assert_no_error (error);
  return status->level;
}

static BkStatusCard *
status_card (Fixture *f)
{
  GtkWidget *page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");

  return BK_STATUS_CARD (bk_test_child (page, BK_TYPE_TRAINING_PAGE, "status_card"));
}

/* A 21 km run after weeks of 5 km: every view moves to a high level, from
 * one read of the log. */
static void
test_one_run_one_computation (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BkRun) run = bk_test_run_on (today () - 1, 21);
  g_autoptr(GError) error = NULL;
  BkRiskLevel level;

  g_assert_cmpint (bk_status_card_get_level (status_card (f)), ==, BK_RISK_NONE);
  f->series_reads = 0;
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
  bk_test_spin ();
  g_assert_cmpuint (f->series_reads, ==, 1);

  level = computed_level (f);
  g_assert_cmpint (level, >=, BK_RISK_WARNING);
  g_assert_cmpint (bk_status_card_get_level (status_card (f)), ==, level);
  g_assert_cmpint (bk_training_alerts_get_level (f->alerts), ==, level);
}

/* The units change every reason's wording: one computation again. */
static void
test_one_setting_one_computation (Fixture       *f,
                                  gconstpointer  data)
{
  GSettings *settings = bk_context_get_settings (f->context);
  g_autofree char *units = g_settings_get_string (settings, "units");

  f->series_reads = 0;
  g_settings_set_string (settings, "units", g_str_equal (units, "imperial") ? "metric" : "imperial");
  bk_test_spin ();
  g_assert_cmpuint (f->series_reads, ==, 1);
  g_settings_set_string (settings, "units", units);
  bk_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/shared-status/one-run-one-computation", Fixture, NULL,
              fixture_set_up, test_one_run_one_computation, fixture_tear_down);
  g_test_add ("/shared-status/one-setting-one-computation", Fixture, NULL,
              fixture_set_up, test_one_setting_one_computation, fixture_tear_down);
  return g_test_run ();
}
