/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every "Why?" in the app is one kind of link (issue 14): a button bound
 * to app.show-guide with its section as the target, and each one, on a
 * page or in a dialog over the window, opens the guide panel at that
 * section. The test brings up every place that has one: the Training
 * page's reasons and pain advice, the Back Pain page's advice and hints,
 * and the pain editor's advice. */
#include "bk-config.h"

#include <string.h>

#include "gui/bk-checklist-group.h"
#include "gui/bk-guide-panel.h"
#include "gui/bk-pain-advice-box.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-status-card.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
  gint64     knee_entry;
} Fixture;

static void
add_run (BkContext *context,
         int        days_ago,
         double     km)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) start = g_date_time_add_hours (day, -3);
  g_autoptr(BkRun) run = bk_run_new (start, km * 1000, (gint64) (km * 360));

  g_assert_true (bk_run_store_add (bk_context_get_run_store (context), run, NULL));
}

static gint64
add_entry (BkContext *context,
           int        days_ago,
           int        rating,
           guint      character)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_days (now, -days_ago);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AFTER_RUN, rating);

  bk_pain_entry_set_character (entry, character);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (context), entry, NULL));
  return bk_pain_entry_get_id (entry);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
  /* Five easy weeks, then a long run twice the longest: a reason. */
  for (int week = 5; week >= 1; week--)
    for (int run = 0; run < 3; run++)
      add_run (f->context, 7 * week + 2 * run, 6);
  add_run (f->context, 1, 16);
  /* Pain down the leg below the knee (see a clinician), then worse
   * leaning back (a hint). */
  f->knee_entry = add_entry (f->context, 3, 3, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE);
  add_entry (f->context, 0, 6, BK_PAIN_CHARACTER_WORSE_LEANING_BACK);

  f->window = bk_test_window_new (f->context, 1100, 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *editor = bk_test_find_toplevel (BK_TYPE_PAIN_EDITOR);

  /* The editor first, then the window. */
  if (editor != NULL)
    gtk_window_destroy (editor);
  bk_test_close (f->window, f->context, f->dir);
}

static gboolean
is_why (GtkWidget *widget)
{
  const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;

  return label != NULL && (g_str_equal (label, "_Why?") || g_str_equal (label, "Why?"));
}

/* Every Why? under @widget that a person can see. */
static void
collect_whys (GtkWidget *widget,
              GPtrArray *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (is_why (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_whys (c, out);
}

/* Clicks each Why? under @root: each is the one link, and opens its
 * section. Returns how many there were. */
static guint
check_whys (Fixture   *f,
            GtkWidget *root,
            GType      inside,
            gboolean   want_one_inside)
{
  g_autoptr(GPtrArray) whys = g_ptr_array_new ();
  BkGuidePanel *panel = bk_window_get_guide_panel (f->window);
  gboolean found_inside = FALSE;

  collect_whys (root, whys);
  for (guint i = 0; i < whys->len; i++)
    {
      GtkWidget *why = whys->pdata[i];
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (why));
      const char *section;

      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (why)), ==, "app.show-guide");
      g_assert_nonnull (target);
      g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_STRING));
      section = g_variant_get_string (target, NULL);
      g_test_message ("Why? for %s", section);
      g_assert_true (gtk_widget_is_sensitive (why));

      /* From wherever it is, the window's guide opens at the section. */
      bk_window_show_guide (f->window, "");
      g_signal_emit_by_name (why, "clicked");
      bk_test_spin ();
      g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (bk_test_child (f->window, BK_TYPE_WINDOW, "flap"))));
      g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, section);
      if (gtk_widget_get_ancestor (why, inside) != NULL)
        found_inside = TRUE;
    }
  if (want_one_inside)
    g_assert_true (found_inside);
  return whys->len;
}

static gboolean
editor_shown (gpointer data)
{
  BkPainEditor *editor = bk_test_find_toplevel (BK_TYPE_PAIN_EDITOR);

  return editor != NULL && bk_test_is_drawn (editor);
}

static void
test_every_why (Fixture       *f,
                gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (bk_test_child (f->window, BK_TYPE_WINDOW, "stack"));
  GtkWidget *training = bk_test_child (f->window, BK_TYPE_WINDOW, "training_page");
  GtkWidget *pain = bk_test_child (f->window, BK_TYPE_WINDOW, "pain_page");
  BkPainEditor *editor;
  BkChecklistGroup *signs;
  guint n = 0;

  /* Training: the reasons, and the pain advice above them. */
  n += check_whys (f, training, BK_TYPE_STATUS_CARD, TRUE);
  n += check_whys (f, training, BK_TYPE_PAIN_ADVICE_BOX, TRUE);
  bk_test_save_png (GTK_WIDGET (f->window), "guide-links-training");

  /* Back Pain: the advice; without it (self-help hints are given only
   * while no clinician is advised), the hints. */
  adw_view_stack_set_visible_child_name (stack, "pain");
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, pain));
  g_assert_true (gtk_widget_get_visible (bk_test_child (pain, BK_TYPE_PAIN_PAGE, "advice_box")));
  n += check_whys (f, bk_test_child (pain, BK_TYPE_PAIN_PAGE, "advice_box"), BK_TYPE_PAIN_PAGE, TRUE);
  g_assert_true (bk_pain_store_delete (bk_context_get_pain_store (f->context), f->knee_entry, NULL));
  bk_test_spin ();
  g_assert_false (gtk_widget_get_visible (bk_test_child (pain, BK_TYPE_PAIN_PAGE, "advice_box")));
  n += check_whys (f, bk_test_child (pain, BK_TYPE_PAIN_PAGE, "hints_box"), BK_TYPE_PAIN_PAGE, TRUE);
  bk_test_save_png (GTK_WIDGET (f->window), "guide-links-pain-hints");

  /* The pain editor, a dialog over the window, on the newest entry:
   * night pain asks for a clinician before the entry is saved. */
  {
    GtkListBox *list = GTK_LIST_BOX (bk_test_child (pain, BK_TYPE_PAIN_PAGE, "entry_list"));

    g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  }
  g_assert_true (bk_test_wait_for (editor_shown, NULL));
  editor = bk_test_find_toplevel (BK_TYPE_PAIN_EDITOR);
  g_assert_true (gtk_window_get_application (GTK_WINDOW (editor)) == bk_test_application ());
  signs = BK_CHECKLIST_GROUP (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "warning_group"));
  gtk_check_button_set_active (bk_checklist_group_get_check (signs, BK_WARNING_SIGN_NIGHT_PAIN), TRUE);
  bk_test_spin ();
  g_assert_true (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "advice_box")));
  n += check_whys (f, GTK_WIDGET (editor), BK_TYPE_PAIN_EDITOR, TRUE);
  bk_test_save_png (GTK_WIDGET (editor), "guide-links-pain-editor");
  bk_test_save_png (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "advice_box"), "guide-links-pain-editor-advice");
  g_test_message ("%u Why? links, each opening its section", n);
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/guide-links/every-why", Fixture, NULL, fixture_set_up, test_every_why, fixture_tear_down);

  return g_test_run ();
}
