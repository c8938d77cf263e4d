/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pain editor by keyboard (issue 15): the 0 to 10 rating is one Tab
 * stop worked with arrows and digits, the form has a short Tab order in
 * reading order, Escape cancels and Ctrl+Enter saves. */
#include "bk-config.h"

#include "gui/bk-checklist-group.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-rating-control.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

/* One stop per answer: date, time, context; the rating; each place, each
 * kind of pain, each warning sign and screening question (a check button
 * each, no longer its row and then the button); age; triggers; notes;
 * Cancel. Each 0-10 button was a stop of its own: 96 in all. */
#define MAX_TAB_STOPS 56

typedef struct {
  char         *dir;
  BkContext    *context;
  BkPainEditor *editor;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  f->editor = g_object_ref_sink (bk_pain_editor_new (f->context, NULL));
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
  return bk_test_child (f->editor, BK_TYPE_PAIN_EDITOR, name);
}

static int
rating (Fixture *f)
{
  return bk_rating_control_get_value (BK_RATING_CONTROL (child (f, "rating_box")));
}

static gboolean
inside (GtkWidget *widget,
        GtkWidget *ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

static void
test_tab_stops (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  GtkWidget *rating_box = child (f, "rating_box");
  guint n = bk_test_count_tab_stops (GTK_WIDGET (f->editor), stops);
  guint in_rating = 0;
  int date_at = -1, rating_at = -1, notes_at = -1;

  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);

      g_test_message ("%u %s %s", i, G_OBJECT_TYPE_NAME (stop), gtk_widget_get_name (stop));
      /* A row is never a stop of its own before the control in it. */
      g_assert_false (G_OBJECT_TYPE (stop) == ADW_TYPE_PREFERENCES_ROW || G_OBJECT_TYPE (stop) == ADW_TYPE_ACTION_ROW);
      if (inside (stop, rating_box))
        in_rating++, rating_at = (int) i;
      if (inside (stop, child (f, "date_row")))
        date_at = (int) i;
      if (inside (stop, child (f, "notes_row")))
        notes_at = (int) i;
    }
  g_assert_cmpuint (in_rating, ==, 1);
  g_assert_true (stops->pdata[rating_at] == rating_box);
  g_assert_cmpuint (n, <=, MAX_TAB_STOPS);
  /* In reading order: the date, then the rating, the notes last of the fields. */
  g_assert_cmpint (date_at, >=, 0);
  g_assert_cmpint (date_at, <, rating_at);
  g_assert_cmpint (rating_at, <, notes_at);
}

static void
test_rating_keys (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *rating_box = child (f, "rating_box");
  struct { const char *keys; int value; } steps[] = {
    { "Right", 0 }, { "Right Right Up", 3 }, { "End", 10 }, { "Left Down", 8 },
    { "Home", 0 }, { "7", 7 }, { "1 0", 10 }, { "1", 1 }, { "4", 4 },
  };

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (rating_box)), ==,
                   GTK_ACCESSIBLE_ROLE_SLIDER);
  g_assert_cmpint (rating (f), ==, -1);
  gtk_widget_grab_focus (rating_box);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      bk_test_press_keys (GTK_WIDGET (f->editor), steps[i].keys);
      g_assert_cmpint (rating (f), ==, steps[i].value);
      g_assert_true (gtk_widget_has_focus (rating_box));
    }
  /* The buttons still show it, and a click still rates. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_last_child (rating_box))) == FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_last_child (rating_box)), TRUE);
  g_assert_cmpint (rating (f), ==, 10);
  bk_test_save_png (GTK_WIDGET (f->editor), "pain-editor-rating");
  gtk_widget_grab_focus (rating_box);
  bk_test_press_keys (GTK_WIDGET (f->editor), "Left");
  /* As when Tab brought the keyboard here: the focus ring shows. */
  gtk_window_set_focus_visible (GTK_WINDOW (f->editor), TRUE);
  bk_test_save_looks (GTK_WIDGET (f->editor), "pain-editor-rating");
}

static void
test_escape_cancels (Fixture       *f,
                     gconstpointer  data)
{
  gtk_widget_grab_focus (child (f, "rating_box"));
  bk_test_press_keys (GTK_WIDGET (f->editor), "6 Escape");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->editor)));
  g_assert_cmpuint (g_list_model_get_n_items (bk_pain_store_get_model (bk_context_get_pain_store (f->context))), ==, 0);
}

static void
test_ctrl_enter_saves (Fixture       *f,
                       gconstpointer  data)
{
  gtk_check_button_set_active (bk_checklist_group_get_none_check (BK_CHECKLIST_GROUP (child (f, "warning_group"))),
                               TRUE);
  if (gtk_widget_get_visible (child (f, "screen_group")))
    {
      for (GtkWidget *c = gtk_widget_get_first_child (child (f, "age_box")); c != NULL; c = gtk_widget_get_next_sibling (c))
        if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), "20 to 50") == 0)
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (c), TRUE);
      gtk_check_button_set_active (bk_checklist_group_get_none_check (BK_CHECKLIST_GROUP (child (f, "screen_group"))),
                                   TRUE);
    }
  gtk_widget_grab_focus (child (f, "rating_box"));
  bk_test_press_keys (GTK_WIDGET (f->editor), "6 ctrl+Return");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->editor)));
  {
    GListModel *model = bk_pain_store_get_model (bk_context_get_pain_store (f->context));
    g_autoptr(BkPainEntry) added = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    added = g_list_model_get_item (model, 0);
    g_assert_cmpint (bk_pain_entry_get_rating (added), ==, 6);
  }
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/pain-editor-keys/tab-stops", Fixture, NULL, setup, test_tab_stops, teardown);
  g_test_add ("/pain-editor-keys/rating-keys", Fixture, NULL, setup, test_rating_keys, teardown);
  g_test_add ("/pain-editor-keys/escape-cancels", Fixture, NULL, setup, test_escape_cancels, teardown);
  g_test_add ("/pain-editor-keys/ctrl-enter-saves", Fixture, NULL, setup, test_ctrl_enter_saves, teardown);
  return g_test_run ();
}
