/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include "gui/bk-about.h"
#include "gui/bk-run-editor.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  f->window = bk_window_new (NULL, f->context);
  gtk_window_present (GTK_WINDOW (f->window));
  bk_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* The window held the only other reference: nothing leaks. */
  bk_test_close (f->window, f->context, f->dir);
}

static BkRunEditor *
find_editor (void)
{
  return bk_test_find_toplevel (BK_TYPE_RUN_EDITOR);
}

static gboolean
editor_open (gpointer data)
{
  return find_editor () != NULL;
}

static gboolean
editor_closed (gpointer data)
{
  return find_editor () == NULL;
}

static BkRunEditor *
open_add_editor (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-run", NULL));
  g_assert_true (bk_test_wait_for (editor_open, NULL));
  return find_editor ();
}

static void
type_into (BkRunEditor *editor,
           const char  *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (bk_test_child (editor, BK_TYPE_RUN_EDITOR, row)), text);
}

static GtkWidget *
editor_child (BkRunEditor *editor,
              const char  *name)
{
  return bk_test_child (editor, BK_TYPE_RUN_EDITOR, name);
}

static GtkWidget *
page_child (Fixture    *f,
            const char *name)
{
  GtkWidget *page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");

  return bk_test_child (page, BK_TYPE_TRAINING_PAGE, name);
}

static guint
n_rows (Fixture *f)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (page_child (f, "run_view"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static void
test_add_run_through_editor (Fixture       *f,
                             gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (page_child (f, "main_stack"));
  BkRunEditor *editor;
  GtkWidget *save;
  BkRunStore *store = bk_context_get_run_store (f->context);

  /* A new log greets the runner first (issue 10); Add Run works from it. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "welcome");

  editor = open_add_editor (f);
  save = editor_child (editor, "save_button");
  /* Date and time come filled in; distance and duration do not. */
  g_assert_false (gtk_widget_get_sensitive (save));

  type_into (editor, "distance_row", "10.5 km");
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (editor, "duration_row", "55:20");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (editor_child (editor, "pace_label"))), ==, "Pace 5:16 /km");

  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "effort_row")), 6);
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "surface_row")), BK_SURFACE_GRASS);
  bk_test_save_png (GTK_WIDGET (editor), "run-editor");

  gtk_widget_activate (save);
  g_assert_true (bk_test_wait_for (editor_closed, NULL));
  bk_test_spin ();

  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 1);
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "runs");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (f, "this_week_distance"))), ==, "10.5 km");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (f, "this_week_detail"))), ==, "1 run · 55:20");

  {
    g_autoptr(BkRun) run = g_list_model_get_item (bk_run_store_get_model (store), 0);

    g_assert_cmpint (bk_run_get_rpe (run), ==, 6);
    g_assert_cmpint (bk_run_get_surface (run), ==, BK_SURFACE_GRASS);
    g_assert_cmpfloat (bk_run_get_distance (run), ==, 10500);
  }

  /* A second run adds to the week. */
  editor = open_add_editor (f);
  type_into (editor, "distance_row", "5");
  type_into (editor, "duration_row", "30m");
  gtk_widget_activate (editor_child (editor, "save_button"));
  g_assert_true (bk_test_wait_for (editor_closed, NULL));
  bk_test_spin ();
  g_assert_cmpuint (n_rows (f), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (f, "this_week_distance"))), ==, "15.5 km");
  bk_test_save_png (GTK_WIDGET (f->window), "training-page");
}

static void
test_invalid_input_keeps_save_disabled (Fixture       *f,
                                        gconstpointer  data)
{
  BkRunEditor *editor = open_add_editor (f);
  GtkWidget *save = editor_child (editor, "save_button");
  GtkWidget *distance_error = editor_child (editor, "distance_error");
  GtkWidget *date_error = editor_child (editor, "date_error");

  type_into (editor, "duration_row", "55:20");

  type_into (editor, "distance_row", "ten km");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (distance_error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (distance_error)), "is not a distance"));

  type_into (editor, "distance_row", "0");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (distance_error)), ==, "The distance must be more than zero");

  type_into (editor, "distance_row", "");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_visible (distance_error));

  type_into (editor, "distance_row", "10k");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_visible (distance_error));

  type_into (editor, "date_row", "2099-01-01");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (date_error)), ==, "The date is more than a day in the future");

  type_into (editor, "date_row", "2026-02-30");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (date_error)), "is not a date"));

  type_into (editor, "date_row", "2026-02-28");
  type_into (editor, "duration_row", "1:75");
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (editor, "duration_row", "1:15");
  type_into (editor, "elevation_row", "lots");
  g_assert_false (gtk_widget_get_sensitive (save));
  type_into (editor, "elevation_row", "");
  g_assert_true (gtk_widget_get_sensitive (save));

  bk_test_save_png (GTK_WIDGET (editor), "run-editor-invalid");
  type_into (editor, "distance_row", "ten km");
  bk_test_save_png (GTK_WIDGET (editor), "run-editor-invalid");

  /* Nothing was stored by any of it. */
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (bk_test_wait_for (editor_closed, NULL));
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (f->context), NULL), ==, 0);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
message_dialog_open (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* 10 km in 20 minutes is faster than any world record: the editor asks. */
static void
test_implausible_pace_asks_first (Fixture       *f,
                                  gconstpointer  data)
{
  BkRunStore *store = bk_context_get_run_store (f->context);
  BkRunEditor *editor = open_add_editor (f);
  AdwMessageDialog *dialog;

  type_into (editor, "distance_row", "10 km");
  type_into (editor, "duration_row", "20:00");
  gtk_widget_activate (editor_child (editor, "save_button"));
  g_assert_true (bk_test_wait_for (message_dialog_open, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save a Pace of 2:00 /km?");

  /* Checking again stores nothing and keeps the editor open. */
  adw_message_dialog_response (dialog, "cancel");
  bk_test_spin ();
  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 0);
  g_assert_nonnull (find_editor ());

  gtk_widget_activate (editor_child (editor, "save_button"));
  g_assert_true (bk_test_wait_for (message_dialog_open, NULL));
  adw_message_dialog_response (find_message_dialog (), "save");
  g_assert_true (bk_test_wait_for (editor_closed, NULL));
  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 1);
}

static void
test_edit_keeps_identity (Fixture       *f,
                          gconstpointer  data)
{
  BkRunStore *store = bk_context_get_run_store (f->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (now, -3);
  g_autoptr(BkRun) run = bk_run_new (start, 8000, 2400);
  g_autoptr(BkRun) stored = NULL;
  GtkColumnView *view;
  BkRunEditor *editor;
  gint64 id;

  bk_run_set_notes (run, "easy");
  g_assert_true (bk_run_store_add (store, run, NULL));
  id = bk_run_get_id (run);
  bk_test_spin ();

  view = GTK_COLUMN_VIEW (page_child (f, "run_view"));
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_true (bk_test_wait_for (editor_open, NULL));
  editor = find_editor ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Run");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "distance_row"))), ==, "8.00 km");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "duration_row"))), ==, "40:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "notes_row"))), ==, "easy");
  g_assert_true (gtk_widget_get_visible (editor_child (editor, "delete_button")));
  g_assert_true (gtk_widget_get_sensitive (editor_child (editor, "save_button")));

  type_into (editor, "distance_row", "9 km");
  gtk_widget_activate (editor_child (editor, "save_button"));
  g_assert_true (bk_test_wait_for (editor_closed, NULL));

  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 1);
  stored = bk_run_store_get (store, id, NULL);
  g_assert_nonnull (stored);
  g_assert_cmpfloat (bk_run_get_distance (stored), ==, 9000);
  g_assert_cmpstr (bk_run_get_notes (stored), ==, "easy");
}

static void
test_delete_from_editor (Fixture       *f,
                         gconstpointer  data)
{
  BkRunStore *store = bk_context_get_run_store (f->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 8000, 2400);
  BkRunEditor *editor;

  g_assert_true (bk_run_store_add (store, run, NULL));
  bk_test_spin ();
  g_signal_emit_by_name (page_child (f, "run_view"), "activate", 0);
  g_assert_true (bk_test_wait_for (editor_open, NULL));
  editor = find_editor ();
  gtk_widget_activate (editor_child (editor, "delete_button"));
  g_assert_true (bk_test_wait_for (editor_closed, NULL));
  bk_test_spin ();

  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 0);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (page_child (f, "main_stack"))), ==, "empty");
}

static gboolean
undo_button_shown (gpointer window)
{
  return bk_test_find_button (window, "_Undo") != NULL;
}

static void
test_delete_key_and_undo (Fixture       *f,
                          gconstpointer  data)
{
  BkRunStore *store = bk_context_get_run_store (f->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 8000, 2400);
  GtkColumnView *view = GTK_COLUMN_VIEW (page_child (f, "run_view"));
  GtkWidget *page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");
  g_autoptr(BkRun) back = NULL;
  gint64 id;

  bk_run_set_notes (run, "keep me");
  g_assert_true (bk_run_store_add (store, run, NULL));
  id = bk_run_get_id (run);
  bk_test_spin ();

  /* Nothing selected: Delete does nothing. */
  g_assert_true (gtk_widget_activate_action (page, "runs.delete-selected", NULL));
  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 1);

  gtk_selection_model_select_item (gtk_column_view_get_model (view), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (page, "runs.delete-selected", NULL));
  bk_test_spin ();
  g_assert_cmpint (bk_run_store_count (store, NULL), ==, 0);
  g_assert_cmpuint (n_rows (f), ==, 0);

  g_assert_true (bk_test_wait_for (undo_button_shown, f->window));
  g_signal_emit_by_name (bk_test_find_button (GTK_WIDGET (f->window), "_Undo"), "clicked");
  bk_test_spin ();

  g_assert_cmpuint (n_rows (f), ==, 1);
  back = bk_run_store_get (store, id, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (bk_run_get_notes (back), ==, "keep me");
}

static void
test_units_follow_settings (Fixture       *f,
                            gconstpointer  data)
{
  BkRunStore *store = bk_context_get_run_store (f->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 16093.44, 4800);
  GSettings *settings = bk_context_get_settings (f->context);

  g_assert_true (bk_run_store_add (store, run, NULL));
  bk_test_spin ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (f, "this_week_distance"))), ==, "16.1 km");
  g_settings_set_string (settings, "units", "imperial");
  bk_test_spin ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (f, "this_week_distance"))), ==, "10.0 mi");
  g_settings_reset (settings, "units");
}

static gboolean
switcher_bar_revealed (gpointer window)
{
  GtkWidget *title = bk_test_child (window, BK_TYPE_WINDOW, "switcher_title");

  return adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (title));
}

static void
test_narrow_and_dark (Fixture       *f,
                      gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  BkRunStore *store = bk_context_get_run_store (f->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkRun) run = bk_run_new (now, 8000, 2400);

  g_assert_true (bk_run_store_add (store, run, NULL));
  gtk_window_destroy (GTK_WINDOW (f->window));

  /* A phone-sized window moves the page switcher to the bottom bar. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  f->window = bk_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (bk_test_wait_for (switcher_bar_revealed, f->window));
  g_assert_true (adw_style_manager_get_dark (style));
  bk_test_save_png (GTK_WIDGET (f->window), "training-page-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_page_switching (Fixture       *f,
                     gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bk_test_child (f->window, BK_TYPE_WINDOW, "stack"));
  AdwFlap *flap = ADW_FLAP (bk_test_child (f->window, BK_TYPE_WINDOW, "flap"));
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "pain"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "pain");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "training"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "training");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-guide", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), !=, revealed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-guide", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, revealed);
}

static gboolean
shortcuts_shown (gpointer data)
{
  return bk_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

/* The shortcuts window is made when first asked for, not with the window,
 * and asking again shows the same one. */
static void
test_shortcuts_on_demand (Fixture       *f,
                          gconstpointer  data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (f->window);
  GtkShortcutsWindow *overlay;

  g_assert_null (gtk_application_window_get_help_overlay (window));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (bk_test_wait_for (shortcuts_shown, NULL));
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (overlay);
  g_assert_true (bk_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == (gpointer) overlay);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, "Keyboard Shortcuts");
  bk_test_save_png (GTK_WIDGET (overlay), "shortcuts-window");

  gtk_window_close (GTK_WINDOW (overlay));
  bk_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (bk_test_wait_for (shortcuts_shown, NULL));
  g_assert_true (gtk_application_window_get_help_overlay (window) == overlay);
  gtk_window_close (GTK_WINDOW (overlay));
  bk_test_spin ();
}

/* The About window shows the app's own icon, from the app's resources:
 * build-aux/run starts the app from the build folder, where the icon is
 * not installed in any icon theme. */
static void
test_about_shows_app_icon (Fixture       *f,
                           gconstpointer  data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  GtkWidget *about;

  bk_about_present (GTK_WINDOW (f->window));
  about = bk_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, about));

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_nonnull (strstr (uri, APP_ID));
  bk_test_save_png (about, "about-window");
  gtk_window_destroy (GTK_WINDOW (about));
  bk_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/add-run-through-editor", test_add_run_through_editor);
  ADD ("/window/invalid-input-keeps-save-disabled", test_invalid_input_keeps_save_disabled);
  ADD ("/window/implausible-pace-asks-first", test_implausible_pace_asks_first);
  ADD ("/window/edit-keeps-identity", test_edit_keeps_identity);
  ADD ("/window/delete-from-editor", test_delete_from_editor);
  ADD ("/window/delete-key-and-undo", test_delete_key_and_undo);
  ADD ("/window/units-follow-settings", test_units_follow_settings);
  ADD ("/window/page-switching", test_page_switching);
  ADD ("/window/narrow-and-dark", test_narrow_and_dark);
  ADD ("/window/shortcuts-on-demand", test_shortcuts_on_demand);
  ADD ("/window/about-shows-app-icon", test_about_shows_app_icon);
#undef ADD

  return g_test_run ();
}
