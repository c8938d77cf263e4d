/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pair's wear against its limit: the notice at 90% and at 100%, for a
 * limit set in kilometres and one set in miles, and the text it gives. */
#include "bk-config.h"

#include <locale.h>

#include "core/bk-shoe.h"

static BkShoe *
pair_at (double distance_m,
         double limit_m)
{
  BkShoe *shoe = bk_shoe_new ("Pegasus");

  bk_shoe_set_distance (shoe, distance_m);
  bk_shoe_set_limit (shoe, limit_m);
  return shoe;
}

static void
test_thresholds_km (void)
{
  static const struct { double km; BkShoeWear wear; } cases[] = {
    { 0, BK_SHOE_WEAR_FINE },
    { 629.9, BK_SHOE_WEAR_FINE },
    { 630, BK_SHOE_WEAR_NEAR_LIMIT },
    { 699.9, BK_SHOE_WEAR_NEAR_LIMIT },
    { 700, BK_SHOE_WEAR_PAST_LIMIT },
    { 812, BK_SHOE_WEAR_PAST_LIMIT },
  };
  double limit = bk_shoe_default_limit (BK_UNITS_METRIC);

  g_assert_cmpfloat (limit, ==, 700000);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BkShoe) shoe = pair_at (cases[i].km * 1000, limit);

      g_test_message ("%.1f km", cases[i].km);
      g_assert_cmpint (bk_shoe_get_wear (shoe), ==, cases[i].wear);
    }
}

static void
test_thresholds_mi (void)
{
  static const struct { double mi; BkShoeWear wear; } cases[] = {
    { 391.4, BK_SHOE_WEAR_FINE },
    { 391.5, BK_SHOE_WEAR_NEAR_LIMIT },
    { 434.9, BK_SHOE_WEAR_NEAR_LIMIT },
    { 435, BK_SHOE_WEAR_PAST_LIMIT },
  };
  double limit = bk_shoe_default_limit (BK_UNITS_IMPERIAL);

  g_assert_cmpfloat_with_epsilon (limit, 435 * BK_METRES_PER_MILE, 1e-6);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BkShoe) shoe = pair_at (cases[i].mi * BK_METRES_PER_MILE, limit);

      g_test_message ("%.1f mi", cases[i].mi);
      g_assert_cmpint (bk_shoe_get_wear (shoe), ==, cases[i].wear);
    }

  /* 435 mi is 65 m more than 700 km: the imperial default is reached a
   * little later, and 700 km is still short of it. */
  g_assert_cmpint (bk_shoe_wear_for (700000, limit), ==, BK_SHOE_WEAR_NEAR_LIMIT);
  g_assert_cmpint (bk_shoe_wear_for (limit, 700000), ==, BK_SHOE_WEAR_PAST_LIMIT);
}

static void
test_notice_text (void)
{
  g_autoptr(BkShoe) fine = pair_at (300000, 700000);
  g_autoptr(BkShoe) near = pair_at (640400, 700000);
  g_autoptr(BkShoe) past = pair_at (812700, 700000);
  g_autoptr(BkShoe) past_mi = pair_at (440 * BK_METRES_PER_MILE, bk_shoe_default_limit (BK_UNITS_IMPERIAL));
  g_autofree char *near_text = bk_shoe_describe_wear (near, BK_UNITS_METRIC);
  g_autofree char *past_text = bk_shoe_describe_wear (past, BK_UNITS_METRIC);
  g_autofree char *mi_text = bk_shoe_describe_wear (past_mi, BK_UNITS_IMPERIAL);

  g_assert_null (bk_shoe_describe_wear (fine, BK_UNITS_METRIC));
  g_assert_cmpstr (near_text, ==, "Your Pegasus have 640 km on them, nearing their 700 km limit");
  g_assert_cmpstr (past_text, ==, "Your Pegasus have 812 km on them, past their 700 km limit: time for a new pair");
  g_assert_cmpstr (mi_text, ==, "Your Pegasus have 440 mi on them, past their 435 mi limit: time for a new pair");
  g_assert_cmpfloat (bk_shoe_get_fraction (past), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (bk_shoe_get_fraction (fine), 3.0 / 7.0, 1e-9);
}

static void
test_validate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) shoe = bk_shoe_new ("  Pegasus  ");

  g_assert_cmpstr (bk_shoe_get_name (shoe), ==, "Pegasus");
  g_assert_true (bk_shoe_validate (shoe, &error));
  g_assert_no_error (error);
  bk_shoe_set_limit (shoe, 0);
  g_assert_false (bk_shoe_validate (shoe, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  bk_shoe_set_limit (shoe, 700000);
  bk_shoe_set_start_distance (shoe, -1);
  g_assert_false (bk_shoe_validate (shoe, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  bk_shoe_set_start_distance (shoe, 0);
  bk_shoe_set_name (shoe, "");
  g_assert_false (bk_shoe_validate (shoe, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY);
}

/* The journal's shoes question names the most worn pair past 90%, else
 * the newest pair first worn in the two weeks before the entry. */
static void
test_journal_hint (void)
{
  g_autoptr(GPtrArray) shoes = g_ptr_array_new_with_free_func (g_object_unref);
  BkShoe *fine = pair_at (300000, 700000);
  BkShoe *fresh = pair_at (20000, 700000);
  BkShoe *retired = pair_at (900000, 700000);
  guint32 day = 740000;
  char *hint;

  bk_shoe_set_name (fresh, "Clifton");
  bk_shoe_set_started_on (fresh, day - 20);
  bk_shoe_set_name (retired, "Old");
  bk_shoe_set_retired (retired, TRUE);
  g_ptr_array_add (shoes, fine);
  g_ptr_array_add (shoes, fresh);
  g_ptr_array_add (shoes, retired);

  /* Nothing worn (the retired pair is done with), nothing new. */
  g_assert_null (bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC));

  /* First worn 13 days before the entry: new; 14 days: not any more; a
   * pair started after the entry's day says nothing about it. */
  bk_shoe_set_started_on (fresh, day - 13);
  hint = bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC);
  g_assert_cmpstr (hint, ==, "Your Clifton are new: first worn 13 days ago");
  g_free (hint);
  hint = bk_shoe_journal_hint (shoes, day - 12, BK_UNITS_METRIC);
  g_assert_cmpstr (hint, ==, "Your Clifton are new: first worn 1 day ago");
  g_free (hint);
  bk_shoe_set_started_on (fresh, day);
  hint = bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC);
  g_assert_cmpstr (hint, ==, "Your Clifton are new: first worn today");
  g_free (hint);
  g_assert_null (bk_shoe_journal_hint (shoes, day - 1, BK_UNITS_METRIC));
  bk_shoe_set_started_on (fresh, day - 14);
  g_assert_null (bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC));

  /* Worn beats new; past 90% in km and in miles. */
  bk_shoe_set_started_on (fresh, day - 2);
  bk_shoe_set_distance (fine, 812000);
  hint = bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC);
  g_assert_cmpstr (hint, ==, "Your Pegasus have 812 km on them");
  g_free (hint);
  hint = bk_shoe_journal_hint (shoes, day, BK_UNITS_IMPERIAL);
  g_assert_cmpstr (hint, ==, "Your Pegasus have 504 mi on them");
  g_free (hint);
  /* Just under 90% (629 of 700 km) is not worn. */
  bk_shoe_set_distance (fine, 629000);
  hint = bk_shoe_journal_hint (shoes, day, BK_UNITS_METRIC);
  g_assert_cmpstr (hint, ==, "Your Clifton are new: first worn 2 days ago");
  g_free (hint);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shoe/thresholds-km", test_thresholds_km);
  g_test_add_func ("/shoe/thresholds-mi", test_thresholds_mi);
  g_test_add_func ("/shoe/notice-text", test_notice_text);
  g_test_add_func ("/shoe/validate", test_validate);
  g_test_add_func ("/shoe/journal-hint", test_journal_hint);

  return g_test_run ();
}
