/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-library"

#include "bk-config.h"

#include <string.h>

#include "store/bk-row-mirror.h"
#include "bk-guide-library.h"

/* The guide articles, read from the GResource once per language list.
 * "articles.txt" fixes their order; each is looked up under the user's
 * languages in turn, falling back to English, so a translation needs
 * only new files. */

#define GUIDE_RESOURCE_PATH RESOURCE_PREFIX "/guide"
#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER 100

struct _BkGuideHit
{
  GObject         parent_instance;

  BkGuideArticle *article;
  char           *section_id;
  char           *heading;
  char           *snippet;
  BkGuideMatch    match;
  guint           occurrences;
  guint           article_index;
  guint           section_index;
};

G_DEFINE_FINAL_TYPE (BkGuideHit, bk_guide_hit, G_TYPE_OBJECT)

struct _BkGuideLibrary
{
  GObject     parent_instance;

  GListStore *articles;
};

G_DEFINE_FINAL_TYPE (BkGuideLibrary, bk_guide_library, G_TYPE_OBJECT)

static void
bk_guide_hit_finalize (GObject *object)
{
  BkGuideHit *self = (BkGuideHit *)object;

  g_clear_object (&self->article);
  g_clear_pointer (&self->section_id, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (bk_guide_hit_parent_class)->finalize (object);
}

static void
bk_guide_hit_class_init (BkGuideHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_guide_hit_finalize;
}

static void
bk_guide_hit_init (BkGuideHit *self)
{
}

BkGuideArticle *
bk_guide_hit_get_article (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), NULL);
  return self->article;
}

const char *
bk_guide_hit_get_section_id (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), NULL);
  return self->section_id;
}

const char *
bk_guide_hit_get_heading (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), NULL);
  return self->heading;
}

const char *
bk_guide_hit_get_snippet (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), NULL);
  return self->snippet;
}

BkGuideMatch
bk_guide_hit_get_match (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), BK_GUIDE_MATCH_BODY);
  return self->match;
}

/* "article#section", or just "article" for its top. */
char *
bk_guide_hit_dup_target (BkGuideHit *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_HIT (self), NULL);

  if (self->section_id[0] == '\0')
    return g_strdup (bk_guide_article_get_id (self->article));
  return g_strdup_printf ("%s#%s", bk_guide_article_get_id (self->article), self->section_id);
}

static void
bk_guide_library_finalize (GObject *object)
{
  BkGuideLibrary *self = (BkGuideLibrary *)object;

  g_clear_object (&self->articles);

  G_OBJECT_CLASS (bk_guide_library_parent_class)->finalize (object);
}

static void
bk_guide_library_class_init (BkGuideLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_guide_library_finalize;
}

static void
bk_guide_library_init (BkGuideLibrary *self)
{
  self->articles = g_list_store_new (BK_TYPE_GUIDE_ARTICLE);
}

static GBytes *
lookup_article_bytes (const char         *base_path,
                      const char * const *languages,
                      const char         *article_id,
                      char              **language_out)
{
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      GBytes *bytes;

      if (g_str_equal (languages[i], "C") || g_str_equal (languages[i], "POSIX") ||
          strchr (languages[i], '/') != NULL)
        continue;

      path = g_strdup_printf ("%s/%s/%s.md", base_path, languages[i], article_id);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          *language_out = g_strdup (languages[i]);
          return bytes;
        }
    }

  *language_out = g_strdup ("en");
  {
    g_autofree char *path = g_strdup_printf ("%s/en/%s.md", base_path, article_id);
    return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  }
}

/**
 * bk_guide_library_new_for_resource:
 * @base_path: resource folder holding articles.txt and one folder per language
 * @languages: (nullable): language names in order of preference, as from
 *   g_get_language_names(); English is always the last resort
 *
 * Returns: the library, or %NULL with @error naming the missing file.
 */
BkGuideLibrary *
bk_guide_library_new_for_resource (const char          *base_path,
                                   const char * const  *languages,
                                   GError             **error)
{
  g_autoptr(BkGuideLibrary) self = g_object_new (BK_TYPE_GUIDE_LIBRARY, NULL);
  g_autofree char *index_path = NULL;
  g_autoptr(GBytes) index = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (base_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  index_path = g_strdup_printf ("%s/articles.txt", base_path);
  index = g_resources_lookup_data (index_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (index == NULL)
    return NULL;

  lines = g_strsplit (g_bytes_get_data (index, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(BkGuideArticle) article = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *language = NULL;
      const char *id = g_strstrip (lines[i]);
      const char *data;
      gsize size;

      if (*id == '\0' || *id == '#')
        continue;

      bytes = lookup_article_bytes (base_path, languages, id, &language);
      if (bytes == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       "Guide article “%s” is listed in %s but %s/en/%s.md is missing",
                       id, index_path, base_path, id);
          return NULL;
        }

      data = g_bytes_get_data (bytes, &size);
      article = bk_guide_article_new_from_markdown (id, data, size);
      bk_guide_article_set_language (article, language);
      g_list_store_append (self->articles, article);
    }

  return g_steal_pointer (&self);
}

/**
 * bk_guide_library_new:
 *
 * The articles compiled into the application, in the user's languages.
 */
BkGuideLibrary *
bk_guide_library_new (void)
{
  g_autoptr(GError) error = NULL;
  BkGuideLibrary *self;

  self = bk_guide_library_new_for_resource (GUIDE_RESOURCE_PATH, g_get_language_names (), &error);
  if (self == NULL)
    {
      /* Only a broken build gets here; an empty guide beats no window. */
      g_warning ("Could not load the guide: %s", error->message);
      self = g_object_new (BK_TYPE_GUIDE_LIBRARY, NULL);
    }
  return self;
}

GListModel *
bk_guide_library_get_articles (BkGuideLibrary *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->articles);
}

static gboolean
article_has_id (gpointer      item,
                gconstpointer article_id)
{
  return g_str_equal (bk_guide_article_get_id (item), article_id);
}

BkGuideArticle *
bk_guide_library_lookup (BkGuideLibrary *self,
                         const char     *article_id)
{
  g_autoptr(BkGuideArticle) article = NULL;
  guint position;

  g_return_val_if_fail (BK_IS_GUIDE_LIBRARY (self), NULL);
  g_return_val_if_fail (article_id != NULL, NULL);

  if (!bk_list_store_find (self->articles, article_has_id, article_id, &position))
    return NULL;
  /* The library holds the article: the caller borrows it. */
  article = g_list_model_get_item (G_LIST_MODEL (self->articles), position);
  return article;
}

/**
 * bk_guide_library_resolve:
 * @target: "article", "article#section" or "#section"
 * @current_article_id: (nullable): the article a "#section" link is in
 * @article: (out) (transfer none)
 * @section: (out) (transfer none)
 *
 * Returns: %TRUE if both the article and the section exist.
 */
gboolean
bk_guide_library_resolve (BkGuideLibrary        *self,
                          const char            *target,
                          const char            *current_article_id,
                          BkGuideArticle       **article,
                          const BkGuideSection **section)
{
  g_autofree char *article_id = NULL;
  g_autofree char *section_id = NULL;
  BkGuideArticle *found;
  const BkGuideSection *found_section;

  g_return_val_if_fail (BK_IS_GUIDE_LIBRARY (self), FALSE);

  if (!bk_guide_split_target (target, &article_id, &section_id))
    return FALSE;
  if (*article_id == '\0')
    {
      if (current_article_id == NULL)
        return FALSE;
      g_free (article_id);
      article_id = g_strdup (current_article_id);
    }

  found = bk_guide_library_lookup (self, article_id);
  if (found == NULL)
    return FALSE;
  found_section = bk_guide_article_find_section (found, section_id);
  if (found_section == NULL)
    return FALSE;

  if (article != NULL)
    *article = found;
  if (section != NULL)
    *section = found_section;
  return TRUE;
}

/* Lower case, one character for one, so character offsets match the
 * original text and a snippet can be cut from it. */
static char *
fold (const char *text)
{
  GString *folded = g_string_sized_new (strlen (text));

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    g_string_append_unichar (folded, g_unichar_tolower (g_utf8_get_char (c)));
  return g_string_free (folded, FALSE);
}

/* Endings a word may add to the word searched for and still be that word:
 * "numbness" or "numb." for "numb", "stretches" for "stretch", but not
 * "numbers", which is another word. */
static const char * const word_endings[] = { "s", "es", "ness", "ing", "ed", "ly", NULL };

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

static gboolean
is_word_ending (const char *ending,
                gsize       length)
{
  for (guint i = 0; word_endings[i] != NULL; i++)
    if (strlen (word_endings[i]) == length && memcmp (word_endings[i], ending, length) == 0)
      return TRUE;
  return FALSE;
}

/* Where @term first occurs in @folded from @from on as a whole word, or
 * NULL; the word's length in bytes, with its ending, goes in @out_len. */
static const char *
find_word (const char *folded,
           const char *from,
           const char *term,
           gsize      *out_len)
{
  gsize term_len = strlen (term);

  for (const char *at = strstr (from, term); at != NULL; at = strstr (at + 1, term))
    {
      const char *after = at + term_len;
      const char *end = after;

      if (at > folded && is_word_char (g_utf8_find_prev_char (folded, at)) && is_word_char (at))
        continue;
      while (*end != '\0' && is_word_char (end))
        end = g_utf8_next_char (end);
      if (end != after && !is_word_ending (after, (gsize) (end - after)))
        continue;
      if (out_len != NULL)
        *out_len = (gsize) (end - at);
      return at;
    }
  return NULL;
}

static gboolean
contains_all (const char *folded,
              GStrv       terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    if (find_word (folded, folded, terms[i], NULL) == NULL)
      return FALSE;
  return TRUE;
}

static guint
count_occurrences (const char *folded,
                   const char *term)
{
  gsize len;
  guint n = 0;

  for (const char *at = find_word (folded, folded, term, &len); at != NULL;
       at = find_word (folded, at + len, term, &len))
    n++;
  return n;
}

static char *
make_snippet (const char *body,
              const char *folded_body,
              GStrv       terms)
{
  const char *at = NULL;
  glong match, start, end, length;
  GString *snippet;
  const char *from, *to;

  for (guint i = 0; terms != NULL && terms[i] != NULL && at == NULL; i++)
    at = find_word (folded_body, folded_body, terms[i], NULL);

  length = g_utf8_strlen (body, -1);
  match = at != NULL ? g_utf8_pointer_to_offset (folded_body, at) : 0;
  start = MAX (0, match - SNIPPET_BEFORE);
  end = MIN (length, match + SNIPPET_AFTER);

  from = g_utf8_offset_to_pointer (body, start);
  to = g_utf8_offset_to_pointer (body, end);

  /* Start on a word boundary when one is near. */
  if (start > 0)
    {
      const char *space = memchr (from, ' ', MIN (15, to - from));
      if (space != NULL && g_utf8_pointer_to_offset (body, space) < match)
        from = space + 1;
    }

  snippet = g_string_new (start > 0 ? "…" : "");
  g_string_append_len (snippet, from, to - from);
  g_strstrip (snippet->str);
  snippet->len = strlen (snippet->str);
  for (gsize i = 0; i < snippet->len; i++)
    if (snippet->str[i] == '\n' || snippet->str[i] == '\t')
      snippet->str[i] = ' ';
  if (end < length)
    g_string_append (snippet, "…");
  return g_string_free (snippet, FALSE);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const BkGuideSpan *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* The query's words, folded, without the empty ones runs of spaces leave. */
static GStrv
split_query (const char *query)
{
  g_autofree char *folded_query = fold (query);
  GStrv terms = g_strsplit_set (g_strstrip (folded_query), " \t\n", -1);
  guint j = 0;

  for (guint i = 0; terms[i] != NULL; i++)
    {
      if (*terms[i] != '\0')
        terms[j++] = terms[i];
      else
        g_free (terms[i]);
    }
  terms[j] = NULL;
  return terms;
}

/**
 * bk_guide_find_matches:
 * @text: text as shown
 * @query: what was searched for
 *
 * Where the search for @query matched in @text, to highlight it: the same
 * whole-word rule as bk_guide_library_search().
 *
 * Returns: (transfer full) (element-type BkGuideSpan): character offsets,
 *   in order
 */
GArray *
bk_guide_find_matches (const char *text,
                       const char *query)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (BkGuideSpan));
  g_autofree char *folded = NULL;
  g_auto(GStrv) terms = NULL;

  g_return_val_if_fail (text != NULL, spans);
  if (query == NULL || !g_utf8_validate (query, -1, NULL) || !g_utf8_validate (text, -1, NULL))
    return spans;
  folded = fold (text);
  terms = split_query (query);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      gsize len;

      for (const char *at = find_word (folded, folded, terms[i], &len); at != NULL;
           at = find_word (folded, at + len, terms[i], &len))
        {
          BkGuideSpan span;

          span.start = (guint) g_utf8_pointer_to_offset (folded, at);
          span.end = span.start + (guint) g_utf8_strlen (at, (gssize) len);
          g_array_append_val (spans, span);
        }
    }
  g_array_sort (spans, compare_spans);
  return spans;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const BkGuideHit *x = *(BkGuideHit * const *)a;
  const BkGuideHit *y = *(BkGuideHit * const *)b;

  if (x->match != y->match)
    return x->match > y->match ? -1 : 1;
  if (x->occurrences != y->occurrences)
    return x->occurrences > y->occurrences ? -1 : 1;
  if (x->article_index != y->article_index)
    return x->article_index < y->article_index ? -1 : 1;
  return x->section_index < y->section_index ? -1 : (x->section_index > y->section_index);
}

static BkGuideHit *
search_section (BkGuideArticle *article,
                guint           section_index,
                GStrv           terms)
{
  const BkGuideSection *section = bk_guide_article_get_section (article, section_index);
  g_autofree char *heading = fold (section->heading);
  g_autofree char *body = fold (section->body);
  g_autofree char *both = g_strconcat (heading, " ", body, NULL);
  BkGuideHit *hit;
  BkGuideMatch match;

  if (section_index == 0 && contains_all (heading, terms))
    match = BK_GUIDE_MATCH_TITLE;
  else if (contains_all (heading, terms))
    match = BK_GUIDE_MATCH_HEADING;
  else if (contains_all (both, terms))
    match = BK_GUIDE_MATCH_BODY;
  else
    return NULL;

  hit = g_object_new (BK_TYPE_GUIDE_HIT, NULL);
  hit->article = g_object_ref (article);
  hit->section_id = g_strdup (section->id);
  hit->heading = g_strdup (section->heading);
  hit->match = match;
  for (guint i = 0; terms[i] != NULL; i++)
    hit->occurrences += count_occurrences (body, terms[i]);
  hit->section_index = section_index;
  if (match == BK_GUIDE_MATCH_TITLE && *bk_guide_article_get_summary (article) != '\0')
    hit->snippet = g_strdup (bk_guide_article_get_summary (article));
  else
    hit->snippet = make_snippet (section->body, body, match == BK_GUIDE_MATCH_BODY ? terms : NULL);
  return hit;
}

/**
 * bk_guide_library_search:
 * @query: words to find, in any case; every word must occur in the section
 *
 * Returns: (transfer full): a model of #BkGuideHit, best first: sections
 *   whose article title matches, then those whose heading does, then those
 *   whose text does (more occurrences first).
 */
GListModel *
bk_guide_library_search (BkGuideLibrary *self,
                         const char     *query)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) terms = NULL;
  GListStore *store = g_list_store_new (BK_TYPE_GUIDE_HIT);
  guint n_articles;

  g_return_val_if_fail (BK_IS_GUIDE_LIBRARY (self), NULL);

  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return G_LIST_MODEL (store);

  terms = split_query (query);
  if (terms[0] == NULL)
    return G_LIST_MODEL (store);

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  for (guint a = 0; a < n_articles; a++)
    {
      g_autoptr(BkGuideArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), a);
      guint n_sections = bk_guide_article_get_n_sections (article);

      for (guint s = 0; s < n_sections; s++)
        {
          BkGuideHit *hit = search_section (article, s, terms);
          if (hit != NULL)
            {
              hit->article_index = a;
              g_ptr_array_add (hits, hit);
            }
        }
    }

  g_ptr_array_sort (hits, compare_hits);
  g_list_store_splice (store, 0, 0, hits->pdata, hits->len);
  return G_LIST_MODEL (store);
}
