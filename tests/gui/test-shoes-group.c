/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences › Training Log › Shoes (issue 16): add a pair by name, log
 * runs in it and see its distance and bar move, see the notice past 90%,
 * retire it; in a real window, with screenshots wide and narrow, light and
 * dark. */
#include "bk-config.h"

#include "bk-test-gui.h"
#include "core/bk-date.h"
#include "gui/bk-preferences-window.h"
#include "gui/bk-shoe-defaults-row.h"
#include "gui/bk-shoes-group.h"
#include "gui/bk-toasts.h"
#include "store/bk-shoe-store.h"

typedef struct {
  char                *dir;
  BkContext           *context;
  BkPreferencesWindow *window;
  GtkWidget           *group;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page;

  f->context = bk_test_context_new (&f->dir);
  f->window = bk_preferences_window_new (bk_context_get_settings (f->context));
  bk_preferences_window_add_log_care (f->window, f->context);
  f->group = bk_test_find_type (GTK_WIDGET (f->window), BK_TYPE_SHOES_GROUP);
  g_assert_nonnull (f->group);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  page = gtk_widget_get_ancestor (f->group, ADW_TYPE_PREFERENCES_PAGE);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (f->window), ADW_PREFERENCES_PAGE (page));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();
  g_assert_finalize_object (f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
log_run (Fixture *f,
         double   km,
         gint64   shoe_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -1);
  g_autoptr(BkRun) run = bk_run_new (start, km * 1000, (gint64) (km * 360));
  g_autoptr(GError) error = NULL;

  bk_run_set_shoe_id (run, shoe_id);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
}

static void
test_add_wear_retire (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *add_row = bk_test_find_entry_row (f->group, "Add a Pair");
  g_autoptr(BkShoe) pegasus = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *worn = NULL;
  g_autofree char *retired = NULL;
  GtkWidget *bar;
  GtkWidget *retire;

  g_assert_nonnull (add_row);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Pegasus");
  g_signal_emit_by_name (add_row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  pegasus = bk_shoe_store_find (bk_context_get_database (f->context), "Pegasus", NULL);
  g_assert_nonnull (pegasus);
  g_assert_cmpfloat (bk_shoe_get_limit (pegasus), ==, 700000);
  /* First worn today, as far as the pain journal is concerned. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_assert_cmpuint (bk_shoe_get_started_on (pegasus), ==, bk_date_julian_of (now));
  }

  /* The same name again is refused, and kept for correcting. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "pegasus");
  g_signal_emit_by_name (add_row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "pegasus");
  g_assert_true (gtk_widget_has_css_class (add_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "");

  /* Runs logged elsewhere move the bar. */
  log_run (f, 350, bk_shoe_get_id (pegasus));
  shown = bk_test_shown_text (f->group);
  g_assert_nonnull (strstr (shown, "350.0 km of 700.0 km"));
  bar = bk_test_find_type (f->group, GTK_TYPE_LEVEL_BAR);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), 0.5, 1e-9);
  log_run (f, 300, bk_shoe_get_id (pegasus));
  worn = bk_test_shown_text (f->group);
  g_assert_nonnull (strstr (worn, "Your Pegasus have 650 km on them, nearing their 700 km limit"));
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoes");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoes-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 760);
  bk_test_spin ();
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoes-narrow");

  /* Retired: the pair keeps its distance, without the bar or the
   * notice, and can be brought back. */
  bar = bk_test_find_type (f->group, GTK_TYPE_LEVEL_BAR);
  retire = gtk_widget_get_next_sibling (bar);
  g_assert_true (GTK_IS_BUTTON (retire));
  g_signal_emit_by_name (retire, "clicked");
  bk_test_spin ();
  retired = bk_test_shown_text (f->group);
  g_assert_nonnull (strstr (retired, "Retired after 650.0 km"));
  g_assert_null (strstr (retired, "nearing"));
  g_assert_null (bk_test_find_type (f->group, GTK_TYPE_LEVEL_BAR));
  g_clear_object (&pegasus);
  pegasus = bk_shoe_store_find (bk_context_get_database (f->context), "Pegasus", NULL);
  g_assert_true (bk_shoe_get_retired (pegasus));
  g_assert_cmpfloat (bk_shoe_get_distance (pegasus), ==, 650000);
  retire = bk_test_find_button (f->group, "_Unretire");
  g_assert_nonnull (retire);
  g_signal_emit_by_name (retire, "clicked");
  bk_test_spin ();
  g_clear_object (&pegasus);
  pegasus = bk_shoe_store_find (bk_context_get_database (f->context), "Pegasus", NULL);
  g_assert_false (bk_shoe_get_retired (pegasus));
  g_assert_nonnull (bk_test_find_type (f->group, GTK_TYPE_LEVEL_BAR));
}

/* Default Pair by Surface: hidden without shoes; choosing the trail pair
 * is kept for new trail runs, and "Latest pair" forgets it. */
static void
test_default_per_surface (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *add_row = bk_test_find_entry_row (f->group, "Add a Pair");
  GtkWidget *defaults = bk_test_find_type (f->group, BK_TYPE_SHOE_DEFAULTS_ROW);
  BkDatabase *database = bk_context_get_database (f->context);
  g_autoptr(BkShoe) trail = NULL;
  AdwComboRow *trail_row = NULL;
  GListModel *offered;

  g_assert_nonnull (defaults);
  g_assert_false (gtk_widget_get_visible (defaults));
  for (const char * const *name = (const char *[]) { "Pegasus", "Speedgoat", NULL }; *name != NULL; name++)
    {
      gtk_editable_set_text (GTK_EDITABLE (add_row), *name);
      g_signal_emit_by_name (add_row, "apply");
    }
  defaults = bk_test_find_type (f->group, BK_TYPE_SHOE_DEFAULTS_ROW);
  g_assert_true (gtk_widget_get_visible (defaults));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (defaults), TRUE);
  for (GtkWidget *row = bk_test_find_type (defaults, ADW_TYPE_COMBO_ROW); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_COMBO_ROW (row) &&
        g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), bk_surface_get_label (BK_SURFACE_TRAIL)))
      trail_row = ADW_COMBO_ROW (row);
  g_assert_nonnull (trail_row);
  offered = adw_combo_row_get_model (trail_row);
  g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (offered), 0), ==, "Latest pair");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (offered), 2), ==, "Speedgoat");

  adw_combo_row_set_selected (trail_row, 2);
  trail = bk_shoe_store_find (database, "Speedgoat", NULL);
  g_assert_cmpint (bk_shoe_store_get_default_for (database, BK_SURFACE_TRAIL, NULL), ==, bk_shoe_get_id (trail));
  g_assert_cmpint (bk_shoe_store_get_default_for (database, BK_SURFACE_ROAD, NULL), ==, 0);
  /* A run logged elsewhere rebuilds the rows: the choice still shows. */
  log_run (f, 5, bk_shoe_get_id (trail));
  g_assert_cmpuint (adw_combo_row_get_selected (trail_row), ==, 2);
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoe-defaults");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 760);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_spin ();
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoe-defaults-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  adw_combo_row_set_selected (trail_row, 0);
  g_assert_cmpint (bk_shoe_store_get_default_for (database, BK_SURFACE_TRAIL, NULL), ==, 0);
}

static GtkWidget *
shoe_field (Fixture    *f,
            const char *title)
{
  GtkWidget *entry = bk_test_find_entry_row (f->group, title);

  g_assert_nonnull (entry);
  return entry;
}

/* A pair's details edited in the window: all fields written at once, a
 * bad distance refused with the field marked and nothing written, and
 * Delete with Undo bringing the pair and its runs back. */
static void
test_edit_and_delete (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *add_row = bk_test_find_entry_row (f->group, "Add a Pair");
  BkDatabase *database = bk_context_get_database (f->context);
  g_autoptr(BkShoe) pegasus = NULL;
  g_autoptr(BkShoe) edited = NULL;
  g_autoptr(BkShoe) unchanged = NULL;
  g_autoptr(BkShoe) back = NULL;
  g_autoptr(BkShoe) gone = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *restored = NULL;
  GtkWidget *expander;
  GtkWidget *delete;

  gtk_editable_set_text (GTK_EDITABLE (add_row), "Pegasus");
  g_signal_emit_by_name (add_row, "apply");
  pegasus = bk_shoe_store_find (database, "Pegasus", NULL);
  log_run (f, 120, bk_shoe_get_id (pegasus));
  expander = bk_test_find_type (f->group, ADW_TYPE_EXPANDER_ROW);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shoe_field (f, "Retire At"))), ==, "700 km");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (shoe_field (f, "Distance When Added"))), ==, "0 km");

  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Name")), "Pegasus 40");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Brand")), "Nike");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Model")), "Pegasus 40");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Retire At")), "600");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Distance When Added")), "35.5 km");
  g_signal_emit_by_name (shoe_field (f, "Retire At"), "apply");
  bk_test_spin ();
  edited = bk_shoe_store_get (database, bk_shoe_get_id (pegasus), NULL);
  g_assert_cmpstr (bk_shoe_get_name (edited), ==, "Pegasus 40");
  g_assert_cmpstr (bk_shoe_get_brand (edited), ==, "Nike");
  g_assert_cmpstr (bk_shoe_get_model (edited), ==, "Pegasus 40");
  g_assert_cmpfloat (bk_shoe_get_limit (edited), ==, 600000);
  g_assert_cmpfloat (bk_shoe_get_start_distance (edited), ==, 35500);
  g_assert_cmpfloat (bk_shoe_get_distance (edited), ==, 155500);
  /* Still open after the rows were built again. */
  expander = bk_test_find_type (f->group, ADW_TYPE_EXPANDER_ROW);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoe-edit");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 760);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_spin ();
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-shoe-edit-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* A bad distance: marked, nothing written, not even the new name. */
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Name")), "Renamed");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Retire At")), "lots");
  g_signal_emit_by_name (shoe_field (f, "Retire At"), "apply");
  g_assert_true (gtk_widget_has_css_class (shoe_field (f, "Retire At"), "error"));
  unchanged = bk_shoe_store_get (database, bk_shoe_get_id (pegasus), NULL);
  g_assert_cmpstr (bk_shoe_get_name (unchanged), ==, "Pegasus 40");
  g_assert_cmpfloat (bk_shoe_get_limit (unchanged), ==, 600000);
  /* An empty name: refused too. */
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Retire At")), "600 km");
  gtk_editable_set_text (GTK_EDITABLE (shoe_field (f, "Name")), " ");
  g_signal_emit_by_name (shoe_field (f, "Name"), "apply");
  g_assert_true (gtk_widget_has_css_class (shoe_field (f, "Name"), "error"));
  g_clear_object (&unchanged);
  unchanged = bk_shoe_store_get (database, bk_shoe_get_id (pegasus), NULL);
  g_assert_cmpstr (bk_shoe_get_name (unchanged), ==, "Pegasus 40");

  /* Deleted, then Undo: back with its run. */
  delete = bk_test_find_button (f->group, "_Delete");
  g_assert_nonnull (delete);
  g_signal_emit_by_name (delete, "clicked");
  bk_test_spin ();
  gone = bk_shoe_store_get (database, bk_shoe_get_id (pegasus), NULL);
  g_assert_null (gone);
  deleted = bk_test_shown_text (f->group);
  g_assert_null (strstr (deleted, "Pegasus 40"));
  g_assert_true (bk_toasts_undo_last (f->group));
  bk_test_spin ();
  back = bk_shoe_store_get (database, bk_shoe_get_id (pegasus), NULL);
  g_assert_nonnull (back);
  g_assert_cmpfloat (bk_shoe_get_distance (back), ==, 155500);
  restored = bk_test_shown_text (f->group);
  g_assert_nonnull (strstr (restored, "Pegasus 40"));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/shoes-group/add-wear-retire", Fixture, NULL, fixture_set_up, test_add_wear_retire,
              fixture_tear_down);
  g_test_add ("/shoes-group/default-per-surface", Fixture, NULL, fixture_set_up, test_default_per_surface,
              fixture_tear_down);
  g_test_add ("/shoes-group/edit-and-delete", Fixture, NULL, fixture_set_up, test_edit_and_delete,
              fixture_tear_down);
  return g_test_run ();
}
