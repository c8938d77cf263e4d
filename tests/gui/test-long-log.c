/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include "gui/bk-assessment-dialog.h"
#include "gui/bk-checklist-group.h"
#include "gui/bk-guide-panel.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-pain-entry-row.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "store/bk-run-list.h"
#include "tests/bk-test-long-log.h"
#include "bk-test-gui.h"

/* The window on a twenty-year log (issue 13): one run a day and a pain
 * entry every other day. The Pain page and the guide wait until they are
 * first shown; the journal lists every entry, newest first, in rows
 * recycled as it scrolls; adding, deleting and undoing still work; and
 * everything is finalized when the window goes. */

#define N_ENTRIES BK_LONG_LOG_ENTRIES

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
  BkPainPage *page;
  gint64     newest_id;
  gint64     oldest_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  bk_long_log_fill (f->context, &f->oldest_id, &f->newest_id);
  f->window = bk_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = BK_PAIN_PAGE (bk_test_child (f->window, BK_TYPE_WINDOW, "pain_page"));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f->window)));
  bk_test_spin ();
  g_clear_object (&f->context);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
show_journal (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "pain"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "pain.show-journal", NULL));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, bk_test_child (f->page, BK_TYPE_PAIN_PAGE, "journal_list")));
}

/* The journal's rows with an entry, in the order they are laid out. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (BK_IS_PAIN_ENTRY_ROW (widget))
    {
      if (bk_pain_entry_row_get_entry (BK_PAIN_ENTRY_ROW (widget)) != NULL && gtk_widget_get_child_visible (widget))
        g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, rows);
}

static int
compare_by_y (gconstpointer a,
              gconstpointer b)
{
  graphene_point_t pa, pb;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (*(GtkWidget **) a));

  g_assert_true (gtk_widget_compute_point (*(GtkWidget **) a, root, &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (*(GtkWidget **) b, root, &GRAPHENE_POINT_INIT (0, 0), &pb));
  return (pa.y > pb.y) - (pa.y < pb.y);
}

/* The rows on screen: inside the journal's scrolled window. */
static GPtrArray *
rows_on_screen (Fixture *f)
{
  GtkWidget *scroller = bk_test_child (f->page, BK_TYPE_PAIN_PAGE, "journal_scroller");
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *shown = g_ptr_array_new ();
  int height = gtk_widget_get_height (scroller);

  collect_rows (scroller, all);
  for (guint i = 0; i < all->len; i++)
    {
      graphene_point_t top, bottom;
      GtkWidget *row = all->pdata[i];

      if (!gtk_widget_get_mapped (row) ||
          !gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &top) ||
          !gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (row)), &bottom))
        continue;
      if (bottom.y > 0 && top.y < height)
        g_ptr_array_add (shown, row);
    }
  g_ptr_array_sort (shown, compare_by_y);
  return shown;
}

static gint64
row_id (gpointer row)
{
  return bk_pain_entry_get_id (bk_pain_entry_row_get_entry (row));
}

static gboolean
at_the_end (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) shown = rows_on_screen (f);

  return shown->len > 0 && row_id (shown->pdata[shown->len - 1]) == f->oldest_id;
}

static gboolean
shows_every_run (gpointer data)
{
  return g_list_model_get_n_items (data) == BK_LONG_LOG_DAYS;
}

static void
test_filled_when_shown (Fixture       *f,
                        gconstpointer  data)
{
  GtkListView *journal = GTK_LIST_VIEW (bk_test_child (f->page, BK_TYPE_PAIN_PAGE, "journal_list"));
  BkGuidePanel *panel = BK_GUIDE_PANEL (bk_test_child (f->window, BK_TYPE_WINDOW, "guide_panel"));

  /* Shown on the Training page: the Pain page has read nothing, the guide
   * is not parsed. */
  g_assert_null (bk_pain_page_get_context (f->page));
  g_assert_null (gtk_list_view_get_model (journal));
  g_assert_null (bk_guide_panel_get_library (panel));
  /* The run list holds its ids, and objects only for the rows GTK keeps
   * ready (up to 200 in GTK 4.8), in pages of 64. */
  {
    GtkWidget *training = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");
    GtkColumnView *view = GTK_COLUMN_VIEW (bk_test_child (training, BK_TYPE_TRAINING_PAGE, "run_view"));
    GListModel *shown = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)));
    GListModel *runs = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (shown));

    g_assert_true (BK_IS_RUN_LIST (runs));
    g_assert_cmpuint (g_list_model_get_n_items (runs), ==, BK_LONG_LOG_DAYS);
    /* A screenful before the first frame, every run from the next one. */
    g_assert_true (bk_test_wait_for (shows_every_run, shown));
    g_test_message ("%u of %u runs loaded", bk_run_list_get_n_loaded (BK_RUN_LIST (runs)), BK_LONG_LOG_DAYS);
    g_assert_cmpuint (bk_run_list_get_n_loaded (BK_RUN_LIST (runs)), <=, 256);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "pain"));
  g_assert_true (bk_pain_page_get_context (f->page) == f->context);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (journal))), ==, N_ENTRIES);

  bk_test_save_png (GTK_WIDGET (f->window), "pain-summary-long-log");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-guide", NULL));
  g_assert_nonnull (bk_guide_panel_get_library (panel));
}

static gboolean
assessment_dialog_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BK_IS_ASSESSMENT_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return TRUE;
  return FALSE;
}

/* "A clinician has assessed me" from the status card, before the Pain page
 * was ever shown: the page is filled for it, and the form opens. */
static void
test_assessment_before_pain_page (Fixture       *f,
                                  gconstpointer  data)
{
  g_assert_null (bk_pain_page_get_context (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.record-assessment", NULL));
  g_assert_true (bk_test_wait_for (assessment_dialog_shown, NULL));
  g_assert_true (bk_pain_page_get_context (f->page) == f->context);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (BK_IS_ASSESSMENT_DIALOG (l->data))
        gtk_window_destroy (l->data);
  }
  bk_test_spin ();
}

/* The journal in a narrow window in dark style. */
static void
test_journal_narrow_dark (Fixture       *f,
                          gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
  show_journal (f);
  bk_test_save_png (GTK_WIDGET (f->window), "pain-journal-360-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_journal_scrolls_to_the_oldest (Fixture       *f,
                                    gconstpointer  data)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (bk_test_child (f->page, BK_TYPE_PAIN_PAGE, "journal_scroller"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new ();

  show_journal (f);
  first = rows_on_screen (f);
  g_assert_cmpuint (first->len, >, 3);
  g_assert_cmpint (row_id (first->pdata[0]), ==, f->newest_id);
  /* Rows for what is on screen and a margin, not for 3,650 entries. */
  collect_rows (GTK_WIDGET (scroller), made);
  g_assert_cmpuint (made->len, <, 300);

  /* Scrolling to the end brings the oldest entry into the last row. The
   * list learns its full height as it goes, so keep going to the end. */
  for (int i = 0; i < 200 && !at_the_end (f); i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      for (int j = 0; j < 5; j++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (2000);
        }
    }
  g_assert_true (bk_test_wait_for (at_the_end, f));
  bk_test_save_png (GTK_WIDGET (f->window), "pain-journal-end");
}

static BkPainEditor *
find_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BK_IS_PAIN_EDITOR (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
editor_shown (gpointer data)
{
  return find_editor () != NULL;
}

static gboolean
editor_gone (gpointer data)
{
  return find_editor () == NULL;
}

static gboolean
undo_shown (gpointer window)
{
  return bk_test_find_button (window, "_Undo") != NULL;
}

typedef struct {
  Fixture *f;
  gint64   id;
} TopCheck;

static gboolean
newest_is (gpointer data)
{
  TopCheck *check = data;
  g_autoptr(GPtrArray) shown = rows_on_screen (check->f);

  return shown->len > 0 && row_id (shown->pdata[0]) == check->id;
}

static void
test_add_delete_undo (Fixture       *f,
                      gconstpointer  data)
{
  BkPainStore *store = bk_context_get_pain_store (f->context);
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(BkPainEntry) added = NULL;
  BkPainEditor *editor;
  GtkWidget *rating_box;
  TopCheck check = { f, 0 };
  gint64 added_id;

  show_journal (f);

  /* Ctrl+P's editor, Save: the new entry heads the journal. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.record-pain", NULL));
  g_assert_true (bk_test_wait_for (editor_shown, NULL));
  editor = find_editor ();
  rating_box = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "rating_box");
  {
    GtkWidget *button = gtk_widget_get_first_child (rating_box);

    for (int i = 0; i < 6; i++)
      button = gtk_widget_get_next_sibling (button);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  }
  /* No warning signs; the health screen, when asked, aged 20 to 50. */
  gtk_check_button_set_active (bk_checklist_group_get_none_check (
    BK_CHECKLIST_GROUP (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "warning_group"))), TRUE);
  if (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group")))
    {
      GtkWidget *age = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "age_box");

      for (GtkWidget *c = gtk_widget_get_first_child (age); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), "20 to 50") == 0)
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (c), TRUE);
      gtk_check_button_set_active (bk_checklist_group_get_none_check (
        BK_CHECKLIST_GROUP (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group"))), TRUE);
    }
  g_assert_true (gtk_widget_get_sensitive (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button")));
  g_signal_emit_by_name (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "save_button"), "clicked");
  g_assert_true (bk_test_wait_for (editor_gone, NULL));
  added = g_list_model_get_item (bk_pain_store_get_model (store), 0);
  added_id = bk_pain_entry_get_id (added);
  g_assert_cmpint (bk_pain_entry_get_rating (added), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (bk_pain_store_get_model (store)), ==, N_ENTRIES + 1);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "pain.show-journal", NULL);
  check.id = added_id;
  g_assert_true (bk_test_wait_for (newest_is, &check));

  /* Its delete button: gone from the journal and the log, with Undo. */
  shown = rows_on_screen (f);
  g_signal_emit_by_name (bk_test_find_icon_button (shown->pdata[0], "user-trash-symbolic"), "clicked");
  check.id = f->newest_id;
  g_assert_true (bk_test_wait_for (newest_is, &check));
  g_assert_null (bk_pain_store_get (store, added_id, NULL));
  g_assert_true (bk_test_wait_for (undo_shown, f->window));
  g_signal_emit_by_name (bk_test_find_button (GTK_WIDGET (f->window), "_Undo"), "clicked");
  check.id = added_id;
  g_assert_true (bk_test_wait_for (newest_is, &check));
  g_assert_cmpuint (g_list_model_get_n_items (bk_pain_store_get_model (store)), ==, N_ENTRIES + 1);
}

/* Closing the window lets go of every page, row and the context. */
static void
test_finalized (void)
{
  Fixture f = { 0 };
  GtkWidget *row = NULL;
  GObject *page;
  GObject *context;

  fixture_set_up (&f, NULL);
  show_journal (&f);
  {
    g_autoptr(GPtrArray) shown = rows_on_screen (&f);

    g_assert_cmpuint (shown->len, >, 0);
    row = shown->pdata[0];
  }
  page = G_OBJECT (f.page);
  context = G_OBJECT (f.context);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  g_object_add_weak_pointer (page, (gpointer *) &page);
  g_object_add_weak_pointer (context, (gpointer *) &context);

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f.window)));
  bk_test_spin ();
  g_assert_null (row);
  g_assert_null (page);
  g_clear_object (&f.context);
  g_assert_null (context);
  f.context = NULL;
  fixture_tear_down (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/long-log/filled-when-shown", Fixture, NULL, fixture_set_up, test_filled_when_shown, fixture_tear_down);
  g_test_add ("/long-log/journal-scrolls-to-the-oldest", Fixture, NULL, fixture_set_up,
              test_journal_scrolls_to_the_oldest, fixture_tear_down);
  g_test_add ("/long-log/assessment-before-pain-page", Fixture, NULL, fixture_set_up,
              test_assessment_before_pain_page, fixture_tear_down);
  g_test_add ("/long-log/journal-narrow-dark", Fixture, NULL, fixture_set_up, test_journal_narrow_dark, fixture_tear_down);
  g_test_add ("/long-log/add-delete-undo", Fixture, NULL, fixture_set_up, test_add_delete_undo, fixture_tear_down);
  g_test_add_func ("/long-log/finalized", test_finalized);
  return g_test_run ();
}
