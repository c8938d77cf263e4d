/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing from the window: the progress bar while it runs, Cancel, the
 * summary with Undo, one update of the pages, and the empty Training
 * page's Import button. Real files, a real database, a real window. */
#include "bk-config.h"

#include <string.h>

#include "gui/bk-import-bar.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct
{
  char      *dir;
  char      *watch;
  BkContext *context;
  BkWindow  *window;
  gboolean   finished;
} Fixture;

static void
copy_data (Fixture    *f,
           const char *name)
{
  g_autofree char *from = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"), "tests", "import", "data", name, NULL);
  g_autofree char *to = g_build_filename (f->watch, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* As bk_test_save_png(), but taken again when a frame in the middle of a
 * transition snapshots as nothing. */
static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("BACKSTRETCH_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *path = NULL;
  int width = 0, height = 0;

  g_assert_true (bk_test_wait_for (bk_test_is_drawn, widget));
  for (int attempt = 0; attempt < 100 && node == NULL; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      for (int i = 0; i < 10; i++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
        }
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
finished_cb (BkImportBar *bar,
             Fixture     *f)
{
  f->finished = TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  f->watch = g_build_filename (f->dir, "watch", NULL);
  g_assert_cmpint (g_mkdir (f->watch, 0700), ==, 0);
  f->window = bk_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  gtk_window_present (GTK_WINDOW (f->window));
  g_signal_connect (bk_test_child (f->window, BK_TYPE_WINDOW, "import_bar"), "finished",
                    G_CALLBACK (finished_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->watch);

  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();
  g_assert_finalize_object (f->context);
  g_assert_cmpint (system (command), ==, 0);
  bk_test_remove_dir (f->dir);
  g_free (f->watch);
  g_free (f->dir);
}

static gboolean
is_finished (gpointer data)
{
  return ((Fixture *) data)->finished;
}

static void
changed_cb (BkRunStore *store,
            guint      *count)
{
  (*count)++;
}

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  BkImportBar *bar = BK_IMPORT_BAR (bk_test_child (f->window, BK_TYPE_WINDOW, "import_bar"));
  GtkWidget *revealer = bk_test_child (bar, BK_TYPE_IMPORT_BAR, "revealer");
  const char *paths[] = { f->watch, NULL };
  BkRunStore *runs = bk_context_get_run_store (f->context);
  guint changes = 0;
  BkImportSummary *summary;

  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  copy_data (f, "garmin-fenix-5-bike.fit");
  copy_data (f, "gtrnctr-lap_s.tcx.gz");
  copy_data (f, "activity-unexpected-eof.fit");
  g_signal_connect (runs, "changed", G_CALLBACK (changed_cb), &changes);

  bk_window_import (f->window, paths);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (bk_import_bar_is_running (bar));

  g_assert_true (bk_test_wait_for (is_finished, f));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  summary = bk_import_bar_get_summary (bar);
  g_assert_cmpuint (summary->imported, ==, 3);
  g_assert_cmpuint (summary->others, ==, 1);
  g_assert_cmpuint (summary->problems->len, ==, 1);
  g_assert_cmpint (bk_run_store_count (runs, NULL), ==, 3);
  /* The pages heard of the import once. */
  g_assert_cmpuint (changes, ==, 1);
  bk_test_spin ();

  /* Undo takes out the whole import. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo-import", NULL);
  g_assert_cmpint (bk_run_store_count (runs, NULL), ==, 0);
  g_signal_handlers_disconnect_by_data (runs, &changes);
}

static void
test_summary_toast (Fixture       *f,
                    gconstpointer  data)
{
  const char *paths[] = { f->watch, NULL };

  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  bk_window_import (f->window, paths);
  g_assert_true (bk_test_wait_for (is_finished, f));
  save_png (GTK_WIDGET (f->window), "import-summary");
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (f->context), NULL), ==, 2);
}

static gboolean
has_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return !has_dialog (data);
}

/* Files that could not be read are named in a dialog, which offers Undo. */
static void
test_problem_dialog (Fixture       *f,
                     gconstpointer  data)
{
  const char *paths[] = { f->watch, NULL };
  GtkWidget *dialog;
  const char *body;

  copy_data (f, "garmin-fenix-5-run.fit");
  copy_data (f, "activity-unexpected-eof.fit");
  bk_window_import (f->window, paths);
  g_assert_true (bk_test_wait_for (is_finished, f));
  g_assert_true (bk_test_wait_for (has_dialog, NULL));
  dialog = find_dialog ();
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "activity-unexpected-eof.fit is cut short"));
  save_png (dialog, "import-problems");
  /* As the button does: the response, then the dialog closes. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "undo");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (bk_test_wait_for (no_dialog, NULL));
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (f->context), NULL), ==, 0);
}

/* Cancel stops after the file being read; what was stored can be undone. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  BkImportBar *bar = BK_IMPORT_BAR (bk_test_child (f->window, BK_TYPE_WINDOW, "import_bar"));
  GtkWidget *cancel = bk_test_child (bar, BK_TYPE_IMPORT_BAR, "cancel_button");
  const char *paths[] = { f->watch, NULL };

  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  bk_window_import (f->window, paths);
  g_assert_true (gtk_widget_is_sensitive (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  g_assert_false (gtk_widget_is_sensitive (cancel));
  g_assert_true (bk_test_wait_for (is_finished, f));
  g_assert_true (bk_import_bar_get_summary (bar)->cancelled);
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (f->context), NULL), <=, 2);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_count (gpointer data)
{
  GtkLabel *label = data;

  return strstr (gtk_label_get_label (label), " of 120 files") != NULL;
}

/* A long import says how far it is while the window stays usable. */
static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  BkImportBar *bar = BK_IMPORT_BAR (bk_test_child (f->window, BK_TYPE_WINDOW, "import_bar"));
  GtkLabel *label = GTK_LABEL (bk_test_child (bar, BK_TYPE_IMPORT_BAR, "label"));
  GtkProgressBar *progress = GTK_PROGRESS_BAR (bk_test_child (bar, BK_TYPE_IMPORT_BAR, "progress"));
  g_autofree char *from = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"), "tests", "import", "data",
                                            "gtrnctr-lap_s.tcx.gz", NULL);
  g_autofree char *contents = NULL;
  const char *paths[] = { f->watch, NULL };
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  for (int i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/run-%03d.tcx.gz", f->watch, i);

      g_assert_true (g_file_set_contents (name, contents, length, NULL));
    }
  bk_window_import (f->window, paths);
  g_assert_true (bk_test_wait_for (shows_count, label));
  save_png (GTK_WIDGET (f->window), "import-progress");
  g_assert_true (bk_test_wait_for (is_finished, f));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), >, 0.9);
  g_assert_cmpuint (bk_import_bar_get_summary (bar)->imported, ==, 1);
  g_assert_cmpuint (bk_import_bar_get_summary (bar)->duplicates, ==, 119);
}

/* The empty Training page offers Import beside Add Run, with a name a
 * screen reader can say. */
static void
test_empty_page (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");
  GtkWidget *button;

  g_assert_true (bk_test_wait_for (bk_test_is_drawn, page));
  button = find_action_button (page, "win.import");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  save_png (GTK_WIDGET (f->window), "import-empty-training");
}

int
main (int    argc,
      char **argv)
{
  bk_test_gui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/folder", test_folder);
  ADD ("/import/summary-toast", test_summary_toast);
  ADD ("/import/problem-dialog", test_problem_dialog);
  ADD ("/import/cancel", test_cancel);
  ADD ("/import/progress", test_progress);
  ADD ("/import/empty-page", test_empty_page);
#undef ADD
  return g_test_run ();
}
