/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shoes (issue 16) on a real log file: each pair's distance is its
 * start distance plus its runs, through run edits, deletes, an undone
 * delete, retirement and the pair's own deletion. */
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "store/bk-run-store.h"
#include "store/bk-shoe-store.h"
#include "bk-test-files.h"

typedef struct {
  char       *dir;
  BkDatabase *db;
  BkRunStore *runs;
  GTimeZone  *zone;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("bk-test-shoes-XXXXXX", NULL);
  path = g_build_filename (f->dir, "backstretch.sqlite3", NULL);
  f->db = bk_database_open (path, NULL);
  g_assert_nonnull (f->db);
  f->runs = bk_run_store_new (f->db);
  f->zone = g_time_zone_new_identifier ("Europe/Berlin");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->runs);
  g_assert_finalize_object (f->db);
  bk_test_remove_tree (f->dir);
  g_time_zone_unref (f->zone);
  g_free (f->dir);
}

static BkShoe *
add_shoe (Fixture    *f,
          const char *name,
          double      start_km)
{
  g_autoptr(GError) error = NULL;
  BkShoe *shoe = bk_shoe_new (name);

  bk_shoe_set_start_distance (shoe, start_km * 1000);
  g_assert_true (bk_shoe_store_add (f->db, shoe, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_shoe_get_id (shoe), >, 0);
  return shoe;
}

static BkRun *
add_run (Fixture *f,
         int      day,
         double   km,
         BkShoe  *shoe)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, 2026, 11, day, 7, 30, 0);
  BkRun *run = bk_run_new (start, km * 1000, (gint64) (km * 330));

  if (shoe != NULL)
    bk_run_set_shoe_id (run, bk_shoe_get_id (shoe));
  g_assert_true (bk_run_store_add (f->runs, run, &error));
  g_assert_no_error (error);
  return run;
}

/* The pair's distance as the store reads it now, in km. */
static double
km_on (Fixture *f,
       BkShoe  *shoe)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) read = bk_shoe_store_get (f->db, bk_shoe_get_id (shoe), &error);

  g_assert_no_error (error);
  return bk_shoe_get_distance (read) / 1000;
}

static void
test_distance_follows_runs (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) pegasus = add_shoe (f, "Pegasus", 120);
  g_autoptr(BkShoe) trail = add_shoe (f, "Trail shoes", 0);
  g_autoptr(BkRun) a = add_run (f, 2, 10, pegasus);
  g_autoptr(BkRun) b = add_run (f, 4, 8, pegasus);
  g_autoptr(BkRun) c = add_run (f, 6, 15, trail);
  g_autoptr(BkRun) none = add_run (f, 7, 5, NULL);
  g_autoptr(BkRun) edited = NULL;
  g_autoptr(BkRun) read = NULL;

  g_assert_cmpfloat_with_epsilon (km_on (f, pegasus), 138, 1e-9);
  g_assert_cmpfloat_with_epsilon (km_on (f, trail), 15, 1e-9);

  /* A longer run, then one moved to the other pair. */
  edited = bk_run_copy (a);
  bk_run_set_distance (edited, 12000);
  g_assert_true (bk_run_store_update (f->runs, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (km_on (f, pegasus), 140, 1e-9);
  bk_run_set_shoe_id (b, bk_shoe_get_id (trail));
  g_assert_true (bk_run_store_update (f->runs, b, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (km_on (f, pegasus), 132, 1e-9);
  g_assert_cmpfloat_with_epsilon (km_on (f, trail), 23, 1e-9);

  /* The shoes are read back with the run. */
  read = bk_run_store_get (f->runs, bk_run_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_run_get_shoe_id (read), ==, bk_shoe_get_id (trail));

  /* Deleting a run takes its distance off; undoing the delete puts it back. */
  g_assert_true (bk_run_store_delete (f->runs, bk_run_get_id (c), &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (km_on (f, trail), 8, 1e-9);
  g_assert_true (bk_run_store_restore (f->runs, c, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (km_on (f, trail), 23, 1e-9);

  /* Taking the shoes off a run. */
  bk_run_set_shoe_id (b, 0);
  g_assert_true (bk_run_store_update (f->runs, b, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (km_on (f, trail), 15, 1e-9);
}

static void
test_retirement (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) old = add_shoe (f, "Old pair", 650);
  g_autoptr(BkShoe) fresh = add_shoe (f, "Fresh pair", 0);
  g_autoptr(BkRun) a = add_run (f, 2, 10, old);
  g_autoptr(BkRun) b = add_run (f, 3, 6, fresh);
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_cmpint (bk_shoe_store_last_used (f->db, &error), ==, bk_shoe_get_id (fresh));
  g_assert_true (bk_shoe_store_set_retired (f->db, bk_shoe_get_id (fresh), TRUE, &error));
  g_assert_no_error (error);

  /* A retired pair keeps its distance, leaves the everyday list and is no
   * longer the default for a new run. */
  g_assert_cmpfloat_with_epsilon (km_on (f, fresh), 6, 1e-9);
  active = bk_shoe_store_list (f->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (active->len, ==, 1);
  g_assert_cmpstr (bk_shoe_get_name (active->pdata[0]), ==, "Old pair");
  g_assert_cmpfloat_with_epsilon (bk_shoe_get_distance (active->pdata[0]), 660000, 1e-6);
  all = bk_shoe_store_list (f->db, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_true (bk_shoe_get_retired (all->pdata[1]));
  g_assert_cmpint (bk_shoe_store_last_used (f->db, &error), ==, bk_shoe_get_id (old));

  /* And back into use. */
  g_assert_true (bk_shoe_store_set_retired (f->db, bk_shoe_get_id (fresh), FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_shoe_store_last_used (f->db, &error), ==, bk_shoe_get_id (fresh));
}

static void
test_delete_with_runs (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) pair = add_shoe (f, "Pegasus", 0);
  g_autoptr(BkRun) a = add_run (f, 2, 10, pair);
  g_autoptr(BkRun) read = NULL;
  g_autoptr(BkRun) restored = NULL;
  g_autoptr(BkShoe) gone = NULL;
  g_autoptr(GPtrArray) runs = NULL;

  g_assert_true (bk_shoe_store_delete (f->db, bk_shoe_get_id (pair), &error));
  g_assert_no_error (error);

  /* The run stays, with its distance, and without shoes. */
  read = bk_run_store_get (f->runs, bk_run_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_run_get_shoe_id (read), ==, 0);
  g_assert_cmpfloat (bk_run_get_distance (read), ==, 10000);
  gone = bk_shoe_store_get (f->db, bk_shoe_get_id (pair), &error);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_false (bk_shoe_store_delete (f->db, bk_shoe_get_id (pair), &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A run deleted before its shoes, undone after: it comes back bare
   * rather than failing on the missing pair. */
  g_assert_true (bk_run_store_delete (f->runs, bk_run_get_id (a), &error));
  g_assert_no_error (error);
  g_assert_true (bk_run_store_restore (f->runs, a, &error));
  g_assert_no_error (error);
  restored = bk_run_store_get (f->runs, bk_run_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_run_get_shoe_id (restored), ==, 0);
  runs = bk_run_store_list (f->runs, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 1);
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) pegasus = add_shoe (f, "Pegasus", 0);
  g_autoptr(BkShoe) other = add_shoe (f, "Clifton", 0);
  g_autoptr(BkShoe) twin = bk_shoe_new ("  pegasus ");
  g_autoptr(BkShoe) blank = bk_shoe_new ("   ");
  g_autoptr(BkShoe) found = NULL;
  g_autoptr(BkShoe) missing = NULL;
  g_autofree char *names = NULL;

  /* The same name in another case is the same pair. */
  g_assert_false (bk_shoe_store_add (f->db, twin, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "pegasus"));
  g_clear_error (&error);
  g_assert_false (bk_shoe_store_add (f->db, blank, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  found = bk_shoe_store_find (f->db, "PEGASUS ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_shoe_get_id (found), ==, bk_shoe_get_id (pegasus));
  missing = bk_shoe_store_find (f->db, "Vaporfly", &error);
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  /* Renaming onto another pair's name is refused; a plain rename is not. */
  bk_shoe_set_name (other, "Pegasus");
  g_assert_false (bk_shoe_store_update (f->db, other, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  bk_shoe_set_name (other, "Clifton 9");
  bk_shoe_set_brand (other, "Hoka");
  bk_shoe_set_limit (other, 800000);
  g_assert_true (bk_shoe_store_update (f->db, other, &error));
  g_assert_no_error (error);

  names = bk_shoe_store_list_names (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (names, ==, "Clifton 9, Pegasus");
}

/* Each threshold is claimed once per pair, whatever happens in between. */
static void
test_claim_notice (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) pair = add_shoe (f, "Pegasus", 0);
  gint64 id = bk_shoe_get_id (pair);
  gboolean claimed = TRUE;

  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_FINE, &claimed, &error));
  g_assert_false (claimed);
  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_NEAR_LIMIT, &claimed, &error));
  g_assert_no_error (error);
  g_assert_true (claimed);
  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_NEAR_LIMIT, &claimed, &error));
  g_assert_false (claimed);
  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_PAST_LIMIT, &claimed, &error));
  g_assert_true (claimed);
  /* Back under the limit and past 90% again: both were said. */
  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_NEAR_LIMIT, &claimed, &error));
  g_assert_false (claimed);
  g_assert_true (bk_shoe_store_claim_notice (f->db, id, BK_SHOE_WEAR_PAST_LIMIT, &claimed, &error));
  g_assert_false (claimed);
  g_assert_no_error (error);
}

/* A new run's pair: the one chosen for its surface while in use, else the
 * pair of the latest run; a deleted pair's choice is forgotten. */
static void
test_surface_defaults (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) road = add_shoe (f, "Pegasus", 0);
  g_autoptr(BkShoe) trail = add_shoe (f, "Speedgoat", 0);
  g_autoptr(BkRun) last = add_run (f, 3, 10, road);

  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (road));
  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_TRAIL, bk_shoe_get_id (trail), &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (trail));
  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (trail));
  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_ROAD, &error), ==, bk_shoe_get_id (road));
  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_NONE, &error), ==, bk_shoe_get_id (road));

  /* Chosen again: replaced, not added. */
  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_TRAIL, bk_shoe_get_id (road), &error));
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (road));
  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_TRAIL, bk_shoe_get_id (trail), &error));

  /* Retired: the latest run's pair instead, the choice kept. */
  g_assert_true (bk_shoe_store_set_retired (f->db, bk_shoe_get_id (trail), TRUE, &error));
  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (road));
  g_assert_true (bk_shoe_store_set_retired (f->db, bk_shoe_get_id (trail), FALSE, &error));
  g_assert_cmpint (bk_shoe_store_default_for_run (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (trail));

  /* Deleted: forgotten. Cleared: forgotten. */
  g_assert_true (bk_shoe_store_delete (f->db, bk_shoe_get_id (trail), &error));
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_TRAIL, &error), ==, 0);
  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_ROAD, bk_shoe_get_id (road), &error));
  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_ROAD, 0, &error));
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_ROAD, &error), ==, 0);
  g_assert_no_error (error);
}

/* Deleted with Undo: the pair comes back with its id, its distance (its
 * runs carry it again), its surface choice and its notices said. */
static void
test_delete_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) pair = add_shoe (f, "Pegasus", 600);
  g_autoptr(BkRun) a = add_run (f, 2, 40, pair);
  g_autoptr(BkShoe) kept = NULL;
  g_autoptr(BkShoe) back = NULL;
  g_autoptr(BkShoe) twin = NULL;
  gboolean claimed = TRUE;

  g_assert_true (bk_shoe_store_set_default_for (f->db, BK_SURFACE_TRAIL, bk_shoe_get_id (pair), &error));
  kept = bk_shoe_store_get (f->db, bk_shoe_get_id (pair), &error);
  g_assert_cmpfloat (bk_shoe_get_distance (kept), ==, 640000);
  g_assert_true (bk_shoe_store_delete_keeping (f->db, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_TRAIL, &error), ==, 0);

  /* Another pair took the name meanwhile: refused, nothing written. */
  twin = add_shoe (f, "pegasus", 0);
  g_assert_false (bk_shoe_store_restore (f->db, kept, &error));
  g_assert_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (bk_shoe_store_delete (f->db, bk_shoe_get_id (twin), &error));

  g_assert_true (bk_shoe_store_restore (f->db, kept, &error));
  g_assert_no_error (error);
  back = bk_shoe_store_get (f->db, bk_shoe_get_id (pair), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bk_shoe_get_name (back), ==, "Pegasus");
  g_assert_cmpfloat (bk_shoe_get_distance (back), ==, 640000);
  g_assert_cmpint (bk_shoe_store_get_default_for (f->db, BK_SURFACE_TRAIL, &error), ==, bk_shoe_get_id (pair));
  /* Past 90% when deleted, so announced then: not again. */
  g_assert_true (bk_shoe_store_claim_notice (f->db, bk_shoe_get_id (pair), BK_SHOE_WEAR_NEAR_LIMIT, &claimed, &error));
  g_assert_false (claimed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/shoe-store/distance-follows-runs", Fixture, NULL, fixture_set_up,
              test_distance_follows_runs, fixture_tear_down);
  g_test_add ("/shoe-store/retirement", Fixture, NULL, fixture_set_up, test_retirement, fixture_tear_down);
  g_test_add ("/shoe-store/delete-with-runs", Fixture, NULL, fixture_set_up,
              test_delete_with_runs, fixture_tear_down);
  g_test_add ("/shoe-store/names", Fixture, NULL, fixture_set_up, test_names, fixture_tear_down);
  g_test_add ("/shoe-store/surface-defaults", Fixture, NULL, fixture_set_up, test_surface_defaults,
              fixture_tear_down);
  g_test_add ("/shoe-store/delete-and-restore", Fixture, NULL, fixture_set_up, test_delete_and_restore,
              fixture_tear_down);
  g_test_add ("/shoe-store/claim-notice", Fixture, NULL, fixture_set_up, test_claim_notice, fixture_tear_down);

  return g_test_run ();
}
