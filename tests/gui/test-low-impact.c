/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-pain-chart.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-session-editor.h"
#include "gui/bk-session-list.h"
#include "gui/bk-toasts.h"
#include "gui/bk-training-page.h"
#include "store/bk-training-settings.h"
#include "gui/bk-window.h"
#include "store/bk-other-activities.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

/* Sessions that are not runs (issue 16) in the window: after a month off
 * running with aqua jogging and cycling instead, the Training page's
 * status says what was kept, and the pain-versus-training chart carries a
 * bar of low-impact time for each week that has some, updated when a
 * session is logged. In light and dark, 1280 and 360 pixels wide. */

typedef struct {
  gboolean dark;
  int      width;
} Look;

static const Look looks[] = {
  { FALSE, 1280 }, { TRUE, 1280 }, { FALSE, 360 }, { TRUE, 360 },
};

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

static void
add_session (BkContext     *context,
             BkSessionKind  kind,
             int            days_ago,
             int            minutes)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) start = g_date_time_add_minutes (day, -minutes - 5);
  g_autoptr(BkSession) session = bk_session_new (kind, start, minutes * 60);
  g_autoptr(GError) error = NULL;

  session->rpe = 5;
  g_assert_true (bk_other_activities_add_session (bk_context_get_database (context), session, &error));
  g_assert_no_error (error);
}

/* Eight weeks of running that stopped five weeks ago with back pain,
 * then pool and bike sessions in the weeks since. */
static void
seed (BkContext *context)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);

  for (int day = 90; day >= 36; day -= 2)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);

      g_ptr_array_add (runs, bk_run_new (when, 8000, 2880));
    }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (context), runs, NULL));
  for (int day = 34; day >= 20; day -= 7)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);
      g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, 6 - (34 - day) / 7);

      bk_pain_entry_answer_no_warning_signs (entry);
      g_assert_true (bk_pain_store_add (bk_context_get_pain_store (context), entry, NULL));
    }
  for (int day = 28; day >= 7; day -= 7)
    add_session (context, BK_SESSION_KIND_AQUA_JOGGING, day, 40 + (28 - day) * 2);
  add_session (context, BK_SESSION_KIND_CYCLING, 14, 60);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Look *look = data;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      look->dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  fixture->context = bk_test_context_new (&fixture->dir);
  seed (fixture->context);
  fixture->window = bk_window_new (NULL, fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), look->width, look->width > 400 ? 800 : 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, fixture->window));
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

static char *
shot_name (const char *what,
           const Look *look)
{
  return g_strdup_printf ("low-impact-%s-%s-%d", what, look->dark ? "dark" : "light", look->width);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack")),
                                         name);
  bk_test_spin_for (100);
}

static gboolean
card_says_kept (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *card = bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "training_page"),
                                   BK_TYPE_TRAINING_PAGE, "status_card");
  g_autofree char *text = bk_test_shown_text (card);

  return strstr (text, "You kept ") != NULL && strstr (text, " of low-impact training this week") != NULL;
}

static BkPainChart *
pain_chart (Fixture *fixture)
{
  GtkWidget *page = bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page");

  return BK_PAIN_CHART (gtk_widget_get_first_child (bk_test_child (page, BK_TYPE_PAIN_PAGE, "chart_slot")));
}

typedef struct {
  Fixture *fixture;
  guint    n;
} ChartWait;

static gboolean
chart_has_weeks (gpointer data)
{
  ChartWait *wait = data;

  return bk_pain_chart_get_n_low_impact_weeks (pain_chart (wait->fixture)) == wait->n;
}

static void
test_training_status (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *name = shot_name ("training", data);

  show_page (fixture, "training");
  /* Nothing yet this week: nothing to say. */
  g_assert_false (card_says_kept (fixture));
  add_session (fixture->context, BK_SESSION_KIND_AQUA_JOGGING, 0, 75);
  add_session (fixture->context, BK_SESSION_KIND_CYCLING, 0, 45);
  bk_context_training_settings_changed (fixture->context);
  g_assert_true (bk_test_wait_for (card_says_kept, fixture));
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static void
test_pain_chart (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *name = shot_name ("pain-chart", data);
  ChartWait wait = { fixture, 4 };

  show_page (fixture, "pain");
  /* Four weeks of sessions; this week has none yet. */
  g_assert_true (bk_test_wait_for (chart_has_weeks, &wait));
  add_session (fixture->context, BK_SESSION_KIND_SWIMMING, 0, 30);
  bk_context_training_settings_changed (fixture->context);
  wait.n = 5;
  g_assert_true (bk_test_wait_for (chart_has_weeks, &wait));
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static gboolean
editor_shown (gpointer data)
{
  BkSessionEditor **editor = data;

  *editor = (BkSessionEditor *) bk_test_find_toplevel (BK_TYPE_SESSION_EDITOR);
  return *editor != NULL && bk_test_is_drawn (*editor);
}

static gboolean
window_gone (gpointer data)
{
  return bk_test_find_toplevel (BK_TYPE_SESSION_EDITOR) == NULL;
}

/* Ctrl+Shift+N's editor: a wrong duration is named and Save stays off;
 * a right one is saved, listed the next time, and counted by the status
 * card at once. */
static void
test_editor (Fixture       *fixture,
             gconstpointer  data)
{
  const Look *look = data;
  g_autofree char *name = shot_name ("editor", data);
  BkSessionEditor *editor = NULL;
  GtkWidget *duration, *effort, *notes, *error_label, *save;
  guint n_recent;
  gint64 before = bk_other_activities_count (bk_context_get_database (fixture->context), NULL);

  show_page (fixture, "training");
  g_assert_false (card_says_kept (fixture));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-session", NULL);
  g_assert_true (bk_test_wait_for (editor_shown, &editor));
  if (look->width < 400)
    gtk_window_set_default_size (GTK_WINDOW (editor), 360, 720);
  /* The seeded sessions of the last four weeks are listed. */
  n_recent = bk_session_editor_get_n_recent (editor);
  g_assert_cmpuint (n_recent, >=, 4);

  duration = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "duration_row");
  effort = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "effort_row");
  notes = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "notes_row");
  error_label = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "error_label");
  save = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "save_button");

  gtk_editable_set_text (GTK_EDITABLE (duration), "forty");
  g_assert_false (bk_session_editor_get_valid (editor));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (error_label)), "Duration: "));

  gtk_editable_set_text (GTK_EDITABLE (duration), "50m");
  adw_combo_row_set_selected (ADW_COMBO_ROW (effort), 6);
  gtk_editable_set_text (GTK_EDITABLE (notes), "Deep end with a belt");
  g_assert_true (bk_session_editor_get_valid (editor));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (error_label));
  bk_test_save_png (GTK_WIDGET (editor), name);

  gtk_widget_activate (save);
  g_assert_true (bk_test_wait_for (window_gone, NULL));
  g_assert_cmpint (bk_other_activities_count (bk_context_get_database (fixture->context), NULL), ==, before + 1);
  g_assert_true (bk_test_wait_for (card_says_kept, fixture));
  {
    GtkWidget *card = bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "training_page"),
                                     BK_TYPE_TRAINING_PAGE, "status_card");
    g_autofree char *text = bk_test_shown_text (card);

    g_assert_nonnull (strstr (text, "You kept 50 min of low-impact training this week"));
  }

  /* Opened again, it lists the new one first. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-session", NULL);
  g_assert_true (bk_test_wait_for (editor_shown, &editor));
  g_assert_cmpuint (bk_session_editor_get_n_recent (editor), ==, n_recent + 1);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (bk_test_wait_for (window_gone, NULL));
}

static GtkWidget *
training_child (Fixture    *fixture,
                const char *name)
{
  return bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "training_page"), BK_TYPE_TRAINING_PAGE,
                        name);
}

/* "Other Sessions" in the switcher above the run list, as a click. */
static BkSessionList *
show_sessions (Fixture *fixture)
{
  GtkWidget *switcher = training_child (fixture, "list_switcher");
  GtkWidget *stack = training_child (fixture, "list_stack");
  GtkWidget *button = gtk_widget_get_last_child (switcher);

  show_page (fixture, "training");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "runs");
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  g_assert_true (gtk_widget_get_focusable (button));
  g_signal_emit_by_name (button, "clicked");
  bk_test_spin_for (100);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "sessions");
  return BK_SESSION_LIST (training_child (fixture, "session_list"));
}

/* The list's rows, top first. */
static GtkWidget *
session_row_at (BkSessionList *list,
                guint          n)
{
  GtkListBox *box = GTK_LIST_BOX (bk_test_find_type (GTK_WIDGET (list), GTK_TYPE_LIST_BOX));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (box, (int) n);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static const char *
row_title (BkSessionList *list,
           guint          n)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (session_row_at (list, n)));
}

typedef struct {
  BkSessionList *list;
  guint          n;
} ListWait;

static gboolean
list_has (gpointer data)
{
  ListWait *wait = data;

  return bk_session_list_get_n_sessions (wait->list) == wait->n;
}

/* The Training page lists the sessions beside the runs, newest first,
 * each with its kind, time and effort, its day and notes. */
static void
test_session_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *name = shot_name ("session-list", data);
  BkSessionList *list;

  add_session (fixture->context, BK_SESSION_KIND_STRENGTH, 0, 30);
  bk_context_training_settings_changed (fixture->context);
  list = show_sessions (fixture);
  g_assert_cmpuint (bk_session_list_get_n_sessions (list), ==, 6);
  g_assert_true (g_str_has_prefix (row_title (list, 0), "Strength · 30 min"));
  g_assert_true (g_str_has_prefix (row_title (list, 1), "Aqua jogging · "));
  g_assert_true (g_str_has_prefix (row_title (list, 5), "Aqua jogging · 40 min"));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (session_row_at (list, 0))));
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

/* Activating a row edits its session in place; its button deletes it and
 * the toast's Undo puts it back. The list and the status card follow. */
static void
test_session_edit_delete (Fixture       *fixture,
                          gconstpointer  data)
{
  const Look *look = data;
  g_autofree char *name = shot_name ("session-edit", data);
  g_autofree char *empty_name = shot_name ("session-empty", data);
  BkDatabase *database = bk_context_get_database (fixture->context);
  BkSessionEditor *editor = NULL;
  BkSessionList *list;
  GtkWidget *duration, *save, *delete;
  ListWait wait;

  add_session (fixture->context, BK_SESSION_KIND_STRENGTH, 0, 30);
  bk_context_training_settings_changed (fixture->context);
  list = show_sessions (fixture);
  wait = (ListWait) { list, 6 };
  g_assert_true (bk_test_wait_for (card_says_kept, fixture));

  g_signal_emit_by_name (session_row_at (list, 0), "activate");
  g_assert_true (bk_test_wait_for (editor_shown, &editor));
  if (look->width < 400)
    gtk_window_set_default_size (GTK_WINDOW (editor), 360, 720);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Session");
  duration = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "duration_row");
  save = bk_test_child (editor, BK_TYPE_SESSION_EDITOR, "save_button");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "30:00");
  g_assert_true (bk_session_editor_get_valid (editor));
  gtk_editable_set_text (GTK_EDITABLE (duration), "1:05:00");
  bk_test_save_png (GTK_WIDGET (editor), name);
  gtk_widget_activate (save);
  g_assert_true (bk_test_wait_for (window_gone, NULL));
  /* Changed in place: no new session. */
  g_assert_cmpint (bk_other_activities_count (database, NULL), ==, 6);
  g_assert_true (bk_test_wait_for (list_has, &wait));
  g_assert_true (g_str_has_prefix (row_title (list, 0), "Strength · 1 h 5 min"));

  /* Deleted with its button: gone from the log, the list and the week. */
  delete = bk_test_find_icon_button (session_row_at (list, 0), "user-trash-symbolic");
  g_assert_nonnull (delete);
  gtk_widget_activate (delete);
  wait.n = 5;
  g_assert_true (bk_test_wait_for (list_has, &wait));
  g_assert_cmpint (bk_other_activities_count (database, NULL), ==, 5);
  g_assert_true (g_str_has_prefix (row_title (list, 0), "Aqua jogging · "));
  g_assert_cmpuint (bk_toasts_n_undoable (GTK_WIDGET (list)), ==, 1);
  g_assert_false (card_says_kept (fixture));

  /* Undo brings it back as it was. A person reads the toast first: an
   * Undo within its 300 ms show animation, then more deletes, crashes
   * libadwaita 1.2's toast overlay, for runs as for sessions (reported). */
  bk_test_spin_for (500);
  g_assert_true (bk_toasts_undo_last (GTK_WIDGET (list)));
  wait.n = 6;
  g_assert_true (bk_test_wait_for (list_has, &wait));
  g_assert_cmpint (bk_other_activities_count (database, NULL), ==, 6);
  g_assert_true (g_str_has_prefix (row_title (list, 0), "Strength · 1 h 5 min"));
  g_assert_true (bk_test_wait_for (card_says_kept, fixture));

  /* From the keyboard: Enter on a row edits it, Delete deletes it. */
  bk_test_spin_for (500);
  gtk_widget_grab_focus (session_row_at (list, 0));
  bk_test_press_keys (GTK_WIDGET (fixture->window), "Return");
  g_assert_true (bk_test_wait_for (editor_shown, &editor));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Session");
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (bk_test_wait_for (window_gone, NULL));
  gtk_widget_grab_focus (session_row_at (list, 0));
  bk_test_press_keys (GTK_WIDGET (fixture->window), "Delete");
  wait.n = 5;
  g_assert_true (bk_test_wait_for (list_has, &wait));
  g_assert_true (g_str_has_prefix (row_title (list, 0), "Aqua jogging · "));
  bk_test_spin_for (400);

  /* Every one deleted: the empty state offers to log one. */
  for (guint n = 5; n > 0; n--)
    {
      gtk_widget_activate (bk_test_find_icon_button (session_row_at (list, 0), "user-trash-symbolic"));
      wait.n = n - 1;
      g_assert_true (bk_test_wait_for (list_has, &wait));
      bk_test_spin_for (400);
    }
  g_assert_nonnull (bk_test_find_button (GTK_WIDGET (list), "_Log Other Session…"));
  bk_test_save_png (GTK_WIDGET (fixture->window), empty_name);
}

/* A log of other sessions and no runs (a runner back in the pool after
 * an injury) opens the Training page on its sessions, not on "No Runs
 * Yet" with the sessions out of reach. */
static void
test_sessions_only (void)
{
  g_autofree char *dir = NULL;
  BkContext *context = bk_test_context_new (&dir);
  BkWindow *window;
  GtkWidget *training;

  g_assert_true (bk_training_settings_set (bk_context_get_database (context), BK_TRAINING_WELCOMED, "1", NULL));
  add_session (context, BK_SESSION_KIND_AQUA_JOGGING, 2, 45);
  window = bk_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, window));
  training = bk_test_child (window, BK_TYPE_WINDOW, "training_page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bk_test_child (training, BK_TYPE_TRAINING_PAGE,
                                                                                "main_stack"))), ==, "runs");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (bk_test_child (training, BK_TYPE_TRAINING_PAGE,
                                                                                "list_stack"))), ==, "sessions");
  bk_test_save_png (GTK_WIDGET (window), "low-impact-sessions-only");
  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
  g_assert_finalize_object (context);
  bk_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  bk_test_gui_init (&argc, &argv);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint j = 0; j < G_N_ELEMENTS (looks); j++)
    {
      g_autofree char *training = g_strdup_printf ("/low-impact/training/%s-%d",
                                                   looks[j].dark ? "dark" : "light", looks[j].width);
      g_autofree char *chart = g_strdup_printf ("/low-impact/pain-chart/%s-%d",
                                                looks[j].dark ? "dark" : "light", looks[j].width);

      g_autofree char *editor = g_strdup_printf ("/low-impact/editor/%s-%d",
                                                 looks[j].dark ? "dark" : "light", looks[j].width);

      g_test_add (training, Fixture, &looks[j], fixture_set_up, test_training_status, fixture_tear_down);
      g_test_add (editor, Fixture, &looks[j], fixture_set_up, test_editor, fixture_tear_down);
      g_test_add (chart, Fixture, &looks[j], fixture_set_up, test_pain_chart, fixture_tear_down);
      g_free (training);
      training = g_strdup_printf ("/low-impact/session-list/%s-%d", looks[j].dark ? "dark" : "light",
                                  looks[j].width);
      g_test_add (training, Fixture, &looks[j], fixture_set_up, test_session_list, fixture_tear_down);
      g_free (editor);
      editor = g_strdup_printf ("/low-impact/session-edit-delete/%s-%d", looks[j].dark ? "dark" : "light",
                                looks[j].width);
      g_test_add (editor, Fixture, &looks[j], fixture_set_up, test_session_edit_delete, fixture_tear_down);
    }
  g_test_add_func ("/low-impact/sessions-only", test_sessions_only);
  return g_test_run ();
}
