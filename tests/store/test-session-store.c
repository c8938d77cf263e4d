/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sessions that are not runs (issue 16) on a real log file: typed and
 * listed, summed per day beside the runs without touching their daily
 * distance, refused whole when wrong, and the other sports an older import
 * kept given their kind by the migration. */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "core/bk-date.h"
#include "store/bk-database-private.h"
#include "store/bk-other-activities.h"
#include "store/bk-run-days.h"
#include "store/bk-run-store.h"
#include "bk-test-files.h"

typedef struct {
  char       *dir;
  char       *path;
  BkDatabase *db;
  GTimeZone  *zone;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-sessions-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
  f->zone = g_time_zone_new_identifier ("Europe/Berlin");
  if (data == NULL)
    {
      f->db = bk_database_open (f->path, NULL);
      g_assert_nonnull (f->db);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->db != NULL)
    g_assert_finalize_object (f->db);
  bk_test_remove_tree (f->dir);
  g_time_zone_unref (f->zone);
  g_free (f->path);
  g_free (f->dir);
}

static BkSession *
session_at (Fixture       *f,
            BkSessionKind  kind,
            int            day,
            int            hour,
            int            minutes,
            int            rpe)
{
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, 2026, 11, day, hour, 0, 0);
  BkSession *session = bk_session_new (kind, start, minutes * 60);

  session->rpe = rpe;
  return session;
}

static guint32
julian (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_NOVEMBER, 2026);
  return g_date_get_julian (&date);
}

static void
test_add_list_days (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BkSession) aqua = session_at (f, BK_SESSION_KIND_AQUA_JOGGING, 10, 7, 45, 5);
  g_autoptr(BkSession) ride = session_at (f, BK_SESSION_KIND_CYCLING, 10, 18, 90, 0);
  g_autoptr(BkSession) swim = session_at (f, BK_SESSION_KIND_SWIMMING, 12, 23, 30, 3);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  BkSession *first;
  BkSessionDay *day;

  g_free (aqua->notes);
  aqua->notes = g_strdup ("Deep end, belt");
  g_assert_true (bk_other_activities_add_session (f->db, ride, &error));
  g_assert_no_error (error);
  g_assert_true (bk_other_activities_add_session (f->db, aqua, &error));
  g_assert_true (bk_other_activities_add_session (f->db, swim, &error));
  g_assert_cmpint (aqua->id, >, 0);
  g_assert_cmpint (bk_other_activities_count (f->db, NULL), ==, 3);

  listed = bk_other_activities_list (f->db, julian (1), julian (30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 3);
  first = g_ptr_array_index (listed, 0);
  g_assert_cmpint (first->kind, ==, BK_SESSION_KIND_AQUA_JOGGING);
  g_assert_cmpint (first->duration_s, ==, 45 * 60);
  g_assert_cmpint (first->rpe, ==, 5);
  g_assert_cmpstr (first->notes, ==, "Deep end, belt");
  g_assert_cmpuint (bk_session_get_julian (first), ==, julian (10));
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 1))->rpe, ==, 0);

  /* A session late in the evening belongs to its local day. */
  days = bk_other_activities_days (f->db, julian (1), julian (30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  day = &g_array_index (days, BkSessionDay, 0);
  g_assert_cmpuint (day->julian, ==, julian (10));
  g_assert_cmpint (day->duration_s, ==, (45 + 90) * 60);
  g_assert_cmpfloat (day->srpe, ==, 5 * 45);
  g_assert_cmpuint (day->sessions, ==, 2);
  g_assert_cmpuint (day->rpe_sessions, ==, 1);
  g_assert_cmpuint (g_array_index (days, BkSessionDay, 1).julian, ==, julian (12));

  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = bk_other_activities_list (f->db, julian (11), julian (12), &error);
  g_assert_cmpuint (listed->len, ==, 1);
}

/* A run and a session on the same day: the run's day keeps its own
 * distance, time and count. */
static void
test_runs_untouched (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkRunStore) runs = bk_run_store_new (f->db);
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, 2026, 11, 10, 12, 0, 0);
  g_autoptr(BkRun) run = bk_run_new (start, 8000, 2880);
  g_autoptr(BkSession) ride = session_at (f, BK_SESSION_KIND_CYCLING, 10, 18, 120, 6);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  BkDayTotal *day;

  g_assert_true (bk_run_store_add (runs, run, &error));
  g_assert_true (bk_other_activities_add_session (f->db, ride, &error));
  g_assert_no_error (error);
  days = bk_run_days_read (f->db, julian (1), julian (30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 1);
  day = &g_array_index (days, BkDayTotal, 0);
  g_assert_cmpfloat (day->distance_m, ==, 8000);
  g_assert_cmpint (day->duration_s, ==, 2880);
  g_assert_cmpuint (day->runs, ==, 1);
  g_assert_cmpfloat (day->longest_m, ==, 8000);
}

/* Bad values are refused with the field named, and nothing is written. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BkSession) empty = session_at (f, BK_SESSION_KIND_STRENGTH, 10, 7, 0, 0);
  g_autoptr(BkSession) hard = session_at (f, BK_SESSION_KIND_STRENGTH, 10, 7, 30, 12);
  g_autoptr(BkSession) wordy = session_at (f, BK_SESSION_KIND_STRENGTH, 10, 7, 30, 4);
  g_autoptr(GError) error = NULL;

  g_assert_false (bk_other_activities_add_session (f->db, empty, &error));
  g_assert_nonnull (strstr (error->message, "Duration"));
  g_clear_error (&error);
  g_assert_false (bk_other_activities_add_session (f->db, hard, &error));
  g_assert_nonnull (strstr (error->message, "Effort"));
  g_clear_error (&error);
  g_free (wordy->notes);
  wordy->notes = g_strnfill (BK_SESSION_MAX_NOTES + 1, 'x');
  g_assert_false (bk_other_activities_add_session (f->db, wordy, &error));
  g_assert_nonnull (strstr (error->message, "Notes"));
  g_assert_cmpint (bk_other_activities_count (f->db, NULL), ==, 0);
  /* The table's own checks hold too. */
  g_assert_false (bk_database_exec (f->db, "INSERT INTO other_activities (started_at, sport, kind)"
                                    " VALUES ('2026-11-10T07:00:00+01:00', 'x', 'rowing')", NULL));
  g_assert_false (bk_database_exec (f->db, "INSERT INTO other_activities (started_at, sport, rpe)"
                                    " VALUES ('2026-11-10T07:00:00+01:00', 'x', 0)", NULL));
  g_assert_cmpint (bk_other_activities_count (f->db, NULL), ==, 0);
}

/* An edit changes the runner's fields and keeps what the import read; a
 * wrong edit or one of a session deleted meanwhile changes nothing; a
 * deleted session put back keeps its id. */
static void
test_update_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkSession) session = session_at (f, BK_SESSION_KIND_CYCLING, 10, 7, 60, 5);
  g_autoptr(BkSession) edit = NULL;
  g_autoptr(BkSession) wrong = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) later = g_date_time_new (f->zone, 2026, 11, 11, 18, 30, 0);
  const BkSession *stored;
  gint64 id;

  g_free (session->sport);
  session->sport = g_strdup ("Ride");
  session->distance_m = 25000;
  g_assert_true (bk_other_activities_add_session (f->db, session, &error));
  g_assert_no_error (error);
  id = session->id;

  edit = bk_session_copy (session);
  edit->kind = BK_SESSION_KIND_AQUA_JOGGING;
  g_date_time_unref (edit->started_at);
  edit->started_at = g_date_time_ref (later);
  edit->duration_s = 45 * 60;
  edit->rpe = 0;
  g_free (edit->notes);
  edit->notes = g_strdup ("Pool after all");
  g_assert_true (bk_other_activities_update_session (f->db, edit, &error));
  g_assert_no_error (error);
  listed = bk_other_activities_list (f->db, julian (1), julian (30), NULL);
  g_assert_cmpuint (listed->len, ==, 1);
  stored = g_ptr_array_index (listed, 0);
  g_assert_cmpint (stored->id, ==, id);
  g_assert_cmpint (stored->kind, ==, BK_SESSION_KIND_AQUA_JOGGING);
  g_assert_cmpint (bk_session_get_julian (stored), ==, julian (11));
  g_assert_cmpint (stored->duration_s, ==, 45 * 60);
  g_assert_cmpint (stored->rpe, ==, 0);
  g_assert_cmpstr (stored->notes, ==, "Pool after all");
  g_assert_cmpstr (stored->sport, ==, "Ride");
  g_assert_cmpfloat (stored->distance_m, ==, 25000);

  wrong = bk_session_copy (edit);
  wrong->rpe = 11;
  g_assert_false (bk_other_activities_update_session (f->db, wrong, &error));
  g_assert_nonnull (strstr (error->message, "Effort"));
  g_clear_error (&error);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = bk_other_activities_list (f->db, julian (1), julian (30), NULL);
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 0))->rpe, ==, 0);

  g_array_append_val (ids, id);
  g_assert_true (bk_other_activities_delete (f->db, ids, NULL));
  g_assert_false (bk_other_activities_update_session (f->db, edit, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (bk_other_activities_count (f->db, NULL), ==, 0);

  g_assert_true (bk_other_activities_add_session (f->db, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (edit->id, ==, id);
  g_assert_cmpint (bk_other_activities_count (f->db, NULL), ==, 1);
}

/* A log from before sessions: the sports an import kept become kinds. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;
  int before = -1;

  for (int v = 0; v < bk_database_get_latest_version (); v++)
    if (strstr (bk_database_migration_sql (v), "other_activities ADD COLUMN kind") != NULL)
      before = v;
  g_assert_cmpint (before, >, 0);

  g_assert_cmpint (sqlite3_open (f->path, &raw), ==, SQLITE_OK);
  for (int v = 0; v < before; v++)
    g_assert_cmpint (sqlite3_exec (raw, bk_database_migration_sql (v), NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autofree char *old = g_strdup_printf ("PRAGMA user_version = %d;"
                                            "INSERT INTO other_activities (started_at, sport, duration_s) VALUES"
                                            " ('2026-11-02T07:00:00+01:00', 'cycling', 3600),"
                                            " ('2026-11-03T07:00:00+01:00', 'strength training', 1800),"
                                            " ('2026-11-04T07:00:00+01:00', 'walking', NULL);", before);

    g_assert_cmpint (sqlite3_exec (raw, old, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (raw);

  f->db = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_database_get_schema_version (f->db), ==, bk_database_get_latest_version ());
  listed = bk_other_activities_list (f->db, julian (1), julian (30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 3);
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 0))->kind, ==, BK_SESSION_KIND_CYCLING);
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 1))->kind, ==, BK_SESSION_KIND_STRENGTH);
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 2))->kind, ==, BK_SESSION_KIND_OTHER);
  /* A walk the file gave no time counts none. */
  g_assert_cmpint (((BkSession *) g_ptr_array_index (listed, 2))->duration_s, ==, 0);
  g_assert_cmpstr (((BkSession *) g_ptr_array_index (listed, 2))->sport, ==, "walking");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/session-store/add-list-days", Fixture, NULL, fixture_set_up, test_add_list_days, fixture_tear_down);
  g_test_add ("/session-store/runs-untouched", Fixture, NULL, fixture_set_up, test_runs_untouched, fixture_tear_down);
  g_test_add ("/session-store/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/session-store/update-restore", Fixture, NULL, fixture_set_up, test_update_restore, fixture_tear_down);
  g_test_add ("/session-store/migration", Fixture, "old", fixture_set_up, test_migration, fixture_tear_down);
  return g_test_run ();
}
