/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "bk-baseline-command.h"
#include "bk-command-private.h"
#include "bk-csv.h"
#include "bk-importer.h"
#include "bk-log-care.h"
#include "bk-pain-report.h"
#include "bk-status.h"
#include "bk-status-report.h"

/* Carrying out a command that bk_command_parse() read: here against the
 * log, with what to print gathered in @out and @err for the caller. */

static int
run_add (BkCommand *self,
         BkContext *context,
         GString   *out,
         GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *distance = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *pace = NULL;
  BkUnits units = bk_context_get_units (context);

  /* An unknown pair is refused before the run is written. */
  if (self->shoe_name != NULL)
    {
      gint64 shoe_id = 0;
      int status = bk_command_find_shoe (context, "shoe", self->shoe_name, &shoe_id, err);

      if (status != BK_EXIT_OK)
        return status;
      bk_run_set_shoe_id (self->run, shoe_id);
    }

  if (!bk_run_store_add (bk_context_get_run_store (context), self->run, &error))
    {
      g_string_append_printf (err, _("Could not save the run: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }

  date = bk_date_format_long (bk_run_get_julian (self->run));
  distance = bk_format_distance (bk_run_get_distance (self->run), units);
  duration = bk_format_duration (bk_run_get_duration (self->run));
  pace = bk_format_pace (bk_run_get_distance (self->run), bk_run_get_duration (self->run), units);
  g_string_append_printf (out, _("Added a run on %s: %s in %s (%s)\n"),
                          date, distance, duration, pace);
  return BK_EXIT_OK;
}

static int
run_report (BkCommand *self,
            BkContext *context,
            GString   *out,
            GString   *err)
{
  g_autoptr(GError) error = NULL;
  guint n_entries = 0;

  if (!bk_pain_report_write (context, self->report_path, self->report_from, self->report_to,
                             self->now, &n_entries, &error))
    {
      g_string_append_printf (err, "%s\n", error->message);
      return BK_EXIT_FAILURE;
    }
  g_string_append_printf (out, ngettext ("Wrote a report of %u pain entry to %s\n",
                                         "Wrote a report of %u pain entries to %s\n", n_entries),
                          n_entries, self->report_path);
  return BK_EXIT_OK;
}

static int
run_plan_start (BkCommand *self,
                BkContext *context,
                GString   *out,
                GString   *err)
{
  g_autoptr(GError) error = NULL;

  if (!bk_status_report_set_plan_start (context, self->plan_start, &error))
    {
      g_string_append_printf (err, _("Could not save the plan start: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  bk_context_training_settings_changed (context);
  if (self->plan_start == 0)
    g_string_append (out, _("Forgot the plan start; training blocks are detected from the log again\n"));
  else
    {
      g_autofree char *date = bk_date_format_long (self->plan_start);

      g_string_append_printf (out, _("Your plan started on %s\n"), date);
    }
  return BK_EXIT_OK;
}

static int
run_import (BkCommand *self,
            BkContext *context,
            GString   *out,
            GString   *err)
{
  g_autoptr(BkImportSummary) summary = bk_import_paths (context, (const char * const *) self->import_paths, NULL);

  bk_import_summary_format (summary, out, err);
  /* Duplicates and other sports are not failures; a file that could not
   * be read is, though the rest were still imported. */
  return summary->problems->len > 0 ? BK_EXIT_FAILURE : BK_EXIT_OK;
}

/**
 * bk_command_run:
 * @out: what to print on standard output
 * @err: what to print on standard error
 *
 * Returns: the exit status
 */
int
bk_command_run (BkCommand *self,
                BkContext *context,
                GString   *out,
                GString   *err)
{
  g_return_val_if_fail (self != NULL, BK_EXIT_FAILURE);
  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_EXIT_FAILURE);

  switch (self->kind)
    {
    case BK_COMMAND_ADD_RUN:
      return run_add (self, context, out, err);
    case BK_COMMAND_STATUS:
      return bk_status_print (context, self->now, self->today, self->json, out, err);
    case BK_COMMAND_EXPORT_CSV:
      return bk_csv_export_command (context, self->export_path, out, err);
    case BK_COMMAND_REPORT:
      return run_report (self, context, out, err);
    case BK_COMMAND_PLAN_START:
      return run_plan_start (self, context, out, err);
    case BK_COMMAND_ADD_PAIN:
      return bk_command_run_add_pain (self->pain, context, self->now, out, err);
    case BK_COMMAND_SEEN_CLINICIAN:
      return bk_command_run_seen_clinician (self->assessment, context, self->now, out, err);
    case BK_COMMAND_BACKUP:
      return bk_log_care_backup (context, self->log_file, out, err);
    case BK_COMMAND_CHECK:
      return bk_log_care_check (context, out, err);
    case BK_COMMAND_RESTORE:
      return bk_log_care_restore (bk_context_get_data_dir (context), self->log_file, self->now, out, err);
    case BK_COMMAND_BASELINE:
      return bk_baseline_command_run (&self->baseline, context, out, err);
    case BK_COMMAND_IMPORT:
      return run_import (self, context, out, err);
    case BK_COMMAND_ADD_SHOE:
      return bk_command_run_add_shoe (self->shoe, context, out, err);
    case BK_COMMAND_RETIRE_SHOE:
      return bk_command_run_retire_shoe (self->shoe_name, context, out, err);
    case BK_COMMAND_ADD_SESSION:
      return bk_command_run_add_session (self->session, context, out, err);
    case BK_COMMAND_NONE:
    default:
      return BK_EXIT_OK;
    }
}
