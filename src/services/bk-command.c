/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "bk-baseline-command.h"
#include "bk-command-private.h"
#include "bk-pain-report.h"

/* Reading the command line into a BkCommand, every value checked before
 * anything is opened: the table in bk-command-options.c says which
 * command was asked for, this file reads its values. */

void
bk_command_free (BkCommand *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_object (&self->run);
  g_clear_pointer (&self->export_path, g_free);
  g_clear_pointer (&self->report_path, g_free);
  g_clear_object (&self->pain);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->log_file, g_free);
  g_clear_pointer (&self->import_paths, g_strfreev);
  g_clear_object (&self->shoe);
  g_clear_pointer (&self->shoe_name, g_free);
  g_clear_pointer (&self->session, bk_session_free);
  g_free (self);
}

static gboolean
usage_error (GError     **error,
             const char  *option,
             GError      *cause)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               "--%s: %s", option, cause->message);
  return FALSE;
}

static gboolean
parse_start (const char  *text,
             GDateTime   *now,
             GDateTime  **out,
             GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  guint32 julian;
  int hour = 12, minute = 0;
  GDate date;

  /* "2026-03-14", "2026-03-14 07:30", "2026-03-14T07:30", "today" or
   * "Today 07:30": the T only counts right after a full date, or it would
   * split "TODAY". */
  if (strlen (text) > 10 && text[10] == 'T' && g_ascii_isdigit (text[0]))
    {
      parts = g_new0 (char *, 3);
      parts[0] = g_strndup (text, 10);
      parts[1] = g_strdup (text + 11);
    }
  else
    parts = g_strsplit (text, " ", 2);
  if (!bk_date_parse (parts[0], now, &julian, &local_error))
    return usage_error (error, "add-run", local_error);
  if (parts[0] != NULL && parts[1] != NULL &&
      !bk_time_parse (parts[1], &hour, &minute, &local_error))
    return usage_error (error, "add-run", local_error);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  *out = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, 0);
  return *out != NULL;
}

static gboolean
parse_add_run (BkCommand     *self,
               GVariantDict  *options,
               const char    *date_text,
               BkUnits        units,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) started = NULL;
  const char *text = NULL;
  double distance;
  gint64 duration;

  if (!parse_start (date_text, self->now, &started, error))
    return FALSE;

  if (!bk_command_lookup_string (options, "distance", &text))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--add-run needs --distance, such as --distance 10.5km"));
      return FALSE;
    }
  if (!bk_parse_distance (text, units, &distance, &local_error))
    return usage_error (error, "distance", local_error);

  if (!bk_command_lookup_string (options, "duration", &text))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--add-run needs --duration, such as --duration 55:20"));
      return FALSE;
    }
  if (!bk_parse_duration (text, &duration, &local_error))
    return usage_error (error, "duration", local_error);

  self->run = bk_run_new (started, distance, duration);

  if (bk_command_lookup_string (options, "rpe", &text))
    {
      guint64 rpe;

      if (!g_ascii_string_to_unsigned (text, 10, 1, 10, &rpe, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--rpe: “%s” is not an effort: use a whole number from 1 to 10"), text);
          return FALSE;
        }
      bk_run_set_rpe (self->run, (int) rpe);
    }

  if (bk_command_lookup_string (options, "surface", &text))
    {
      BkSurface surface;

      if (!bk_surface_from_string (text, &surface))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--surface: “%s” is not a surface: use road, trail, grass, track, "
                         "treadmill or mixed"), text);
          return FALSE;
        }
      bk_run_set_surface (self->run, surface);
    }

  if (bk_command_lookup_string (options, "elevation", &text))
    {
      double elevation;

      if (!bk_parse_elevation (text, units, &elevation, &local_error))
        return usage_error (error, "elevation", local_error);
      bk_run_set_elevation (self->run, elevation);
    }

  if (bk_command_lookup_string (options, "notes", &text))
    {
      if (!g_utf8_validate (text, -1, NULL))
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--notes: the text is not valid UTF-8"));
          return FALSE;
        }
      bk_run_set_notes (self->run, text);
    }

  if (bk_command_lookup_string (options, "shoe", &text))
    {
      self->shoe_name = bk_command_parse_shoe_name ("shoe", text, error);
      if (self->shoe_name == NULL)
        return FALSE;
    }

  if (!bk_run_validate (self->run, self->now, &local_error))
    return usage_error (error, "add-run", local_error);

  if (bk_run_is_implausibly_fast (self->run))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--distance/--duration: that pace is faster than 2:30 per km; "
                             "check the distance and the duration"));
      return FALSE;
    }

  return TRUE;
}

/* --report FILE.pdf [--from DATE] [--to DATE]: the period defaults to the
 * last BK_PAIN_REPORT_DEFAULT_DAYS days up to today. */
static gboolean
parse_report (BkCommand     *self,
              GVariantDict  *options,
              const char    *path,
              const char    *cwd,
              GDateTime     *now,
              GError       **error)
{
  const char *from = NULL, *to = NULL;

  self->kind = BK_COMMAND_REPORT;
  if (*path == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--report needs a file name, such as report.pdf"));
      return FALSE;
    }
  self->report_path = g_path_is_absolute (path) || cwd == NULL
    ? g_strdup (path)
    : g_build_filename (cwd, path, NULL);

  self->report_to = self->today;
  if (bk_command_lookup_string (options, "to", &to))
    {
      g_autoptr(GError) local_error = NULL;

      if (!bk_date_parse (to, now, &self->report_to, &local_error))
        return usage_error (error, "to", local_error);
    }
  self->report_from = self->report_to - (BK_PAIN_REPORT_DEFAULT_DAYS - 1);
  if (bk_command_lookup_string (options, "from", &from))
    {
      g_autoptr(GError) local_error = NULL;

      if (!bk_date_parse (from, now, &self->report_from, &local_error))
        return usage_error (error, "from", local_error);
    }
  if (self->report_from > self->report_to)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--from: the period must start on or before its end (--to)"));
      return FALSE;
    }
  return TRUE;
}

/* --plan-start DATE, or --clear-plan-start (0). */
static gboolean
parse_plan_start (BkCommand     *self,
                  GVariantDict  *options,
                  GDateTime     *now,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text = NULL;

  self->plan_start = 0;
  if (bk_command_lookup_string (options, "plan-start", &text) &&
      !bk_date_parse (text, now, &self->plan_start, &local_error))
    return usage_error (error, "plan-start", local_error);
  return TRUE;
}

/* --backup FILE or --restore FILE. */
static gboolean
parse_log_file (BkCommand     *self,
                GVariantDict  *options,
                const char    *name,
                const char    *cwd,
                GError       **error)
{
  const char *path = NULL;

  bk_command_lookup_string (options, name, &path);
  if (*path == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s needs a file name"), name);
      return FALSE;
    }
  self->log_file = g_path_is_absolute (path) || cwd == NULL
    ? g_strdup (path)
    : g_build_filename (cwd, path, NULL);
  return TRUE;
}

/* --import PATH... (or --import A --import B): the paths may follow the
 * option as plain arguments, which nothing else accepts. */
static gboolean
parse_import (BkCommand     *self,
              GVariantDict  *options,
              const char    *cwd,
              GError       **error)
{
  g_autofree const char **named = NULL;
  g_autofree const char **rest = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_variant_dict_lookup (options, "import", "^a&ay", &named);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &rest);
  if (named == NULL)
    {
      if (rest != NULL && rest[0] != NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unexpected argument “%s”; to import files use --import PATH…"), rest[0]);
          return FALSE;
        }
      return TRUE;
    }
  for (const char **l = named; *l != NULL; l++)
    g_ptr_array_add (paths, g_strdup (*l));
  for (const char **l = rest; l != NULL && *l != NULL; l++)
    g_ptr_array_add (paths, g_strdup (*l));
  for (guint i = 0; i < paths->len; i++)
    {
      char *path = g_ptr_array_index (paths, i);

      if (*path == '\0')
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--import: an empty path; name files, folders or archives"));
          return FALSE;
        }
      if (!g_path_is_absolute (path) && cwd != NULL)
        {
          paths->pdata[i] = g_build_filename (cwd, path, NULL);
          g_free (path);
        }
    }
  g_ptr_array_add (paths, NULL);
  self->kind = BK_COMMAND_IMPORT;
  self->import_paths = (char **) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
  return TRUE;
}

static gboolean
parse_status (BkCommand     *self,
              GVariantDict  *options,
              GError       **error)
{
  const char *today = NULL;

  self->json = g_variant_dict_contains (options, "json");
  if (bk_command_lookup_string (options, "today", &today))
    {
      g_autoptr(GError) local_error = NULL;

      if (!bk_date_parse (today, self->now, &self->today, &local_error))
        return usage_error (error, "today", local_error);
    }
  return TRUE;
}

static gboolean
parse_export_csv (BkCommand     *self,
                  GVariantDict  *options,
                  const char    *cwd,
                  GError       **error)
{
  const char *path = NULL;

  bk_command_lookup_string (options, "export-csv", &path);
  if (*path == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--export-csv needs a file name"));
      return FALSE;
    }
  /* "-" is standard output. */
  self->export_path = g_path_is_absolute (path) || cwd == NULL || g_str_equal (path, "-")
    ? g_strdup (path)
    : g_build_filename (cwd, path, NULL);
  return TRUE;
}

static gboolean
parse_baseline (BkCommand     *self,
                GVariantDict  *options,
                BkUnits        units,
                GError       **error)
{
  GError *local_error = NULL;

  bk_baseline_command_parse (options, self->now, units, &self->baseline, &local_error);
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, local_error);
  return FALSE;
}

/* The values of the command @self->kind, which the table has checked is
 * the only one. */
static gboolean
parse_values (BkCommand     *self,
              GVariantDict  *options,
              const char    *cwd,
              BkUnits        default_units,
              GError       **error)
{
  const char *text = NULL;

  switch (self->kind)
    {
    case BK_COMMAND_ADD_RUN:
      bk_command_lookup_string (options, "add-run", &text);
      return parse_add_run (self, options, text, default_units, error);
    case BK_COMMAND_STATUS:
      return parse_status (self, options, error);
    case BK_COMMAND_EXPORT_CSV:
      return parse_export_csv (self, options, cwd, error);
    case BK_COMMAND_REPORT:
      bk_command_lookup_string (options, "report", &text);
      return parse_report (self, options, text, cwd, self->now, error);
    case BK_COMMAND_PLAN_START:
      return parse_plan_start (self, options, self->now, error);
    case BK_COMMAND_ADD_PAIN:
      bk_command_lookup_string (options, "add-pain", &text);
      self->pain = bk_command_parse_add_pain (options, text, self->now, error);
      return self->pain != NULL;
    case BK_COMMAND_SEEN_CLINICIAN:
      bk_command_lookup_string (options, "seen-clinician", &text);
      self->assessment = bk_command_parse_seen_clinician (options, text, self->now, error);
      return self->assessment != NULL;
    case BK_COMMAND_BACKUP:
      return parse_log_file (self, options, "backup", cwd, error);
    case BK_COMMAND_RESTORE:
      return parse_log_file (self, options, "restore", cwd, error);
    case BK_COMMAND_BASELINE:
      return parse_baseline (self, options, default_units, error);
    case BK_COMMAND_ADD_SHOE:
      bk_command_lookup_string (options, "add-shoe", &text);
      self->shoe = bk_command_parse_add_shoe (options, text, default_units, error);
      return self->shoe != NULL;
    case BK_COMMAND_RETIRE_SHOE:
      bk_command_lookup_string (options, "retire-shoe", &text);
      self->shoe_name = bk_command_parse_shoe_name ("retire-shoe", text, error);
      return self->shoe_name != NULL;
    case BK_COMMAND_ADD_SESSION:
      bk_command_lookup_string (options, "add-session", &text);
      self->session = bk_command_parse_add_session (options, text, self->now, error);
      return self->session != NULL;
    case BK_COMMAND_IMPORT:
    case BK_COMMAND_CHECK:
    case BK_COMMAND_NONE:
    default:
      return TRUE;
    }
}

/**
 * bk_command_parse:
 * @options: the parsed command-line options
 * @cwd: (nullable): the folder relative paths are taken from
 * @now: the current time of the caller
 * @default_units: the unit a distance without one is read in
 *
 * Checks every option before anything is opened or written.
 *
 * Returns: (transfer full) (nullable): the command, of kind
 *   %BK_COMMAND_NONE when no command-line action was asked for; %NULL with
 *   @error naming the bad option.
 */
BkCommand *
bk_command_parse (GVariantDict  *options,
                  const char    *cwd,
                  GDateTime     *now,
                  BkUnits        default_units,
                  GError       **error)
{
  g_autoptr(BkCommand) self = NULL;
  const char *data_dir = NULL;
  BkCommandKind kind = BK_COMMAND_NONE;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_new0 (BkCommand, 1);
  self->now = g_date_time_ref (now);
  self->today = bk_date_julian_of (now);

  /* An empty --data-dir would silently mean the usual log. */
  if (bk_command_lookup_string (options, "data-dir", &data_dir) && *data_dir == '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--data-dir needs a folder name; leave the option out to use the usual log"));
      return NULL;
    }
  if (!bk_command_options_check (options, &kind, error) ||
      !parse_import (self, options, cwd, error))
    return NULL;
  self->kind = kind;
  if (!parse_values (self, options, cwd, default_units, error))
    return NULL;

  /* The demo is a window on throw-away data; a command would reach the
   * real log instead. */
  if (g_variant_dict_contains (options, "demo") && self->kind != BK_COMMAND_NONE)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--demo opens a window on demonstration data; it cannot be combined "
                             "with a command, which would read or change your own log"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
bk_command_get_log_file (BkCommand *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->log_file;
}

BkCommandKind
bk_command_get_kind (BkCommand *self)
{
  g_return_val_if_fail (self != NULL, BK_COMMAND_NONE);
  return self->kind;
}

