/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Real key presses for GUI tests: GTK 4 cannot make input events, so the
 * X server does, through XTEST (xdotool), into @window after giving it
 * the keyboard focus. The server has no window manager to do that. */
static inline void
bk_test_press_keys (GtkWidget  *window,
                    const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  int status = 0;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  command = g_strdup_printf ("xdotool windowfocus --sync %lu key --delay 30 %s",
                             (gulong) gdk_x11_surface_get_xid (surface), keys);
  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* Let GTK read and dispatch what the server sent. */
  for (int i = 0; i < 60; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/* How many stops Tab makes in @window before it comes back round to the
 * widget it started on, counting each focused widget once. */
static inline guint
bk_test_count_tab_stops (GtkWidget *window,
                         GPtrArray *out_stops)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || g_ptr_array_find (seen, focus, NULL))
        break;
      g_ptr_array_add (seen, focus);
      if (out_stops != NULL)
        g_ptr_array_add (out_stops, focus);
    }
  return seen->len;
}

G_END_DECLS
