/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The guide panel by keyboard and search (issue 15): Tab goes from link to
 * link, search matches whole words and shows where, and the emergency
 * signs are set apart as urgent, not as a caution. */
#include "bk-config.h"

#include <string.h>

#include "gui/bk-guide-panel.h"
#include "gui/bk-guide-renderer.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

typedef struct {
  GtkWidget    *window;
  BkGuidePanel *panel;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  static const char * const english[] = { "en", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(BkGuideLibrary) library = bk_guide_library_new_for_resource (RESOURCE_PREFIX "/guide", english, &error);

  g_assert_no_error (error);
  f->panel = bk_guide_panel_new (library);
  f->window = gtk_window_new ();
  g_object_ref_sink (f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), GPOINTER_TO_INT (data) > 0 ? GPOINTER_TO_INT (data) : 480, 760);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->panel));
  bk_test_present (f->window);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  bk_test_spin ();
  g_assert_finalize_object (f->window);
}

static GtkTextBuffer *
buffer_of (Fixture *f)
{
  return gtk_text_view_get_buffer (bk_guide_panel_get_text_view (f->panel));
}

static char *
selected_link (Fixture *f)
{
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer_of (f), &start, &end))
    return NULL;
  g_assert_nonnull (bk_guide_renderer_get_link (&start));
  return g_strdup (bk_guide_renderer_get_link (&start));
}

static int
selection_offset (Fixture *f)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_selection_bounds (buffer_of (f), &start, &end);
  return gtk_text_iter_get_offset (&start);
}

static void
test_tab_between_links (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (bk_guide_panel_get_text_view (f->panel));
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  int first_at, second_at;

  g_assert_true (bk_guide_panel_show (f->panel, "symptoms"));
  bk_test_spin ();
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_has_focus (view));

  bk_test_press_keys (f->window, "Tab");
  g_assert_true (gtk_widget_has_focus (view));
  first = selected_link (f);
  g_assert_nonnull (first);
  first_at = selection_offset (f);

  bk_test_press_keys (f->window, "Tab");
  g_assert_true (gtk_widget_has_focus (view));
  second = selected_link (f);
  g_assert_nonnull (second);
  second_at = selection_offset (f);
  g_assert_cmpint (second_at, >, first_at);

  bk_test_press_keys (f->window, "shift+Tab");
  g_assert_cmpint (selection_offset (f), ==, first_at);
  bk_test_save_png (f->window, "guide-link-focus");
  bk_test_save_looks (f->window, "guide-link-focus");

  /* Return follows the selected link. */
  bk_test_press_keys (f->window, "Tab Return");
  g_assert_cmpstr (bk_guide_panel_get_location (f->panel), !=, "symptoms");
}

/* Every stretch of @buffer tagged @tag_name, one a line. */
static char *
tagged_text (GtkTextBuffer *buffer,
             const char    *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GString *out = g_string_new (NULL);
  GtkTextIter at, end;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &at);
  while (gtk_text_iter_starts_tag (&at, tag) || gtk_text_iter_forward_to_tag_toggle (&at, tag))
    {
      g_autofree char *text = NULL;

      end = at;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      text = gtk_text_iter_get_text (&at, &end);
      g_string_append_printf (out, "%s\n", text);
      at = end;
      if (!gtk_text_iter_forward_to_tag_toggle (&at, tag))
        break;
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_rows (gpointer list)
{
  return gtk_list_box_get_row_at_index (list, 0) != NULL;
}

static void
test_search_highlights_words (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *entry = bk_test_child (f->panel, BK_TYPE_GUIDE_PANEL, "search_entry");
  GtkListBox *results = GTK_LIST_BOX (bk_test_child (f->panel, BK_TYPE_GUIDE_PANEL, "results_list"));
  g_autofree char *shown = NULL;
  g_autofree char *marked = NULL;
  g_auto(GStrv) words = NULL;

  gtk_editable_set_text (GTK_EDITABLE (entry), "numb");
  /* The entry waits a moment after typing before it searches. */
  g_assert_true (bk_test_wait_for (has_rows, results));
  shown = bk_test_shown_text (results);
  g_assert_null (strstr (shown, "numbers"));
  g_assert_nonnull (strstr (shown, "numbness"));
  bk_test_save_png (f->window, "guide-search");

  g_signal_emit_by_name (entry, "activate");
  bk_test_spin ();
  marked = tagged_text (buffer_of (f), "search-match");
  g_test_message ("%s", marked);
  words = g_strsplit (g_strstrip (marked), "\n", -1);
  g_assert_cmpuint (g_strv_length (words), >, 0);
  for (guint i = 0; words[i] != NULL; i++)
    g_assert_true (g_ascii_strcasecmp (words[i], "numb") == 0 || g_ascii_strcasecmp (words[i], "numbness") == 0);
  bk_test_save_png (f->window, "guide-search-highlight");
  bk_test_save_looks (f->window, "guide-search-highlight");

  /* Going on elsewhere forgets the highlight. */
  g_assert_true (bk_guide_panel_show (f->panel, "load"));
  g_clear_pointer (&marked, g_free);
  marked = tagged_text (buffer_of (f), "search-match");
  g_assert_cmpstr (marked, ==, "");
}

static void
test_emergency_is_urgent (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *urgent = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *quotes = NULL;

  g_assert_true (bk_guide_panel_show (f->panel, "symptoms"));
  bk_test_spin ();
  urgent = tagged_text (buffer_of (f), "urgent");
  heading = tagged_text (buffer_of (f), "urgent-heading");
  quotes = tagged_text (buffer_of (f), "quote");
  g_assert_cmpstr (g_strstrip (heading), ==, "Emergency: get help now");
  g_assert_nonnull (strstr (urgent, "numbness around the bottom"));
  g_assert_nonnull (strstr (urgent, "Go to an emergency department"));
  /* The disclaimer and the "see a doctor soon" list stay cautions. */
  g_assert_nonnull (strstr (quotes, "general information, not a diagnosis"));
  g_assert_null (strstr (urgent, "general information, not a diagnosis"));
  g_assert_null (strstr (urgent, "See a doctor soon"));
  g_assert_true (bk_guide_panel_show (f->panel, "symptoms#warning-signs") ||
                 bk_guide_panel_show (f->panel, "symptoms"));
  bk_test_save_png (f->window, data == NULL ? "guide-emergency" : "guide-emergency-1280");
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/guide-keys/tab-between-links", Fixture, NULL, setup, test_tab_between_links, teardown);
  g_test_add ("/guide-keys/search-highlights-words", Fixture, NULL, setup, test_search_highlights_words, teardown);
  g_test_add ("/guide-keys/emergency-is-urgent", Fixture, NULL, setup, test_emergency_is_urgent, teardown);
  return g_test_run ();
}
