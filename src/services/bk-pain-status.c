/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-pain-status.h"

/**
 * bk_pain_status_append_advice:
 *
 * The open advice in full, title and text, for the top of `--status`: a
 * runner skimming the output must not miss it. Nothing under no advice.
 */
void
bk_pain_status_append_advice (BkAdviceEpisode *episode,
                              GString         *out)
{
  g_autofree char *since = NULL;

  g_return_if_fail (episode != NULL);

  if (episode->level == BK_PAIN_ADVICE_NONE)
    return;

  since = bk_date_format_long (episode->since);
  if (episode->level == BK_PAIN_ADVICE_URGENT)
    g_string_append_printf (out, _("URGENT: %s\n"), episode->title);
  else
    g_string_append_printf (out, _("Advice: %s\n"), episode->title);
  g_string_append_printf (out, "%s\n", episode->text);
  g_string_append_printf (out, _("Open since %s, until you record that a clinician has assessed you "
                                 "(backstretch --seen-clinician DATE).\n"), since);
  g_string_append_c (out, '\n');
}

static void
append_assessment (GString               *out,
                   BkClinicianAssessment *assessment)
{
  g_autofree char *date = bk_date_format_long (bk_clinician_assessment_get_assessed_on (assessment));
  const char *notes = bk_clinician_assessment_get_notes (assessment);

  g_string_append_printf (out, _("Assessed by a clinician on %s: %s"), date,
                          bk_clinician_outcome_get_label (bk_clinician_assessment_get_outcome (assessment)));
  if (*notes != '\0')
    g_string_append_printf (out, " (%s)", notes);
  g_string_append_c (out, '\n');
}

/**
 * bk_pain_status_append:
 * @episode: the open advice
 *
 * The last pain entry, the trend across the latest entries and the last
 * clinician assessment. Under urgent advice the trend is left out: a
 * falling rating must not read as good news.
 */
void
bk_pain_status_append (BkContext       *context,
                       BkAdviceEpisode *episode,
                       GString         *out,
                       GString         *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  BkPainEntry *last;
  BkPainTrend trend;
  int from, to, rating;

  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (episode != NULL);

  latest = bk_pain_store_list (bk_context_get_pain_store (context), 0, 0, BK_PAIN_TREND_WINDOW, &error);
  if (latest != NULL)
    assessments = bk_pain_store_list_assessments (bk_context_get_pain_store (context), &error);
  if (assessments == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return;
    }

  g_string_append_printf (out, "\n%s\n", _("Back pain"));
  if (latest->len == 0)
    g_string_append_printf (out, "%s\n", _("No pain recorded."));
  else
    {
      last = latest->pdata[0];
      when = g_date_time_format (bk_pain_entry_get_when (last), _("%a %-d %b %Y, %H:%M"));
      where = bk_pain_entry_describe_locations (last);
      rating = bk_pain_entry_get_rating (last);
      g_string_append_printf (out, _("Last entry: %s, %d/10 (%s), %s"), when, rating,
                              bk_pain_rating_get_band_label (rating),
                              bk_pain_context_get_label (bk_pain_entry_get_context (last)));
      if (bk_pain_entry_get_minutes_in (last) > 0)
        g_string_append_printf (out, _(", %d min in"), bk_pain_entry_get_minutes_in (last));
      if (*where != '\0')
        g_string_append_printf (out, "; %s", where);
      g_string_append_c (out, '\n');

      trend = bk_pain_trend ((BkPainEntry **) latest->pdata, latest->len, &from, &to);
      if (bk_advice_episode_withholds_training (episode))
        ;
      else if (trend == BK_PAIN_TREND_UNKNOWN)
        g_string_append_printf (out, _("Trend: %s\n"), bk_pain_trend_get_label (trend));
      else
        g_string_append_printf (out, _("Trend: %s (from %d to %d)\n"), bk_pain_trend_get_label (trend),
                                from, to);
    }

  if (assessments->len > 0)
    append_assessment (out, assessments->pdata[0]);
}
