/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include "gui/bk-preferences-window.h"
#include "gui/bk-run-editor.h"
#include "gui/bk-training-page.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

/* gtk4-builder-tool cannot check templates with libadwaita parents; building
 * each class does, since a bad template aborts in gtk_widget_init_template. */
static void
test_every_template_builds (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BkContext) context = bk_test_context_new (&dir);
  GtkWidget *widgets[4];

  widgets[0] = GTK_WIDGET (bk_window_new (NULL, context));
  widgets[1] = GTK_WIDGET (bk_run_editor_new (context, NULL));
  widgets[2] = GTK_WIDGET (bk_preferences_window_new (bk_context_get_settings (context)));
  widgets[3] = g_object_ref_sink (g_object_new (BK_TYPE_TRAINING_PAGE, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      g_assert_nonnull (widgets[i]);
      if (GTK_IS_WINDOW (widgets[i]))
        gtk_window_destroy (GTK_WINDOW (widgets[i]));
      else
        g_object_unref (widgets[i]);
    }
  bk_test_spin ();
  g_assert_finalize_object (g_steal_pointer (&context));
  bk_test_remove_dir (dir);
}

static void
test_help_overlay_builds (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/bk-shortcuts-window.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add_func ("/templates/every-template-builds", test_every_template_builds);
  g_test_add_func ("/templates/help-overlay-builds", test_help_overlay_builds);

  return g_test_run ();
}
