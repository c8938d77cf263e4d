/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The run editor's shoes (issue 16): the pairs in use are offered, a new
 * run starts in the pair of the latest run, the pair chosen is saved with
 * the run, and a run in a retired pair still shows it. */
#include "bk-config.h"

#include "gui/bk-run-editor.h"
#include "store/bk-shoe-store.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

typedef struct {
  char      *dir;
  BkContext *context;
  gint64     pegasus;
  gint64     trail;
  gint64     old;
  BkRun     *old_run;
} Fixture;

static gint64
add_shoe (Fixture    *f,
          const char *name,
          gboolean    retired)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) shoe = bk_shoe_new (name);

  bk_shoe_set_retired (shoe, retired);
  g_assert_true (bk_shoe_store_add (bk_context_get_database (f->context), shoe, &error));
  g_assert_no_error (error);
  return bk_shoe_get_id (shoe);
}

static BkRun *
add_run (Fixture *f,
         int      days_ago,
         gint64   shoe_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -days_ago);
  g_autoptr(GError) error = NULL;
  BkRun *run = bk_run_new (start, 8000, 2700);

  bk_run_set_shoe_id (run, shoe_id);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
  return run;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  f->pegasus = add_shoe (f, "Pegasus", FALSE);
  f->trail = add_shoe (f, "Trail shoes", FALSE);
  f->old = add_shoe (f, "Old pair", FALSE);
  f->old_run = add_run (f, 9, f->old);
  g_object_unref (add_run (f, 5, f->trail));
  g_object_unref (add_run (f, 2, f->pegasus));
  g_assert_true (bk_shoe_store_set_retired (bk_context_get_database (f->context), f->old, TRUE, NULL));
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_object (&f->old_run);
  g_assert_finalize_object (f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static BkRunEditor *
open_editor (Fixture *f,
             BkRun   *run,
             int      width)
{
  BkRunEditor *editor = g_object_ref_sink (bk_run_editor_new (f->context, run));

  gtk_window_set_default_size (GTK_WINDOW (editor), width, 760);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, editor));
  return editor;
}

static void
close_editor (BkRunEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin ();
  g_assert_finalize_object (editor);
}

static AdwComboRow *
shoe_row (BkRunEditor *editor)
{
  return ADW_COMBO_ROW (bk_test_child (editor, BK_TYPE_RUN_EDITOR, "shoe_row"));
}

/* The names the row offers, one a line. */
static char *
offered (BkRunEditor *editor)
{
  GListModel *model = adw_combo_row_get_model (shoe_row (editor));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (names, "%s\n", gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  return g_string_free (names, FALSE);
}

static void
test_new_run (Fixture       *f,
              gconstpointer  data)
{
  BkRunEditor *editor = open_editor (f, NULL, 460);
  g_autofree char *names = offered (editor);
  g_autoptr(GPtrArray) runs = NULL;

  /* The retired pair is not offered; the latest run's pair is chosen. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shoe_row (editor))));
  g_assert_cmpstr (names, ==, "None\nPegasus\nTrail shoes\n");
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 1);
  bk_test_save_png (GTK_WIDGET (editor), "run-editor-shoes");

  gtk_editable_set_text (GTK_EDITABLE (bk_test_child (editor, BK_TYPE_RUN_EDITOR, "distance_row")), "12 km");
  gtk_editable_set_text (GTK_EDITABLE (bk_test_child (editor, BK_TYPE_RUN_EDITOR, "duration_row")), "1:05:00");
  adw_combo_row_set_selected (shoe_row (editor), 2);
  gtk_widget_grab_focus (GTK_WIDGET (shoe_row (editor)));
  bk_test_press_keys (GTK_WIDGET (editor), "ctrl+Return");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  runs = bk_run_store_list (bk_context_get_run_store (f->context), 0, 1, NULL);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpfloat (bk_run_get_distance (runs->pdata[0]), ==, 12000);
  g_assert_cmpint (bk_run_get_shoe_id (runs->pdata[0]), ==, f->trail);
}

static void
test_run_in_retired_pair (Fixture       *f,
                          gconstpointer  data)
{
  BkRunEditor *editor = open_editor (f, f->old_run, 360);
  g_autofree char *names = offered (editor);
  g_autoptr(BkRun) read = NULL;

  g_assert_cmpstr (names, ==, "None\nPegasus\nTrail shoes\nOld pair\n");
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 3);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_save_png (GTK_WIDGET (editor), "run-editor-shoes-narrow-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Taking the shoes off the run. */
  adw_combo_row_set_selected (shoe_row (editor), 0);
  bk_test_press_keys (GTK_WIDGET (editor), "ctrl+Return");
  close_editor (editor);
  read = bk_run_store_get (bk_context_get_run_store (f->context), bk_run_get_id (f->old_run), NULL);
  g_assert_cmpint (bk_run_get_shoe_id (read), ==, 0);
}

/* A pair chosen for trail: a new run put on trail takes it, back on road
 * the latest run's pair again; once the runner picks a pair, the surface
 * no longer moves it. */
static void
test_default_per_surface (Fixture       *f,
                          gconstpointer  data)
{
  BkRunEditor *editor;
  AdwComboRow *surface;
  g_autoptr(GPtrArray) runs = NULL;

  g_assert_true (bk_shoe_store_set_default_for (bk_context_get_database (f->context), BK_SURFACE_TRAIL,
                                                f->trail, NULL));
  editor = open_editor (f, NULL, 460);
  surface = ADW_COMBO_ROW (bk_test_child (editor, BK_TYPE_RUN_EDITOR, "surface_row"));
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 1);
  adw_combo_row_set_selected (surface, BK_SURFACE_TRAIL);
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 2);
  adw_combo_row_set_selected (surface, BK_SURFACE_ROAD);
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 1);

  /* The runner's own choice stays. */
  adw_combo_row_set_selected (shoe_row (editor), 0);
  adw_combo_row_set_selected (surface, BK_SURFACE_TRAIL);
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 0);
  close_editor (editor);

  /* An edited run keeps its own pair whatever its surface. */
  editor = open_editor (f, f->old_run, 460);
  surface = ADW_COMBO_ROW (bk_test_child (editor, BK_TYPE_RUN_EDITOR, "surface_row"));
  adw_combo_row_set_selected (surface, BK_SURFACE_TRAIL);
  g_assert_cmpuint (adw_combo_row_get_selected (shoe_row (editor)), ==, 3);
  close_editor (editor);
}

/* A log without shoes keeps the editor as it was. */
static void
test_no_shoes (void)
{
  g_autofree char *dir = NULL;
  BkContext *context = bk_test_context_new (&dir);
  BkRunEditor *editor = g_object_ref_sink (bk_run_editor_new (context, NULL));

  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shoe_row (editor))));
  close_editor (editor);
  g_assert_finalize_object (context);
  bk_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/run-editor-shoes/new-run", Fixture, NULL, setup, test_new_run, teardown);
  g_test_add ("/run-editor-shoes/run-in-retired-pair", Fixture, NULL, setup, test_run_in_retired_pair, teardown);
  g_test_add ("/run-editor-shoes/default-per-surface", Fixture, NULL, setup, test_default_per_surface, teardown);
  g_test_add_func ("/run-editor-shoes/no-shoes", test_no_shoes);
  return g_test_run ();
}
