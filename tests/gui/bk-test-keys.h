/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "bk-test-gui.h"

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

/* Shows @window and waits for its first frame. */
static inline void
bk_test_present (gpointer window)
{
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, window));
}

/* Closes a dialog the test owns, and proves that it and the log's context
 * are freed, then removes the log. Frees @dir. */
static inline void
bk_test_finish_dialog (GtkWidget *dialog,
                       BkContext *context,
                       char      *dir)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  bk_test_spin ();
  g_assert_finalize_object (dialog);
  g_assert_finalize_object (context);
  bk_test_remove_dir (dir);
  g_free (dir);
}

static inline gboolean
bk_test_width_is (gpointer data)
{
  GtkWidget *window = data;
  int *want = g_object_get_data (G_OBJECT (window), "bk-test-width");

  return want != NULL && ABS (gtk_widget_get_width (window) - *want) <= 20;
}

/* Saves @window as a person sees it at 1280 and 360 pixels wide, in light
 * and dark style, with the app's style sheet: NAME-1280-light.png and so
 * on. Leaves it at the first width in light style. */
static inline void
bk_test_save_looks (GtkWidget  *window,
                    const char *name)
{
  static GtkCssProvider *css = NULL;
  static int widths[] = { 1280, 360 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (css == NULL)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (int dark = 0; dark <= 1; dark++)
      {
        g_autofree char *file = g_strdup_printf ("%s-%d-%s", name, widths[w], dark ? "dark" : "light");

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 760);
        g_object_set_data (G_OBJECT (window), "bk-test-width", &widths[w]);
        /* A window with a larger minimum stays at that: wait a moment only. */
        for (gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
             !bk_test_width_is (window) && g_get_monotonic_time () < until;)
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (2000);
        g_test_message ("%s: %d px wide", file, gtk_widget_get_width (window));
        bk_test_save_png (window, file);
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), widths[0], 760);
  g_object_set_data (G_OBJECT (window), "bk-test-width", NULL);
}

G_END_DECLS
