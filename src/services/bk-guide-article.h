/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How a piece of article text is styled. Block styles (headings, quote,
 * list item, summary) hold for the whole paragraph; inline ones may change
 * within it. */
typedef enum {
  BK_GUIDE_STYLE_NONE    = 0,
  BK_GUIDE_STYLE_EM      = 1 << 0,
  BK_GUIDE_STYLE_STRONG  = 1 << 1,
  BK_GUIDE_STYLE_CODE    = 1 << 2,
  BK_GUIDE_STYLE_LINK    = 1 << 3,
  BK_GUIDE_STYLE_TITLE   = 1 << 4,
  BK_GUIDE_STYLE_HEADING = 1 << 5,
  BK_GUIDE_STYLE_SUBHEAD = 1 << 6,
  BK_GUIDE_STYLE_QUOTE   = 1 << 7,
  BK_GUIDE_STYLE_SUMMARY = 1 << 8,
  BK_GUIDE_STYLE_BULLET  = 1 << 9,
  /* Inside a block quote marked <!-- bk:urgent -->: act now, not a caution. */
  BK_GUIDE_STYLE_URGENT  = 1 << 10,
} BkGuideStyle;

/* One stretch of text with one style: what a renderer inserts in order. */
typedef struct {
  char         *text;        /* valid UTF-8, never NULL */
  BkGuideStyle  style;
  guint         list_depth;  /* 0 outside lists */
  guint         quote_depth; /* 0 outside block quotes */
  guint         section;     /* index of the section the text belongs to */
  char         *href;        /* link target when style has LINK, else NULL */
} BkGuideRun;

/* A heading and the text under it. Section 0 is the top of the article:
 * its id is "" and its heading the article's title. */
typedef struct {
  char  *id;
  char  *heading;
  guint  level;
  guint  first_run;
  char  *body;               /* plain text under the heading, for search */
} BkGuideSection;

#define BK_TYPE_GUIDE_ARTICLE (bk_guide_article_get_type ())

G_DECLARE_FINAL_TYPE (BkGuideArticle, bk_guide_article, BK, GUIDE_ARTICLE, GObject)

BkGuideArticle       *bk_guide_article_new_from_markdown (const char     *id,
                                                          const char     *markdown,
                                                          gsize           length);
const char           *bk_guide_article_get_id            (BkGuideArticle *self);
const char           *bk_guide_article_get_title         (BkGuideArticle *self);
const char           *bk_guide_article_get_summary       (BkGuideArticle *self);
const char           *bk_guide_article_get_language      (BkGuideArticle *self);
void                  bk_guide_article_set_language      (BkGuideArticle *self,
                                                          const char     *language);
guint                 bk_guide_article_get_n_sections    (BkGuideArticle *self);
const BkGuideSection *bk_guide_article_get_section       (BkGuideArticle *self,
                                                          guint           index);
const BkGuideSection *bk_guide_article_find_section      (BkGuideArticle *self,
                                                          const char     *section_id);
guint                 bk_guide_article_get_n_runs        (BkGuideArticle *self);
const BkGuideRun     *bk_guide_article_get_run           (BkGuideArticle *self,
                                                          guint           index);

gboolean              bk_guide_split_target              (const char     *target,
                                                          char          **article_id,
                                                          char          **section_id);

G_END_DECLS
