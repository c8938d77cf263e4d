/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command-line parser: every option parsed by GApplication itself from
 * the one table (bk_command_option_entries), then read by
 * bk_command_parse() as the application reads it; each command is accepted
 * in its usual form, and every refusal gives exit status 2 and its
 * message. A few commands are also run on a temporary log for their exit
 * status. */
#include "bk-config.h"

#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "services/bk-command.h"
#include "services/bk-command-options.h"
#include "store/bk-other-activities.h"

typedef struct {
  BkCommand *command;
  char      *message;
} Parsed;

static void
parsed_clear (Parsed *parsed)
{
  g_clear_pointer (&parsed->command, bk_command_free);
  g_clear_pointer (&parsed->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static int
handle_local_options_cb (GApplication *application,
                         GVariantDict *options,
                         Parsed       *parsed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 20, 9, 30, 0);

  parsed->command = bk_command_parse (options, "/home/runner", now, BK_UNITS_METRIC, &error);
  if (parsed->command == NULL)
    {
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      parsed->message = g_strdup (error->message);
      return BK_EXIT_USAGE;
    }
  return BK_EXIT_OK;
}

/* Runs @line ("--status --json") through a GApplication with the table's
 * entries, as `backstretch @line` would be read. */
static int
parse_line (const char *line,
            Parsed     *parsed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GApplication) application = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autofree char *full = g_strconcat ("backstretch ", line, NULL);
  g_auto(GStrv) argv = NULL;
  int argc = 0;

  g_assert_true (g_shell_parse_argv (full, &argc, &argv, &error));
  g_assert_no_error (error);
  g_application_add_main_option_entries (application, bk_command_option_entries ());
  g_signal_connect (application, "handle-local-options", G_CALLBACK (handle_local_options_cb), parsed);
  return g_application_run (application, argc, argv);
}

static void
assert_accepted (const char    *line,
                 BkCommandKind  kind)
{
  g_auto(Parsed) parsed = { 0 };
  int status = parse_line (line, &parsed);

  if (parsed.message != NULL)
    g_test_message ("%s: %s", line, parsed.message);
  g_assert_cmpint (status, ==, BK_EXIT_OK);
  g_assert_nonnull (parsed.command);
  g_assert_cmpint (bk_command_get_kind (parsed.command), ==, kind);
}

static void
assert_refused (const char *line,
                const char *message)
{
  g_auto(Parsed) parsed = { 0 };
  int status = parse_line (line, &parsed);

  g_test_message ("%s", line);
  g_assert_cmpint (status, ==, BK_EXIT_USAGE);
  g_assert_null (parsed.command);
  g_assert_cmpstr (parsed.message, ==, message);
}

static void
test_commands_accepted (void)
{
  static const struct { const char *line; BkCommandKind kind; } lines[] = {
    { "", BK_COMMAND_NONE },
    { "--data-dir /tmp/log", BK_COMMAND_NONE },
    { "--demo", BK_COMMAND_NONE },
    { "--background", BK_COMMAND_NONE },
    { "--version", BK_COMMAND_NONE },
    { "--add-run 2026-11-19 --distance 10.5km --duration 55:20", BK_COMMAND_ADD_RUN },
    { "--add-run '2026-11-19 07:30' --distance 6.2mi --duration 1:02:03 --rpe 6 --surface trail "
      "--elevation 400ft --notes 'hilly'", BK_COMMAND_ADD_RUN },
    { "--add-pain 2026-11-19 --rating 3", BK_COMMAND_ADD_PAIN },
    { "--add-pain '2026-11-19 07:30' --rating 5 --context during-run --minutes-in 20 "
      "--where central-lower-back --spreads buttock --signs tingling --red-flags none --notes stiff",
      BK_COMMAND_ADD_PAIN },
    { "--seen-clinician 2026-11-18", BK_COMMAND_SEEN_CLINICIAN },
    { "--seen-clinician 2026-11-18 --outcome cleared --notes 'physio'", BK_COMMAND_SEEN_CLINICIAN },
    { "--status", BK_COMMAND_STATUS },
    { "--status --json --today 2026-11-01", BK_COMMAND_STATUS },
    { "--plan-start 2026-10-01", BK_COMMAND_PLAN_START },
    { "--clear-plan-start", BK_COMMAND_PLAN_START },
    { "--baseline --longest 14km --weekly 30km", BK_COMMAND_BASELINE },
    { "--baseline --longest 14km --weekly 30km --today 2026-11-19", BK_COMMAND_BASELINE },
    { "--clear-baseline", BK_COMMAND_BASELINE },
    { "--import a.gpx", BK_COMMAND_IMPORT },
    { "--import a.gpx b.fit export.zip", BK_COMMAND_IMPORT },
    { "--import a.gpx --import b.tcx", BK_COMMAND_IMPORT },
    { "--export-csv runs.csv", BK_COMMAND_EXPORT_CSV },
    { "--export-csv -", BK_COMMAND_EXPORT_CSV },
    { "--report report.pdf", BK_COMMAND_REPORT },
    { "--report report.pdf --from 2026-09-01 --to 2026-11-01", BK_COMMAND_REPORT },
    { "--backup copy.sqlite3", BK_COMMAND_BACKUP },
    { "--restore copy.sqlite3", BK_COMMAND_RESTORE },
    { "--check", BK_COMMAND_CHECK },
    { "--data-dir /tmp/log --status", BK_COMMAND_STATUS },
    { "--add-shoe Pegasus", BK_COMMAND_ADD_SHOE },
    { "--add-shoe 'Trail shoes' --shoe-limit 800km --shoe-start 0", BK_COMMAND_ADD_SHOE },
    { "--add-shoe Pegasus --shoe-limit 500mi --shoe-start 1200km", BK_COMMAND_ADD_SHOE },
    { "--retire-shoe Pegasus", BK_COMMAND_RETIRE_SHOE },
    { "--add-run 2026-11-19 --distance 10km --duration 55:00 --shoe Pegasus", BK_COMMAND_ADD_RUN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    assert_accepted (lines[i].line, lines[i].kind);
}

/* Every option that belongs to a command, given without it. */
static void
test_options_need_their_command (void)
{
  static const struct { const char *line; const char *message; } lines[] = {
    { "--distance 5km", "--distance can only be used with --add-run" },
    { "--duration 30:00", "--duration can only be used with --add-run or --add-session" },
    { "--rpe 5", "--rpe can only be used with --add-run" },
    { "--surface road", "--surface can only be used with --add-run" },
    { "--elevation 100", "--elevation can only be used with --add-run" },
    { "--notes x", "--notes can only be used with --add-run, --add-pain, --seen-clinician or --add-session" },
    { "--status --notes x", "--notes can only be used with --add-run, --add-pain, --seen-clinician or --add-session" },
    { "--rating 3", "--rating can only be used with --add-pain" },
    { "--context at-rest", "--context can only be used with --add-pain" },
    { "--minutes-in 5", "--minutes-in can only be used with --add-pain" },
    { "--where central-lower-back", "--where can only be used with --add-pain" },
    { "--spreads none", "--spreads can only be used with --add-pain" },
    { "--signs tingling", "--signs can only be used with --add-pain" },
    { "--red-flags none", "--red-flags can only be used with --add-pain" },
    { "--seen-clinician 2026-11-18 --rating 3", "--rating can only be used with --add-pain" },
    { "--outcome cleared", "--outcome can only be used with --seen-clinician" },
    { "--add-pain 2026-11-19 --rating 3 --outcome cleared", "--outcome can only be used with --seen-clinician" },
    { "--json", "--json can only be used with --status" },
    { "--baseline --longest 14km --weekly 30km --json", "--json can only be used with --status" },
    { "--today 2026-11-01", "--today can only be used with --status or --baseline" },
    { "--export-csv x.csv --today 2026-11-01", "--today can only be used with --status or --baseline" },
    { "--longest 14km", "--longest can only be used with --baseline" },
    { "--weekly 30km", "--weekly can only be used with --baseline" },
    { "--clear-baseline --longest 14km", "--longest can only be used with --baseline" },
    { "--from 2026-01-01", "--from can only be used with --report" },
    { "--to 2026-01-01", "--to can only be used with --report" },
    { "--status --from 2026-01-01", "--from can only be used with --report" },
    { "--shoe Pegasus", "--shoe can only be used with --add-run" },
    { "--add-shoe Pegasus --shoe Pegasus", "--shoe can only be used with --add-run" },
    { "--shoe-limit 800km", "--shoe-limit can only be used with --add-shoe" },
    { "--shoe-start 100km", "--shoe-start can only be used with --add-shoe" },
    { "--retire-shoe Pegasus --shoe-limit 800km", "--shoe-limit can only be used with --add-shoe" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    assert_refused (lines[i].line, lines[i].message);
}

static void
test_one_command_at_a_time (void)
{
  static const char *message = "Use only one of --add-run, --add-pain, --seen-clinician, --add-shoe, "
                               "--retire-shoe, --add-session, --status, "
                               "--plan-start, --baseline, --export-csv, --report, --backup, --restore "
                               "and --check at a time";
  static const char *import = "--import cannot be combined with another command such as --add-run, "
                              "--status or --export-csv";

  assert_refused ("--status --check", message);
  assert_refused ("--add-run 2026-11-19 --distance 5km --duration 30:00 --status", message);
  assert_refused ("--clear-plan-start --clear-baseline", message);
  assert_refused ("--backup a --restore b", message);
  assert_refused ("--report r.pdf --export-csv x.csv", message);
  assert_refused ("--add-pain 2026-11-19 --rating 3 --seen-clinician 2026-11-19", message);
  assert_refused ("--add-shoe Pegasus --retire-shoe Pegasus", message);
  assert_refused ("--import a.gpx --status", import);
  assert_refused ("--export-csv x.csv --import a.gpx", import);
  assert_refused ("--plan-start 2026-10-01 --clear-plan-start",
                  "Use either --plan-start or --clear-plan-start, not both");
  assert_refused ("--baseline --clear-baseline", "Use either --baseline or --clear-baseline, not both");
  assert_refused ("--demo --status",
                  "--demo opens a window on demonstration data; it cannot be combined with a command, "
                  "which would read or change your own log");
  assert_refused ("stray.gpx", "unexpected argument “stray.gpx”; to import files use --import PATH…");
  assert_refused ("--status stray.gpx", "unexpected argument “stray.gpx”; to import files use --import PATH…");
}

/* Values: a refusal names the option (the exact wording of each value's
 * message is the core's; here the option's name and the exit status). */
static void
test_bad_values (void)
{
  static const struct { const char *line; const char *prefix; } lines[] = {
    { "--add-run yesterday-ish --distance 5km --duration 30:00", "--add-run: " },
    { "--add-run 2026-11-19 --duration 30:00", "--add-run needs --distance, such as --distance 10.5km" },
    { "--add-run 2026-11-19 --distance 5km", "--add-run needs --duration, such as --duration 55:20" },
    { "--add-run 2026-11-19 --distance far --duration 30:00", "--distance: " },
    { "--add-run 2026-11-19 --distance 5km --duration long", "--duration: " },
    { "--add-run 2026-11-19 --distance 5km --duration 30:00 --rpe 11", "--rpe: “11” is not an effort" },
    { "--add-run 2026-11-19 --distance 5km --duration 30:00 --surface mud", "--surface: “mud” is not a surface" },
    { "--add-run 2026-11-19 --distance 5km --duration 30:00 --elevation high", "--elevation: " },
    { "--add-run 2026-11-19 --distance 50km --duration 10:00", "--distance/--duration: that pace" },
    { "--add-run 2026-12-25 --distance 5km --duration 30:00", "--add-run: " },
    { "--add-pain 2026-11-19", "--add-pain needs --rating" },
    { "--add-pain 2026-11-19 --rating 11", "--rating: " },
    { "--add-pain 2026-11-19 --rating 3 --context sometimes", "--context: " },
    { "--add-pain 2026-11-19 --rating 3 --spreads foot", "--spreads: " },
    { "--add-pain 2026-11-19 --rating 3 --signs itching", "--signs: " },
    { "--add-pain 2026-11-19 --rating 3 --red-flags maybe", "--red-flags: " },
    { "--add-pain 2026-11-19 --rating 3 --where elbow", "--where: " },
    { "--seen-clinician 2026-11-18 --outcome maybe", "--outcome: " },
    { "--status --today someday", "--today: " },
    { "--plan-start someday", "--plan-start: " },
    { "--baseline --weekly 30km", "--baseline needs --longest, such as --longest 14km" },
    { "--baseline --longest 14km", "--baseline needs --weekly, such as --weekly 30km" },
    { "--baseline --longest 14km --weekly 30km --today 2026-12-01", "--today: a baseline describes" },
    { "--export-csv ''", "--export-csv needs a file name" },
    { "--report ''", "--report needs a file name, such as report.pdf" },
    { "--report r.pdf --from 2026-11-02 --to 2026-11-01", "--from: the period must start on or before its end" },
    { "--report r.pdf --to someday", "--to: " },
    { "--backup ''", "--backup needs a file name" },
    { "--restore ''", "--restore needs a file name" },
    { "--import ''", "--import: an empty path; name files, folders or archives" },
    { "--data-dir '' --status", "--data-dir needs a folder name; leave the option out to use the usual log" },
    { "--add-shoe ''", "--add-shoe needs the name of a pair of shoes, such as --add-shoe Pegasus" },
    { "--add-shoe '  '", "--add-shoe needs the name of a pair of shoes" },
    { "--retire-shoe ''", "--retire-shoe needs the name of a pair of shoes, such as --retire-shoe Pegasus" },
    { "--add-run 2026-11-19 --distance 5km --duration 30:00 --shoe ''", "--shoe needs the name of a pair" },
    { "--add-shoe Pegasus --shoe-limit 0", "--shoe-limit: The distance must be more than zero" },
    { "--add-shoe Pegasus --shoe-limit lots", "--shoe-limit: " },
    { "--add-shoe Pegasus --shoe-limit 200000km", "--shoe-limit: The distance is more than 100000 km" },
    { "--add-shoe Pegasus --shoe-start worn", "--shoe-start: " },
    { "--add-shoe " "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "--add-shoe: a shoe's name, brand or model may be at most 100 characters" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_auto(Parsed) parsed = { 0 };
      int status = parse_line (lines[i].line, &parsed);

      g_test_message ("%s: %s", lines[i].line, parsed.message);
      g_assert_cmpint (status, ==, BK_EXIT_USAGE);
      g_assert_null (parsed.command);
      g_assert_true (g_str_has_prefix (parsed.message, lines[i].prefix));
    }
}

/* The table is also the help: every option has a line in --help. */
static void
test_help_lists_every_option (void)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *help = NULL;
  const GOptionEntry *entries = bk_command_option_entries ();
  guint n = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  help = g_option_context_get_help (context, TRUE, NULL);
  for (; entries[n].long_name != NULL; n++)
    {
      g_autofree char *name = g_strconcat ("--", entries[n].long_name, NULL);

      if (g_str_equal (entries[n].long_name, G_OPTION_REMAINING))
        continue;
      g_assert_nonnull (entries[n].description);
      g_assert_nonnull (strstr (help, name));
      g_assert_nonnull (strstr (help, entries[n].description));
    }
  g_assert_cmpuint (n, >=, 38);
}

/* Relative paths are taken from the caller's folder, "-" is kept. */
static void
test_paths_from_the_callers_folder (void)
{
  g_auto(Parsed) backup = { 0 };
  g_auto(Parsed) restore = { 0 };

  g_assert_cmpint (parse_line ("--backup copy.sqlite3", &backup), ==, BK_EXIT_OK);
  g_assert_cmpstr (bk_command_get_log_file (backup.command), ==, "/home/runner/copy.sqlite3");
  g_assert_cmpint (parse_line ("--restore /srv/copy.sqlite3", &restore), ==, BK_EXIT_OK);
  g_assert_cmpstr (bk_command_get_log_file (restore.command), ==, "/srv/copy.sqlite3");
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The exit status of a command that runs: 0 done, 1 failed. */
static void
test_run_exit_status (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bk-command-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BkContext) context = NULL;
  static const struct { const char *line; int status; const char *out; } lines[] = {
    { "--add-run 2026-11-19 --distance 10km --duration 55:00", BK_EXIT_OK, "Added a run on " },
    { "--status", BK_EXIT_OK, "Training on " },
    { "--export-csv -", BK_EXIT_OK, "started_at" },
    { "--export-csv /nonexistent-folder/runs.csv", BK_EXIT_FAILURE, "" },
    { "--import /nonexistent-folder/a.gpx", BK_EXIT_FAILURE, "" },
    { "--check", BK_EXIT_OK, "" },
  };

  g_assert_no_error (error);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);

  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_auto(Parsed) parsed = { 0 };
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);

      g_test_message ("%s", lines[i].line);
      g_assert_cmpint (parse_line (lines[i].line, &parsed), ==, BK_EXIT_OK);
      g_assert_cmpint (bk_command_run (parsed.command, context, out, err), ==, lines[i].status);
      g_assert_true (g_str_has_prefix (out->str, lines[i].out) || strstr (out->str, lines[i].out) != NULL);
      if (lines[i].status != BK_EXIT_OK)
        g_assert_cmpuint (err->len, >, 0);
    }

  g_assert_finalize_object (g_steal_pointer (&context));
  remove_dir (dir);
}

/* Parses and runs @line on @context, as the application would. */
static int
run_line (BkContext  *context,
          const char *line,
          GString    *out,
          GString    *err)
{
  g_auto(Parsed) parsed = { 0 };

  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  g_test_message ("%s", line);
  g_assert_cmpint (parse_line (line, &parsed), ==, BK_EXIT_OK);
  return bk_command_run (parsed.command, context, out, err);
}

/* Shoes (issue 16): added, worn by runs, refused by an unknown name
 * without a run written, listed in --status and in the CSV, retired. */
static void
test_shoes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bk-command-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BkContext) context = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *shoes;
  JsonObject *pegasus;

  g_assert_no_error (error);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);

  /* No shoes yet: --shoe says how to add one. */
  g_assert_cmpint (run_line (context, "--add-run 2026-11-18 --distance 10km --duration 55:00 --shoe Pegasus",
                             out, err), ==, BK_EXIT_USAGE);
  g_assert_cmpstr (err->str, ==, "--shoe: there are no shoes named “Pegasus”; you have none yet: "
                                 "add a pair with --add-shoe NAME\n");

  g_assert_cmpint (run_line (context, "--add-shoe Pegasus --shoe-start 600km", out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "Added the shoes Pegasus, with 600.0 km on them, to retire at 700.0 km\n");
  g_assert_cmpint (run_line (context, "--add-shoe 'Trail shoes' --shoe-limit 500", out, err), ==, BK_EXIT_OK);
  g_assert_cmpint (run_line (context, "--add-shoe pegasus", out, err), ==, BK_EXIT_USAGE);
  g_assert_nonnull (strstr (err->str, "You already have shoes named “pegasus”"));

  /* An unknown pair names the ones there are, and writes nothing. */
  g_assert_cmpint (run_line (context, "--add-run 2026-11-18 --distance 10km --duration 55:00 --shoe Vaporfly",
                             out, err), ==, BK_EXIT_USAGE);
  g_assert_cmpstr (err->str, ==, "--shoe: there are no shoes named “Vaporfly”; your shoes are: "
                                 "Pegasus, Trail shoes\n");
  g_assert_cmpint (bk_run_store_count (bk_context_get_run_store (context), NULL), ==, 0);

  /* Any case will do. */
  g_assert_cmpint (run_line (context, "--add-run 2026-11-18 --distance 35km --duration 3:30:00 --shoe PEGASUS",
                             out, err), ==, BK_EXIT_OK);
  g_assert_cmpint (run_line (context, "--add-run 2026-11-19 --distance 5km --duration 30:00", out, err),
                   ==, BK_EXIT_OK);

  /* 635 km of 700: the status names the pair. */
  g_assert_cmpint (run_line (context, "--status --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "\nShoes:\n  • Your Pegasus have 635 km on them, nearing their 700 km limit "
                                      "(guide: triggers#shoes)\n"));
  g_assert_cmpint (run_line (context, "--add-run 2026-11-19 --distance 70km --duration 9:00:00 --shoe Pegasus",
                             out, err), ==, BK_EXIT_OK);
  g_assert_cmpint (run_line (context, "--status --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "Your Pegasus have 705 km on them, past their 700 km limit"));
  g_assert_null (strstr (out->str, "Trail shoes"));

  g_assert_cmpint (run_line (context, "--status --json --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_true (json_parser_load_from_data (parser, out->str, -1, &error));
  g_assert_no_error (error);
  shoes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "shoes");
  g_assert_cmpuint (json_array_get_length (shoes), ==, 2);
  pegasus = json_array_get_object_element (shoes, 0);
  g_assert_cmpstr (json_object_get_string_member (pegasus, "name"), ==, "Pegasus");
  g_assert_cmpfloat (json_object_get_double_member (pegasus, "distance_m"), ==, 705000);
  g_assert_cmpfloat (json_object_get_double_member (pegasus, "limit_m"), ==, 700000);
  g_assert_false (json_object_get_boolean_member (pegasus, "retired"));
  g_assert_cmpstr (json_object_get_string_member (pegasus, "wear"), ==, "past-limit");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (shoes, 1), "limit_m"), ==,
                     500000);

  /* The CSV's last column. */
  g_assert_cmpint (run_line (context, "--export-csv -", out, err), ==, BK_EXIT_OK);
  g_assert_true (g_str_has_prefix (out->str, "id,started_at,distance_m,duration_s,rpe,surface,elevation_m,"
                                             "notes,source,shoe,kind\n"));
  g_assert_nonnull (strstr (out->str, ",35000.0,12600,,,,,,Pegasus,run\n"));
  g_assert_nonnull (strstr (out->str, ",5000.0,1800,,,,,,,run\n"));

  /* Retired: kept in the JSON, quiet in the text, refused by a wrong name. */
  g_assert_cmpint (run_line (context, "--retire-shoe Vaporfly", out, err), ==, BK_EXIT_USAGE);
  g_assert_true (g_str_has_prefix (err->str, "--retire-shoe: there are no shoes named “Vaporfly”"));
  g_assert_cmpint (run_line (context, "--retire-shoe pegasus", out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "Retired the shoes Pegasus after 705.0 km\n");
  g_assert_cmpint (run_line (context, "--status --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_null (strstr (out->str, "Pegasus"));
  g_assert_cmpint (run_line (context, "--status --json --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "\"retired\" : true"));

  g_assert_finalize_object (g_steal_pointer (&context));
  remove_dir (dir);
}

/* Sessions that are not runs (issue 16): logged with --add-session,
 * refused whole when a value is wrong, counted in --status and its JSON
 * without adding to the running distance. */
static void
test_sessions (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bk-command-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BkContext) context = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_no_error (error);
  context = bk_context_new (dir, settings, &error);
  g_assert_no_error (error);

  assert_refused ("--add-session rowing --duration 30m",
                  "--add-session: “rowing” is not a kind of session: use aqua-jogging, cycling, elliptical, "
                  "swimming, strength, other");
  assert_refused ("--add-session cycling",
                  "--add-session needs --duration, such as --duration 45m or --duration 1:30:00");
  assert_refused ("--add-session cycling --duration 30m --effort 11",
                  "--effort: “11” is not an effort: use a whole number from 1 to 10");
  assert_refused ("--add-session cycling --duration 30m --date 2026-13-01",
                  "--date: “2026-13-01” is not a date: use YYYY-MM-DD, such as 2026-03-14");
  assert_refused ("--add-session cycling --duration 30m --date 2026-11-21",
                  "--date: the session lies in the future; log it once you have done it");
  assert_refused ("--add-session cycling --duration 25:00:00",
                  "--add-session: Duration: a session lasts more than no time and at most 24 hours");
  assert_refused ("--add-run 2026-11-19 --distance 5km --duration 30:00 --effort 5",
                  "--effort can only be used with --add-session");
  assert_refused ("--add-session cycling --duration 30m --rpe 5", "--rpe can only be used with --add-run");
  g_assert_cmpint (bk_other_activities_count (bk_context_get_database (context), NULL), ==, 0);

  g_assert_cmpint (run_line (context, "--add-session aqua_jogging --duration 1:30:00 --effort 5 "
                                      "--date '2026-11-16 07:00' --notes 'Deep end'", out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "Added a session on Mon 16 Nov 2026: Aqua jogging, 1 h 30 min at effort 5 "
                                 "(load 450)\n");
  g_assert_cmpint (run_line (context, "--add-session Cycling --duration 90m --date 2026-11-19", out, err),
                   ==, BK_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "Added a session on Thu 19 Nov 2026: Cycling, 1 h 30 min\n");
  /* Without --date: now. */
  g_assert_cmpint (run_line (context, "--add-session strength --duration 20m", out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (out->str, ==, "Added a session on Fri 20 Nov 2026: Strength, 20 min\n");

  /* No break to come back from: the week's time, plainly. */
  g_assert_cmpint (run_line (context, "--status --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_null (strstr (out->str, "You kept"));
  g_assert_nonnull (strstr (out->str, "\nLow-impact training this week: 3 h in 2 sessions\n"));

  /* A month off running: the status says what was kept, and the running
   * distance stays the runs' alone. */
  g_assert_cmpint (run_line (context, "--add-run 2026-10-20 --distance 10km --duration 55:00", out, err),
                   ==, BK_EXIT_OK);
  g_assert_cmpint (run_line (context, "--status --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "\nYou kept 3 h of low-impact training this week\n"));
  g_assert_null (strstr (out->str, "Low-impact training this week"));
  g_assert_nonnull (strstr (out->str, "This week: 0.0 km in 0:00, 0 runs"));

  g_assert_cmpint (run_line (context, "--status --json --today 2026-11-19", out, err), ==, BK_EXIT_OK);
  g_assert_true (json_parser_load_from_data (parser, out->str, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "low_impact_week_s"), ==, 3 * 3600);
  g_assert_cmpint (json_object_get_int_member (root, "low_impact_week_sessions"), ==, 2);
  g_assert_true (json_object_get_boolean_member (root, "returning"));
  g_assert_cmpfloat (json_object_get_double_member (root, "week_distance_m"), ==, 0);

  /* The CSV has them in time order among the runs, each with its kind. */
  g_assert_cmpint (run_line (context, "--export-csv -", out, err), ==, BK_EXIT_OK);
  g_assert_nonnull (strstr (out->str, "T07:00:00"));
  {
    const char *run = strstr (out->str, ",10000.0,3300,,,,,,,run\n");
    const char *aqua = strstr (out->str, ",,5400,5,,,Deep end,,,aqua-jogging\n");
    const char *ride = strstr (out->str, ",,5400,,,,,,,cycling\n");
    const char *gym = strstr (out->str, ",,1200,,,,,,,strength\n");

    g_assert_true (run != NULL && aqua != NULL && ride != NULL && gym != NULL);
    g_assert_true (run < aqua && aqua < ride && ride < gym);
  }

  g_assert_finalize_object (g_steal_pointer (&context));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command/accepted", test_commands_accepted);
  g_test_add_func ("/command/options-need-their-command", test_options_need_their_command);
  g_test_add_func ("/command/one-command-at-a-time", test_one_command_at_a_time);
  g_test_add_func ("/command/bad-values", test_bad_values);
  g_test_add_func ("/command/help-lists-every-option", test_help_lists_every_option);
  g_test_add_func ("/command/paths", test_paths_from_the_callers_folder);
  g_test_add_func ("/command/run-exit-status", test_run_exit_status);
  g_test_add_func ("/command/shoes", test_shoes);
  g_test_add_func ("/command/sessions", test_sessions);

  return g_test_run ();
}
