/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "core/bk-date.h"
#include "store/bk-database-private.h"
#include "store/bk-run-store.h"
#include "store/bk-run-surfaces.h"

typedef struct {
  char       *dir;
  char       *path;
  BkDatabase *db;
  BkRunStore *store;
  GTimeZone  *zone;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("bk-test-runs-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
  f->db = bk_database_open (f->path, NULL);
  g_assert_nonnull (f->db);
  f->store = bk_run_store_new (f->db);
  f->zone = g_time_zone_new_identifier ("Europe/Berlin");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);
      g_remove (file);
    }
  g_rmdir (f->dir);
  g_time_zone_unref (f->zone);
  g_free (f->path);
  g_free (f->dir);
}

static BkRun *
make_run (Fixture *f,
          int      year,
          int      month,
          int      day,
          int      hour,
          double   km,
          gint64   seconds)
{
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, year, month, day, hour, 30, 0);

  return bk_run_new (start, km * 1000, seconds);
}

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
count_changed (BkRunStore *store,
               guint      *count)
{
  (*count)++;
}

static void
test_crud (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BkRun) run = make_run (f, 2026, 11, 20, 7, 10.5, 3320);
  g_autoptr(BkRun) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 id;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &changed);

  bk_run_set_rpe (run, 6);
  bk_run_set_surface (run, BK_SURFACE_TRAIL);
  bk_run_set_elevation (run, 240);
  bk_run_set_notes (run, "Hills, \"steep\" ones");
  g_assert_true (bk_run_store_add (f->store, run, &error));
  g_assert_no_error (error);
  id = bk_run_get_id (run);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (changed, ==, 1);

  loaded = bk_run_store_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (bk_run_get_distance (loaded), ==, 10500);
  g_assert_cmpint (bk_run_get_duration (loaded), ==, 3320);
  g_assert_cmpint (bk_run_get_rpe (loaded), ==, 6);
  g_assert_cmpint (bk_run_get_surface (loaded), ==, BK_SURFACE_TRAIL);
  g_assert_cmpfloat (bk_run_get_elevation (loaded), ==, 240);
  g_assert_cmpstr (bk_run_get_notes (loaded), ==, "Hills, \"steep\" ones");
  g_assert_true (g_date_time_equal (bk_run_get_started_at (loaded), bk_run_get_started_at (run)));
  g_assert_cmpint (g_date_time_get_hour (bk_run_get_started_at (loaded)), ==, 7);

  /* Editing keeps the run's identity. */
  bk_run_set_distance (loaded, 12000);
  bk_run_set_rpe (loaded, 0);
  bk_run_set_surface (loaded, BK_SURFACE_NONE);
  bk_run_set_elevation (loaded, -1);
  g_assert_true (bk_run_store_update (f->store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_clear_object (&loaded);
  loaded = bk_run_store_get (f->store, id, NULL);
  g_assert_cmpint (bk_run_get_id (loaded), ==, id);
  g_assert_cmpfloat (bk_run_get_distance (loaded), ==, 12000);
  g_assert_cmpint (bk_run_get_rpe (loaded), ==, 0);
  g_assert_cmpint (bk_run_get_surface (loaded), ==, BK_SURFACE_NONE);
  g_assert_cmpfloat (bk_run_get_elevation (loaded), ==, -1);
  g_assert_cmpint (bk_run_store_count (f->store, NULL), ==, 1);

  g_assert_true (bk_run_store_delete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (bk_run_store_count (f->store, NULL), ==, 0);
  g_clear_object (&loaded);
  loaded = bk_run_store_get (f->store, id, &error);
  g_assert_null (loaded);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (bk_run_store_delete (f->store, id, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo puts the run back under its old id. */
  g_assert_true (bk_run_store_restore (f->store, run, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_run_get_id (run), ==, id);
  g_clear_object (&loaded);
  loaded = bk_run_store_get (f->store, id, NULL);
  g_assert_nonnull (loaded);
}

static void
test_update_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkRun) run = make_run (f, 2026, 11, 20, 7, 10, 3000);
  g_autoptr(GError) error = NULL;

  bk_run_set_id (run, 999);
  g_assert_false (bk_run_store_update (f->store, run, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
}

static void
test_constraint_rejects_bad_run (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(BkRun) good = make_run (f, 2026, 11, 20, 7, 10, 3000);
  g_autoptr(BkRun) bad = make_run (f, 2026, 11, 21, 7, 10, 3000);
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &changed);

  /* A bug that bypasses validation still cannot store a zero duration. */
  bk_run_set_duration (bad, 0);
  g_assert_false (bk_run_store_add (f->store, bad, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (bk_run_get_id (bad), ==, 0);

  /* A batch is all or nothing. */
  g_ptr_array_add (both, good);
  g_ptr_array_add (both, bad);
  g_assert_false (bk_run_store_add_many (f->store, both, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (bk_run_store_count (f->store, NULL), ==, 0);
  g_assert_cmpint (bk_run_get_id (good), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_model_live (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *model = bk_run_store_get_model (f->store);
  g_autoptr(BkRun) older = make_run (f, 2026, 11, 10, 7, 8, 2400);
  g_autoptr(BkRun) newer = make_run (f, 2026, 11, 20, 7, 10, 3000);
  g_autoptr(BkRun) middle = make_run (f, 2026, 11, 15, 7, 21, 7200);
  g_autoptr(BkRun) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (bk_run_store_add (f->store, older, NULL));
  g_assert_true (bk_run_store_add (f->store, newer, NULL));
  g_assert_true (bk_run_store_add (f->store, middle, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  first = g_list_model_get_item (model, 0);
  g_assert_true (first == newer);
  g_clear_object (&first);

  /* Moving a run's date moves it in the model. */
  {
    g_autoptr(GDateTime) later = g_date_time_new (f->zone, 2026, 11, 25, 7, 0, 0);
    bk_run_set_started_at (older, later);
    g_assert_true (bk_run_store_update (f->store, older, NULL));
  }
  first = g_list_model_get_item (model, 0);
  g_assert_true (first == older);
  g_clear_object (&first);

  g_assert_true (bk_run_store_delete (f->store, bk_run_get_id (older), NULL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
}

static void
test_model_loads_existing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BkRunStore) other = NULL;
  g_autoptr(BkRun) a = make_run (f, 2026, 11, 10, 7, 8, 2400);
  g_autoptr(BkRun) b = make_run (f, 2026, 11, 12, 7, 9, 2700);
  g_autoptr(GPtrArray) listed = NULL;

  g_assert_true (bk_run_store_add (f->store, a, NULL));
  g_assert_true (bk_run_store_add (f->store, b, NULL));

  other = bk_run_store_new (f->db);
  g_assert_cmpuint (g_list_model_get_n_items (bk_run_store_get_model (other)), ==, 2);

  listed = bk_run_store_list (f->store, 1, 1, NULL);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpint (bk_run_get_id (g_ptr_array_index (listed, 0)), ==, bk_run_get_id (a));
}

static void
test_survives_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BkRun) run = make_run (f, 2026, 11, 10, 7, 8, 2400);
  g_autoptr(BkDatabase) db = NULL;
  g_autoptr(BkRunStore) store = NULL;
  g_autoptr(BkRun) loaded = NULL;

  g_assert_true (bk_run_store_add (f->store, run, NULL));
  g_clear_object (&f->store);
  g_clear_object (&f->db);

  db = bk_database_open (f->path, NULL);
  store = bk_run_store_new (db);
  loaded = bk_run_store_get (store, bk_run_get_id (run), NULL);
  g_assert_nonnull (loaded);
  g_assert_cmpfloat (bk_run_get_distance (loaded), ==, 8000);

  /* Hand the reopened objects to the fixture so tear-down checks them. */
  f->db = g_steal_pointer (&db);
  f->store = g_steal_pointer (&store);
}

static void
test_daily_totals (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) days = NULL;
  BkDayTotal *day;

  /* Two runs on one day, one with an RPE. */
  g_ptr_array_add (runs, make_run (f, 2026, 11, 20, 7, 5, 1500));
  g_ptr_array_add (runs, make_run (f, 2026, 11, 20, 18, 10, 3000));
  bk_run_set_rpe (g_ptr_array_index (runs, 1), 6);
  g_ptr_array_add (runs, make_run (f, 2026, 11, 22, 9, 21, 7200));
  /* Outside the range asked for. */
  g_ptr_array_add (runs, make_run (f, 2026, 11, 30, 9, 8, 2400));
  /* 23:30 local on the Saturday before clocks change: a Saturday run. */
  {
    g_autoptr(GDateTime) late = g_date_time_new (f->zone, 2026, 10, 24, 23, 30, 0);
    g_ptr_array_add (runs, bk_run_new (late, 6000, 1800));
  }
  g_assert_true (bk_run_store_add_many (f->store, runs, NULL));

  days = bk_run_store_daily_totals (f->store, julian (2026, 11, 19), julian (2026, 11, 29), NULL);
  g_assert_cmpuint (days->len, ==, 2);
  day = &g_array_index (days, BkDayTotal, 0);
  g_assert_cmpuint (day->julian, ==, julian (2026, 11, 20));
  g_assert_cmpfloat (day->distance_m, ==, 15000);
  g_assert_cmpint (day->duration_s, ==, 4500);
  g_assert_cmpuint (day->runs, ==, 2);
  g_assert_cmpfloat (day->longest_m, ==, 10000);
  g_assert_cmpfloat_with_epsilon (day->srpe, 6 * 50.0, 1e-9);
  g_assert_cmpuint (day->rpe_runs, ==, 1);
  day = &g_array_index (days, BkDayTotal, 1);
  g_assert_cmpuint (day->julian, ==, julian (2026, 11, 22));

  g_clear_pointer (&days, g_array_unref);
  days = bk_run_store_daily_totals (f->store, julian (2026, 10, 24), julian (2026, 10, 25), NULL);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpuint (g_array_index (days, BkDayTotal, 0).julian, ==, julian (2026, 10, 24));
}

/* The surfaces the status reads (issue 16, bk-run-surfaces.c), summed per
 * local day by the ground core gives each surface. */
static void
add_surface_run (Fixture   *f,
                 int        day,
                 int        hour,
                 double     km,
                 BkSurface  surface)
{
  g_autoptr(BkRun) run = make_run (f, 2026, 11, day, hour, km, (gint64) (km * 330));
  g_autoptr(GError) error = NULL;

  bk_run_set_surface (run, surface);
  g_assert_true (bk_run_store_add (f->store, run, &error));
  g_assert_no_error (error);
}

static GArray *
read_surfaces (Fixture *f,
               int      from_day,
               int      to_day)
{
  g_autoptr(GError) error = NULL;
  GArray *days = bk_run_surfaces_read (f->db, julian (2026, 11, from_day), julian (2026, 11, to_day), &error);

  g_assert_no_error (error);
  g_assert_nonnull (days);
  return days;
}

/* One run a day on each surface, 1 km more each day: every day's distance
 * sits on the ground bk_surface_get_ground() names. */
static void
test_surfaces_match_core (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GArray) days = NULL;

  for (BkSurface s = BK_SURFACE_NONE; s < BK_N_SURFACES; s++)
    add_surface_run (f, 2 + s, 8, 1 + s, s);
  days = read_surfaces (f, 1, 30);
  g_assert_cmpuint (days->len, ==, BK_N_SURFACES);
  for (BkSurface s = BK_SURFACE_NONE; s < BK_N_SURFACES; s++)
    {
      BkSurfaceDay *day = &g_array_index (days, BkSurfaceDay, s);
      double metres = (1 + s) * 1000.0;
      BkGround ground = bk_surface_get_ground (s);

      g_test_message ("surface %d", s);
      g_assert_cmpuint (day->julian, ==, julian (2026, 11, 2 + s));
      g_assert_cmpfloat (day->soft_m, ==, ground == BK_GROUND_SOFT ? metres : 0);
      g_assert_cmpfloat (day->firm_m, ==, ground == BK_GROUND_FIRM ? metres : 0);
      g_assert_cmpfloat (day->unknown_m, ==, ground == BK_GROUND_UNKNOWN ? metres : 0);
    }
}

/* Two runs on a day are summed by ground, a run just after local midnight
 * is that day's, the range is inclusive, and a surface edit (which the
 * run_days trigger does not follow) is read at once. */
static void
test_surfaces_days (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) edited = NULL;
  g_autoptr(BkRun) run = NULL;
  g_autoptr(GError) error = NULL;

  add_surface_run (f, 10, 7, 5, BK_SURFACE_ROAD);
  add_surface_run (f, 10, 18, 3, BK_SURFACE_TRAIL);
  add_surface_run (f, 11, 0, 2, BK_SURFACE_TREADMILL);
  days = read_surfaces (f, 1, 30);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).firm_m, ==, 5000);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).soft_m, ==, 3000);
  g_assert_cmpuint (g_array_index (days, BkSurfaceDay, 1).julian, ==, julian (2026, 11, 11));
  one = read_surfaces (f, 11, 11);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpfloat (g_array_index (one, BkSurfaceDay, 0).firm_m, ==, 2000);

  run = make_run (f, 2026, 11, 12, 8, 6, 1980);
  bk_run_set_surface (run, BK_SURFACE_ROAD);
  g_assert_true (bk_run_store_add (f->store, run, &error));
  g_assert_no_error (error);
  bk_run_set_surface (run, BK_SURFACE_GRASS);
  g_assert_true (bk_run_store_update (f->store, run, &error));
  g_assert_no_error (error);
  edited = read_surfaces (f, 12, 12);
  g_assert_cmpuint (edited->len, ==, 1);
  g_assert_cmpfloat (g_array_index (edited, BkSurfaceDay, 0).soft_m, ==, 6000);
  g_assert_cmpfloat (g_array_index (edited, BkSurfaceDay, 0).firm_m, ==, 0);
}

/* Deleting a day's last run removes the day; moving a run moves its
 * distance to the new day. */
static void
test_surfaces_follow_changes (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BkRun) run = make_run (f, 2026, 11, 14, 8, 7, 2310);
  g_autoptr(GDateTime) later = g_date_time_new (f->zone, 2026, 11, 15, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moved = NULL;
  g_autoptr(GArray) deleted = NULL;

  bk_run_set_surface (run, BK_SURFACE_TRACK);
  g_assert_true (bk_run_store_add (f->store, run, &error));
  add_surface_run (f, 15, 18, 3, BK_SURFACE_ROAD);
  bk_run_set_started_at (run, later);
  g_assert_true (bk_run_store_update (f->store, run, &error));
  g_assert_no_error (error);
  moved = read_surfaces (f, 1, 30);
  g_assert_cmpuint (moved->len, ==, 1);
  g_assert_cmpuint (g_array_index (moved, BkSurfaceDay, 0).julian, ==, julian (2026, 11, 15));
  g_assert_cmpfloat (g_array_index (moved, BkSurfaceDay, 0).soft_m, ==, 7000);
  g_assert_cmpfloat (g_array_index (moved, BkSurfaceDay, 0).firm_m, ==, 3000);

  g_assert_true (bk_run_store_delete (f->store, bk_run_get_id (run), &error));
  g_assert_no_error (error);
  deleted = read_surfaces (f, 1, 30);
  g_assert_cmpuint (deleted->len, ==, 1);
  g_assert_cmpfloat (g_array_index (deleted, BkSurfaceDay, 0).soft_m, ==, 0);
  g_assert_cmpfloat (g_array_index (deleted, BkSurfaceDay, 0).firm_m, ==, 3000);
}

/* A log from before the surfaces table gets its days filled when it is
 * opened (the migration is found by what it adds, not by its number). */
static void
test_surfaces_migration_fills (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bk-test-runs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "backstretch.sqlite3", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  g_autofree char *bump = NULL;
  BkDatabase *db;
  sqlite3 *raw = NULL;
  int before = -1;

  for (int v = 0; v < bk_database_get_latest_version () && before < 0; v++)
    if (strstr (bk_database_migration_sql (v), "CREATE TABLE run_surface_days") != NULL)
      before = v;
  g_assert_cmpint (before, >, 0);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  for (int v = 0; v < before; v++)
    g_assert_cmpint (sqlite3_exec (raw, bk_database_migration_sql (v), NULL, NULL, NULL), ==, SQLITE_OK);
  bump = g_strdup_printf ("PRAGMA user_version = %d;"
                          "INSERT INTO runs (started_at, distance_m, duration_s, surface) VALUES"
                          " ('2026-10-01T07:00:00+02:00', 8000, 2400, 'grass'),"
                          " ('2026-10-01T18:00:00+02:00', 2000, 600, 'road'),"
                          " ('2026-10-03T07:00:00+02:00', 5000, 1500, NULL);", before);
  g_assert_cmpint (sqlite3_exec (raw, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = bk_database_open (path, &error);
  g_assert_no_error (error);
  days = bk_run_surfaces_read (db, julian (2026, 10, 1), julian (2026, 10, 31), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).soft_m, ==, 8000);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).firm_m, ==, 2000);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 1).unknown_m, ==, 5000);
  g_assert_finalize_object (db);
  g_remove (wal);
  g_remove (shm);
  g_remove (path);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/run-store/crud", test_crud);
  ADD ("/run-store/update-missing", test_update_missing);
  ADD ("/run-store/constraint-rejects-bad-run", test_constraint_rejects_bad_run);
  ADD ("/run-store/model-live", test_model_live);
  ADD ("/run-store/model-loads-existing", test_model_loads_existing);
  ADD ("/run-store/survives-reopen", test_survives_reopen);
  ADD ("/run-store/daily-totals", test_daily_totals);
  ADD ("/run-store/surfaces-match-core", test_surfaces_match_core);
  ADD ("/run-store/surfaces-days", test_surfaces_days);
  ADD ("/run-store/surfaces-follow-changes", test_surfaces_follow_changes);
#undef ADD
  g_test_add_func ("/run-store/surfaces-migration-fills", test_surfaces_migration_fills);

  return g_test_run ();
}
