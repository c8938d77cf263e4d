/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-stretch-agenda"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-stretch-agenda.h"

static void
date_time_unref0 (gpointer datetime)
{
  if (datetime != NULL)
    g_date_time_unref (datetime);
}

void
bk_stretch_agenda_free (BkStretchAgenda *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->stretches, g_ptr_array_unref);
  g_clear_pointer (&self->routines, g_ptr_array_unref);
  g_clear_pointer (&self->tightness, g_hash_table_unref);
  g_clear_pointer (&self->due, g_ptr_array_unref);
  g_free (self);
}

/**
 * bk_stretch_routine_next_due:
 * @last_run_logged: when the last run just finished ended (Unix seconds, see
 *   bk_stretch_store_last_run_finished()), 0 when there is none
 *
 * Like bk_schedule_next_due(), and a routine skipped for today is not due
 * again before tomorrow; a snoozed reminder is due when its snooze ends,
 * if that comes first.
 */
GDateTime *
bk_stretch_routine_next_due (const BkRoutine *routine,
                             GDateTime       *now,
                             GTimeZone       *tz,
                             gint64           last_run_logged)
{
  g_autoptr(GDateTime) logged = NULL;
  g_autoptr(GDateTime) from = g_date_time_ref (now);
  GDateTime *due;
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, tz);

  g_return_val_if_fail (routine != NULL && now != NULL && tz != NULL, NULL);

  if (routine->skipped_julian != 0 && routine->skipped_julian == bk_date_julian_of (local))
    {
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (local, 1);

      g_clear_pointer (&from, g_date_time_unref);
      /* One second before midnight, so a reminder at 00:00 still counts. */
      from = g_date_time_new (tz, g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                              g_date_time_get_day_of_month (tomorrow), 0, 0, 0);
      from = g_date_time_add_seconds (g_steal_pointer (&from), -1);
    }
  if (last_run_logged > 0)
    logged = g_date_time_new_from_unix_utc (last_run_logged);
  due = bk_schedule_next_due (&routine->schedule, from, tz, logged);
  if (bk_stretch_routine_snoozed (routine, now))
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (routine->snoozed_until);

      if (due == NULL || g_date_time_compare (utc, due) < 0)
        {
          g_clear_pointer (&due, g_date_time_unref);
          due = g_date_time_to_timezone (utc, tz);
        }
    }
  return due;
}

/**
 * bk_stretch_routine_snoozed:
 *
 * Returns: whether @routine's reminder was snoozed and comes back after @now
 */
gboolean
bk_stretch_routine_snoozed (const BkRoutine *routine,
                            GDateTime       *now)
{
  g_return_val_if_fail (routine != NULL && now != NULL, FALSE);
  return routine->snoozed_until > g_date_time_to_unix (now);
}

BkStretchAgenda *
bk_stretch_agenda_load (BkContext  *context,
                        GDateTime  *now,
                        GError    **error)
{
  g_autoptr(BkStretchAgenda) self = g_new0 (BkStretchAgenda, 1);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, tz);
  BkStretchStore *store = bk_context_get_stretch_store (context);
  guint32 today = bk_date_julian_of (local);
  GDateTime *soonest = NULL;
  gint64 logged;

  if (!bk_stretch_store_ensure_routines (store, error))
    return NULL;
  self->stretches = bk_stretch_store_list_stretches (store, error);
  if (self->stretches == NULL)
    return NULL;
  self->routines = bk_stretch_store_list_routines (store, error);
  if (self->routines == NULL)
    return NULL;
  self->tightness = bk_stretch_store_tightness_map (store, error);
  if (self->tightness == NULL)
    return NULL;
  /* When the last run just finished ended: a run typed in for a past day
   * never asks for an after-run stretch. */
  logged = bk_stretch_store_last_run_finished (store, NULL, error);
  if (logged < 0)
    return NULL;

  self->due = g_ptr_array_new_with_free_func (date_time_unref0);
  self->today_index = self->routines->len > 0 ? 0 : -1;
  self->next_index = -1;
  for (guint i = 0; i < self->routines->len; i++)
    {
      GDateTime *due = bk_stretch_routine_next_due (g_ptr_array_index (self->routines, i),
                                                    now, tz, logged);

      g_ptr_array_add (self->due, due);
      if (due != NULL && (soonest == NULL || g_date_time_compare (due, soonest) < 0))
        {
          soonest = due;
          self->next_index = i;
        }
    }
  /* Today's routine is the one whose reminder comes next, if that is
   * today; otherwise the first one. */
  if (soonest != NULL)
    {
      g_autoptr(GDateTime) soonest_local = g_date_time_to_timezone (soonest, tz);

      if (bk_date_julian_of (soonest_local) == today)
        self->today_index = self->next_index;
    }
  return g_steal_pointer (&self);
}

/**
 * bk_stretch_agenda_is_snoozed:
 *
 * Returns: whether routine @index is next due because its reminder was
 *   snoozed, so its time reads "snoozed until"
 */
gboolean
bk_stretch_agenda_is_snoozed (BkStretchAgenda *self,
                              guint            index)
{
  GDateTime *due;

  g_return_val_if_fail (self != NULL && index < self->routines->len, FALSE);
  due = g_ptr_array_index (self->due, index);
  return due != NULL &&
         g_date_time_to_unix (due) == ((BkRoutine *) g_ptr_array_index (self->routines, index))->snoozed_until;
}

/**
 * bk_stretch_agenda_plan:
 * @stretches_out: (out) (transfer container): the routine's stretches, which
 *   the plan borrows; keep it as long as the plan
 *
 * Returns: (transfer full) (element-type BkPlanStep): the dosed steps
 */
GArray *
bk_stretch_agenda_plan (BkStretchAgenda  *self,
                        const BkRoutine  *routine,
                        GPtrArray       **stretches_out)
{
  g_autoptr(GPtrArray) stretches = bk_routine_resolve (routine, self->stretches);
  GArray *plan = bk_routine_plan (stretches, self->tightness, routine->timing);

  *stretches_out = g_steal_pointer (&stretches);
  return plan;
}

char *
bk_stretch_format_seconds (guint seconds)
{
  if (seconds < 60)
    return g_strdup_printf (_("%u s"), seconds);
  if (seconds % 60 == 0)
    return g_strdup_printf (_("%u min"), seconds / 60);
  return g_strdup_printf (_("%u min %u s"), seconds / 60, seconds % 60);
}

const char *
bk_stretch_side_label (BkSide side)
{
  switch (side)
    {
    case BK_SIDE_LEFT:
      return _("Left");
    case BK_SIDE_RIGHT:
      return _("Right");
    case BK_SIDE_NONE:
    default:
      return _("Both sides");
    }
}

const char *
bk_stretch_muscle_label (const char *muscle)
{
  static const struct { const char *id; const char *label; } names[] = {
    { "hamstrings", N_("Hamstrings") },
    { "calves", N_("Calves") },
    { "hip-flexors", N_("Hip flexors") },
    { "glutes", N_("Glutes and piriformis") },
    { "hips", N_("Hips") },
    { "lower-back", N_("Lower back") },
    { "obliques", N_("Side of the trunk") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].id, muscle) == 0)
      return _(names[i].label);
  return muscle;
}

