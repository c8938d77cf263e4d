/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "gui/bk-assessment-dialog.h"
#include "gui/bk-checklist-group.h"
#include "gui/bk-pain-advice-box.h"
#include "gui/bk-pain-chart.h"
#include "gui/bk-pain-diagram.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-pain-entry-row.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"
#include "gui/bk-guide-panel.h"

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
  BkPainPage *page;
} Fixture;

/* Spins until @check holds or five seconds pass. */
#define WAIT_FOR(check) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(check) && g_get_monotonic_time () < deadline_) \
      g_main_context_iteration (NULL, FALSE); \
    g_assert_true (check); \
  } G_STMT_END

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture->dir = g_dir_make_tmp ("bk-pain-page-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->context = bk_context_new (fixture->dir, settings, &error);
  g_assert_no_error (error);

  fixture->window = bk_window_new (BK_APPLICATION (bk_test_application ()), fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  fixture->page = bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  /* The page is filled the first time it is shown; show it once, then go
   * back, so each test starts from the Training page as a user does. */
  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "pain");
  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "training");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bk_test_spin_for (50);
  g_assert_finalize_object (fixture->context);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Screenshots go where every GUI test puts them, after the first frame. */
static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *base = g_strndup (name, strlen (name) - strlen (".png"));

  bk_test_save_png (widget, base);
}

static BkPainEditor *
find_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BK_IS_PAIN_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkWidget *
nth_child (gpointer widget,
           guint    n)
{
  GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (widget));

  while (c != NULL && n-- > 0)
    c = gtk_widget_get_next_sibling (c);
  g_assert_nonnull (c);
  return c;
}

static void
set_rating (BkPainEditor *editor,
            int           rating)
{
  GtkBox *box = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "rating_box");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (nth_child (box, (guint) rating)), TRUE);
}

static GtkWidget *
find_list_box (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_list_box (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The check button of the n-th row of a preferences group. */
static GtkCheckButton *
group_check (BkPainEditor *editor,
             const char   *group_name,
             guint         n)
{
  AdwPreferencesGroup *group = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, group_name);
  GtkWidget *listbox = NULL;
  GtkWidget *row;
  GtkWidget *found = NULL;

  /* Rows are added to the group's boxed list; walk down to it. */
  listbox = find_list_box (GTK_WIDGET (group));
  g_assert_nonnull (listbox);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (listbox), (int) n));
  g_assert_true (ADW_IS_PREFERENCES_ROW (row));
  found = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  g_assert_true (GTK_IS_CHECK_BUTTON (found));
  return GTK_CHECK_BUTTON (found);
}

static gboolean
label_visible_with (gpointer    editor,
                    const char *name,
                    const char *text)
{
  GtkLabel *label = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, name);

  return gtk_widget_get_visible (GTK_WIDGET (label)) &&
         strstr (gtk_label_get_text (label), text) != NULL;
}

static gboolean
save_enabled (BkPainEditor *editor)
{
  return gtk_widget_get_sensitive (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"));
}

static BkChecklistGroup *
warning_group (BkPainEditor *editor)
{
  return bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "warning_group");
}

/* Presses the age band's button, as a person would. */
static void
choose_age (BkPainEditor *editor,
            const char   *band)
{
  GtkWidget *box = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "age_box");

  for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), band) == 0)
      {
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (c), TRUE);
        return;
      }
  g_assert_not_reached ();
}

/* Answers "None of these" to the warning signs and, when it is asked, the
 * health screen (aged 20 to 50). */
static void
answer_none (BkPainEditor *editor)
{
  BkChecklistGroup *screen = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group");

  gtk_check_button_set_active (bk_checklist_group_get_none_check (warning_group (editor)), TRUE);
  if (gtk_widget_get_visible (GTK_WIDGET (screen)))
    {
      choose_age (editor, "20 to 50");
      gtk_check_button_set_active (bk_checklist_group_get_none_check (screen), TRUE);
    }
}

static BkPainEditor *
open_editor (Fixture *fixture)
{
  BkPainEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.record-pain", NULL));
  WAIT_FOR ((editor = find_editor ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (editor)));
  return editor;
}

static guint
n_rows (Fixture *fixture)
{
  GtkListBox *list = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "entry_list");
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static void
test_record_through_form (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkStack *stack = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "main_stack");
  AdwViewStack *window_stack = bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack");
  BkPainEditor *editor;
  AdwComboRow *context_row;
  GtkEditable *minutes;
  BkPainDiagram *diagram;
  GtkListBoxRow *row;
  GtkBox *advice_box;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  editor = open_editor (fixture);
  /* Ctrl+P's action also brings the Back Pain page forward. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_stack), ==, "pain");

  /* Nothing chosen yet: Save waits, with a prompt rather than an error. */
  g_assert_false (save_enabled (editor));
  g_assert_false (bk_pain_editor_get_valid (editor));
  set_rating (editor, 5);
  /* The warning signs are asked, and so is the screen the first time. */
  g_assert_false (save_enabled (editor));
  g_assert_true (label_visible_with (editor, "warning_message", "None of these"));
  g_assert_true (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group")));
  answer_none (editor);
  g_assert_true (save_enabled (editor));
  g_assert_false (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "warning_message")));

  /* During a run without minutes: refused, with a message. */
  context_row = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "context_row");
  minutes = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "minutes_row");
  adw_combo_row_set_selected (context_row, BK_PAIN_CONTEXT_DURING_RUN);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (minutes)));
  g_assert_false (save_enabled (editor));
  g_assert_true (label_visible_with (editor, "when_error", "minutes"));
  gtk_editable_set_text (minutes, "twelve");
  g_assert_false (save_enabled (editor));
  g_assert_true (label_visible_with (editor, "when_error", "whole number"));
  gtk_editable_set_text (minutes, "700");
  g_assert_false (save_enabled (editor));
  gtk_editable_set_text (minutes, "14");
  g_assert_true (save_enabled (editor));
  g_assert_false (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "when_error")));

  /* A date that cannot be read keeps Save off too. */
  {
    g_autofree char *today = g_strdup (gtk_editable_get_text (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "date_row")));

    gtk_editable_set_text (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "date_row"), "31/31/2026");
    g_assert_false (save_enabled (editor));
    g_assert_true (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "when_error")));
    gtk_editable_set_text (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "date_row"), today);
    g_assert_true (save_enabled (editor));
  }

  /* Contradictory answers: stays in the back, yet spreads to the buttock. */
  gtk_check_button_set_active (group_check (editor, "character_group", 0), TRUE);
  gtk_check_button_set_active (group_check (editor, "character_group", 1), TRUE);
  g_assert_false (save_enabled (editor));
  g_assert_true (label_visible_with (editor, "character_error", "contradicts"));
  gtk_check_button_set_active (group_check (editor, "character_group", 0), FALSE);
  g_assert_true (save_enabled (editor));

  /* The diagram and the check list are one choice seen two ways. */
  diagram = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "diagram");
  {
    double x, y;

    g_assert_true (bk_pain_diagram_get_region_centre (diagram, BK_PAIN_LOCATION_LEFT_SI_JOINT, &x, &y));
    g_assert_cmpuint (bk_pain_diagram_location_at (diagram, x, y), ==, BK_PAIN_LOCATION_LEFT_SI_JOINT);
    g_assert_true (bk_pain_diagram_get_region_centre (diagram, BK_PAIN_LOCATION_RIGHT_BUTTOCK, &x, &y));
    g_assert_cmpuint (bk_pain_diagram_location_at (diagram, x, y), ==, BK_PAIN_LOCATION_RIGHT_BUTTOCK);
    g_assert_cmpuint (bk_pain_diagram_location_at (diagram, 1, 1), ==, 0);
  }
  bk_pain_diagram_set_locations (diagram, BK_PAIN_LOCATION_LEFT_SI_JOINT);
  g_assert_true (gtk_check_button_get_active (group_check (editor, "where_list_group", 3)));
  gtk_check_button_set_active (group_check (editor, "where_list_group", 5), TRUE);
  g_assert_cmpuint (bk_pain_diagram_get_locations (diagram), ==,
                    BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_LEFT_BUTTOCK);

  /* Moderate pain in the back only, no warning sign: no advice. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warning_group (editor))));
  advice_box = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "advice_box");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (advice_box)));

  save_png (GTK_WIDGET (editor), "pain-editor.png");

  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);

  /* The entry is in the list and the page has left its empty state. */
  WAIT_FOR (n_rows (fixture) == 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "entries");
  row = gtk_list_box_get_row_at_index (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "entry_list"), 0);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "5/10"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "14 min in"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Left buttock"));
  {
    g_autoptr(GPtrArray) stored = bk_pain_store_list (bk_context_get_pain_store (fixture->context), 0, 0, 0, NULL);

    g_assert_cmpuint (stored->len, ==, 1);
    g_assert_cmpint (bk_pain_entry_get_rating (stored->pdata[0]), ==, 5);
    g_assert_cmpint (bk_pain_entry_get_minutes_in (stored->pdata[0]), ==, 14);
    /* "None of these" is stored as a "no" to every sign, and the screen
     * with today's date. */
    for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
      g_assert_cmpint (bk_pain_entry_get_warning_sign (stored->pdata[0], i), ==, BK_ANSWER_NO);
  }
  {
    g_autoptr(GPtrArray) screens = bk_pain_store_list_screens (bk_context_get_pain_store (fixture->context), NULL);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_assert_cmpuint (screens->len, ==, 1);
    g_assert_cmpuint (bk_health_screen_get_taken_on (screens->pdata[0]), ==, bk_date_julian_of (now));
    g_assert_cmpint (bk_health_screen_get_age_band (screens->pdata[0]), ==, BK_AGE_BAND_20_TO_50);
    g_assert_cmpint (bk_health_screen_get_answer (screens->pdata[0], BK_SCREEN_PAST_CANCER), ==, BK_ANSWER_NO);
  }
  /* The next entry of the same episode does not ask the screen again. */
  editor = open_editor (fixture);
  g_assert_false (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group")));
  gtk_window_close (GTK_WINDOW (editor));
  WAIT_FOR (find_editor () == NULL);

  /* One-sided pain over the knob gives a sacroiliac hint, not advice. */
  g_assert_false (gtk_widget_get_visible (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "advice_box")));
  g_assert_nonnull (gtk_widget_get_first_child (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "hints_box")));
  g_assert_cmpuint (bk_pain_chart_get_n_pain_weeks (BK_PAIN_CHART (gtk_widget_get_first_child (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "chart_slot")))), ==, 1);

  save_png (GTK_WIDGET (fixture->window), "pain-page.png");
}

/* Issue 9: the warning signs are asked with every entry, whatever the
 * rating, as one group with "None of these"; Save waits for an answer. */
static void
test_warning_signs_always (Fixture       *fixture,
                           gconstpointer  data)
{
  BkPainEditor *editor = open_editor (fixture);
  BkChecklistGroup *group = warning_group (editor);
  GtkCheckButton *saddle = bk_checklist_group_get_check (group, BK_WARNING_SIGN_SADDLE_NUMBNESS);
  GtkCheckButton *night = bk_checklist_group_get_check (group, BK_WARNING_SIGN_NIGHT_PAIN);
  GtkCheckButton *none = bk_checklist_group_get_none_check (group);
  BkChecklistGroup *screen = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group");
  GtkWidget *advice_box = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "advice_box");
  GtkScrolledWindow *scroller = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "scroller");
  GtkWidget *page_advice = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "advice_box");

  /* The screen is answered first, so that only the signs hold Save. */
  choose_age (editor, "20 to 50");
  gtk_check_button_set_active (bk_checklist_group_get_none_check (screen), TRUE);

  /* Mild pain in the back only: the group is there, and Save waits. */
  set_rating (editor, 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  g_assert_cmpuint (bk_checklist_group_get_n_items (group), ==, BK_N_WARNING_SIGNS);
  g_assert_false (save_enabled (editor));

  /* "None of these" answers every sign "no". */
  gtk_check_button_set_active (none, TRUE);
  g_assert_true (save_enabled (editor));
  g_assert_false (gtk_widget_get_visible (advice_box));

  /* A ticked sign replaces "None of these": saddle numbness is urgent at
   * 3/10, before saving. */
  gtk_check_button_set_active (saddle, TRUE);
  g_assert_false (gtk_check_button_get_active (none));
  g_assert_true (save_enabled (editor));
  g_assert_true (gtk_widget_get_visible (advice_box));
  g_assert_true (gtk_widget_has_css_class (advice_box, "urgent"));
  g_assert_cmpstr (bk_pain_advice_box_get_title (BK_PAIN_ADVICE_BOX (advice_box)), ==, "Get urgent medical help now");

  /* Nothing ticked at all is no answer: Save waits again. */
  gtk_check_button_set_active (saddle, FALSE);
  g_assert_false (save_enabled (editor));
  /* Night pain is a per-entry sign: see a clinician. */
  gtk_check_button_set_active (night, TRUE);
  g_assert_true (save_enabled (editor));
  g_assert_true (gtk_widget_has_css_class (advice_box, "clinician"));
  gtk_check_button_set_active (saddle, TRUE);
  g_assert_true (gtk_widget_has_css_class (advice_box, "urgent"));

  /* Each row is one check button named by its sign, read once. */
  g_assert_cmpstr (gtk_check_button_get_label (saddle), ==, bk_warning_sign_get_label (BK_WARNING_SIGN_SADDLE_NUMBNESS));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (saddle)));

  /* The Why? link must not warn while no guide is installed. */
  g_signal_emit_by_name (bk_test_find_button (advice_box, "Why?"), "clicked");

  bk_test_spin_for (300);
  {
    double y = 0;
    graphene_point_t point;

    if (gtk_widget_compute_point (GTK_WIDGET (group), gtk_scrolled_window_get_child (scroller),
                                  &GRAPHENE_POINT_INIT (0, 0), &point))
      y = point.y - 60;
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), y);
  }
  save_png (GTK_WIDGET (editor), "pain-editor-urgent.png");

  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);
  WAIT_FOR (n_rows (fixture) == 1);
  {
    g_autoptr(GPtrArray) stored = bk_pain_store_list (bk_context_get_pain_store (fixture->context), 0, 0, 0, NULL);

    g_assert_cmpint (bk_pain_entry_get_warning_sign (stored->pdata[0], BK_WARNING_SIGN_SADDLE_NUMBNESS), ==, BK_ANSWER_YES);
    g_assert_cmpint (bk_pain_entry_get_warning_sign (stored->pdata[0], BK_WARNING_SIGN_NIGHT_PAIN), ==, BK_ANSWER_YES);
    g_assert_cmpint (bk_pain_entry_get_warning_sign (stored->pdata[0], BK_WARNING_SIGN_BLADDER), ==, BK_ANSWER_NO);
  }

  /* The page leads with the same urgent message and gives no hints. */
  g_assert_true (gtk_widget_get_visible (page_advice));
  g_assert_true (gtk_widget_has_css_class (page_advice, "urgent"));
  g_assert_null (gtk_widget_get_first_child (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "hints_box")));
  save_png (GTK_WIDGET (fixture->window), "pain-page-urgent.png");

  /* A mild entry the next time keeps the episode's urgent advice. */
  editor = open_editor (fixture);
  set_rating (editor, 1);
  answer_none (editor);
  g_assert_true (gtk_widget_has_css_class (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "advice_box"), "urgent"));
  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);
  WAIT_FOR (n_rows (fixture) == 2);
  g_assert_true (gtk_widget_has_css_class (page_advice, "urgent"));
}

static void
test_guide_links_and_delete (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -3);
  g_autoptr(BkPainEntry) old = bk_pain_entry_new (earlier, BK_PAIN_CONTEXT_AT_REST, 3);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (now, BK_PAIN_CONTEXT_AFTER_RUN, 6);
  GtkWidget *page_advice = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "advice_box");
  GtkBox *hints = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "hints_box");
  GtkLabel *trend = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "trend_label");
  GtkWidget *hint_row, *why;
  GtkListBoxRow *row;

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_WORSE_LEANING_BACK);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), old, NULL));
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
  WAIT_FOR (n_rows (fixture) == 2);
  g_assert_false (gtk_widget_get_visible (page_advice));
  g_assert_nonnull (strstr (gtk_label_get_text (trend), "Getting worse"));

  /* Heading, then one hint: worse leaning back, with its Why? link. */
  hint_row = nth_child (hints, 1);
  why = gtk_widget_get_last_child (hint_row);
  g_assert_true (GTK_IS_BUTTON (why));

  /* The link opens the window's guide panel at the matching section. */
  g_signal_emit_by_name (why, "clicked");
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                                    BK_TYPE_WINDOW, "flap"))));
  g_assert_cmpstr (bk_guide_panel_get_location (bk_window_get_guide_panel (fixture->window)), ==,
                   "conditions#facet");

  /* Deleting from the list removes the row, and the trend follows. */
  row = gtk_list_box_get_row_at_index (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "entry_list"), 0);
  g_assert_nonnull (bk_test_find_icon_button (GTK_WIDGET (row), "user-trash-symbolic"));
  g_signal_emit_by_name (bk_test_find_icon_button (GTK_WIDGET (row), "user-trash-symbolic"), "clicked");
  WAIT_FOR (n_rows (fixture) == 1);
  g_assert_cmpstr (gtk_label_get_text (trend), ==, "Not enough entries yet");
}

static gboolean
box_has_text (GtkBox     *box,
              const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (box)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && strstr (gtk_label_get_text (GTK_LABEL (c)), text) != NULL)
      return TRUE;
  return FALSE;
}

/* Ten weeks of runs and pain; the last three weeks flagged for a ramp-up,
 * as the training status will flag them once it is merged. */
static void
test_history_and_flagged_weeks (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  GDateWeekday first_day = bk_context_get_first_weekday (fixture->context);
  guint32 this_week = bk_date_week_start (bk_date_julian_of (now), first_day);
  guint32 flagged[3] = { this_week - 14, this_week - 7, this_week };
  GtkBox *insights = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "insights_box");
  BkPainChart *chart = BK_PAIN_CHART (gtk_widget_get_first_child (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "chart_slot")));

  for (int day = 70; day >= 1; day -= 2)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) start = g_date_time_add_hours (when, -1);

      g_ptr_array_add (runs, bk_run_new (start, 6000 + (70 - day) * 120.0, 2000 + (70 - day) * 40));
      if (day <= 30 && day % 4 == 0)
        {
          g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_DURING_RUN, 2 + (30 - day) / 6);

          bk_pain_entry_set_minutes_in (entry, 11 + day % 3);
          bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_RIGHT_SI_JOINT);
          g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
        }
    }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (fixture->context), runs, NULL));
  /* The summary lists the newest five; the journal has all seven. */
  WAIT_FOR (n_rows (fixture) == 5);
  g_assert_cmpstr (gtk_button_get_label (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "all_entries_button")), ==,
                   "Show All 7 Entries");
  g_assert_true (gtk_widget_get_visible (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "all_entries_button")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "journal_list")))), ==, 7);
  g_assert_cmpuint (bk_pain_chart_get_n_pain_weeks (chart), >=, 4);
  g_assert_true (box_has_text (insights, "Pain during runs starts at about"));
  /* The runs ramp up steadily from a standing start, so the real training
   * status already flags weeks 5 to 7 of that block (issue 6). */
  g_assert_true (box_has_text (insights, "came in weeks flagged for a fast rise in training"));

  /* The hook still takes weeks from whoever computes them. */
  bk_pain_page_set_flagged_weeks (fixture->page, NULL, 0);
  g_assert_false (box_has_text (insights, "flagged for a fast rise in training"));
  bk_pain_page_set_flagged_weeks (fixture->page, flagged, G_N_ELEMENTS (flagged));
  g_assert_true (box_has_text (insights, "of your 7 pain entries came in weeks flagged for a fast rise in training"));

  /* The chart marks ramp-up weeks and spike weeks apart: the steady rise
   * has ramp-up weeks but no spike, until a run twice as long as any
   * before it is logged today. */
  {
    g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -150);
    g_autoptr(BkRun) long_run = bk_run_new (start, 30000, 10800);
    guint ramp_up = 0, spike = 0;

    bk_pain_chart_get_n_marked_weeks (chart, &ramp_up, &spike);
    g_assert_cmpuint (ramp_up, >=, 1);
    g_assert_cmpuint (spike, ==, 0);
    g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), long_run, NULL));
    WAIT_FOR ((bk_pain_chart_get_n_marked_weeks (chart, &ramp_up, &spike), spike == 1));
    g_assert_cmpuint (ramp_up, >=, 1);
  }

  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "pain");
  save_png (GTK_WIDGET (fixture->window), "pain-page-history.png");
}

/* A run logged today is offered and linked; editing an entry from the list
 * fills the form, saves in place, and the editor's Delete removes it. */
static void
test_edit_link_and_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 8000, 2700);
  GtkListBox *list = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "entry_list");
  BkPainEditor *editor;
  AdwComboRow *run_row;
  GtkListBoxRow *row;
  gint64 entry_id;

  g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), run, NULL));

  editor = open_editor (fixture);
  run_row = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "run_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (run_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (run_row), ==, 1);
  set_rating (editor, 4);
  answer_none (editor);
  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);
  WAIT_FOR (n_rows (fixture) == 1);
  {
    g_autoptr(GPtrArray) stored = bk_pain_store_list (bk_context_get_pain_store (fixture->context), 0, 0, 0, NULL);

    g_assert_cmpint (bk_pain_entry_get_run_id (stored->pdata[0]), ==, bk_run_get_id (run));
    entry_id = bk_pain_entry_get_id (stored->pdata[0]);
  }

  /* Open it again from the list: the form shows what was saved. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  WAIT_FOR ((editor = find_editor ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Pain Entry");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (nth_child (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "rating_box"), 4))));
  g_assert_cmpuint (adw_combo_row_get_selected (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "run_row")), ==, 1);
  set_rating (editor, 2);
  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);
  WAIT_FOR (n_rows (fixture) == 1 &&
            strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), "2/10") != NULL);
  {
    g_autoptr(BkPainEntry) again = bk_pain_store_get (bk_context_get_pain_store (fixture->context), entry_id, NULL);

    g_assert_nonnull (again);
    g_assert_cmpint (bk_pain_entry_get_rating (again), ==, 2);
  }

  /* Deleting the linked run keeps the entry, unlinked, in the list. */
  g_assert_true (bk_run_store_delete (bk_context_get_run_store (fixture->context), bk_run_get_id (run), NULL));
  WAIT_FOR (n_rows (fixture) == 1);
  {
    g_autoptr(BkPainEntry) unlinked = g_list_model_get_item (bk_pain_store_get_model (bk_context_get_pain_store (fixture->context)), 0);

    g_assert_cmpint (bk_pain_entry_get_run_id (unlinked), ==, 0);
  }

  /* The editor's Delete hands the entry back to the page, which removes it. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_signal_emit_by_name (list, "row-activated", row);
  WAIT_FOR ((editor = find_editor ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "delete_button")));
  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "delete_button"), "clicked");
  WAIT_FOR (find_editor () == NULL);
  WAIT_FOR (n_rows (fixture) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "main_stack")), ==, "empty");
}

static BkAssessmentDialog *
find_assessment_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BK_IS_ASSESSMENT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static guint
n_assessment_rows (Fixture *fixture)
{
  AdwPreferencesGroup *group = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "assessment_group");
  GtkWidget *list = find_list_box (GTK_WIDGET (group));
  guint n = 0;

  while (list != NULL && gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) n) != NULL)
    n++;
  return n;
}

/* Issue 9: "A clinician has assessed me on DATE" from the Back Pain page
 * ends the urgent advice, and the journal keeps the record. */
static void
test_assessment_clears_advice (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (yesterday, BK_PAIN_CONTEXT_AT_REST, 3);
  g_autofree char *future = g_date_time_format (tomorrow, "%Y-%m-%d");
  GtkWidget *page_advice = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "advice_box");
  BkAssessmentDialog *dialog;
  GtkWidget *save, *date_row, *outcome_row, *notes_row;

  bk_pain_entry_answer_no_warning_signs (entry);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_SADDLE_NUMBNESS, BK_ANSWER_YES);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
  WAIT_FOR (n_rows (fixture) == 1);
  g_assert_true (gtk_widget_has_css_class (page_advice, "urgent"));
  g_assert_cmpuint (n_assessment_rows (fixture), ==, 0);
  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "pain");
  save_png (GTK_WIDGET (fixture->window), "pain-page-urgent-open.png");

  /* The advice box offers the record; the dialog starts on today. */
  /* The advice's last button records the assessment. */
  g_signal_emit_by_name (gtk_widget_get_last_child (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "advice_box")), "clicked");
  WAIT_FOR ((dialog = find_assessment_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  save = bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "save_button");
  date_row = bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "date_row");
  outcome_row = bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "outcome_row");
  notes_row = bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "notes_row");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A day that has not happened, or no day, is refused with a reason. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), future);
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "error_label")));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "the other day");
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "today");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (bk_test_child (dialog, BK_TYPE_ASSESSMENT_DIALOG, "error_label")));

  adw_combo_row_set_selected (ADW_COMBO_ROW (outcome_row), 0);
  gtk_editable_set_text (GTK_EDITABLE (notes_row), "Physio: no nerve signs, build back slowly");
  save_png (GTK_WIDGET (dialog), "assessment-dialog.png");
  g_signal_emit_by_name (save, "clicked");
  WAIT_FOR (find_assessment_dialog () == NULL);

  /* The advice is over, and the record shows in the journal. */
  WAIT_FOR (!gtk_widget_get_visible (page_advice));
  WAIT_FOR (n_assessment_rows (fixture) == 1);
  {
    g_autoptr(GPtrArray) stored = bk_pain_store_list_assessments (bk_context_get_pain_store (fixture->context), NULL);
    AdwPreferencesGroup *group = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "assessment_group");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (find_list_box (GTK_WIDGET (group))), 0);

    g_assert_cmpuint (stored->len, ==, 1);
    g_assert_cmpint (bk_clinician_assessment_get_outcome (stored->pdata[0]), ==, BK_CLINICIAN_OUTCOME_CLEARED);
    g_assert_cmpuint (bk_clinician_assessment_get_assessed_on (stored->pdata[0]), ==, bk_date_julian_of (now));
    g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                     "Assessed by a clinician on "));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Cleared to run · Physio"));
  }
  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "pain");
  save_png (GTK_WIDGET (fixture->window), "pain-page-assessed.png");

  /* Deleting the record brings the advice back. */
  g_signal_emit_by_name (bk_test_find_icon_button (GTK_WIDGET (bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "assessment_group")), "user-trash-symbolic"),
                         "clicked");
  WAIT_FOR (n_assessment_rows (fixture) == 0);
  WAIT_FOR (gtk_widget_has_css_class (page_advice, "urgent") && gtk_widget_get_visible (page_advice));
}

/* The journal's row that shows @entry, or NULL. */
static GtkWidget *
find_journal_row (GtkWidget   *widget,
                  BkPainEntry *entry)
{
  if (BK_IS_PAIN_ENTRY_ROW (widget))
    return bk_pain_entry_row_get_entry (BK_PAIN_ENTRY_ROW (widget)) == entry ? widget : NULL;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *row = find_journal_row (c, entry);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The widget under @widget whose tooltip is @text, or NULL. */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_tooltip (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An entry with the longest description the journal shows (a run's
 * minute, three places) in a narrow and a wide window, in both styles:
 * its row keeps to the journal's width and still tells all of it. */
static void
test_journal_long_entry (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct { int width; AdwColorScheme scheme; const char *name; } looks[] = {
    { 360, ADW_COLOR_SCHEME_FORCE_LIGHT, "pain-journal-long-360-light.png" },
    { 360, ADW_COLOR_SCHEME_FORCE_DARK, "pain-journal-long-360-dark.png" },
    { 1280, ADW_COLOR_SCHEME_FORCE_LIGHT, "pain-journal-long-1280-light.png" },
    { 1280, ADW_COLOR_SCHEME_FORCE_DARK, "pain-journal-long-1280-dark.png" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -2);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_DURING_RUN, 5);
  g_autoptr(BkPainEntry) short_entry = NULL;
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -1);
  GtkWidget *journal = bk_test_child (fixture->page, BK_TYPE_PAIN_PAGE, "journal_list");
  g_autofree char *title = NULL;
  g_autofree char *when_text = NULL;
  g_autofree char *where = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *tooltip = NULL;

  bk_pain_entry_set_minutes_in (entry, 14);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_CENTRAL_LOWER_BACK | BK_PAIN_LOCATION_LEFT_SI_JOINT |
                                      BK_PAIN_LOCATION_RIGHT_BUTTOCK);
  short_entry = bk_pain_entry_new (earlier, BK_PAIN_CONTEXT_AT_REST, 1);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), short_entry, NULL));
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
  title = bk_pain_entry_row_describe_title (entry);
  when_text = g_date_time_format (when, "%a %-d %b %Y, %H:%M");
  where = bk_pain_entry_describe_locations (entry);
  g_assert_cmpstr (where, ==, "Centre of the lower back, Left sacroiliac joint (bony knob), Right buttock");
  expected = g_strdup_printf ("%s\n%s\n%s\n", title, when_text, where);
  tooltip = g_strdup_printf ("%s\n%s\n%s", title, when_text, where);

  adw_view_stack_set_visible_child_name (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack"), "pain");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "pain.show-journal", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    {
      GtkWidget *row, *other;

      adw_style_manager_set_color_scheme (style, looks[i].scheme);
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), looks[i].width, 640);
      WAIT_FOR (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (fixture->window))) == looks[i].width &&
                (row = find_journal_row (journal, entry)) != NULL && gtk_widget_get_mapped (row));
      bk_test_spin_for (50);
      row = find_journal_row (journal, entry);
      other = find_journal_row (journal, short_entry);
      g_assert_nonnull (other);
      /* The row keeps to the journal's width: what, when, and where on a
       * line of its own, which a row without places does not have. Where
       * a line is cut, the tooltip over the text gives all of it. */
      g_assert_cmpint (gtk_widget_get_width (row), <=, gtk_widget_get_width (journal));
      g_assert_cmpint (gtk_widget_get_height (row), >, gtk_widget_get_height (other));
      {
        g_autofree char *shown = bk_test_shown_text (row);
        g_autofree char *shown_other = bk_test_shown_text (other);
        g_autofree char *other_title = bk_pain_entry_row_describe_title (short_entry);
        g_autofree char *other_when = g_date_time_format (earlier, "%a %-d %b %Y, %H:%M");
        g_autofree char *expected_other = g_strdup_printf ("%s\n%s\n", other_title, other_when);

        g_assert_cmpstr (shown, ==, expected);
        g_assert_cmpstr (shown_other, ==, expected_other);
        g_assert_nonnull (find_tooltip (row, tooltip));
      }
      save_png (GTK_WIDGET (fixture->window), looks[i].name);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int argc, char *argv[])
{
  bk_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pain-page/record-through-form", test_record_through_form);
  ADD ("/pain-page/warning-signs-always", test_warning_signs_always);
  ADD ("/pain-page/guide-links-and-delete", test_guide_links_and_delete);
  ADD ("/pain-page/history-and-flagged-weeks", test_history_and_flagged_weeks);
  ADD ("/pain-page/edit-link-and-delete", test_edit_link_and_delete);
  ADD ("/pain-page/assessment-clears-advice", test_assessment_clears_advice);
  ADD ("/pain-page/journal-long-entry", test_journal_long_entry);
#undef ADD

  return g_test_run ();
}
