/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Surfaces on the Training page (issue 16): four weeks in a row almost all
 * on road give the status card a gentle hint whose Why? opens the guide's
 * surfaces advice; the chart's tooltip gives each week's share ("Soft
 * surfaces 50 %"; test-mileage-chart checks a screen reader hears it); a
 * run on grass this week turns the hint into this week's share; see-a-clinician
 * advice holds the hint back. Screenshots at 1280 and 360 px, light and
 * dark. */
#include "bk-config.h"

#include <adwaita.h>
#include <string.h>

#include "gui/bk-guide-panel.h"
#include "gui/bk-mileage-chart.h"
#include "gui/bk-status-card.h"
#include "gui/bk-surface-hint.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

static void
add_run (BkContext *context,
         int        days_ago,
         double     km,
         BkSurface  surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) start = g_date_time_add_hours (day, -2);
  g_autoptr(BkRun) run = bk_run_new (start, km * 1000, (gint64) (km * 360));

  bk_run_set_surface (run, surface);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (context), run, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  /* Five weeks ago half on grass; then a road or treadmill run every seven
   * days up to today: four weeks in a row, whatever the weekday, the
   * newest this week or last. */
  add_run (f->context, 35, 5, BK_SURFACE_GRASS);
  add_run (f->context, 35, 5, BK_SURFACE_ROAD);
  add_run (f->context, 21, 8, BK_SURFACE_ROAD);
  add_run (f->context, 14, 8, BK_SURFACE_TREADMILL);
  add_run (f->context, 7, 8, BK_SURFACE_ROAD);
  add_run (f->context, 0, 8, BK_SURFACE_ROAD);
  f->window = bk_test_window_new (f->context, 1280, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "training"));
  bk_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  bk_test_close (f->window, f->context, f->dir);
}

static gpointer
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_widget (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_hint_and_tooltip (Fixture       *f,
                       gconstpointer  data)
{
  BkSurfaceHint *hint = find_widget (GTK_WIDGET (f->window), BK_TYPE_SURFACE_HINT);
  BkStatusCard *card = find_widget (GTK_WIDGET (f->window), BK_TYPE_STATUS_CARD);
  BkMileageChart *chart = bk_status_card_get_chart (card);
  guint n = bk_mileage_chart_get_n_weeks (chart);
  GtkWidget *why;
  g_autofree char *newest = NULL;
  g_autofree char *grass_week = NULL;

  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (hint)));
  g_assert_true (bk_surface_hint_is_hint (hint));
  g_assert_cmpstr (bk_surface_hint_get_text (hint), ==,
                   "Your running has been almost all on road or treadmill for 4 weeks in a row. "
                   "Where you can, move a run or two onto grass, a trail or a track.");

  /* Its Why? opens the guide at the surfaces advice. */
  why = bk_test_find_button (GTK_WIDGET (hint), "_Why?");
  g_assert_nonnull (why);
  g_assert_true (gtk_widget_get_mapped (why));
  g_signal_emit_by_name (why, "clicked");
  bk_test_spin ();
  g_assert_cmpstr (bk_guide_panel_get_location (bk_window_get_guide_panel (f->window)), ==, "triggers#surfaces");
  adw_flap_set_reveal_flap (ADW_FLAP (bk_test_child (f->window, BK_TYPE_WINDOW, "flap")), FALSE);
  bk_test_spin ();

  /* The tooltip: the newest week all road, the grass week half. */
  g_assert_cmpuint (n, >=, 5);
  newest = bk_mileage_chart_describe_tooltip (chart, n - 1);
  g_assert_true (g_str_has_suffix (newest, "\nSoft surfaces 0 %"));
  /* The grass week is five or six weeks back, as the weekday falls; a
   * week without running has no share, and no second line. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = bk_mileage_chart_describe_tooltip (chart, i);

      g_test_message ("%s", text);
      if (g_str_has_suffix (text, "\nSoft surfaces 50 %"))
        grass_week = g_steal_pointer (&text);
      else if (strstr (text, "in 0 runs") != NULL)
        g_assert_null (strchr (text, '\n'));
    }
  g_assert_nonnull (grass_week);
  g_assert_true (strstr (grass_week, "10.0 km in 2 runs") != NULL);

  bk_test_save_png (GTK_WIDGET (f->window), "surfaces-hint-1280");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_save_png (GTK_WIDGET (f->window), "surfaces-hint-1280-dark");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 800);
  bk_test_spin_for (200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (hint)));
  bk_test_save_png (GTK_WIDGET (f->window), "surfaces-hint-360-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  bk_test_save_png (GTK_WIDGET (f->window), "surfaces-hint-360");
}

/* Grass this morning: the hint gives way to this week's share, dimmed and
 * without a link. */
static void
test_grass_ends_hint (Fixture       *f,
                      gconstpointer  data)
{
  BkSurfaceHint *hint = find_widget (GTK_WIDGET (f->window), BK_TYPE_SURFACE_HINT);

  g_assert_true (bk_surface_hint_is_hint (hint));
  add_run (f->context, 0, 2, BK_SURFACE_GRASS);
  bk_test_spin_for (100);
  g_assert_false (bk_surface_hint_is_hint (hint));
  g_assert_cmpstr (bk_surface_hint_get_text (hint), ==, "Soft surfaces this week: 20 %");
  g_assert_null (bk_test_find_button (GTK_WIDGET (hint), "_Why?") != NULL &&
                 gtk_widget_get_visible (bk_test_find_button (GTK_WIDGET (hint), "_Why?")) ? hint : NULL);
  bk_test_save_png (GTK_WIDGET (f->window), "surfaces-share-1280");
}

/* See a clinician: the hint waits, the share stays. */
static void
test_hint_waits_for_clinician (Fixture       *f,
                               gconstpointer  data)
{
  BkSurfaceHint *hint = find_widget (GTK_WIDGET (f->window), BK_TYPE_SURFACE_HINT);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -1);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AFTER_RUN, 3);

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (f->context), entry, NULL));
  bk_test_spin_for (100);
  g_assert_false (bk_surface_hint_is_hint (hint));
  g_assert_cmpstr (bk_surface_hint_get_text (hint), ==, "Soft surfaces this week: 0 %");
}

int
main (int argc, char **argv)
{
  bk_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/surface-hint/hint-and-tooltip", test_hint_and_tooltip);
  ADD ("/surface-hint/grass-ends-hint", test_grass_ends_hint);
  ADD ("/surface-hint/hint-waits-for-clinician", test_hint_waits_for_clinician);
#undef ADD
  return g_test_run ();
}
