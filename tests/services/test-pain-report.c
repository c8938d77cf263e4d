/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "core/bk-routine.h"
#include "services/bk-command.h"
#include "services/bk-pain-report.h"
#include "tests/services/bk-test-context.h"

/* The report is checked the way a person would: poppler's pdfinfo counts
 * the pages, pdftotext reads the words back, pdftoppm renders page one. */

static GDateTime *
day_at (guint32 julian,
        int     hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, 0, 0);
}

static guint32
julian_of (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* Ten weeks of runs that ramp up, and pain most days of the last six. */
static void
fill (BkTestContext *fixture)
{
  guint32 start = julian_of (2026, 9, 7);
  BkPainStore *pain = bk_context_get_pain_store (fixture->context);
  BkRunStore *runs = bk_context_get_run_store (fixture->context);

  for (guint i = 0; i < 70; i++)
    {
      g_autoptr(GDateTime) morning = day_at (start + i, 7);
      g_autoptr(GDateTime) evening = day_at (start + i, 19);

      if (i % 2 == 0)
        {
          g_autoptr(BkRun) run = bk_run_new (morning, 5000 + 150.0 * i, 1800 + 50 * i);

          g_assert_true (bk_run_store_add (runs, run, NULL));
        }
      /* Stretching after the runs of the last three weeks, one session
       * in three stopped part way. */
      if (i >= 49 && i % 2 == 0)
        {
          g_autoptr(GDateTime) after = day_at (start + i, 8);
          g_autoptr(BkStretchSession) session = bk_stretch_session_new (0, "After the run", after);

          session->planned_s = 600;
          session->completed = i % 3 != 0;
          session->done_s = session->completed ? 600 : 240;
          g_assert_true (bk_stretch_store_add_session (bk_context_get_stretch_store (fixture->context),
                                                       session, NULL));
        }
      if (i >= 28)
        {
          g_autoptr(BkPainEntry) entry = bk_pain_entry_new (evening, i % 3 == 0 ? BK_PAIN_CONTEXT_DURING_RUN
                                                                              : BK_PAIN_CONTEXT_AFTER_RUN,
                                                            2 + (int) (i % 5));

          if (i % 3 == 0)
            bk_pain_entry_set_minutes_in (entry, 10 + (int) (i % 4));
          bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_LEFT_BUTTOCK);
          bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BUTTOCK | BK_PAIN_CHARACTER_STIFFNESS);
          bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_TRAINING_INCREASE, BK_ANSWER_YES);
          bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_SHOES, i % 2 ? BK_ANSWER_NO : BK_ANSWER_UNANSWERED);
          if (i == 69)
            {
              bk_pain_entry_set_rating (entry, 8);
              bk_pain_entry_set_emergency (entry, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
              bk_pain_entry_set_notes (entry, "Numb when sitting on the bike saddle – “strange”");
            }
          g_assert_true (bk_pain_store_add (pain, entry, NULL));
        }
    }
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static int
page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };

  return run_tool (argv);
}

static void
test_report (BkTestContext *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = day_at (julian_of (2026, 11, 16), 12);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *png_prefix = NULL;
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;
  const char *build_dir = g_getenv ("BACKSTRETCH_BUILD_DIR");
  guint n = 0;

  if (!have_program ("pdfinfo"))
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed");
      return;
    }

  fill (fixture);
  /* Before the spike: the chart shades ramp-up weeks and its legend says
   * so, with no spike marker to explain. */
  {
    g_autofree char *early = g_build_filename (fixture->dir, "early.pdf", NULL);
    g_autofree char *early_text = NULL;

    g_assert_true (bk_pain_report_write (fixture->context, early, julian_of (2026, 9, 7), julian_of (2026, 10, 25),
                                         now, NULL, &error));
    g_assert_no_error (error);
    early_text = pdf_text (early);
    g_assert_nonnull (strstr (early_text, "Hatched: ramp-up weeks 5–7 of a training block"));
    g_assert_null (strstr (early_text, "a run much longer than the month before"));
  }
  /* A 25 km run on Tuesday 3 November, when the longest of the month
   * before was under 15 km: a spike week, marked apart from the ramp-up. */
  {
    g_autoptr(GDateTime) noon = day_at (julian_of (2026, 11, 3), 12);
    g_autoptr(BkRun) run = bk_run_new (noon, 25000, 8400);

    g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), run, NULL));
  }
  g_assert_true (bk_pain_report_write (fixture->context, pdf, julian_of (2026, 9, 7), julian_of (2026, 11, 15),
                                       now, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 42);
  /* The temporary file was renamed into place. */
  {
    g_autofree char *part = g_strconcat (pdf, ".part", NULL);

    g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  }

  /* 42 entries need more than the first page. */
  g_assert_cmpint (page_count (pdf), >=, 2);

  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Back Pain Report"));
  g_assert_nonnull (strstr (text, "Period: Mon 7 Sep 2026 to Sun 15 Nov 2026"));
  g_assert_nonnull (strstr (text, "42 entries"));
  /* The newest entry has a warning sign: the advice leads the report. */
  g_assert_nonnull (strstr (text, "Get urgent medical help now"));
  g_assert_nonnull (strstr (text, "Pain and weekly running distance"));
  g_assert_nonnull (strstr (text, "Hatched: ramp-up weeks 5–7 of a training block"));
  g_assert_nonnull (strstr (text, "▲: a run much longer than the month before"));
  g_assert_nonnull (strstr (text, "Pain during runs starts at about"));
  g_assert_nonnull (strstr (text, "Possible triggers"));
  g_assert_nonnull (strstr (text, "Increased your training"));
  g_assert_nonnull (strstr (text, "WARNING SIGNS:"));
  g_assert_nonnull (strstr (text, "“strange”"));
  g_assert_nonnull (strstr (text, "2026-10-05"));
  g_assert_nonnull (strstr (text, "page 2"));

  /* The training flags of the period come from the training status:
   * weeks 5 to 7 of the block that started on 7 September (5 October to
   * 25 October) are the ramp-up phase, each with its level in words. */
  g_assert_nonnull (strstr (text, "Training flags"));
  g_assert_nonnull (strstr (text, "2026-10-05 to 2026-10-11"));
  g_assert_nonnull (strstr (text, "2026-10-19 to 2026-10-25"));
  g_assert_nonnull (strstr (text, "week 5 of a new training block"));
  g_assert_nonnull (strstr (text, "week 7 of a new training block"));
  g_assert_null (strstr (text, "week 4 of a new training block"));
  g_assert_null (strstr (text, "week 8 of a new training block"));
  /* Those weeks now count in the pattern a clinician reads. */
  g_assert_nonnull (strstr (text, "came in weeks flagged for a fast rise in training"));

  /* Stretching done: sessions on days 50, 52, ... 68 of the log, those on
   * days 54, 60 and 66 stopped part way. */
  g_assert_nonnull (strstr (text, "Stretching done"));
  g_assert_nonnull (strstr (text, "10 sessions, 7 of them completed."));
  g_assert_nonnull (strstr (text, "2026-11-09 to 2026-11-15"));

  png_prefix = g_build_filename (build_dir != NULL ? build_dir : fixture->dir, "tests", "store", "pain-report", NULL);
  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, png_prefix, NULL };
    g_autofree char *ignored = run_tool (argv);
  }
  png = g_strconcat (png_prefix, ".png", NULL);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_test_message ("Page one rendered to %s", png);
  /* Every page in greys only, to look at the flags and stretching
   * tables as a photocopy would show them. */
  {
    g_autofree char *all_prefix = g_strconcat (png_prefix, "-gray", NULL);
    const char *argv[] = { "pdftoppm", "-png", "-gray", "-r", "70", pdf, all_prefix, NULL };
    g_autofree char *ignored = run_tool (argv);

    g_test_message ("All pages rendered in grey to %s-N.png", all_prefix);
  }
}

/* Page 1 read as running text, one space between words. */
static char *
first_page_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-f", "1", "-l", "1", pdf, "-", NULL };
  g_autofree char *text = run_tool (argv);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (text), " \n\t\f", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* Issue 9: page 1 opens with the open advice, every warning sign and
 * screen answer of the period as yes / no / not asked, and the
 * assessments; the chart has its weekly numbers; rows say dates. */
static void
test_first_page (BkTestContext *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = day_at (julian_of (2026, 11, 16), 12);
  g_autofree char *pdf = g_build_filename (fixture->dir, "answers.pdf", NULL);
  g_autofree char *page = NULL;
  g_autofree char *text = NULL;
  g_autofree char *png_prefix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BkHealthScreen) screen = bk_health_screen_new (julian_of (2026, 10, 5));
  g_autoptr(BkClinicianAssessment) visit = bk_clinician_assessment_new (julian_of (2026, 10, 20),
                                                                       BK_CLINICIAN_OUTCOME_CLEARED);
  BkPainStore *pain = bk_context_get_pain_store (fixture->context);
  const char *build_dir = g_getenv ("BACKSTRETCH_BUILD_DIR");
  GPtrArray *entries;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed");
      return;
    }

  fill (fixture);
  /* The entries of the last two weeks answered every warning sign "no",
   * but for the 8/10 one with saddle numbness; the older ones were never
   * asked. */
  entries = bk_pain_store_list (pain, julian_of (2026, 11, 2), 0, 0, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      BkPainEntry *entry = entries->pdata[i];
      gboolean urgent = bk_pain_entry_get_warning_sign (entry, BK_WARNING_SIGN_SADDLE_NUMBNESS) == BK_ANSWER_YES;

      bk_pain_entry_answer_no_warning_signs (entry);
      if (urgent)
        bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_SADDLE_NUMBNESS, BK_ANSWER_YES);
      g_assert_true (bk_pain_store_update (pain, entry, NULL));
    }
  g_ptr_array_unref (entries);
  bk_health_screen_set_age_band (screen, BK_AGE_BAND_20_TO_50);
  bk_health_screen_set_answer (screen, BK_SCREEN_PAST_CANCER, BK_ANSWER_NO);
  bk_health_screen_set_answer (screen, BK_SCREEN_STRESS_FRACTURE, BK_ANSWER_YES);
  g_assert_true (bk_pain_store_add_screen (pain, screen, &error));
  bk_clinician_assessment_set_notes (visit, "Physio: SI joint, keep running easy");
  g_assert_true (bk_pain_store_add_assessment (pain, visit, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) noon = day_at (julian_of (2026, 11, 3), 12);
    g_autoptr(BkRun) run = bk_run_new (noon, 25000, 8400);

    g_assert_true (bk_run_store_add (bk_context_get_run_store (fixture->context), run, NULL));
  }

  g_assert_true (bk_pain_report_write (fixture->context, pdf, julian_of (2026, 9, 7), julian_of (2026, 11, 15),
                                       now, NULL, &error));
  g_assert_no_error (error);
  page = first_page_text (pdf);
  g_test_message ("%s", page);

  /* The open advice, urgent since the saddle numbness of 15 November. */
  g_assert_nonnull (strstr (page, "Open advice"));
  g_assert_nonnull (strstr (page, "Get urgent medical help now"));
  g_assert_nonnull (strstr (page, "since Sun 15 Nov 2026"));
  /* Each warning sign with its answers over the period's 42 entries. */
  g_assert_nonnull (strstr (page, "Warning signs asked"));
  g_assert_nonnull (strstr (page, "Saddle numbness"));
  g_assert_nonnull (strstr (page, "Unexplained weight loss"));
  g_assert_nonnull (strstr (page, "2026-11-15"));
  g_assert_nonnull (strstr (page, "Not asked"));
  /* 42 entries: 14 from 2 November answered, 28 before never asked. */
  g_assert_nonnull (strstr (page, "13 no"));
  g_assert_nonnull (strstr (page, "14 no"));
  g_assert_nonnull (strstr (page, "28 not asked"));
  /* The health screen, each answer in words. */
  g_assert_nonnull (strstr (page, "Health screen of 2026-10-05. Age: 20 to 50. YES: Past stress fracture. "
                                  "No: Past cancer. Not asked: Long-term steroids or immunosuppression;"));
  /* The assessment recorded, with its outcome and note. */
  g_assert_nonnull (strstr (page, "Clinician assessments"));
  g_assert_nonnull (strstr (page, "2026-10-20"));
  g_assert_nonnull (strstr (page, "Cleared to run"));
  g_assert_nonnull (strstr (page, "Physio: SI joint"));

  /* The chart's weekly numbers, and dated training rows. */
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Weekly numbers"));
  g_assert_nonnull (strstr (text, "Worst pain"));
  g_assert_null (strstr (text, "Today’s"));
  g_assert_null (strstr (text, "Yesterday’s"));
  g_assert_null (strstr (text, "Tuesday’s"));
  g_assert_nonnull (strstr (text, "The run of 2026-11-03 (25.0 km) was much"));

  png_prefix = g_build_filename (build_dir != NULL ? build_dir : fixture->dir, "tests", "store",
                                 "pain-report-answers", NULL);
  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", pdf, png_prefix, NULL };
    g_autofree char *ignored = run_tool (argv);
  }
  g_test_message ("Pages one and two rendered to %s-N.png", png_prefix);
}

static void
test_command (BkTestContext *fixture,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = day_at (julian_of (2026, 11, 16), 12);
  g_autofree char *pdf = g_build_filename (fixture->dir, "cli.pdf", NULL);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GVariantDict) backwards = g_variant_dict_new (NULL);
  g_autoptr(GVariantDict) stray = g_variant_dict_new (NULL);
  g_autoptr(BkCommand) command = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  fill (fixture);
  g_variant_dict_insert (options, "report", "s", "cli.pdf");
  g_variant_dict_insert (options, "from", "s", "2026-11-10");
  command = bk_command_parse (options, fixture->dir, now, BK_UNITS_METRIC, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_command_get_kind (command), ==, BK_COMMAND_REPORT);
  g_assert_cmpint (bk_command_run (command, fixture->context, out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  /* 10 to 15 November: six entries; --to defaults to today (16th). */
  g_assert_nonnull (strstr (out->str, "6 pain entries"));
  if (have_program ("pdftotext"))
    {
      text = pdf_text (pdf);
      g_assert_nonnull (strstr (text, "Tue 10 Nov 2026 to Mon 16 Nov 2026"));
    }

  /* A period that ends before it starts is refused before anything runs. */
  g_variant_dict_insert (backwards, "report", "s", "x.pdf");
  g_variant_dict_insert (backwards, "from", "s", "2026-11-10");
  g_variant_dict_insert (backwards, "to", "s", "2026-11-01");
  g_assert_null (bk_command_parse (backwards, fixture->dir, now, BK_UNITS_METRIC, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);

  /* --from without --report is a mistake too. */
  g_variant_dict_insert (stray, "status", "b", TRUE);
  g_variant_dict_insert (stray, "from", "s", "2026-11-10");
  g_assert_null (bk_command_parse (stray, fixture->dir, now, BK_UNITS_METRIC, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "--report"));
}

static void
test_missing_folder (BkTestContext *fixture,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = day_at (julian_of (2026, 11, 16), 12);
  g_autofree char *pdf = g_build_filename (fixture->dir, "no", "such", "report.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (bk_pain_report_write (fixture->context, pdf, julian_of (2026, 11, 1), julian_of (2026, 11, 15),
                                        now, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) BK_TEST_CONTEXT_ADD (path, func)
  ADD ("/pain-report/report", test_report);
  ADD ("/pain-report/first-page", test_first_page);
  ADD ("/pain-report/command", test_command);
  ADD ("/pain-report/missing-folder", test_missing_folder);
#undef ADD

  return g_test_run ();
}
