/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-pain-assessment.h"
#include "bk-pain-status.h"

static void
append_json (GString          *out,
             BkPainEntry      *last,
             BkPainAssessment *assessment,
             BkPainTrend       trend)
{
  const char *advice = bk_pain_advice_to_string (assessment != NULL ? assessment->advice : BK_PAIN_ADVICE_NONE);

  /* "advice" also stands at the top level, where a script checking whether
   * to see a clinician looks first; "pain" holds the details. */
  g_string_append_printf (out, ",\n  \"advice\": \"%s\",\n  \"pain\": {\n    \"advice\": \"%s\",\n"
                               "    \"trend\": \"%s\",\n    \"last_entry\": ",
                          advice, advice, bk_pain_trend_to_string (trend));
  if (last == NULL)
    {
      g_string_append (out, "null\n  }");
      return;
    }

  {
    g_autofree char *felt_at = g_date_time_format (bk_pain_entry_get_when (last), "%Y-%m-%dT%H:%M:%S%:z");
    guint locations = bk_pain_entry_get_locations (last);
    gboolean first = TRUE;

    g_string_append_printf (out, "{\"felt_at\": \"%s\", \"context\": \"%s\", \"minutes_in\": ",
                            felt_at, bk_pain_context_to_string (bk_pain_entry_get_context (last)));
    if (bk_pain_entry_get_minutes_in (last) > 0)
      g_string_append_printf (out, "%d", bk_pain_entry_get_minutes_in (last));
    else
      g_string_append (out, "null");
    g_string_append_printf (out, ", \"rating\": %d, \"locations\": [", bk_pain_entry_get_rating (last));
    for (guint i = 0; i < BK_N_PAIN_LOCATIONS; i++)
      if (locations & (1u << i))
        {
          g_string_append_printf (out, "%s\"%s\"", first ? "" : ", ", bk_pain_location_to_string (1u << i));
          first = FALSE;
        }
    g_string_append (out, "]}\n  }");
  }
}

static void
append_text (GString          *out,
             BkPainEntry      *last,
             BkPainAssessment *assessment,
             BkPainTrend       trend,
             int               from,
             int               to)
{
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  int rating;

  g_string_append_printf (out, "\n%s\n", _("Back pain"));
  if (last == NULL)
    {
      g_string_append_printf (out, "%s\n", _("No pain recorded."));
      return;
    }

  /* Advice first: a runner skimming the output must not miss it. */
  if (assessment->advice == BK_PAIN_ADVICE_URGENT)
    g_string_append_printf (out, _("URGENT: %s. %s\n"), assessment->advice_title, assessment->advice_text);
  else if (assessment->advice == BK_PAIN_ADVICE_SEE_CLINICIAN)
    g_string_append_printf (out, _("Advice: %s. %s\n"), assessment->advice_title, assessment->advice_text);

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

  if (trend == BK_PAIN_TREND_UNKNOWN)
    g_string_append_printf (out, _("Trend: %s\n"), bk_pain_trend_get_label (trend));
  else
    g_string_append_printf (out, _("Trend: %s (from %d to %d)\n"), bk_pain_trend_get_label (trend), from, to);
}

/**
 * bk_pain_status_append:
 * @json: append a `"pain"` member to an open JSON object instead of text
 *
 * Adds the last pain entry, the trend across the latest entries and the
 * advice for `--status`. The advice comes from the newest entry: it is how
 * the back is now.
 */
void
bk_pain_status_append (BkContext *context,
                       gboolean   json,
                       GString   *out,
                       GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(BkPainAssessment) assessment = NULL;
  BkPainEntry *last = NULL;
  BkPainTrend trend;
  int from, to;

  g_return_if_fail (BK_IS_CONTEXT (context));

  latest = bk_pain_store_list (bk_context_get_pain_store (context), 0, 0, BK_PAIN_TREND_WINDOW, &error);
  if (latest == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return;
    }
  if (latest->len > 0)
    {
      last = latest->pdata[0];
      assessment = bk_pain_assess (last);
    }
  trend = bk_pain_trend ((BkPainEntry **) latest->pdata, latest->len, &from, &to);

  if (json)
    append_json (out, last, assessment, trend);
  else
    append_text (out, last, assessment, trend, from, to);
}
