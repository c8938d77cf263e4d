/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-assessment"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-date.h"
#include "bk-pain-assessment.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

/* Outside the runner's lower back syndrome pattern: a nerve may be involved. */
#define NOT_RLBS_SIGNS (BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE | \
                        BK_PAIN_CHARACTER_TINGLING | \
                        BK_PAIN_CHARACTER_NUMBNESS | \
                        BK_PAIN_CHARACTER_LEG_WEAKNESS)

void
bk_pain_assessment_free (BkPainAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->advice_title);
  g_free (assessment->advice_text);
  g_clear_pointer (&assessment->hints, g_array_unref);
  g_free (assessment);
}

static void
add_hint (BkPainAssessment *assessment,
          BkPainHintKind    kind,
          const char       *text,
          const char       *guide_id)
{
  BkPainHint hint = { kind, text, guide_id };

  g_array_append_val (assessment->hints, hint);
}

static char *
list_signs (guint        mask,
            guint        n_bits,
            const char *(*get_label) (guint))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_bits; i++)
    if (mask & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, get_label (1u << i));
      }
  return g_string_free (text, FALSE);
}

/* The signs answered yes, emergency ones or the others. */
static char *
list_warning_signs (BkPainEntry *entry,
                    gboolean     emergency)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    if (bk_warning_sign_is_emergency (i) == emergency &&
        bk_pain_entry_get_warning_sign (entry, i) == BK_ANSWER_YES)
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, bk_warning_sign_get_label (i));
      }
  return g_string_free (text, FALSE);
}

static const char *
character_label (guint bit)
{
  return bk_pain_character_get_label (bit);
}

/**
 * bk_pain_assess:
 *
 * Judges one entry on its own: its hints, and the advice it alone would
 * give. The advice the app shows comes from the episode
 * (bk_advice_episode_compute()), which remembers earlier entries.
 *
 * Applies the rules in order of danger: any emergency sign means urgent
 * care and nothing else; signs outside the runner's pattern mean seeing a
 * clinician; only then does the pattern suggest guide sections to read.
 *
 * Returns: (transfer full): the assessment
 */
BkPainAssessment *
bk_pain_assess (BkPainEntry *entry)
{
  g_autoptr(BkPainAssessment) assessment = g_new0 (BkPainAssessment, 1);
  g_autofree char *other_signs = NULL;
  guint character, locations;
  gboolean left_si, right_si;

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (entry), NULL);

  assessment->hints = g_array_new (FALSE, TRUE, sizeof (BkPainHint));
  character = bk_pain_entry_get_character (entry);
  locations = bk_pain_entry_get_locations (entry);

  if (bk_pain_entry_has_emergency_sign (entry))
    {
      g_autofree char *signs = list_warning_signs (entry, TRUE);

      assessment->advice = BK_PAIN_ADVICE_URGENT;
      assessment->advice_title = g_strdup (_("Get urgent medical help now"));
      assessment->advice_text =
        g_strdup_printf (_("You reported: %s. With back pain this can mean pressure on the nerves at "
                           "the base of the spine, which needs treatment within hours. Go to an "
                           "emergency department or call your emergency number now. Do not wait "
                           "to see whether it passes."),
                         signs);
      assessment->advice_guide_id = BK_GUIDE_SYMPTOMS_RED_FLAGS;
      return g_steal_pointer (&assessment);
    }

  if ((character & NOT_RLBS_SIGNS) != 0)
    {
      g_autofree char *signs = list_signs (character & NOT_RLBS_SIGNS, BK_N_PAIN_CHARACTERS,
                                           character_label);

      assessment->advice = BK_PAIN_ADVICE_SEE_CLINICIAN;
      assessment->advice_title = g_strdup (_("See a doctor or physiotherapist"));
      assessment->advice_text =
        g_strdup_printf (_("You reported: %s. That is not the usual pattern of a runner’s lower "
                           "back pain and can come from an irritated nerve. Have it checked "
                           "before you train through it."),
                         signs);
      assessment->advice_guide_id = BK_GUIDE_SYMPTOMS_NOT_RLBS;
      return g_steal_pointer (&assessment);
    }

  other_signs = list_warning_signs (entry, FALSE);
  if (*other_signs != '\0')
    {
      assessment->advice = BK_PAIN_ADVICE_SEE_CLINICIAN;
      assessment->advice_title = g_strdup (_("See a doctor or physiotherapist soon"));
      assessment->advice_text =
        g_strdup_printf (_("You reported: %s. With back pain that can have a cause other than "
                           "running; have it checked before you train through it."),
                         other_signs);
      assessment->advice_guide_id = BK_GUIDE_SYMPTOMS_RED_FLAGS;
      return g_steal_pointer (&assessment);
    }

  left_si = (locations & BK_PAIN_LOCATION_LEFT_SI_JOINT) != 0;
  right_si = (locations & BK_PAIN_LOCATION_RIGHT_SI_JOINT) != 0;
  if (left_si != right_si)
    add_hint (assessment, BK_PAIN_HINT_SACROILIAC,
              _("Pain on one side over the bony knob at the base of the back can come from the "
                "sacroiliac joint, among other things: a bone stress injury of the sacrum can feel "
                "the same."),
              BK_GUIDE_CONDITIONS_SACROILIAC);

  if ((character & BK_PAIN_CHARACTER_WORSE_LEANING_BACK) != 0)
    add_hint (assessment, BK_PAIN_HINT_FACET,
              _("Pain that is worse when you lean backwards may point to irritated facet joints."),
              BK_GUIDE_CONDITIONS_FACET);

  if (bk_pain_entry_get_context (entry) == BK_PAIN_CONTEXT_DURING_RUN &&
      bk_pain_entry_get_minutes_in (entry) >= BK_PAIN_LATE_IN_RUN_MINUTES)
    add_hint (assessment, BK_PAIN_HINT_WEAK_CORE,
              _("Pain that arrives late in a run, as the muscles tire, may mean the back and "
                "core muscles need strengthening."),
              BK_GUIDE_CONDITIONS_WEAK_CORE);

  if ((character & (BK_PAIN_CHARACTER_KNOTS | BK_PAIN_CHARACTER_SHOES_HARD)) != 0)
    add_hint (assessment, BK_PAIN_HINT_TRIGGER_POINTS,
              _("Knots of tight muscle, or trouble putting shoes on while sitting, can be a sign "
                "of trigger points."),
              BK_GUIDE_CONDITIONS_TRIGGER_POINTS);

  return g_steal_pointer (&assessment);
}

gboolean
bk_pain_assessment_has_hint (BkPainAssessment *assessment,
                             BkPainHintKind    kind)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  for (guint i = 0; i < assessment->hints->len; i++)
    if (g_array_index (assessment->hints, BkPainHint, i).kind == kind)
      return TRUE;
  return FALSE;
}

const char *
bk_pain_advice_to_string (BkPainAdvice advice)
{
  return bk_enum_to_nick_or (BK_TYPE_PAIN_ADVICE, advice, BK_PAIN_ADVICE_NONE);
}

/**
 * bk_pain_change_is_meaningful:
 *
 * A change counts when it is at least 2 points or at least 30% of the
 * starting rating, whichever is reached first.
 */
gboolean
bk_pain_change_is_meaningful (int from_rating,
                              int to_rating)
{
  int change = ABS (to_rating - from_rating);

  if (change == 0)
    return FALSE;
  /* Integer form of change >= 0.3 * from, so exactly 30% counts; a
   * percentage of nothing is meaningless, so from 0 only points count. */
  return change >= 2 || (from_rating > 0 && change * 10 >= from_rating * 3);
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  return bk_pain_entry_compare_newest_first (*(BkPainEntry **) b, *(BkPainEntry **) a, NULL);
}

/**
 * bk_pain_trend:
 * @entries: (array length=n_entries): entries in any order
 * @out_from: (out) (optional): the rating the trend starts from
 * @out_to: (out) (optional): the latest rating
 *
 * Compares the oldest with the newest of the last %BK_PAIN_TREND_WINDOW
 * entries.
 */
BkPainTrend
bk_pain_trend (BkPainEntry **entries,
               guint         n_entries,
               int          *out_from,
               int          *out_to)
{
  g_autoptr(GPtrArray) sorted = NULL;
  int from, to;
  guint first;

  if (out_from != NULL)
    *out_from = -1;
  if (out_to != NULL)
    *out_to = -1;
  if (n_entries < 2)
    return BK_PAIN_TREND_UNKNOWN;

  sorted = g_ptr_array_sized_new (n_entries);
  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (sorted, entries[i]);
  g_ptr_array_sort (sorted, compare_oldest_first);

  first = sorted->len > BK_PAIN_TREND_WINDOW ? sorted->len - BK_PAIN_TREND_WINDOW : 0;
  from = bk_pain_entry_get_rating (g_ptr_array_index (sorted, first));
  to = bk_pain_entry_get_rating (g_ptr_array_index (sorted, sorted->len - 1));
  if (out_from != NULL)
    *out_from = from;
  if (out_to != NULL)
    *out_to = to;

  if (!bk_pain_change_is_meaningful (from, to))
    return BK_PAIN_TREND_STEADY;
  return to < from ? BK_PAIN_TREND_IMPROVING : BK_PAIN_TREND_WORSENING;
}

const char *
bk_pain_trend_to_string (BkPainTrend trend)
{
  return bk_enum_to_nick_or (BK_TYPE_PAIN_TREND, trend, BK_PAIN_TREND_UNKNOWN);
}

const char *
bk_pain_trend_get_label (BkPainTrend trend)
{
  switch (trend)
    {
    case BK_PAIN_TREND_STEADY:
      return _("About the same");
    case BK_PAIN_TREND_IMPROVING:
      return _("Improving");
    case BK_PAIN_TREND_WORSENING:
      return _("Getting worse");
    case BK_PAIN_TREND_UNKNOWN:
    default:
      return _("Not enough entries yet");
    }
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/**
 * bk_pain_insights:
 * @flagged_weeks: (array length=n_flagged_weeks): first days of the weeks
 *   the training status flagged for a fast rise in training
 *
 * Returns: (transfer full) (element-type utf8): plain sentences, possibly none
 */
GPtrArray *
bk_pain_insights (BkPainEntry   **entries,
                  guint           n_entries,
                  const guint32  *flagged_weeks,
                  guint           n_flagged_weeks,
                  GDateWeekday    first_day)
{
  g_autoptr(GPtrArray) insights = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) onsets = g_array_new (FALSE, FALSE, sizeof (int));
  guint in_flagged = 0;

  for (guint i = 0; i < n_entries; i++)
    {
      guint32 week = bk_date_week_start (bk_pain_entry_get_julian (entries[i]), first_day);

      for (guint j = 0; j < n_flagged_weeks; j++)
        if (flagged_weeks[j] == week)
          {
            in_flagged++;
            break;
          }

      if (bk_pain_entry_get_context (entries[i]) == BK_PAIN_CONTEXT_DURING_RUN &&
          bk_pain_entry_get_minutes_in (entries[i]) > 0)
        {
          int minutes = bk_pain_entry_get_minutes_in (entries[i]);

          g_array_append_val (onsets, minutes);
        }
    }

  if (in_flagged > 0)
    g_ptr_array_add (insights,
                     g_strdup_printf (ngettext ("%u of your %u pain entries came in weeks flagged for a fast rise in training",
                                                "%u of your %u pain entries came in weeks flagged for a fast rise in training",
                                                n_entries),
                                      in_flagged, n_entries));

  /* One run says little about a pattern; two agreeing start to. */
  if (onsets->len >= 2)
    {
      int median;

      g_array_sort (onsets, compare_int);
      if (onsets->len % 2 == 1)
        median = g_array_index (onsets, int, onsets->len / 2);
      else
        median = (g_array_index (onsets, int, onsets->len / 2 - 1) +
                  g_array_index (onsets, int, onsets->len / 2) + 1) / 2;
      g_ptr_array_add (insights,
                       g_strdup_printf (ngettext ("Pain during runs starts at about %d minute",
                                                  "Pain during runs starts at about %d minutes",
                                                  median),
                                        median));
    }

  return g_steal_pointer (&insights);
}

/**
 * bk_pain_weekly:
 * @first_week_start: the first day of the first week, as returned by
 *   bk_date_week_start(); weeks follow it seven days apart
 *
 * Returns: (transfer full) (element-type BkPainWeek): @n_weeks weeks in
 *   order, entries outside them ignored
 */
GArray *
bk_pain_weekly (BkPainEntry **entries,
                guint         n_entries,
                guint32       first_week_start,
                guint         n_weeks)
{
  GArray *weeks = g_array_sized_new (FALSE, TRUE, sizeof (BkPainWeek), n_weeks);

  for (guint i = 0; i < n_weeks; i++)
    {
      BkPainWeek week = { first_week_start + 7 * i, 0, -1, 0 };

      g_array_append_val (weeks, week);
    }

  for (guint i = 0; i < n_entries; i++)
    {
      guint32 day = bk_pain_entry_get_julian (entries[i]);
      int rating = bk_pain_entry_get_rating (entries[i]);
      BkPainWeek *week;

      if (day < first_week_start || (day - first_week_start) / 7 >= n_weeks)
        continue;
      week = &g_array_index (weeks, BkPainWeek, (day - first_week_start) / 7);
      week->mean = (week->mean * week->entries + rating) / (week->entries + 1);
      week->entries++;
      week->worst = MAX (week->worst, rating);
    }
  return weeks;
}
