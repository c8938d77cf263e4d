/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-command-options.h"

/* One row an option. A command (kind set) asks for an action, and only
 * one may be given; a row with `with` belongs to those commands and is
 * refused without them; `either` names the command's opposite, which
 * cannot be given with it. The help text is the entries' descriptions,
 * in this order. */
typedef struct
{
  GOptionEntry  entry;
  BkCommandKind kind;
  const char   *either;
  const char   *with[4];
} BkCommandOption;

#define OPTION(name, type, help, arg) { name, 0, 0, G_OPTION_ARG_##type, NULL, help, arg }

static const BkCommandOption options_table[] = {
  { OPTION ("data-dir", FILENAME, N_("Keep the training log in DIR instead of the usual place"), N_("DIR")) },
  { OPTION ("demo", NONE, N_("Open on a throw-away copy of sixteen weeks of demonstration runs"), NULL) },
  { OPTION ("add-run", STRING, N_("Log a run on DATE (YYYY-MM-DD, optionally followed by HH:MM)"), N_("DATE")),
    BK_COMMAND_ADD_RUN },
  { OPTION ("distance", STRING, N_("With --add-run: the distance, such as 10.5km or 6.2mi"), N_("DISTANCE")),
    .with = { "add-run" } },
  { OPTION ("duration", STRING, N_("With --add-run or --add-session: the time, such as 55:20, 1:02:03 or 55m"),
            N_("TIME")),
    .with = { "add-run", "add-session" } },
  { OPTION ("rpe", STRING, N_("With --add-run: how hard the run felt, 1 to 10"), N_("N")),
    .with = { "add-run" } },
  { OPTION ("surface", STRING, N_("With --add-run: road, trail, grass, track, treadmill or mixed"), N_("SURFACE")),
    .with = { "add-run" } },
  { OPTION ("elevation", STRING, N_("With --add-run: the elevation gain, such as 120 or 400ft"), N_("GAIN")),
    .with = { "add-run" } },
  { OPTION ("shoe", STRING, N_("With --add-run: the shoes you ran in, by the name given with --add-shoe"),
            N_("NAME")),
    .with = { "add-run" } },
  { OPTION ("notes", STRING,
            N_("With --add-run, --add-pain, --seen-clinician or --add-session: a note to keep with it"),
            N_("TEXT")),
    .with = { "add-run", "add-pain", "seen-clinician", "add-session" } },
  { OPTION ("add-pain", STRING, N_("Record back pain felt on DATE (YYYY-MM-DD, optionally followed by HH:MM)"),
            N_("DATE")),
    BK_COMMAND_ADD_PAIN },
  { OPTION ("rating", STRING, N_("With --add-pain: how much it hurts, 0 (no pain) to 10 (worst imaginable)"),
            N_("N")),
    .with = { "add-pain" } },
  { OPTION ("context", STRING, N_("With --add-pain: during-run, after-run, next-morning or at-rest (the default)"),
            N_("WHEN")),
    .with = { "add-pain" } },
  { OPTION ("minutes-in", STRING, N_("With --add-pain --context during-run: minutes into the run the pain began"),
            N_("N")),
    .with = { "add-pain" } },
  { OPTION ("where", STRING, N_("With --add-pain: places such as central-lower-back,left-sacroiliac-joint"),
            N_("IDS")),
    .with = { "add-pain" } },
  { OPTION ("spreads", STRING, N_("With --add-pain: how far it spreads: none, buttock, thigh or below-knee"),
            N_("WHERE")),
    .with = { "add-pain" } },
  { OPTION ("signs", STRING, N_("With --add-pain: leg signs: tingling, numbness, leg-weakness"), N_("IDS")),
    .with = { "add-pain" } },
  { OPTION ("red-flags", STRING, N_("With --add-pain: the warning signs that apply, or none (left out: not asked)"),
            N_("IDS")),
    .with = { "add-pain" } },
  { OPTION ("seen-clinician", STRING, N_("Record that a clinician assessed your back on DATE"), N_("DATE")),
    BK_COMMAND_SEEN_CLINICIAN },
  { OPTION ("outcome", STRING, N_("With --seen-clinician: cleared or not-cleared (to run)"), N_("OUTCOME")),
    .with = { "seen-clinician" } },
  { OPTION ("add-shoe", STRING, N_("Add a pair of shoes called NAME, to count the distance run in them"),
            N_("NAME")),
    BK_COMMAND_ADD_SHOE },
  { OPTION ("shoe-limit", STRING,
            N_("With --add-shoe: the distance at which to retire them (default 700km, or 435mi)"), N_("DISTANCE")),
    .with = { "add-shoe" } },
  { OPTION ("shoe-start", STRING, N_("With --add-shoe: the distance already on them, such as 120km"),
            N_("DISTANCE")),
    .with = { "add-shoe" } },
  { OPTION ("retire-shoe", STRING, N_("Retire the pair of shoes called NAME: kept, but no longer offered"),
            N_("NAME")),
    BK_COMMAND_RETIRE_SHOE },
  { OPTION ("add-session", STRING,
            N_("Log a session that is not a run: aqua-jogging, cycling, elliptical, swimming, strength or other"),
            N_("KIND")),
    BK_COMMAND_ADD_SESSION },
  { OPTION ("effort", STRING, N_("With --add-session: how hard it felt, 1 to 10"), N_("N")),
    .with = { "add-session" } },
  { OPTION ("date", STRING,
            N_("With --add-session: when, DATE (YYYY-MM-DD, optionally followed by HH:MM); the default is now"),
            N_("DATE")),
    .with = { "add-session" } },
  { OPTION ("status", NONE, N_("Print this week's and recent weeks' training"), NULL),
    BK_COMMAND_STATUS },
  { OPTION ("json", NONE, N_("With --status: print JSON (metres and seconds)"), NULL),
    .with = { "status" } },
  { OPTION ("today", STRING,
            N_("With --status: report as of DATE instead of today; with --baseline: the day it describes"),
            N_("DATE")),
    .with = { "status", "baseline", "clear-baseline" } },
  { OPTION ("plan-start", STRING, N_("Record that a new training plan started on DATE (YYYY-MM-DD)"), N_("DATE")),
    BK_COMMAND_PLAN_START, "clear-plan-start" },
  { OPTION ("clear-plan-start", NONE, N_("Forget the plan start date and detect training blocks again"), NULL),
    BK_COMMAND_PLAN_START },
  { OPTION ("baseline", NONE,
            N_("Record your recent running, for a log that does not cover the last 30 days yet "
               "(with --longest and --weekly)"), NULL),
    BK_COMMAND_BASELINE, "clear-baseline" },
  { OPTION ("longest", STRING, N_("With --baseline: your longest run in the last 30 days, such as 14km"),
            N_("DISTANCE")),
    .with = { "baseline" } },
  { OPTION ("weekly", STRING, N_("With --baseline: a typical week's distance, such as 30km"), N_("DISTANCE")),
    .with = { "baseline" } },
  { OPTION ("clear-baseline", NONE, N_("Forget the recent running you recorded with --baseline"), NULL),
    BK_COMMAND_BASELINE },
  { OPTION ("import", FILENAME_ARRAY,
            N_("Import runs from GPX, TCX and FIT files, folders, .gz and .zip archives, "
               "and Strava and Garmin Connect exports"), N_("PATH…")),
    BK_COMMAND_IMPORT },
  { OPTION (G_OPTION_REMAINING, FILENAME_ARRAY, NULL, N_("[PATH…]")) },
  { OPTION ("export-csv", FILENAME, N_("Write every run to FILE as CSV"), N_("FILE")),
    BK_COMMAND_EXPORT_CSV },
  { OPTION ("report", FILENAME, N_("Write a back pain report for a clinician to FILE (PDF)"), N_("FILE")),
    BK_COMMAND_REPORT },
  { OPTION ("from", STRING, N_("With --report: the first day of the period (default: twelve weeks before --to)"),
            N_("DATE")),
    .with = { "report" } },
  { OPTION ("to", STRING, N_("With --report: the last day of the period (default: today)"), N_("DATE")),
    .with = { "report" } },
  { OPTION ("backup", FILENAME, N_("Copy the training log to FILE, safely, even while it is in use"), N_("FILE")),
    BK_COMMAND_BACKUP },
  { OPTION ("restore", FILENAME,
            N_("Replace the training log with the backup FILE, after checking it; the current log is kept as a backup"),
            N_("FILE")),
    BK_COMMAND_RESTORE },
  { OPTION ("check", NONE, N_("Check every page and index of the training log"), NULL),
    BK_COMMAND_CHECK },
  { OPTION ("background", NONE, N_("Run without a window, to deliver stretching reminders"), NULL) },
  { OPTION ("version", NONE, N_("Print the version and exit"), NULL) },
};

#undef OPTION

/**
 * bk_command_option_entries:
 *
 * Returns: (transfer none): the entries for
 *   g_application_add_main_option_entries(), ending with an empty one
 */
const GOptionEntry *
bk_command_option_entries (void)
{
  static GOptionEntry entries[G_N_ELEMENTS (options_table) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (options_table); i++)
        entries[i] = options_table[i].entry;
      g_once_init_leave (&initialized, 1);
    }
  return entries;
}

/**
 * bk_command_lookup_string:
 *
 * A string option, given as text or as a file name.
 */
gboolean
bk_command_lookup_string (GVariantDict *options,
                          const char   *name,
                          const char  **out)
{
  return g_variant_dict_lookup (options, name, "&s", out) ||
         g_variant_dict_lookup (options, name, "^&ay", out);
}

/* "--a, --b and --c" (@conjunction: "%s and %s" or "%s or %s"), leaving
 * out the --clear- opposites, which go without saying. */
static char *
join_options (const char * const *names,
              gsize               n_names,
              const char         *conjunction)
{
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = NULL;

  for (gsize i = 0; i < n_names && names[i] != NULL; i++)
    if (!g_str_has_prefix (names[i], "clear-"))
      g_ptr_array_add (listed, g_strconcat ("--", names[i], NULL));
  if (listed->len == 1)
    return g_strdup (listed->pdata[0]);
  g_ptr_array_add (listed, NULL);
  head = g_strjoinv (", ", (char **) listed->pdata);
  /* The last comma becomes the conjunction. */
  *strrchr (head, ',') = '\0';
  return g_strdup_printf (conjunction, head, (char *) listed->pdata[listed->len - 2]);
}

static gboolean
check_opposites (GVariantDict  *options,
                 GError       **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (options_table); i++)
    {
      const BkCommandOption *row = &options_table[i];

      if (row->either != NULL && g_variant_dict_contains (options, row->entry.long_name) &&
          g_variant_dict_contains (options, row->either))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Use either --%s or --%s, not both"), row->entry.long_name, row->either);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_one_command (GVariantDict   *options,
                   BkCommandKind  *out_kind,
                   GError        **error)
{
  const char *listed[G_N_ELEMENTS (options_table)];
  gsize n_listed = 0;
  guint n_given = 0;
  gboolean import = FALSE;
  g_autofree char *names = NULL;

  *out_kind = BK_COMMAND_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS (options_table); i++)
    {
      const BkCommandOption *row = &options_table[i];

      if (row->kind == BK_COMMAND_NONE)
        continue;
      if (row->kind != BK_COMMAND_IMPORT)
        listed[n_listed++] = row->entry.long_name;
      if (!g_variant_dict_contains (options, row->entry.long_name))
        continue;
      n_given++;
      import |= row->kind == BK_COMMAND_IMPORT;
      *out_kind = row->kind;
    }
  if (n_given <= 1)
    return TRUE;

  /* The paths of --import may follow it loose, so nothing may share its
   * command line. */
  if (import)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--import cannot be combined with another command such as --add-run, --status or --export-csv"));
      return FALSE;
    }
  names = join_options (listed, n_listed, _("%s and %s"));
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("Use only one of %s at a time"), names);
  return FALSE;
}

static gboolean
check_belongs (GVariantDict  *options,
               GError       **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (options_table); i++)
    {
      const BkCommandOption *row = &options_table[i];
      gboolean owned = FALSE;
      g_autofree char *owners = NULL;

      if (row->with[0] == NULL || !g_variant_dict_contains (options, row->entry.long_name))
        continue;
      for (gsize w = 0; w < G_N_ELEMENTS (row->with) && row->with[w] != NULL; w++)
        owned |= g_variant_dict_contains (options, row->with[w]);
      if (owned)
        continue;
      owners = join_options (row->with, G_N_ELEMENTS (row->with), _("%s or %s"));
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s can only be used with %s"), row->entry.long_name, owners);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_command_options_check:
 * @out_kind: (out): the command asked for, or %BK_COMMAND_NONE
 *
 * Refuses a command with its opposite (--baseline with --clear-baseline),
 * two commands at once, and an option without the command it belongs to.
 *
 * Returns: %FALSE with @error naming the option when the line is refused
 */
gboolean
bk_command_options_check (GVariantDict   *options,
                          BkCommandKind  *out_kind,
                          GError        **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (out_kind != NULL, FALSE);

  return check_opposites (options, error) &&
         check_one_command (options, out_kind, error) &&
         check_belongs (options, error);
}
