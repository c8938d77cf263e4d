/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The run list's Shoes column (issue 16): each run shows its pair, a
 * renamed pair shows its new name, a pair created behind the list's back
 * (as an import does) shows at once, and on a 360 px window the column
 * gives way first; screenshots wide and narrow, light and dark. The
 * column sorts by the pairs' names, as the locale orders them, and a
 * renamed pair takes its new place. */
#include "bk-config.h"

#include <string.h>

#include "gui/bk-training-page.h"
#include "store/bk-shoe-store.h"
#include "bk-test-gui.h"

typedef struct {
  char          *dir;
  BkContext     *context;
  GtkWindow     *window;
  GtkColumnView *view;
  gint64         pegasus;
} Fixture;

static gint64
add_shoe (BkContext  *context,
          const char *name)
{
  g_autoptr(BkShoe) shoe = bk_shoe_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (bk_shoe_store_add (bk_context_get_database (context), shoe, &error));
  g_assert_no_error (error);
  return bk_shoe_get_id (shoe);
}

static void
add_run (Fixture *f,
         int      days_ago,
         gint64   shoe_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_days (now, -days_ago);
  g_autoptr(BkRun) run = bk_run_new (when, 8000, 2880);
  g_autoptr(GError) error = NULL;

  bk_run_set_shoe_id (run, shoe_id);
  bk_run_set_surface (run, BK_SURFACE_ROAD);
  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, &error));
  g_assert_no_error (error);
}

static void
settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      bk_test_spin ();
      g_usleep (5000);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page;

  f->context = bk_test_context_new (&f->dir);
  f->pegasus = add_shoe (f->context, "Pegasus");
  add_run (f, 3, f->pegasus);
  add_run (f, 2, 0);
  f->window = GTK_WINDOW (gtk_window_new ());
  page = g_object_new (BK_TYPE_TRAINING_PAGE, NULL);
  bk_training_page_set_context (BK_TRAINING_PAGE (page), f->context);
  gtk_window_set_child (f->window, page);
  gtk_window_set_default_size (f->window, 1280, 760);
  gtk_window_present (f->window);
  f->view = GTK_COLUMN_VIEW (bk_test_child (page, BK_TYPE_TRAINING_PAGE, "run_view"));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->view));
  settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (g_steal_pointer (&f->window));
  bk_test_spin ();
  g_assert_finalize_object (f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GtkColumnViewColumn *
shoe_column (Fixture *f)
{
  GListModel *columns = gtk_column_view_get_columns (f->view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), "Shoes"))
        return column;
    }
  g_assert_not_reached ();
}

static void
test_shoe_column (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BkShoe) renamed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *after_rename = NULL;
  g_autofree char *after_new = NULL;
  g_autofree char *narrow = NULL;
  gint64 trail;

  g_assert_true (gtk_column_view_column_get_visible (shoe_column (f)));
  shown = bk_test_shown_text (f->view);
  g_assert_cmpuint (bk_test_count_of (shown, "Pegasus\n"), ==, 1);

  /* Renamed: the row follows. */
  renamed = bk_shoe_store_get (bk_context_get_database (f->context), f->pegasus, &error);
  g_assert_no_error (error);
  bk_shoe_set_name (renamed, "Pegasus 40");
  g_assert_true (bk_shoe_store_update (bk_context_get_database (f->context), renamed, &error));
  g_assert_no_error (error);
  bk_context_shoes_changed (f->context);
  settle ();
  after_rename = bk_test_shown_text (f->view);
  g_assert_cmpuint (bk_test_count_of (after_rename, "Pegasus 40\n"), ==, 1);
  g_assert_null (strstr (after_rename, "Pegasus\n"));

  /* A pair the list has not heard of, and a run in it (an import). */
  trail = add_shoe (f->context, "Speedgoat");
  add_run (f, 1, trail);
  settle ();
  after_new = bk_test_shown_text (f->view);
  g_assert_cmpuint (bk_test_count_of (after_new, "Speedgoat\n"), ==, 1);
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-shoes-1280");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-shoes-1280-dark");

  /* Narrow: the shoes give way first, nothing is cut off. */
  gtk_window_set_default_size (f->window, 360, 760);
  settle ();
  g_assert_false (gtk_column_view_column_get_visible (shoe_column (f)));
  narrow = bk_test_shown_text (f->view);
  g_assert_null (strstr (narrow, "Speedgoat"));
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-shoes-360-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-shoes-360");

  /* Wide again: back. */
  gtk_window_set_default_size (f->window, 1280, 760);
  settle ();
  g_assert_true (gtk_column_view_column_get_visible (shoe_column (f)));
}

/* The shoes of the list's runs, top to bottom, "-" for none. */
static char *
shoes_in_order (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (f->view));
  g_autoptr(GHashTable) names = bk_shoe_store_names (bk_context_get_database (f->context), NULL);
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BkRun) run = g_list_model_get_item (model, i);
      gint64 id = bk_run_get_shoe_id (run);
      const char *name = id > 0 ? g_hash_table_lookup (names, &id) : NULL;

      g_string_append_printf (order, "%s%s", order->len > 0 ? "," : "", name != NULL ? name : "-");
    }
  return g_string_free (order, FALSE);
}

static void
test_sort_by_shoes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BkShoe) renamed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ascending = NULL;
  g_autofree char *descending = NULL;
  g_autofree char *after_rename = NULL;
  g_autofree char *by_date = NULL;
  gint64 cloud = add_shoe (f->context, "cloudflow");
  gboolean lower_first;

  /* Pegasus (3 days ago), none (2), then Cloudflow twice (5 and 1). */
  add_run (f, 5, cloud);
  add_run (f, 1, cloud);
  settle ();
  g_assert_true (gtk_column_view_column_get_sorter (shoe_column (f)) != NULL);

  gtk_column_view_sort_by_column (f->view, shoe_column (f), GTK_SORT_ASCENDING);
  settle ();
  ascending = shoes_in_order (f);
  /* No pair first; the names as the locale orders them (the tests' C.UTF-8
   * puts capitals first, a person's English locale does not); one pair's
   * runs newest first, as the list opens. */
  lower_first = g_utf8_collate ("cloudflow", "Pegasus") < 0;
  g_assert_cmpstr (ascending, ==, lower_first ? "-,cloudflow,cloudflow,Pegasus" : "-,Pegasus,cloudflow,cloudflow");
  {
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (f->view));
    g_autoptr(BkRun) first = g_list_model_get_item (model, lower_first ? 1 : 2);
    g_autoptr(BkRun) second = g_list_model_get_item (model, lower_first ? 2 : 3);

    g_assert_cmpint (g_date_time_compare (bk_run_get_started_at (first), bk_run_get_started_at (second)), >, 0);
  }

  gtk_column_view_sort_by_column (f->view, shoe_column (f), GTK_SORT_DESCENDING);
  settle ();
  descending = shoes_in_order (f);
  g_assert_cmpstr (descending, ==, lower_first ? "Pegasus,cloudflow,cloudflow,-" : "cloudflow,cloudflow,Pegasus,-");
  bk_test_save_png (GTK_WIDGET (f->window), "run-list-sorted-by-shoes");

  /* Renamed past the other pair (in the tests' locale): the sorted list
   * follows at once. */
  renamed = bk_shoe_store_get (bk_context_get_database (f->context), f->pegasus, &error);
  g_assert_no_error (error);
  bk_shoe_set_name (renamed, "zephyr");
  g_assert_true (bk_shoe_store_update (bk_context_get_database (f->context), renamed, &error));
  g_assert_no_error (error);
  bk_context_shoes_changed (f->context);
  settle ();
  after_rename = shoes_in_order (f);
  g_assert_cmpstr (after_rename, ==, "zephyr,cloudflow,cloudflow,-");

  gtk_column_view_sort_by_column (f->view, NULL, GTK_SORT_ASCENDING);
  settle ();
  by_date = shoes_in_order (f);
  g_assert_cmpstr (by_date, ==, "cloudflow,-,zephyr,cloudflow");
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/run-list-shoes/column", Fixture, NULL, fixture_set_up, test_shoe_column, fixture_tear_down);
  g_test_add ("/run-list-shoes/sort", Fixture, NULL, fixture_set_up, test_sort_by_shoes, fixture_tear_down);
  return g_test_run ();
}
