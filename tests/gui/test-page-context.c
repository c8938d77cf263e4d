/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pages' "context" property through the shared bk-context-property
 * (issue 14): read back, set once after construction with one notify,
 * and the routine player opened like every other dialog, over the window
 * and attached to the application so that its app. actions resolve. */
#include "bk-config.h"

#include "gui/bk-pain-page.h"
#include "gui/bk-routine-player.h"
#include "gui/bk-training-page.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
  BkWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->context = bk_test_context_new (&f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *player = bk_test_find_toplevel (BK_TYPE_ROUTINE_PLAYER);

  if (player != NULL)
    gtk_window_destroy (player);
  bk_test_close (f->window, f->context, f->dir);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
check_page (GType      type,
            BkContext *context)
{
  g_autoptr(GtkWidget) page = g_object_ref_sink (g_object_new (type, NULL));
  g_autoptr(BkContext) read = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (page), "context");
  guint notified = 0;

  g_test_message ("%s", g_type_name (type));
  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == BK_TYPE_CONTEXT);
  g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);
  g_assert_false (pspec->flags & G_PARAM_CONSTRUCT_ONLY);

  g_object_get (page, "context", &read, NULL);
  g_assert_null (read);

  /* Set as a property, as a template or a binding would. */
  g_signal_connect (page, "notify::context", G_CALLBACK (count_notify_cb), &notified);
  g_object_set (page, "context", context, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (page, "context", &read, NULL);
  g_assert_true (read == context);
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  check_page (BK_TYPE_TRAINING_PAGE, f->context);
  check_page (BK_TYPE_PAIN_PAGE, f->context);

  /* The window's pages were given the window's context, the Pain page
   * once it is first shown. */
  f->window = bk_test_window_new (f->context, 1100, 800);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (bk_test_child (f->window, BK_TYPE_WINDOW, "stack")),
                                         "pain");
  {
    g_autoptr(BkContext) training = NULL;
    g_autoptr(BkContext) pain = NULL;

    g_object_get (bk_test_child (f->window, BK_TYPE_WINDOW, "training_page"), "context", &training, NULL);
    g_object_get (bk_test_child (f->window, BK_TYPE_WINDOW, "pain_page"), "context", &pain, NULL);
    g_assert_true (training == f->context);
    g_assert_true (pain == f->context);
  }
}

static gboolean
player_shown (gpointer unused)
{
  GtkWidget *player = bk_test_find_toplevel (BK_TYPE_ROUTINE_PLAYER);

  return player != NULL && bk_test_is_drawn (player);
}

static void
test_player_is_a_dialog (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BkRoutine) routine = bk_routine_new ("Quick", BK_TIMING_AFTER_RUN);
  g_autoptr(GError) error = NULL;
  GtkWindow *player;

  g_ptr_array_add (routine->stretch_ids, g_strdup ("calf-wall"));
  g_assert_true (bk_stretch_store_add_routine (bk_context_get_stretch_store (f->context), routine, &error));
  g_assert_no_error (error);

  f->window = bk_test_window_new (f->context, 1100, 800);
  bk_window_start_routine (f->window, routine->id);
  g_assert_true (bk_test_wait_for (player_shown, NULL));
  player = bk_test_find_toplevel (BK_TYPE_ROUTINE_PLAYER);
  g_assert_true (gtk_window_get_transient_for (player) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_application (player) == bk_test_application ());
  bk_test_save_png (GTK_WIDGET (player), "page-context-player");
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/page-context/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/page-context/player", Fixture, NULL, fixture_set_up, test_player_is_a_dialog,
              fixture_tear_down);

  return g_test_run ();
}
