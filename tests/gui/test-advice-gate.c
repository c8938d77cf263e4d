/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-mileage-chart.h"
#include "gui/bk-pain-advice-box.h"
#include "gui/bk-run-editor.h"
#include "gui/bk-status-card.h"
#include "gui/bk-stretch-page.h"
#include "bk-test-gui.h"

/* Issue 9: open pain advice gates the training advice in the window.
 * Urgent advice replaces it (headline, chart colours, hints, the run
 * editor's line, stretching reminders); see a clinician keeps the numbers
 * but drops the hints and prefixes the reasons. The log is the one of
 * test-status-card: a plan whose sixth week ends on a 21 km Sunday. */
typedef struct {
  char         *dir;
  BkContext    *context;
  GtkWidget    *window;
  BkStatusCard *card;
} Fixture;

static guint32 first_monday;
static guint32 today;

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static GDateTime *
at (guint32 day,
    int     hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, 30, 0);
}

static void
seed_runs (BkContext *context)
{
  static const double plan[6][3] = {
    { 5, 6, 10 }, { 6, 6, 12 }, { 6, 7, 13 }, { 7, 7, 14 }, { 7, 8, 14 }, { 8, 8, 21 },
  };
  static const int weekdays[3] = { 1, 3, 6 };
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint w = 0; w < 14; w++)
    for (guint r = 0; r < 3; r++)
      {
        double km = w < 6 ? (double[]) { 5, 6, 10 }[r] : w < 8 ? 0 : plan[w - 8][r];
        g_autoptr(GDateTime) start = at (first_monday + 7 * w + weekdays[r], 7);

        if (km > 0)
          g_ptr_array_add (runs, bk_run_new (start, km * 1000, (gint64) (km * 360)));
      }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (context), runs, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  fixture->context = bk_test_context_new (&fixture->dir);
  seed_runs (fixture->context);
  fixture->card = g_object_new (BK_TYPE_STATUS_CARD, NULL);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (fixture->card));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scroller);
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  bk_status_card_set_today (fixture->card, today);
  bk_status_card_set_context (fixture->card, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  bk_test_spin_for (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bk_test_spin_for (50);
  g_assert_finalize_object (fixture->context);
  bk_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
add_pain (Fixture *fixture,
          guint32  day,
          int      hour,
          int      rating,
          guint    character,
          guint    emergency)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = at (day, hour);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, rating);

  bk_pain_entry_set_character (entry, character);
  bk_pain_entry_set_emergency (entry, emergency);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, &error));
  g_assert_no_error (error);
  bk_test_spin_for (100);
}

static void
add_assessment (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkClinicianAssessment) assessment =
    bk_clinician_assessment_new (bk_date_julian_of (now), BK_CLINICIAN_OUTCOME_CLEARED);

  g_assert_true (bk_pain_store_add_assessment (bk_context_get_pain_store (fixture->context), assessment, &error));
  g_assert_no_error (error);
  bk_test_spin_for (100);
}

/* Whether @texture holds a patch of a risk colour: the orange of warning
 * or the red of high risk (B G R A in memory). The plain distances are
 * drawn in blue, and "no risk" in green. */
static gboolean
has_risk_colour (GdkTexture *texture)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) w * h * 4);
  guint hits = 0;

  gdk_texture_download (texture, pixels, (gsize) w * 4);
  for (int i = 0; i < w * h; i++)
    {
      guchar b = pixels[4 * i], g = pixels[4 * i + 1], r = pixels[4 * i + 2];

      if (r > 170 && g < 140 && b < 70)
        hits++;
    }
  return hits > 200;
}

/* Waits for a frame of the chart, then tells whether it shows a week in a
 * risk colour. */
static gboolean
chart_is_red (Fixture *fixture)
{
  GtkWidget *chart = GTK_WIDGET (bk_status_card_get_chart (fixture->card));

  g_assert_true (bk_test_wait_for (bk_test_is_drawn, chart));
  for (int i = 0; i < 40; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  {
    g_autoptr(GdkTexture) texture = bk_test_render (chart);

    return has_risk_colour (texture);
  }
}

static void
test_urgent_replaces_training (Fixture       *fixture,
                               gconstpointer  data)
{
  BkMileageChart *chart = bk_status_card_get_chart (fixture->card);
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *week = NULL;
  g_autofree char *reasons = NULL;
  g_autofree char *level = NULL;

  /* Before any pain: the ramp-up headline, its hints, a coloured week. */
  level = g_strdup (bk_status_card_get_level_text (fixture->card));
  g_assert_true (g_str_has_prefix (level, "Ramp-up risk: "));
  before = bk_test_shown_text (fixture->card);
  g_assert_nonnull (strstr (before, "Keep your next long run at or under"));
  g_assert_true (chart_is_red (fixture));

  /* 3/10 with saddle numbness the day before: urgent, whatever the rating. */
  add_pain (fixture, today - 1, 9, 3, 0, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
  g_assert_cmpstr (bk_status_card_get_level_text (fixture->card), ==, "Get urgent medical help now");
  shown = bk_test_shown_text (fixture->card);
  g_assert_null (strstr (shown, "Ramp-up risk"));
  g_assert_null (strstr (shown, "Keep your next long run"));
  g_assert_null (strstr (shown, "21 km"));
  g_assert_nonnull (strstr (shown, "Get urgent medical help now"));
  reasons = bk_status_card_get_reasons_text (fixture->card);
  g_assert_cmpstr (reasons, ==, "");
  /* The chart keeps the distances, without risk colours or levels. */
  week = bk_mileage_chart_describe_week (chart, 13);
  g_assert_cmpstr (week, ==, "Week of 2 Nov: 37.0 km in 3 runs");
  g_assert_false (chart_is_red (fixture));
  bk_test_save_png (fixture->window, "advice-training-urgent");

  /* A mild entry the next morning does not end the episode. */
  add_pain (fixture, today, 8, 2, BK_PAIN_CHARACTER_STIFFNESS, 0);
  g_assert_cmpstr (bk_status_card_get_level_text (fixture->card), ==, "Get urgent medical help now");
  g_clear_pointer (&shown, g_free);
  shown = bk_test_shown_text (fixture->card);
  g_assert_null (strstr (shown, "Ramp-up risk"));
  g_assert_null (strstr (shown, "Keep your next long run"));

  /* A clinician's assessment ends it: the training advice is back. */
  add_assessment (fixture);
  g_assert_cmpstr (bk_status_card_get_level_text (fixture->card), ==, level);
  g_clear_pointer (&shown, g_free);
  shown = bk_test_shown_text (fixture->card);
  g_assert_nonnull (strstr (shown, "Keep your next long run at or under"));
  g_assert_true (chart_is_red (fixture));
}

static void
test_see_clinician_keeps_numbers (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *shown = NULL;
  g_autofree char *reasons = NULL;

  /* Tingling into the leg: a clinician should look, soon. */
  add_pain (fixture, today - 1, 9, 4, BK_PAIN_CHARACTER_TINGLING, 0);
  g_assert_cmpint (bk_pain_advice_box_get_advice (bk_status_card_get_pain_advice (fixture->card)), ==,
                   BK_PAIN_ADVICE_SEE_CLINICIAN);
  /* The numbers stay: the level, the block, the coloured week ... */
  g_assert_true (g_str_has_prefix (bk_status_card_get_level_text (fixture->card), "Ramp-up risk: "));
  shown = bk_test_shown_text (fixture->card);
  g_assert_nonnull (strstr (shown, "Week 7 of the training block"));
  g_assert_true (chart_is_red (fixture));
  /* ... the reasons wait for the check, and the next-run hints go. */
  reasons = bk_status_card_get_reasons_text (fixture->card);
  g_assert_true (g_str_has_prefix (reasons, "Once you have been checked: Sunday’s 21 km"));
  g_assert_null (strstr (shown, "Keep your next long run"));
  g_assert_null (strstr (shown, "next 7 days"));
  bk_test_save_png (fixture->window, "advice-training-see-clinician");
}

/* The run editor's live line follows the same gate. */
static void
test_editor_line (Fixture       *fixture,
                  gconstpointer  data)
{
  BkRunEditor *editor = bk_run_editor_new (fixture->context, NULL);
  GtkWidget *date_row, *distance_row;
  g_autofree char *plain = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *urgent = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  date_row = bk_test_find_entry_row (GTK_WIDGET (editor), "Date");
  distance_row = bk_test_find_entry_row (GTK_WIDGET (editor), "Distance");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2026-11-08");
  gtk_editable_set_text (GTK_EDITABLE (distance_row), "20.3 km");
  bk_test_spin_for (50);
  plain = bk_test_shown_text (editor);
  g_assert_nonnull (strstr (plain, "\n45% longer than your longest run in the last 30 days (14 km): warning"));

  add_pain (fixture, today - 1, 9, 4, BK_PAIN_CHARACTER_TINGLING, 0);
  gtk_editable_set_text (GTK_EDITABLE (distance_row), "20.3 km ");
  bk_test_spin_for (50);
  checked = bk_test_shown_text (editor);
  g_assert_nonnull (strstr (checked, "Once you have been checked: 45% longer than your longest run"));

  add_pain (fixture, today, 9, 3, 0, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
  gtk_editable_set_text (GTK_EDITABLE (distance_row), "20.3 km");
  bk_test_spin_for (50);
  urgent = bk_test_shown_text (editor);
  g_assert_null (strstr (urgent, "longer than your longest run"));
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin_for (50);
}

/* The Stretching page says that reminders are paused, and why. */
static void
test_stretch_banner (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (BK_TYPE_STRETCH_PAGE, NULL);
  GtkRevealer *banner;
  g_autofree char *shown = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  bk_stretch_page_set_context (BK_STRETCH_PAGE (page), fixture->context);
  gtk_window_present (GTK_WINDOW (window));
  bk_test_spin_for (200);
  banner = GTK_REVEALER (bk_test_child (page, BK_TYPE_STRETCH_PAGE, "paused_banner"));
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  add_pain (fixture, today - 1, 9, 3, 0, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  shown = bk_test_shown_text (banner);
  g_assert_nonnull (strstr (shown, "Stretching reminders are paused"));
  /* No routine is suggested for today while urgent advice is open. */
  g_assert_false (gtk_widget_get_visible (bk_test_child (page, BK_TYPE_STRETCH_PAGE, "today_group")));
  bk_test_save_png (window, "advice-stretch-banner");
  add_assessment (fixture);
  g_assert_false (gtk_revealer_get_reveal_child (banner));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_true (gtk_widget_get_visible (bk_test_child (page, BK_TYPE_STRETCH_PAGE, "today_group")));
  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
}

int
main (int argc, char *argv[])
{
  bk_test_gui_init (&argc, &argv);
  first_monday = julian (2026, 8, 3);
  today = first_monday + 7 * 14 + 1;   /* the Tuesday after the 21 km */

  g_test_add ("/advice-gate/urgent-replaces-training", Fixture, NULL,
              fixture_set_up, test_urgent_replaces_training, fixture_tear_down);
  g_test_add ("/advice-gate/see-clinician-keeps-numbers", Fixture, NULL,
              fixture_set_up, test_see_clinician_keeps_numbers, fixture_tear_down);
  g_test_add ("/advice-gate/editor-line", Fixture, NULL,
              fixture_set_up, test_editor_line, fixture_tear_down);
  g_test_add ("/advice-gate/stretch-banner", Fixture, NULL,
              fixture_set_up, test_stretch_banner, fixture_tear_down);
  return g_test_run ();
}
