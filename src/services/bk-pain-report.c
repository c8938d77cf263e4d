/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-report"

#include "bk-config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "core/bk-date.h"
#include "core/bk-pain-assessment.h"
#include "store/bk-safe-file.h"
#include "bk-pain-graph.h"
#include "bk-pain-report.h"
#include "bk-pain-report-private.h"
#include "bk-pain-training.h"
#include "bk-status-report.h"

/* A report a runner can hand to a physio: A4, black on white, readable
 * when photocopied. Everything is drawn with cairo and Pango. */

#define PAGE_WIDTH   BK_REPORT_PAGE_WIDTH
#define PAGE_HEIGHT  BK_REPORT_PAGE_HEIGHT
#define MARGIN       BK_REPORT_MARGIN
#define TEXT_WIDTH   BK_REPORT_TEXT_WIDTH
#define FOOTER_SPACE 30.0
#define CELL_PAD     4.0

typedef BkReport Report;
typedef BkReportColumn Column;

/* The helpers are shared with bk-pain-report-answers.c under their
 * bk_report_ names; this file keeps its short ones. */
#define make_layout    bk_report_layout
#define layout_height  bk_report_layout_height
#define need           bk_report_need
#define paragraph      bk_report_paragraph
#define heading        bk_report_heading
#define table_header   bk_report_table_header
#define table_body_row bk_report_table_row

PangoLayout *
bk_report_layout (Report     *report,
             const char *text,
             const char *font,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (report->cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (description);
  return layout;
}

double
bk_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
finish_page (Report *report)
{
  g_autofree char *footer = g_strdup_printf (_("Backstretch back pain report · %s · page %d"),
                                             report->period, report->page);
  PangoLayout *layout = make_layout (report, footer, "Sans 7", TEXT_WIDTH);

  cairo_set_source_rgb (report->cr, 0.3, 0.3, 0.3);
  cairo_move_to (report->cr, MARGIN, PAGE_HEIGHT - MARGIN + 10);
  pango_cairo_show_layout (report->cr, layout);
  g_object_unref (layout);
  cairo_show_page (report->cr);
  report->page++;
  report->y = MARGIN;
}

/* Starts a new page unless @height still fits on this one. */
void
bk_report_need (Report *report,
                double  height)
{
  if (report->y + height > PAGE_HEIGHT - MARGIN - FOOTER_SPACE)
    finish_page (report);
}

void
bk_report_paragraph (Report     *report,
                     const char *text,
                     const char *font,
                     double      space_after)
{
  PangoLayout *layout = make_layout (report, text, font, TEXT_WIDTH);
  double height = layout_height (layout);

  need (report, height);
  cairo_set_source_rgb (report->cr, 0, 0, 0);
  cairo_move_to (report->cr, MARGIN, report->y);
  pango_cairo_show_layout (report->cr, layout);
  report->y += height + space_after;
  g_object_unref (layout);
}

void
bk_report_heading (Report     *report,
                   const char *text)
{
  /* Keep a heading with at least a few lines of what follows it. */
  need (report, 80);
  report->y += 8;
  paragraph (report, text, "Sans Bold 12", 6);
}

/* One table row; returns its height. Draws only when @draw is set, so the
 * height can be measured first to decide on a page break. */
static double
table_row (Report       *report,
           const Column *columns,
           guint         n_columns,
           const char  **cells,
           const char   *font,
           gboolean      draw)
{
  double height = 0, x = MARGIN;

  for (guint i = 0; i < n_columns; i++)
    {
      PangoLayout *layout = make_layout (report, cells[i], font, columns[i].width - 2 * CELL_PAD);

      height = MAX (height, layout_height (layout));
      if (draw)
        {
          cairo_set_source_rgb (report->cr, 0, 0, 0);
          cairo_move_to (report->cr, x + CELL_PAD, report->y + CELL_PAD);
          pango_cairo_show_layout (report->cr, layout);
        }
      x += columns[i].width;
      g_object_unref (layout);
    }
  height += 2 * CELL_PAD;

  if (draw)
    {
      cairo_set_line_width (report->cr, 0.5);
      cairo_move_to (report->cr, MARGIN, report->y + height);
      cairo_line_to (report->cr, MARGIN + TEXT_WIDTH, report->y + height);
      cairo_stroke (report->cr);
      report->y += height;
    }
  return height;
}

void
bk_report_table_header (Report       *report,
                        const Column *columns,
                        guint         n_columns)
{
  g_autofree const char **titles = g_new0 (const char *, n_columns);

  for (guint i = 0; i < n_columns; i++)
    titles[i] = columns[i].title;
  need (report, table_row (report, columns, n_columns, titles, "Sans Bold 8", FALSE) + 30);
  table_row (report, columns, n_columns, titles, "Sans Bold 8", TRUE);
}

void
bk_report_table_row (Report       *report,
                     const Column *columns,
                     guint         n_columns,
                     const char  **cells)
{
  double height = table_row (report, columns, n_columns, cells, "Sans 8", FALSE);

  if (report->y + height > PAGE_HEIGHT - MARGIN - FOOTER_SPACE)
    {
      finish_page (report);
      table_header (report, columns, n_columns);
    }
  table_row (report, columns, n_columns, cells, "Sans 8", TRUE);
}

static char *
describe_mask (guint        mask,
               guint        n_bits,
               const char *(*label) (guint))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_bits; i++)
    if (mask & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, label (1u << i));
      }
  return g_string_free (text, FALSE);
}

static const char *
character_label (guint bit)
{
  return bk_pain_character_get_label (bit);
}

static void
write_summary (Report     *report,
               GPtrArray  *entries)
{
  g_autofree char *summary = NULL;
  BkPainEntry *latest;
  int worst = 0, from, to;
  BkPainTrend trend;

  if (entries->len == 0)
    {
      paragraph (report, _("No pain was recorded in this period."), "Sans 10", 8);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    worst = MAX (worst, bk_pain_entry_get_rating (entries->pdata[i]));
  latest = entries->pdata[0];
  trend = bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, &from, &to);
  {
    g_autofree char *when = bk_date_format_long (bk_pain_entry_get_julian (latest));

    summary = g_strdup_printf (ngettext ("%u entry. Worst rating %d/10; latest %d/10 on %s. Trend over the last entries: %s.",
                                         "%u entries. Worst rating %d/10; latest %d/10 on %s. Trend over the last entries: %s.",
                                         entries->len),
                               entries->len, worst, bk_pain_entry_get_rating (latest), when,
                               bk_pain_trend_get_label (trend));
  }
  paragraph (report, summary, "Sans 10", 8);

}

static void
write_chart (Report      *report,
             BkContext   *context,
             GPtrArray   *entries,
             GArray      *ramp_up,
             GArray      *spike,
             guint32      from,
             guint32      to,
             GError     **error)
{
  GDateWeekday first_day = bk_context_get_first_weekday (context);
  guint32 first_week = bk_date_week_start (from, first_day);
  guint n_weeks = (bk_date_week_start (to, first_day) - first_week) / 7 + 1;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) distance = NULL;
  g_autoptr(GArray) pain = NULL;
  const double height = 230;

  if (n_weeks > BK_PAIN_REPORT_MAX_WEEKS)
    {
      first_week += 7 * (n_weeks - BK_PAIN_REPORT_MAX_WEEKS);
      n_weeks = BK_PAIN_REPORT_MAX_WEEKS;
    }

  days = bk_run_store_daily_totals (bk_context_get_run_store (context), from, to, error);
  if (days == NULL)
    return;
  distance = bk_weekly_totals ((BkDayTotal *) (gpointer) days->data, days->len, to, first_day, n_weeks);
  pain = bk_pain_weekly ((BkPainEntry **) entries->pdata, entries->len, first_week, n_weeks);

  heading (report, _("Pain and weekly running distance"));
  need (report, height);
  cairo_save (report->cr);
  cairo_translate (report->cr, MARGIN, report->y);
  bk_pain_graph_draw (report->cr, TEXT_WIDTH, height,
                      (BkWeekTotal *) (gpointer) distance->data, (BkPainWeek *) (gpointer) pain->data,
                      n_weeks, bk_context_get_units (context),
                      (guint32 *) (gpointer) ramp_up->data, ramp_up->len,
                      (guint32 *) (gpointer) spike->data, spike->len, 0, 0, 0, TRUE);
  cairo_restore (report->cr);
  report->y += height + 6;
  bk_report_write_weekly (report, (BkWeekTotal *) (gpointer) distance->data,
                          (BkPainWeek *) (gpointer) pain->data, n_weeks, bk_context_get_units (context));
}

static void
write_triggers (Report    *report,
                GPtrArray *entries)
{
  const Column columns[] = {
    { _("Question"), TEXT_WIDTH - 210 },
    { _("Latest answer"), 90 },
    { _("Yes"), 60 },
    { _("No"), 60 },
  };

  heading (report, _("Possible triggers (the runner’s own answers)"));
  table_header (report, columns, G_N_ELEMENTS (columns));
  for (guint t = 0; t < BK_N_PAIN_TRIGGERS; t++)
    {
      guint yes = 0, no = 0;
      BkAnswer latest = BK_ANSWER_UNANSWERED;
      g_autofree char *yes_text = NULL;
      g_autofree char *no_text = NULL;
      const char *cells[4];

      /* Newest first: the first answer met is the latest. */
      for (guint i = 0; i < entries->len; i++)
        {
          BkAnswer answer = bk_pain_entry_get_trigger (entries->pdata[i], t);

          if (answer == BK_ANSWER_YES)
            yes++;
          else if (answer == BK_ANSWER_NO)
            no++;
          if (latest == BK_ANSWER_UNANSWERED)
            latest = answer;
        }
      yes_text = g_strdup_printf ("%u", yes);
      no_text = g_strdup_printf ("%u", no);
      cells[0] = bk_pain_trigger_get_question (t);
      cells[1] = latest == BK_ANSWER_YES ? _("Yes") : latest == BK_ANSWER_NO ? _("No") : _("Not answered");
      cells[2] = yes_text;
      cells[3] = no_text;
      table_body_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
}

static void
write_entries (Report    *report,
               GPtrArray *entries)
{
  const Column columns[] = {
    { _("Date"), 88 },
    { _("When"), 78 },
    { _("Pain"), 40 },
    { _("Where"), 105 },
    { _("What it is like, warning signs, notes"), TEXT_WIDTH - 311 },
  };

  heading (report, _("Entries"));
  if (entries->len == 0)
    {
      paragraph (report, _("None."), "Sans 9", 6);
      return;
    }
  table_header (report, columns, G_N_ELEMENTS (columns));

  /* Oldest first, as a clinician reads a history. */
  for (guint i = entries->len; i > 0; i--)
    {
      BkPainEntry *entry = entries->pdata[i - 1];
      g_autofree char *date = g_date_time_format (bk_pain_entry_get_when (entry), "%Y-%m-%d %H:%M");
      g_autofree char *when = NULL;
      g_autofree char *rating = g_strdup_printf ("%d/10", bk_pain_entry_get_rating (entry));
      g_autofree char *where = bk_pain_entry_describe_locations (entry);
      g_autofree char *character = describe_mask (bk_pain_entry_get_character (entry), BK_N_PAIN_CHARACTERS,
                                                  character_label);
      g_autofree char *signs = bk_report_describe_signs (entry);
      g_autoptr(GString) detail = g_string_new (character);
      const char *cells[5];

      if (bk_pain_entry_get_context (entry) == BK_PAIN_CONTEXT_DURING_RUN)
        when = g_strdup_printf (_("During a run, %d min in"), bk_pain_entry_get_minutes_in (entry));
      else
        when = g_strdup (bk_pain_context_get_label (bk_pain_entry_get_context (entry)));
      g_string_append_printf (detail, "%s%s", detail->len > 0 ? "\n" : "", signs);
      if (*bk_pain_entry_get_notes (entry) != '\0')
        g_string_append_printf (detail, "%s%s %s", detail->len > 0 ? "\n" : "", _("Notes:"),
                                bk_pain_entry_get_notes (entry));

      cells[0] = date;
      cells[1] = when;
      cells[2] = rating;
      cells[3] = where;
      cells[4] = detail->str;
      table_body_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
}

static void
write_insights (Report      *report,
                BkContext   *context,
                GPtrArray   *entries,
                GArray      *flagged)
{
  g_autoptr(GPtrArray) insights = bk_pain_insights ((BkPainEntry **) entries->pdata, entries->len,
                                                    (guint32 *) (gpointer) flagged->data, flagged->len,
                                                    bk_context_get_first_weekday (context));

  if (insights->len == 0)
    return;
  heading (report, _("Patterns"));
  for (guint i = 0; i < insights->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", (char *) insights->pdata[i]);

      paragraph (report, line, "Sans 9", 3);
    }
}

static char *
week_label (guint32 week_start)
{
  g_autofree char *first = bk_date_to_iso (week_start);
  g_autofree char *last = bk_date_to_iso (week_start + 6);

  /* TRANSLATORS: a week as first and last day, "2026-03-02 to 2026-03-08" */
  return g_strdup_printf (_("%s to %s"), first, last);
}

/* The reasons the training status gave at the end of @week (or on @to). */
static char *
week_reasons (BkContext          *context,
              const BkStatusWeek *week,
              guint32             to)
{
  g_autoptr(BkTrainingStatus) status = bk_status_report_compute (context, MIN (week->week_start + 6, to), 1, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  gboolean ramp_up_said = FALSE;

  for (guint i = 0; status != NULL && i < status->reasons->len; i++)
    {
      const BkStatusReason *reason = g_ptr_array_index (status->reasons, i);

      ramp_up_said |= g_strcmp0 (reason->section, BK_GUIDE_LOAD_RAMP_UP) == 0;
      if (g_strcmp0 (reason->section, BK_GUIDE_LOAD_SPIKES) == 0 && status->spike_day != 0)
        {
          /* The status words the spike from its own day ("Today's 21
           * km"); a report row says the date. */
          g_autofree char *day = bk_date_to_iso (status->spike_day);
          g_autofree char *run = bk_format_distance_short (status->spike_distance_m, bk_context_get_units (context));
          g_autofree char *longest = bk_format_distance_short (status->spike_reference_m,
                                                                bk_context_get_units (context));

          g_string_append_printf (text, "%s", text->len > 0 ? "\n" : "");
          /* TRANSLATORS: "The run of 2026-11-03 (25 km) was much longer than the longest of the 30 days before (14 km)" */
          g_string_append_printf (text, _("The run of %s (%s) was much longer than the longest of the 30 days "
                                          "before (%s)"), day, run, longest);
          continue;
        }
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", reason->text);
    }
  if (bk_pain_training_week_is_ramp_up (week) && !ramp_up_said)
    g_string_append_printf (text, "%s", text->len > 0 ? "\n" : "");
  if (bk_pain_training_week_is_ramp_up (week) && !ramp_up_said)
    g_string_append_printf (text, _("This was week %u of a new training block, one of weeks 5 to 7, a time many "
                                    "runners report trouble (the evidence is anecdotal)."), week->week_of_block);
  if (text->len == 0)
    g_string_append (text, _("Flagged for the week as a whole; no single day’s reason was left at its end."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Weeks of the period the training status rated caution or above, or
 * that fell in the ramp-up phase, each with its level and reasons. */
static void
write_training_flags (Report     *report,
                      BkContext  *context,
                      guint32     from,
                      guint32     to,
                      GError    **error)
{
  const Column columns[] = {
    { _("Week"), 120 },
    { _("Distance"), 60 },
    { _("Ramp-up risk"), 70 },
    { _("Why the week was flagged"), TEXT_WIDTH - 250 },
  };
  guint32 first_week = bk_date_week_start (from, bk_context_get_first_weekday (context));
  g_autoptr(BkTrainingStatus) status = bk_status_report_compute (context, to, 0, error);
  guint shown = 0;

  heading (report, _("Training flags"));
  if (status == NULL)
    return;
  for (guint i = 0; i < status->weekly->len; i++)
    {
      const BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i);
      g_autofree char *label = NULL;
      g_autofree char *distance = NULL;
      g_autofree char *reasons = NULL;
      const char *cells[4];

      if (week->week_start < first_week ||
          (week->level < BK_RISK_CAUTION && !bk_pain_training_week_is_ramp_up (week)))
        continue;
      if (shown++ == 0)
        table_header (report, columns, G_N_ELEMENTS (columns));
      label = week_label (week->week_start);
      distance = bk_format_distance_short (week->distance_m, bk_context_get_units (context));
      reasons = week_reasons (context, week, to);
      cells[0] = label;
      cells[1] = distance;
      /* In words, so that black and white print loses nothing. */
      cells[2] = bk_risk_level_describe (week->level);
      cells[3] = reasons;
      table_body_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
  if (shown == 0)
    paragraph (report, _("No week in this period was flagged for a fast rise in training."), "Sans 9", 6);
}

/* Stretching sessions per week of the period, and how many were finished. */
static void
write_stretching (Report     *report,
                  BkContext  *context,
                  guint32     from,
                  guint32     to,
                  GError    **error)
{
  const Column columns[] = {
    { _("Week"), 160 },
    { _("Sessions"), 80 },
    { _("Completed"), 80 },
    { _("Minutes"), TEXT_WIDTH - 320 },
  };
  GDateWeekday first_day = bk_context_get_first_weekday (context);
  guint32 first_week = bk_date_week_start (from, first_day);
  guint n_weeks = (bk_date_week_start (to, first_day) - first_week) / 7 + 1;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *complete = NULL;
  g_autofree guint *seconds = NULL;
  guint total = 0, total_complete = 0;

  heading (report, _("Stretching done"));
  sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (context), from, to, error);
  if (sessions == NULL)
    return;
  if (n_weeks > BK_PAIN_REPORT_MAX_WEEKS)
    {
      first_week += 7 * (n_weeks - BK_PAIN_REPORT_MAX_WEEKS);
      n_weeks = BK_PAIN_REPORT_MAX_WEEKS;
    }
  count = g_new0 (guint, n_weeks);
  complete = g_new0 (guint, n_weeks);
  seconds = g_new0 (guint, n_weeks);
  for (guint i = 0; i < sessions->len; i++)
    {
      const BkStretchSession *session = g_ptr_array_index (sessions, i);
      guint32 day = bk_date_julian_of (session->started_at);
      guint week;

      if (day < first_week || day > to)
        continue;
      week = (bk_date_week_start (day, first_day) - first_week) / 7;
      count[week]++;
      complete[week] += session->completed ? 1 : 0;
      seconds[week] += session->done_s;
      total++;
      total_complete += session->completed ? 1 : 0;
    }
  if (total == 0)
    {
      paragraph (report, _("No stretching sessions were recorded in this period."), "Sans 9", 6);
      return;
    }
  {
    g_autofree char *summary = g_strdup_printf (ngettext ("%u session, %u of them completed.",
                                                          "%u sessions, %u of them completed.", total),
                                                total, total_complete);

    paragraph (report, summary, "Sans 9", 4);
  }
  table_header (report, columns, G_N_ELEMENTS (columns));
  for (guint w = 0; w < n_weeks; w++)
    {
      g_autofree char *label = week_label (first_week + 7 * w);
      g_autofree char *n = g_strdup_printf ("%u", count[w]);
      g_autofree char *done = g_strdup_printf ("%u", complete[w]);
      g_autofree char *minutes = g_strdup_printf ("%u", (seconds[w] + 30) / 60);
      const char *cells[] = { label, n, done, minutes };

      table_body_row (report, columns, G_N_ELEMENTS (columns), cells);
    }
}

static cairo_status_t
write_to_file_cb (void                *closure,
                  const unsigned char *data,
                  unsigned int         length)
{
  return bk_safe_file_write (closure, data, length, NULL)
    ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * bk_pain_report_write:
 * @path: the PDF to write; replaced only once the new one is complete
 * @from_julian: first day of the period
 * @to_julian: last day of the period
 * @out_n_entries: (out) (optional): how many entries the report lists
 *
 * Writes the clinician report: summary and advice, the pain-versus-
 * distance chart, patterns, the trigger answers and every entry.
 */
gboolean
bk_pain_report_write (BkContext   *context,
                      const char  *path,
                      guint32      from_julian,
                      guint32      to_julian,
                      GDateTime   *now,
                      guint       *out_n_entries,
                      GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(BkSafeFile) file = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *made = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) advice_error = NULL;
  g_autoptr(GError) chart_error = NULL;
  g_autoptr(GError) flags_error = NULL;
  g_autoptr(GError) stretch_error = NULL;
  g_autoptr(GArray) flagged = NULL;
  g_autoptr(GArray) ramp_up = NULL;
  g_autoptr(GArray) spike = NULL;
  Report report = { 0 };
  cairo_status_t status;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (from_julian <= to_julian, FALSE);

  {
    g_autofree char *dir = g_path_get_dirname (path);

    /* cairo reports a missing folder only as a failed write: say which. */
    if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("Could not write %s: the folder %s does not exist"), path, dir);
        return FALSE;
      }
  }

  entries = bk_pain_store_list (bk_context_get_pain_store (context), from_julian, to_julian, 0, error);
  if (entries == NULL)
    return FALSE;
  flagged = bk_pain_training_flagged_weeks (context, to_julian, error);
  if (flagged == NULL)
    return FALSE;
  if (!bk_pain_training_marked_weeks (context, to_julian, &ramp_up, &spike, error))
    return FALSE;

  /* Written beside the target under a fresh name and renamed over it
   * when complete: never through a fixed name someone could plant. */
  file = bk_safe_file_new (path, error);
  if (file == NULL)
    return FALSE;
  report.surface = cairo_pdf_surface_create_for_stream (write_to_file_cb, file, PAGE_WIDTH, PAGE_HEIGHT);
  status = cairo_surface_status (report.surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"),
                   path, cairo_status_to_string (status));
      cairo_surface_destroy (report.surface);
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (report.surface, CAIRO_PDF_METADATA_TITLE, _("Back pain report"));
  cairo_pdf_surface_set_metadata (report.surface, CAIRO_PDF_METADATA_CREATOR, "Backstretch " PACKAGE_VERSION);
  report.cr = cairo_create (report.surface);
  report.y = MARGIN;
  report.page = 1;
  from_text = bk_date_format_long (from_julian);
  to_text = bk_date_format_long (to_julian);
  report.period = g_strdup_printf (_("%s to %s"), from_text, to_text);

  paragraph (&report, _("Back Pain Report"), "Sans Bold 20", 4);
  made = g_date_time_format (now, "%Y-%m-%d");
  subtitle = g_strdup_printf (_("Period: %s. Made with Backstretch on %s. Pain is rated from 0 (no pain) "
                                "to 10 (worst imaginable), as recorded by the runner."),
                              report.period, made);
  paragraph (&report, subtitle, "Sans 9", 6);

  bk_report_write_advice (&report, context, entries, from_julian, to_julian, now, &advice_error);
  if (advice_error != NULL)
    paragraph (&report, advice_error->message, "Sans 9", 6);
  heading (&report, _("Summary"));
  write_summary (&report, entries);
  write_chart (&report, context, entries, ramp_up, spike, from_julian, to_julian, &chart_error);
  if (chart_error != NULL)
    paragraph (&report, chart_error->message, "Sans 9", 6);
  write_insights (&report, context, entries, flagged);
  write_training_flags (&report, context, from_julian, to_julian, &flags_error);
  if (flags_error != NULL)
    paragraph (&report, flags_error->message, "Sans 9", 6);
  write_stretching (&report, context, from_julian, to_julian, &stretch_error);
  if (stretch_error != NULL)
    paragraph (&report, stretch_error->message, "Sans 9", 6);
  write_triggers (&report, entries);
  write_entries (&report, entries);
  finish_page (&report);

  cairo_destroy (report.cr);
  cairo_surface_finish (report.surface);
  status = cairo_surface_status (report.surface);
  cairo_surface_destroy (report.surface);
  g_free (report.period);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  if (!bk_safe_file_commit (file, error))
    return FALSE;
  if (out_n_entries != NULL)
    *out_n_entries = entries->len;
  return TRUE;
}
