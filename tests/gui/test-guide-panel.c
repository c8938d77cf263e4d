/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-guide-panel"

#include "bk-config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui/bk-guide-panel.h"
#include "gui/bk-guide-renderer.h"
#include "gui/bk-window.h"
#include "core/bk-guide-ids.h"
#include "bk-test-gui.h"

typedef struct {
  char      *data_dir;
  GSettings *settings;
  BkContext *context;
  BkWindow  *window;
} Fixture;

typedef gboolean (*Condition) (gpointer data);

static gboolean
spin_until (Condition condition,
            gpointer  data)
{
  /* Generous: a sanitizer build on a busy machine lays text out slowly. */
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static void
spin_for (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int width = GPOINTER_TO_INT (data);

  fixture->data_dir = g_dir_make_tmp ("backstretch-guide-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_int (fixture->settings, "window-width", width > 0 ? width : 1100);
  g_settings_set_int (fixture->settings, "window-height", 760);
  fixture->context = bk_context_new (fixture->data_dir, fixture->settings, &error);
  g_assert_no_error (error);

  fixture->window = bk_window_new (NULL, fixture->context);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *)&fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (spin_until (is_mapped, fixture->window));
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *name;
  GDir *dir;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_true (spin_until (is_null, &fixture->window));
  g_assert_finalize_object (fixture->context);
  g_clear_object (&fixture->settings);

  dir = g_dir_open (fixture->data_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->data_dir, name, NULL);
      g_unlink (path);
    }
  g_dir_close (dir);
  g_rmdir (fixture->data_dir);
  g_free (fixture->data_dir);
}

typedef struct {
  GtkTextView *view;
  const char  *section_id;
} SectionCheck;

/* Where the section's heading is and what part of the view is visible;
 * FALSE until the section is rendered and the view on screen. */
static gboolean
section_rects (SectionCheck *check,
               GdkRectangle *location,
               GdkRectangle *visible)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (check->view);
  g_autofree char *mark_name = bk_guide_renderer_mark_name (check->section_id);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, mark_name);
  GtkTextIter iter;

  if (mark == NULL || !gtk_widget_get_mapped (GTK_WIDGET (check->view)))
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  gtk_text_view_get_iter_location (check->view, &iter, location);
  gtk_text_view_get_visible_rect (check->view, visible);
  g_test_message ("section %s at %d, visible %d+%d", check->section_id, location->y, visible->y, visible->height);
  return visible->height > 0;
}

/* The section's heading is on screen, in the upper part of the view. */
static gboolean
section_near_top (gpointer data)
{
  GdkRectangle location, visible;

  return section_rects (data, &location, &visible) &&
         location.y >= visible.y &&
         location.y < visible.y + visible.height / 3;
}

/* The section's heading is somewhere in the visible part of the view: a
 * section near an article's end cannot scroll to the top. */
static gboolean
section_visible (gpointer data)
{
  GdkRectangle location, visible;

  return section_rects (data, &location, &visible) &&
         location.y >= visible.y &&
         location.y + location.height <= visible.y + visible.height;
}

static double
scroll_position (GtkTextView *view)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)));
}

static AdwFlap *
flap_of (BkGuidePanel *panel)
{
  return ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (panel), ADW_TYPE_FLAP));
}

static gboolean
flap_folded (gpointer flap)
{
  return adw_flap_get_folded (flap);
}

static gboolean
flap_unfolded (gpointer flap)
{
  return !adw_flap_get_folded (flap);
}


static gboolean
is_drawn (gpointer data)
{
  GtkWidget *widget = data;
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (widget, ADW_TYPE_FLAP));

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0 &&
         (flap == NULL || !adw_flap_get_reveal_flap (flap) ||
          adw_flap_get_reveal_progress (flap) >= 1.0);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;

  g_assert_true (spin_until (is_drawn, widget));
  /* In the middle of a stack's crossfade a snapshot can come out empty:
   * take it again after a few more frames. */
  for (int attempt = 0; attempt < 100 && node == NULL; attempt++)
    {
      spin_for (100);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (snapshot == NULL)
        snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  path = g_build_filename (g_getenv ("BACKSTRETCH_BUILD_DIR"), name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* win.show-guide opens the closed panel scrolled to the section; back and
 * forward walk the panel's own history. */
static void
test_show_guide_scrolls (Fixture       *fixture,
                         gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  GtkTextView *view = bk_guide_panel_get_text_view (panel);
  SectionCheck monotony = { view, "monotony" };
  SectionCheck shoes = { view, "shoes" };

  g_assert_false (adw_flap_get_reveal_flap (flap_of (panel)));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-guide",
                                             "s", BK_GUIDE_LOAD_MONOTONY));
  g_assert_true (adw_flap_get_reveal_flap (flap_of (panel)));
  g_assert_true (g_settings_get_boolean (fixture->settings, "guide-open"));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "load#monotony");
  g_assert_true (spin_until (section_near_top, &monotony));
  g_assert_cmpfloat (scroll_position (view), >, 100);

  bk_window_show_guide (fixture->window, BK_GUIDE_TRIGGERS_SHOES);
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "triggers#shoes");
  g_assert_true (spin_until (section_near_top, &shoes));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.back", NULL));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "load#monotony");
  g_assert_true (spin_until (section_near_top, &monotony));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.back", NULL));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.forward", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.forward", NULL));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "triggers#shoes");
  g_assert_true (spin_until (section_near_top, &shoes));

  /* A new step drops the forward history. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.back", NULL));
  bk_window_show_guide (fixture->window, BK_GUIDE_SYMPTOMS_RED_FLAGS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.forward", NULL));
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "symptoms#red-flags");

  /* Following a link inside an article: put the caret on it, press Return. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    SectionCheck sacroiliac = { view, "sacroiliac" };
    GtkTextIter iter;
    gboolean found = FALSE;

    bk_window_show_guide (fixture->window, BK_GUIDE_TRIGGERS_ASYMMETRY);
    for (gtk_text_buffer_get_start_iter (buffer, &iter);
         !gtk_text_iter_is_end (&iter) && !found;
         gtk_text_iter_forward_char (&iter))
      found = g_strcmp0 (bk_guide_renderer_get_link (&iter), "conditions#sacroiliac") == 0;
    g_assert_true (found);
    gtk_text_iter_backward_char (&iter);
    gtk_text_buffer_place_cursor (buffer, &iter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.follow-link", NULL));
    g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "conditions#sacroiliac");
    g_assert_true (spin_until (section_near_top, &sacroiliac));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.back", NULL));
    g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "triggers#asymmetry");
  }

  /* The header toggle closes it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-guide", NULL));
  g_assert_false (adw_flap_get_reveal_flap (flap_of (panel)));
}

typedef struct {
  GtkTextView *view;
  double       before;
} LinkColor;

static gboolean
link_color_changed (gpointer data)
{
  LinkColor *check = data;
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (check->view));
  g_autoptr(GdkRGBA) color = NULL;

  g_object_get (gtk_text_tag_table_lookup (table, "link"), "foreground-rgba", &color, NULL);
  return color != NULL && color->red + color->green + color->blue != check->before;
}

/* Screenshots of the panel in light and dark style, into the build dir;
 * the link colour follows the style. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  GtkTextView *view = bk_guide_panel_get_text_view (panel);
  AdwStyleManager *style = adw_style_manager_get_default ();
  SectionCheck about = { view, "" };
  LinkColor check = { view, -1 };

  bk_window_show_guide (fixture->window, "about");
  g_assert_true (spin_until (section_near_top, &about));
  spin_for (300);
  g_assert_true (link_color_changed (&check));
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (view));
    g_autoptr(GdkRGBA) color = NULL;
    g_object_get (gtk_text_tag_table_lookup (table, "link"), "foreground-rgba", &color, NULL);
    check.before = color->red + color->green + color->blue;
  }
  save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (spin_until (link_color_changed, &check));
  spin_for (300);
  save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  {
    SectionCheck red_flags = { view, "red-flags" };
    SectionCheck asymmetry = { view, "asymmetry" };

    bk_window_show_guide (fixture->window, BK_GUIDE_SYMPTOMS_RED_FLAGS);
    g_assert_true (spin_until (section_near_top, &red_flags));
    save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-red-flags.png");
    bk_window_show_guide (fixture->window, BK_GUIDE_TRIGGERS_ASYMMETRY);
    g_assert_true (spin_until (section_near_top, &asymmetry));
    save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-asymmetry.png");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.contents", NULL));
  spin_for (300);
  save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-contents.png");
}

/* The sections issue 9 added or rewrote open from their ids, for a person
 * to read in the saved screenshots (the dark one too). */
static void
test_issue_9_sections (Fixture       *fixture,
                       gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  GtkTextView *view = bk_guide_panel_get_text_view (panel);
  const char *targets[] = {
    BK_GUIDE_SYMPTOMS_RED_FLAGS, BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES, BK_GUIDE_SYMPTOMS_BONE_STRESS,
    BK_GUIDE_SYMPTOMS_EPISODES, BK_GUIDE_TREATMENT_STAY_ACTIVE, BK_GUIDE_TREATMENT_RETURN,
    BK_GUIDE_TREATMENT_STRETCHES, "treatment#support", "treatment#inversion",
    BK_GUIDE_CONDITIONS_SACROILIAC,
  };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *section = g_strdup (strchr (targets[i], '#') + 1);
      g_autofree char *name = g_strdup_printf ("guide-panel-%s.png", section);
      SectionCheck check = { view, section };

      bk_window_show_guide (fixture->window, targets[i]);
      g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, targets[i]);
      g_assert_true (spin_until (section_visible, &check));
      save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), name);
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  {
    SectionCheck check = { view, "how-advice-works" };

    bk_window_show_guide (fixture->window, BK_GUIDE_SYMPTOMS_EPISODES);
    g_assert_true (spin_until (section_visible, &check));
    spin_for (300);
    save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-how-advice-works-dark.png");
  }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* On a narrow window the panel overlays the page instead of squeezing it;
 * on a wide one it sits beside it. */
static void
test_folds_when_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  gboolean narrow = GPOINTER_TO_INT (data) < 700;

  spin_for (300);
  bk_window_show_guide (fixture->window, BK_GUIDE_CONDITIONS_SACROILIAC);
  g_assert_true (adw_flap_get_reveal_flap (flap_of (panel)));
  /* Folding follows the window's allocation, which may take a few frames. */
  g_assert_true (spin_until (narrow ? flap_folded : flap_unfolded, flap_of (panel)));
  if (narrow)
    save_png (GTK_WIDGET (fixture->window), "guide-panel-narrow.png");
}

/* The panel's width is remembered. */
static void
test_width_persists (Fixture       *fixture,
                     gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  int width;

  g_settings_set_int (fixture->settings, "guide-width", 500);
  bk_window_show_guide (fixture->window, "about");
  spin_for (300);
  gtk_widget_get_size_request (GTK_WIDGET (panel), &width, NULL);
  g_assert_cmpint (width, ==, 500);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (panel)), >=, 500);

  gtk_widget_set_size_request (GTK_WIDGET (panel), 420, -1);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "guide-width"), ==, 420);
}

typedef struct {
  GtkWidget  *stack;
  const char *child;
} StackCheck;

static gboolean
stack_shows (gpointer data)
{
  StackCheck *check = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (check->stack)), check->child) == 0;
}

/* The search entry lists matching sections; activating one opens it. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  BkGuidePanel *panel = bk_window_get_guide_panel (fixture->window);
  GtkTextView *view = bk_guide_panel_get_text_view (panel);
  /* "tarmac" is in the shoes question's part on soft surfaces. */
  SectionCheck surfaces = { view, "surfaces" };
  GtkWidget *entry;
  GtkWidget *stack;

  bk_window_show_guide (fixture->window, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "guide.search", NULL));
  entry = gtk_root_get_focus (GTK_ROOT (fixture->window));
  entry = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "tarmac");
  stack = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_STACK);
  /* The entry waits a moment after typing before it searches. */
  g_assert_true (spin_until (stack_shows, &(StackCheck) { stack, "results" }));
  save_png (gtk_widget_get_parent (GTK_WIDGET (panel)), "guide-panel-search.png");

  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (bk_guide_panel_get_location (panel), ==, "triggers#surfaces");
  g_assert_true (spin_until (section_near_top, &surfaces));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (entry), "zzxqv");
  g_assert_true (spin_until (stack_shows, &(StackCheck) { stack, "no-results" }));
}

static BkGuideArticle *
hostile_article (guint kind)
{
  GString *source = g_string_new ("# Hostile\n\n");
  BkGuideArticle *article;

  switch (kind)
    {
    case 0:
      g_string_append (source, "*a **b _c `d [e](f\n\n> *g\n");
      break;
    case 1:
      for (guint i = 0; i < 10000; i++)
        g_string_append (source, i % 2 ? "- " : "1. ");
      g_string_append (source, "bottom [link](about)\n");
      break;
    case 2:
      while (source->len < 1024 * 1024)
        g_string_append (source, "word *em &amp; **strong [a](b) ");
      g_string_append_c (source, '\n');
      break;
    default:
      g_string_append (source, "\xff\xfe bad \xc3 [x\xff](y\xfe)\n\n## \xc0{#z}\n");
      break;
    }

  article = bk_guide_article_new_from_markdown ("hostile", source->str, source->len);
  g_string_free (source, TRUE);
  return article;
}

/* The renderer on hostile input: finishes, and the text view shows it. */
static void
test_renderer_hostile (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 400);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (spin_until (is_mapped, window));

  for (guint kind = 0; kind < 4; kind++)
    {
      g_autoptr(BkGuideArticle) article = hostile_article (kind);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GtkTextBuffer) buffer = bk_guide_renderer_render (article);
      g_autofree char *mark = bk_guide_renderer_mark_name ("");

      bk_guide_renderer_update_colors (buffer, view);
      g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >, 0);
      g_assert_nonnull (gtk_text_buffer_get_mark (buffer, mark));

      /* Show everything but the megabyte line, whose layout is Pango's
       * business; its buffer is checked above. */
      if (kind != 2)
        {
          gtk_text_view_set_buffer (GTK_TEXT_VIEW (view), buffer);
          spin_for (200);
        }
      g_test_message ("hostile input %u rendered in %" G_GINT64_FORMAT " ms",
                      kind, (g_get_monotonic_time () - start) / 1000);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/guide/panel/show-guide-scrolls", Fixture, NULL,
              fixture_set_up, test_show_guide_scrolls, fixture_tear_down);
  g_test_add ("/guide/panel/screenshots", Fixture, NULL,
              fixture_set_up, test_screenshots, fixture_tear_down);
  g_test_add ("/guide/panel/issue-9-sections", Fixture, NULL,
              fixture_set_up, test_issue_9_sections, fixture_tear_down);
  g_test_add ("/guide/panel/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/guide/panel/width-persists", Fixture, NULL,
              fixture_set_up, test_width_persists, fixture_tear_down);
  g_test_add ("/guide/panel/wide-window-side-by-side", Fixture, GINT_TO_POINTER (1100),
              fixture_set_up, test_folds_when_narrow, fixture_tear_down);
  g_test_add ("/guide/panel/narrow-window-overlays", Fixture, GINT_TO_POINTER (480),
              fixture_set_up, test_folds_when_narrow, fixture_tear_down);
  g_test_add_func ("/guide/renderer/hostile", test_renderer_hostile);

  return g_test_run ();
}
