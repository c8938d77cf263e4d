/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-baseline-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "store/bk-training-settings.h"
#include "bk-baseline-command.h"
#include "bk-command.h"
#include "bk-command-options.h"

/* --baseline --longest D --weekly D [--today DATE] and --clear-baseline:
 * the runner's own account of their recent running (training-science.md
 * section 8), checked in full before anything is opened. */

static gboolean
parse_distance (GVariantDict  *options,
                const char    *name,
                BkUnits        units,
                double        *out,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text = NULL;

  if (!bk_command_lookup_string (options, name, &text))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--baseline needs --%s, such as --%s %s"), name, name,
                   g_str_equal (name, "longest") ? "14km" : "30km");
      return FALSE;
    }
  if (!bk_parse_distance (text, units, out, &local_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--%s: %s", name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_baseline_command_parse:
 * @out_baseline: (out): the baseline to store; set_on 0 for --clear-baseline
 *
 * Returns: how many baseline actions were asked for (0 or 1), with @error
 *   set when an option is missing or bad
 */
guint
bk_baseline_command_parse (GVariantDict  *options,
                           GDateTime     *now,
                           BkUnits        units,
                           BkBaseline    *out_baseline,
                           GError       **error)
{
  gboolean set = g_variant_dict_contains (options, "baseline");
  gboolean clear = g_variant_dict_contains (options, "clear-baseline");
  guint32 today = bk_date_julian_of (now);
  const char *day_text = NULL;

  /* Which options go together is the table's business
   * (bk-command-options.c). */
  *out_baseline = (BkBaseline) { 0, 0, 0 };
  if (!set && !clear)
    return 0;
  if (clear)
    return 1;

  if (!parse_distance (options, "longest", units, &out_baseline->longest_m, error) ||
      !parse_distance (options, "weekly", units, &out_baseline->weekly_m, error))
    return 1;
  out_baseline->set_on = today;
  if (bk_command_lookup_string (options, "today", &day_text))
    {
      g_autoptr(GError) local_error = NULL;

      if (!bk_date_parse (day_text, now, &out_baseline->set_on, &local_error))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--today: %s", local_error->message);
          return 1;
        }
      if (out_baseline->set_on > today)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--today: a baseline describes running already done; use today or an "
                                 "earlier day"));
          return 1;
        }
    }
  return 1;
}

int
bk_baseline_command_run (const BkBaseline *baseline,
                         BkContext        *context,
                         GString          *out,
                         GString          *err)
{
  g_autoptr(GError) error = NULL;
  BkDatabase *database = bk_context_get_database (context);
  BkUnits units = bk_context_get_units (context);

  if (!bk_training_settings_set_baseline (database, baseline, &error))
    {
      g_string_append_printf (err, _("Could not save the baseline: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  /* Answering here counts as answering the welcome page. */
  if (baseline->set_on != 0 && !bk_training_settings_set (database, BK_TRAINING_WELCOMED, "1", &error))
    g_debug ("Could not note the welcome as answered: %s", error->message);
  bk_context_training_settings_changed (context);

  if (baseline->set_on == 0)
    {
      g_string_append (out, _("Removed your stated recent running; runs are compared with your log alone\n"));
      return BK_EXIT_OK;
    }
  {
    g_autofree char *date = bk_date_format_long (baseline->set_on);
    g_autofree char *longest = bk_format_distance (baseline->longest_m, units);
    g_autofree char *weekly = bk_format_distance (baseline->weekly_m, units);

    g_string_append_printf (out, _("Your recent running as of %s: longest run %s, a typical week %s\n"),
                            date, longest, weekly);
  }
  return BK_EXIT_OK;
}
