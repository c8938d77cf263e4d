/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-renderer"

#include "bk-config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "services/bk-guide-library.h"
#include "bk-guide-renderer.h"

/* Turns a parsed article into a GtkTextBuffer: one pass over its runs, so
 * the cost is linear in the text whatever its structure. Sizes are
 * relative (scale), so the text follows the system font; colours come from
 * the widget's style, so they follow light and dark. */

#define INDENT_STEP 24
#define BULLET_WIDTH 20
#define LINK_DATA "bk-guide-href"
#define MARKS_DATA "bk-guide-marks"
#define LINK_TAGS_DATA "bk-guide-link-tags"

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "title",
                              "weight", PANGO_WEIGHT_HEAVY,
                              "scale", 1.6,
                              "pixels-below-lines", 4,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.25,
                              "pixels-above-lines", 6,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "subhead",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.1,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "summary",
                              "scale", 1.1,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "em", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "link",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "quote",
                              "right-margin", 6,
                              "pixels-above-lines", 2,
                              "pixels-below-lines", 2,
                              NULL);
  /* After "quote", so its colours win: emergency signs are not a caution. */
  gtk_text_buffer_create_tag (buffer, "urgent", NULL);
  gtk_text_buffer_create_tag (buffer, "urgent-heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.2,
                              "pixels-above-lines", 6,
                              "pixels-below-lines", 2,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "search-match", NULL);

  /* Hanging indent: the bullet sits left of the text, a tab at the margin
   * lines wrapped lines up under the first word. */
  for (guint depth = 1; depth <= BK_GUIDE_MAX_INDENT; depth++)
    {
      g_autofree char *name = g_strdup_printf ("indent-%u", depth);
      g_autofree char *item = g_strdup_printf ("item-%u", depth);
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, BULLET_WIDTH);

      gtk_text_buffer_create_tag (buffer, name, "left-margin", INDENT_STEP * depth, NULL);
      gtk_text_buffer_create_tag (buffer, item,
                                  "left-margin", INDENT_STEP * depth,
                                  "indent", -BULLET_WIDTH,
                                  "tabs", tabs,
                                  NULL);
      pango_tab_array_free (tabs);
    }
}

static GtkTextTag *
lookup_tag (GtkTextBuffer *buffer,
            const char    *name)
{
  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
}

static void
apply (GtkTextBuffer *buffer,
       const char    *name,
       int            start_offset,
       int            end_offset)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);
  gtk_text_buffer_apply_tag (buffer, lookup_tag (buffer, name), &start, &end);
}

static void
insert_run (GtkTextBuffer    *buffer,
            const BkGuideRun *run)
{
  GtkTextIter end;
  int start_offset, end_offset;
  guint depth;

  gtk_text_buffer_get_end_iter (buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (buffer, &end, run->text, -1);
  end_offset = gtk_text_iter_get_offset (&end);

  if (run->style & BK_GUIDE_STYLE_TITLE)
    apply (buffer, "title", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_HEADING)
    apply (buffer, "heading", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_SUBHEAD)
    apply (buffer, "subhead", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_SUMMARY)
    apply (buffer, "summary", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_EM)
    apply (buffer, "em", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_STRONG)
    apply (buffer, "strong", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_CODE)
    apply (buffer, "code", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_QUOTE)
    apply (buffer, "quote", start_offset, end_offset);
  if (run->style & BK_GUIDE_STYLE_URGENT)
    apply (buffer, "urgent", start_offset, end_offset);

  depth = MIN (run->list_depth + run->quote_depth, BK_GUIDE_MAX_INDENT);
  if (depth > 0)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u",
                                               run->list_depth > 0 ? "item" : "indent",
                                               depth);
      apply (buffer, name, start_offset, end_offset);
    }

  if (run->href != NULL)
    {
      GtkTextTag *tag = gtk_text_buffer_create_tag (buffer, NULL, NULL);
      GtkTextIter start;

      g_object_set_data_full (G_OBJECT (tag), LINK_DATA, g_strdup (run->href), g_free);
      g_ptr_array_add (g_object_get_data (G_OBJECT (buffer), LINK_TAGS_DATA), tag);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, start_offset);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, end_offset);
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
      apply (buffer, "link", start_offset, end_offset);
    }
}

/* An urgent block opens with a heading of its own, in the reader's
 * language, so it reads (and is read out) as an emergency at once. */
static void
insert_urgent_heading (GtkTextBuffer    *buffer,
                       const BkGuideRun *first)
{
  BkGuideRun heading = *first;
  g_autofree char *text = g_strdup_printf ("%s\n", _("Emergency: get help now"));
  GtkTextIter end;
  int start_offset;

  heading.text = text;
  heading.href = NULL;
  heading.style = first->style & (BK_GUIDE_STYLE_QUOTE | BK_GUIDE_STYLE_URGENT);
  heading.list_depth = 0;
  gtk_text_buffer_get_end_iter (buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  insert_run (buffer, &heading);
  apply (buffer, "urgent-heading", start_offset, start_offset + (int) g_utf8_strlen (text, -1));
}

char *
bk_guide_renderer_mark_name (const char *section_id)
{
  return g_strconcat ("bk-guide-section:", section_id != NULL ? section_id : "", NULL);
}

/* Every tag toggle on a line makes later edits of that line slower, so a
 * paragraph with thousands of styled pieces (only hostile input has them)
 * is shown plain after the first few hundred, keeping rendering linear. */
#define MAX_STYLED_RUNS_PER_LINE 256

static void
flush_plain (GtkTextBuffer *buffer,
             GString       *plain)
{
  GtkTextIter end;

  if (plain->len == 0)
    return;
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, plain->str, plain->len);
  g_string_truncate (plain, 0);
}

/* Removes what the last render added: text, section marks, link tags. */
static void
clear_buffer (GtkTextBuffer *buffer)
{
  GPtrArray *marks = g_object_get_data (G_OBJECT (buffer), MARKS_DATA);
  GPtrArray *link_tags = g_object_get_data (G_OBJECT (buffer), LINK_TAGS_DATA);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  gtk_text_buffer_set_text (buffer, "", 0);
  for (guint i = 0; marks != NULL && i < marks->len; i++)
    gtk_text_buffer_delete_mark (buffer, g_ptr_array_index (marks, i));
  for (guint i = 0; link_tags != NULL && i < link_tags->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (link_tags, i));

  g_object_set_data_full (G_OBJECT (buffer), MARKS_DATA,
                          g_ptr_array_new (), (GDestroyNotify)g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (buffer), LINK_TAGS_DATA,
                          g_ptr_array_new (), (GDestroyNotify)g_ptr_array_unref);
}

/**
 * bk_guide_renderer_render_into:
 *
 * Replaces the contents of @buffer with @article, with a mark named by
 * bk_guide_renderer_mark_name() at the start of each section. Reusing one
 * buffer keeps the text view's layout caches in step with it.
 */
void
bk_guide_renderer_render_into (GtkTextBuffer  *buffer,
                               BkGuideArticle *article)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const BkGuideRun *run;
  GPtrArray *marks;
  guint n_runs, n_sections;
  guint next_section = 0;
  guint styled_in_line = 0;
  gboolean in_urgent = FALSE;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (BK_IS_GUIDE_ARTICLE (article));

  if (lookup_tag (buffer, "title") == NULL)
    create_tags (buffer);
  clear_buffer (buffer);
  marks = g_object_get_data (G_OBJECT (buffer), MARKS_DATA);

  n_runs = bk_guide_article_get_n_runs (article);
  n_sections = bk_guide_article_get_n_sections (article);
  for (guint i = 0; i <= n_runs; i++)
    {
      /* Marks first, so a section that starts at this run begins here. */
      while (next_section < n_sections &&
             bk_guide_article_get_section (article, next_section)->first_run <= i)
        {
          const BkGuideSection *section = bk_guide_article_get_section (article, next_section);
          g_autofree char *name = bk_guide_renderer_mark_name (section->id);
          GtkTextIter end;

          flush_plain (buffer, plain);
          gtk_text_buffer_get_end_iter (buffer, &end);
          g_ptr_array_add (marks, gtk_text_buffer_create_mark (buffer, name, &end, TRUE));
          next_section++;
        }
      if (i == n_runs)
        break;

      run = bk_guide_article_get_run (article, i);
      if ((run->style & BK_GUIDE_STYLE_URGENT) && !in_urgent)
        {
          flush_plain (buffer, plain);
          insert_urgent_heading (buffer, run);
        }
      in_urgent = (run->style & BK_GUIDE_STYLE_URGENT) != 0;
      if (styled_in_line < MAX_STYLED_RUNS_PER_LINE)
        {
          flush_plain (buffer, plain);
          insert_run (buffer, run);
          styled_in_line++;
        }
      else
        g_string_append (plain, run->text);

      if (strchr (run->text, '\n') != NULL)
        {
          flush_plain (buffer, plain);
          styled_in_line = 0;
        }
    }
  flush_plain (buffer, plain);
}

/**
 * bk_guide_renderer_render:
 *
 * Returns: (transfer full): a new buffer holding @article.
 */
GtkTextBuffer *
bk_guide_renderer_render (BkGuideArticle *article)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (article), NULL);

  buffer = gtk_text_buffer_new (NULL);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  bk_guide_renderer_render_into (buffer, article);
  return buffer;
}

static void
set_color (GtkTextBuffer *buffer,
           GtkWidget     *widget,
           const char    *tag_name,
           const char    *property,
           const char    *color_name,
           double         alpha)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkTextTag *tag = lookup_tag (buffer, tag_name);
  GdkRGBA color;

  /* Nothing rendered into this buffer yet. */
  if (tag == NULL)
    return;
  if (!gtk_style_context_lookup_color (context, color_name, &color))
    return;
  color.alpha *= alpha;
  g_object_set (tag, property, &color, NULL);
}

/* Link and caution colours from the current style: call again when the
 * style changes between light and dark. */
void
bk_guide_renderer_update_colors (GtkTextBuffer *buffer,
                                 GtkWidget     *widget)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  set_color (buffer, widget, "link", "foreground-rgba", "accent_color", 1.0);
  /* Block quotes hold cautions: a warning tint, faint enough for body text. */
  set_color (buffer, widget, "quote", "paragraph-background-rgba", "warning_bg_color", 0.15);
  /* Emergency signs: the error colours, as the pain editor's urgent advice. */
  set_color (buffer, widget, "urgent", "paragraph-background-rgba", "error_bg_color", 0.15);
  set_color (buffer, widget, "urgent-heading", "foreground-rgba", "error_color", 1.0);
  set_color (buffer, widget, "search-match", "background-rgba", "accent_bg_color", 0.3);
}

/**
 * bk_guide_renderer_highlight:
 * @query: (nullable): what was searched for, or %NULL to clear
 *
 * Marks where @query matches in @buffer, by the search's own rule.
 *
 * Returns: how many matches were marked
 */
guint
bk_guide_renderer_highlight (GtkTextBuffer *buffer,
                             const char    *query)
{
  GtkTextTag *tag = lookup_tag (buffer, "search-match");
  g_autoptr(GArray) spans = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), 0);

  if (tag == NULL)
    return 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  if (query == NULL || *query == '\0')
    return 0;
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  spans = bk_guide_find_matches (text, query);
  for (guint i = 0; i < spans->len; i++)
    {
      BkGuideSpan *span = &g_array_index (spans, BkGuideSpan, i);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) span->end);
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
    }
  return spans->len;
}

/**
 * bk_guide_renderer_markup_matches:
 * @query: (nullable): what was searched for
 *
 * Returns: (transfer full): @text as Pango markup, the words @query
 *   matched in bold
 */
char *
bk_guide_renderer_markup_matches (const char *text,
                                  const char *query)
{
  g_autoptr(GArray) spans = bk_guide_find_matches (text, query);
  GString *markup = g_string_new (NULL);
  glong done = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      BkGuideSpan *span = &g_array_index (spans, BkGuideSpan, i);
      const char *from = g_utf8_offset_to_pointer (text, done);
      const char *start = g_utf8_offset_to_pointer (text, span->start);
      const char *end = g_utf8_offset_to_pointer (text, span->end);
      g_autofree char *before = NULL;
      g_autofree char *word = NULL;

      if ((glong) span->start < done)
        continue;
      before = g_markup_escape_text (from, start - from);
      word = g_markup_escape_text (start, end - start);
      g_string_append_printf (markup, "%s<b>%s</b>", before, word);
      done = span->end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (g_utf8_offset_to_pointer (text, done), -1);

    g_string_append (markup, rest);
  }
  return g_string_free (markup, FALSE);
}

/* Returns: (nullable): the target of the link at @iter. */
const char *
bk_guide_renderer_get_link (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = NULL;

  g_return_val_if_fail (iter != NULL, NULL);

  tags = gtk_text_iter_get_tags (iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      const char *href = g_object_get_data (l->data, LINK_DATA);
      if (href != NULL)
        return href;
    }
  return NULL;
}

/**
 * bk_guide_renderer_next_link:
 * @start: (inout): start of the current selection; the link's start
 * @end: (inout): end of the current selection; the link's end
 *
 * Finds the link after the selection (or before it, when not @forward).
 *
 * Returns: whether there is one
 */
gboolean
bk_guide_renderer_next_link (GtkTextBuffer *buffer,
                             GtkTextIter   *start,
                             GtkTextIter   *end,
                             gboolean       forward)
{
  GtkTextTag *link = lookup_tag (buffer, "link");
  GtkTextIter at;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), FALSE);

  if (link == NULL)
    return FALSE;
  at = forward ? *end : *start;
  while (forward ? gtk_text_iter_forward_to_tag_toggle (&at, link)
                 : gtk_text_iter_backward_to_tag_toggle (&at, link))
    {
      if (!gtk_text_iter_starts_tag (&at, link))
        continue;
      *start = at;
      *end = at;
      gtk_text_iter_forward_to_tag_toggle (end, link);
      return TRUE;
    }
  return FALSE;
}
