/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "store/bk-pain-store.h"
#include "store/bk-run-store.h"

typedef struct {
  char        *dir;
  BkDatabase  *database;
  BkPainStore *store;
  BkRunStore  *runs;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("bk-pain-store-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.sqlite3", NULL);
  fixture->database = bk_database_open (path, &error);
  g_assert_no_error (error);
  fixture->store = bk_pain_store_new (fixture->database);
  fixture->runs = bk_run_store_new (fixture->database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "test.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->runs);
  g_assert_finalize_object (fixture->database);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static GDateTime *
at (int day,
    int hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");

  return g_date_time_new (zone, 2026, 11, day, hour, 30, 0);
}

static BkPainEntry *
full_entry (void)
{
  g_autoptr(GDateTime) when = at (20, 7);
  BkPainEntry *entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_DURING_RUN, 6);

  bk_pain_entry_set_minutes_in (entry, 14);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_LEFT_BUTTOCK);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BUTTOCK | BK_PAIN_CHARACTER_STIFFNESS);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_TRAINING_INCREASE, BK_ANSWER_YES);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_SEEN_PROFESSIONAL, BK_ANSWER_NO);
  bk_pain_entry_set_notes (entry, "hill reps, “sharp” on the left");
  return entry;
}

static void
assert_same (BkPainEntry *a,
             BkPainEntry *b)
{
  g_assert_cmpint (bk_pain_entry_get_id (a), ==, bk_pain_entry_get_id (b));
  g_assert_true (g_date_time_equal (bk_pain_entry_get_when (a), bk_pain_entry_get_when (b)));
  g_assert_cmpint (g_date_time_get_utc_offset (bk_pain_entry_get_when (a)), ==,
                   g_date_time_get_utc_offset (bk_pain_entry_get_when (b)));
  g_assert_cmpint (bk_pain_entry_get_context (a), ==, bk_pain_entry_get_context (b));
  g_assert_cmpint (bk_pain_entry_get_minutes_in (a), ==, bk_pain_entry_get_minutes_in (b));
  g_assert_cmpint (bk_pain_entry_get_run_id (a), ==, bk_pain_entry_get_run_id (b));
  g_assert_cmpint (bk_pain_entry_get_rating (a), ==, bk_pain_entry_get_rating (b));
  g_assert_cmpuint (bk_pain_entry_get_locations (a), ==, bk_pain_entry_get_locations (b));
  g_assert_cmpuint (bk_pain_entry_get_character (a), ==, bk_pain_entry_get_character (b));
  g_assert_cmpuint (bk_pain_entry_get_emergency (a), ==, bk_pain_entry_get_emergency (b));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    g_assert_cmpint (bk_pain_entry_get_warning_sign (a, i), ==, bk_pain_entry_get_warning_sign (b, i));
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    g_assert_cmpint (bk_pain_entry_get_trigger (a, i), ==, bk_pain_entry_get_trigger (b, i));
  g_assert_cmpstr (bk_pain_entry_get_notes (a), ==, bk_pain_entry_get_notes (b));
}

static void
count_changed (gpointer  instance,
               guint    *count)
{
  (*count)++;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BkPainEntry) entry = full_entry ();
  g_autoptr(BkPainEntry) read = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = bk_pain_store_get_model (fixture->store);
  guint changed = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_assert_true (bk_pain_store_add (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_pain_entry_get_id (entry), >, 0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  read = bk_pain_store_get (fixture->store, bk_pain_entry_get_id (entry), &error);
  g_assert_no_error (error);
  assert_same (entry, read);

  /* Update every kind of field, including clearing answers. */
  bk_pain_entry_set_context (read, BK_PAIN_CONTEXT_NEXT_MORNING);
  bk_pain_entry_set_minutes_in (read, 0);
  bk_pain_entry_set_rating (read, 2);
  bk_pain_entry_set_emergency (read, BK_PAIN_EMERGENCY_SADDLE_NUMBNESS);
  bk_pain_entry_set_trigger (read, BK_PAIN_TRIGGER_TRAINING_INCREASE, BK_ANSWER_UNANSWERED);
  bk_pain_entry_set_trigger (read, BK_PAIN_TRIGGER_HILLS, BK_ANSWER_YES);
  g_assert_true (bk_pain_store_update (fixture->store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  {
    g_autoptr(BkPainEntry) again = bk_pain_store_get (fixture->store, bk_pain_entry_get_id (read), &error);
    g_autoptr(BkPainEntry) in_model = g_list_model_get_item (model, 0);

    g_assert_no_error (error);
    assert_same (read, again);
    g_assert_cmpint (bk_pain_entry_get_rating (in_model), ==, 2);
  }

  g_signal_handlers_disconnect_by_func (fixture->store, count_changed, &changed);
}

static void
test_list_order_and_range (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;
  const int days[] = { 18, 22, 20 };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GDateTime) when = at (days[i], 19);
      g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, (int) i + 1);

      g_assert_true (bk_pain_store_add (fixture->store, entry, &error));
    }

  all = bk_pain_store_list (fixture->store, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpint (bk_pain_entry_get_rating (all->pdata[0]), ==, 2);
  g_assert_cmpint (bk_pain_entry_get_rating (all->pdata[1]), ==, 3);
  g_assert_cmpint (bk_pain_entry_get_rating (all->pdata[2]), ==, 1);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 19, 11, 2026);
  some = bk_pain_store_list (fixture->store, g_date_get_julian (&date), g_date_get_julian (&date) + 1, 0, &error);
  g_assert_cmpuint (some->len, ==, 1);
  g_assert_cmpint (bk_pain_entry_get_rating (some->pdata[0]), ==, 3);

  latest = bk_pain_store_list (fixture->store, 0, 0, 1, &error);
  g_assert_cmpuint (latest->len, ==, 1);
  g_assert_cmpint (bk_pain_entry_get_rating (latest->pdata[0]), ==, 2);

  /* The model, loaded after the fact, has the same order. */
  model = bk_pain_store_get_model (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  {
    g_autoptr(BkPainEntry) first = g_list_model_get_item (model, 0);

    g_assert_cmpint (bk_pain_entry_get_rating (first), ==, 2);
  }
}

static void
test_delete_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BkPainEntry) entry = full_entry ();
  g_autoptr(BkPainEntry) read = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = bk_pain_store_get_model (fixture->store);
  gint64 id;

  g_assert_true (bk_pain_store_add (fixture->store, entry, &error));
  id = bk_pain_entry_get_id (entry);
  g_assert_true (bk_pain_store_delete (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_null (bk_pain_store_get (fixture->store, id, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (bk_pain_store_delete (fixture->store, id, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (bk_pain_store_restore (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_pain_entry_get_id (entry), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  read = bk_pain_store_get (fixture->store, id, &error);
  assert_same (entry, read);
}

static void
test_linked_run_deleted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) start = at (20, 7);
  g_autoptr(BkRun) run = bk_run_new (start, 10000, 3300);
  g_autoptr(BkPainEntry) entry = full_entry ();
  g_autoptr(BkPainEntry) read = NULL;
  g_autoptr(BkPainEntry) orphan = full_entry ();
  g_autoptr(GError) error = NULL;
  GListModel *model = bk_pain_store_get_model (fixture->store);

  g_assert_true (bk_run_store_add (fixture->runs, run, &error));
  bk_pain_entry_set_run_id (entry, bk_run_get_id (run));
  g_assert_true (bk_pain_store_add (fixture->store, entry, &error));

  /* A link to a run that does not exist is refused. */
  bk_pain_entry_set_run_id (orphan, bk_run_get_id (run) + 100);
  g_assert_false (bk_pain_store_add (fixture->store, orphan, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (bk_pain_entry_get_id (orphan), ==, 0);

  /* Deleting the run keeps the entry and drops only the link. */
  g_assert_true (bk_run_store_delete (fixture->runs, bk_run_get_id (run), &error));
  read = bk_pain_store_get (fixture->store, bk_pain_entry_get_id (entry), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_pain_entry_get_run_id (read), ==, 0);
  g_assert_cmpint (bk_pain_entry_get_rating (read), ==, 6);

  /* After a reload the model shows the link gone too. */
  bk_pain_store_reload (fixture->store);
  {
    g_autoptr(BkPainEntry) in_model = g_list_model_get_item (model, 0);

    g_assert_cmpint (bk_pain_entry_get_run_id (in_model), ==, 0);
  }

  /* Undo of an entry whose run has gone restores it unlinked. */
  g_assert_true (bk_pain_store_delete (fixture->store, bk_pain_entry_get_id (entry), &error));
  g_assert_true (bk_pain_store_restore (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_pain_entry_get_run_id (entry), ==, 0);
}

/* The table refuses what the form refuses, even past the store's API. */
static void
test_check_constraints (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *bad[] = {
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 11)",
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', -1)",
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', NULL)",
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'jogging', 3)",
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('yesterday', 'at-rest', 3)",
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'during-run', 3)",
    "INSERT INTO pain_entries (felt_at, context, minutes_in, rating) VALUES ('2026-11-20T07:30:00+01:00', 'during-run', 0, 3)",
    "INSERT INTO pain_entries (felt_at, context, minutes_in, rating) VALUES ('2026-11-20T07:30:00+01:00', 'during-run', 601, 3)",
    "INSERT INTO pain_entries (felt_at, context, minutes_in, rating) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 12, 3)",
    "INSERT INTO pain_entries (felt_at, context, rating, locations) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 128)",
    "INSERT INTO pain_entries (felt_at, context, rating, character) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 4096)",
    "INSERT INTO pain_entries (felt_at, context, rating, character) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 9)",
    "INSERT INTO pain_entries (felt_at, context, rating, emergency) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 16)",
    "INSERT INTO pain_entries (felt_at, context, rating, trigger_hills) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 2)",
    "INSERT INTO pain_entries (felt_at, context, rating, run_id) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, 999)",
    "INSERT INTO pain_entries (felt_at, context, rating, notes) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 3, printf ('%.10001c', 'x'))",
  };
  const char *good[] = {
    "INSERT INTO pain_entries (felt_at, context, rating) VALUES ('2026-11-20T07:30:00+01:00', 'at-rest', 0)",
    "INSERT INTO pain_entries (felt_at, context, minutes_in, rating) VALUES ('2026-11-20T07:30:00+01:00', 'during-run', 600, 10)",
    "INSERT INTO pain_entries (felt_at, context, rating, locations, character, emergency) VALUES ('2026-11-20T07:30:00+01:00', 'next-morning', 3, 127, 4094, 15)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (bk_database_exec (fixture->database, bad[i], &error));
      g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (bk_database_exec (fixture->database, good[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_store_rejects_invalid_entry (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(BkPainEntry) entry = full_entry ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changed), &changed);
  bk_pain_entry_set_rating (entry, 12);
  g_assert_false (bk_pain_store_add (fixture->store, entry, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bk_pain_entry_get_id (entry), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bk_pain_store_get_model (fixture->store)), ==, 0);
  g_signal_handlers_disconnect_by_func (fixture->store, count_changed, &changed);
}

/* All three states of each sign survive the database, apart from each
 * other and from the neighbouring signs. */
static void
test_warning_signs (Fixture       *fixture,
                    gconstpointer  data)
{
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      g_autoptr(BkPainEntry) entry = full_entry ();
      g_autoptr(BkPainEntry) read = NULL;
      g_autoptr(GError) error = NULL;

      bk_pain_entry_answer_no_warning_signs (entry);
      bk_pain_entry_set_warning_sign (entry, i, BK_ANSWER_YES);
      bk_pain_entry_set_warning_sign (entry, (i + 1) % BK_N_WARNING_SIGNS, BK_ANSWER_UNANSWERED);
      if (i == BK_WARNING_SIGN_BOTH_LEGS)
        bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_TINGLING);
      g_assert_true (bk_pain_store_add (fixture->store, entry, &error));
      g_assert_no_error (error);
      read = bk_pain_store_get (fixture->store, bk_pain_entry_get_id (entry), &error);
      g_assert_no_error (error);
      assert_same (entry, read);
      g_assert_cmpint (bk_pain_entry_get_warning_sign (read, i), ==, BK_ANSWER_YES);
      g_assert_cmpint (bk_pain_entry_get_warning_sign (read, (i + 1) % BK_N_WARNING_SIGNS), ==,
                       BK_ANSWER_UNANSWERED);
      g_assert_cmpint (bk_pain_entry_get_warning_sign (read, (i + 2) % BK_N_WARNING_SIGNS), ==, BK_ANSWER_NO);

      /* Back to "not asked" on update. */
      for (guint j = 0; j < BK_N_WARNING_SIGNS; j++)
        bk_pain_entry_set_warning_sign (read, j, BK_ANSWER_UNANSWERED);
      g_assert_true (bk_pain_store_update (fixture->store, read, &error));
      g_clear_object (&entry);
      entry = bk_pain_store_get (fixture->store, bk_pain_entry_get_id (read), &error);
      g_assert_false (bk_pain_entry_get_warning_signs_answered (entry));
      g_assert_false (bk_pain_entry_has_emergency_sign (entry));
    }

  /* The table refuses a third value. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (bk_database_exec (fixture->database, "UPDATE pain_entries SET sign_bowel = 2", &error));
    g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  }
}

static void
test_screens_and_assessments (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) noon = at (20, 12);
  guint32 day = bk_date_julian_of (noon);
  g_autoptr(BkHealthScreen) first = bk_health_screen_new (day - 30);
  g_autoptr(BkHealthScreen) second = bk_health_screen_new (day);
  g_autoptr(BkClinicianAssessment) visit = bk_clinician_assessment_new (day, BK_CLINICIAN_OUTCOME_NOT_CLEARED);
  g_autoptr(BkClinicianAssessment) plain = bk_clinician_assessment_new (day - 3, BK_CLINICIAN_OUTCOME_NONE);
  g_autoptr(GPtrArray) screens = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GError) error = NULL;
  BkHealthScreen *read;
  guint changed = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_changed), &changed);
  screens = bk_pain_store_list_screens (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (screens->len, ==, 0);
  g_clear_pointer (&screens, g_ptr_array_unref);

  bk_health_screen_set_age_band (second, BK_AGE_BAND_OVER_50);
  bk_health_screen_set_answer (second, BK_SCREEN_PAST_CANCER, BK_ANSWER_NO);
  bk_health_screen_set_answer (second, BK_SCREEN_BONY_TENDERNESS, BK_ANSWER_YES);
  g_assert_true (bk_pain_store_add_screen (fixture->store, first, &error));
  g_assert_true (bk_pain_store_add_screen (fixture->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_health_screen_get_id (second), >, bk_health_screen_get_id (first));
  g_assert_cmpuint (changed, ==, 2);

  screens = bk_pain_store_list_screens (fixture->store, &error);
  g_assert_cmpuint (screens->len, ==, 2);
  read = screens->pdata[0];
  g_assert_cmpuint (bk_health_screen_get_taken_on (read), ==, day);
  g_assert_cmpint (bk_health_screen_get_age_band (read), ==, BK_AGE_BAND_OVER_50);
  g_assert_cmpint (bk_health_screen_get_answer (read, BK_SCREEN_PAST_CANCER), ==, BK_ANSWER_NO);
  g_assert_cmpint (bk_health_screen_get_answer (read, BK_SCREEN_BONY_TENDERNESS), ==, BK_ANSWER_YES);
  g_assert_cmpint (bk_health_screen_get_answer (read, BK_SCREEN_STEROIDS), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpint (bk_health_screen_get_age_band (screens->pdata[1]), ==, BK_AGE_BAND_UNANSWERED);

  bk_clinician_assessment_set_notes (visit, "Physio, “see again in 2 weeks”");
  g_assert_true (bk_pain_store_add_assessment (fixture->store, visit, &error));
  g_assert_true (bk_pain_store_add_assessment (fixture->store, plain, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 4);
  visits = bk_pain_store_list_assessments (fixture->store, &error);
  g_assert_cmpuint (visits->len, ==, 2);
  g_assert_cmpint (bk_clinician_assessment_get_id (visits->pdata[0]), ==, bk_clinician_assessment_get_id (visit));
  g_assert_cmpint (bk_clinician_assessment_get_outcome (visits->pdata[0]), ==, BK_CLINICIAN_OUTCOME_NOT_CLEARED);
  g_assert_cmpstr (bk_clinician_assessment_get_notes (visits->pdata[0]), ==, "Physio, “see again in 2 weeks”");
  g_assert_cmpint (bk_clinician_assessment_get_outcome (visits->pdata[1]), ==, BK_CLINICIAN_OUTCOME_NONE);

  g_assert_true (bk_pain_store_delete_assessment (fixture->store, bk_clinician_assessment_get_id (plain), &error));
  g_assert_cmpuint (changed, ==, 5);
  g_assert_false (bk_pain_store_delete_assessment (fixture->store, bk_clinician_assessment_get_id (plain), &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Bad values stop at the table. */
  g_assert_false (bk_database_exec (fixture->database,
                                    "INSERT INTO clinician_assessments (assessed_on, outcome)"
                                    " VALUES ('2026-11-20', 'fine')", &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (bk_database_exec (fixture->database,
                                    "INSERT INTO health_screens (taken_on, age_band) VALUES ('2026-11-20', '40')",
                                    &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);

  g_signal_handlers_disconnect_by_func (fixture->store, count_changed, &changed);
}

/* A database from before the warning signs: old rows become "not asked",
 * except that each old emergency bit answered yes stays yes for the signs
 * it stood for. Built from the schema the old binary wrote. */
static void
test_migration (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *schema_path = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"), "tests", "store",
                                                   "schema-before-warning-signs.sql", NULL);
  g_autofree char *schema = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "old.sqlite3", NULL);
  g_autoptr(BkDatabase) database = NULL;
  g_autoptr(BkPainStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_assert_true (g_file_get_contents (schema_path, &schema, NULL, &error));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, schema, NULL, NULL, NULL), ==, SQLITE_OK);
  /* emergency: 0 = none, 1 = bladder or bowels, 2 = saddle, 4 = weakness,
   * 8 = both legs. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO pain_entries (felt_at, context, rating, emergency, character) VALUES"
                                 " ('2026-11-01T08:00:00+01:00', 'at-rest', 3, 0, 0),"
                                 " ('2026-11-02T08:00:00+01:00', 'at-rest', 8, 1, 0),"
                                 " ('2026-11-03T08:00:00+01:00', 'at-rest', 8, 14, 16)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = bk_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_database_get_schema_version (database), ==, bk_database_get_latest_version ());
  store = bk_pain_store_new (database);
  entries = bk_pain_store_list (store, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);

  /* Newest first. */
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      BkAnswer expected_3 = (i == BK_WARNING_SIGN_SADDLE_NUMBNESS || i == BK_WARNING_SIGN_LEG_WEAKNESS ||
                             i == BK_WARNING_SIGN_BOTH_LEGS) ? BK_ANSWER_YES : BK_ANSWER_UNANSWERED;
      BkAnswer expected_2 = (i == BK_WARNING_SIGN_BLADDER || i == BK_WARNING_SIGN_BOWEL) ? BK_ANSWER_YES
                                                                                          : BK_ANSWER_UNANSWERED;

      g_assert_cmpint (bk_pain_entry_get_warning_sign (entries->pdata[0], i), ==, expected_3);
      g_assert_cmpint (bk_pain_entry_get_warning_sign (entries->pdata[1], i), ==, expected_2);
      g_assert_cmpint (bk_pain_entry_get_warning_sign (entries->pdata[2], i), ==, BK_ANSWER_UNANSWERED);
    }
  /* The old column is still readable as the four-bit view. */
  g_assert_cmpuint (bk_pain_entry_get_emergency (entries->pdata[0]), ==, 14);
  g_assert_cmpuint (bk_pain_entry_get_emergency (entries->pdata[1]), ==, 1);
  g_assert_true (bk_database_exec (database, "SELECT count (*) FROM health_screens", NULL));
  g_assert_true (bk_database_exec (database, "SELECT count (*) FROM clinician_assessments", NULL));

  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_finalize_object (g_steal_pointer (&database));
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
  }
}

static void
test_schema_version (Fixture       *fixture,
                     gconstpointer  data)
{
  /* Migration 2 adds the table on top of the runs table. */
  g_assert_cmpint (bk_database_get_schema_version (fixture->database), >=, 2);
  g_assert_true (bk_database_exec (fixture->database, "SELECT count(*) FROM pain_entries", NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pain-store/round-trip", test_round_trip);
  ADD ("/pain-store/list-order-and-range", test_list_order_and_range);
  ADD ("/pain-store/delete-and-restore", test_delete_and_restore);
  ADD ("/pain-store/linked-run-deleted", test_linked_run_deleted);
  ADD ("/pain-store/check-constraints", test_check_constraints);
  ADD ("/pain-store/rejects-invalid", test_store_rejects_invalid_entry);
  ADD ("/pain-store/schema-version", test_schema_version);
  ADD ("/pain-store/warning-signs", test_warning_signs);
  ADD ("/pain-store/screens-and-assessments", test_screens_and_assessments);
  ADD ("/pain-store/migration", test_migration);
#undef ADD

  return g_test_run ();
}
