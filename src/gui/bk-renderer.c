/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-renderer"

#include "bk-config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "bk-renderer.h"

/* After GTK's headers, which say which windowing systems it was built for. */
#ifdef GDK_WINDOWING_X11
#include <epoxy/egl.h>
#include <epoxy/glx.h>
#include <gdk/x11/gdkx.h>
#endif
#ifdef GDK_WINDOWING_WAYLAND
#include <epoxy/egl.h>
#include <gdk/wayland/gdkwayland.h>
#endif

/* GTK 4.8 draws with OpenGL whenever the display offers it, even when the
 * only OpenGL is Mesa's software rasteriser: there the GL renderer's
 * shaders run on the CPU, and scrolling the run list took 93-161 ms a frame
 * (84 % of it in llvmpipe's shaders) against 10 ms with cairo, with 90 MB
 * more resident memory. So when the user has not chosen a renderer and the
 * GL driver is a software one, the window draws with cairo. The choice is
 * handed to GSK through the display's "gsk-renderer" data, which
 * gsk_renderer_new_for_surface() reads before $GSK_RENDERER (GTK's inspector
 * picks its own renderer the same way), so nothing in the environment is
 * changed and $GSK_RENDERER still wins because it is checked first here. */

static const char * const software_drivers[] = {
  "llvmpipe",            /* Mesa's gallium rasteriser, the usual one */
  "softpipe",            /* Mesa's reference rasteriser */
  "software rasterizer", /* Mesa's classic swrast */
  "swrast",              /* EGL's name for both, and kms_swrast */
};

gboolean
bk_renderer_is_software_gl (const char *gl_renderer)
{
  g_autofree char *folded = NULL;

  if (gl_renderer == NULL)
    return FALSE;
  folded = g_ascii_strdown (gl_renderer, -1);
  for (guint i = 0; i < G_N_ELEMENTS (software_drivers); i++)
    if (strstr (folded, software_drivers[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The renderer to ask GSK for, or NULL to leave GTK's own choice: the
 * user's $GSK_RENDERER (@user_choice) always stands, even when it names GL
 * on a software driver; without one, cairo replaces software GL. */
const char *
bk_renderer_pick (const char *user_choice,
                  const char *gl_renderer)
{
  if (user_choice != NULL && *user_choice != '\0')
    return NULL;
  if (bk_renderer_is_software_gl (gl_renderer))
    return "cairo";
  return NULL;
}

/* What Mesa says of the driver GDK opened at display open (to pick the
 * windows' visual), without making a context: through EGL the driver's
 * name ("swrast" for the software rasterisers, "iris" or "radeonsi" for
 * hardware), through GLX the renderer string ("llvmpipe (LLVM 15.0.6, 256
 * bits)"). NULL where the driver does not say. */
static char *
query_driver_without_context (GdkDisplay *display)
{
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (display))
    {
      EGLDisplay egl = gdk_x11_display_get_egl_display (display);
      Display *xdisplay = gdk_x11_display_get_xdisplay (display);
      int screen = gdk_x11_screen_get_screen_number (gdk_x11_display_get_screen (display));
      int major, minor;

      if (egl != NULL && epoxy_has_egl_extension (egl, "EGL_MESA_query_driver"))
        return g_strdup (eglGetDisplayDriverName (egl));
      if (egl == NULL && gdk_x11_display_get_glx_version (display, &major, &minor) &&
          epoxy_has_glx_extension (xdisplay, screen, "GLX_MESA_query_renderer"))
        return g_strdup (glXQueryRendererStringMESA (xdisplay, screen, 0, GLX_RENDERER_DEVICE_ID_MESA));
    }
#endif
#ifdef GDK_WINDOWING_WAYLAND
  /* Wayland opens EGL only once GL is prepared, so this answers after
   * gdk_display_prepare_gl(). */
  if (GDK_IS_WAYLAND_DISPLAY (display))
    {
      EGLDisplay egl = gdk_wayland_display_get_egl_display (display);

      if (egl != NULL && epoxy_has_egl_extension (egl, "EGL_MESA_query_driver"))
        return g_strdup (eglGetDisplayDriverName (egl));
    }
#endif
  return NULL;
}

/* Before GDK opens the display. GDK 4.8 sets up OpenGL as it opens an X
 * display, to pick the windows' visual, whichever renderer then draws; on
 * a server that offers no direct rendering that means loading Mesa's
 * software rasteriser (llvmpipe and LLVM with it): 55-140 ms of a start-up
 * and 60-100 MB of memory here, for a GL the windows then do not use. An X
 * server lets a client render on the GPU through DRI3 or DRI2 (Mesa) or
 * NVIDIA's own GLX; without any of them Mesa can only rasterise on the CPU
 * (Xvfb, Xvnc and most remote displays). There GDK is told not to set up
 * GL at all (GDK_DEBUG=gl-disable, the one switch GTK 4.8 has) and the
 * windows draw with cairo, as bk_renderer_choose_for_display() would have
 * decided after asking Mesa. */
static gboolean gl_disabled_here;
static gboolean had_gdk_debug;
static char *saved_gdk_debug;

/* Whether to keep GDK from setting up OpenGL, from the environment GDK
 * reads and what the X server offers (@direct_rendering: DRI3, DRI2 or
 * NVIDIA's GLX). Only the X11 backend is judged: on Wayland, EGL opens
 * only when GL is prepared, and bk_renderer_choose_for_display() asks. */
gboolean
bk_renderer_skip_gl (const char *user_choice,
                     const char *gdk_backend,
                     const char *wayland_display,
                     const char *x_display,
                     gboolean    direct_rendering)
{
  if (user_choice != NULL && *user_choice != '\0')
    return FALSE;
  if (x_display == NULL || *x_display == '\0')
    return FALSE;
  if (gdk_backend != NULL && *gdk_backend != '\0')
    {
      /* GDK tries the backends in the order given. */
      if (!g_str_has_prefix (gdk_backend, "x11"))
        return FALSE;
    }
  else if (wayland_display != NULL && *wayland_display != '\0')
    return FALSE;
  return !direct_rendering;
}

#ifdef GDK_WINDOWING_X11
static gboolean
x_server_renders_directly (const char *x_display)
{
  static const char * const extensions[] = { "DRI3", "DRI2", "NV-GLX" };
  Display *xdisplay = XOpenDisplay (x_display);
  gboolean direct = FALSE;

  /* A display that does not open here is GDK's to report. */
  if (xdisplay == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (extensions) && !direct; i++)
    {
      int opcode, event, error;

      direct = XQueryExtension (xdisplay, extensions[i], &opcode, &event, &error);
    }
  XCloseDisplay (xdisplay);
  return direct;
}
#endif

/**
 * bk_renderer_disable_software_gl:
 *
 * Called before gtk_init(), on the main thread. Returns whether it kept
 * GDK from setting up OpenGL; bk_renderer_restore_environment() then puts
 * back $GDK_DEBUG once the display is open.
 */
gboolean
bk_renderer_disable_software_gl (void)
{
#ifdef GDK_WINDOWING_X11
  const char *x_display = g_getenv ("DISPLAY");
  const char *gdk_debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  if (!bk_renderer_skip_gl (g_getenv ("GSK_RENDERER"), g_getenv ("GDK_BACKEND"),
                            g_getenv ("WAYLAND_DISPLAY"), x_display, FALSE) ||
      x_server_renders_directly (x_display))
    return FALSE;
  had_gdk_debug = gdk_debug != NULL;
  saved_gdk_debug = g_strdup (gdk_debug);
  flags = gdk_debug != NULL && *gdk_debug != '\0' ? g_strconcat (gdk_debug, ",gl-disable", NULL)
                                                   : g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
  gl_disabled_here = TRUE;
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * bk_renderer_restore_environment:
 *
 * Puts $GDK_DEBUG back as it was, so processes started from the app (a
 * browser for a link) get the environment the app was given.
 */
void
bk_renderer_restore_environment (void)
{
  if (!gl_disabled_here)
    return;
  if (had_gdk_debug)
    g_setenv ("GDK_DEBUG", saved_gdk_debug, TRUE);
  else
    g_unsetenv ("GDK_DEBUG");
  g_clear_pointer (&saved_gdk_debug, g_free);
}

/* The display's OpenGL driver: what Mesa says without a context, else the
 * GL_RENDERER string of a context (GTK's GL renderer would prepare the
 * display's GL at the window's realize anyway), or NULL without GL. Making
 * the context costs 40-90 ms on llvmpipe here. */
char *
bk_renderer_query_gl_driver (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  char *result;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  result = query_driver_without_context (display);
  if (result != NULL)
    return result;
  /* GTK's GL renderer prepares the display's GL at the first realize in
   * any case; on Wayland that is when EGL opens and Mesa can be asked. */
  if (!gdk_display_prepare_gl (display, &error))
    {
      g_debug ("no OpenGL on this display: %s", error->message);
      return NULL;
    }
  result = query_driver_without_context (display);
  if (result != NULL)
    return result;
  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("no OpenGL context to ask for its driver: %s", error->message);
      return NULL;
    }
  gdk_gl_context_make_current (context);
  name = (const char *) glGetString (GL_RENDERER);
  result = g_strdup (name);
  gdk_gl_context_clear_current ();
  return result;
}

/* Decides the renderer of @display's windows before the first is realized.
 * Returns the renderer it asked for ("cairo"), or NULL when GTK's own
 * choice or the user's stands. */
const char *
bk_renderer_choose_for_display (GdkDisplay *display)
{
  const char *user_choice = g_getenv ("GSK_RENDERER");
  g_autofree char *gl_renderer = NULL;
  const char *choice;
  gint64 start;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  /* The user's choice needs no probe, so it costs nothing at start-up. */
  if (user_choice != NULL && *user_choice != '\0')
    return NULL;
  if (gl_disabled_here)
    {
      g_debug ("no direct rendering on this X server: drawing with cairo, OpenGL not set up");
      g_object_set_data_full (G_OBJECT (display), "gsk-renderer", g_strdup ("cairo"), g_free);
      return "cairo";
    }

  start = g_get_monotonic_time ();
  gl_renderer = bk_renderer_query_gl_driver (display);
  choice = bk_renderer_pick (user_choice, gl_renderer);
  g_debug ("OpenGL driver '%s', asked in %.1f ms: %s", gl_renderer != NULL ? gl_renderer : "none",
           (g_get_monotonic_time () - start) / 1000.0,
           choice != NULL ? "drawing with cairo" : "GTK's own renderer");
  if (choice != NULL)
    g_object_set_data_full (G_OBJECT (display), "gsk-renderer", g_strdup (choice), g_free);
  return choice;
}
