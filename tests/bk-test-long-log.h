/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "services/bk-context.h"
#include "store/bk-pain-store.h"
#include "store/bk-run-store.h"
#include "store/bk-stretch-store.h"

G_BEGIN_DECLS

/* The twenty-year log of issue 13, written through the stores as the app
 * writes it: a run every morning for BK_LONG_LOG_DAYS days up to
 * yesterday, a pain entry every other morning, and BK_LONG_LOG_SESSIONS
 * stretching sessions spread over the years. Shared by bench-startup and
 * the GUI test on the long log. */

#define BK_LONG_LOG_DAYS     7300
#define BK_LONG_LOG_ENTRIES  (BK_LONG_LOG_DAYS / 2)
#define BK_LONG_LOG_SESSIONS 1000

static inline GDateTime *
bk_long_log_day (GDateTime *today,
                 int        days_back,
                 int        hour)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (today, -days_back);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

/* Fills @context's log; the ids of the oldest and the newest pain entry
 * come back in @out_oldest and @out_newest. */
static inline void
bk_long_log_fill (BkContext *context,
                  gint64    *out_oldest,
                  gint64    *out_newest)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  BkStretchStore *stretch_store = bk_context_get_stretch_store (context);
  const BkRoutine *routine;

  for (int i = BK_LONG_LOG_DAYS; i >= 1; i--)
    {
      g_autoptr(GDateTime) when = bk_long_log_day (today, i, 7);

      g_ptr_array_add (runs, bk_run_new (when, 4000 + (i * 7919) % 9000, 1500 + (i * 104729) % 3600));
    }
  if (!bk_run_store_add_many (bk_context_get_run_store (context), runs, &error))
    g_error ("Could not add the runs: %s", error->message);

  for (int i = BK_LONG_LOG_DAYS; i >= 2; i -= 2)
    {
      /* Places as a journal has them: none, one, two, or five (its longest
       * rows), none of them a sacroiliac joint, which advice would read. */
      static const guint places[] = {
        0,
        BK_PAIN_LOCATION_CENTRAL_LOWER_BACK,
        BK_PAIN_LOCATION_LEFT_LOWER_BACK | BK_PAIN_LOCATION_RIGHT_BUTTOCK,
        BK_PAIN_LOCATION_CENTRAL_LOWER_BACK | BK_PAIN_LOCATION_LEFT_LOWER_BACK | BK_PAIN_LOCATION_RIGHT_LOWER_BACK |
          BK_PAIN_LOCATION_LEFT_BUTTOCK | BK_PAIN_LOCATION_RIGHT_BUTTOCK,
      };
      g_autoptr(GDateTime) when = bk_long_log_day (today, i, 8);
      g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_NEXT_MORNING, 1 + i % 3);

      bk_pain_entry_set_locations (entry, places[(i / 2) % G_N_ELEMENTS (places)]);

      if (!bk_pain_store_add (bk_context_get_pain_store (context), entry, &error))
        g_error ("Could not add a pain entry: %s", error->message);
      if (i == BK_LONG_LOG_DAYS && out_oldest != NULL)
        *out_oldest = bk_pain_entry_get_id (entry);
      if (i == 2 && out_newest != NULL)
        *out_newest = bk_pain_entry_get_id (entry);
    }

  if (!bk_stretch_store_ensure_routines (stretch_store, &error) ||
      (routines = bk_stretch_store_list_routines (stretch_store, &error)) == NULL)
    g_error ("Could not read the routines: %s", error->message);
  g_assert_cmpuint (routines->len, >, 0);
  routine = routines->pdata[0];
  for (int i = BK_LONG_LOG_SESSIONS; i >= 1; i--)
    {
      g_autoptr(GDateTime) when = bk_long_log_day (today, i * BK_LONG_LOG_DAYS / BK_LONG_LOG_SESSIONS, 19);
      g_autoptr(BkStretchSession) session = bk_stretch_session_new (routine->id, routine->name, when);

      session->planned_s = session->done_s = 600;
      session->steps_total = session->steps_done = 6;
      session->completed = TRUE;
      if (!bk_stretch_store_add_session (stretch_store, session, &error))
        g_error ("Could not add a session: %s", error->message);
    }
}

G_END_DECLS
