/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "gui/bk-application.h"
#include "gui/bk-window.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

/* Shared by the GUI tests: a temporary log, and a main loop that is spun
 * until a condition holds or a deadline passes. */

static inline void
bk_test_gui_init (int    *argc,
                  char ***argv)
{
  g_test_init (argc, argv, NULL);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GdkDisplay *display;

  if (!gtk_init_check ())
    g_error ("No display: run the GUI tests under Xvfb (build-aux/test does)");
  adw_init ();
  /* What AdwApplication gives the app from its resources, so that the
   * windows and their screenshots look as a person sees them: the app's
   * own icons and its stylesheet. */
  display = gdk_display_get_default ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), RESOURCE_PREFIX "/icons");
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static inline void
bk_test_spin (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Spins the main loop for @ms milliseconds, whatever happens. */
static inline void
bk_test_spin_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* How long a wait may go on. Under AddressSanitizer on a busy machine, one
 * main loop iteration that rebuilds a page can take seconds. So a wait gives up
 * only when BK_TEST_WAIT_S have passed AND the main loop has nothing left to
 * dispatch (what was awaited is not coming), or after BK_TEST_WAIT_CAP_S in
 * any case, so that a test never hangs until meson kills it. */
#define BK_TEST_WAIT_S     20
#define BK_TEST_WAIT_CAP_S 240

static inline gboolean
bk_test_wait_for (gboolean (*condition) (gpointer),
                  gpointer   data)
{
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + BK_TEST_WAIT_S * G_USEC_PER_SEC;
  gint64 cap = start + BK_TEST_WAIT_CAP_S * G_USEC_PER_SEC;

  while (!condition (data))
    {
      gint64 now = g_get_monotonic_time ();

      if (now > cap || (now > deadline && !g_main_context_pending (NULL)))
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

/* The application a test's windows belong to, registered (without a bus
 * name) so that app. actions such as the guide links' app.show-guide
 * resolve in its windows and their dialogs, as in the running app. It
 * lives as long as the test program. */
static inline GtkApplication *
bk_test_application (void)
{
  static BkApplication *application;

  if (application == NULL)
    {
      g_autoptr(GError) error = NULL;

      application = bk_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
      g_assert_no_error (error);
    }
  return GTK_APPLICATION (application);
}

static inline BkContext *
bk_test_context_new (char **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  char *dir = g_dir_make_tmp ("bk-test-gui-XXXXXX", &error);
  BkContext *context;

  g_assert_no_error (error);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);
  *out_dir = dir;
  return context;
}

static inline void
bk_test_remove_dir (const char *dir)
{
  static const char *files[] = { BK_DATABASE_FILENAME, BK_DATABASE_FILENAME "-wal",
                                 BK_DATABASE_FILENAME "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static inline gboolean
bk_test_is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* A main window on @context, of the test application, shown and drawn. */
static inline BkWindow *
bk_test_window_new (BkContext *context,
                    int        width,
                    int        height)
{
  BkWindow *window = bk_window_new (BK_APPLICATION (bk_test_application ()), context);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, window));
  return window;
}

/* Closes @window (if any), proves that nothing else holds @context, and
 * removes the log and @dir. */
static inline void
bk_test_close (gpointer   window,
               BkContext *context,
               char      *dir)
{
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin ();
  g_assert_finalize_object (context);
  bk_test_remove_dir (dir);
  g_free (dir);
}

/* The first shown toplevel of @type (an editor, a dialog), or NULL. */
static inline gpointer
bk_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}


static inline gpointer
bk_test_child (gpointer    widget,
               GType       type,
               const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* @root or the first button under it (depth first) whose label is @label. */
static inline GtkWidget *
bk_test_find_button (GtkWidget  *root,
                     const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), label) == 0)
        return c;
      if ((found = bk_test_find_button (c, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The first button at or under @widget showing the icon @icon_name. */
static inline GtkWidget *
bk_test_find_icon_button (GtkWidget  *widget,
                          const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = bk_test_find_icon_button (c, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Saves what @widget shows to a PNG in the build folder, for a person to
 * look at after the run. */
static inline void
bk_test_save_png (GtkWidget  *widget,
                  const char *name)
{
  GdkPaintable *paintable;
  int width = 0, height = 0;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  /* A window just presented has not had its first frame yet. */
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, widget));
  /* Let transitions (a squeezer's crossfade, a stack's) finish. */
  for (int i = 0; i < 100; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  paintable = gtk_widget_paintable_new (widget);
  /* A widget between two allocations (a page switched just before) draws
   * nothing for a moment: try again for up to five seconds. */
  for (int tries = 0; node == NULL && tries < 250; tries++)
    {
      if (tries > 0)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (20000);
        }
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  if (node == NULL)
    g_error ("%s drew nothing to save as %s (mapped %d, %d x %d)", G_OBJECT_TYPE_NAME (widget), name,
             gtk_widget_get_mapped (widget), gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("BACKSTRETCH_BUILD_DIR") ? g_getenv ("BACKSTRETCH_BUILD_DIR") : ".",
                           "screenshots", NULL);
  g_mkdir_with_parents (path, 0755);
  g_free (path);
  path = g_strdup_printf ("%s/screenshots/%s.png",
                          g_getenv ("BACKSTRETCH_BUILD_DIR") ? g_getenv ("BACKSTRETCH_BUILD_DIR") : ".", name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_object_unref (paintable);
}

/* The text of every visible label or inscription under @widget, one a
 * line. */
static inline void
bk_test_collect_labels (GtkWidget *widget,
                        GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL)
    g_string_append_printf (out, "%s\n", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bk_test_collect_labels (child, out);
}

/* What a person reads in @widget: its visible labels and inscriptions. */
static inline char *
bk_test_shown_text (gpointer widget)
{
  GString *out = g_string_new (NULL);

  bk_test_collect_labels (GTK_WIDGET (widget), out);
  return g_string_free (out, FALSE);
}

/* The first AdwEntryRow under @widget whose title starts with @title. */
static inline GtkWidget *
bk_test_find_entry_row (GtkWidget  *widget,
                        const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bk_test_find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @widget drawn on white, as a texture to read pixels from. */
static inline GdkTexture *
bk_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, w, h);
  GdkRGBA white = { 1, 1, 1, 1 };

  gtk_snapshot_append_color (snapshot, &white, &bounds);
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, &bounds);
}

/* Whether @texture holds a patch of the high-risk red of the mileage
 * chart (Cairo ARGB32 in memory on little endian: B G R A). */
static inline gboolean
bk_test_has_high_red (GdkTexture *texture)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) w * h * 4);
  guint red = 0;

  gdk_texture_download (texture, pixels, (gsize) w * 4);
  for (int i = 0; i < w * h; i++)
    {
      guchar b = pixels[4 * i], g = pixels[4 * i + 1], r = pixels[4 * i + 2];

      if (r > 170 && g < 60 && b < 70)
        red++;
    }
  return red > 200;
}

/* A run of @km at 7:30 local time on the Julian day @day, at 6 min/km. */
static inline BkRun *
bk_test_run_on (guint32 day,
                double  km)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  start = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), 7, 30, 0);
  return bk_run_new (start, km * 1000, (gint64) (km * 360));
}

/* The first widget of @type at or under @widget, depth first, or NULL. */
static inline GtkWidget *
bk_test_find_type (GtkWidget *widget,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bk_test_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* How often @needle stands in @haystack. */
static inline guint
bk_test_count_of (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Whether the notifications can be read back from dunst (build-aux/test
 * starts it on the session bus). */
static inline gboolean
bk_test_have_dunst (void)
{
  g_autofree char *dunstctl = g_find_program_in_path ("dunstctl");

  return g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL && dunstctl != NULL;
}

/* dunst's history as JSON, after closing what is on screen so that every
 * notification sent so far is in it. */
static inline char *
bk_test_dunst_history (void)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *close_argv[] = { "dunstctl", "close-all", NULL };
  const char *history_argv[] = { "dunstctl", "history", NULL };

  g_spawn_sync (NULL, (char **) close_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  bk_test_spin_for (200);
  g_spawn_sync (NULL, (char **) history_argv, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

G_END_DECLS
