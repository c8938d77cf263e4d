/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The welcome page of a new log: one screen, skippable, validated like the
 * run editor, stored with its date, and reachable again from the Training
 * page to change or remove what was said. */
#include "bk-config.h"

#include <adwaita.h>
#include <string.h>

#include "services/bk-importer.h"
#include "services/bk-status-report.h"
#include "store/bk-training-settings.h"
#include "core/bk-date.h"
#include "gui/bk-status-card.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
  GtkWidget *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
}

static void
present (Fixture *f,
         int      width)
{
  f->window = GTK_WIDGET (bk_window_new (NULL, f->context));
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  bk_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bk_test_close (f->window, f->context, f->dir);
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    {
      const char *label = NULL;

      if (ADW_IS_PREFERENCES_ROW (widget))
        label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      else if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
        label = gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget))));
      else if (GTK_IS_BUTTON (widget))
        label = gtk_button_get_label (GTK_BUTTON (widget));
      else if (GTK_IS_LABEL (widget))
        label = gtk_label_get_text (GTK_LABEL (widget));
      if (text == NULL || (label != NULL && g_str_has_prefix (label, text)))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkStack *
stack_of (Fixture *f)
{
  GtkWidget *page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");

  return GTK_STACK (bk_test_child (page, BK_TYPE_TRAINING_PAGE, "main_stack"));
}

static GtkWidget *
welcome (Fixture *f)
{
  return gtk_stack_get_child_by_name (stack_of (f), "welcome");
}

static void
type_into (Fixture    *f,
           const char *row,
           const char *text)
{
  GtkWidget *entry = find_widget (welcome (f), ADW_TYPE_ENTRY_ROW, row);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
press (Fixture    *f,
       const char *label)
{
  GtkWidget *button = find_widget (welcome (f), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  bk_test_spin ();
}

static void
test_first_start (Fixture       *f,
                  gconstpointer  data)
{
  BkDatabase *database = bk_context_get_database (f->context);
  BkBaseline baseline;
  GtkWidget *save, *error;

  present (f, 1280);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "welcome");
  g_assert_nonnull (find_widget (welcome (f), GTK_TYPE_LABEL, "Welcome to Backstretch"));
  bk_test_save_png (f->window, "welcome-1280");

  /* A bad distance is named, and Save stays off. */
  save = find_widget (welcome (f), GTK_TYPE_BUTTON, "_Save");
  type_into (f, "Longest run", "fourteen");
  type_into (f, "A typical week", "30");
  error = find_widget (welcome (f), GTK_TYPE_LABEL, "Longest run: ");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "is not a distance"));
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (f, "Longest run", "14");
  type_into (f, "Started a new plan", "someday");
  g_assert_nonnull (find_widget (welcome (f), GTK_TYPE_LABEL, "Plan start: "));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (bk_training_settings_get_baseline (database, &baseline, NULL));
  g_assert_cmpuint (baseline.set_on, ==, 0);

  /* Numbers without a unit are in the user's units (km here). */
  type_into (f, "Started a new plan", "");
  g_assert_true (gtk_widget_get_sensitive (save));
  press (f, "_Save");
  g_assert_true (bk_training_settings_get_baseline (database, &baseline, NULL));
  g_assert_cmpuint (baseline.set_on, !=, 0);
  g_assert_cmpfloat (baseline.longest_m, ==, 14000);
  g_assert_cmpfloat (baseline.weekly_m, ==, 30000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "empty");

  /* From the Training page again: the values are there; Remove forgets. */
  g_assert_true (gtk_widget_activate_action (bk_test_child (f->window, BK_TYPE_WINDOW, "training_page"),
                                             "training.recent-running", NULL));
  bk_test_spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "welcome");
  g_assert_nonnull (find_widget (welcome (f), GTK_TYPE_LABEL, "Your Recent Running"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (welcome (f), ADW_TYPE_ENTRY_ROW,
                                                                     "Longest run"))), ==, "14.0 km");
  press (f, "_Remove");
  g_assert_true (bk_training_settings_get_baseline (database, &baseline, NULL));
  g_assert_cmpuint (baseline.set_on, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "empty");
}

/* Skip is remembered: the next start shows the empty log, not the welcome. */
static void
test_skip (Fixture       *f,
           gconstpointer  data)
{
  present (f, 360);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "welcome");
  bk_test_save_png (f->window, "welcome-360");
  press (f, "_Skip");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();
  present (f, 360);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "empty");
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  present (f, 1280);
  bk_test_save_png (f->window, "welcome-dark-1280");
  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();
  present (f, 360);
  bk_test_save_png (f->window, "welcome-dark-360");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The card once a run spikes against the stated baseline: the reason says
 * what it was compared with, and the baseline is shown while it is used.
 * Light and dark, wide and narrow. */
static void
test_card_reasons (Fixture       *f,
                   gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 16000, 5760);
  BkBaseline baseline = { bk_date_julian_of (now), 10000, 30000 };
  GtkWidget *page;
  BkStatusCard *card;
  g_autofree char *reasons = NULL;

  g_assert_true (bk_training_settings_set_baseline (bk_context_get_database (f->context), &baseline, NULL));
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, NULL));
  present (f, 1280);
  page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");
  card = BK_STATUS_CARD (bk_test_child (page, BK_TYPE_TRAINING_PAGE, "status_card"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "runs");
  g_assert_cmpint (bk_status_card_get_level (card), ==, BK_RISK_WARNING);
  reasons = bk_status_card_get_reasons_text (card);
  g_assert_nonnull (strstr (reasons, "16 km was 60% longer than the 10 km you said on"));
  g_assert_nonnull (find_widget (GTK_WIDGET (card), GTK_TYPE_LABEL, "You said on "));
  bk_test_save_png (f->window, "card-baseline-1280");
  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  present (f, 360);
  bk_test_save_png (f->window, "card-baseline-dark-360");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Importing real history is offered as the better answer: the button runs
 * the window's import, and once the runs are in the welcome gives way to
 * them. */
static void
test_import_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fit = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"), "tests", "import", "data",
                                           "garmin-fenix-5-run.fit", NULL);
  const char *paths[] = { fit, NULL };
  g_autoptr(BkImportSummary) summary = NULL;
  GtkWidget *button;

  present (f, 1280);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "welcome");
  button = find_widget (welcome (f), GTK_TYPE_BUTTON, "_Import My History");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.import");
  g_assert_true (gtk_widget_is_sensitive (button));

  summary = bk_import_paths (f->context, paths, NULL);
  g_assert_cmpuint (summary->problems->len, ==, 0);
  bk_test_spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack_of (f)), ==, "runs");
}

int
main (int argc, char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/welcome/first-start", Fixture, NULL, fixture_set_up, test_first_start, fixture_tear_down);
  g_test_add ("/welcome/skip", Fixture, NULL, fixture_set_up, test_skip, fixture_tear_down);
  g_test_add ("/welcome/import-history", Fixture, NULL, fixture_set_up, test_import_history, fixture_tear_down);
  g_test_add ("/welcome/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add ("/welcome/card-reasons", Fixture, NULL, fixture_set_up, test_card_reasons, fixture_tear_down);
  return g_test_run ();
}
