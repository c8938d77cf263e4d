/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-routine"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "bk-core-error.h"
#include "bk-routine.h"

G_DEFINE_BOXED_TYPE (BkRoutine, bk_routine, bk_routine_copy, bk_routine_free)
G_DEFINE_BOXED_TYPE (BkTightnessTest, bk_tightness_test, bk_tightness_test_copy, bk_tightness_test_free)
G_DEFINE_BOXED_TYPE (BkStretchSession, bk_stretch_session, bk_stretch_session_copy, bk_stretch_session_free)

BkRoutine *
bk_routine_new (const char *name,
                BkTiming    timing)
{
  BkRoutine *self = g_new0 (BkRoutine, 1);

  self->name = g_strdup (name);
  self->timing = timing;
  self->stretch_ids = g_ptr_array_new_with_free_func (g_free);
  self->schedule = (BkSchedule) { 0, -1, -1 };
  return self;
}

BkRoutine *
bk_routine_copy (const BkRoutine *self)
{
  BkRoutine *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bk_routine_new (self->name, self->timing);
  copy->id = self->id;
  copy->schedule = self->schedule;
  copy->skipped_julian = self->skipped_julian;
  copy->snoozed_until = self->snoozed_until;
  for (guint i = 0; i < self->stretch_ids->len; i++)
    g_ptr_array_add (copy->stretch_ids, g_strdup (g_ptr_array_index (self->stretch_ids, i)));
  return copy;
}

void
bk_routine_free (BkRoutine *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_ptr_array_unref (self->stretch_ids);
  g_free (self);
}

gboolean
bk_routine_name_is_valid (const char  *name,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped == '\0')
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                           _("A routine needs a name"));
      return FALSE;
    }
  if (g_utf8_strlen (stripped, -1) > BK_ROUTINE_NAME_MAX)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("A routine name can be at most %d characters"), BK_ROUTINE_NAME_MAX);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_routine_resolve:
 * @catalogue: (element-type BkStretch): every known stretch
 *
 * Returns: (transfer container) (element-type BkStretch): the routine's
 *   stretches in order, borrowed from @catalogue; ids that are no longer
 *   known (a deleted user stretch) are left out
 */
GPtrArray *
bk_routine_resolve (const BkRoutine *self,
                    GPtrArray       *catalogue)
{
  GPtrArray *stretches = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL && catalogue != NULL, stretches);

  for (guint i = 0; i < self->stretch_ids->len; i++)
    {
      BkStretch *stretch = bk_stretch_catalogue_find (catalogue, g_ptr_array_index (self->stretch_ids, i));

      if (stretch != NULL)
        g_ptr_array_add (stretches, stretch);
    }
  return stretches;
}

BkTightnessTest *
bk_tightness_test_new (const char  *muscle,
                       BkTightness  result,
                       guint32      julian)
{
  BkTightnessTest *self = g_new0 (BkTightnessTest, 1);

  self->muscle = g_strdup (muscle);
  self->result = result;
  self->julian = julian;
  return self;
}

BkTightnessTest *
bk_tightness_test_copy (const BkTightnessTest *self)
{
  BkTightnessTest *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = bk_tightness_test_new (self->muscle, self->result, self->julian);
  copy->id = self->id;
  return copy;
}

void
bk_tightness_test_free (BkTightnessTest *self)
{
  if (self == NULL)
    return;
  g_free (self->muscle);
  g_free (self);
}

BkStretchSession *
bk_stretch_session_new (gint64      routine_id,
                        const char *routine_name,
                        GDateTime  *started_at)
{
  BkStretchSession *self = g_new0 (BkStretchSession, 1);

  g_return_val_if_fail (started_at != NULL, self);

  self->routine_id = routine_id;
  self->routine_name = g_strdup (routine_name);
  self->started_at = g_date_time_ref (started_at);
  return self;
}

BkStretchSession *
bk_stretch_session_copy (const BkStretchSession *self)
{
  BkStretchSession *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (BkStretchSession, 1);
  *copy = *self;
  copy->routine_name = g_strdup (self->routine_name);
  copy->started_at = g_date_time_ref (self->started_at);
  return copy;
}

void
bk_stretch_session_free (BkStretchSession *self)
{
  if (self == NULL)
    return;
  g_free (self->routine_name);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_free (self);
}

static int
compare_julian_desc (gconstpointer a,
                     gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return (x < y) - (x > y);
}

/**
 * bk_stretch_streak:
 * @session_days: local days (Julian) with at least one session, any order,
 *   repeats allowed
 *
 * The current streak: consecutive days with a session, ending today, or
 * yesterday when today's session is still to come.
 */
guint
bk_stretch_streak (const guint32 *session_days,
                   guint          n_days,
                   guint32        today)
{
  g_autofree guint32 *days = NULL;
  guint streak = 0;
  guint32 expect;

  if (n_days == 0)
    return 0;

  days = g_memdup2 (session_days, n_days * sizeof (guint32));
  qsort (days, n_days, sizeof (guint32), compare_julian_desc);

  expect = today;
  for (guint i = 0; i < n_days; i++)
    {
      if (days[i] > expect)
        continue;            /* after today, or a repeat of a counted day */
      if (days[i] == expect)
        {
          streak++;
          expect--;
        }
      else if (streak == 0 && days[i] == today - 1)
        {
          streak = 1;
          expect = today - 2;
        }
      else
        break;
    }
  return streak;
}
