/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The run list in a real window: columns give way on a 360 px window so
 * nothing is cut off and they come back when it widens; a run added
 * while the list shows the newest stays in view; every column sorts both
 * ways; a run edited in place shows its new figures (issues 13 and 15). */
#include "bk-config.h"

#include <string.h>

#include "gui/bk-training-page.h"
#include "bk-test-gui.h"

#define N_RUNS 400

typedef struct {
  char      *dir;
  BkContext *context;
  GtkWindow *window;
  GtkColumnView *view;
} Fixture;

static GDateTime *
morning (int days_back)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_back);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 7, 0, 0);
}

static gboolean
shows_every_run (gpointer view)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))) == N_RUNS;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const BkSurface surfaces[] = { BK_SURFACE_ROAD, BK_SURFACE_TRAIL, BK_SURFACE_NONE, BK_SURFACE_TRACK };
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  f->context = bk_test_context_new (&f->dir);
  for (int i = N_RUNS + 1; i >= 2; i--)
    {
      g_autoptr(GDateTime) when = morning (i);
      BkRun *run = bk_run_new (when, 3000 + (i * 7919) % 12000, 1200 + (i * 104729) % 4000);

      bk_run_set_rpe (run, i % 11);
      bk_run_set_surface (run, surfaces[i % G_N_ELEMENTS (surfaces)]);
      g_ptr_array_add (runs, run);
    }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (f->context), runs, &error));
  g_assert_no_error (error);

  /* The page alone: the run list's own width is what is tested, not the
   * window's other parts. */
  f->window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (BK_TYPE_TRAINING_PAGE, NULL);
  bk_training_page_set_context (BK_TRAINING_PAGE (page), f->context);
  gtk_window_set_child (f->window, page);
  gtk_window_set_default_size (f->window, GPOINTER_TO_INT (data), 760);
  gtk_window_present (f->window);
  f->view = GTK_COLUMN_VIEW (bk_test_child (page, BK_TYPE_TRAINING_PAGE, "run_view"));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->view));
  /* The list shows a screenful until its second frame, then every run. */
  g_assert_true (bk_test_wait_for (shows_every_run, f->view));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (g_steal_pointer (&f->window));
  bk_test_spin ();
  g_clear_object (&f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Lets a few frames pass: layout, then what layout changed. */
static void
settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      bk_test_spin ();
      g_usleep (5000);
    }
}

static GtkColumnViewColumn *
column_titled (Fixture    *f,
               const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (f->view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        return column;
    }
  g_assert_not_reached ();
}

/* Nothing of the list lies beyond its right edge: no sideways scrolling,
 * no column cut off. */
static void
assert_nothing_cut_off (Fixture *f)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->view));

  g_test_message ("list %d px wide, content %.0f px", gtk_widget_get_width (GTK_WIDGET (f->view)),
                  gtk_adjustment_get_upper (h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 0.5);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 360);
  assert_nothing_cut_off (f);
  g_assert_true (gtk_column_view_column_get_visible (column_titled (f, "Date")));
  g_assert_true (gtk_column_view_column_get_visible (column_titled (f, "Distance")));
  g_assert_true (gtk_column_view_column_get_visible (column_titled (f, "Effort")));
  g_assert_false (gtk_column_view_column_get_visible (column_titled (f, "Surface")));
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-360");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  settle ();
  assert_nothing_cut_off (f);
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-360-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Wide again: every column is back. */
  gtk_window_set_default_size (f->window, 1280, 760);
  settle ();
  assert_nothing_cut_off (f);
  for (const char * const *title = (const char *[]) { "Date", "Distance", "Time", "Pace", "Surface", "Effort", NULL };
       *title != NULL; title++)
    g_assert_true (gtk_column_view_column_get_visible (column_titled (f, *title)));
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-1280");
}

/* The list shows the newest run; a run is logged for this morning: it is
 * the first row and in view, not hidden above the old first row. */
static void
test_newest_stays_in_view (Fixture       *f,
                           gconstpointer  data)
{
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view));
  g_autoptr(GDateTime) when = morning (0);
  g_autoptr(BkRun) run = bk_run_new (when, 21097, 7200);
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRun) first = NULL;
  g_autofree char *shown = NULL;

  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (v), ==, gtk_adjustment_get_lower (v));
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
  settle ();

  first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (f->view)), 0);
  g_assert_cmpint (bk_run_get_id (first), ==, bk_run_get_id (run));
  g_test_message ("scrolled to %.0f of %.0f", gtk_adjustment_get_value (v), gtk_adjustment_get_upper (v));
  g_assert_cmpfloat (gtk_adjustment_get_value (v), <=, gtk_adjustment_get_lower (v) + 1);
  shown = bk_test_shown_text (f->view);
  g_assert_nonnull (strstr (shown, "21.10 km"));
}

typedef double (*RunValue) (BkRun *run);

static double date_of (BkRun *run) { return (double) g_date_time_to_unix (bk_run_get_started_at (run)); }
static double distance_of (BkRun *run) { return bk_run_get_distance (run); }
static double duration_of (BkRun *run) { return (double) bk_run_get_duration (run); }
static double pace_of (BkRun *run) { return bk_run_get_pace (run); }
static double effort_of (BkRun *run) { return bk_run_get_rpe (run); }

static double
surface_of (BkRun *run)
{
  /* Compared by label; the labels' first letters order them here. */
  return g_utf8_get_char (bk_surface_get_label (bk_run_get_surface (run)));
}

static void
assert_sorted (Fixture  *f,
               RunValue  value,
               gboolean  descending)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (f->view));
  guint n = g_list_model_get_n_items (model);
  double previous = descending ? G_MAXDOUBLE : -G_MAXDOUBLE;

  g_assert_cmpuint (n, ==, N_RUNS);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BkRun) run = g_list_model_get_item (model, i);
      double here = value (run);

      if (descending)
        g_assert_cmpfloat (here, <=, previous);
      else
        g_assert_cmpfloat (here, >=, previous);
      previous = here;
    }
}

/* The column headers' arrows that point a way. */
static guint
count_arrows (GtkWidget *widget)
{
  guint n = g_str_equal (gtk_widget_get_css_name (widget), "sort-indicator") &&
            gtk_widget_get_visible (widget) &&
            (gtk_widget_has_css_class (widget, "ascending") || gtk_widget_has_css_class (widget, "descending"));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_arrows (c);
  return n;
}

static void
test_sort_every_column (Fixture       *f,
                        gconstpointer  data)
{
  static const struct { const char *title; RunValue value; } columns[] = {
    { "Date", date_of }, { "Distance", distance_of }, { "Time", duration_of },
    { "Pace", pace_of }, { "Surface", surface_of }, { "Effort", effort_of },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_test_message ("%s, %s", columns[i].title, descending ? "descending" : "ascending");
        gtk_column_view_sort_by_column (f->view, column_titled (f, columns[i].title),
                                        descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        bk_test_spin ();
        assert_sorted (f, columns[i].value, descending);
        /* One arrow, on the column the list is sorted by: GTK 4.8 kept
         * one on every column clicked before. */
        g_assert_cmpuint (count_arrows (GTK_WIDGET (f->view)), ==, 1);
      }
  /* Back to the newest first, as the list opens. */
  gtk_column_view_sort_by_column (f->view, column_titled (f, "Date"), GTK_SORT_DESCENDING);
  bk_test_spin ();
  assert_sorted (f, date_of, TRUE);
  g_assert_cmpuint (count_arrows (GTK_WIDGET (f->view)), ==, 1);
}

/* An edit that keeps the run's place (its notes and distance, not its
 * date) shows in the row at once. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (f->view));
  g_autoptr(BkRun) shown_run = g_list_model_get_item (model, 1);
  g_autoptr(BkRun) edited = bk_run_copy (shown_run);
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRun) after = NULL;
  g_autofree char *shown = NULL;

  bk_run_set_distance (edited, 12345);
  g_assert_true (bk_run_store_update (bk_context_get_run_store (f->context), edited, &error));
  g_assert_no_error (error);
  settle ();
  after = g_list_model_get_item (model, 1);
  g_assert_cmpint (bk_run_get_id (after), ==, bk_run_get_id (edited));
  g_assert_cmpfloat (bk_run_get_distance (after), ==, 12345);
  shown = bk_test_shown_text (f->view);
  g_assert_nonnull (strstr (shown, "12.35 km"));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/run-list/narrow", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/run-list/newest-stays-in-view", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_newest_stays_in_view, fixture_tear_down);
  g_test_add ("/run-list/sort-every-column", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_sort_every_column, fixture_tear_down);
  g_test_add ("/run-list/edit-in-place", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_edit_in_place, fixture_tear_down);
  return g_test_run ();
}
