/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-guide-article.h"

G_BEGIN_DECLS

/* Where a search term was found; a higher rank sorts first. */
typedef enum {
  BK_GUIDE_MATCH_BODY = 1,
  BK_GUIDE_MATCH_HEADING = 2,
  BK_GUIDE_MATCH_TITLE = 3,
} BkGuideMatch;

#define BK_TYPE_GUIDE_HIT (bk_guide_hit_get_type ())

G_DECLARE_FINAL_TYPE (BkGuideHit, bk_guide_hit, BK, GUIDE_HIT, GObject)

BkGuideArticle *bk_guide_hit_get_article    (BkGuideHit *self);
const char     *bk_guide_hit_get_section_id (BkGuideHit *self);
const char     *bk_guide_hit_get_heading    (BkGuideHit *self);
const char     *bk_guide_hit_get_snippet    (BkGuideHit *self);
BkGuideMatch    bk_guide_hit_get_match      (BkGuideHit *self);
char           *bk_guide_hit_dup_target     (BkGuideHit *self);

#define BK_TYPE_GUIDE_LIBRARY (bk_guide_library_get_type ())

G_DECLARE_FINAL_TYPE (BkGuideLibrary, bk_guide_library, BK, GUIDE_LIBRARY, GObject)

BkGuideLibrary *bk_guide_library_new               (void);
BkGuideLibrary *bk_guide_library_new_for_resource  (const char          *base_path,
                                                    const char * const  *languages,
                                                    GError             **error);
GListModel     *bk_guide_library_get_articles      (BkGuideLibrary      *self);
BkGuideArticle *bk_guide_library_lookup            (BkGuideLibrary      *self,
                                                    const char          *article_id);
gboolean        bk_guide_library_resolve           (BkGuideLibrary      *self,
                                                    const char          *target,
                                                    const char          *current_article_id,
                                                    BkGuideArticle     **article,
                                                    const BkGuideSection **section);
GListModel     *bk_guide_library_search            (BkGuideLibrary      *self,
                                                    const char          *query);

/* A stretch of text, in characters: [start, end). */
typedef struct {
  guint start;
  guint end;
} BkGuideSpan;

GArray         *bk_guide_find_matches              (const char          *text,
                                                    const char          *query);

G_END_DECLS
