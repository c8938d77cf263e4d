/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The run editor by keyboard (issue 15): focus starts in the first field,
 * Tab goes field to field even while a hint or an error shows, those lines
 * never move a field, Escape cancels and Ctrl+Enter saves. */
#include "bk-config.h"

#include "gui/bk-run-editor.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

typedef struct {
  char        *dir;
  BkContext   *context;
  BkRunEditor *editor;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkRunStore *store;

  f->context = bk_test_context_new (&f->dir);
  store = bk_context_get_run_store (f->context);
  /* A few weeks of 8 km runs, so a new distance has something to be
   * compared with and the live hint shows. */
  for (int day = 3; day < 40; day += 3)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -day);
      g_autoptr(BkRun) run = bk_run_new (start, 8000, 2700);
      g_autoptr(GError) error = NULL;

      g_assert_true (bk_run_store_add (store, run, &error));
    }
  f->editor = g_object_ref_sink (bk_run_editor_new (f->context, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f->editor), 460, 680);
  bk_test_present (f->editor);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  bk_test_finish_dialog (GTK_WIDGET (f->editor), f->context, f->dir);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return bk_test_child (f->editor, BK_TYPE_RUN_EDITOR, name);
}

static gboolean
focus_in (Fixture    *f,
          const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->editor));

  return focus != NULL && (focus == child (f, name) || gtk_widget_is_ancestor (focus, child (f, name)));
}

static double
top_of (Fixture    *f,
        const char *name)
{
  graphene_rect_t bounds;

  bk_test_spin ();
  g_assert_true (gtk_widget_compute_bounds (child (f, name), GTK_WIDGET (f->editor), &bounds));
  return bounds.origin.y;
}

static void
test_first_focus (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_true (focus_in (f, "date_row"));
}

/* Tab from Distance lands in Duration whether the distance brought up the
 * live hint or an error line, and neither moves Duration or Effort. */
static void
test_tab_past_messages (Fixture       *f,
                        gconstpointer  data)
{
  const char *distances[] = { "12 km", "twelve" };
  double duration_top = top_of (f, "duration_row");
  double effort_top = top_of (f, "effort_row");

  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    {
      gtk_widget_grab_focus (child (f, "distance_row"));
      gtk_editable_set_text (GTK_EDITABLE (child (f, "distance_row")), distances[i]);
      g_assert_true (gtk_widget_get_visible (child (f, i == 0 ? "spike_label" : "distance_error")));
      g_assert_cmpfloat (top_of (f, "duration_row"), ==, duration_top);
      g_assert_cmpfloat (top_of (f, "effort_row"), ==, effort_top);
      bk_test_press_keys (GTK_WIDGET (f->editor), "Tab");
      g_assert_true (focus_in (f, "duration_row"));
      if (i == 0)
        bk_test_save_png (GTK_WIDGET (f->editor), "run-editor-hint");
      if (i == 0)
        bk_test_save_looks (GTK_WIDGET (f->editor), "run-editor-hint");
    }
  /* And on from Duration, past the pace line, to Effort. */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "distance_row")), "12 km");
  gtk_widget_grab_focus (child (f, "duration_row"));
  bk_test_press_keys (GTK_WIDGET (f->editor), "5 5 colon 2 0 Tab");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "duration_row"))), ==, "55:20");
  g_assert_true (focus_in (f, "effort_row"));
  g_assert_cmpfloat (top_of (f, "effort_row"), ==, effort_top);
}

/* A valid run typed in, then @keys pressed on the @row: the editor closes
 * with @n_runs in the log. */
static void
press_on_filled_form (Fixture    *f,
                      const char *row,
                      const char *keys,
                      int         n_runs)
{
  gtk_editable_set_text (GTK_EDITABLE (child (f, "distance_row")), "12 km");
  gtk_editable_set_text (GTK_EDITABLE (child (f, "duration_row")), "1:05:00");
  gtk_widget_grab_focus (child (f, row));
  bk_test_press_keys (GTK_WIDGET (f->editor), keys);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->editor)));
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (f->context), NULL), ==, n_runs);
}

static void
test_escape_cancels (Fixture       *f,
                     gconstpointer  data)
{
  press_on_filled_form (f, "duration_row", "Escape", 13);
}

/* From a list row too, where Enter alone opens the list. */
static void
test_ctrl_enter_saves (Fixture       *f,
                       gconstpointer  data)
{
  press_on_filled_form (f, "surface_row", "ctrl+Return", 14);
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/run-editor-keys/first-focus", Fixture, NULL, setup, test_first_focus, teardown);
  g_test_add ("/run-editor-keys/tab-past-messages", Fixture, NULL, setup, test_tab_past_messages, teardown);
  g_test_add ("/run-editor-keys/escape-cancels", Fixture, NULL, setup, test_escape_cancels, teardown);
  g_test_add ("/run-editor-keys/ctrl-enter-saves", Fixture, NULL, setup, test_ctrl_enter_saves, teardown);
  return g_test_run ();
}
