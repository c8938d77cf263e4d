/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "core/bk-routine.h"
#include "gui/bk-assessment-dialog.h"
#include "gui/bk-guide-panel.h"
#include "gui/bk-pain-advice-box.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-status-card.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "services/bk-pain-training.h"
#include "services/bk-advice.h"
#include "store/bk-shoe-store.h"
#include "bk-test-gui.h"

/* Where the pain journal meets the rest of the app (issue 6): its advice
 * on the Training page, trigger answers pre-filled from the training
 * status and the tightness tests, flagged weeks from the real status. */

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

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
  fixture->context = bk_test_context_new (&fixture->dir);
  fixture->window = bk_window_new (BK_APPLICATION (bk_test_application ()), fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
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

/* A run every other day for @days days up to today, growing steadily:
 * from a standing start, so the block begins with the first run. */
static void
add_runs (Fixture *fixture,
          int      days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);

  for (int day = days; day >= 0; day -= 2)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) start = g_date_time_add_hours (morning, -2);

      g_ptr_array_add (runs, bk_run_new (start, 6000 + (days - day) * 150.0, 2000 + (days - day) * 50));
    }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (fixture->context), runs, NULL));
}

static BkPainEntry *
add_entry (Fixture *fixture,
           int      hours_ago,
           int      rating,
           guint    character,
           guint    emergency)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -hours_ago);
  BkPainEntry *entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AFTER_RUN, rating);

  bk_pain_entry_set_character (entry, character);
  bk_pain_entry_set_emergency (entry, emergency);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
  return entry;
}

static GtkWindow *
find_assessment_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BK_IS_ASSESSMENT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static BkStatusCard *
training_status_card (Fixture *fixture)
{
  gpointer page = bk_test_child (fixture->window, BK_TYPE_WINDOW, "training_page");

  return bk_test_child (page, BK_TYPE_TRAINING_PAGE, "status_card");
}

/* The advice on the Training page is the Back Pain page's, word for word:
 * none, then "see a clinician" above the training advice (its reasons
 * prefixed, issue 9), then "urgent" instead of it; deleting the entries
 * takes it back step by step. */
static void
test_training_page_advice (Fixture       *fixture,
                           gconstpointer  data)
{
  BkStatusCard *card;
  BkPainAdviceBox *advice;
  g_autofree char *reasons_before = NULL;
  g_autoptr(BkPainEntry) clinician = NULL;
  g_autoptr(BkPainEntry) urgent = NULL;
  g_autoptr(BkAdviceEpisode) clinician_said = NULL;
  g_autoptr(BkAdviceEpisode) urgent_said = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *pain_page_advice = bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page"),
                                       BK_TYPE_PAIN_PAGE, "advice_box");
  BkPainAdviceBox *pain_page_box = bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page"),
                                          BK_TYPE_PAIN_PAGE, "advice_box");
  GtkWidget *box, *why, *assessed;

  add_runs (fixture, 44);
  card = training_status_card (fixture);
  advice = bk_status_card_get_pain_advice (card);
  /* The advice box is the card itself (issue 14: one widget). */
  box = GTK_WIDGET (advice);
  /* Why?, then the button that records a clinician's assessment. */
  assessed = gtk_widget_get_last_child (box);
  why = gtk_widget_get_prev_sibling (assessed);
  WAIT_FOR (bk_test_is_drawn (card));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (advice)));
  reasons_before = bk_status_card_get_reasons_text (card);
  g_assert_null (strstr (reasons_before, "No training advice"));

  /* Below the knee: not the usual runner's back. */
  clinician = add_entry (fixture, 3, 5, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE, 0);
  clinician_said = bk_advice_get_current (fixture->context, now, NULL);
  g_assert_cmpint (clinician_said->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
  WAIT_FOR (bk_pain_advice_box_get_advice (advice) == BK_PAIN_ADVICE_SEE_CLINICIAN);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (advice)));
  g_assert_true (gtk_widget_has_css_class (box, "clinician"));
  g_assert_true (gtk_widget_has_css_class (box, "pain-advice"));
  g_assert_cmpstr (bk_pain_advice_box_get_title (advice), ==, clinician_said->title);
  /* The Pain page, filled when first shown, says the same. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pain");
  g_assert_cmpstr (bk_pain_advice_box_get_title (advice), ==, bk_pain_advice_box_get_title (pain_page_box));
  g_assert_true (gtk_widget_get_visible (pain_page_advice));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "training");
  /* Sits above the status; the training reasons wait for the check. */
  g_assert_true (gtk_widget_get_prev_sibling (GTK_WIDGET (advice)) == NULL);
  {
    g_autofree char *reasons = bk_status_card_get_reasons_text (card);

    g_assert_true (g_str_has_prefix (reasons, "Once you have been checked: "));
  }
  bk_test_save_png (GTK_WIDGET (fixture->window), "training-pain-clinician");

  /* Why? opens the guide at the advice's section. */
  g_assert_true (GTK_IS_BUTTON (why));
  g_signal_emit_by_name (why, "clicked");
  g_assert_cmpstr (bk_guide_panel_get_location (bk_window_get_guide_panel (fixture->window)), ==,
                   clinician_said->guide_id);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-guide", NULL);
  bk_test_spin_for (50);

  /* The advice offers its ending where it is read: the assessment dialog. */
  g_assert_true (GTK_IS_BUTTON (assessed));
  g_signal_emit_by_name (assessed, "clicked");
  {
    GtkWindow *dialog = NULL;

    WAIT_FOR ((dialog = find_assessment_dialog ()) != NULL);
    gtk_window_destroy (dialog);
    bk_test_spin_for (50);
  }

  /* A warning sign: urgent care, and no training advice at all. */
  urgent = add_entry (fixture, 1, 8, BK_PAIN_CHARACTER_STIFFNESS, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
  urgent_said = bk_advice_get_current (fixture->context, now, NULL);
  WAIT_FOR (bk_pain_advice_box_get_advice (advice) == BK_PAIN_ADVICE_URGENT);
  g_assert_true (gtk_widget_has_css_class (box, "urgent"));
  g_assert_false (gtk_widget_has_css_class (box, "clinician"));
  g_assert_cmpstr (bk_pain_advice_box_get_title (advice), ==, urgent_said->title);
  /* The urgent advice is the headline, and no training reason is given. */
  g_assert_cmpstr (bk_status_card_get_level_text (card), ==, urgent_said->title);
  {
    g_autofree char *reasons = bk_status_card_get_reasons_text (card);

    g_assert_cmpstr (reasons, ==, "");
  }
  bk_test_save_png (GTK_WIDGET (fixture->window), "training-pain-urgent");

  /* Deleting the urgent entry brings back the clinician advice and the
   * training advice; deleting that one too hides the box. */
  g_assert_true (bk_pain_store_delete (bk_context_get_pain_store (fixture->context),
                                       bk_pain_entry_get_id (urgent), NULL));
  WAIT_FOR (bk_pain_advice_box_get_advice (advice) == BK_PAIN_ADVICE_SEE_CLINICIAN);
  {
    g_autofree char *reasons = bk_status_card_get_reasons_text (card);

    g_assert_true (g_str_has_prefix (reasons, "Once you have been checked: "));
  }
  g_assert_true (bk_pain_store_delete (bk_context_get_pain_store (fixture->context),
                                       bk_pain_entry_get_id (clinician), NULL));
  WAIT_FOR (bk_pain_advice_box_get_advice (advice) == BK_PAIN_ADVICE_NONE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (advice)));
  {
    g_autofree char *reasons = bk_status_card_get_reasons_text (card);

    g_assert_cmpstr (reasons, ==, reasons_before);
  }
}

static AdwComboRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      AdwComboRow *row = find_row (c, title);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static guint
answer (BkPainEditor  *editor,
        BkPainTrigger  trigger)
{
  AdwComboRow *row = find_row (GTK_WIDGET (editor), bk_pain_trigger_get_question (trigger));

  g_assert_nonnull (row);
  return adw_combo_row_get_selected (row);
}

static void
set_date (BkPainEditor *editor,
          int           days_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_ago);
  g_autofree char *text = g_date_time_format (then, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "date_row")), text);
}

static void
test_editor_prefill (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = bk_date_julian_of (now);
  g_autoptr(BkTightnessTest) test = bk_tightness_test_new ("hamstrings", BK_TIGHTNESS_LEFT, today - 3);
  g_autoptr(BkPainEntry) stored = NULL;
  BkPainEditor *editor;
  gboolean flagged = FALSE;

  /* Nothing logged: nothing to pre-fill. */
  editor = bk_pain_editor_new (fixture->context, NULL);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_TRAINING_INCREASE), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER), ==, BK_ANSWER_UNANSWERED);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Six weeks into a block that started 44 days ago: the ramp-up phase;
   * and the left hamstring tested tighter three days ago. */
  add_runs (fixture, 44);
  g_assert_true (bk_stretch_store_add_tightness (bk_context_get_stretch_store (fixture->context), test, NULL));
  g_assert_true (bk_pain_training_day_is_flagged (fixture->context, today, &flagged, NULL));
  g_assert_true (flagged);

  editor = bk_pain_editor_new (fixture->context, NULL);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_TRAINING_INCREASE), ==, BK_ANSWER_YES);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER), ==, BK_ANSWER_YES);
  /* The others are the user's to answer. */
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_HILLS), ==, BK_ANSWER_UNANSWERED);

  /* The user says no to the first; moving the entry to before any run or
   * test keeps that answer and clears only the untouched pre-fill. */
  adw_combo_row_set_selected (find_row (GTK_WIDGET (editor),
                                        bk_pain_trigger_get_question (BK_PAIN_TRIGGER_TRAINING_INCREASE)),
                              BK_ANSWER_NO);
  set_date (editor, 60);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_TRAINING_INCREASE), ==, BK_ANSWER_NO);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER), ==, BK_ANSWER_UNANSWERED);
  set_date (editor, 0);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_TRAINING_INCREASE), ==, BK_ANSWER_NO);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER), ==, BK_ANSWER_YES);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Editing keeps what was stored, even unanswered. */
  stored = add_entry (fixture, 1, 3, BK_PAIN_CHARACTER_STIFFNESS, 0);
  editor = bk_pain_editor_new (fixture->context, stored);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_TRAINING_INCREASE), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpuint (answer (editor, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER), ==, BK_ANSWER_UNANSWERED);
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin_for (50);
}

/* Scrolls @widget's scrolled window so that @widget is in view, for a
 * screenshot. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t at;

  /* Twice: the first scroll lays out (and grows) the rows it brings in. */
  for (int i = 0; i < 2; i++)
    {
      bk_test_spin_for (200);
      g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &at));
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + at.y - 100);
    }
  bk_test_spin_for (200);
}

/* "Shoes worn out, or new?" (issue 16): pre-filled from the shoes, with
 * the pair that answers it named under the question for the runner to
 * confirm; the runner's own answer stays. */
static void
test_editor_shoes_prefill (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkShoe) pegasus = bk_shoe_new ("Pegasus");
  g_autoptr(BkShoe) clifton = bk_shoe_new ("Clifton & Co");
  BkDatabase *database = bk_context_get_database (fixture->context);
  const char *question = bk_pain_trigger_get_question (BK_PAIN_TRIGGER_SHOES);
  BkPainEditor *editor;
  AdwComboRow *row;

  /* No shoes: nothing to say. */
  editor = bk_pain_editor_new (fixture->context, NULL);
  row = find_row (GTK_WIDGET (editor), question);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A pair past its limit: yes, and which pair. */
  bk_shoe_set_start_distance (pegasus, 812000);
  bk_shoe_set_limit (pegasus, 700000);
  g_assert_true (bk_shoe_store_add (database, pegasus, NULL));
  editor = bk_pain_editor_new (fixture->context, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  row = find_row (GTK_WIDGET (editor), question);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, BK_ANSWER_YES);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Your Pegasus have 812 km on them");
  scroll_to (GTK_WIDGET (row));
  bk_test_save_png (GTK_WIDGET (editor), "pain-editor-shoes");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 700);
  bk_test_spin ();
  scroll_to (GTK_WIDGET (row));
  bk_test_save_png (GTK_WIDGET (editor), "pain-editor-shoes-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The runner says no: another day keeps that answer. */
  adw_combo_row_set_selected (row, BK_ANSWER_NO);
  set_date (editor, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, BK_ANSWER_NO);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Retired, and a new pair first worn three days ago (its name shown as
   * typed, not as markup). */
  g_assert_true (bk_shoe_store_set_retired (database, bk_shoe_get_id (pegasus), TRUE, NULL));
  bk_shoe_set_started_on (clifton, bk_date_julian_of (now) - 3);
  g_assert_true (bk_shoe_store_add (database, clifton, NULL));
  editor = bk_pain_editor_new (fixture->context, NULL);
  row = find_row (GTK_WIDGET (editor), question);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, BK_ANSWER_YES);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Your Clifton & Co are new: first worn 3 days ago");
  /* An entry dated before the pair was first worn: nothing. */
  set_date (editor, 5);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin_for (50);
}

static gboolean
box_has_text (GtkWidget  *box,
              const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (box); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && strstr (gtk_label_get_text (GTK_LABEL (c)), text) != NULL)
      return TRUE;
  return FALSE;
}

/* Pain recorded first, runs logged afterwards: the insight appears as the
 * runs arrive, from the training status alone. */
static void
test_flagged_weeks_follow_runs (Fixture       *fixture,
                                gconstpointer  data)
{
  gpointer page = bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page");
  GtkWidget *insights = bk_test_child (page, BK_TYPE_PAIN_PAGE, "insights_box");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) weeks = NULL;

  /* Filled when first shown, then kept up to date. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pain");
  for (int days = 2; days <= 10; days += 4)
    g_object_unref (add_entry (fixture, 24 * days, 4, BK_PAIN_CHARACTER_STIFFNESS, 0));
  g_assert_false (box_has_text (insights, "flagged for a fast rise in training"));

  add_runs (fixture, 44);
  weeks = bk_pain_training_flagged_weeks (fixture->context, bk_date_julian_of (now), NULL);
  g_assert_nonnull (weeks);
  g_assert_cmpuint (weeks->len, >, 0);
  WAIT_FOR (box_has_text (insights, "of your 3 pain entries came in weeks flagged for a fast rise in training"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  bk_test_gui_init (&argc, &argv);
  /* AdwApplication loads the style sheet; the screenshots need it. */
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add ("/pain-links/training-page-advice", Fixture, NULL,
              fixture_set_up, test_training_page_advice, fixture_tear_down);
  g_test_add ("/pain-links/editor-prefill", Fixture, NULL,
              fixture_set_up, test_editor_prefill, fixture_tear_down);
  g_test_add ("/pain-links/editor-shoes-prefill", Fixture, NULL,
              fixture_set_up, test_editor_shoes_prefill, fixture_tear_down);
  g_test_add ("/pain-links/flagged-weeks-follow-runs", Fixture, NULL,
              fixture_set_up, test_flagged_weeks_follow_runs, fixture_tear_down);
  return g_test_run ();
}
