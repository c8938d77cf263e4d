/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "store/bk-run-store.h"
#include "store/bk-run-days.h"
#include "store/bk-training-settings.h"

typedef struct {
  char       *dir;
  char       *path;
  BkDatabase *database;
  BkRunStore *store;
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("backstretch-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.sqlite3", NULL);
  f->database = bk_database_open (f->path, &error);
  g_assert_no_error (error);
  f->store = bk_run_store_new (f->database);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static BkRun *
make_run (int day, int hour, double km, int rpe)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 3, day, hour, 30, 0);
  BkRun *run = bk_run_new (start, km * 1000, (gint64) (km * 360));

  bk_run_set_rpe (run, rpe);
  return run;
}

/* Every run grouped by its local day, straight from the runs table: what
 * the triggers must keep run_days equal to. */
static GArray *
group_runs (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GArray *days = g_array_new (FALSE, TRUE, sizeof (BkDayTotal));
  sqlite3_stmt *stmt = bk_database_prepare (f->database,
                                            "SELECT local_date, sum (distance_m), sum (duration_s), count (*),"
                                            " max (distance_m), total (rpe * duration_s / 60.0), count (rpe)"
                                            " FROM runs GROUP BY local_date ORDER BY local_date",
                                            &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BkDayTotal day = { 0 };

      g_assert_true (bk_date_from_iso ((const char *) sqlite3_column_text (stmt, 0), &day.julian));
      day.distance_m = sqlite3_column_double (stmt, 1);
      day.duration_s = sqlite3_column_int64 (stmt, 2);
      day.runs = (guint) sqlite3_column_int (stmt, 3);
      day.longest_m = sqlite3_column_double (stmt, 4);
      day.srpe = sqlite3_column_double (stmt, 5);
      day.rpe_runs = (guint) sqlite3_column_int (stmt, 6);
      g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);
  return days;
}

/* The trigger-kept daily table always equals grouping the runs. */
static void
assert_days_match (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) grouped = group_runs (f);
  g_autoptr(GArray) kept = bk_run_days_read (f->database, 700000, 800000, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (grouped->len, ==, kept->len);
  for (guint i = 0; i < grouped->len; i++)
    {
      BkDayTotal *a = &g_array_index (grouped, BkDayTotal, i);
      BkDayTotal *b = &g_array_index (kept, BkDayTotal, i);

      g_assert_cmpuint (a->julian, ==, b->julian);
      g_assert_cmpfloat (a->distance_m, ==, b->distance_m);
      g_assert_cmpint (a->duration_s, ==, b->duration_s);
      g_assert_cmpuint (a->runs, ==, b->runs);
      g_assert_cmpfloat (a->longest_m, ==, b->longest_m);
      g_assert_cmpfloat_with_epsilon (a->srpe, b->srpe, 1e-9);
      g_assert_cmpuint (a->rpe_runs, ==, b->rpe_runs);
    }
}

static void
test_run_days (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRun) a = make_run (28, 7, 10, 5);
  g_autoptr(BkRun) b = make_run (28, 23, 12, 0);   /* 23:30 the night before DST */
  g_autoptr(BkRun) c = make_run (29, 9, 6, 3);
  g_autoptr(GArray) days = NULL;
  GDate date;

  g_assert_true (bk_run_store_add (f->store, a, &error));
  g_assert_true (bk_run_store_add (f->store, b, &error));
  g_assert_true (bk_run_store_add (f->store, c, &error));
  g_assert_no_error (error);
  assert_days_match (f);

  days = bk_run_days_read (f->database, 700000, 800000, &error);
  g_assert_cmpuint (days->len, ==, 2);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 28, G_DATE_MARCH, 2026);
  g_assert_cmpuint (g_array_index (days, BkDayTotal, 0).julian, ==, g_date_get_julian (&date));
  g_assert_cmpuint (g_array_index (days, BkDayTotal, 0).runs, ==, 2);
  g_assert_cmpfloat (g_array_index (days, BkDayTotal, 0).longest_m, ==, 12000);

  /* Shorten the longest run: the day's longest follows. */
  bk_run_set_distance (b, 8000);
  g_assert_true (bk_run_store_update (f->store, b, &error));
  assert_days_match (f);
  /* Move a run to another day. */
  {
    g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
    g_autoptr(GDateTime) moved = g_date_time_new (zone, 2026, 3, 30, 8, 0, 0);

    bk_run_set_started_at (a, moved);
    g_assert_true (bk_run_store_update (f->store, a, &error));
    assert_days_match (f);
  }
  /* Delete the last run of a day: the day goes. */
  g_assert_true (bk_run_store_delete (f->store, bk_run_get_id (c), &error));
  g_assert_no_error (error);
  assert_days_match (f);
  g_clear_pointer (&days, g_array_unref);
  days = bk_run_days_read (f->database, 700000, 800000, &error);
  g_assert_cmpuint (days->len, ==, 2);   /* the 28th (b) and the 30th (a) */
}

static void
test_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  guint32 julian = 1, day;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 26, G_DATE_NOVEMBER, 2026);
  day = g_date_get_julian (&date);

  g_assert_true (bk_training_settings_get_date (f->database, BK_TRAINING_PLAN_START, &julian, &error));
  g_assert_cmpuint (julian, ==, 0);
  g_assert_true (bk_training_settings_set_date (f->database, BK_TRAINING_PLAN_START, day, &error));
  g_assert_true (bk_training_settings_get (f->database, BK_TRAINING_PLAN_START, &value, &error));
  g_assert_cmpstr (value, ==, "2026-11-26");
  g_assert_true (bk_training_settings_get_date (f->database, BK_TRAINING_PLAN_START, &julian, &error));
  g_assert_cmpuint (julian, ==, day);
  g_assert_true (bk_training_settings_set_date (f->database, BK_TRAINING_PLAN_START, 0, &error));
  g_assert_true (bk_training_settings_get_date (f->database, BK_TRAINING_PLAN_START, &julian, &error));
  g_assert_cmpuint (julian, ==, 0);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/training-store/run-days", Fixture, NULL, set_up, test_run_days, tear_down);
  g_test_add ("/training-store/settings", Fixture, NULL, set_up, test_settings, tear_down);
  return g_test_run ();
}
