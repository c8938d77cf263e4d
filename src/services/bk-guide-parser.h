/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-guide-article.h"

G_BEGIN_DECLS

/* What bk_guide_parse_markdown() hands to a new BkGuideArticle. */
typedef struct {
  char   *title;
  char   *summary;
  GArray *runs;      /* BkGuideRun, with a clear function */
  GArray *sections;  /* BkGuideSection, with a clear function */
} BkGuideParsed;

void bk_guide_parse_markdown (const char    *id,
                              const char    *markdown,
                              gsize          length,
                              BkGuideParsed *out);

G_END_DECLS
