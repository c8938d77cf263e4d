/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's renderer (issue 13): on a software OpenGL driver (Xvfb's
 * llvmpipe here) the app draws with cairo, as GL there costs 93-161 ms a
 * scrolled frame; the user's own $GSK_RENDERER is never overridden, even
 * when it names GL on that driver; a hardware driver keeps GTK's choice.
 * Run without $GSK_RENDERER and with GL enabled (its own meson env). */
#include "bk-config.h"

#include "gui/bk-renderer.h"
#include "bk-test-gui.h"

static void
test_pick (void)
{
  static const struct {
    const char *user_choice;
    const char *gl_driver;
    const char *expected;
  } cases[] = {
    { NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", "cairo" },
    { "", "llvmpipe (LLVM 15.0.6, 256 bits)", "cairo" },
    { NULL, "softpipe", "cairo" },
    { NULL, "Software Rasterizer", "cairo" },
    /* EGL's driver names (EGL_MESA_query_driver). */
    { NULL, "swrast", "cairo" },
    { NULL, "kms_swrast", "cairo" },
    { NULL, "iris", NULL },
    { NULL, "radeonsi", NULL },
    { NULL, "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", NULL },
    /* A hardware driver that names LLVM, as radeonsi does, is not llvmpipe. */
    { NULL, "AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, DRM 3.49, 6.1.0)", NULL },
    { NULL, NULL, NULL },
    { "gl", "llvmpipe (LLVM 15.0.6, 256 bits)", NULL },
    { "cairo", "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", NULL },
    { "ngl", "softpipe", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (bk_renderer_pick (cases[i].user_choice, cases[i].gl_driver), ==, cases[i].expected);
}

/* Whether GDK is kept from setting up GL on an X display, before it opens. */
static void
test_skip_gl (void)
{
  static const struct {
    const char *user_choice, *gdk_backend, *wayland_display, *x_display;
    gboolean direct, expected;
  } cases[] = {
    { NULL, NULL, NULL, ":0", FALSE, TRUE },
    { "", "", "", ":0", FALSE, TRUE },
    { NULL, "x11", NULL, ":0", FALSE, TRUE },
    { NULL, "x11,wayland", "wayland-0", ":0", FALSE, TRUE },
    /* GDK would open Wayland first, or only Wayland. */
    { NULL, NULL, "wayland-0", ":0", FALSE, FALSE },
    { NULL, "wayland,x11", NULL, ":0", FALSE, FALSE },
    { NULL, "wayland", NULL, ":0", FALSE, FALSE },
    /* DRI3, DRI2 or NVIDIA's GLX: the GPU may draw; Mesa is asked later. */
    { NULL, NULL, NULL, ":0", TRUE, FALSE },
    /* The user's renderer stands, GL or not. */
    { "gl", NULL, NULL, ":0", FALSE, FALSE },
    { "cairo", NULL, NULL, ":0", FALSE, FALSE },
    { NULL, NULL, NULL, NULL, FALSE, FALSE },
    { NULL, NULL, NULL, "", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (bk_renderer_skip_gl (cases[i].user_choice, cases[i].gdk_backend, cases[i].wayland_display,
                                          cases[i].x_display, cases[i].direct), ==, cases[i].expected);
}

/* The environment and the renderer choice are the process's own: each
 * case runs in a child process of its own. */
static void
in_child (void (*child) (void))
{
  if (g_test_subprocess ())
    {
      child ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Xvfb offers no direct rendering: the switch goes into $GDK_DEBUG beside
 * the user's own flags, and comes out again once GDK has read it. */
static void
gdk_debug_child (void)
{
  g_unsetenv ("GSK_RENDERER");
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GDK_DEBUG", "misc", TRUE);
  g_assert_true (bk_renderer_disable_software_gl ());
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "misc,gl-disable");
  bk_renderer_restore_environment ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "misc");
  /* The windows draw with cairo without asking Mesa. */
  g_assert_cmpstr (bk_renderer_choose_for_display (gdk_display_get_default ()), ==, "cairo");
}

static void
gdk_debug_unset_child (void)
{
  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_assert_true (bk_renderer_disable_software_gl ());
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
  bk_renderer_restore_environment ();
  g_assert_null (g_getenv ("GDK_DEBUG"));
}

static void
user_renderer_child (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  g_assert_false (bk_renderer_disable_software_gl ());
  g_assert_null (g_getenv ("GDK_DEBUG"));
}

static void
test_gdk_debug (void)
{
  in_child (gdk_debug_child);
}

static void
test_gdk_debug_unset (void)
{
  in_child (gdk_debug_unset_child);
}

static void
test_user_renderer_keeps_gl (void)
{
  in_child (user_renderer_child);
}

static char *
window_renderer_type (void)
{
  g_autofree char *dir = NULL;
  BkContext *context = bk_test_context_new (&dir);
  BkWindow *window = bk_test_window_new (context, 900, 700);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  char *type = g_strdup (G_OBJECT_TYPE_NAME (renderer));

  bk_test_close (window, context, g_steal_pointer (&dir));
  return type;
}

/* The app's own start-up (bk_application_startup, run by registering the
 * test application) makes the choice before its first window. */
static void
test_software_gl_draws_with_cairo (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *driver = NULL;
  g_autofree char *type = NULL;

  if (g_getenv ("GSK_RENDERER") != NULL)
    {
      g_test_skip ("$GSK_RENDERER is set: the user's choice stands");
      return;
    }
  driver = bk_renderer_query_gl_driver (display);
  if (!bk_renderer_is_software_gl (driver))
    {
      g_test_skip ("this display's OpenGL is not a software driver");
      return;
    }

  type = window_renderer_type ();
  g_assert_cmpstr (type, ==, "GskCairoRenderer");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (display), "gsk-renderer"), ==, "cairo");
  /* Chosen without touching the environment a child process would get. */
  g_assert_null (g_getenv ("GSK_RENDERER"));
}

/* In a child process of its own, as the choice is made once per process. */
static void
user_choice_kept_child (void)
{
  g_autofree char *type = NULL;

  /* Before the first window: GSK reads $GSK_RENDERER at the first realize. */
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  type = window_renderer_type ();
  g_assert_cmpstr (type, ==, "GskGLRenderer");
  g_assert_null (g_object_get_data (G_OBJECT (gdk_display_get_default ()), "gsk-renderer"));
}

static void
test_user_choice_kept (void)
{
  g_autofree char *driver = NULL;

  if (g_test_subprocess ())
    {
      user_choice_kept_child ();
      return;
    }
  driver = bk_renderer_query_gl_driver (gdk_display_get_default ());
  if (!bk_renderer_is_software_gl (driver))
    {
      g_test_skip ("this display's OpenGL is not a software driver");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add_func ("/renderer/pick", test_pick);
  g_test_add_func ("/renderer/skip-gl", test_skip_gl);
  g_test_add_func ("/renderer/gdk-debug-kept", test_gdk_debug);
  g_test_add_func ("/renderer/gdk-debug-unset", test_gdk_debug_unset);
  g_test_add_func ("/renderer/user-renderer-keeps-gl", test_user_renderer_keeps_gl);
  g_test_add_func ("/renderer/software-gl-draws-with-cairo", test_software_gl_draws_with_cairo);
  g_test_add_func ("/renderer/user-choice-kept", test_user_choice_kept);
  return g_test_run ();
}
