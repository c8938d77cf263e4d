/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-surface-share"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-date.h"
#include "bk-surface-share.h"

/* How the share is counted, and when it becomes a hint.
 *
 * Soft ground is grass, trail and track; firm is road and treadmill (the
 * treadmill gives no more give than the road and no variety, and the
 * guide's advice is to mix soft ground in). Mixed and unset surfaces are
 * not counted either way: the share is soft / (soft + firm) by distance,
 * so it reads the same in km and mi.
 *
 * A week has a share only when at least BK_SURFACE_KNOWN_FRACTION (half) of
 * its distance has a known surface: one labelled run out of four cannot
 * speak for the other three.
 *
 * "Almost all road" is a share below BK_SURFACE_SOFT_FLOOR (10 %). No study
 * gives a number (the guide says only "mix in"), so the floor is low on
 * purpose: at four or five runs a week, one short run on grass lifts a
 * week over it. The hint asks for a little, not a quota.
 *
 * "Several weeks in a row" is BK_SURFACE_STREAK_WEEKS (3) such weeks. One
 * or two are a city trip or a road race; three are a habit.
 *
 * A week without a share (no running, or too little with a known surface)
 * is passed over: it neither counts nor breaks the streak. A week off says
 * nothing about where the runner runs; breaking on it would hide the hint
 * from someone who runs every other week, counting it would call a holiday
 * road running. The streak is looked for only in the last
 * BK_SURFACE_LOOKBACK_WEEKS (8) weeks, and only while the runner is
 * running: the newest week with a share must be this week or last week.
 *
 * Today's week counts once it has a share, so a tenth of this week on soft
 * ground ends the hint at once. */

BkGround
bk_surface_get_ground (BkSurface surface)
{
  switch (surface)
    {
    case BK_SURFACE_GRASS:
    case BK_SURFACE_TRAIL:
    case BK_SURFACE_TRACK:
      return BK_GROUND_SOFT;
    case BK_SURFACE_ROAD:
    case BK_SURFACE_TREADMILL:
      return BK_GROUND_FIRM;
    case BK_SURFACE_MIXED:
    case BK_SURFACE_NONE:
    case BK_N_SURFACES:
    default:
      return BK_GROUND_UNKNOWN;
    }
}

static double
week_share (const BkSurfaceWeek *week)
{
  double known = week->soft_m + week->firm_m;
  double total = known + week->unknown_m;

  if (known <= 0 || known < BK_SURFACE_KNOWN_FRACTION * total)
    return NAN;
  return week->soft_m / known;
}

static void
find_streak (BkSurfaceShare *self)
{
  guint n = self->weeks->len;
  guint oldest = n > BK_SURFACE_LOOKBACK_WEEKS ? n - BK_SURFACE_LOOKBACK_WEEKS : 0;
  gboolean found_newest = FALSE;

  self->firm_streak = 0;
  for (guint i = n; i > oldest; i--)
    {
      double share = g_array_index (self->weeks, BkSurfaceWeek, i - 1).soft_share;

      if (isnan (share))
        continue;
      /* Today's week is n - 1: the newest share must be there or the week before. */
      if (!found_newest && i - 1 + 2 < n)
        break;
      found_newest = TRUE;
      if (share >= BK_SURFACE_SOFT_FLOOR)
        break;
      self->firm_streak++;
    }
  self->hint = self->firm_streak >= BK_SURFACE_STREAK_WEEKS;
}

/**
 * bk_surface_share_compute:
 * @days: (array length=n_days): days in any order; days after @today are
 *   left out
 * @today: the day whose week is the last one
 * @n_weeks: weeks to return; 0 for every week from the first day's
 *
 * Returns: (transfer full): the weekly shares and the streak; the streak is
 *   judged over the last BK_SURFACE_LOOKBACK_WEEKS weeks whatever @n_weeks
 */
BkSurfaceShare *
bk_surface_share_compute (const BkSurfaceDay *days,
                          gsize               n_days,
                          guint32             today,
                          GDateWeekday        first_day,
                          guint               n_weeks)
{
  BkSurfaceShare *self;
  guint32 last_start, first_start;
  guint32 first_day_run = today;
  guint n;

  g_return_val_if_fail (days != NULL || n_days == 0, NULL);
  g_return_val_if_fail (today > 0, NULL);

  for (gsize i = 0; i < n_days; i++)
    if (days[i].julian < first_day_run && days[i].julian > 0)
      first_day_run = days[i].julian;

  last_start = bk_date_week_start (today, first_day);
  n = n_weeks > 0 ? n_weeks : (last_start - bk_date_week_start (first_day_run, first_day)) / 7 + 1;
  n = MAX (n, BK_SURFACE_LOOKBACK_WEEKS);
  first_start = last_start - 7 * (n - 1);

  self = g_new0 (BkSurfaceShare, 1);
  self->weeks = g_array_sized_new (FALSE, TRUE, sizeof (BkSurfaceWeek), n);
  g_array_set_size (self->weeks, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->weeks, BkSurfaceWeek, i).week_start = first_start + 7 * i;

  for (gsize i = 0; i < n_days; i++)
    {
      BkSurfaceWeek *week;

      if (days[i].julian < first_start || days[i].julian > today)
        continue;
      week = &g_array_index (self->weeks, BkSurfaceWeek, (days[i].julian - first_start) / 7);
      week->soft_m += days[i].soft_m;
      week->firm_m += days[i].firm_m;
      week->unknown_m += days[i].unknown_m;
    }
  for (guint i = 0; i < n; i++)
    {
      BkSurfaceWeek *week = &g_array_index (self->weeks, BkSurfaceWeek, i);

      week->soft_share = week_share (week);
    }

  find_streak (self);
  self->share_week = g_array_index (self->weeks, BkSurfaceWeek, n - 1).soft_share;
  self->share_last_week = g_array_index (self->weeks, BkSurfaceWeek, n - 2).soft_share;

  /* Only the weeks asked for: the lookback may have needed more. */
  if (n_weeks > 0 && n > n_weeks)
    g_array_remove_range (self->weeks, 0, n - n_weeks);
  else if (n_weeks == 0 && first_day_run > first_start)
    g_array_remove_range (self->weeks, 0, (bk_date_week_start (first_day_run, first_day) - first_start) / 7);
  return self;
}

/**
 * bk_surface_share_for_week:
 *
 * Returns: the share of the week starting on @week_start, NAN when it has
 *   none or is not among the weeks computed
 */
double
bk_surface_share_for_week (const BkSurfaceShare *self,
                           guint32               week_start)
{
  guint32 first;

  g_return_val_if_fail (self != NULL, NAN);

  if (self->weeks->len == 0)
    return NAN;
  first = g_array_index (self->weeks, BkSurfaceWeek, 0).week_start;
  if (week_start < first || (week_start - first) % 7 != 0 || (week_start - first) / 7 >= self->weeks->len)
    return NAN;
  return g_array_index (self->weeks, BkSurfaceWeek, (week_start - first) / 7).soft_share;
}

/**
 * bk_surface_format_percent:
 * @share: 0 to 1, or NAN
 *
 * Returns: (transfer full): "35 %", or "not known" for NAN
 */
char *
bk_surface_format_percent (double share)
{
  if (isnan (share))
    return g_strdup (C_("soft share", "not known"));
  /* TRANSLATORS: a whole percentage */
  return g_strdup_printf (_("%.0f %%"), round (CLAMP (share, 0, 1) * 100));
}

/**
 * bk_surface_format_share:
 * @share: 0 to 1, or NAN
 *
 * Returns: (transfer full): "Soft surfaces 35 %", or "Soft surfaces not
 *   known" for NAN
 */
char *
bk_surface_format_share (double share)
{
  g_autofree char *percent = bk_surface_format_percent (share);

  /* TRANSLATORS: the share of a week's distance run on grass, trail or
   * track: "Soft surfaces 35 %" */
  return g_strdup_printf (_("Soft surfaces %s"), percent);
}

/**
 * bk_surface_share_describe_hint:
 *
 * Returns: (transfer full) (nullable): the gentle hint while the streak
 *   rule holds, %NULL otherwise
 */
char *
bk_surface_share_describe_hint (const BkSurfaceShare *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!self->hint)
    return NULL;
  return g_strdup_printf (ngettext ("Your running has been almost all on road or treadmill for %u week "
                                    "in a row. Where you can, move a run or two onto grass, a trail "
                                    "or a track.",
                                    "Your running has been almost all on road or treadmill for %u weeks "
                                    "in a row. Where you can, move a run or two onto grass, a trail "
                                    "or a track.",
                                    self->firm_streak),
                          self->firm_streak);
}

void
bk_surface_share_free (BkSurfaceShare *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->weeks);
  g_free (self);
}
