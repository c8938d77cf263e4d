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
