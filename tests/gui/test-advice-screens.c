/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-assessment-dialog.h"
#include "gui/bk-checklist-group.h"
#include "gui/bk-pain-editor.h"
#include "gui/bk-pain-page.h"
#include "gui/bk-stretch-page.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

/* Issue 9's windows in light and dark, 1280 and 360 pixels wide, saved to
 * build/screenshots for a person to look at: the pain editor's warning
 * signs and health screen, the assessment dialog, the Training page under
 * urgent and see-a-clinician advice, and the Stretching banner. Each one
 * must fit a 360-pixel window without being cut or widened. */
typedef struct {
  gboolean dark;
  int      width;
} Look;

static const Look looks[] = {
  { FALSE, 1280 }, { TRUE, 1280 }, { FALSE, 360 }, { TRUE, 360 },
};

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

static char *
shot_name (const char *what,
           const Look *look)
{
  return g_strdup_printf ("advice-%s-%s-%d", what, look->dark ? "dark" : "light", look->width);
}

/* Six weeks of growing runs up to today, so the Training page has a
 * ramp-up level to withhold. */
static void
seed_runs (BkContext *context)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);

  for (int day = 42; day >= 1; day -= 2)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) start = g_date_time_add_hours (when, -2);

      g_ptr_array_add (runs, bk_run_new (start, 5000 + (42 - day) * 250.0, 1800 + (42 - day) * 60));
    }
  g_assert_true (bk_run_store_add_many (bk_context_get_run_store (context), runs, NULL));
}

static void
add_entry (Fixture      *fixture,
           BkWarningSign sign,
           guint         character)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -3);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, 3);

  bk_pain_entry_answer_no_warning_signs (entry);
  if (sign < BK_N_WARNING_SIGNS)
    bk_pain_entry_set_warning_sign (entry, sign, BK_ANSWER_YES);
  bk_pain_entry_set_character (entry, character);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, NULL));
  bk_test_spin_for (100);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const Look *look = data;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      look->dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  fixture->context = bk_test_context_new (&fixture->dir);
  seed_runs (fixture->context);
  fixture->window = bk_window_new (NULL, fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), look->width, look->width > 400 ? 800 : 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bk_test_spin_for (50);
  g_assert_finalize_object (fixture->context);
  bk_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* In a narrow window, what issue 9 added needs no more width than the
 * window gives (360 pixels, less the page's margins). The main window as a
 * whole is not measured: other pages have their own narrow-window tests. */
static void
assert_fits (GtkWidget  *widget,
             const Look *look)
{
  int minimum = 0;

  if (look->width != 360)
    return;
  bk_test_spin_for (100);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (GTK_IS_WINDOW (widget))
    {
      g_assert_cmpint (minimum, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (widget), <=, 360);
    }
  else
    g_assert_cmpint (minimum, <=, 336);
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stack")), name);
  bk_test_spin_for (100);
}

static GtkWidget *
training_card (Fixture *fixture)
{
  return bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "training_page"),
                        BK_TYPE_TRAINING_PAGE, "status_card");
}

static void
test_training_urgent (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *name = shot_name ("training-urgent", data);

  add_entry (fixture, BK_WARNING_SIGN_SADDLE_NUMBNESS, 0);
  show_page (fixture, "training");
  assert_fits (training_card (fixture), data);
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static void
test_training_see_clinician (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *name = shot_name ("training-see-clinician", data);

  add_entry (fixture, BK_N_WARNING_SIGNS, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE);
  show_page (fixture, "training");
  assert_fits (training_card (fixture), data);
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static void
test_stretch_banner (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *name = shot_name ("stretch-banner", data);

  add_entry (fixture, BK_WARNING_SIGN_BLADDER, 0);
  show_page (fixture, "stretching");
  assert_fits (bk_test_child (bk_test_child (fixture->window, BK_TYPE_WINDOW, "stretch_page"),
                              BK_TYPE_STRETCH_PAGE, "paused_banner"), data);
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static void
test_pain_page (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *name = shot_name ("pain-page", data);
  GtkWidget *page = bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page");

  add_entry (fixture, BK_WARNING_SIGN_SADDLE_NUMBNESS, 0);
  show_page (fixture, "pain");
  assert_fits (bk_test_child (page, BK_TYPE_PAIN_PAGE, "advice_box"), data);
  assert_fits (bk_test_child (page, BK_TYPE_PAIN_PAGE, "assessment_group"), data);
  bk_test_save_png (GTK_WIDGET (fixture->window), name);
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
editor_is_drawn (gpointer data)
{
  GtkWindow *window = find_toplevel (GPOINTER_TO_SIZE (data));

  return window != NULL && bk_test_is_drawn (window);
}

/* Scrolls the editor so that @name's group is at the top. */
static void
scroll_to (GtkWidget  *editor,
           const char *name)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "scroller"));
  GtkWidget *target = bk_test_child (editor, BK_TYPE_PAIN_EDITOR, name);
  GtkAdjustment *adjustment;
  graphene_point_t point;

  bk_test_spin_for (200);
  g_assert_true (gtk_widget_compute_point (target, gtk_scrolled_window_get_child (scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  /* The point is in the viewport's coordinates, which scroll. */
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
}

static void
test_editor (Fixture       *fixture,
             gconstpointer  data)
{
  const Look *look = data;
  g_autofree char *signs = shot_name ("editor-signs", data);
  g_autofree char *screen = shot_name ("editor-screen", data);
  GtkWidget *editor;
  BkChecklistGroup *group;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.record-pain", NULL));
  g_assert_true (bk_test_wait_for (editor_is_drawn, GSIZE_TO_POINTER (BK_TYPE_PAIN_EDITOR)));
  editor = GTK_WIDGET (find_toplevel (BK_TYPE_PAIN_EDITOR));
  if (look->width == 360)
    gtk_window_set_default_size (GTK_WINDOW (editor), 360, 720);
  group = BK_CHECKLIST_GROUP (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "warning_group"));
  gtk_check_button_set_active (bk_checklist_group_get_check (group, BK_WARNING_SIGN_SADDLE_NUMBNESS), TRUE);
  g_assert_true (gtk_widget_get_visible (bk_test_child (editor, BK_TYPE_PAIN_EDITOR, "screen_group")));
  bk_test_spin_for (200);
  assert_fits (editor, data);

  scroll_to (editor, "warning_group");
  bk_test_save_png (editor, signs);
  scroll_to (editor, "screen_group");
  bk_test_save_png (editor, screen);
  gtk_window_destroy (GTK_WINDOW (editor));
  bk_test_spin_for (50);
}

static void
test_assessment_dialog (Fixture       *fixture,
                        gconstpointer  data)
{
  const Look *look = data;
  g_autofree char *name = shot_name ("assessment-dialog", data);
  BkPainPage *page = BK_PAIN_PAGE (bk_test_child (fixture->window, BK_TYPE_WINDOW, "pain_page"));
  GtkWindow *dialog;

  /* The Pain page is filled when first shown. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "pain");
  dialog = bk_pain_page_record_assessment (page);

  if (look->width == 360)
    gtk_window_set_default_size (dialog, 360, -1);
  g_assert_true (bk_test_wait_for (editor_is_drawn, GSIZE_TO_POINTER (BK_TYPE_ASSESSMENT_DIALOG)));
  assert_fits (GTK_WIDGET (dialog), data);
  bk_test_save_png (GTK_WIDGET (dialog), name);
  gtk_window_destroy (dialog);
  bk_test_spin_for (50);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  static const struct {
    const char *name;
    void (*func) (Fixture *, gconstpointer);
  } scenes[] = {
    { "training-urgent", test_training_urgent },
    { "training-see-clinician", test_training_see_clinician },
    { "stretch-banner", test_stretch_banner },
    { "pain-page", test_pain_page },
    { "editor", test_editor },
    { "assessment-dialog", test_assessment_dialog },
  };

  bk_test_gui_init (&argc, &argv);
  /* AdwApplication loads the app's style sheet; here the test does. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    for (guint j = 0; j < G_N_ELEMENTS (looks); j++)
      {
        g_autofree char *path = g_strdup_printf ("/advice-screens/%s/%s-%d", scenes[i].name,
                                                 looks[j].dark ? "dark" : "light", looks[j].width);

        g_test_add (path, Fixture, &looks[j], fixture_set_up, scenes[i].func, fixture_tear_down);
      }
  return g_test_run ();
}
