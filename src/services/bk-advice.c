/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-advice"

#include "bk-config.h"

#include "bk-advice.h"
#include "core/bk-date.h"

/* The local day of the newest assessment on or before @today, or 0: the
 * entries of that day and before can no longer open a reason. */
static guint32
newest_assessment_day (GPtrArray *assessments,
                       guint32    today)
{
  guint32 newest = 0;

  for (guint i = 0; i < assessments->len; i++)
    {
      guint32 day = bk_clinician_assessment_get_assessed_on (assessments->pdata[i]);

      if (day <= today)
        newest = MAX (newest, day);
    }
  return newest;
}

/**
 * bk_advice_compute_for_store:
 * @now: the current time
 *
 * Computes the open advice from the screens, the assessments and the part
 * of the journal that can still change it (bk_pain_store_list_for_advice()):
 * a few queries on the journal's indexes, however long it is.
 *
 * Returns: (transfer full) (nullable): the advice, or NULL with @error set
 *   when the journal cannot be read
 */
BkAdviceEpisode *
bk_advice_compute_for_store (BkPainStore  *store,
                             GDateTime    *now,
                             GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) screens = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  BkAdviceSpan span;

  g_return_val_if_fail (BK_IS_PAIN_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  screens = bk_pain_store_list_screens (store, error);
  if (screens == NULL)
    return NULL;
  assessments = bk_pain_store_list_assessments (store, error);
  if (assessments == NULL)
    return NULL;
  entries = bk_pain_store_list_for_advice (store, now,
                                           newest_assessment_day (assessments, bk_date_julian_of (now)),
                                           &span, error);
  if (entries == NULL)
    return NULL;

  return bk_advice_episode_compute_bounded ((BkPainEntry **) entries->pdata, entries->len, &span,
                                            (BkHealthScreen **) screens->pdata, screens->len,
                                            (BkClinicianAssessment **) assessments->pdata, assessments->len,
                                            now);
}

/**
 * bk_advice_get_current:
 *
 * Returns: (transfer full) (nullable): the open advice of the context's
 *   journal, or NULL with @error set
 */
BkAdviceEpisode *
bk_advice_get_current (BkContext  *context,
                       GDateTime  *now,
                       GError    **error)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  return bk_advice_compute_for_store (bk_context_get_pain_store (context), now, error);
}

/* The advice the first window shows, computed with the log's opening on
 * its own thread (bk-context-opening.c, issue 13) and taken once. It is the
 * advice as of that moment, a fraction of a second before the window asks,
 * as a window started that much earlier would show: shown advice is only
 * computed again when the journal changes, and a change before it is
 * taken drops it. */
static GQuark
prefetched_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("bk-advice-prefetched");
  return quark;
}

static void
drop_prefetched (BkContext *context)
{
  g_object_set_qdata (G_OBJECT (context), prefetched_quark (), NULL);
  g_signal_handlers_disconnect_by_func (bk_context_get_pain_store (context), drop_prefetched, context);
}

/**
 * bk_advice_prefetch:
 *
 * Computes the current advice for bk_advice_take_prefetched(); nothing is
 * kept when the journal cannot be read.
 */
void
bk_advice_prefetch (BkContext *context)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkAdviceEpisode *episode;

  g_return_if_fail (BK_IS_CONTEXT (context));

  episode = bk_advice_get_current (context, now, NULL);
  if (episode == NULL)
    return;
  g_object_set_qdata_full (G_OBJECT (context), prefetched_quark (), episode,
                           (GDestroyNotify) bk_advice_episode_free);
  g_signal_connect_object (bk_context_get_pain_store (context), "changed",
                           G_CALLBACK (drop_prefetched), context, G_CONNECT_SWAPPED);
}

/**
 * bk_advice_take_prefetched:
 *
 * Returns: (transfer full) (nullable): the advice bk_advice_prefetch()
 *   computed, once, or %NULL when there is none or the journal has changed
 */
BkAdviceEpisode *
bk_advice_take_prefetched (BkContext *context)
{
  BkAdviceEpisode *episode;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  episode = g_object_steal_qdata (G_OBJECT (context), prefetched_quark ());
  if (episode != NULL)
    g_signal_handlers_disconnect_by_func (bk_context_get_pain_store (context), drop_prefetched, context);
  return episode;
}

/* The journal unread counts as withheld: the safe side. */
static BkAdviceEpisode *
current_or_warn (BkContext *context,
                 GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  BkAdviceEpisode *episode = bk_advice_get_current (context, now, &error);

  if (episode == NULL)
    g_warning ("Could not read the pain journal: %s", error->message);
  return episode;
}

gboolean
bk_advice_training_withheld (BkContext *context,
                             GDateTime *now)
{
  g_autoptr(BkAdviceEpisode) episode = current_or_warn (context, now);

  return episode == NULL || bk_advice_episode_withholds_training (episode);
}

gboolean
bk_advice_hints_withheld (BkContext *context,
                          GDateTime *now)
{
  g_autoptr(BkAdviceEpisode) episode = current_or_warn (context, now);

  return episode == NULL || bk_advice_episode_withholds_hints (episode);
}
