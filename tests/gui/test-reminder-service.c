/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/bk-date.h"
#include "services/bk-reminder-service.h"
#include "services/bk-advice.h"
#include "services/bk-status-json.h"
#include "services/bk-status.h"
#include "services/bk-stretch-agenda.h"

/* A test's data folder and the database files in it. */
static void
remove_data_dir (const char *dir)
{
  const char *files[] = { "backstretch.sqlite3", "backstretch.sqlite3-wal", "backstretch.sqlite3-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_skip_today (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) morning = g_date_time_new (tz, 2026, 11, 26, 8, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new (tz, 2026, 11, 26, 19, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_new (tz, 2026, 11, 27, 19, 0, 0);
  g_autoptr(GDateTime) midnight = g_date_time_new (tz, 2026, 11, 27, 0, 0, 0);
  g_autoptr(BkRoutine) routine = bk_routine_new ("Daily", BK_TIMING_AFTER_RUN);
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) skipped = NULL;
  g_autoptr(GDateTime) at_midnight = NULL;
  g_autoptr(GDateTime) after_run = NULL;
  g_autoptr(GDateTime) run_skipped = NULL;

  routine->schedule = (BkSchedule) { BK_DAYS_ALL, 19 * 60, -1 };
  due = bk_stretch_routine_next_due (routine, morning, tz, 0);
  g_assert_true (g_date_time_equal (due, evening));

  /* Skipped today: the evening reminder is gone, tomorrow's stays. */
  routine->skipped_julian = bk_date_julian_of (morning);
  skipped = bk_stretch_routine_next_due (routine, morning, tz, 0);
  g_assert_true (g_date_time_equal (skipped, tomorrow));

  /* A midnight reminder the next day still counts. */
  routine->schedule.minute_of_day = 0;
  at_midnight = bk_stretch_routine_next_due (routine, morning, tz, 0);
  g_assert_true (g_date_time_equal (at_midnight, midnight));

  /* A skip also silences "after a run" for the rest of the day. */
  routine->schedule = (BkSchedule) { 0, -1, 30 };
  routine->skipped_julian = 0;
  after_run = bk_stretch_routine_next_due (routine, morning, tz, g_date_time_to_unix (morning));
  g_assert_nonnull (after_run);
  routine->skipped_julian = bk_date_julian_of (morning);
  run_skipped = bk_stretch_routine_next_due (routine, morning, tz, g_date_time_to_unix (morning));
  g_assert_null (run_skipped);
}

/* When "After your run" (30 min after a run) is next due, if at all. */
static GDateTime *
after_run_due (BkContext *context,
               GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkStretchAgenda) agenda = bk_stretch_agenda_load (context, now, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < agenda->routines->len; i++)
    {
      BkRoutine *routine = g_ptr_array_index (agenda->routines, i);

      if (routine->schedule.after_run_min == 30 && routine->schedule.days == 0)
        {
          GDateTime *due = g_ptr_array_index (agenda->due, i);

          return due != NULL ? g_date_time_ref (due) : NULL;
        }
    }
  g_assert_not_reached ();
}

/* Runs typed in for past days are not runs just finished: a run that
 * ended more than an hour ago, or longer ago than the reminder's delay,
 * never schedules "After your run"; a run just finished schedules it from
 * its end; undoing a delete puts nothing back on the clock. */
static void
test_after_run_only_for_fresh_runs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-after-run-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  BkRunStore *runs = bk_context_get_run_store (context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autoptr(GDateTime) two_hours_ago = g_date_time_add_hours (now, -2);
  g_autoptr(GDateTime) forty_min_ago = g_date_time_add_minutes (now, -40 - 30);
  g_autoptr(GDateTime) just_now = g_date_time_add_minutes (now, -35);
  g_autoptr(BkRun) old = bk_run_new (last_week, 10000, 3000);
  g_autoptr(BkRun) morning = bk_run_new (two_hours_ago, 8000, 2400);
  g_autoptr(BkRun) stale = bk_run_new (forty_min_ago, 5000, 1800);
  g_autoptr(BkRun) fresh = bk_run_new (just_now, 5000, 1800);
  g_autoptr(GDateTime) due = NULL;

  g_assert_no_error (error);
  g_assert_true (bk_stretch_store_ensure_routines (bk_context_get_stretch_store (context), &error));
  g_assert_null (after_run_due (context, now));

  /* Last week's run, and this morning's typed in now (ended 1 h 20 min
   * ago): no reminder. */
  g_assert_true (bk_run_store_add (runs, old, &error));
  g_assert_null (after_run_due (context, now));
  g_assert_true (bk_run_store_add (runs, morning, &error));
  g_assert_null (after_run_due (context, now));

  /* Ended 40 minutes ago: within the hour, but the 30 minutes have gone. */
  g_assert_true (bk_run_store_add (runs, stale, &error));
  g_assert_null (after_run_due (context, now));

  /* Its reminder time has passed: deleting it and undoing the delete puts
   * no reminder back on the clock. */
  g_assert_true (bk_run_store_delete (runs, bk_run_get_id (stale), &error));
  g_assert_true (bk_run_store_restore (runs, stale, &error));
  g_assert_no_error (error);
  g_assert_null (after_run_due (context, now));

  /* Ended 5 minutes ago: due 30 minutes after its end. */
  g_assert_true (bk_run_store_add (runs, fresh, &error));
  g_assert_no_error (error);
  due = after_run_due (context, now);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_to_unix (due), ==, g_date_time_to_unix (just_now) + 1800 + 30 * 60);
  g_clear_pointer (&due, g_date_time_unref);

  /* Undoing a delete puts the run back as it was logged (issue 15): the
   * run logged 40 minutes ago, deleted and restored, does not become the
   * newest log entry and take the place of the run just finished. */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE runs SET created_at = unixepoch () - 120 WHERE id = %" G_GINT64_FORMAT ";"
                                            "UPDATE runs SET created_at = unixepoch () - 2400 WHERE id = %" G_GINT64_FORMAT,
                                            bk_run_get_id (fresh), bk_run_get_id (stale));

    g_assert_cmpint (sqlite3_exec (bk_database_get_handle (bk_context_get_database (context)), sql,
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  }
  g_assert_true (bk_run_store_delete (runs, bk_run_get_id (stale), &error));
  g_assert_true (bk_run_store_restore (runs, stale, &error));
  g_assert_no_error (error);
  due = after_run_due (context, now);
  g_assert_nonnull (due);
  g_assert_cmpint (g_date_time_to_unix (due), ==, g_date_time_to_unix (just_now) + 1800 + 30 * 60);
  g_clear_pointer (&due, g_date_time_unref);


  g_assert_finalize_object (g_steal_pointer (&context));
  remove_data_dir (dir);
}

static void
test_autostart (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bk_autostart_path ();
  g_autofree char *contents = NULL;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (bk_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\nExec=backstretch --background\n"));
  g_assert_true (bk_autostart_set (FALSE, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Turning it off twice is fine. */
  g_assert_true (bk_autostart_set (FALSE, &error));
  g_assert_no_error (error);
}

static void
test_snooze (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-reminder-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  g_autoptr(BkReminderService) service = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *due;
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (bk_stretch_store_ensure_routines (bk_context_get_stretch_store (context), &error));
  routines = bk_stretch_store_list_routines (bk_context_get_stretch_store (context), &error);
  id = ((BkRoutine *) g_ptr_array_index (routines, 0))->id;

  g_setenv (BK_SNOOZE_SECONDS_ENV, "30", TRUE);
  service = bk_reminder_service_new (context);
  bk_reminder_service_start (service);
  g_assert_true (bk_reminder_service_snooze (service, id, &error));
  due = bk_reminder_service_get_next_due (service);
  g_assert_nonnull (due);
  g_assert_cmpint (bk_reminder_service_get_next_routine (service), ==, id);
  g_assert_cmpint (g_date_time_difference (due, now), >=, 29 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (due, now), <=, 32 * G_TIME_SPAN_SECOND);

  /* The snooze is what the Stretching page and --status show next, and a
   * restart keeps it. */
  {
    g_autoptr(BkStretchAgenda) agenda = bk_stretch_agenda_load (context, now, &error);
    g_autoptr(GString) status = g_string_new (NULL);
    g_autofree char *until = g_date_time_format (due, "%H:%M");
    g_autofree char *line = g_strdup_printf ("Next reminder: snoozed until ");
    gint64 at = g_date_time_to_unix (due);

    g_assert_no_error (error);
    g_assert_cmpint (agenda->next_index, ==, 0);
    g_assert_true (bk_stretch_agenda_is_snoozed (agenda, 0));
    g_assert_cmpint (g_date_time_to_unix (g_ptr_array_index (agenda->due, 0)), ==, at);
    bk_stretch_status_append (context, now, status);
    g_assert_nonnull (strstr (status->str, line));
    g_assert_nonnull (strstr (status->str, until));

    g_assert_finalize_object (g_steal_pointer (&service));
    service = bk_reminder_service_new (context);
    bk_reminder_service_start (service);
    g_assert_cmpint (bk_reminder_service_get_next_routine (service), ==, id);
    g_assert_cmpint (g_date_time_to_unix (bk_reminder_service_get_next_due (service)), ==, at);
  }

  /* Skipping today drops the snooze too. */
  g_assert_true (bk_reminder_service_skip_today (service, id, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (bk_reminder_service_get_next_routine (service) != id);
  {
    g_autoptr(BkStretchAgenda) agenda = bk_stretch_agenda_load (context, now, &error);

    g_assert_false (bk_stretch_agenda_is_snoozed (agenda, 0));
  }

  g_assert_finalize_object (g_steal_pointer (&service));
  g_assert_finalize_object (g_steal_pointer (&context));
  remove_data_dir (dir);
}

static void
on_notify_paused (BkReminderService *service,
                  GParamSpec        *pspec,
                  guint             *count)
{
  (*count)++;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void on_fired (BkReminderService *service, gint64 routine_id, gint64 *fired);

/* Issue 9: reminders stop while urgent advice is open, a missed one is not
 * shown, and an assessment brings them back. */
static void
test_paused_by_urgent_advice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-reminder-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  BkPainStore *pain = bk_context_get_pain_store (context);
  BkStretchStore *store = bk_context_get_stretch_store (context);
  g_autoptr(BkReminderService) service = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (now, -1);
  g_autoptr(GDateTime) felt = g_date_time_add_minutes (now, -2);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (felt, BK_PAIN_CONTEXT_AT_REST, 3);
  g_autoptr(BkClinicianAssessment) assessment = NULL;
  guint notified = 0;
  gint64 fired = 0;
  BkRoutine *routine;

  if (g_date_time_get_hour (now) == 0 && g_date_time_get_minute (now) < 3)
    {
      g_test_skip ("too close to midnight for a reminder earlier today");
      return;
    }
  g_assert_no_error (error);
  g_assert_true (bk_stretch_store_ensure_routines (store, &error));
  routines = bk_stretch_store_list_routines (store, &error);
  routine = g_ptr_array_index (routines, 1);
  routine->schedule = (BkSchedule) { BK_DAYS_ALL,
                                     g_date_time_get_hour (earlier) * 60 + g_date_time_get_minute (earlier), -1 };
  g_assert_true (bk_stretch_store_update_routine (store, routine, &error));

  service = bk_reminder_service_new (context);
  g_signal_connect (service, "notify::paused", G_CALLBACK (on_notify_paused), &notified);
  g_signal_connect (service, "fired", G_CALLBACK (on_fired), &fired);
  g_settings_set_int64 (settings, "reminders-checked-at", 0);
  bk_reminder_service_start (service);
  g_assert_nonnull (bk_reminder_service_get_next_due (service));
  g_assert_false (bk_reminder_service_get_paused (service));

  /* A 3/10 entry with saddle numbness. */
  bk_pain_entry_answer_no_warning_signs (entry);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_SADDLE_NUMBNESS, BK_ANSWER_YES);
  g_assert_true (bk_pain_store_add (pain, entry, &error));
  iterate ();
  g_assert_true (bk_reminder_service_get_paused (service));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_null (bk_reminder_service_get_next_due (service));
  /* A snooze does not sneak one through. */
  g_assert_true (bk_reminder_service_snooze (service, routine->id, &error));
  g_assert_null (bk_reminder_service_get_next_due (service));
  g_assert_finalize_object (g_steal_pointer (&service));

  /* Started again with a reminder missed a minute ago: not shown. */
  service = bk_reminder_service_new (context);
  g_signal_connect (service, "fired", G_CALLBACK (on_fired), &fired);
  g_settings_set_int64 (settings, "reminders-checked-at", g_date_time_to_unix (now) - 3600);
  bk_reminder_service_start (service);
  g_assert_cmpint (fired, ==, 0);
  g_assert_true (bk_reminder_service_get_paused (service));
  g_assert_null (bk_reminder_service_get_next_due (service));

  /* A mild entry does not resume them; an assessment does. */
  {
    g_autoptr(BkPainEntry) mild = bk_pain_entry_new (now, BK_PAIN_CONTEXT_AT_REST, 1);

    g_assert_true (bk_pain_store_add (pain, mild, &error));
    iterate ();
    g_assert_true (bk_reminder_service_get_paused (service));
  }
  assessment = bk_clinician_assessment_new (bk_date_julian_of (now), BK_CLINICIAN_OUTCOME_CLEARED);
  g_assert_true (bk_pain_store_add_assessment (pain, assessment, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_false (bk_reminder_service_get_paused (service));
  g_assert_nonnull (bk_reminder_service_get_next_due (service));

  g_assert_finalize_object (g_steal_pointer (&service));
  g_assert_finalize_object (g_steal_pointer (&context));
  remove_data_dir (dir);
}

static void
on_fired (BkReminderService *service,
          gint64             routine_id,
          gint64            *fired)
{
  *fired = routine_id;
}

/* What dunst showed, closed first so it is all in the history; NULL
 * without dunst. */
static char *
dunst_history (void)
{
  g_autofree char *out = NULL;
  g_autofree char *dunstctl = g_find_program_in_path ("dunstctl");
  const char *close_argv[] = { "dunstctl", "close-all", NULL };
  const char *history_argv[] = { "dunstctl", "history", NULL };
  gint64 deadline = g_get_monotonic_time () + 300 * 1000;

  if (dunstctl == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return NULL;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (!g_spawn_sync (NULL, (char **) close_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, NULL, NULL) ||
      !g_spawn_sync (NULL, (char **) history_argv, NULL, G_SPAWN_SEARCH_PATH,
                     NULL, NULL, &out, NULL, NULL, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* Scheduled a minute ago, last checked before that: shown once at start,
 * saying it was missed and when it was due. */
static void
test_missed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-reminder-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  BkStretchStore *store = bk_context_get_stretch_store (context);
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (now, -1);
  BkRoutine *routine;
  gint64 fired = 0;

  if (g_date_time_get_hour (now) == 0 && g_date_time_get_minute (now) < 2)
    {
      g_test_skip ("too close to midnight for a reminder earlier today");
      return;
    }
  g_assert_true (bk_stretch_store_ensure_routines (store, &error));
  routines = bk_stretch_store_list_routines (store, &error);
  routine = g_ptr_array_index (routines, 1);
  routine->schedule = (BkSchedule) { BK_DAYS_ALL,
                                     g_date_time_get_hour (earlier) * 60 + g_date_time_get_minute (earlier), -1 };
  g_assert_true (bk_stretch_store_update_routine (store, routine, &error));
  g_assert_no_error (error);

  for (int round = 0; round < 3; round++)
    {
      g_autoptr(BkReminderService) service = bk_reminder_service_new (context);

      /* Round 0: never checked before, so nothing counts as missed.
       * Round 1: checked before the due time: shown once.
       * Round 2: that showing counted as a check: not again. */
      if (round == 1)
        g_settings_set_int64 (settings, "reminders-checked-at", g_date_time_to_unix (now) - 3600);
      if (round == 0)
        g_settings_set_int64 (settings, "reminders-checked-at", 0);
      fired = 0;
      g_signal_connect (service, "fired", G_CALLBACK (on_fired), &fired);
      bk_reminder_service_start (service);
      g_assert_cmpint (fired, ==, round == 1 ? routine->id : 0);
      if (round == 1)
        {
          g_autofree char *history = dunst_history ();
          g_autofree char *summary = g_strdup_printf ("\"Missed reminder: %s\"", routine->name);
          g_autofree char *at = g_date_time_format (earlier, "%H:%M");
          g_autofree char *due = g_strdup_printf ("It was due at %s.", at);

          if (history == NULL)
            g_test_message ("no dunst: the missed reminder's text is not read back");
          else
            {
              g_assert_nonnull (strstr (history, summary));
              g_assert_nonnull (strstr (history, due));
            }
        }
      g_assert_cmpint (g_settings_get_int64 (settings, "reminders-checked-at"), >=, g_date_time_to_unix (now));
      g_assert_finalize_object (g_steal_pointer (&service));
    }

  g_assert_finalize_object (g_steal_pointer (&context));
  remove_data_dir (dir);
}

static void
test_status (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-status-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) evening = g_date_time_new (tz, 2026, 11, 26, 20, 0, 0);
  g_autoptr(BkTightnessTest) test = bk_tightness_test_new ("calves", BK_TIGHTNESS_RIGHT,
                                                           bk_date_julian_of (evening) - 30);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(BkAdviceEpisode) episode = bk_advice_get_current (context, evening, &error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *json, *routine, *step, *tightness;
  JsonArray *steps;

  g_assert_true (bk_stretch_store_add_tightness (bk_context_get_stretch_store (context), test, &error));
  json_builder_begin_object (builder);
  bk_status_json_add_stretching (builder, context, evening, episode);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json = json_node_get_object (root);
  /* Daily back care at 19:00 has passed: tomorrow's is next, with the
   * offset written in full (RFC 3339), not "+01". */
  g_assert_cmpstr (json_object_get_string_member (json, "next_reminder_at"), ==, "2026-11-27T19:00:00+01:00");
  g_assert_cmpstr (json_object_get_string_member (json, "next_reminder_routine"), ==, "Daily back care");
  g_assert_false (json_object_get_boolean_member (json, "reminders_paused"));
  routine = json_object_get_object_member (json, "today_routine");
  g_assert_cmpstr (json_object_get_string_member (routine, "name"), ==, "After your run");
  steps = json_object_get_array_member (routine, "steps");
  step = NULL;
  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      JsonObject *candidate = json_array_get_object_element (steps, i);

      if (g_str_equal (json_object_get_string_member (candidate, "stretch"), "calf-wall"))
        {
          gboolean right = g_str_equal (json_object_get_string_member (candidate, "side"), "right");

          g_assert_cmpint (json_object_get_boolean_member (candidate, "tighter"), ==, right);
          g_assert_cmpint (json_object_get_int_member (candidate, "reps"), ==, right ? 3 : 2);
          g_assert_cmpint (json_object_get_int_member (candidate, "seconds"), ==, right ? 90 : 60);
          step = candidate;
        }
    }
  g_assert_nonnull (step);
  tightness = json_array_get_object_element (json_object_get_array_member (json, "tightness"), 0);
  g_assert_cmpstr (json_object_get_string_member (tightness, "muscle"), ==, "calves");
  g_assert_cmpstr (json_object_get_string_member (tightness, "tighter"), ==, "right");
  g_assert_cmpstr (json_object_get_string_member (tightness, "tested_on"), ==, "2026-10-27");
  g_assert_true (json_object_get_boolean_member (tightness, "retest_due"));

  bk_stretch_status_append (context, evening, text);
  g_assert_nonnull (strstr (text->str, "Next reminder: Fri 27 Nov 19:00, Daily back care"));
  g_assert_nonnull (strstr (text->str, "Today’s routine: After your run"));
  g_assert_nonnull (strstr (text->str, "(tighter side)"));
  g_assert_nonnull (strstr (text->str, "Calves: right tighter"));
  g_assert_nonnull (strstr (text->str, "time to re-test"));

  g_assert_finalize_object (g_steal_pointer (&context));
  remove_data_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *config = NULL;
  int status;

  config = g_dir_make_tmp ("bk-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reminders/skip-today", test_skip_today);
  g_test_add_func ("/reminders/autostart", test_autostart);
  g_test_add_func ("/reminders/after-run-only-for-fresh-runs", test_after_run_only_for_fresh_runs);
  g_test_add_func ("/reminders/snooze", test_snooze);
  g_test_add_func ("/reminders/missed", test_missed);
  g_test_add_func ("/reminders/status", test_status);
  g_test_add_func ("/reminders/paused-by-urgent-advice", test_paused_by_urgent_advice);
  status = g_test_run ();

  {
    g_autofree char *autostart = g_build_filename (config, "autostart", NULL);

    g_rmdir (autostart);
    g_rmdir (config);
  }
  return status;
}
