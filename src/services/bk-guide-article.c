/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-article"

#include "bk-config.h"

#include <string.h>

#include "bk-guide-article.h"
#include "bk-guide-parser.h"

/* A parsed guide article: a list of styled runs and a list of sections
 * (see bk-guide-parser.c), so that search needs no GTK and the renderer
 * needs no recursion. */

struct _BkGuideArticle
{
  GObject   parent_instance;

  char     *id;
  char     *title;
  char     *summary;
  char     *language;
  GArray   *runs;      /* BkGuideRun */
  GArray   *sections;  /* BkGuideSection */
};

G_DEFINE_FINAL_TYPE (BkGuideArticle, bk_guide_article, G_TYPE_OBJECT)

static void
bk_guide_article_finalize (GObject *object)
{
  BkGuideArticle *self = (BkGuideArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);

  G_OBJECT_CLASS (bk_guide_article_parent_class)->finalize (object);
}

static void
bk_guide_article_class_init (BkGuideArticleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_guide_article_finalize;
}

static void
bk_guide_article_init (BkGuideArticle *self)
{
  self->language = g_strdup ("en");
}

/**
 * bk_guide_article_new_from_markdown:
 * @id: the article's id, as used in links ("triggers")
 * @markdown: the source; invalid UTF-8 is replaced, not rejected
 * @length: its length in bytes
 *
 * See bk_guide_parse_markdown() for how the source is read. Never fails.
 */
BkGuideArticle *
bk_guide_article_new_from_markdown (const char *id,
                                    const char *markdown,
                                    gsize       length)
{
  BkGuideArticle *self;
  BkGuideParsed parsed = { 0 };

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (markdown != NULL || length == 0, NULL);

  bk_guide_parse_markdown (id, markdown, length, &parsed);

  self = g_object_new (BK_TYPE_GUIDE_ARTICLE, NULL);
  self->id = g_strdup (id);
  self->title = parsed.title;
  self->summary = parsed.summary;
  self->runs = parsed.runs;
  self->sections = parsed.sections;
  return self;
}

const char *
bk_guide_article_get_id (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  return self->id;
}

const char *
bk_guide_article_get_title (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  return self->title;
}

const char *
bk_guide_article_get_summary (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  return self->summary;
}

const char *
bk_guide_article_get_language (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  return self->language;
}

void
bk_guide_article_set_language (BkGuideArticle *self,
                               const char     *language)
{
  g_return_if_fail (BK_IS_GUIDE_ARTICLE (self));
  g_return_if_fail (language != NULL);

  g_free (self->language);
  self->language = g_strdup (language);
}

guint
bk_guide_article_get_n_sections (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), 0);
  return self->sections->len;
}

const BkGuideSection *
bk_guide_article_get_section (BkGuideArticle *self,
                              guint           index)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);
  return &g_array_index (self->sections, BkGuideSection, index);
}

/* NULL or "" is the top of the article. */
const BkGuideSection *
bk_guide_article_find_section (BkGuideArticle *self,
                               const char     *section_id)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);

  if (section_id == NULL)
    section_id = "";
  for (guint i = 0; i < self->sections->len; i++)
    {
      const BkGuideSection *section = &g_array_index (self->sections, BkGuideSection, i);
      if (g_str_equal (section->id, section_id))
        return section;
    }
  return NULL;
}

guint
bk_guide_article_get_n_runs (BkGuideArticle *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), 0);
  return self->runs->len;
}

const BkGuideRun *
bk_guide_article_get_run (BkGuideArticle *self,
                          guint           index)
{
  g_return_val_if_fail (BK_IS_GUIDE_ARTICLE (self), NULL);
  g_return_val_if_fail (index < self->runs->len, NULL);
  return &g_array_index (self->runs, BkGuideRun, index);
}

static gboolean
is_id (const char *text,
       gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (text[i]) && text[i] != '-' && text[i] != '_')
      return FALSE;
  return TRUE;
}

/**
 * bk_guide_split_target:
 * @target: "article", "article#section" or "#section" (same article)
 *
 * Returns: %FALSE when @target is not of that form; @section_id is set to
 * %NULL when there is no "#".
 */
gboolean
bk_guide_split_target (const char  *target,
                       char       **article_id,
                       char       **section_id)
{
  const char *hash;
  gsize article_len;

  g_return_val_if_fail (article_id != NULL && section_id != NULL, FALSE);

  *article_id = NULL;
  *section_id = NULL;
  if (target == NULL || *target == '\0')
    return FALSE;

  hash = strchr (target, '#');
  article_len = hash != NULL ? (gsize)(hash - target) : strlen (target);
  if (!is_id (target, article_len) ||
      (hash != NULL && (hash[1] == '\0' || !is_id (hash + 1, strlen (hash + 1)))))
    return FALSE;

  *article_id = g_strndup (target, article_len);
  if (hash != NULL)
    *section_id = g_strdup (hash + 1);
  return TRUE;
}
