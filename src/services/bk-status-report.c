/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status-report"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-date.h"
#include "store/bk-run-days.h"
#include "store/bk-training-settings.h"
#include "bk-command.h"
#include "bk-status-report.h"

/* The whole log is read: block detection looks back over the 12 weeks with
 * runs before any week, and the EWMA is seeded with the first logged day. */
#define FIRST_POSSIBLE_YEAR 1900

/**
 * bk_status_report_compute:
 * @n_weeks: weekly rows wanted; 0 for all history
 *
 * Reads the daily series with one query and computes the status the
 * window, --status and notifications all show.
 *
 * Returns: (transfer full) (nullable): the status, %NULL with @error set
 */
BkTrainingStatus *
bk_status_report_compute (BkContext  *context,
                          guint32     today,
                          guint       n_weeks,
                          GError    **error)
{
  g_autoptr(GArray) days = NULL;
  GDate first;
  guint32 plan_start = 0;
  BkStatusInput in = { 0 };

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, FIRST_POSSIBLE_YEAR);
  days = bk_run_days_read (bk_context_get_database (context), g_date_get_julian (&first), today, error);
  if (days == NULL)
    return NULL;
  if (!bk_training_settings_get_date (bk_context_get_database (context),
                                      BK_TRAINING_PLAN_START, &plan_start, error))
    return NULL;
  if (!bk_training_settings_get_baseline (bk_context_get_database (context), &in.baseline, error))
    return NULL;

  in.days = (BkDayTotal *) (gpointer) days->data;
  in.n_days = days->len;
  in.today = today;
  in.first_day = bk_context_get_first_weekday (context);
  in.plan_start = plan_start;
  in.units = bk_context_get_units (context);
  in.n_weeks = n_weeks;
  return bk_training_status_compute (&in);
}

/**
 * bk_status_report_judge_run:
 * @out_reference: (out): what a run of @distance_m on @julian is compared
 *   with
 *
 * The spike rule for a run being entered, on the same log and baseline as
 * the status (one function computes both).
 *
 * Returns: the tier; %BK_RISK_NONE with @error set when the log is unreadable
 */
BkRiskLevel
bk_status_report_judge_run (BkContext       *context,
                            guint32          julian,
                            double           distance_m,
                            BkRunReference  *out_reference,
                            GError         **error)
{
  g_autoptr(GArray) days = NULL;
  BkStatusInput in = { 0 };
  GDate first;

  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_RISK_NONE);
  g_return_val_if_fail (out_reference != NULL, BK_RISK_NONE);

  *out_reference = (BkRunReference) { BK_REFERENCE_NONE, 0, 0, 0, 0 };
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, FIRST_POSSIBLE_YEAR);
  if (julian <= g_date_get_julian (&first))
    return BK_RISK_NONE;
  days = bk_run_days_read (bk_context_get_database (context), g_date_get_julian (&first), julian - 1, error);
  if (days == NULL)
    return BK_RISK_NONE;
  if (!bk_training_settings_get_baseline (bk_context_get_database (context), &in.baseline, error))
    return BK_RISK_NONE;
  in.days = (BkDayTotal *) (gpointer) days->data;
  in.n_days = days->len;
  in.today = julian;
  in.first_day = bk_context_get_first_weekday (context);
  in.units = bk_context_get_units (context);
  return bk_training_status_judge_run (&in, julian, distance_m, out_reference);
}

guint32
bk_status_report_get_plan_start (BkContext *context)
{
  g_autoptr(GError) error = NULL;
  guint32 julian = 0;

  g_return_val_if_fail (BK_IS_CONTEXT (context), 0);

  if (!bk_training_settings_get_date (bk_context_get_database (context),
                                      BK_TRAINING_PLAN_START, &julian, &error))
    g_debug ("Could not read the plan start: %s", error->message);
  return julian;
}

/* A day of 0 clears the plan start. */
gboolean
bk_status_report_set_plan_start (BkContext  *context,
                                 guint32     julian,
                                 GError    **error)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);

  return bk_training_settings_set_date (bk_context_get_database (context),
                                        BK_TRAINING_PLAN_START, julian, error);
}

const char *
bk_status_report_level_icon (BkRiskLevel level)
{
  switch (level)
    {
    case BK_RISK_CAUTION: return "dialog-information-symbolic";
    case BK_RISK_WARNING: return "dialog-warning-symbolic";
    case BK_RISK_HIGH: return "dialog-error-symbolic";
    case BK_RISK_NONE:
    default: return "emblem-ok-symbolic";
    }
}

static void
append_number_or_null (GString    *out,
                       const char *key,
                       const char *format,
                       double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, ",\n  \"%s\": ", key);
  if (isnan (value) || isinf (value))
    g_string_append (out, "null");
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, format, value));
}

static void
append_date_or_null (GString    *out,
                     const char *key,
                     guint32     julian)
{
  g_autofree char *iso = julian != 0 ? bk_date_to_iso (julian) : NULL;

  if (iso != NULL)
    g_string_append_printf (out, ",\n  \"%s\": \"%s\"", key, iso);
  else
    g_string_append_printf (out, ",\n  \"%s\": null", key);
}

/**
 * bk_status_report_append_baseline_json:
 *
 * Appends `"baseline": {"set_on", "longest_m", "weekly_m"}` or
 * `"baseline": null` to an open JSON object that has a member already.
 */
void
bk_status_report_append_baseline_json (const BkBaseline *baseline,
                                       GString          *out)
{
  g_autofree char *iso = NULL;
  char longest[G_ASCII_DTOSTR_BUF_SIZE], weekly[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (baseline != NULL);

  if (baseline->set_on == 0)
    {
      g_string_append (out, ",\n  \"baseline\": null");
      return;
    }
  iso = bk_date_to_iso (baseline->set_on);
  g_string_append_printf (out, ",\n  \"baseline\": {\"set_on\": \"%s\", \"longest_m\": %s, \"weekly_m\": %s}",
                          iso, g_ascii_formatd (longest, sizeof longest, "%.1f", baseline->longest_m),
                          g_ascii_formatd (weekly, sizeof weekly, "%.1f", baseline->weekly_m));
}

/**
 * bk_status_report_describe_baseline:
 *
 * Returns: (transfer full) (nullable): "You said on 1 Dec: longest run 14 km
 *   in the last 30 days, a typical week 30 km", or %NULL without one
 */
char *
bk_status_report_describe_baseline (const BkBaseline *baseline,
                                    BkUnits           units)
{
  g_autofree char *said = NULL;
  g_autofree char *longest = NULL;
  g_autofree char *weekly = NULL;

  g_return_val_if_fail (baseline != NULL, NULL);

  if (baseline->set_on == 0)
    return NULL;
  said = bk_date_format_short (baseline->set_on);
  longest = bk_format_distance_short (baseline->longest_m, units);
  weekly = bk_format_distance_short (baseline->weekly_m, units);
  /* TRANSLATORS: "You said on 1 Dec: longest run 14 km in the last 30 days,
   * a typical week 30 km" */
  return g_strdup_printf (_("You said on %s: longest run %s in the last 30 days, a typical week %s"),
                          said, longest, weekly);
}

static const char *
unit_name (BkLoadUnit unit)
{
  return unit == BK_LOAD_UNIT_SRPE ? "srpe" : "minutes";
}

/**
 * bk_status_report_append_json:
 *
 * Appends the status's members to a JSON object that is already open and
 * has at least one member; the caller closes it.
 */
void
bk_status_report_append_json (BkTrainingStatus *status,
                              GString          *out)
{
  g_autofree char *sentence = bk_training_status_block_sentence (status);
  g_autofree char *escaped = NULL;
  g_auto(GStrv) hints = NULL;

  g_return_if_fail (status != NULL);

  append_date_or_null (out, "block_start", status->block_start);
  g_string_append_printf (out, ",\n  \"block_from_plan\": %s", status->block_from_plan ? "true" : "false");
  g_string_append_printf (out, ",\n  \"weeks_into_block\": %u", status->weeks_into_block);
  g_string_append_printf (out, ",\n  \"ramp_up_phase\": %s", status->ramp_up_phase ? "true" : "false");
  escaped = bk_json_escape (sentence);
  g_string_append_printf (out, ",\n  \"block_sentence\": %s", sentence != NULL ? escaped : "null");
  g_string_append_printf (out, ",\n  \"spike_tier\": \"%s\"", bk_risk_level_to_string (status->spike_tier));
  append_date_or_null (out, "spike_date", status->spike_day);
  g_string_append_printf (out, ",\n  \"progression_tier\": \"%s\"",
                          bk_risk_level_to_string (status->progression_tier));
  append_number_or_null (out, "last_7_days_m", "%.1f", status->last_7_m);
  append_number_or_null (out, "previous_7_days_m", "%.1f", status->previous_7_m);
  g_string_append_printf (out, ",\n  \"level\": \"%s\"", bk_risk_level_to_string (status->level));

  g_string_append (out, ",\n  \"reasons\": [");
  for (guint i = 0; i < status->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (status->reasons, i);
      g_autofree char *text = bk_json_escape (reason->text);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", text);
    }
  g_string_append (out, "],\n  \"reason_sections\": [");
  for (guint i = 0; i < status->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (status->reasons, i);

      g_string_append_printf (out, "%s\"%s\"", i > 0 ? ", " : "", reason->section);
    }
  g_string_append (out, "]");

  append_number_or_null (out, "acwr_ewma", "%.3f", status->acwr_ewma);
  append_number_or_null (out, "acwr_rolling", "%.3f", status->acwr_rolling);
  append_number_or_null (out, "acwr_uncoupled", "%.3f", status->acwr_uncoupled);
  g_string_append_printf (out, ",\n  \"acwr_unit\": \"%s\"", unit_name (status->acwr_unit));
  append_number_or_null (out, "monotony", "%.3f", status->monotony);
  append_number_or_null (out, "strain", "%.1f", status->strain);
  g_string_append_printf (out, ",\n  \"monotony_unit\": \"%s\"", unit_name (status->monotony_unit));
  append_number_or_null (out, "next_long_run_max_m", "%.0f", status->next_long_run_max_m);
  append_number_or_null (out, "week_ceiling_m", "%.0f", status->week_ceiling_m);

  hints = bk_training_status_hints (status, BK_UNITS_METRIC);
  g_string_append (out, ",\n  \"hints\": [");
  for (guint i = 0; hints[i] != NULL; i++)
    {
      g_autofree char *text = bk_json_escape (hints[i]);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", text);
    }
  g_string_append (out, "]");

  g_string_append (out, ",\n  \"weekly\": [");
  for (guint i = 0; i < status->weekly->len; i++)
    {
      BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i);
      g_autofree char *start = bk_date_to_iso (week->week_start);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "%s\n    {\"week_start\": \"%s\", \"distance_m\": %s",
                              i > 0 ? "," : "", start,
                              g_ascii_formatd (buf, sizeof buf, "%.1f", week->distance_m));
      g_string_append_printf (out, ", \"duration_s\": %" G_GINT64_FORMAT ", \"runs\": %u"
                              ", \"level\": \"%s\", \"week_of_block\": %u, \"acwr_ewma\": ",
                              week->duration_s, week->runs, bk_risk_level_to_string (week->level),
                              week->week_of_block);
      if (isnan (week->acwr_ewma))
        g_string_append (out, "null}");
      else
        g_string_append_printf (out, "%s}", g_ascii_formatd (buf, sizeof buf, "%.3f", week->acwr_ewma));
    }
  g_string_append (out, "\n  ]");
}

static char *
format_ratio (double value)
{
  if (isnan (value))
    return g_strdup (C_("ratio", "not enough history"));
  return g_strdup_printf ("%.2f", value);
}

/**
 * bk_status_report_append_text:
 *
 * The same status for a person: level, reasons, block, hints, trends and a
 * table of the weeks with their level.
 */
void
bk_status_report_append_text (BkTrainingStatus *status,
                              BkUnits           units,
                              GString          *out)
{
  g_autofree char *sentence = bk_training_status_block_sentence (status);
  g_auto(GStrv) hints = bk_training_status_hints (status, units);
  g_autofree char *ewma = format_ratio (status->acwr_ewma);
  g_autofree char *rolling = format_ratio (status->acwr_rolling);
  g_autofree char *monotony = format_ratio (status->monotony);

  g_return_if_fail (status != NULL);

  g_string_append_printf (out, _("\nRamp-up risk: %s\n"), bk_risk_level_describe (status->level));
  for (guint i = 0; i < status->reasons->len; i++)
    {
      BkStatusReason *reason = g_ptr_array_index (status->reasons, i);

      /* TRANSLATORS: a reason, then the guide section that explains it */
      g_string_append_printf (out, _("  • %s (guide: %s)\n"), reason->text, reason->section);
    }
  if (status->reasons->len == 0)
    g_string_append (out, _("  Nothing stands out in the last 7 days.\n"));
  if (sentence != NULL)
    g_string_append_printf (out, "%s\n", sentence);
  {
    g_autofree char *said = bk_status_report_describe_baseline (&status->baseline, units);

    if (said != NULL)
      g_string_append_printf (out, "%s\n", said);
  }
  for (guint i = 0; hints[i] != NULL; i++)
    g_string_append_printf (out, "%s\n", hints[i]);

  g_string_append_printf (out, _("Load trend (EWMA acute:chronic): %s; rolling: %s; monotony: %s\n"),
                          ewma, rolling, monotony);

  g_string_append_printf (out, "\n%-12s %10s %10s %5s %6s  %s\n",
                          _("Week of"), _("Distance"), _("Time"), _("Runs"), _("Block"), _("Level"));
  for (guint i = status->weekly->len; i > 0; i--)
    {
      BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i - 1);
      g_autofree char *start = bk_date_format_short (week->week_start);
      g_autofree char *distance = bk_format_distance_short (week->distance_m, units);
      g_autofree char *duration = bk_format_duration (week->duration_s);
      g_autofree char *block = week->week_of_block > 0 ? g_strdup_printf ("%u", week->week_of_block)
                                                       : g_strdup ("-");

      g_string_append_printf (out, "%-12s %10s %10s %5u %6s  %s\n", start, distance, duration,
                              week->runs, block, bk_risk_level_describe (week->level));
    }
}
