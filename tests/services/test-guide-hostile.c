/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-guide-hostile"

#include "bk-config.h"

#include <string.h>

#include "services/bk-guide-library.h"

/* The guide parser on input no article should contain: it must finish
 * quickly, produce valid UTF-8 only, and keep sections findable. The
 * renderer's half of this lives in tests/gui/test-guide-panel.c. */

#define TIME_LIMIT_US (10 * G_USEC_PER_SEC)

static BkGuideArticle *
parse_timed (const char *markdown,
             gsize       length)
{
  gint64 start = g_get_monotonic_time ();
  BkGuideArticle *article = bk_guide_article_new_from_markdown ("hostile", markdown, length);
  gint64 elapsed = g_get_monotonic_time () - start;

  g_test_message ("parsed %" G_GSIZE_FORMAT " bytes in %" G_GINT64_FORMAT " ms", length, elapsed / 1000);
  g_assert_cmpint (elapsed, <, TIME_LIMIT_US);
  g_assert_nonnull (article);

  for (guint i = 0; i < bk_guide_article_get_n_runs (article); i++)
    {
      const BkGuideRun *run = bk_guide_article_get_run (article, i);
      g_assert_true (g_utf8_validate (run->text, -1, NULL));
      g_assert_true (run->href == NULL || g_utf8_validate (run->href, -1, NULL));
      g_assert_cmpuint (run->section, <, bk_guide_article_get_n_sections (article));
    }
  for (guint i = 0; i < bk_guide_article_get_n_sections (article); i++)
    {
      const BkGuideSection *section = bk_guide_article_get_section (article, i);
      g_assert_true (g_utf8_validate (section->heading, -1, NULL));
      g_assert_true (g_utf8_validate (section->body, -1, NULL));
      g_assert_true (bk_guide_article_find_section (article, section->id) == section);
    }
  g_assert_true (g_utf8_validate (bk_guide_article_get_title (article), -1, NULL));
  g_assert_true (g_utf8_validate (bk_guide_article_get_summary (article), -1, NULL));
  return article;
}

static void
test_unclosed_emphasis (void)
{
  const char *source = "# *Title\n\nA **bold _mixed `code [link](x\n\n> *quote\n- **item\n";
  g_autoptr(BkGuideArticle) article = parse_timed (source, strlen (source));

  g_assert_cmpstr (bk_guide_article_get_title (article), ==, "*Title");
  g_assert_cmpuint (bk_guide_article_get_n_runs (article), >, 0);
}

static void
test_deeply_nested_lists (void)
{
  GString *source = g_string_new ("# Deep\n\n");
  g_autoptr(BkGuideArticle) article = NULL;
  guint max_depth = 0;

  for (guint i = 0; i < 10000; i++)
    g_string_append (source, i % 2 ? "- " : "1. ");
  g_string_append (source, "bottom\n\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append (source, "> ");
  g_string_append (source, "deep quote\n");

  article = parse_timed (source->str, source->len);
  for (guint i = 0; i < bk_guide_article_get_n_runs (article); i++)
    max_depth = MAX (max_depth, bk_guide_article_get_run (article, i)->list_depth);
  g_assert_cmpuint (max_depth, >, 100);
  g_string_free (source, TRUE);
}

static void
test_one_megabyte_line (void)
{
  GString *source = g_string_new ("# Long\n\n");
  g_autoptr(BkGuideArticle) article = NULL;
  const BkGuideSection *top;

  while (source->len < 1024 * 1024)
    g_string_append (source, "word *em &amp; **strong [a](b) `c` &#x1F600; ");
  g_string_append (source, "needle\n");

  article = parse_timed (source->str, source->len);
  top = bk_guide_article_get_section (article, 0);
  g_assert_cmpuint (strlen (top->body), >, 512 * 1024);
  g_assert_nonnull (strstr (top->body, "needle"));
  g_string_free (source, TRUE);
}

static void
test_invalid_utf8 (void)
{
  const char source[] =
    "# Ti\xff" "tle\n\n"
    "Sum\xc3" "mary \xe2\x82 broken \xf0\x9f\x98 and a NUL\0inside.\n\n"
    "## Head\xc0\xaf" "ing {#h\xff" "id}\n\n"
    "[li\xfe" "nk](ta\xff" "rget#se\xc3" "ction)\n\n"
    "## Plain {#plain}\n\n\xff\xfe\xfd\n";
  g_autoptr(BkGuideArticle) article = parse_timed (source, sizeof source - 1);

  g_assert_nonnull (bk_guide_article_find_section (article, "plain"));
}

static void
test_empty_and_headings_only (void)
{
  g_autoptr(BkGuideArticle) empty = parse_timed ("", 0);
  GString *source = g_string_new (NULL);
  g_autoptr(BkGuideArticle) headings = NULL;

  g_assert_cmpstr (bk_guide_article_get_title (empty), ==, "hostile");
  g_assert_cmpuint (bk_guide_article_get_n_sections (empty), ==, 1);

  /* Thousands of identical headings still get distinct ids, quickly. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (source, "## Same\n");
  headings = parse_timed (source->str, source->len);
  g_assert_cmpuint (bk_guide_article_get_n_sections (headings), ==, 20001);
  g_string_free (source, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide/hostile/unclosed-emphasis", test_unclosed_emphasis);
  g_test_add_func ("/guide/hostile/deeply-nested-lists", test_deeply_nested_lists);
  g_test_add_func ("/guide/hostile/one-megabyte-line", test_one_megabyte_line);
  g_test_add_func ("/guide/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/guide/hostile/empty-and-headings-only", test_empty_and_headings_only);

  return g_test_run ();
}
