/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences › Training Log: check the log, back it up, and restore it
 * from the listed backups, in a real window. */
#include "bk-config.h"

#include "bk-test-gui.h"
#include "gui/bk-log-care-group.h"
#include "gui/bk-open-error.h"
#include "gui/bk-preferences-window.h"
#include "store/bk-backup.h"
#include "../store/bk-test-files.h"

typedef struct {
  char                *dir;
  BkContext           *context;
  BkPreferencesWindow *window;
  BkLogCareGroup      *group;
} Fixture;

static GtkWidget *
find_group (GtkWidget *widget)
{
  if (BK_IS_LOG_CARE_GROUP (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_group (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  g_assert_true (bk_database_exec (bk_context_get_database (f->context),
                                   "INSERT INTO runs (started_at, distance_m, duration_s) VALUES"
                                   " ('2026-11-20T07:00:00+01:00', 10000, 3300),"
                                   " ('2026-11-22T07:00:00+01:00', 16000, 5700)", NULL));
  f->window = bk_preferences_window_new (bk_context_get_settings (f->context));
  bk_preferences_window_add_log_care (f->window, f->context);
  f->group = BK_LOG_CARE_GROUP (find_group (GTK_WIDGET (f->window)));
  g_assert_nonnull (f->group);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 560, 640);
  gtk_window_present (GTK_WINDOW (f->window));
  {
    GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (f->group), ADW_TYPE_PREFERENCES_PAGE);

    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (f->window), ADW_PREFERENCES_PAGE (page));
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_destroy (GTK_WINDOW (f->window));
  /* A check's thread lets go of its task a moment after it reports. */
  while (G_OBJECT (f->context)->ref_count > 1 && g_get_monotonic_time () < deadline)
    {
      bk_test_spin ();
      g_usleep (2000);
    }
  g_assert_finalize_object (f->context);
  bk_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint
n_backups (Fixture *f)
{
  g_autoptr(GPtrArray) list = bk_backup_list (bk_database_get_path (bk_context_get_database (f->context)),
                                              NULL);

  return list->len;
}

static gint64
run_count (Fixture *f)
{
  return bk_run_store_count (bk_context_get_run_store (f->context), NULL);
}

static gboolean
subtitle_says_whole (gpointer data)
{
  Fixture *f = data;
  AdwActionRow *row = ADW_ACTION_ROW (bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "check_row"));

  return g_str_has_suffix (adw_action_row_get_subtitle (row), "whole");
}

static void
test_check_and_back_up (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *check = bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "check_button");
  GtkWidget *backup = bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "backup_button");
  AdwExpanderRow *restore = ADW_EXPANDER_ROW (bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "restore_row"));

  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->window));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (restore)));

  g_signal_emit_by_name (check, "clicked");
  g_assert_true (bk_test_wait_for (subtitle_says_whole, f));

  g_signal_emit_by_name (backup, "clicked");
  bk_test_spin ();
  g_signal_emit_by_name (backup, "clicked");
  bk_test_spin ();
  g_assert_cmpuint (n_backups (f), ==, 2);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (restore)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (restore), ==, "2 backups");

  adw_expander_row_set_expanded (restore, TRUE);
  bk_test_save_png (GTK_WIDGET (f->window), "preferences-training-log");
  {
    AdwStyleManager *style = adw_style_manager_get_default ();

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 640);
    bk_test_spin ();
    bk_test_save_png (GTK_WIDGET (f->window), "preferences-training-log-narrow-dark");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  }
}

static GtkWidget *
first_restore_button (Fixture *f)
{
  AdwExpanderRow *restore = ADW_EXPANDER_ROW (bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "restore_row"));
  GtkWidget *found = NULL;
  GtkWidget *stack[64];
  int top = 0;

  stack[top++] = GTK_WIDGET (restore);
  while (top > 0 && found == NULL)
    {
      GtkWidget *w = stack[--top];

      if (GTK_IS_BUTTON (w) && g_object_get_data (G_OBJECT (w), "backup-path") != NULL)
        found = w;
      for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL && top < 64; c = gtk_widget_get_prev_sibling (c))
        stack[top++] = c;
    }
  return found;
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* The window carries the restore out itself: the rows it shows go back to
 * what the backup holds, and the replaced log is kept. */
static void
test_restore_from_window (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *backup = bk_test_child (f->group, BK_TYPE_LOG_CARE_GROUP, "backup_button");
  AdwMessageDialog *dialog;
  GtkWidget *button;

  g_assert_true (bk_test_wait_for (bk_test_is_drawn, f->window));
  g_signal_emit_by_name (backup, "clicked");
  bk_test_spin ();
  g_assert_true (bk_database_exec (bk_context_get_database (f->context),
                                   "INSERT INTO runs (started_at, distance_m, duration_s) VALUES"
                                   " ('2026-11-24T07:00:00+01:00', 8000, 2700)", NULL));
  g_assert_cmpint (run_count (f), ==, 3);

  button = first_restore_button (f);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (bk_test_wait_for (dialog_shown, NULL));
  dialog = find_dialog ();
  bk_test_save_png (GTK_WIDGET (dialog), "preferences-restore-confirm");
  adw_message_dialog_response (dialog, "restore");
  bk_test_spin ();

  g_assert_cmpint (run_count (f), ==, 2);
  g_assert_cmpuint (n_backups (f), ==, 2);
  /* The log still takes writes after the restore. */
  g_assert_true (bk_database_exec (bk_context_get_database (f->context),
                                   "INSERT INTO runs (started_at, distance_m, duration_s) VALUES"
                                   " ('2026-11-25T07:00:00+01:00', 8000, 2700)", NULL));
  g_assert_cmpint (run_count (f), ==, 3);
}

static gboolean
restored_cb (const char  *data_dir,
             gpointer     user_data,
             GError     **error)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BkContext **out = user_data;

  *out = bk_context_new (data_dir, settings, error);
  return *out != NULL;
}

static gboolean
no_toplevels (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  return toplevels == NULL;
}

/* The window shown when a damaged log does not open offers its latest
 * backup, and one click brings the log back. */
static void
test_open_error_restores (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BkContext) restored = NULL;
  g_autofree char *path = NULL;
  GtkWidget *button;
  BkContext *context = bk_test_context_new (&dir);
  g_autofree char *made = NULL;
  GtkWidget *window;

  g_assert_true (bk_database_exec (bk_context_get_database (context),
                                   "INSERT INTO runs (started_at, distance_m, duration_s) VALUES"
                                   " ('2026-11-20T07:00:00+01:00', 10000, 3300)", NULL));
  made = bk_backup_create (bk_context_get_database (context), BK_BACKUP_DAILY, NULL, NULL);
  g_assert_nonnull (made);
  g_assert_finalize_object (context);

  path = g_build_filename (dir, BK_DATABASE_FILENAME, NULL);
  error = g_error_new_literal (BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED, "damaged (for the test)");
  bk_open_error_present (NULL, error, dir, restored_cb, &restored);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    g_assert_cmpuint (g_list_length (toplevels), ==, 1);
    window = toplevels->data;
  }
  button = bk_test_find_button (window, "_Restore the Latest Backup");
  g_assert_nonnull (button);
  bk_test_save_png (window, "open-error-damaged");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (bk_test_wait_for (no_toplevels, NULL));
  g_assert_nonnull (restored);
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (restored), NULL), ==, 1);
  g_clear_object (&restored);
  bk_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/log-care/check-and-back-up", Fixture, NULL, fixture_set_up, test_check_and_back_up,
              fixture_tear_down);
  g_test_add ("/log-care/restore-from-window", Fixture, NULL, fixture_set_up, test_restore_from_window,
              fixture_tear_down);

  g_test_add_func ("/log-care/open-error-restores", test_open_error_restores);

  return g_test_run ();
}
