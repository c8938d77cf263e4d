/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

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
#undef ADD

  return g_test_run ();
}
