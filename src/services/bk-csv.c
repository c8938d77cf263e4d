/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-csv"

#include "bk-config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-run.h"
#include "store/bk-other-activities.h"
#include "store/bk-safe-file.h"
#include "store/bk-shoe-store.h"
#include "bk-command.h"
#include "bk-csv.h"

/**
 * bk_csv_append_field:
 *
 * Appends one cell. A cell a spreadsheet would read as a formula (one that
 * starts with =, +, -, @, a tab or a carriage return) gets a leading single
 * quote, OWASP's rule against CSV injection; a cell with a comma, a quote
 * or a line break is quoted.
 */
void
bk_csv_append_field (GString    *line,
                     const char *text)
{
  gboolean formula;

  g_return_if_fail (line != NULL);

  if (text == NULL)
    text = "";
  formula = strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';
  if (strpbrk (text, ",\"\n\r") == NULL)
    {
      if (formula)
        g_string_append_c (line, '\'');
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static void
append_number (GString    *s,
               const char *format,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_formatd (buf, sizeof buf, format, value));
}

/* The name of the pair @id in @shoes, or "". */
static const char *
shoe_name (GPtrArray *shoes,
           gint64     id)
{
  for (guint i = 0; id > 0 && shoes != NULL && i < shoes->len; i++)
    if (bk_shoe_get_id (shoes->pdata[i]) == id)
      return bk_shoe_get_name (shoes->pdata[i]);
  return "";
}

/* A session that is not a run, in the same columns: no surface,
 * elevation or shoe, its kind in the last. */
static void
append_session (GString         *csv,
                const BkSession *session)
{
  g_autofree char *started = bk_date_time_to_rfc3339 (session->started_at);

  g_string_append_printf (csv, "%" G_GINT64_FORMAT ",%s,", session->id, started);
  if (session->distance_m >= 0)
    append_number (csv, "%.1f", session->distance_m);
  g_string_append_printf (csv, ",%" G_GINT64_FORMAT ",", session->duration_s);
  if (session->rpe > 0)
    g_string_append_printf (csv, "%d", session->rpe);
  g_string_append (csv, ",,,");
  bk_csv_append_field (csv, session->notes);
  g_string_append (csv, ",,,");
  g_string_append (csv, bk_session_kind_to_string (session->kind));
  g_string_append_c (csv, '\n');
}

/**
 * bk_csv_format_runs:
 * @runs: (element-type BkRun): newest first, as the store lists them
 * @shoes: (element-type BkShoe) (nullable): every pair, retired too, for
 *   the shoe column
 * @sessions: (element-type BkSession) (nullable): sessions that are not
 *   runs, oldest first, as bk_other_activities_list() gives them
 *
 * Returns: the CSV text, oldest first, the order a spreadsheet reads a log
 *   in; the last column says "run" or the session's kind
 */
GString *
bk_csv_format_runs (GPtrArray *runs,
                    GPtrArray *shoes,
                    GPtrArray *sessions)
{
  GString *csv = g_string_new ("id,started_at,distance_m,duration_s,rpe,surface,elevation_m,notes,source,shoe,kind\n");
  guint next_session = 0;

  g_return_val_if_fail (runs != NULL, csv);

  for (guint i = runs->len; i > 0; i--)
    {
      BkRun *run = g_ptr_array_index (runs, i - 1);
      g_autofree char *started = NULL;

      /* The sessions before this run come first. */
      while (sessions != NULL && next_session < sessions->len &&
             g_date_time_compare (((BkSession *) sessions->pdata[next_session])->started_at,
                                  bk_run_get_started_at (run)) < 0)
        append_session (csv, sessions->pdata[next_session++]);
      started = bk_date_time_to_rfc3339 (bk_run_get_started_at (run));
      const char *surface = bk_surface_to_string (bk_run_get_surface (run));

      g_string_append_printf (csv, "%" G_GINT64_FORMAT ",%s,", bk_run_get_id (run), started);
      append_number (csv, "%.1f", bk_run_get_distance (run));
      g_string_append_printf (csv, ",%" G_GINT64_FORMAT ",", bk_run_get_duration (run));
      if (bk_run_get_rpe (run) > 0)
        g_string_append_printf (csv, "%d", bk_run_get_rpe (run));
      g_string_append_printf (csv, ",%s,", surface != NULL ? surface : "");
      if (bk_run_get_elevation (run) >= 0)
        append_number (csv, "%.0f", bk_run_get_elevation (run));
      g_string_append_c (csv, ',');
      bk_csv_append_field (csv, bk_run_get_notes (run));
      g_string_append_c (csv, ',');
      bk_csv_append_field (csv, bk_run_get_source (run));
      g_string_append_c (csv, ',');
      bk_csv_append_field (csv, shoe_name (shoes, bk_run_get_shoe_id (run)));
      g_string_append (csv, ",run\n");
    }
  while (sessions != NULL && next_session < sessions->len)
    append_session (csv, sessions->pdata[next_session++]);
  return csv;
}

/* The whole log as CSV, or %NULL with @error saying the log could not be read. */
static GString *
format_log (BkContext  *context,
            guint      *out_n_runs,
            GError    **error)
{
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) local_error = NULL;

  runs = bk_run_store_list (bk_context_get_run_store (context), 0, 0, &local_error);
  if (runs != NULL)
    shoes = bk_shoe_store_list (bk_context_get_database (context), TRUE, &local_error);
  if (shoes != NULL)
    sessions = bk_other_activities_list (bk_context_get_database (context), 1, G_MAXINT32 / 2, &local_error);
  if (sessions == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read the training log: %s"), local_error->message);
      return NULL;
    }
  if (out_n_runs != NULL)
    *out_n_runs = runs->len;
  return bk_csv_format_runs (runs, shoes, sessions);
}

/**
 * bk_csv_export_runs:
 * @path: the file to write; replaced only once the new one is complete
 * @out_n_runs: (out) (optional): how many runs were written
 *
 * Writes the whole log as CSV, as `--export-csv` does, for the window.
 */
gboolean
bk_csv_export_runs (BkContext   *context,
                    const char  *path,
                    guint       *out_n_runs,
                    GError     **error)
{
  g_autoptr(GString) csv = NULL;
  guint n_runs = 0;

  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  csv = format_log (context, &n_runs, error);
  if (csv == NULL || !bk_safe_file_set_contents (path, csv->str, csv->len, error))
    return FALSE;
  if (out_n_runs != NULL)
    *out_n_runs = n_runs;
  return TRUE;
}

/**
 * bk_csv_export_command:
 * @path: the file to write, or "-" for @out (a pipe)
 *
 * `--export-csv`: every run of the log, written whole or not at all.
 *
 * Returns: the exit status
 */
int
bk_csv_export_command (BkContext  *context,
                       const char *path,
                       GString    *out,
                       GString    *err)
{
  g_autoptr(GError) error = NULL;
  guint n_runs = 0;

  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_EXIT_FAILURE);
  g_return_val_if_fail (path != NULL, BK_EXIT_FAILURE);

  /* "-" is standard output, for a pipe. */
  if (g_str_equal (path, "-"))
    {
      g_autoptr(GString) csv = format_log (context, NULL, &error);

      if (csv == NULL)
        {
          g_string_append_printf (err, "%s\n", error->message);
          return BK_EXIT_FAILURE;
        }
      g_string_append_len (out, csv->str, csv->len);
      return BK_EXIT_OK;
    }
  if (!bk_csv_export_runs (context, path, &n_runs, &error))
    {
      g_string_append_printf (err, "%s\n", error->message);
      return BK_EXIT_FAILURE;
    }
  g_string_append_printf (out, ngettext ("Exported %u run to %s\n", "Exported %u runs to %s\n", n_runs),
                          n_runs, path);
  return BK_EXIT_OK;
}
