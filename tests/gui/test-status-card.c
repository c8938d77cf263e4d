/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-mileage-chart.h"
#include "gui/bk-run-editor.h"
#include "gui/bk-status-card.h"
#include "services/bk-status-report.h"
#include "bk-test-gui.h"

/* A runner's log with a ramp-up: six steady weeks, two weeks off, then a
 * plan whose sixth week has a 29 km Sunday after 14 km the week before
 * (more than double: high). The notification a rise sends is tested with
 * the service that sends it, in test-training-alerts. */
typedef struct {
  char       *dir;
  GSettings  *settings;
  BkContext  *context;
  GtkWidget  *window;
  BkStatusCard *card;
  GPtrArray  *guide_sections;
} Fixture;

static guint32 first_monday;

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

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

static void
seed (BkContext *context,
      gboolean   with_spike)
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
  if (with_spike)
    g_ptr_array_add (runs, make_run (first_monday + 7 * 13 + 6, 29));
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (context), runs, &error));
  g_assert_no_error (error);
}

static void
show_guide_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->guide_sections, g_variant_dup_string (parameter, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  fixture->dir = g_dir_make_tmp ("backstretch-status-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  fixture->context = bk_context_new (fixture->dir, fixture->settings, &error);
  g_assert_no_error (error);
  fixture->guide_sections = g_ptr_array_new_with_free_func (g_free);

  fixture->card = g_object_new (BK_TYPE_STATUS_CARD, NULL);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (fixture->card));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scroller);
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, BK_DATABASE_FILENAME, NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bk_test_spin_for (50);
  g_assert_finalize_object (fixture->context);
  g_clear_object (&fixture->settings);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (db);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->guide_sections);
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* Sends a key press to the widget's key controller, as typing would. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static void
save_chart_png (Fixture    *fixture,
                const char *name);
static GdkTexture *save_widget_png (GtkWidget  *widget,
                                    const char *name);

/* At 200% text the chart grows with its labels instead of squeezing the
 * bars, and still shows the high-risk week. */
static void
test_large_text (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *chart = GTK_WIDGET (bk_status_card_get_chart (fixture->card));
  int dpi = 0, normal_min, large_min, nat;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  seed (fixture->context, TRUE);
  bk_status_card_set_today (fixture->card, first_monday + 7 * 14 + 1);
  bk_status_card_set_context (fixture->card, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bk_test_spin_for (200);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, -1, &normal_min, &nat, NULL, NULL);

  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  bk_test_spin_for (300);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, -1, &large_min, &nat, NULL, NULL);
  g_assert_cmpint (large_min, >, normal_min + 20);
  save_chart_png (fixture, "status-chart-200.png");
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static GdkTexture *
save_widget_png (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GdkTexture *texture;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, w, h);
  GdkRGBA white = { 1, 1, 1, 1 };

  g_assert_cmpint (w, >, 100);
  g_assert_cmpint (h, >, 100);
  gtk_snapshot_append_color (snapshot, &white, &bounds);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, &bounds);
  path = g_build_filename (g_getenv ("BACKSTRETCH_BUILD_DIR") != NULL ? g_getenv ("BACKSTRETCH_BUILD_DIR") : ".",
                           name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot saved to %s", path);
  return texture;
}

static void
save_chart_png (Fixture    *fixture,
                const char *name)
{
  GtkWidget *chart = GTK_WIDGET (bk_status_card_get_chart (fixture->card));
  g_autoptr(GdkTexture) texture = NULL;

  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_cmpint (gtk_widget_get_width (chart), >, 200);
  /* The week with the 21 km is drawn in the high-risk red, once the chart
   * has had a frame with its weeks (slow under a sanitizer). */
  texture = save_widget_png (chart, name);
  while (!bk_test_has_high_red (texture) && g_get_monotonic_time () < deadline)
    {
      g_clear_object (&texture);
      for (int i = 0; i < 20; i++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
        }
      texture = save_widget_png (chart, name);
    }
  g_assert_true (bk_test_has_high_red (texture));
}

static void
test_card (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_guide = g_simple_action_new ("show-guide", G_VARIANT_TYPE_STRING);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *reasons = NULL;
  g_autofree char *week = NULL;
  g_autoptr(BkRun) spike = NULL;
  BkMileageChart *chart = bk_status_card_get_chart (fixture->card);
  GtkWidget *why;
  guint32 today = first_monday + 7 * 14 + 1;   /* Tuesday after the spike */

  seed (fixture->context, FALSE);
  bk_status_card_set_today (fixture->card, today);
  bk_status_card_set_context (fixture->card, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bk_test_spin_for (300);

  /* Before the spike: week 7 of the block, nothing raised to warning. */
  g_assert_cmpint (bk_status_card_get_level (fixture->card), <, BK_RISK_WARNING);

  /* Saving the 29 km run raises the level on the card at once. */
  spike = make_run (first_monday + 7 * 13 + 6, 29);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), spike, &error));
  g_assert_no_error (error);
  bk_test_spin_for (300);

  g_assert_cmpint (bk_status_card_get_level (fixture->card), ==, BK_RISK_HIGH);
  g_assert_cmpstr (bk_status_card_get_level_text (fixture->card), ==, "Ramp-up risk: High risk");
  reasons = bk_status_card_get_reasons_text (fixture->card);
  g_assert_nonnull (strstr (reasons, "Sunday’s 29 km was 107% longer than your longest run in the last 30 days (14 km)"));
  collect_labels (GTK_WIDGET (fixture->card), labels);
  g_assert_nonnull (strstr (labels->str, "Week 7 of the training block that began on 28 September: "
                                         "a time many runners report trouble (the evidence is anecdotal)"));
  /* The hint agrees with the warning: back to what the spike was judged
   * against. */
  g_assert_nonnull (strstr (labels->str, "Keep your next long run at or under 14 km"));

  /* The chart: all history, the last 16 weeks in view, the spike's week. */
  g_assert_cmpuint (bk_mileage_chart_get_n_weeks (chart), ==, 15);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (chart), ==, 15);
  week = bk_mileage_chart_describe_week (chart, 13);
  g_test_message ("%s", week);
  g_assert_true (g_str_has_prefix (week, "Week of 2 Nov: 45.0 km in 3 runs, week 6 of the block, High risk"));
  /* The ramp-up weeks say what the evidence is, not that it is a finding. */
  g_assert_true (g_str_has_suffix (week, "; weeks 5 to 7 are a time many runners report trouble "
                                         "(the evidence is anecdotal)"));
  save_chart_png (fixture, "status-chart.png");
  g_object_unref (save_widget_png (fixture->window, "status-card.png"));

  /* Why? without a guide panel does nothing (and does not warn) ... */
  why = bk_test_find_button (GTK_WIDGET (fixture->card), "_Why?");
  g_assert_nonnull (why);
  g_signal_emit_by_name (why, "clicked");
  /* ... and with one, opens the section of the reason. */
  g_signal_connect (show_guide, "activate", G_CALLBACK (show_guide_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_guide));
  gtk_widget_insert_action_group (fixture->window, "app", G_ACTION_GROUP (group));
  g_signal_emit_by_name (why, "clicked");
  bk_test_spin_for (50);
  g_assert_cmpuint (fixture->guide_sections->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->guide_sections, 0), ==, "load#spikes");

  /* A plan start entered by the user wins. */
  g_assert_true (bk_status_report_set_plan_start (fixture->context, julian (2026, 10, 5), &error));
  bk_status_card_refresh (fixture->card);
  g_string_truncate (labels, 0);
  collect_labels (GTK_WIDGET (fixture->card), labels);
  g_assert_nonnull (strstr (labels->str, "Week 6 of the plan you started on 5 October: "
                                         "a time many runners report trouble (the evidence is anecdotal)"));

  /* The keyboard moves week by week and zooms; zooming out shows all
   * history. */
  g_assert_cmpuint (bk_mileage_chart_get_focused_week (chart), ==, 14);
  press_key (GTK_WIDGET (chart), GDK_KEY_Left);
  g_assert_cmpuint (bk_mileage_chart_get_focused_week (chart), ==, 13);
  press_key (GTK_WIDGET (chart), GDK_KEY_Home);
  g_assert_cmpuint (bk_mileage_chart_get_focused_week (chart), ==, 0);
  press_key (GTK_WIDGET (chart), GDK_KEY_End);
  g_assert_cmpuint (bk_mileage_chart_get_focused_week (chart), ==, 14);
  /* 15 weeks of history, all in view: zooming in halves, down to 4. */
  press_key (GTK_WIDGET (chart), GDK_KEY_plus);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (chart), ==, 7);
  press_key (GTK_WIDGET (chart), GDK_KEY_plus);
  press_key (GTK_WIDGET (chart), GDK_KEY_plus);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (chart), ==, 4);
  press_key (GTK_WIDGET (chart), GDK_KEY_minus);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (chart), ==, 8);
  bk_mileage_chart_set_visible_weeks (chart, 1000);
  g_assert_cmpuint (bk_mileage_chart_get_visible_weeks (chart), ==, 15);
}

static void
test_plan_popover (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *plan_button, *popover, *plan_row, *save;
  g_autoptr(GString) labels = g_string_new (NULL);

  seed (fixture->context, TRUE);
  bk_status_card_set_today (fixture->card, first_monday + 7 * 14 + 1);
  bk_status_card_set_context (fixture->card, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bk_test_spin_for (200);

  {
    /* GtkMenuButton is not a GtkButton: find it by type. */
    GtkWidget *w = GTK_WIDGET (fixture->card);
    GtkWidget *found = NULL;
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, w);
    while (stack->len > 0 && found == NULL)
      {
        GtkWidget *cur = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_MENU_BUTTON (cur))
          found = cur;
        for (GtkWidget *c = gtk_widget_get_first_child (cur); c != NULL; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
    plan_button = found;
  }
  g_assert_nonnull (plan_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (plan_button));
  bk_test_spin_for (100);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (plan_button)));
  plan_row = bk_test_find_entry_row (popover, "I started a new plan on");
  g_assert_nonnull (plan_row);

  /* A bad date is named inline and nothing is saved. */
  gtk_editable_set_text (GTK_EDITABLE (plan_row), "5 Oct");
  save = bk_test_find_button (popover, "_Save");
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");
  collect_labels (popover, labels);
  g_assert_nonnull (strstr (labels->str, "Plan start: "));
  g_assert_cmpuint (bk_status_report_get_plan_start (fixture->context), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (plan_row), "2026-10-05");
  g_signal_emit_by_name (save, "clicked");
  bk_test_spin_for (100);
  g_assert_cmpuint (bk_status_report_get_plan_start (fixture->context), ==, julian (2026, 10, 5));
  g_string_truncate (labels, 0);
  collect_labels (GTK_WIDGET (fixture->card), labels);
  g_assert_nonnull (strstr (labels->str, "Week 6 of the plan you started on 5 October"));

  /* Clear goes back to the detected block. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (plan_button));
  bk_test_spin_for (100);
  g_signal_emit_by_name (bk_test_find_button (popover, "_Clear"), "clicked");
  bk_test_spin_for (100);
  g_assert_cmpuint (bk_status_report_get_plan_start (fixture->context), ==, 0);
  g_string_truncate (labels, 0);
  collect_labels (GTK_WIDGET (fixture->card), labels);
  g_assert_nonnull (strstr (labels->str, "Week 7 of the training block that began on 28 September"));
}

/* The live line under the distance in the run editor. */
static void
test_editor_line (Fixture       *fixture,
                  gconstpointer  data)
{
  BkRunEditor *editor;
  GtkWidget *date_row, *distance_row;
  g_autoptr(GString) labels = g_string_new (NULL);

  seed (fixture->context, FALSE);
  editor = bk_run_editor_new (fixture->context, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  date_row = bk_test_find_entry_row (GTK_WIDGET (editor), "Date");
  distance_row = bk_test_find_entry_row (GTK_WIDGET (editor), "Distance");
  g_assert_nonnull (date_row);
  g_assert_nonnull (distance_row);

  /* Sunday 8 November: the longest of the 30 days before is 14 km. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-11-08");
  gtk_editable_set_text (GTK_EDITABLE (distance_row), "20.3 km");
  bk_test_spin_for (50);
  collect_labels (GTK_WIDGET (editor), labels);
  g_assert_nonnull (strstr (labels->str, "45% longer than your longest run in the last 30 days (14 km): warning"));
  bk_test_spin_for (200);
  g_object_unref (save_widget_png (GTK_WIDGET (editor), "run-editor-line.png"));

  gtk_editable_set_text (GTK_EDITABLE (distance_row), "15 km");
  bk_test_spin_for (50);
  g_string_truncate (labels, 0);
  collect_labels (GTK_WIDGET (editor), labels);
  g_assert_nonnull (strstr (labels->str, "7% longer than your longest run in the last 30 days (14 km): fine"));
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin_for (50);
}

int
main (int argc, char *argv[])
{
  bk_test_gui_init (&argc, &argv);
  first_monday = julian (2026, 8, 3);

  g_test_add ("/status-card/card", Fixture, NULL,
              fixture_set_up, test_card, fixture_tear_down);
  g_test_add ("/status-card/plan-popover", Fixture, NULL,
              fixture_set_up, test_plan_popover, fixture_tear_down);
  g_test_add ("/status-card/large-text", Fixture, NULL,
              fixture_set_up, test_large_text, fixture_tear_down);
  g_test_add ("/status-card/editor-line", Fixture, NULL,
              fixture_set_up, test_editor_line, fixture_tear_down);
  return g_test_run ();
}
