/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-run.h"
#include "store/bk-row-mirror.h"

static BkRun *
make_run (gint64 id,
          int    day)
{
  g_autoptr(GDateTime) started = g_date_time_new_utc (2026, 3, day, 7, 0, 0);
  BkRun *run = bk_run_new (started, 5000, 1800);

  bk_run_set_id (run, id);
  return run;
}

/* The ids in the list, newest first, as "3 1 2". */
static char *
ids (BkRowMirror *mirror)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (mirror->model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BkRun) run = g_list_model_get_item (G_LIST_MODEL (mirror->model), i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", bk_run_get_id (run));
    }
  return g_string_free (text, FALSE);
}

static void
test_unloaded_does_nothing (void)
{
  BkRowMirror mirror;
  g_autoptr(BkRun) run = make_run (1, 2);

  bk_row_mirror_init (&mirror, BK_TYPE_RUN, bk_run_compare_newest_first, (BkRowIdFunc) bk_run_get_id);
  bk_row_mirror_added (&mirror, run);
  bk_row_mirror_changed (&mirror, run);
  bk_row_mirror_removed (&mirror, 1);
  g_assert_false (bk_row_mirror_is_loaded (&mirror));
  g_assert_null (mirror.model);
  bk_row_mirror_clear (&mirror);
}

static void
test_kept_sorted (void)
{
  BkRowMirror mirror;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BkRun) later = make_run (3, 20);
  g_autofree char *loaded = NULL;
  g_autofree char *added = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *missing = NULL;

  bk_row_mirror_init (&mirror, BK_TYPE_RUN, bk_run_compare_newest_first, (BkRowIdFunc) bk_run_get_id);
  g_ptr_array_add (rows, make_run (2, 10));
  g_ptr_array_add (rows, make_run (1, 5));
  bk_row_mirror_load (&mirror, rows);
  g_assert_true (bk_row_mirror_is_loaded (&mirror));
  loaded = ids (&mirror);
  g_assert_cmpstr (loaded, ==, "2 1");

  bk_row_mirror_added (&mirror, later);
  added = ids (&mirror);
  g_assert_cmpstr (added, ==, "3 2 1");

  /* Run 3 edited to the earliest day moves to the end. */
  {
    g_autoptr(GDateTime) earliest = g_date_time_new_utc (2026, 3, 1, 7, 0, 0);

    bk_run_set_started_at (later, earliest);
  }
  bk_row_mirror_changed (&mirror, later);
  moved = ids (&mirror);
  g_assert_cmpstr (moved, ==, "2 1 3");

  bk_row_mirror_removed (&mirror, 1);
  removed = ids (&mirror);
  g_assert_cmpstr (removed, ==, "2 3");
  bk_row_mirror_removed (&mirror, 99);
  missing = ids (&mirror);
  g_assert_cmpstr (missing, ==, "2 3");

  bk_row_mirror_clear (&mirror);
  g_assert_false (bk_row_mirror_is_loaded (&mirror));
}

static gboolean
run_has_id (gpointer      item,
            gconstpointer wanted)
{
  return bk_run_get_id (item) == *(const gint64 *) wanted;
}

/* GLib 2.74's own search crashes on a search with no item in hand. */
static void
test_find_by_key (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BK_TYPE_RUN);
  g_autoptr(BkRun) first = make_run (4, 3);
  g_autoptr(BkRun) second = make_run (7, 4);
  gint64 wanted = 7;
  guint position = 99;

  g_assert_false (bk_list_store_find (store, run_has_id, &wanted, &position));
  g_assert_cmpuint (position, ==, 99);
  g_list_store_append (store, first);
  g_list_store_append (store, second);
  g_assert_true (bk_list_store_find (store, run_has_id, &wanted, &position));
  g_assert_cmpuint (position, ==, 1);
  wanted = 5;
  g_assert_false (bk_list_store_find (store, run_has_id, &wanted, &position));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/row-mirror/unloaded", test_unloaded_does_nothing);
  g_test_add_func ("/row-mirror/sorted", test_kept_sorted);
  g_test_add_func ("/row-mirror/find-by-key", test_find_by_key);

  return g_test_run ();
}
