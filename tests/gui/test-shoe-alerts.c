/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Worn shoes (issue 16): a pair passing 90% and then 100% of its limit is
 * announced once each by desktop notification, read back from the real
 * dunst, and named in the Training page's status card with a Why? link to
 * the guide's shoes question; screenshots wide and narrow, light and dark. */
#include "bk-config.h"

#include <string.h>

#include "bk-test-gui.h"
#include "core/bk-guide-ids.h"
#include "gui/bk-guide-link.h"
#include "gui/bk-status-card.h"
#include "services/bk-shoe-alerts.h"
#include "store/bk-shoe-store.h"

typedef struct {
  char      *dir;
  BkContext *context;
  gint64     pegasus;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BkShoe) shoe = bk_shoe_new ("Pegasus");
  g_autoptr(GError) error = NULL;

  f->context = bk_test_context_new (&f->dir);
  /* 600 km on them already, to retire at 700 km: 630 km is 90%. */
  bk_shoe_set_start_distance (shoe, 600000);
  bk_shoe_set_limit (shoe, 700000);
  g_assert_true (bk_shoe_store_add (bk_context_get_database (f->context), shoe, &error));
  g_assert_no_error (error);
  f->pegasus = bk_shoe_get_id (shoe);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bk_test_close (NULL, f->context, f->dir);
}

static BkRun *
log_run (Fixture *f,
         int      days_ago,
         double   km)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -days_ago);
  BkRun *run = bk_run_new (start, km * 1000, (gint64) (km * 360));
  g_autoptr(GError) error = NULL;

  bk_run_set_shoe_id (run, f->pegasus);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
  return run;
}

static guint
sent (const char *summary)
{
  g_autofree char *history = bk_test_dunst_history ();
  g_autofree char *needle = g_strdup_printf ("\"data\" : \"%s\"", summary);

  return bk_test_count_of (history, needle);
}

static void
test_once_per_threshold (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BkShoeAlerts) alerts = NULL;
  g_autoptr(BkShoeAlerts) again = NULL;
  g_autoptr(BkRun) crossing = NULL;
  g_autoptr(BkRun) small = NULL;
  g_autoptr(BkRun) past = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  BkRunStore *store = bk_context_get_run_store (f->context);
  guint near_before, past_before;

  if (!bk_test_have_dunst ())
    {
      g_test_skip ("no session bus or dunstctl: the notification cannot be read back");
      return;
    }
  near_before = sent ("Shoes nearing their limit");
  past_before = sent ("Shoes past their limit");
  alerts = bk_shoe_alerts_new (f->context);

  /* 625 km: not yet. */
  g_clear_object (&small);
  small = log_run (f, 3, 25);
  bk_test_spin_for (200);
  g_assert_cmpuint (sent ("Shoes nearing their limit"), ==, near_before);

  /* 635 km: past 90%, announced once, with the pair's name and distance. */
  crossing = log_run (f, 2, 10);
  bk_test_spin_for (200);
  history = bk_test_dunst_history ();
  g_assert_cmpuint (bk_test_count_of (history, "\"data\" : \"Shoes nearing their limit\""), ==, near_before + 1);
  g_assert_nonnull (strstr (history, "Your Pegasus have 635 km on them, nearing their 700 km limit"));

  /* Below and back above 90% (the run deleted, the delete undone), a new
   * instance (a restart): nothing more. */
  g_assert_true (bk_run_store_delete (store, bk_run_get_id (crossing), &error));
  g_assert_no_error (error);
  g_assert_true (bk_run_store_restore (store, crossing, &error));
  g_assert_no_error (error);
  again = bk_shoe_alerts_new (f->context);
  bk_test_spin_for (200);
  g_assert_cmpuint (sent ("Shoes nearing their limit"), ==, near_before + 1);
  g_clear_object (&again);

  /* 705 km: past the limit, announced once more. */
  past = log_run (f, 1, 70);
  bk_test_spin_for (200);
  g_assert_cmpuint (sent ("Shoes past their limit"), ==, past_before + 1);
  g_assert_cmpuint (sent ("Shoes nearing their limit"), ==, near_before + 1);
}

/* A retired pair is done with: however far it went, nothing is said. */
static void
test_retired_quiet (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BkShoeAlerts) alerts = NULL;
  g_autoptr(BkRun) run = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  if (!bk_test_have_dunst ())
    {
      g_test_skip ("no session bus or dunstctl: the notification cannot be read back");
      return;
    }
  g_assert_true (bk_shoe_store_set_retired (bk_context_get_database (f->context), f->pegasus, TRUE, &error));
  before = sent ("Shoes past their limit");
  alerts = bk_shoe_alerts_new (f->context);
  run = log_run (f, 1, 150);
  bk_test_spin_for (200);
  g_assert_cmpuint (sent ("Shoes past their limit"), ==, before);
}

static void
save_screenshots (BkWindow   *window,
                  const char *name)
{
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);
  g_autofree char *narrow = g_strconcat (name, "-narrow", NULL);
  g_autofree char *narrow_dark = g_strconcat (name, "-narrow-dark", NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();

  bk_test_save_png (GTK_WIDGET (window), name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_save_png (GTK_WIDGET (window), dark);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  bk_test_spin ();
  bk_test_save_png (GTK_WIDGET (window), narrow_dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  bk_test_save_png (GTK_WIDGET (window), narrow);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  bk_test_spin ();
}

static void
test_status_card_notice (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BkRun) first = NULL;
  g_autoptr(BkRun) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fine = NULL;
  g_autofree char *near = NULL;
  g_autofree char *retired = NULL;
  BkWindow *window;
  BkStatusCard *card;
  BkShoeNotice *notice;
  GtkWidget *why;

  first = log_run (f, 2, 20);
  window = bk_test_window_new (f->context, 1280, 800);
  card = BK_STATUS_CARD (bk_test_find_type (GTK_WIDGET (window), BK_TYPE_STATUS_CARD));
  g_assert_nonnull (card);
  notice = bk_status_card_get_shoe_notice (card);

  /* 620 km of 700: nothing to say. */
  fine = bk_shoe_notice_get_text (notice);
  g_assert_cmpstr (fine, ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (notice)));

  /* A run in the window's store brings the notice, with its Why? link. */
  second = log_run (f, 1, 12);
  bk_test_spin ();
  near = bk_shoe_notice_get_text (notice);
  g_assert_cmpstr (near, ==, "Your Pegasus have 632 km on them, nearing their 700 km limit\n");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (notice)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (notice)));
  why = bk_test_find_type (GTK_WIDGET (notice), GTK_TYPE_BUTTON);
  g_assert_nonnull (why);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (why)), ==, BK_GUIDE_LINK_ACTION);
  {
    GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (why));

    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, BK_GUIDE_TRIGGERS_SHOES);
  }
  save_screenshots (window, "status-shoe-notice");

  /* Retired (here as from the command line or Preferences): gone. */
  g_assert_true (bk_shoe_store_set_retired (bk_context_get_database (f->context), f->pegasus, TRUE, &error));
  bk_context_shoes_changed (f->context);
  retired = bk_shoe_notice_get_text (notice);
  g_assert_cmpstr (retired, ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (notice)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/shoe-alerts/once-per-threshold", Fixture, NULL, fixture_set_up, test_once_per_threshold,
              fixture_tear_down);
  g_test_add ("/shoe-alerts/retired-quiet", Fixture, NULL, fixture_set_up, test_retired_quiet,
              fixture_tear_down);
  g_test_add ("/shoe-alerts/status-card-notice", Fixture, NULL, fixture_set_up, test_status_card_notice,
              fixture_tear_down);
  return g_test_run ();
}
