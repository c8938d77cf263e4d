/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/bk-date.h"
#include "core/bk-load.h"
#include "core/bk-units.h"
#include "store/bk-safe-file.h"
#include "bk-advice.h"
#include "bk-baseline-command.h"
#include "bk-command.h"
#include "bk-command-private.h"
#include "bk-csv.h"
#include "bk-log-care.h"
#include "bk-importer.h"
#include "bk-pain-report.h"
#include "bk-pain-status.h"
#include "bk-stretch-agenda.h"
#include "bk-status-json.h"
#include "bk-status-report.h"

/* The command-line actions, kept free of GTK so that `--status` works over
 * ssh and the same code serves a running window. */
struct _BkCommand
{
  BkCommandKind kind;
  GDateTime    *now;
  BkRun        *run;
  guint32       today;
  gboolean      json;
  char         *export_path;
  /* --report: the PDF and its period, both days inclusive. */
  char         *report_path;
  guint32       report_from;
  guint32       report_to;
  guint32       plan_start;
  BkPainEntry  *pain;
  BkClinicianAssessment *assessment;
  /* --backup, --restore: the file written or read */
  char         *log_file;
  /* --baseline (set_on 0: --clear-baseline) */
  BkBaseline    baseline;
  /* --import: absolute paths of files, folders and archives. */
  char        **import_paths;
};

#define STATUS_WEEKS 9

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
  g_free (self);
}

gboolean
bk_command_lookup_string (GVariantDict *options,
                          const char   *name,
                          const char  **out)
{
  return g_variant_dict_lookup (options, name, "&s", out) ||
         g_variant_dict_lookup (options, name, "^&ay", out);
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

static const char * const add_run_only[] = { "distance", "duration", "rpe", "surface", "elevation" };
static const char * const status_only[] = { "json", "today" };
static const char * const report_only[] = { "from", "to" };

static gboolean
check_belongs (GVariantDict  *options,
               const char    *const *names,
               gsize          n_names,
               const char    *owner,
               GError       **error)
{
  for (gsize i = 0; i < n_names; i++)
    if (g_variant_dict_contains (options, names[i]))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("--%s can only be used with --%s"), names[i], owner);
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

/* --plan-start DATE or --clear-plan-start: returns how many of the two
 * were given (0 or 1), with @error set when the date or the pair is bad. */
static guint
bk_command_parse_plan_start (BkCommand     *self,
                             GVariantDict  *options,
                             GDateTime     *now,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text = NULL;
  gboolean set = bk_command_lookup_string (options, "plan-start", &text);
  gboolean clear = g_variant_dict_contains (options, "clear-plan-start");

  if (!set && !clear)
    return 0;
  if (set && clear)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Use either --plan-start or --clear-plan-start, not both"));
      return 2;
    }
  self->kind = BK_COMMAND_PLAN_START;
  self->plan_start = 0;
  if (set && !bk_date_parse (text, now, &self->plan_start, &local_error))
    {
      usage_error (error, "plan-start", local_error);
      return 1;
    }
  return 1;
}

/* --backup FILE, --restore FILE, --check: returns how many were given,
 * with @error set when a file name is missing. */
static guint
bk_command_parse_log_care (BkCommand     *self,
                           GVariantDict  *options,
                           const char    *cwd,
                           GError       **error)
{
  static const struct { const char *name; BkCommandKind kind; } actions[] = {
    { "backup", BK_COMMAND_BACKUP },
    { "restore", BK_COMMAND_RESTORE },
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      const char *path = NULL;

      if (!bk_command_lookup_string (options, actions[i].name, &path))
        continue;
      n++;
      self->kind = actions[i].kind;
      if (*path == '\0')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--%s needs a file name"), actions[i].name);
          return n;
        }
      g_free (self->log_file);
      self->log_file = g_path_is_absolute (path) || cwd == NULL
        ? g_strdup (path)
        : g_build_filename (cwd, path, NULL);
    }
  if (g_variant_dict_contains (options, "check"))
    {
      n++;
      self->kind = BK_COMMAND_CHECK;
    }
  return n;
}

/* --import PATH... (or --import A --import B): the paths may follow the
 * option as plain arguments, which nothing else accepts. */
static gboolean
parse_import (BkCommand     *self,
              GVariantDict  *options,
              const char    *cwd,
              guint          n_other_actions,
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
  if (n_other_actions > 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--import cannot be combined with another command such as --add-run, --status or --export-csv"));
      return FALSE;
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
  g_autoptr(BkCommand) self = g_new0 (BkCommand, 1);
  const char *add_run_date = NULL;
  const char *export_path = NULL;
  const char *report_path = NULL;
  const char *add_pain_date = NULL;
  const char *seen_date = NULL;
  gboolean status = g_variant_dict_contains (options, "status");
  guint n_actions = 0;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self->now = g_date_time_ref (now);
  self->today = bk_date_julian_of (now);

  {
    const char *data_dir = NULL;

    /* An empty --data-dir would silently mean the usual log. */
    if (bk_command_lookup_string (options, "data-dir", &data_dir) && *data_dir == '\0')
      {
        g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                             _("--data-dir needs a folder name; leave the option out to use the usual log"));
        return NULL;
      }
  }
  bk_command_lookup_string (options, "add-run", &add_run_date);
  bk_command_lookup_string (options, "export-csv", &export_path);
  bk_command_lookup_string (options, "report", &report_path);
  bk_command_lookup_string (options, "add-pain", &add_pain_date);
  bk_command_lookup_string (options, "seen-clinician", &seen_date);
  {
    GError *plan_error = NULL;
    guint plan = bk_command_parse_plan_start (self, options, now, &plan_error);

    if (plan_error != NULL)
      {
        g_propagate_error (error, plan_error);
        return NULL;
      }
    n_actions = (add_run_date != NULL) + status + (export_path != NULL) + (report_path != NULL) + plan +
                (add_pain_date != NULL) + (seen_date != NULL);
    n_actions += bk_command_parse_log_care (self, options, cwd, &plan_error);
    if (plan_error != NULL)
      {
        g_propagate_error (error, plan_error);
        return NULL;
      }
  }
  {
    GError *baseline_error = NULL;
    guint baseline = bk_baseline_command_parse (options, now, default_units, &self->baseline, &baseline_error);

    if (baseline_error != NULL)
      {
        g_propagate_error (error, baseline_error);
        return NULL;
      }
    if (baseline > 0)
      self->kind = BK_COMMAND_BASELINE;
    n_actions += baseline;
  }
  if (!parse_import (self, options, cwd, n_actions, error))
    return NULL;
  if (n_actions > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Use only one of --add-run, --add-pain, --seen-clinician, --status, --export-csv, "
                             "--report, --plan-start, --baseline, --backup, --restore and --check at a time"));
      return NULL;
    }
  if (add_pain_date == NULL &&
      !check_belongs (options, bk_command_add_pain_only, bk_command_n_add_pain_only, "add-pain", error))
    return NULL;
  if (seen_date == NULL &&
      !check_belongs (options, bk_command_seen_clinician_only, bk_command_n_seen_clinician_only,
                      "seen-clinician", error))
    return NULL;
  if (add_run_date == NULL && add_pain_date == NULL && seen_date == NULL &&
      g_variant_dict_contains (options, "notes"))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--notes can only be used with --add-run, --add-pain or --seen-clinician"));
      return NULL;
    }
  if (report_path == NULL &&
      !check_belongs (options, report_only, G_N_ELEMENTS (report_only), "report", error))
    return NULL;

  if (add_run_date == NULL &&
      !check_belongs (options, add_run_only, G_N_ELEMENTS (add_run_only), "add-run", error))
    return NULL;
  if (!status && self->kind == BK_COMMAND_BASELINE && g_variant_dict_contains (options, "json"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s can only be used with --%s"), "json", "status");
      return NULL;
    }
  /* --today also dates a --baseline. */
  if (!status && self->kind != BK_COMMAND_BASELINE &&
      !check_belongs (options, status_only, G_N_ELEMENTS (status_only), "status", error))
    return NULL;

  if (add_run_date != NULL)
    {
      self->kind = BK_COMMAND_ADD_RUN;
      if (!parse_add_run (self, options, add_run_date, default_units, error))
        return NULL;
    }
  else if (status)
    {
      const char *today = NULL;

      self->kind = BK_COMMAND_STATUS;
      self->json = g_variant_dict_contains (options, "json");
      if (bk_command_lookup_string (options, "today", &today))
        {
          g_autoptr(GError) local_error = NULL;

          if (!bk_date_parse (today, now, &self->today, &local_error))
            {
              usage_error (error, "today", local_error);
              return NULL;
            }
        }
    }
  else if (export_path != NULL)
    {
      self->kind = BK_COMMAND_EXPORT_CSV;
      if (*export_path == '\0')
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--export-csv needs a file name"));
          return NULL;
        }
      self->export_path = g_path_is_absolute (export_path) || cwd == NULL ||
                          g_str_equal (export_path, "-")
        ? g_strdup (export_path)
        : g_build_filename (cwd, export_path, NULL);
    }
  else if (report_path != NULL && !parse_report (self, options, report_path, cwd, now, error))
    return NULL;
  else if (add_pain_date != NULL)
    {
      self->kind = BK_COMMAND_ADD_PAIN;
      self->pain = bk_command_parse_add_pain (options, add_pain_date, now, error);
      if (self->pain == NULL)
        return NULL;
    }
  else if (seen_date != NULL)
    {
      self->kind = BK_COMMAND_SEEN_CLINICIAN;
      self->assessment = bk_command_parse_seen_clinician (options, seen_date, now, error);
      if (self->assessment == NULL)
        return NULL;
    }

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

/* The moment the advice is judged at: now, or the end of --today. */
static GDateTime *
status_moment (BkCommand *self)
{
  g_autoptr(GTimeZone) zone = NULL;
  GDate date;

  if (self->today == bk_date_julian_of (self->now))
    return g_date_time_ref (self->now);
  zone = g_time_zone_new_local ();
  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->today);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 23, 59, 59);
}

static int
run_status (BkCommand *self,
            BkContext *context,
            GString   *out,
            GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GDateTime) moment = status_moment (self);
  g_autoptr(BkAdviceEpisode) episode = NULL;
  GDateWeekday first_day = bk_context_get_first_weekday (context);
  BkUnits units = bk_context_get_units (context);
  guint32 from = bk_date_week_start (self->today, first_day) - 7 * (STATUS_WEEKS - 1);
  const BkWeekTotal *this_week, *last_week;
  g_autoptr(BkTrainingStatus) training = NULL;

  training = bk_status_report_compute (context, self->today, BK_STATUS_WEEKS, &error);
  if (training == NULL)
    {
      g_string_append_printf (err, _("Could not read the training log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  days = bk_run_store_daily_totals (bk_context_get_run_store (context), from, self->today, &error);
  if (days == NULL)
    {
      g_string_append_printf (err, _("Could not read the training log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  episode = bk_advice_get_current (context, moment, &error);
  if (episode == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  weeks = bk_weekly_totals ((BkDayTotal *) (gpointer) days->data, days->len,
                            self->today, first_day, STATUS_WEEKS);
  this_week = &g_array_index (weeks, BkWeekTotal, STATUS_WEEKS - 1);
  last_week = &g_array_index (weeks, BkWeekTotal, STATUS_WEEKS - 2);

  if (self->json)
    {
      g_autofree char *json = bk_status_json_build (context, self->now, self->today, training,
                                                    this_week, last_week, episode);

      g_string_append (out, json);
      return BK_EXIT_OK;
    }

  /* The advice first, in full: under urgent advice the rest is only the
   * log's plain numbers. */
  bk_pain_status_append_advice (episode, out);
  {
    g_autofree char *today_text = bk_date_format_long (self->today);

    g_string_append_printf (out, _("Training on %s\n\n"), today_text);
  }
  for (int which = 0; which < 2; which++)
    {
      const BkWeekTotal *week = which == 0 ? this_week : last_week;
      g_autofree char *distance = bk_format_distance_short (week->distance_m, units);
      g_autofree char *duration = bk_format_duration (week->duration_s);

      g_string_append_printf (out,
                              ngettext ("%s: %s in %s, %u run\n", "%s: %s in %s, %u runs\n",
                                        week->runs),
                              which == 0 ? _("This week") : _("Last week"),
                              distance, duration, week->runs);
    }

  bk_status_report_append_text (training, units, episode, out);
  bk_pain_status_append (context, episode, out, err);
  if (!bk_advice_episode_withholds_training (episode))
    bk_stretch_status_append (context, self->now, out);
  return BK_EXIT_OK;
}

static int
run_export_csv (BkCommand *self,
                BkContext *context,
                GString   *out,
                GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GString) csv = NULL;

  runs = bk_run_store_list (bk_context_get_run_store (context), 0, 0, &error);
  if (runs == NULL)
    {
      g_string_append_printf (err, _("Could not read the training log: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  csv = bk_csv_format_runs (runs);

  /* "-" is standard output, for a pipe. */
  if (g_str_equal (self->export_path, "-"))
    {
      g_string_append_len (out, csv->str, csv->len);
      return BK_EXIT_OK;
    }
  if (!bk_safe_file_set_contents (self->export_path, csv->str, csv->len, &error))
    {
      g_string_append_printf (err, "%s\n", error->message);
      return BK_EXIT_FAILURE;
    }
  g_string_append_printf (out, ngettext ("Exported %u run to %s\n", "Exported %u runs to %s\n", runs->len),
                          runs->len, self->export_path);
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
      return run_status (self, context, out, err);
    case BK_COMMAND_EXPORT_CSV:
      return run_export_csv (self, context, out, err);
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
    case BK_COMMAND_NONE:
    default:
      return BK_EXIT_OK;
    }
}
