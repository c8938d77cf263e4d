/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The surfaces the status reads (issue 16), from a real log file: each
 * surface lands on the ground core gives it, days are the runs' local
 * days, and a surface edit (which run_days does not follow) is read. */
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "store/bk-run-store.h"
#include "store/bk-run-surfaces.h"
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

  f->dir = g_dir_make_tmp ("bk-test-surfaces-XXXXXX", NULL);
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

static BkRun *
add_run (Fixture   *f,
         int        day,
         int        hour,
         double     km,
         BkSurface  surface)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, 2026, 11, day, hour, 30, 0);
  BkRun *run = bk_run_new (start, km * 1000, (gint64) (km * 330));

  bk_run_set_surface (run, surface);
  g_assert_true (bk_run_store_add (f->runs, run, &error));
  g_assert_no_error (error);
  return run;
}

static guint32
november (int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_NOVEMBER, 2026);
  return g_date_get_julian (&date);
}

static GArray *
read_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GArray *days = bk_run_surfaces_read (f->db, november (1), november (30), &error);

  g_assert_no_error (error);
  g_assert_nonnull (days);
  return days;
}

/* One run a day on each surface, 1 km more each day: every day's distance
 * sits on the ground bk_surface_get_ground() names. */
static void
test_grounds_match_core (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GArray) days = NULL;

  for (BkSurface s = BK_SURFACE_NONE; s < BK_N_SURFACES; s++)
    g_object_unref (add_run (f, 2 + s, 8, 1 + s, s));
  days = read_all (f);
  g_assert_cmpuint (days->len, ==, BK_N_SURFACES);
  for (BkSurface s = BK_SURFACE_NONE; s < BK_N_SURFACES; s++)
    {
      BkSurfaceDay *day = &g_array_index (days, BkSurfaceDay, s);
      double metres = (1 + s) * 1000.0;
      BkGround ground = bk_surface_get_ground (s);

      g_test_message ("surface %d", s);
      g_assert_cmpuint (day->julian, ==, november (2 + s));
      g_assert_cmpfloat (day->soft_m, ==, ground == BK_GROUND_SOFT ? metres : 0);
      g_assert_cmpfloat (day->firm_m, ==, ground == BK_GROUND_FIRM ? metres : 0);
      g_assert_cmpfloat (day->unknown_m, ==, ground == BK_GROUND_UNKNOWN ? metres : 0);
    }
}

/* Two runs on one day are summed by ground; a run just after local
 * midnight belongs to that day; the range is inclusive. */
static void
test_days_and_range (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (add_run (f, 10, 7, 5, BK_SURFACE_ROAD));
  g_object_unref (add_run (f, 10, 18, 3, BK_SURFACE_TRAIL));
  g_object_unref (add_run (f, 11, 0, 2, BK_SURFACE_TREADMILL));
  days = read_all (f);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).firm_m, ==, 5000);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).soft_m, ==, 3000);
  g_assert_cmpuint (g_array_index (days, BkSurfaceDay, 1).julian, ==, november (11));

  one = bk_run_surfaces_read (f->db, november (11), november (11), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpfloat (g_array_index (one, BkSurfaceDay, 0).firm_m, ==, 2000);
}

/* run_days' trigger ignores a surface change; the surfaces are read from
 * the runs, so the edit shows at once. */
static void
test_surface_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BkRun) run = add_run (f, 12, 8, 6, BK_SURFACE_ROAD);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;

  bk_run_set_surface (run, BK_SURFACE_GRASS);
  g_assert_true (bk_run_store_update (f->runs, run, &error));
  g_assert_no_error (error);
  days = read_all (f);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).soft_m, ==, 6000);
  g_assert_cmpfloat (g_array_index (days, BkSurfaceDay, 0).firm_m, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/run-surfaces/grounds-match-core", Fixture, NULL, fixture_set_up,
              test_grounds_match_core, fixture_tear_down);
  g_test_add ("/run-surfaces/days-and-range", Fixture, NULL, fixture_set_up,
              test_days_and_range, fixture_tear_down);
  g_test_add ("/run-surfaces/surface-edit", Fixture, NULL, fixture_set_up,
              test_surface_edit, fixture_tear_down);
  return g_test_run ();
}
