/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-parser"

#include "bk-config.h"

#include <md4c.h>
#include <string.h>

#include "bk-guide-parser.h"

/* md4c's callbacks flattened into a list of styled runs and a list of
 * sections: no recursion, and per nesting level only a list counter, so
 * the cost stays linear however deeply the source nests. */

typedef enum {
  BREAK_NONE = 0,
  BREAK_LINE = 1,
  BREAK_PARAGRAPH = 2,
} BreakKind;

typedef struct {
  GArray         *runs;          /* BkGuideRun */
  GArray         *sections;      /* BkGuideSection */
  char           *title;
  char           *summary_text;

  GString        *open_text;     /* text of the last run, still growing */
  GPtrArray      *bodies;        /* GString per section */
  GHashTable     *section_ids;   /* id -> GUINT index + 1 */

  guint           list_depth;
  guint           quote_depth;
  /* The depth of the urgent block quote the parser is in, or 0. */
  guint           urgent_depth;
  GArray         *list_counters; /* per open list: next number, 0 = bullets */

  guint           em_depth;
  guint           strong_depth;
  guint           code_depth;
  char           *href;

  GString        *heading;       /* non-NULL inside a heading */
  guint           heading_level;
  GString        *summary;       /* non-NULL inside the summary paragraph */
  gboolean        summary_done;
  gboolean        title_done;

  BreakKind       pending_break;
  BkGuideStyle    break_style;
  guint           break_list_depth;
  guint           break_quote_depth;
  gboolean        at_item_start;
} Parser;

static void
clear_run (gpointer data)
{
  BkGuideRun *run = data;

  g_free (run->text);
  g_free (run->href);
}

static void
clear_section (gpointer data)
{
  BkGuideSection *section = data;

  g_free (section->id);
  g_free (section->heading);
  g_free (section->body);
}

static char *
make_valid (GString *string)
{
  char *text = g_string_free (string, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);
      g_free (text);
      return valid;
    }
  return text;
}

static BkGuideRun *
last_run (Parser *p)
{
  GArray *runs = p->runs;

  return runs->len > 0 ? &g_array_index (runs, BkGuideRun, runs->len - 1) : NULL;
}

static void
close_open_run (Parser *p)
{
  BkGuideRun *run = last_run (p);

  if (p->open_text == NULL)
    return;

  g_assert (run != NULL);
  run->text = make_valid (g_steal_pointer (&p->open_text));
}

static BkGuideStyle
block_style (Parser *p)
{
  BkGuideStyle style = BK_GUIDE_STYLE_NONE;

  if (p->quote_depth > 0)
    style |= BK_GUIDE_STYLE_QUOTE;
  if (p->urgent_depth > 0)
    style |= BK_GUIDE_STYLE_URGENT;
  if (p->summary != NULL)
    style |= BK_GUIDE_STYLE_SUMMARY;
  return style;
}

static BkGuideStyle
inline_style (Parser *p)
{
  BkGuideStyle style = BK_GUIDE_STYLE_NONE;

  if (p->em_depth > 0)
    style |= BK_GUIDE_STYLE_EM;
  if (p->strong_depth > 0)
    style |= BK_GUIDE_STYLE_STRONG;
  if (p->code_depth > 0)
    style |= BK_GUIDE_STYLE_CODE;
  if (p->href != NULL)
    style |= BK_GUIDE_STYLE_LINK;
  return style;
}

static guint
current_section (Parser *p)
{
  return p->sections->len - 1;
}

static void
append_run (Parser       *p,
            const char   *text,
            gsize         length,
            BkGuideStyle  style,
            guint         list_depth,
            guint         quote_depth,
            const char   *href)
{
  BkGuideRun *run = last_run (p);
  BkGuideRun new_run = { 0 };

  if (length == 0)
    return;

  /* Consecutive pieces with the same look join one run, so a line split by
   * entities or soft breaks stays one insertion instead of thousands. */
  if (run != NULL && p->open_text != NULL &&
      run->style == style &&
      run->list_depth == list_depth &&
      run->quote_depth == quote_depth &&
      run->section == current_section (p) &&
      g_strcmp0 (run->href, href) == 0)
    {
      g_string_append_len (p->open_text, text, length);
      return;
    }

  close_open_run (p);
  new_run.style = style;
  new_run.list_depth = list_depth;
  new_run.quote_depth = quote_depth;
  new_run.section = current_section (p);
  new_run.href = g_strdup (href);
  g_array_append_val (p->runs, new_run);
  p->open_text = g_string_new_len (text, length);
}

static void
request_break (Parser    *p,
               BreakKind  kind)
{
  if (p->runs->len == 0)
    return;
  if (kind > p->pending_break)
    {
      p->pending_break = kind;
      p->break_style = block_style (p) & ~BK_GUIDE_STYLE_SUMMARY;
      p->break_list_depth = p->list_depth;
      p->break_quote_depth = p->quote_depth;
    }
}

static void
flush_break (Parser *p)
{
  BreakKind kind = p->pending_break;

  p->pending_break = BREAK_NONE;
  if (kind == BREAK_NONE || p->at_item_start)
    return;

  append_run (p, "\n\n", kind == BREAK_PARAGRAPH ? 2 : 1,
              p->break_style, p->break_list_depth, p->break_quote_depth, NULL);
  g_string_append_c (g_ptr_array_index (p->bodies, current_section (p)), '\n');
}

static void
emit (Parser     *p,
      const char *text,
      gsize       length)
{
  GString *body;

  if (length == 0)
    return;

  if (p->heading != NULL)
    {
      g_string_append_len (p->heading, text, length);
      return;
    }

  flush_break (p);
  p->at_item_start = FALSE;
  append_run (p, text, length, block_style (p) | inline_style (p),
              p->list_depth, p->quote_depth, p->href);

  body = g_ptr_array_index (p->bodies, current_section (p));
  g_string_append_len (body, text, length);
  if (p->summary != NULL)
    g_string_append_len (p->summary, text, length);
}

static void
add_section (Parser     *p,
             const char *id,
             const char *heading,
             guint       level)
{
  BkGuideSection section = { 0 };
  g_autofree char *unique = g_strdup (id);
  guint n = p->sections->len;

  while (g_hash_table_contains (p->section_ids, unique))
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", id, ++n);
    }

  close_open_run (p);
  section.id = g_strdup (unique);
  section.heading = g_strdup (heading);
  section.level = level;
  section.first_run = p->runs->len;
  g_array_append_val (p->sections, section);
  g_ptr_array_add (p->bodies, g_string_new (NULL));
  g_hash_table_insert (p->section_ids, g_steal_pointer (&unique),
                       GUINT_TO_POINTER (p->sections->len));
}

static char *
slugify (const char *heading)
{
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *c = heading; *c != '\0' && slug->len < 64; c++)
    {
      if (g_ascii_isalnum (*c))
        {
          if (dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*c));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }

  if (slug->len == 0)
    g_string_append (slug, "section");
  return g_string_free (slug, FALSE);
}

/* Splits "Heading text {#id}" into its text and explicit id. */
static char *
take_explicit_id (char *heading)
{
  char *open = strrchr (heading, '{');
  char *close;

  if (open == NULL || open[1] != '#')
    return NULL;
  close = strchr (open, '}');
  if (close == NULL || close == open + 2 || close[1] != '\0')
    return NULL;
  for (const char *c = open + 2; c < close; c++)
    if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_')
      return NULL;

  *open = '\0';
  g_strchomp (heading);
  return g_strndup (open + 2, close - open - 2);
}

static void
finish_heading (Parser *p)
{
  g_autofree char *text = make_valid (g_steal_pointer (&p->heading));
  g_autofree char *id = NULL;
  BkGuideStyle style;

  g_strstrip (text);
  id = take_explicit_id (text);

  if (!p->title_done && p->heading_level == 1)
    {
      BkGuideSection *top = &g_array_index (p->sections, BkGuideSection, 0);

      p->title_done = TRUE;
      g_free (p->title);
      p->title = g_strdup (text);
      g_free (top->heading);
      top->heading = g_strdup (text);
      style = BK_GUIDE_STYLE_TITLE;
    }
  else
    {
      if (id == NULL)
        id = slugify (text);
      flush_break (p);
      add_section (p, id, text, p->heading_level);
      style = p->heading_level <= 2 ? BK_GUIDE_STYLE_HEADING : BK_GUIDE_STYLE_SUBHEAD;
      p->summary_done = TRUE;
    }

  flush_break (p);
  p->at_item_start = FALSE;
  append_run (p, text, strlen (text), block_style (p) | style, p->list_depth, p->quote_depth, NULL);
  request_break (p, BREAK_PARAGRAPH);
}

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Parser *p = user_data;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      request_break (p, BREAK_PARAGRAPH);
      p->quote_depth++;
      p->summary_done = TRUE;
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      {
        guint next = type == MD_BLOCK_OL ? ((MD_BLOCK_OL_DETAIL *)detail)->start : 0;

        request_break (p, p->list_depth == 0 ? BREAK_PARAGRAPH : BREAK_LINE);
        g_array_append_val (p->list_counters, next);
        p->list_depth++;
        p->summary_done = TRUE;
      }
      break;

    case MD_BLOCK_LI:
      {
        guint *counter = &g_array_index (p->list_counters, guint, p->list_counters->len - 1);
        g_autofree char *bullet = NULL;

        request_break (p, BREAK_LINE);
        flush_break (p);
        if (*counter > 0)
          bullet = g_strdup_printf ("%u.\t", (*counter)++);
        else
          bullet = g_strdup (p->list_depth % 2 == 1 ? "•\t" : "◦\t");
        append_run (p, bullet, strlen (bullet), block_style (p) | BK_GUIDE_STYLE_BULLET,
                    p->list_depth, p->quote_depth, NULL);
        p->at_item_start = TRUE;
      }
      break;

    case MD_BLOCK_H:
      request_break (p, BREAK_PARAGRAPH);
      p->heading = g_string_new (NULL);
      p->heading_level = ((MD_BLOCK_H_DETAIL *)detail)->level;
      break;

    case MD_BLOCK_P:
      if (p->title_done && !p->summary_done && p->quote_depth == 0 && p->list_depth == 0)
        p->summary = g_string_new (NULL);
      break;

    case MD_BLOCK_CODE:
      request_break (p, BREAK_PARAGRAPH);
      p->code_depth++;
      break;

    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
      request_break (p, BREAK_PARAGRAPH);
      break;

    case MD_BLOCK_DOC:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    default:
      break;
    }

  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Parser *p = user_data;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      request_break (p, BREAK_PARAGRAPH);
      if (p->quote_depth == p->urgent_depth)
        p->urgent_depth = 0;
      p->quote_depth--;
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      request_break (p, p->list_depth == 1 ? BREAK_PARAGRAPH : BREAK_LINE);
      g_array_set_size (p->list_counters, p->list_counters->len - 1);
      p->list_depth--;
      break;

    case MD_BLOCK_LI:
      request_break (p, BREAK_LINE);
      p->at_item_start = FALSE;
      break;

    case MD_BLOCK_H:
      finish_heading (p);
      break;

    case MD_BLOCK_P:
      request_break (p, p->list_depth > 0 ? BREAK_LINE : BREAK_PARAGRAPH);
      if (p->summary != NULL)
        {
          g_free (p->summary_text);
          p->summary_text = make_valid (g_steal_pointer (&p->summary));
          p->summary_done = TRUE;
        }
      break;

    case MD_BLOCK_CODE:
      request_break (p, BREAK_PARAGRAPH);
      p->code_depth--;
      break;

    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
    case MD_BLOCK_DOC:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    default:
      break;
    }

  return 0;
}

static int
enter_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Parser *p = user_data;

  switch (type)
    {
    case MD_SPAN_EM:
      p->em_depth++;
      break;
    case MD_SPAN_STRONG:
      p->strong_depth++;
      break;
    case MD_SPAN_CODE:
      p->code_depth++;
      break;
    case MD_SPAN_A:
      {
        MD_SPAN_A_DETAIL *a = detail;
        GString *href = g_string_new_len (a->href.text, a->href.size);

        g_clear_pointer (&p->href, g_free);
        p->href = make_valid (href);
      }
      break;
    case MD_SPAN_IMG:
    case MD_SPAN_DEL:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U:
    default:
      break;
    }

  return 0;
}

static int
leave_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Parser *p = user_data;

  switch (type)
    {
    case MD_SPAN_EM:
      p->em_depth--;
      break;
    case MD_SPAN_STRONG:
      p->strong_depth--;
      break;
    case MD_SPAN_CODE:
      p->code_depth--;
      break;
    case MD_SPAN_A:
      g_clear_pointer (&p->href, g_free);
      break;
    case MD_SPAN_IMG:
    case MD_SPAN_DEL:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U:
    default:
      break;
    }

  return 0;
}

static void
emit_entity (Parser     *p,
             const char *text,
             gsize       length)
{
  static const struct { const char *name; const char *utf8; } named[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&apos;", "'" }, { "&nbsp;", "\xc2\xa0" }, { "&ndash;", "–" },
    { "&mdash;", "—" }, { "&hellip;", "…" }, { "&rsquo;", "’" },
    { "&lsquo;", "‘" }, { "&ldquo;", "“" }, { "&rdquo;", "”" },
    { "&middot;", "·" }, { "&times;", "×" }, { "&deg;", "°" },
  };
  char utf8[8] = { 0 };

  for (gsize i = 0; i < G_N_ELEMENTS (named); i++)
    if (strlen (named[i].name) == length && strncmp (text, named[i].name, length) == 0)
      {
        emit (p, named[i].utf8, strlen (named[i].utf8));
        return;
      }

  if (length > 3 && length < 12 && text[1] == '#')
    {
      gboolean hex = text[2] == 'x' || text[2] == 'X';
      g_autofree char *digits = g_strndup (text + (hex ? 3 : 2), length - (hex ? 4 : 3));
      guint64 code = g_ascii_strtoull (digits, NULL, hex ? 16 : 10);

      if (code == 0 || !g_unichar_validate ((gunichar)code) || code > 0x10FFFF)
        code = 0xFFFD;
      emit (p, utf8, g_unichar_to_utf8 ((gunichar)code, utf8));
      return;
    }

  emit (p, text, length);
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Parser *p = user_data;

  switch (type)
    {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
      emit (p, text, size);
      break;
    case MD_TEXT_NULLCHAR:
      emit (p, "\xef\xbf\xbd", 3);
      break;
    case MD_TEXT_BR:
      emit (p, p->heading != NULL ? " " : "\n", 1);
      break;
    case MD_TEXT_SOFTBR:
      emit (p, " ", 1);
      break;
    case MD_TEXT_ENTITY:
      emit_entity (p, text, size);
      break;
    case MD_TEXT_HTML:
      /* A block quote of emergency signs says so with a comment. */
      if (p->quote_depth > 0 && g_strstr_len (text, size, "bk:urgent") != NULL)
        p->urgent_depth = p->quote_depth;
      break;
    default:
      /* Raw HTML (the licence comment at the top) is not shown. */
      break;
    }

  return 0;
}

/**
 * bk_guide_parse_markdown:
 * @id: the article's id; the title until a heading gives one
 * @markdown: the source; invalid UTF-8 is replaced, not rejected
 * @length: its length in bytes
 * @out: (out caller-allocates): the title, summary, runs and sections
 *
 * The first level-one heading is the title and the first paragraph after it
 * the summary. A heading ending in `{#name}` gets that section id; others
 * get one made from their text. Parsing never fails: the guide shows
 * whatever it can make of the text.
 */
void
bk_guide_parse_markdown (const char    *id,
                         const char    *markdown,
                         gsize          length,
                         BkGuideParsed *out)
{
  g_autofree char *source = NULL;
  const MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_FLAG_NOHTMLSPANS | MD_FLAG_PERMISSIVEURLAUTOLINKS,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  Parser p = { 0 };

  g_return_if_fail (id != NULL);
  g_return_if_fail (markdown != NULL || length == 0);
  g_return_if_fail (out != NULL);

  /* md4c counts in unsigned int; nothing that large is an article. */
  length = MIN (length, (gsize)G_MAXUINT / 4);
  source = g_utf8_make_valid (markdown != NULL ? markdown : "", length);

  p.runs = g_array_new (FALSE, TRUE, sizeof (BkGuideRun));
  g_array_set_clear_func (p.runs, clear_run);
  p.sections = g_array_new (FALSE, TRUE, sizeof (BkGuideSection));
  g_array_set_clear_func (p.sections, clear_section);
  p.title = g_strdup (id);
  p.summary_text = g_strdup ("");
  p.bodies = g_ptr_array_new ();
  p.section_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.list_counters = g_array_new (FALSE, FALSE, sizeof (guint));
  add_section (&p, "", id, 1);

  if (md_parse (source, strlen (source), &parser, &p) != 0)
    g_debug ("md4c gave up on article %s; showing what was parsed", id);

  close_open_run (&p);
  for (guint i = 0; i < p.sections->len; i++)
    {
      BkGuideSection *section = &g_array_index (p.sections, BkGuideSection, i);
      section->body = make_valid (g_ptr_array_index (p.bodies, i));
    }

  if (p.heading != NULL)
    g_string_free (p.heading, TRUE);
  if (p.summary != NULL)
    g_string_free (p.summary, TRUE);
  g_free (p.href);
  g_ptr_array_unref (p.bodies);
  g_hash_table_unref (p.section_ids);
  g_array_unref (p.list_counters);

  out->title = p.title;
  out->summary = p.summary_text;
  out->runs = p.runs;
  out->sections = p.sections;
}
