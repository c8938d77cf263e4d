/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-report"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-advice.h"
#include "bk-pain-report-private.h"

/* Page 1 of the report: the open advice, every warning sign and health
 * screen answer of the period as yes / no / not asked, and the clinician
 * assessments; and the weekly numbers under the chart. */

#define MAX_SCREENS 2

/* Clinical names, one line each, for the clinician who reads the report;
 * the form asks the same things in the runner's words. */
static const char *
sign_name (BkWarningSign sign)
{
  switch (sign)
    {
    case BK_WARNING_SIGN_SADDLE_NUMBNESS: return _("Saddle numbness");
    case BK_WARNING_SIGN_BLADDER: return _("New bladder dysfunction (retention, weak stream, leaking)");
    case BK_WARNING_SIGN_BOWEL: return _("New loss of bowel control");
    case BK_WARNING_SIGN_PASSING_SENSATION: return _("Loss of sensation passing urine or stool");
    case BK_WARNING_SIGN_SEXUAL: return _("New genital numbness or sexual dysfunction");
    case BK_WARNING_SIGN_LEG_WEAKNESS: return _("Progressive leg weakness, foot drop or gait change");
    case BK_WARNING_SIGN_BOTH_LEGS: return _("Bilateral leg pain, tingling or numbness");
    case BK_WARNING_SIGN_NIGHT_PAIN: return _("Night pain, or constant pain not eased by rest");
    case BK_WARNING_SIGN_UNWELL: return _("Fever, chills or feeling unwell");
    case BK_WARNING_SIGN_WEIGHT_LOSS: return _("Unexplained weight loss");
    case BK_WARNING_SIGN_TRAUMA: return _("Onset after a fall or blow");
    case BK_N_WARNING_SIGNS:
    default: return "";
    }
}

static const char *
question_name (BkScreenQuestion question)
{
  switch (question)
    {
    case BK_SCREEN_PAST_CANCER: return _("Past cancer");
    case BK_SCREEN_STEROIDS: return _("Long-term steroids or immunosuppression");
    case BK_SCREEN_OSTEOPOROSIS: return _("Osteoporosis");
    case BK_SCREEN_IV_DRUG_USE: return _("Intravenous drug use");
    case BK_SCREEN_STRESS_FRACTURE: return _("Past stress fracture");
    case BK_SCREEN_LOW_ENERGY: return _("Missed periods or very low food intake");
    case BK_SCREEN_BONY_TENDERNESS: return _("Bony spot sore to press or to hop on");
    case BK_N_SCREEN_QUESTIONS:
    default: return "";
    }
}

/* A heading that asks for less room than the report's own: page 1's
 * short sections must not be pushed to page 2 by a reserve they do not
 * need. */
static void
short_heading (BkReport   *report,
               const char *text)
{
  bk_report_need (report, 50);
  report->y += 8;
  bk_report_paragraph (report, text, "Sans Bold 12", 6);
}

/* The moment the advice is judged at: the end of the period, or now if
 * that is earlier. */
static GDateTime *
advice_moment (guint32    to,
               GDateTime *now)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  GDate date;

  if (bk_date_julian_of (now) <= to)
    return g_date_time_ref (now);
  g_date_clear (&date, 1);
  g_date_set_julian (&date, to);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 23, 59, 59);
}

static void
write_open_advice (BkReport        *report,
                   BkAdviceEpisode *episode)
{
  g_autoptr(GString) text = g_string_new (NULL);
  PangoLayout *title, *body;
  double height;

  if (episode->level == BK_PAIN_ADVICE_NONE)
    {
      short_heading (report, _("Open advice"));
      bk_report_paragraph (report, _("None: no warning sign, health screen answer or rule of the journal "
                                     "asked for a clinician at the end of this period."), "Sans 9", 6);
      return;
    }

  /* For the clinician: the reasons in clinical words with their days,
   * rather than the runner's instructions. */
  {
    g_autofree char *since = bk_date_format_long (episode->since);

    g_string_append_printf (text, _("Open since %s, until a clinician’s assessment is recorded. What the "
                                    "runner was told: %s"), since,
                            episode->level == BK_PAIN_ADVICE_URGENT
                              ? _("go to an emergency department now; training and stretching advice "
                                  "and reminders are paused.")
                              : _("see a doctor or physiotherapist soon; next-run hints are paused."));
    for (guint i = 0; i < episode->reasons->len; i++)
      {
        BkAdviceReason *reason = &g_array_index (episode->reasons, BkAdviceReason, i);
        g_autofree char *day = bk_date_to_iso (reason->since);
        BkWarningSign sign;
        BkScreenQuestion question;
        const char *name = reason->text;

        if (bk_warning_sign_from_string (reason->id, &sign))
          name = sign_name (sign);
        else if (bk_screen_question_from_string (reason->id, &question))
          name = question_name (question);
        /* TRANSLATORS: a reason of the advice and the day it was raised */
        g_string_append_printf (text, _("\n• %s (%s)"), name, day);
      }
  }

  {
    /* TRANSLATORS: the heading of the report's advice box */
    g_autofree char *heading = g_strdup_printf (_("Open advice: %s"), episode->title);

    title = bk_report_layout (report, heading, "Sans Bold 11", BK_REPORT_TEXT_WIDTH - 20);
  }
  body = bk_report_layout (report, text->str, "Sans 8.5", BK_REPORT_TEXT_WIDTH - 20);
  height = bk_report_layout_height (title) + bk_report_layout_height (body) + 22;
  bk_report_need (report, height);
  /* A heavier frame for urgent advice, so a photocopy keeps the difference. */
  cairo_set_line_width (report->cr, episode->level == BK_PAIN_ADVICE_URGENT ? 3 : 1.5);
  cairo_set_source_rgb (report->cr, 0, 0, 0);
  cairo_rectangle (report->cr, BK_REPORT_MARGIN, report->y, BK_REPORT_TEXT_WIDTH, height);
  cairo_stroke (report->cr);
  cairo_move_to (report->cr, BK_REPORT_MARGIN + 10, report->y + 10);
  pango_cairo_show_layout (report->cr, title);
  cairo_move_to (report->cr, BK_REPORT_MARGIN + 10, report->y + 14 + bk_report_layout_height (title));
  pango_cairo_show_layout (report->cr, body);
  report->y += height + 10;
  g_object_unref (title);
  g_object_unref (body);
}

/* One row per warning sign: the days it was answered yes, and how many
 * entries answered no or were never asked. */
static void
write_warning_signs (BkReport  *report,
                     GPtrArray *entries)
{
  const BkReportColumn columns[] = {
    { _("Warning sign"), BK_REPORT_TEXT_WIDTH - 195 },
    { _("Answers in this period"), 195 },
  };

  bk_report_heading (report, _("Warning signs asked"));
  if (entries->len == 0)
    {
      bk_report_paragraph (report, _("No entries in this period, so no warning sign was asked."), "Sans 9", 6);
      return;
    }
  bk_report_paragraph (report, _("The first seven are emergency signs (cauda equina); “not asked” counts "
                                 "entries from before every entry asked them."), "Sans 7.5", 2);
  bk_report_table_header (report, columns, G_N_ELEMENTS (columns));
  for (guint sign = 0; sign < BK_N_WARNING_SIGNS; sign++)
    {
      g_autoptr(GString) answers = g_string_new (NULL);
      g_autoptr(GString) yes_days = g_string_new (NULL);
      guint yes = 0, no = 0, unasked = 0;
      const char *cells[2];

      /* Oldest first, as a clinician reads a history. */
      for (guint i = entries->len; i > 0; i--)
        {
          BkPainEntry *entry = entries->pdata[i - 1];

          switch (bk_pain_entry_get_warning_sign (entry, sign))
            {
            case BK_ANSWER_YES:
              {
                g_autofree char *day = bk_date_to_iso (bk_pain_entry_get_julian (entry));

                g_string_append_printf (yes_days, "%s%s", yes_days->len > 0 ? ", " : "", day);
                yes++;
              }
              break;
            case BK_ANSWER_NO:
              no++;
              break;
            case BK_ANSWER_UNANSWERED:
            default:
              unasked++;
              break;
            }
        }
      if (yes > 0)
        /* TRANSLATORS: "yes on 2026-11-15, 2026-11-16" */
        g_string_append_printf (answers, _("YES on %s"), yes_days->str);
      if (no > 0)
        {
          /* TRANSLATORS: a count of entries that answered no */
          g_autofree char *count = g_strdup_printf (ngettext ("%u no", "%u no", no), no);

          g_string_append_printf (answers, "%s%s", answers->len > 0 ? "; " : "", count);
        }
      if (unasked > 0)
        {
          g_autofree char *count = g_strdup_printf (ngettext ("%u not asked", "%u not asked", unasked), unasked);

          g_string_append_printf (answers, "%s%s", answers->len > 0 ? "; " : "", count);
        }
      cells[0] = sign_name (sign);
      cells[1] = answers->str;
      bk_report_table_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
}

/* The screens answered in the period (the newest before it when there is
 * none), newest first: each answer in words, grouped yes / no / not asked
 * so that page 1 holds them all. */
static void
write_screens (BkReport  *report,
               GPtrArray *screens,
               guint32    from,
               guint32    to)
{
  guint shown = 0;

  short_heading (report, _("Health screen"));
  for (guint i = 0; i < screens->len && shown < MAX_SCREENS; i++)
    {
      BkHealthScreen *screen = screens->pdata[i];
      guint32 day = bk_health_screen_get_taken_on (screen);
      BkAgeBand band = bk_health_screen_get_age_band (screen);
      g_autofree char *date = NULL;
      g_autoptr(GString) text = g_string_new (NULL);
      GString *groups[3];

      if (day > to)
        continue;
      if (day < from && shown > 0)
        break;

      date = bk_date_to_iso (day);
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        groups[g] = g_string_new (NULL);
      for (guint q = 0; q < BK_N_SCREEN_QUESTIONS; q++)
        {
          BkAnswer answer = bk_health_screen_get_answer (screen, q);
          GString *group = groups[answer == BK_ANSWER_YES ? 0 : answer == BK_ANSWER_NO ? 1 : 2];

          g_string_append_printf (group, "%s%s", group->len > 0 ? "; " : "", question_name (q));
        }
      g_string_append_printf (text, _("Health screen of %s. Age: %s."), date,
                              band == BK_AGE_BAND_UNANSWERED ? _("not asked") : bk_age_band_get_label (band));
      if (groups[0]->len > 0)
        g_string_append_printf (text, _(" YES: %s."), groups[0]->str);
      if (groups[1]->len > 0)
        g_string_append_printf (text, _(" No: %s."), groups[1]->str);
      if (groups[2]->len > 0)
        g_string_append_printf (text, _(" Not asked: %s."), groups[2]->str);
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        g_string_free (groups[g], TRUE);
      bk_report_paragraph (report, text->str, "Sans 9", 4);
      shown++;
    }
  if (shown == 0)
    bk_report_paragraph (report, _("The health screen for serious causes was not answered by the end "
                                   "of this period."), "Sans 9", 6);
}

/* One line per assessment, oldest first, up to the end of the period. */
static void
write_assessments (BkReport  *report,
                   GPtrArray *assessments,
                   guint32    to)
{
  guint shown = 0;

  short_heading (report, _("Clinician assessments"));
  for (guint i = assessments->len; i > 0; i--)
    {
      BkClinicianAssessment *assessment = assessments->pdata[i - 1];
      const char *notes = bk_clinician_assessment_get_notes (assessment);
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;

      if (bk_clinician_assessment_get_assessed_on (assessment) > to)
        continue;
      day = bk_date_to_iso (bk_clinician_assessment_get_assessed_on (assessment));
      /* TRANSLATORS: "2026-10-20: Cleared to run. Notes" */
      line = g_strdup_printf (_("%s: %s.%s%s"), day,
                              bk_clinician_outcome_get_label (bk_clinician_assessment_get_outcome (assessment)),
                              *notes != '\0' ? " " : "", notes);
      bk_report_paragraph (report, line, "Sans 9", 3);
      shown++;
    }
  if (shown == 0)
    bk_report_paragraph (report, _("None recorded."), "Sans 9", 6);
}

/**
 * bk_report_write_advice:
 * @entries: the period's entries, newest first
 *
 * Page 1's opening: the advice open at the end of the period, the
 * warning-sign answers, the health screen and the assessments.
 */
void
bk_report_write_advice (BkReport   *report,
                        BkContext  *context,
                        GPtrArray  *entries,
                        guint32     from,
                        guint32     to,
                        GDateTime  *now,
                        GError    **error)
{
  g_autoptr(GDateTime) moment = advice_moment (to, now);
  g_autoptr(BkAdviceEpisode) episode = NULL;
  g_autoptr(GPtrArray) screens = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  BkPainStore *store = bk_context_get_pain_store (context);

  episode = bk_advice_compute_for_store (store, moment, error);
  if (episode == NULL)
    return;
  screens = bk_pain_store_list_screens (store, error);
  if (screens == NULL)
    return;
  assessments = bk_pain_store_list_assessments (store, error);
  if (assessments == NULL)
    return;

  write_open_advice (report, episode);
  write_warning_signs (report, entries);
  write_screens (report, screens, from, to);
  write_assessments (report, assessments, to);
}

/**
 * bk_report_write_weekly:
 *
 * The chart's numbers as a table, one row a week, so nothing rests on
 * reading bar heights.
 */
void
bk_report_write_weekly (BkReport          *report,
                        const BkWeekTotal *distance,
                        const BkPainWeek  *pain,
                        guint              n_weeks,
                        BkUnits            units)
{
  const BkReportColumn columns[] = {
    { _("Week"), 145 },
    { _("Distance"), 70 },
    { _("Runs"), 45 },
    { _("Pain entries"), 75 },
    { _("Worst pain"), 75 },
    { _("Mean pain"), BK_REPORT_TEXT_WIDTH - 410 },
  };

  bk_report_heading (report, _("Weekly numbers"));
  bk_report_table_header (report, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n_weeks; i++)
    {
      g_autofree char *first = bk_date_to_iso (distance[i].week_start);
      g_autofree char *last = bk_date_to_iso (distance[i].week_start + 6);
      g_autofree char *week = g_strdup_printf (_("%s to %s"), first, last);
      g_autofree char *km = bk_format_distance_short (distance[i].distance_m, units);
      g_autofree char *runs = g_strdup_printf ("%u", distance[i].runs);
      g_autofree char *count = g_strdup_printf ("%u", pain[i].entries);
      g_autofree char *worst = pain[i].entries > 0 ? g_strdup_printf ("%d/10", pain[i].worst) : g_strdup ("–");
      g_autofree char *mean = pain[i].entries > 0 ? g_strdup_printf ("%.1f/10", pain[i].mean) : g_strdup ("–");
      const char *cells[] = { week, km, runs, count, worst, mean };

      bk_report_table_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
}

/**
 * bk_report_describe_signs:
 *
 * Returns: (transfer full): the entry's warning signs for its row: the
 *   ones answered yes, "none" when all were answered no, or "not asked"
 */
char *
bk_report_describe_signs (BkPainEntry *entry)
{
  GString *text = g_string_new (NULL);
  gboolean any_asked = FALSE;

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      BkAnswer answer = bk_pain_entry_get_warning_sign (entry, i);

      any_asked |= answer != BK_ANSWER_UNANSWERED;
      if (answer == BK_ANSWER_YES)
        {
          if (text->len > 0)
            g_string_append (text, "; ");
          g_string_append (text, bk_warning_sign_get_label (i));
        }
    }
  if (text->len > 0)
    g_string_prepend (text, _("WARNING SIGNS: "));
  else if (!any_asked)
    g_string_append (text, _("Warning signs: not asked"));
  else if (!bk_pain_entry_get_warning_signs_answered (entry))
    g_string_append (text, _("Warning signs: some not asked, none answered yes"));
  else
    g_string_append (text, _("Warning signs: all answered no"));
  return g_string_free (text, FALSE);
}
