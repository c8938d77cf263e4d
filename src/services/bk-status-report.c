/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status-report"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-date.h"
#include "store/bk-other-activities.h"
#include "store/bk-run-days.h"
#include "store/bk-run-surfaces.h"
#include "store/bk-training-settings.h"
#include "bk-status-report.h"

/* The whole log is read: block detection looks back over the 12 weeks with
 * runs before any week, and the EWMA is seeded with the first logged day. */
#define FIRST_POSSIBLE_YEAR 1900

static guint32
surfaces_from (guint32      today,
               GDateWeekday first_day,
               guint        n_weeks,
               guint32      first_possible)
{
  guint32 weeks = MAX (n_weeks, BK_SURFACE_LOOKBACK_WEEKS);
  guint32 start = bk_date_week_start (today, first_day);

  if (n_weeks == 0 || start < first_possible + 7 * (weeks - 1))
    return first_possible;
  return start - 7 * (weeks - 1);
}

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
  g_autoptr(GArray) surface_days = NULL;
  g_autoptr(GArray) sessions = NULL;
  BkTrainingStatus *status;
  GDate first;
  guint32 plan_start = 0;
  BkStatusInput in = { 0 };

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, FIRST_POSSIBLE_YEAR);
  days = bk_run_days_read (bk_context_get_database (context), g_date_get_julian (&first), today, error);
  if (days == NULL)
    return NULL;
  sessions = bk_other_activities_days (bk_context_get_database (context), g_date_get_julian (&first), today, error);
  if (sessions == NULL)
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
  in.sessions = (BkSessionDay *) (gpointer) sessions->data;
  in.n_sessions = sessions->len;
  /* The surfaces have a daily table of their own; only the weeks shown
   * and the streak's lookback are read when not all history is wanted. */
  surface_days = bk_run_surfaces_read (bk_context_get_database (context),
                                       surfaces_from (today, in.first_day, n_weeks, g_date_get_julian (&first)),
                                       today, error);
  if (surface_days == NULL)
    return NULL;
  status = bk_training_status_compute (&in);
  status->surfaces = bk_surface_share_compute ((BkSurfaceDay *) (gpointer) surface_days->data,
                                               surface_days->len, today, in.first_day, n_weeks);
  return status;
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

