/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-advice-episode"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bk-advice-episode.h"
#include "bk-date.h"

/* How a reason may close. Every reason closes with an assessment dated on
 * or after it; the ones an entry raised also close with a later entry that
 * answered every warning sign "no" and has no leg signs. */
typedef enum {
  CLOSES_BY_ASSESSMENT,
  CLOSES_BY_CLEAR_ENTRY,
} Closing;

typedef struct {
  BkAdviceReason reason;
  Closing        closing;
} OpenReason;

static void
open_reason_clear (gpointer data)
{
  OpenReason *open = data;

  g_free (open->reason.text);
}

static void
add_reason (GArray       *open,
            const char   *id,
            BkPainAdvice  level,
            Closing       closing,
            char         *text,
            const char   *guide_id,
            guint32       since)
{
  OpenReason reason = { { id, level, text, guide_id, since }, closing };

  /* An open reason keeps the day it was first raised and its first words. */
  for (guint i = 0; i < open->len; i++)
    if (g_str_equal (g_array_index (open, OpenReason, i).reason.id, id))
      {
        g_free (text);
        return;
      }
  g_array_append_val (open, reason);
}

static void
close_reasons (GArray  *open,
               gboolean clear_entry_only)
{
  for (guint i = open->len; i > 0; i--)
    if (!clear_entry_only || g_array_index (open, OpenReason, i - 1).closing == CLOSES_BY_CLEAR_ENTRY)
      g_array_remove_index (open, i - 1);
}

static int
compare_entries_oldest_first (gconstpointer a,
                              gconstpointer b)
{
  BkPainEntry *ea = *(BkPainEntry **) a;
  BkPainEntry *eb = *(BkPainEntry **) b;
  gint64 ta = bk_pain_entry_get_timestamp (ea);
  gint64 tb = bk_pain_entry_get_timestamp (eb);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  return bk_pain_entry_get_id (ea) < bk_pain_entry_get_id (eb) ? -1 :
         bk_pain_entry_get_id (ea) > bk_pain_entry_get_id (eb) ? 1 : 0;
}

static int
compare_assessments_oldest_first (gconstpointer a,
                                  gconstpointer b)
{
  BkClinicianAssessment *aa = *(BkClinicianAssessment **) a;
  BkClinicianAssessment *ab = *(BkClinicianAssessment **) b;
  guint32 da = bk_clinician_assessment_get_assessed_on (aa);
  guint32 db = bk_clinician_assessment_get_assessed_on (ab);

  if (da != db)
    return da < db ? -1 : 1;
  return bk_clinician_assessment_get_id (aa) < bk_clinician_assessment_get_id (ab) ? -1 :
         bk_clinician_assessment_get_id (aa) > bk_clinician_assessment_get_id (ab) ? 1 : 0;
}

/* An entry that belongs to a pain episode: it hurts, or it reports a sign. */
gboolean
bk_advice_entry_is_pain (BkPainEntry *entry)
{
  if (bk_pain_entry_get_rating (entry) > 0 || bk_pain_entry_has_leg_signs (entry))
    return TRUE;
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    if (bk_pain_entry_get_warning_sign (entry, i) == BK_ANSWER_YES)
      return TRUE;
  return FALSE;
}

/* Every warning sign shown and answered "no", and nothing in the legs. */
gboolean
bk_advice_entry_is_clear (BkPainEntry *entry)
{
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    if (bk_pain_entry_get_warning_sign (entry, i) != BK_ANSWER_NO)
      return FALSE;
  return !bk_pain_entry_has_leg_signs (entry);
}

static gboolean
is_severe_at_rest_or_night (BkPainEntry *entry)
{
  int hour = g_date_time_get_hour (bk_pain_entry_get_when (entry));

  if (bk_pain_entry_get_rating (entry) < BK_ADVICE_SEVERE_RATING)
    return FALSE;
  return bk_pain_entry_get_context (entry) == BK_PAIN_CONTEXT_AT_REST ||
         hour >= BK_ADVICE_NIGHT_FROM_HOUR || hour < BK_ADVICE_NIGHT_TO_HOUR;
}

static char *
describe_leg_signs (guint character)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < BK_N_PAIN_CHARACTERS; i++)
    if (character & BK_PAIN_CHARACTER_LEG_SIGNS & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, _("; "));
        g_string_append (text, bk_pain_character_get_label (1u << i));
      }
  return g_string_free (text, FALSE);
}

static void
add_entry_reasons (GArray      *open,
                   BkPainEntry *entry)
{
  guint32 day = bk_pain_entry_get_julian (entry);

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      gboolean emergency = bk_warning_sign_is_emergency (i);

      if (bk_pain_entry_get_warning_sign (entry, i) != BK_ANSWER_YES)
        continue;
      add_reason (open, bk_warning_sign_to_string (i),
                  emergency ? BK_PAIN_ADVICE_URGENT : BK_PAIN_ADVICE_SEE_CLINICIAN,
                  emergency ? CLOSES_BY_ASSESSMENT : CLOSES_BY_CLEAR_ENTRY,
                  g_strdup (bk_warning_sign_get_label (i)),
                  emergency ? BK_GUIDE_SYMPTOMS_RED_FLAGS : BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES, day);
    }

  if (bk_pain_entry_has_leg_signs (entry))
    {
      g_autofree char *signs = describe_leg_signs (bk_pain_entry_get_character (entry));

      add_reason (open, BK_ADVICE_REASON_NERVE_SIGNS, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_CLEAR_ENTRY,
                  /* Translators: %s lists signs such as "Tingling in a leg". */
                  g_strdup_printf (_("%s: not the usual pattern of a runner’s lower back pain; it can "
                                     "come from an irritated nerve."), signs),
                  BK_GUIDE_SYMPTOMS_NOT_RLBS, day);
    }

  if (is_severe_at_rest_or_night (entry))
    add_reason (open, BK_ADVICE_REASON_SEVERE_REST, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_CLEAR_ENTRY,
                g_strdup_printf (_("Pain of %d/10 at rest or at night: pain that strong without running "
                                   "needs a clinician’s look."), bk_pain_entry_get_rating (entry)),
                BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES, day);
}

static void
apply_assessment (GArray                *open,
                  BkClinicianAssessment *assessment)
{
  guint32 day = bk_clinician_assessment_get_assessed_on (assessment);

  /* Every reason open now was raised on or before this day. */
  close_reasons (open, FALSE);
  if (bk_clinician_assessment_get_outcome (assessment) == BK_CLINICIAN_OUTCOME_NOT_CLEARED)
    {
      g_autofree char *date = bk_date_format_long (day);

      add_reason (open, BK_ADVICE_REASON_NOT_CLEARED, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_ASSESSMENT,
                  g_strdup_printf (_("A clinician assessed you on %s and has not yet cleared you to run."),
                                   date),
                  BK_GUIDE_SYMPTOMS_EPISODES, day);
    }
}

static const char *
screen_reason_text (BkScreenQuestion question)
{
  switch (question)
    {
    case BK_SCREEN_PAST_CANCER:
      return _("A past cancer: new back pain then needs a clinician to rule out a return.");
    case BK_SCREEN_STEROIDS:
      return _("Long-term steroids or immune-suppressing medicine make infection and fractures more "
               "likely, so back pain needs checking.");
    case BK_SCREEN_OSTEOPOROSIS:
      return _("With osteoporosis, back pain can come from a small fracture and needs checking.");
    case BK_SCREEN_IV_DRUG_USE:
      return _("Injecting drugs raises the risk of an infection in the spine, so back pain needs checking.");
    case BK_SCREEN_STRESS_FRACTURE:
      return _("A past stress fracture makes another bone stress injury more likely; pain in a bone "
               "needs checking.");
    case BK_SCREEN_LOW_ENERGY:
      return _("Missed periods or eating too little for your training can weaken bone (relative energy "
               "deficiency in sport, RED-S); have it checked.");
    case BK_SCREEN_BONY_TENDERNESS:
      return _("A spot on a bone that hurts to press or to hop on can be a bone stress injury; do not "
               "run on it until it has been checked.");
    case BK_N_SCREEN_QUESTIONS:
    default:
      return "";
    }
}

static void
add_screen_reasons (GArray         *open,
                    BkHealthScreen *screen,
                    guint32         since)
{
  BkAgeBand band = bk_health_screen_get_age_band (screen);

  if (band == BK_AGE_BAND_UNDER_20)
    add_reason (open, BK_ADVICE_REASON_AGE_UNDER_20, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_ASSESSMENT,
                g_strdup (_("Under 20: back pain in young runners, above all on leaning back, can come "
                            "from a stress injury of the spine; have it checked.")),
                BK_GUIDE_SYMPTOMS_BONE_STRESS, since);
  else if (band == BK_AGE_BAND_OVER_50)
    add_reason (open, BK_ADVICE_REASON_AGE_OVER_50, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_ASSESSMENT,
                g_strdup (_("Over 50: new back pain more often has a cause that needs treatment; have "
                            "it checked.")),
                BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES, since);

  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    if (bk_health_screen_get_answer (screen, i) == BK_ANSWER_YES)
      add_reason (open, bk_screen_question_to_string (i), BK_PAIN_ADVICE_SEE_CLINICIAN,
                  CLOSES_BY_ASSESSMENT, g_strdup (screen_reason_text (i)),
                  i >= BK_SCREEN_STRESS_FRACTURE ? BK_GUIDE_SYMPTOMS_BONE_STRESS : BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES, since);
}

/* The episode's ratings have not fallen by 2 points or 30% in 28 days: the
 * worst rating of its first day against its newest entry, once that entry
 * is at least 28 days in. */
static gboolean
is_no_better (const BkAdviceSpan *span)
{
  if (span->start == 0 || span->newest_day == 0 || span->baseline <= 0 ||
      span->newest_day < span->start + BK_ADVICE_NO_BETTER_DAYS)
    return FALSE;
  return !(span->newest_rating < span->baseline &&
           bk_pain_change_is_meaningful (span->baseline, span->newest_rating));
}

static void
note_pain_day (guint32 *start,
               guint32 *last_pain,
               guint32  day)
{
  if (bk_advice_span_starts_episode (day, *last_pain))
    *start = day;
  *last_pain = day;
}

/* Every pain entry, oldest first, into the span of the open episode. */
static void
span_from_sorted (BkAdviceSpan  *span,
                  BkPainEntry  **sorted,
                  guint          n_entries,
                  guint32        today)
{
  guint32 start = 0, last_pain = 0;

  memset (span, 0, sizeof *span);
  for (guint i = 0; i < n_entries; i++)
    if (bk_advice_entry_is_pain (sorted[i]))
      note_pain_day (&start, &last_pain, bk_pain_entry_get_julian (sorted[i]));
  if (!bk_advice_span_is_open (last_pain, today))
    return;

  span->start = start;
  span->baseline = -1;
  for (guint i = 0; i < n_entries; i++)
    {
      guint32 day = bk_pain_entry_get_julian (sorted[i]);

      if (day < start)
        continue;
      if (day == start)
        span->baseline = MAX (span->baseline, bk_pain_entry_get_rating (sorted[i]));
      span->newest_day = day;
      span->newest_rating = bk_pain_entry_get_rating (sorted[i]);
    }
}

/**
 * bk_advice_span_is_open:
 * @last_pain: the local day of the newest pain entry, or 0
 *
 * Returns: whether that entry still belongs to an open episode today
 */
gboolean
bk_advice_span_is_open (guint32 last_pain,
                        guint32 today)
{
  return last_pain != 0 && today >= last_pain && today - last_pain <= BK_ADVICE_EPISODE_GAP_DAYS;
}

/**
 * bk_advice_span_starts_episode:
 * @day: the local day of a pain entry
 * @previous: the local day of the pain entry before it in time order, or 0
 *
 * A pain entry more than BK_ADVICE_EPISODE_GAP_DAYS after the previous one
 * (or on an earlier local day, after a change of time zone) starts a new
 * episode.
 *
 * Returns: whether the entry on @day starts an episode
 */
gboolean
bk_advice_span_starts_episode (guint32 day,
                               guint32 previous)
{
  return previous == 0 || day - previous > BK_ADVICE_EPISODE_GAP_DAYS;
}

static BkHealthScreen *
newest_screen (BkHealthScreen **screens,
               guint            n_screens,
               guint32          today)
{
  BkHealthScreen *newest = NULL;

  for (guint i = 0; i < n_screens; i++)
    if (bk_health_screen_get_taken_on (screens[i]) > today)
      continue;
    else if (newest == NULL ||
        bk_health_screen_get_taken_on (screens[i]) > bk_health_screen_get_taken_on (newest) ||
        (bk_health_screen_get_taken_on (screens[i]) == bk_health_screen_get_taken_on (newest) &&
         bk_health_screen_get_id (screens[i]) > bk_health_screen_get_id (newest)))
      newest = screens[i];
  return newest;
}

static gboolean
assessed_since (BkClinicianAssessment **assessments,
                guint                   n_assessments,
                guint32                 day)
{
  for (guint i = 0; i < n_assessments; i++)
    if (bk_clinician_assessment_get_assessed_on (assessments[i]) >= day)
      return TRUE;
  return FALSE;
}

static void
write_advice (BkAdviceEpisode *episode)
{
  g_autoptr(GString) reported = g_string_new (NULL);
  g_autoptr(GString) others = g_string_new (NULL);
  GArray *reasons = episode->reasons;

  for (guint i = 0; i < reasons->len; i++)
    {
      BkAdviceReason *reason = &g_array_index (reasons, BkAdviceReason, i);
      BkWarningSign sign;

      if (reason->level != episode->level)
        continue;
      if (bk_warning_sign_from_string (reason->id, &sign))
        {
          if (reported->len > 0)
            g_string_append (reported, _("; "));
          g_string_append (reported, reason->text);
        }
      else
        {
          if (others->len > 0)
            g_string_append_c (others, ' ');
          g_string_append (others, reason->text);
        }
    }

  if (episode->level == BK_PAIN_ADVICE_URGENT)
    {
      episode->title = g_strdup (_("Get urgent medical help now"));
      episode->text =
        g_strdup_printf (_("You reported: %s. With back pain this can mean pressure on the nerves at "
                           "the base of the spine, which needs treatment within hours. Go to an "
                           "emergency department or call your emergency number now. Do not wait "
                           "to see whether it passes. Training and stretching advice and reminders "
                           "are paused until you record that a clinician has assessed you."),
                         reported->str);
      episode->guide_id = BK_GUIDE_SYMPTOMS_RED_FLAGS;
      return;
    }

  if (reasons->len == 1 &&
      g_str_equal (g_array_index (reasons, BkAdviceReason, 0).id, BK_ADVICE_REASON_NOT_CLEARED))
    {
      episode->title = g_strdup (_("Not yet cleared to run"));
      episode->text = g_strdup_printf (_("%s Follow their plan. Next-run hints are paused until you "
                                         "record an assessment that clears you."),
                                       others->str);
    }
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);

      episode->title = g_strdup (_("See a doctor or physiotherapist soon"));
      if (reported->len > 0)
        g_string_append_printf (text, _("You reported: %s."), reported->str);
      if (others->len > 0)
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, others->str);
        }
      g_string_append_c (text, ' ');
      g_string_append (text, _("Have it checked before you train through it. Next-run hints are "
                               "paused until you record that a clinician has assessed you."));
      episode->text = g_string_free (g_steal_pointer (&text), FALSE);
    }
  episode->guide_id = g_array_index (reasons, BkAdviceReason, 0).guide_id;
}

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const OpenReason *ra = a;
  const OpenReason *rb = b;

  /* Urgent first, then in the order they were raised. */
  if (ra->reason.level != rb->reason.level)
    return ra->reason.level > rb->reason.level ? -1 : 1;
  return ra->reason.since < rb->reason.since ? -1 : ra->reason.since > rb->reason.since ? 1 : 0;
}

static BkAdviceEpisode *
compute (BkPainEntry           **entries,
         guint                   n_entries,
         const BkAdviceSpan     *span,
         BkHealthScreen        **screens,
         guint                   n_screens,
         BkClinicianAssessment **assessments,
         guint                   n_assessments,
         GDateTime              *now)
{
  g_autoptr(BkAdviceEpisode) episode = g_new0 (BkAdviceEpisode, 1);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) visits = g_ptr_array_new ();
  g_autoptr(GArray) open = g_array_new (FALSE, TRUE, sizeof (OpenReason));
  BkHealthScreen *screen;
  BkAdviceSpan whole;
  guint32 today;
  guint next_visit = 0;

  g_array_set_clear_func (open, open_reason_clear);
  today = bk_date_julian_of (now);
  /* Judged as of @now: what was recorded for later days does not count
   * (`--status --today` asks about the past). */
  for (guint i = 0; i < n_entries; i++)
    if (g_date_time_compare (bk_pain_entry_get_when (entries[i]), now) <= 0)
      g_ptr_array_add (sorted, entries[i]);
  g_ptr_array_sort (sorted, compare_entries_oldest_first);
  for (guint i = 0; i < n_assessments; i++)
    if (bk_clinician_assessment_get_assessed_on (assessments[i]) <= today)
      g_ptr_array_add (visits, assessments[i]);
  g_ptr_array_sort (visits, compare_assessments_oldest_first);

  /* Entries and assessments in time order; an assessment counts after
   * every entry of its day, since it has no time of day. */
  for (guint i = 0; i < sorted->len; i++)
    {
      BkPainEntry *entry = sorted->pdata[i];
      guint32 day = bk_pain_entry_get_julian (entry);

      while (next_visit < visits->len &&
             bk_clinician_assessment_get_assessed_on (visits->pdata[next_visit]) < day)
        apply_assessment (open, visits->pdata[next_visit++]);

      if (bk_advice_entry_is_clear (entry))
        close_reasons (open, TRUE);
      add_entry_reasons (open, entry);
    }
  while (next_visit < visits->len)
    apply_assessment (open, visits->pdata[next_visit++]);

  if (span == NULL)
    {
      span_from_sorted (&whole, (BkPainEntry **) sorted->pdata, sorted->len, today);
      span = &whole;
    }
  episode->episode_start = span->start;

  screen = newest_screen (screens, n_screens, today);
  if (episode->episode_start != 0 && screen != NULL &&
      !assessed_since ((BkClinicianAssessment **) visits->pdata, visits->len,
                       bk_health_screen_get_taken_on (screen)))
    add_screen_reasons (open, screen, MAX (bk_health_screen_get_taken_on (screen), episode->episode_start));

  if (is_no_better (span) &&
      !assessed_since ((BkClinicianAssessment **) visits->pdata, visits->len,
                       episode->episode_start + BK_ADVICE_NO_BETTER_DAYS))
    add_reason (open, BK_ADVICE_REASON_NO_BETTER, BK_PAIN_ADVICE_SEE_CLINICIAN, CLOSES_BY_ASSESSMENT,
                g_strdup (_("Your pain ratings have not come down by 2 points or 30% in 4 weeks.")),
                BK_GUIDE_SYMPTOMS_EPISODES, episode->episode_start + BK_ADVICE_NO_BETTER_DAYS);

  episode->screen_due = screen == NULL ||
                        bk_health_screen_get_taken_on (screen) <
                          (episode->episode_start != 0 ? episode->episode_start : today);

  g_array_sort (open, compare_reasons);
  episode->reasons = g_array_sized_new (FALSE, TRUE, sizeof (BkAdviceReason), open->len);
  for (guint i = 0; i < open->len; i++)
    {
      OpenReason *reason = &g_array_index (open, OpenReason, i);

      if (episode->reasons->len == 0)
        {
          episode->level = reason->reason.level;
          episode->since = reason->reason.since;
        }
      else if (reason->reason.level == episode->level)
        episode->since = MIN (episode->since, reason->reason.since);
      g_array_append_val (episode->reasons, reason->reason);
      /* The episode owns the text now. */
      reason->reason.text = NULL;
    }
  if (episode->level != BK_PAIN_ADVICE_NONE)
    write_advice (episode);

  return g_steal_pointer (&episode);
}

/**
 * bk_advice_episode_compute:
 * @entries: (array length=n_entries): every pain entry, in any order
 * @screens: (array length=n_screens): every health screen
 * @assessments: (array length=n_assessments): every clinician assessment
 * @now: the current time; "today" is its local day
 *
 * Returns: (transfer full): the open advice
 */
BkAdviceEpisode *
bk_advice_episode_compute (BkPainEntry           **entries,
                           guint                   n_entries,
                           BkHealthScreen        **screens,
                           guint                   n_screens,
                           BkClinicianAssessment **assessments,
                           guint                   n_assessments,
                           GDateTime              *now)
{
  g_return_val_if_fail (n_entries == 0 || entries != NULL, NULL);
  g_return_val_if_fail (n_screens == 0 || screens != NULL, NULL);
  g_return_val_if_fail (n_assessments == 0 || assessments != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return compute (entries, n_entries, NULL, screens, n_screens, assessments, n_assessments, now);
}

/**
 * bk_advice_episode_compute_bounded:
 * @entries: (array length=n_entries): the entries that can still open or
 *   close a reason (see the header), in any order
 * @span: the open episode, read from the whole journal
 * @screens: (array length=n_screens): every health screen
 * @assessments: (array length=n_assessments): every clinician assessment
 * @now: the current time
 *
 * The same advice as bk_advice_episode_compute() on the whole journal,
 * from a bounded part of it.
 *
 * Returns: (transfer full): the open advice
 */
BkAdviceEpisode *
bk_advice_episode_compute_bounded (BkPainEntry           **entries,
                                   guint                   n_entries,
                                   const BkAdviceSpan     *span,
                                   BkHealthScreen        **screens,
                                   guint                   n_screens,
                                   BkClinicianAssessment **assessments,
                                   guint                   n_assessments,
                                   GDateTime              *now)
{
  g_return_val_if_fail (n_entries == 0 || entries != NULL, NULL);
  g_return_val_if_fail (span != NULL, NULL);
  g_return_val_if_fail (n_screens == 0 || screens != NULL, NULL);
  g_return_val_if_fail (n_assessments == 0 || assessments != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return compute (entries, n_entries, span, screens, n_screens, assessments, n_assessments, now);
}

void
bk_advice_episode_free (BkAdviceEpisode *episode)
{
  if (episode == NULL)
    return;
  if (episode->reasons != NULL)
    for (guint i = 0; i < episode->reasons->len; i++)
      g_free (g_array_index (episode->reasons, BkAdviceReason, i).text);
  g_clear_pointer (&episode->reasons, g_array_unref);
  g_free (episode->title);
  g_free (episode->text);
  g_free (episode);
}

/* Urgent: the app gives no training or stretching advice and no reminders. */
gboolean
bk_advice_episode_withholds_training (BkAdviceEpisode *episode)
{
  g_return_val_if_fail (episode != NULL, FALSE);
  return episode->level == BK_PAIN_ADVICE_URGENT;
}

/* Urgent or see-a-clinician: no next-run or next-7-days hints. */
gboolean
bk_advice_episode_withholds_hints (BkAdviceEpisode *episode)
{
  g_return_val_if_fail (episode != NULL, FALSE);
  return episode->level != BK_PAIN_ADVICE_NONE;
}

gboolean
bk_advice_episode_has_reason (BkAdviceEpisode *episode,
                              const char      *id)
{
  g_return_val_if_fail (episode != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < episode->reasons->len; i++)
    if (g_str_equal (g_array_index (episode->reasons, BkAdviceReason, i).id, id))
      return TRUE;
  return FALSE;
}

/**
 * bk_advice_episode_prefix_training:
 * @training_text: a training reason or hint, translated
 *
 * Returns: (transfer full): the text, prefixed "Once you have been checked:"
 *   under see-a-clinician advice
 */
char *
bk_advice_episode_prefix_training (BkAdviceEpisode *episode,
                                   const char      *training_text)
{
  g_return_val_if_fail (episode != NULL, NULL);
  g_return_val_if_fail (training_text != NULL, NULL);

  if (episode->level == BK_PAIN_ADVICE_SEE_CLINICIAN)
    /* Translators: %s is a piece of training advice. */
    return g_strdup_printf (_("Once you have been checked: %s"), training_text);
  return g_strdup (training_text);
}
