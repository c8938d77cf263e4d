/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The weekly soft-surface share and the road-streak rule (issue 16),
 * on vectors: which surfaces are soft, when a week has a share, km and mi,
 * weeks without running, and the text the status shows. */
#include "bk-config.h"

#include <locale.h>
#include <math.h>

#include "core/bk-surface-share.h"
#include "core/bk-units.h"

/* Tuesday 1 December 2026; its week (Monday first) starts on 30 November. */
static guint32
today (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_DECEMBER, 2026);
  return g_date_get_julian (&date);
}

/* Monday of the week @weeks_ago before today's. */
static guint32
monday (guint weeks_ago)
{
  return today () - 1 - 7 * weeks_ago;
}

static BkSurfaceDay
day (guint32 julian,
     double  soft_km,
     double  firm_km,
     double  unknown_km)
{
  return (BkSurfaceDay) { julian, soft_km * 1000, firm_km * 1000, unknown_km * 1000 };
}

static BkSurfaceShare *
compute (const BkSurfaceDay *days,
         gsize               n_days)
{
  return bk_surface_share_compute (days, n_days, today (), G_DATE_MONDAY, 0);
}

static void
test_grounds (void)
{
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_GRASS), ==, BK_GROUND_SOFT);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_TRAIL), ==, BK_GROUND_SOFT);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_TRACK), ==, BK_GROUND_SOFT);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_ROAD), ==, BK_GROUND_FIRM);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_TREADMILL), ==, BK_GROUND_FIRM);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_MIXED), ==, BK_GROUND_UNKNOWN);
  g_assert_cmpint (bk_surface_get_ground (BK_SURFACE_NONE), ==, BK_GROUND_UNKNOWN);
}

static void
test_weekly_share (void)
{
  /* This week: 6 km road on Monday, 2 km grass today: 25 %. Last week:
   * all trail. Two weeks ago: nothing. */
  BkSurfaceDay days[] = {
    day (monday (0), 0, 6, 0),
    day (today (), 2, 0, 0),
    day (monday (1) + 3, 10, 0, 0),
  };
  g_autoptr(BkSurfaceShare) share = compute (days, G_N_ELEMENTS (days));
  BkSurfaceWeek *last = &g_array_index (share->weeks, BkSurfaceWeek, share->weeks->len - 1);

  g_assert_cmpfloat_with_epsilon (share->share_week, 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (share->share_last_week, 1.0, 1e-9);
  g_assert_cmpuint (last->week_start, ==, monday (0));
  g_assert_cmpfloat (last->soft_m, ==, 2000);
  g_assert_cmpfloat (last->firm_m, ==, 6000);
  g_assert_true (isnan (bk_surface_share_for_week (share, monday (2))));
  g_assert_cmpfloat_with_epsilon (bk_surface_share_for_week (share, monday (1)), 1.0, 1e-9);
  g_assert_true (isnan (bk_surface_share_for_week (share, monday (0) + 7)));
  g_assert_true (isnan (bk_surface_share_for_week (share, monday (0) + 1)));
  g_assert_cmpuint (share->firm_streak, ==, 0);
  g_assert_false (share->hint);
}

/* A week needs half its distance with a known surface to have a share;
 * mixed runs are not known either way. */
static void
test_known_fraction (void)
{
  static const struct { double soft, firm, unknown; double share; } cases[] = {
    { 0, 2, 3, NAN },      /* 2 of 5 km known */
    { 0, 3, 3, 0.0 },      /* exactly half known */
    { 1, 3, 4, 0.25 },
    { 0, 0, 8, NAN },      /* all mixed or unset */
    { 0, 0, 0, NAN },      /* no running */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BkSurfaceDay d = day (today (), cases[i].soft, cases[i].firm, cases[i].unknown);
      g_autoptr(BkSurfaceShare) share = compute (&d, 1);

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      if (isnan (cases[i].share))
        g_assert_true (isnan (share->share_week));
      else
        g_assert_cmpfloat_with_epsilon (share->share_week, cases[i].share, 1e-9);
    }
}

/* The same log entered in miles gives the same shares and the same streak:
 * the share is a ratio of metres. */
static void
test_km_and_mi (void)
{
  static const double miles[][2] = { { 1, 3 }, { 0, 5 }, { 0.2, 6 }, { 0, 4 } };
  BkSurfaceDay km_days[G_N_ELEMENTS (miles)], mi_days[G_N_ELEMENTS (miles)];
  g_autoptr(BkSurfaceShare) km = NULL;
  g_autoptr(BkSurfaceShare) mi = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (miles); i++)
    {
      guint32 j = monday (G_N_ELEMENTS (miles) - 1 - i) + 1;

      /* The runner typed whole kilometres in one log and whole miles in
       * the other: the same numbers, different lengths. */
      km_days[i] = day (j, miles[i][0], miles[i][1], 0);
      mi_days[i] = (BkSurfaceDay) { j, miles[i][0] * BK_METRES_PER_MILE, miles[i][1] * BK_METRES_PER_MILE, 0 };
    }
  km = compute (km_days, G_N_ELEMENTS (km_days));
  mi = compute (mi_days, G_N_ELEMENTS (mi_days));
  g_assert_cmpuint (km->weeks->len, ==, mi->weeks->len);
  for (guint i = 0; i < km->weeks->len; i++)
    {
      double a = g_array_index (km->weeks, BkSurfaceWeek, i).soft_share;
      double b = g_array_index (mi->weeks, BkSurfaceWeek, i).soft_share;

      g_assert_cmpint (isnan (a), ==, isnan (b));
      if (!isnan (a))
        g_assert_cmpfloat_with_epsilon (a, b, 1e-12);
    }
  g_assert_cmpfloat_with_epsilon (km->share_week, 0.0, 1e-12);
  /* 0.2 of 6.2: 3.2 %, almost all road; with 0 % and 0 % that is three. */
  g_assert_cmpuint (km->firm_streak, ==, 3);
  g_assert_cmpuint (mi->firm_streak, ==, 3);
  g_assert_true (km->hint && mi->hint);
}

typedef struct {
  const char *name;
  /* Soft and firm km per week, oldest first, today's week last; a negative
   * soft distance means no running that week, NAN firm only unknown. */
  double      weeks[8][2];
  guint       streak;
  gboolean    hint;
} StreakCase;

#define NONE { -1, 0 }
#define UNKNOWN { 0, NAN }

static const StreakCase streak_cases[] = {
  { "three road weeks", { NONE, NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 20 }, { 0, 10 } }, 3, TRUE },
  { "two road weeks", { NONE, NONE, NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 10 } }, 2, FALSE },
  { "grass this week ends it", { NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 20 }, { 0, 20 }, { 2, 8 } }, 0, FALSE },
  { "exactly 10 % is not almost all road", { NONE, NONE, NONE, NONE, NONE, { 0, 20 }, { 2, 18 }, { 0, 10 } }, 1, FALSE },
  { "just under 10 % is", { NONE, NONE, NONE, NONE, NONE, { 0, 20 }, { 1.99, 18.01 }, { 0, 10 } }, 3, TRUE },
  { "a week off is passed over", { NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 20 }, NONE, { 0, 10 } }, 3, TRUE },
  { "a week of unknown surfaces too", { NONE, NONE, NONE, NONE, { 0, 20 }, UNKNOWN, { 0, 20 }, { 0, 10 } }, 3, TRUE },
  { "nothing yet this week", { NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 20 }, { 0, 20 }, NONE }, 3, TRUE },
  { "not running for two weeks", { NONE, NONE, { 0, 20 }, { 0, 20 }, { 0, 20 }, { 0, 20 }, NONE, NONE }, 0, FALSE },
  { "a soft week before the streak", { NONE, NONE, NONE, { 5, 5 }, { 0, 20 }, { 0, 20 }, { 0, 20 }, { 0, 20 } }, 4, TRUE },
  { "spread over the lookback", { { 0, 20 }, NONE, NONE, { 0, 20 }, NONE, NONE, NONE, { 0, 20 } }, 3, TRUE },
  { "treadmill is firm too", { NONE, NONE, NONE, NONE, NONE, { 0, 20 }, { 0, 20 }, { 0, 20 } }, 3, TRUE },
};

static void
test_streak (void)
{
  for (gsize c = 0; c < G_N_ELEMENTS (streak_cases); c++)
    {
      const StreakCase *sc = &streak_cases[c];
      g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (BkSurfaceDay));
      g_autoptr(BkSurfaceShare) share = NULL;

      for (guint w = 0; w < 8; w++)
        {
          BkSurfaceDay d;

          if (sc->weeks[w][0] < 0)
            continue;
          if (isnan (sc->weeks[w][1]))
            d = day (monday (7 - w), 0, 0, 10);
          else
            d = day (monday (7 - w), sc->weeks[w][0], sc->weeks[w][1], 0);
          g_array_append_val (days, d);
        }
      share = compute ((BkSurfaceDay *) (gpointer) days->data, days->len);
      g_test_message ("%s", sc->name);
      g_assert_cmpuint (share->firm_streak, ==, sc->streak);
      g_assert_cmpint (share->hint, ==, sc->hint);
    }
}

/* Road weeks older than the lookback do not count, and the weeks returned
 * are the ones asked for while the streak still looks back eight. */
static void
test_lookback_and_weeks (void)
{
  BkSurfaceDay days[] = {
    day (monday (10), 0, 20, 0),
    day (monday (9), 0, 20, 0),
    day (monday (1), 0, 20, 0),
    day (monday (0), 0, 20, 0),
    day (today () + 3, 20, 0, 0),     /* after today: left out */
  };
  g_autoptr(BkSurfaceShare) all = compute (days, G_N_ELEMENTS (days));
  g_autoptr(BkSurfaceShare) four = bk_surface_share_compute (days, G_N_ELEMENTS (days), today (), G_DATE_MONDAY, 4);

  g_assert_cmpuint (all->firm_streak, ==, 2);
  g_assert_false (all->hint);
  g_assert_cmpfloat (all->share_week, ==, 0);
  /* Every week from the first run's. */
  g_assert_cmpuint (all->weeks->len, ==, 11);
  g_assert_cmpuint (g_array_index (all->weeks, BkSurfaceWeek, 0).week_start, ==, monday (10));
  g_assert_cmpuint (four->weeks->len, ==, 4);
  g_assert_cmpuint (g_array_index (four->weeks, BkSurfaceWeek, 0).week_start, ==, monday (3));
  g_assert_cmpuint (four->firm_streak, ==, 2);
}

/* The user's first weekday moves the weeks: Sunday's grass belongs to last
 * week with Monday first, and to this week with Sunday first. */
static void
test_first_weekday (void)
{
  BkSurfaceDay days[] = { day (monday (0) - 1, 5, 0, 0), day (today (), 0, 5, 0) };
  g_autoptr(BkSurfaceShare) monday_first = compute (days, G_N_ELEMENTS (days));
  g_autoptr(BkSurfaceShare) sunday_first = bk_surface_share_compute (days, G_N_ELEMENTS (days), today (),
                                                                     G_DATE_SUNDAY, 0);

  g_assert_cmpfloat (monday_first->share_week, ==, 0);
  g_assert_cmpfloat (monday_first->share_last_week, ==, 1);
  g_assert_cmpfloat_with_epsilon (sunday_first->share_week, 0.5, 1e-12);
}

static void
test_text (void)
{
  BkSurfaceDay days[] = { day (monday (2), 0, 20, 0), day (monday (1), 0, 20, 0), day (monday (0), 0, 20, 0) };
  g_autoptr(BkSurfaceShare) share = compute (days, G_N_ELEMENTS (days));
  g_autofree char *hint = bk_surface_share_describe_hint (share);
  g_autofree char *a = bk_surface_format_share (0.35);
  g_autofree char *b = bk_surface_format_share (NAN);
  g_autofree char *c = bk_surface_format_share (0.004);
  g_autofree char *d = bk_surface_format_share (1);

  g_assert_cmpstr (a, ==, "Soft surfaces 35 %");
  g_assert_cmpstr (b, ==, "Soft surfaces not known");
  g_assert_cmpstr (c, ==, "Soft surfaces 0 %");
  g_assert_cmpstr (d, ==, "Soft surfaces 100 %");
  g_assert_cmpstr (hint, ==, "Your running has been almost all on road or treadmill for 3 weeks in a row. "
                             "Where you can, move a run or two onto grass, a trail or a track.");
  share->hint = FALSE;
  g_assert_null (bk_surface_share_describe_hint (share));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/surface-share/grounds", test_grounds);
  g_test_add_func ("/surface-share/weekly-share", test_weekly_share);
  g_test_add_func ("/surface-share/known-fraction", test_known_fraction);
  g_test_add_func ("/surface-share/km-and-mi", test_km_and_mi);
  g_test_add_func ("/surface-share/streak", test_streak);
  g_test_add_func ("/surface-share/lookback-and-weeks", test_lookback_and_weeks);
  g_test_add_func ("/surface-share/first-weekday", test_first_weekday);
  g_test_add_func ("/surface-share/text", test_text);
  return g_test_run ();
}
