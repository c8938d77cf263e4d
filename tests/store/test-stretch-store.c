/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/bk-date.h"
#include "store/bk-database.h"
#include "store/bk-stretch-store.h"

typedef struct {
  char           *dir;
  BkDatabase     *database;
  BkStretchStore *store;
  guint           changed;
} Fixture;

static GPtrArray *
load_shipped (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"),
                                            "seeds", "stretches.ini", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  GPtrArray *catalogue;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  catalogue = bk_stretch_catalogue_parse (data, length, &error);
  g_assert_no_error (error);
  return catalogue;
}

static void
on_changed (BkStretchStore *store,
            Fixture        *f)
{
  f->changed++;
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shipped = load_shipped ();
  g_autofree char *path = g_build_filename (f->dir, "test.sqlite3", NULL);

  f->database = bk_database_open (path, &error);
  g_assert_no_error (error);
  f->store = bk_stretch_store_new (f->database, shipped);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_close (Fixture *f)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  f->store = NULL;
  f->database = NULL;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bk-stretch-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture_open (f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "test.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  fixture_close (f);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (db);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static guint32
julian (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

static void
test_starting_routines (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  BkRoutine *r;

  g_assert_true (bk_stretch_store_ensure_routines (f->store, &error));
  g_assert_no_error (error);
  routines = bk_stretch_store_list_routines (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (routines->len, ==, 2);
  r = g_ptr_array_index (routines, 0);
  g_assert_cmpstr (r->name, ==, "After your run");
  g_assert_cmpstr (g_ptr_array_index (r->stretch_ids, 0), ==, "calf-wall");
  g_assert_cmpint (r->schedule.after_run_min, ==, 30);
  r = g_ptr_array_index (routines, 1);
  g_assert_cmpstr (r->name, ==, "Daily back care");
  g_assert_cmpuint (r->schedule.days, ==, BK_DAYS_ALL);
  g_assert_cmpint (r->schedule.minute_of_day, ==, 19 * 60);

  /* Only once, also after the user deleted them. */
  g_assert_true (bk_stretch_store_ensure_routines (f->store, &error));
  again = bk_stretch_store_list_routines (f->store, &error);
  g_assert_cmpuint (again->len, ==, 2);
  for (guint i = 0; i < again->len; i++)
    g_assert_true (bk_stretch_store_delete_routine (f->store, ((BkRoutine *) g_ptr_array_index (again, i))->id, &error));
  g_assert_true (bk_stretch_store_ensure_routines (f->store, &error));
  after_delete = bk_stretch_store_list_routines (f->store, &error);
  g_assert_cmpuint (after_delete->len, ==, 0);
}

static void
test_routine_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRoutine) routine = bk_routine_new ("  Morning  ", BK_TIMING_BEFORE_RUN);
  g_autoptr(BkRoutine) read = NULL;
  g_autoptr(BkRoutine) reread = NULL;
  g_autoptr(BkRoutine) bad = NULL;
  guint before;

  g_ptr_array_add (routine->stretch_ids, g_strdup ("calf-wall"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("lizard"));
  routine->schedule = (BkSchedule) { BK_DAY_BIT (G_DATE_MONDAY), 7 * 60, -1 };
  g_assert_true (bk_stretch_store_add_routine (f->store, routine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (routine->id, >, 0);
  g_assert_cmpuint (f->changed, ==, 1);

  read = bk_stretch_store_get_routine (f->store, routine->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->name, ==, "Morning");
  g_assert_cmpint (read->timing, ==, BK_TIMING_BEFORE_RUN);
  g_assert_cmpuint (read->stretch_ids->len, ==, 2);
  g_assert_cmpint (read->schedule.minute_of_day, ==, 7 * 60);

  /* Rename, reorder, add, remove. */
  g_free (read->name);
  read->name = g_strdup ("Before a run");
  g_ptr_array_remove_index (read->stretch_ids, 0);
  g_ptr_array_add (read->stretch_ids, g_strdup ("childs-pose"));
  g_ptr_array_insert (read->stretch_ids, 0, g_strdup ("hamstrings-standing"));
  read->schedule = (BkSchedule) { 0, -1, 15 };
  g_assert_true (bk_stretch_store_update_routine (f->store, read, &error));
  g_assert_no_error (error);

  reread = bk_stretch_store_get_routine (f->store, routine->id, &error);
  g_assert_cmpstr (reread->name, ==, "Before a run");
  g_assert_cmpuint (reread->stretch_ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (reread->stretch_ids, 0), ==, "hamstrings-standing");
  g_assert_cmpstr (g_ptr_array_index (reread->stretch_ids, 1), ==, "lizard");
  g_assert_cmpstr (g_ptr_array_index (reread->stretch_ids, 2), ==, "childs-pose");
  g_assert_cmpint (reread->schedule.minute_of_day, ==, -1);
  g_assert_cmpint (reread->schedule.after_run_min, ==, 15);

  /* A bad edit changes nothing and says what is wrong. */
  before = f->changed;
  bad = bk_routine_copy (reread);
  g_free (bad->name);
  bad->name = g_strdup ("");
  g_ptr_array_set_size (bad->stretch_ids, 0);
  g_assert_false (bk_stretch_store_update_routine (f->store, bad, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==, "A routine needs a name");
  g_clear_error (&error);
  g_free (bad->name);
  bad->name = g_strdup ("Fine");
  bad->schedule.minute_of_day = 1440;
  bad->schedule.days = 1;
  g_assert_false (bk_stretch_store_update_routine (f->store, bad, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (f->changed, ==, before);
  g_clear_pointer (&reread, bk_routine_free);
  reread = bk_stretch_store_get_routine (f->store, routine->id, &error);
  g_assert_cmpuint (reread->stretch_ids->len, ==, 3);

  g_assert_true (bk_stretch_store_skip_today (f->store, routine->id, julian (2026, 11, 26), &error));
  g_clear_pointer (&reread, bk_routine_free);
  reread = bk_stretch_store_get_routine (f->store, routine->id, &error);
  g_assert_cmpuint (reread->skipped_julian, ==, julian (2026, 11, 26));

  g_assert_true (bk_stretch_store_delete_routine (f->store, routine->id, &error));
  g_assert_null (bk_stretch_store_get_routine (f->store, routine->id, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (bk_stretch_store_delete_routine (f->store, routine->id, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
}

static void
test_user_stretch_and_holds (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkStretch) mine = bk_stretch_new ("physio-clam", "Clamshell", TRUE, 5, 15);
  g_autoptr(BkStretch) clash = bk_stretch_new ("pigeon", "My pigeon", TRUE, 30, 2);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) reset = NULL;
  BkStretch *s;

  mine->kind = BK_STRETCH_KIND_STRENGTH;
  g_assert_true (bk_stretch_store_add_stretch (f->store, mine, &error));
  g_assert_no_error (error);
  g_assert_false (bk_stretch_store_add_stretch (f->store, mine, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (bk_stretch_store_add_stretch (f->store, clash, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (bk_stretch_store_set_hold (f->store, "pigeon", 45, 3, &error));
  g_assert_true (bk_stretch_store_set_hold (f->store, "physio-clam", 6, 12, &error));
  g_assert_false (bk_stretch_store_set_hold (f->store, "pigeon", 0, 3, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (bk_stretch_store_set_hold (f->store, "no-such", 30, 3, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  all = bk_stretch_store_list_stretches (f->store, &error);
  g_assert_no_error (error);
  s = bk_stretch_catalogue_find (all, "pigeon");
  g_assert_cmpuint (s->hold_s, ==, 45);
  g_assert_cmpuint (s->reps, ==, 3);
  s = bk_stretch_catalogue_find (all, "physio-clam");
  g_assert_nonnull (s);
  g_assert_true (s->user_defined);
  g_assert_cmpint (s->kind, ==, BK_STRETCH_KIND_STRENGTH);
  g_assert_cmpuint (s->hold_s, ==, 6);
  g_assert_cmpuint (s->reps, ==, 12);

  g_assert_true (bk_stretch_store_reset_hold (f->store, "pigeon", &error));
  g_assert_true (bk_stretch_store_delete_stretch (f->store, "physio-clam", &error));
  reset = bk_stretch_store_list_stretches (f->store, &error);
  g_assert_cmpuint (bk_stretch_catalogue_find (reset, "pigeon")->hold_s, ==, 30);
  g_assert_null (bk_stretch_catalogue_find (reset, "physio-clam"));
}

static void
test_tightness (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkTightnessTest) old = bk_tightness_test_new ("calves", BK_TIGHTNESS_LEFT, julian (2026, 10, 1));
  g_autoptr(BkTightnessTest) now = bk_tightness_test_new ("calves", BK_TIGHTNESS_RIGHT, julian (2026, 11, 1));
  g_autoptr(BkTightnessTest) hams = bk_tightness_test_new ("hamstrings", BK_TIGHTNESS_EVEN, julian (2026, 11, 2));
  g_autoptr(BkTightnessTest) unknown = bk_tightness_test_new ("hips", BK_TIGHTNESS_UNKNOWN, julian (2026, 11, 2));
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GHashTable) map = NULL;

  /* Recorded out of order: the newest by date wins. */
  g_assert_true (bk_stretch_store_add_tightness (f->store, now, &error));
  g_assert_true (bk_stretch_store_add_tightness (f->store, old, &error));
  g_assert_true (bk_stretch_store_add_tightness (f->store, hams, &error));
  g_assert_no_error (error);
  g_assert_false (bk_stretch_store_add_tightness (f->store, unknown, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  latest = bk_stretch_store_latest_tightness (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (latest->len, ==, 2);
  g_assert_cmpstr (((BkTightnessTest *) g_ptr_array_index (latest, 0))->muscle, ==, "calves");
  g_assert_cmpint (((BkTightnessTest *) g_ptr_array_index (latest, 0))->result, ==, BK_TIGHTNESS_RIGHT);
  g_assert_cmpuint (((BkTightnessTest *) g_ptr_array_index (latest, 0))->julian, ==, julian (2026, 11, 1));

  map = bk_stretch_store_tightness_map (f->store, &error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (map, "calves")), ==, BK_TIGHTNESS_RIGHT);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (map, "hamstrings")), ==, BK_TIGHTNESS_EVEN);

  history = bk_stretch_store_tightness_history (f->store, "calves", &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (((BkTightnessTest *) g_ptr_array_index (history, 1))->result, ==, BK_TIGHTNESS_LEFT);
}

static void
test_sessions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) late = g_date_time_new (tz, 2026, 11, 25, 23, 30, 0);
  g_autoptr(GDateTime) today = g_date_time_new (tz, 2026, 11, 26, 8, 0, 0);
  g_autoptr(BkRoutine) routine = bk_routine_new ("Evening", BK_TIMING_AFTER_RUN);
  g_autoptr(BkStretchSession) a = NULL;
  g_autoptr(BkStretchSession) b = NULL;
  g_autoptr(BkStretchSession) bad = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) orphaned = NULL;
  g_autoptr(GPtrArray) one_day = NULL;
  BkStretchSession *s;

  g_assert_true (bk_stretch_store_add_routine (f->store, routine, &error));
  a = bk_stretch_session_new (routine->id, routine->name, late);
  a->planned_s = 300;
  a->done_s = 300;
  a->steps_total = 6;
  a->steps_done = 6;
  a->completed = TRUE;
  b = bk_stretch_session_new (routine->id, routine->name, today);
  b->planned_s = 300;
  b->done_s = 95;
  b->steps_total = 6;
  b->steps_done = 2;
  g_assert_true (bk_stretch_store_add_session (f->store, a, &error));
  g_assert_true (bk_stretch_store_add_session (f->store, b, &error));
  g_assert_no_error (error);

  /* More steps done than planned is refused by the database. */
  bad = bk_stretch_session_copy (b);
  bad->steps_done = 7;
  g_assert_false (bk_stretch_store_add_session (f->store, bad, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  sessions = bk_stretch_store_list_sessions (f->store, julian (2026, 11, 1), julian (2026, 11, 30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  s = g_ptr_array_index (sessions, 1);
  g_assert_false (s->completed);
  g_assert_cmpuint (s->done_s, ==, 95);
  g_assert_cmpuint (s->steps_done, ==, 2);
  /* 23:30 in Berlin is the runner's 25th, whatever UTC says. */
  one_day = bk_stretch_store_list_sessions (f->store, julian (2026, 11, 25), julian (2026, 11, 25), &error);
  g_assert_cmpuint (one_day->len, ==, 1);
  g_assert_true (((BkStretchSession *) g_ptr_array_index (one_day, 0))->completed);

  /* Deleting the routine keeps its history. */
  g_assert_true (bk_stretch_store_delete_routine (f->store, routine->id, &error));
  orphaned = bk_stretch_store_list_sessions (f->store, julian (2026, 11, 1), julian (2026, 11, 30), &error);
  g_assert_cmpuint (orphaned->len, ==, 2);
  s = g_ptr_array_index (orphaned, 0);
  g_assert_cmpint (s->routine_id, ==, 0);
  g_assert_cmpstr (s->routine_name, ==, "Evening");
}

static void
test_check_constraints (Fixture       *f,
                        gconstpointer  data)
{
  sqlite3 *db = bk_database_get_handle (f->database);
  const char *bad[] = {
    "INSERT INTO tightness_tests (muscle, result, tested_on) VALUES ('calves', 'both', '2026-11-01')",
    "INSERT INTO tightness_tests (muscle, result, tested_on) VALUES ('calves', 'left', '2026-13-01')",
    "INSERT INTO routines (name) VALUES ('   ')",
    "INSERT INTO stretch_overrides (stretch_id, hold_s, reps) VALUES ('pigeon', 30, 0)",
    "INSERT INTO user_stretches (id, name, muscle, sided, kind, hold_s, reps) VALUES ('Bad Id', 'x', 'x', 1, 'stretch', 30, 2)",
    "INSERT INTO routine_items (routine_id, position, stretch_id) VALUES (9999, 0, 'pigeon')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      int rc = sqlite3_exec (db, bad[i], NULL, NULL, NULL);

      if ((rc & 0xff) != SQLITE_CONSTRAINT)
        g_error ("accepted: %s", bad[i]);
    }
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) routines = NULL;

  g_assert_true (bk_stretch_store_ensure_routines (f->store, &error));
  fixture_close (f);
  fixture_open (f);
  g_assert_cmpint (bk_database_get_schema_version (f->database), ==, bk_database_get_latest_version ());
  g_assert_true (bk_stretch_store_ensure_routines (f->store, &error));
  routines = bk_stretch_store_list_routines (f->store, &error);
  g_assert_cmpuint (routines->len, ==, 2);
  g_assert_cmpint (bk_stretch_store_last_run_finished (f->store, NULL, &error), ==, 0);
}

static void
add_run_sql (Fixture    *f,
             const char *started_at,
             gint64      duration_s,
             gint64      created_at)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("INSERT INTO runs (started_at, distance_m, duration_s, created_at)"
                                          " VALUES ('%s', 10000, %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                          started_at, duration_s, created_at);

  g_assert_true (bk_database_exec (f->database, sql, &error));
  g_assert_no_error (error);
}

/* A run typed in today for last week, or imported, is not a run just
 * finished: only a run logged within an hour of its end is the base of an
 * after-run reminder, and the base is when it ended, not when it was typed. */
static void
test_last_run_finished (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  /* 2026-11-30T08:00:00Z */
  gint64 morning = 1796025600;
  gint64 logged = -1;

  g_assert_cmpint (bk_stretch_store_last_run_finished (f->store, &logged, &error), ==, 0);
  g_assert_cmpint (logged, ==, 0);

  /* Ended 08:45, logged at 09:00. */
  add_run_sql (f, "2026-11-30T08:00:00+00:00", 2700, morning + 3600);
  g_assert_cmpint (bk_stretch_store_last_run_finished (f->store, &logged, &error), ==, morning + 2700);
  g_assert_cmpint (logged, ==, morning + 3600);

  /* Logged later, but for a day a week before: passed over. */
  add_run_sql (f, "2026-11-23T08:00:00+00:00", 2700, morning + 7200);
  g_assert_cmpint (bk_stretch_store_last_run_finished (f->store, &logged, &error), ==, morning + 2700);
  g_assert_cmpint (logged, ==, morning + 3600);

  /* An hour and a minute after it ended, with an offset in the time. */
  add_run_sql (f, "2026-11-30T10:00:00+01:00", 1800, morning + 3600 + 1800 + 3660);
  g_assert_cmpint (bk_stretch_store_last_run_finished (f->store, &logged, &error), ==, morning + 2700);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, setup, fn, teardown)
  ADD ("/stretch-store/starting-routines", test_starting_routines);
  ADD ("/stretch-store/routine-edit", test_routine_edit);
  ADD ("/stretch-store/user-stretch-holds", test_user_stretch_and_holds);
  ADD ("/stretch-store/tightness", test_tightness);
  ADD ("/stretch-store/sessions", test_sessions);
  ADD ("/stretch-store/check-constraints", test_check_constraints);
  ADD ("/stretch-store/reopen", test_reopen_keeps_data);
  ADD ("/stretch-store/last-run-finished", test_last_run_finished);
#undef ADD
  return g_test_run ();
}
