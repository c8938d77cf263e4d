/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `--status` and the pain journal's command-line actions, run through
 * bk_command on a real database; the JSON is read back with a parser. */
#include "bk-config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "services/bk-command.h"
#include "tests/services/bk-test-context.h"

static BkPainEntry *
make_entry (int           day,
            int           hour,
            BkPainContext context,
            int           rating,
            guint         character)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) when = g_date_time_new (zone, 2026, 11, day, hour, 15, 0);
  BkPainEntry *entry = bk_pain_entry_new (when, context, rating);

  if (context == BK_PAIN_CONTEXT_DURING_RUN)
    bk_pain_entry_set_minutes_in (entry, 12);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_CENTRAL_LOWER_BACK);
  bk_pain_entry_set_character (entry, character);
  return entry;
}

static void
store_entry (BkTestContext *fixture,
             BkPainEntry   *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, &error));
  g_assert_no_error (error);
}

static void
add_entry (BkTestContext *fixture,
           int            day,
           int            rating,
           guint          character,
           guint          emergency)
{
  g_autoptr(BkPainEntry) entry = make_entry (day, 8, BK_PAIN_CONTEXT_DURING_RUN, rating, character);

  bk_pain_entry_set_emergency (entry, emergency);
  store_entry (fixture, entry);
}

/* Runs the command line with NULL-terminated option name, value pairs
 * ("" for a flag) and returns its standard output. */
static char *
run_command (BkTestContext *fixture,
             int            expected_status,
             const char    *first_name,
             ...)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 11, 30, 21, 0, 0);
  g_autoptr(BkCommand) command = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      if (*value == '\0')
        g_variant_dict_insert (options, name, "b", TRUE);
      else
        g_variant_dict_insert (options, name, "s", value);
    }
  va_end (args);

  command = bk_command_parse (options, fixture->dir, now, BK_UNITS_METRIC, &error);
  if (expected_status == BK_EXIT_USAGE)
    {
      g_assert_null (command);
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      return g_strdup (error->message);
    }
  g_assert_no_error (error);
  g_assert_cmpint (bk_command_run (command, fixture->context, out, err), ==, expected_status);
  g_assert_cmpstr (err->str, ==, "");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
status_text (BkTestContext *fixture)
{
  return run_command (fixture, BK_EXIT_OK, "status", "", "today", "2026-11-30", NULL);
}

static JsonObject *
status_json (BkTestContext *fixture)
{
  g_autofree char *text = run_command (fixture, BK_EXIT_OK, "status", "", "json", "", "today", "2026-11-30",
                                       NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
advice_level (JsonObject *status)
{
  return json_object_get_string_member (json_object_get_object_member (status, "advice"), "level");
}

static void
test_empty (BkTestContext *fixture,
            gconstpointer  data)
{
  g_autoptr(JsonObject) json = status_json (fixture);
  g_autofree char *text = status_text (fixture);
  JsonObject *pain = json_object_get_object_member (json, "pain");

  g_assert_cmpstr (advice_level (json), ==, "none");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (json, "advice"), "since"));
  g_assert_cmpstr (json_object_get_string_member (pain, "trend"), ==, "unknown");
  g_assert_true (json_object_get_null_member (pain, "last_entry"));
  g_assert_false (json_object_get_boolean_member (json, "training_advice_withheld"));
  g_assert_nonnull (strstr (text, "No pain recorded."));
  g_assert_true (g_str_has_prefix (text, "Training on"));
}

static void
test_clinician_and_trend (BkTestContext *fixture,
                          gconstpointer  data)
{
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *text = NULL;
  JsonObject *pain, *last;

  add_entry (fixture, 10, 6, BK_PAIN_CHARACTER_STIFFNESS, 0);
  add_entry (fixture, 20, 3, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE, 0);
  json = status_json (fixture);
  text = status_text (fixture);
  pain = json_object_get_object_member (json, "pain");
  last = json_object_get_object_member (pain, "last_entry");

  g_assert_cmpstr (advice_level (json), ==, "see_clinician");
  g_assert_cmpstr (json_object_get_string_member (pain, "advice"), ==, "see_clinician");
  g_assert_cmpstr (json_object_get_string_member (pain, "trend"), ==, "improving");
  g_assert_cmpstr (json_object_get_string_member (last, "felt_at"), ==, "2026-11-20T08:15:00+01:00");
  g_assert_cmpstr (json_object_get_string_member (last, "context"), ==, "during-run");
  g_assert_cmpint (json_object_get_int_member (last, "minutes_in"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (last, "rating"), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (last, "locations"), 1), ==,
                   "left-sacroiliac-joint");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (last, "warning_signs"),
                                                  "saddle-numbness"), ==, "not-asked");
  /* See-a-clinician keeps the numbers and drops the next-run limits. */
  g_assert_false (json_object_get_boolean_member (json, "training_advice_withheld"));
  g_assert_true (json_object_get_null_member (json, "next_long_run_max_m"));
  g_assert_true (json_object_get_null_member (json, "next_week_max_m"));
  g_assert_cmpstr (json_object_get_string_member (json, "level"), ==, "none");

  g_assert_true (g_str_has_prefix (text, "Advice: See a doctor or physiotherapist soon\n"));
  g_assert_nonnull (strstr (text, "Last entry: Fri 20 Nov 2026, 08:15, 3/10 (Mild), During a run, 12 min in"));
  g_assert_nonnull (strstr (text, "Trend: Improving (from 6 to 3)"));
}

/* Issue 9: an urgent entry followed the next morning by a mild one. */
static void
test_urgent_then_mild (BkTestContext *fixture,
                       gconstpointer  data)
{
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *text = NULL;
  JsonObject *advice;

  add_entry (fixture, 21, 8, BK_PAIN_CHARACTER_LEG_WEAKNESS, BK_PAIN_EMERGENCY_BLADDER_BOWEL);
  add_entry (fixture, 22, 2, BK_PAIN_CHARACTER_STIFFNESS, 0);
  text = status_text (fixture);

  /* The advice first, in full, and nothing after it but plain numbers. */
  g_assert_true (g_str_has_prefix (text, "URGENT: Get urgent medical help now\nYou reported: "));
  g_assert_nonnull (strstr (text, "New difficulty passing urine"));
  g_assert_null (strstr (text, "Ramp-up risk"));
  g_assert_null (strstr (text, "Trend:"));
  g_assert_null (strstr (text, "Keep your next long run"));
  g_assert_null (strstr (text, "Today’s routine"));
  g_assert_nonnull (strstr (text, "This week:"));
  g_assert_nonnull (strstr (text, "Last entry: Sun 22 Nov 2026, 08:15, 2/10"));

  json = status_json (fixture);
  advice = json_object_get_object_member (json, "advice");
  g_assert_cmpstr (advice_level (json), ==, "urgent");
  g_assert_cmpstr (json_object_get_string_member (advice, "since"), ==, "2026-11-21");
  g_assert_cmpstr (json_object_get_string_member (advice, "title"), ==, "Get urgent medical help now");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (advice, "reasons"), 0), "id"),
                   ==, "bladder");
  g_assert_true (json_object_get_boolean_member (json, "training_advice_withheld"));
  g_assert_true (json_object_get_null_member (json, "level"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json, "reasons")), ==, 0);
  g_assert_true (json_object_get_null_member (json, "next_long_run_max_m"));
  g_assert_true (json_object_get_null_member (json, "next_week_max_m"));
  g_assert_true (json_object_get_null_member (json, "today_routine"));
  g_assert_true (json_object_get_boolean_member (json, "reminders_paused"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (json, "pain"), "trend"));
}

/* Issue 9: "A 9/10 entry at rest at 03:00 gets no advice". */
static void
test_severe_at_night (BkTestContext *fixture,
                      gconstpointer  data)
{
  g_autoptr(BkPainEntry) entry = make_entry (29, 3, BK_PAIN_CONTEXT_AT_REST, 9, BK_PAIN_CHARACTER_NO_SPREAD);
  g_autofree char *text = NULL;

  store_entry (fixture, entry);
  text = status_text (fixture);
  g_assert_true (g_str_has_prefix (text, "Advice: See a doctor or physiotherapist soon\n"));
  g_assert_nonnull (strstr (text, "9/10 at rest or at night"));
}

static void
test_no_better (BkTestContext *fixture,
                gconstpointer  data)
{
  g_autofree char *text = NULL;

  add_entry (fixture, 1, 5, BK_PAIN_CHARACTER_STIFFNESS, 0);
  add_entry (fixture, 15, 5, BK_PAIN_CHARACTER_STIFFNESS, 0);
  add_entry (fixture, 29, 4, BK_PAIN_CHARACTER_STIFFNESS, 0);
  text = status_text (fixture);
  g_assert_true (g_str_has_prefix (text, "Advice: See a doctor or physiotherapist soon\n"));
  g_assert_nonnull (strstr (text, "not come down by 2 points or 30% in 4 weeks"));
}

static void
test_add_pain_and_assessment (BkTestContext *fixture,
                              gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *mild = NULL;
  g_autofree char *seen = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  JsonObject *pain;
  BkPainEntry *entry;

  /* A 3/10 entry with saddle numbness: urgent, said at once. */
  added = run_command (fixture, BK_EXIT_OK, "add-pain", "2026-11-28 07:40", "rating", "3",
                       "context", "during-run", "minutes-in", "25", "where", "central-lower-back,left-buttock",
                       "spreads", "buttock", "red-flags", "saddle-numbness", "notes", "after the hills", NULL);
  g_assert_nonnull (strstr (added, "Recorded pain on Sat 28 Nov 2026, 07:40: 3/10 (Mild), During a run"));
  g_assert_nonnull (strstr (added, "URGENT: Get urgent medical help now"));

  entries = bk_pain_store_list (bk_context_get_pain_store (fixture->context), 0, 0, 0, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = entries->pdata[0];
  g_assert_cmpint (bk_pain_entry_get_minutes_in (entry), ==, 25);
  g_assert_cmpuint (bk_pain_entry_get_locations (entry), ==,
                    BK_PAIN_LOCATION_CENTRAL_LOWER_BACK | BK_PAIN_LOCATION_LEFT_BUTTOCK);
  g_assert_cmpuint (bk_pain_entry_get_character (entry), ==, BK_PAIN_CHARACTER_SPREADS_BUTTOCK);
  g_assert_cmpint (bk_pain_entry_get_warning_sign (entry, BK_WARNING_SIGN_SADDLE_NUMBNESS), ==, BK_ANSWER_YES);
  g_assert_cmpint (bk_pain_entry_get_warning_sign (entry, BK_WARNING_SIGN_BOWEL), ==, BK_ANSWER_NO);
  g_assert_cmpstr (bk_pain_entry_get_notes (entry), ==, "after the hills");

  /* Without --red-flags the signs are "not asked"; the advice stays. */
  mild = run_command (fixture, BK_EXIT_OK, "add-pain", "2026-11-29", "rating", "1", NULL);
  g_assert_nonnull (strstr (mild, "The warning signs were not asked"));
  g_assert_nonnull (strstr (mild, "URGENT: Get urgent medical help now"));
  json = status_json (fixture);
  g_assert_cmpstr (advice_level (json), ==, "urgent");
  pain = json_object_get_object_member (json, "pain");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (pain, "last_entry"), "warning_signs"), "bladder"),
                   ==, "not-asked");
  g_clear_pointer (&json, json_object_unref);

  seen = run_command (fixture, BK_EXIT_OK, "seen-clinician", "2026-11-30", "outcome", "cleared",
                      "notes", "MRI clear", NULL);
  g_assert_nonnull (strstr (seen, "Recorded that a clinician assessed you on Mon 30 Nov 2026 "
                                  "(Cleared to run)"));
  g_assert_null (strstr (seen, "URGENT"));
  json = status_json (fixture);
  g_assert_cmpstr (advice_level (json), ==, "none");
  g_assert_false (json_object_get_boolean_member (json, "training_advice_withheld"));
  pain = json_object_get_object_member (json, "pain");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (pain, "last_assessment"),
                                                  "outcome"), ==, "cleared");
}

static void
test_bad_values (BkTestContext *fixture,
                 gconstpointer  data)
{
  struct {
    const char *name;
    const char *value;
    const char *message;
  } cases[] = {
    { "red-flags", "saddle", "--red-flags: “saddle” is not a warning sign: use none, or one or more of "
                             "saddle-numbness, bladder, bowel, passing-sensation, sexual, leg-weakness, "
                             "both-legs, night-pain, unwell, weight-loss, trauma, separated by commas" },
    { "red-flags", "none,bowel", "--red-flags: “none” cannot be combined with warning signs" },
    { "rating", "11", "--rating: “11” is not a rating" },
    { "context", "jogging", "--context: “jogging” is not when the pain came: use during-run, after-run, "
                            "next-morning or at-rest" },
    { "where", "neck", "--where: “neck” is not a place on the back: use one or more of central-lower-back, " },
    { "spreads", "foot", "--spreads: “foot” is not how far the pain spreads: use none, buttock, thigh or "
                         "below-knee" },
    { "signs", "cramp", "--signs: “cramp” is not a leg sign" },
    { "minutes-in", "25", "--minutes-in: Minutes into the run only apply to pain that began during a run" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = run_command (fixture, BK_EXIT_USAGE, "add-pain", "2026-11-28",
                                              "rating", g_str_equal (cases[i].name, "rating") ? cases[i].value : "3",
                                              cases[i].name, cases[i].value, NULL);

      g_test_message ("%s", message);
      g_assert_true (g_str_has_prefix (message, cases[i].message));
      g_assert_null (strchr (message, '\n'));
    }

  {
    g_autofree char *future = run_command (fixture, BK_EXIT_USAGE, "seen-clinician", "2026-12-05", NULL);
    g_autofree char *outcome = run_command (fixture, BK_EXIT_USAGE, "seen-clinician", "2026-11-20",
                                            "outcome", "fine", NULL);
    g_autofree char *stray = run_command (fixture, BK_EXIT_USAGE, "status", "", "red-flags", "none", NULL);

    g_assert_true (g_str_has_prefix (future, "--seen-clinician: "));
    g_assert_true (g_str_has_prefix (outcome, "--outcome: “fine” is not an outcome: use cleared or not-cleared"));
    g_assert_cmpstr (stray, ==, "--red-flags can only be used with --add-pain");
  }
}

/* Issue 16, surfaces: three Tuesdays of road running in a row give the
 * gentle hint in the text and the JSON; a run on grass this week ends it;
 * see-a-clinician keeps the share and drops the hint; urgent advice leaves
 * the share in the JSON's numbers only. */
static void
add_surface_run (BkTestContext *fixture,
                 const char    *when,
                 const char    *distance,
                 const char    *surface)
{
  g_autofree char *added = run_command (fixture, BK_EXIT_OK, "add-run", when, "distance", distance,
                                        "duration", "50:00", "surface", surface, NULL);
}

static JsonObject *
surfaces_of (JsonObject *status)
{
  return json_object_get_object_member (status, "surfaces");
}

static void
test_surfaces (BkTestContext *fixture,
               gconstpointer  data)
{
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  JsonObject *surfaces;
  JsonArray *weekly;

  add_surface_run (fixture, "2026-11-10", "10km", "road");
  add_surface_run (fixture, "2026-11-17", "10km", "treadmill");
  add_surface_run (fixture, "2026-11-24T07:00", "9km", "road");
  add_surface_run (fixture, "2026-11-24T18:00", "0.5km", "grass");
  text = status_text (fixture);
  g_assert_nonnull (strstr (text, "\nSoft surfaces (grass, trail, track): not known this week, 5 % last week\n"
                                  "  • Your running has been almost all on road or treadmill for 3 weeks in a "
                                  "row. Where you can, move a run or two onto grass, a trail or a track. "
                                  "(guide: triggers#surfaces)\n"));

  json = status_json (fixture);
  surfaces = surfaces_of (json);
  g_assert_true (json_object_get_null_member (surfaces, "soft_share_week"));
  g_assert_cmpfloat (json_object_get_double_member (surfaces, "soft_share_last_week"), ==, 0.053);
  g_assert_cmpint (json_object_get_int_member (surfaces, "firm_streak_weeks"), ==, 3);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (surfaces, "hint"),
                                   "Your running has been almost all on road"));
  g_assert_cmpstr (json_object_get_string_member (surfaces, "hint_section"), ==, "triggers#surfaces");
  weekly = json_object_get_array_member (surfaces, "weekly");
  g_assert_cmpuint (json_array_get_length (weekly), ==,
                    json_array_get_length (json_object_get_array_member (json, "weekly")));
  {
    JsonObject *last = json_array_get_object_element (weekly, json_array_get_length (weekly) - 2);

    g_assert_cmpfloat (json_object_get_double_member (last, "soft_m"), ==, 500);
    g_assert_cmpfloat (json_object_get_double_member (last, "firm_m"), ==, 9000);
    g_assert_cmpfloat (json_object_get_double_member (last, "unknown_m"), ==, 0);
  }

  /* Grass this morning: 40 % this week, and the hint is gone. */
  add_surface_run (fixture, "2026-11-30T07:00", "4km", "grass");
  add_surface_run (fixture, "2026-11-30T08:00", "6km", "road");
  after = status_text (fixture);
  g_assert_nonnull (strstr (after, "\nSoft surfaces (grass, trail, track): 40 % this week, 5 % last week\n"));
  g_assert_null (strstr (after, "triggers#surfaces"));
  g_clear_pointer (&json, json_object_unref);
  json = status_json (fixture);
  g_assert_cmpfloat (json_object_get_double_member (surfaces_of (json), "soft_share_week"), ==, 0.4);
  g_assert_true (json_object_get_null_member (surfaces_of (json), "hint"));
  g_assert_cmpint (json_object_get_int_member (surfaces_of (json), "firm_streak_weeks"), ==, 0);
}

static void
test_surfaces_under_advice (BkTestContext *fixture,
                            gconstpointer  data)
{
  g_autoptr(JsonObject) json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *urgent = NULL;

  add_surface_run (fixture, "2026-11-10", "10km", "road");
  add_surface_run (fixture, "2026-11-17", "10km", "road");
  add_surface_run (fixture, "2026-11-24", "10km", "road");

  /* See a clinician: the share stays, the hint waits. */
  add_entry (fixture, 20, 3, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE, 0);
  text = status_text (fixture);
  g_assert_true (g_str_has_prefix (text, "Advice: See a doctor or physiotherapist soon\n"));
  g_assert_nonnull (strstr (text, "\nSoft surfaces (grass, trail, track): not known this week, 0 % last week\n"));
  g_assert_null (strstr (text, "triggers#surfaces"));
  json = status_json (fixture);
  g_assert_cmpint (json_object_get_int_member (surfaces_of (json), "firm_streak_weeks"), ==, 3);
  g_assert_true (json_object_get_null_member (surfaces_of (json), "hint"));

  /* Urgent: plain numbers only in the text; the JSON keeps the share. */
  add_entry (fixture, 29, 8, BK_PAIN_CHARACTER_LEG_WEAKNESS, BK_PAIN_EMERGENCY_BLADDER_BOWEL);
  urgent = status_text (fixture);
  g_assert_true (g_str_has_prefix (urgent, "URGENT: "));
  g_assert_null (strstr (urgent, "Soft surfaces"));
  g_clear_pointer (&json, json_object_unref);
  json = status_json (fixture);
  g_assert_cmpfloat (json_object_get_double_member (surfaces_of (json), "soft_share_last_week"), ==, 0);
  g_assert_true (json_object_get_null_member (surfaces_of (json), "hint"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) BK_TEST_CONTEXT_ADD (path, func)
  ADD ("/pain-status/empty", test_empty);
  ADD ("/pain-status/clinician-and-trend", test_clinician_and_trend);
  ADD ("/pain-status/urgent-then-mild", test_urgent_then_mild);
  ADD ("/pain-status/severe-at-night", test_severe_at_night);
  ADD ("/pain-status/no-better", test_no_better);
  ADD ("/pain-status/add-pain-and-assessment", test_add_pain_and_assessment);
  ADD ("/pain-status/bad-values", test_bad_values);
  ADD ("/pain-status/surfaces", test_surfaces);
  ADD ("/pain-status/surfaces-under-advice", test_surfaces_under_advice);
#undef ADD

  return g_test_run ();
}
