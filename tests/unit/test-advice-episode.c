/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The advice episode rules of training-science.md section 9. */
#include "core/bk-advice-episode.h"
#include "core/bk-date.h"

typedef struct {
  GPtrArray *entries;
  GPtrArray *screens;
  GPtrArray *assessments;
} Journal;

static void
journal_init (Journal *journal)
{
  journal->entries = g_ptr_array_new_with_free_func (g_object_unref);
  journal->screens = g_ptr_array_new_with_free_func (g_object_unref);
  journal->assessments = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
journal_clear (Journal *journal)
{
  g_clear_pointer (&journal->entries, g_ptr_array_unref);
  g_clear_pointer (&journal->screens, g_ptr_array_unref);
  g_clear_pointer (&journal->assessments, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Journal, journal_clear)

static GDateTime *
at (int month,
    int day,
    int hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");

  return g_date_time_new (zone, 2026, month, day, hour, 0, 0);
}

static guint32
day_of (int month,
        int day)
{
  g_autoptr(GDateTime) when = at (month, day, 12);

  return bk_date_julian_of (when);
}

/* A mild after-run entry at 18:00 with every warning sign answered no. */
static BkPainEntry *
add_entry (Journal *journal,
           int      month,
           int      day,
           int      rating)
{
  g_autoptr(GDateTime) when = at (month, day, 18);
  BkPainEntry *entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AFTER_RUN, rating);

  bk_pain_entry_set_id (entry, journal->entries->len + 1);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_CENTRAL_LOWER_BACK);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD);
  bk_pain_entry_answer_no_warning_signs (entry);
  g_ptr_array_add (journal->entries, entry);
  return entry;
}

/* The same, from before every entry asked the warning signs. */
static BkPainEntry *
add_unasked_entry (Journal *journal,
                   int      month,
                   int      day,
                   int      rating)
{
  BkPainEntry *entry = add_entry (journal, month, day, rating);

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    bk_pain_entry_set_warning_sign (entry, i, BK_ANSWER_UNANSWERED);
  return entry;
}

static void
add_assessment (Journal            *journal,
                int                 month,
                int                 day,
                BkClinicianOutcome  outcome)
{
  BkClinicianAssessment *assessment = bk_clinician_assessment_new (day_of (month, day), outcome);

  bk_clinician_assessment_set_id (assessment, journal->assessments->len + 1);
  g_ptr_array_add (journal->assessments, assessment);
}

/* A screen answered "no" throughout, aged 20 to 50. */
static BkHealthScreen *
add_screen (Journal *journal,
            int      month,
            int      day)
{
  BkHealthScreen *screen = bk_health_screen_new (day_of (month, day));

  bk_health_screen_set_id (screen, journal->screens->len + 1);
  bk_health_screen_set_age_band (screen, BK_AGE_BAND_20_TO_50);
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    bk_health_screen_set_answer (screen, i, BK_ANSWER_NO);
  g_ptr_array_add (journal->screens, screen);
  return screen;
}

static BkAdviceEpisode *
compute (Journal *journal,
         int      month,
         int      day)
{
  g_autoptr(GDateTime) now = at (month, day, 20);

  return bk_advice_episode_compute ((BkPainEntry **) journal->entries->pdata, journal->entries->len,
                                    (BkHealthScreen **) journal->screens->pdata, journal->screens->len,
                                    (BkClinicianAssessment **) journal->assessments->pdata,
                                    journal->assessments->len, now);
}

/* Only the level matters here. */
static void
expect_level (Journal      *journal,
              int           month,
              int           day,
              BkPainAdvice  level)
{
  g_autoptr(BkAdviceEpisode) episode = compute (journal, month, day);

  g_assert_cmpint (episode->level, ==, level);
}

static void
test_three_state_answers (void)
{
  g_auto(Journal) journal;
  BkPainEntry *entry;

  journal_init (&journal);
  entry = add_unasked_entry (&journal, 11, 2, 3);
  g_assert_false (bk_pain_entry_get_warning_signs_answered (entry));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    g_assert_cmpint (bk_pain_entry_get_warning_sign (entry, i), ==, BK_ANSWER_UNANSWERED);

  bk_pain_entry_answer_no_warning_signs (entry);
  g_assert_true (bk_pain_entry_get_warning_signs_answered (entry));
  g_assert_false (bk_pain_entry_has_emergency_sign (entry));
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_BOWEL, BK_ANSWER_YES);
  g_assert_true (bk_pain_entry_has_emergency_sign (entry));
  g_assert_cmpint (bk_pain_entry_get_warning_sign (entry, BK_WARNING_SIGN_BLADDER), ==, BK_ANSWER_NO);

  /* A copy keeps all three states apart. */
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_TRAUMA, BK_ANSWER_UNANSWERED);
  {
    g_autoptr(BkPainEntry) copy = bk_pain_entry_copy (entry);

    g_assert_cmpint (bk_pain_entry_get_warning_sign (copy, BK_WARNING_SIGN_BOWEL), ==, BK_ANSWER_YES);
    g_assert_cmpint (bk_pain_entry_get_warning_sign (copy, BK_WARNING_SIGN_BLADDER), ==, BK_ANSWER_NO);
    g_assert_cmpint (bk_pain_entry_get_warning_sign (copy, BK_WARNING_SIGN_TRAUMA), ==, BK_ANSWER_UNANSWERED);
  }
}

static void
test_sign_ids (void)
{
  const char *expected[] = {
    "saddle-numbness", "bladder", "bowel", "passing-sensation", "sexual", "leg-weakness",
    "both-legs", "night-pain", "unwell", "weight-loss", "trauma",
  };

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, BK_N_WARNING_SIGNS);
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      BkWarningSign sign;

      g_assert_cmpstr (bk_warning_sign_to_string (i), ==, expected[i]);
      g_assert_true (bk_warning_sign_from_string (expected[i], &sign));
      g_assert_cmpint (sign, ==, i);
      g_assert_cmpstr (bk_warning_sign_get_label (i), !=, "");
      g_assert_true (bk_warning_sign_is_emergency (i) == (i < 7));
    }
  {
    BkWarningSign sign;

    g_assert_false (bk_warning_sign_from_string ("saddle", &sign));
    g_assert_false (bk_warning_sign_from_string (NULL, &sign));
  }
}

/* A 3/10 entry with new saddle numbness: urgent, whatever the rating. */
static void
test_mild_rating_with_emergency_sign (void)
{
  for (guint i = 0; i < BK_N_EMERGENCY_SIGNS; i++)
    {
      g_auto(Journal) journal;
      g_autoptr(BkAdviceEpisode) episode = NULL;

      journal_init (&journal);
      add_screen (&journal, 11, 1);
      bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 3), i, BK_ANSWER_YES);
      episode = compute (&journal, 11, 2);

      g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_URGENT);
      g_assert_cmpuint (episode->since, ==, day_of (11, 2));
      g_assert_true (bk_advice_episode_has_reason (episode, bk_warning_sign_to_string (i)));
      g_assert_nonnull (strstr (episode->text, bk_warning_sign_get_label (i)));
      g_assert_cmpstr (episode->guide_id, ==, BK_GUIDE_SYMPTOMS_RED_FLAGS);
      g_assert_true (bk_advice_episode_withholds_training (episode));
      g_assert_true (bk_advice_episode_withholds_hints (episode));
    }
}

static void
test_urgent_then_mild_stays_urgent (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 6), BK_WARNING_SIGN_SADDLE_NUMBNESS,
                                  BK_ANSWER_YES);
  /* The next morning: mild, stiff, and every question answered no. */
  add_entry (&journal, 11, 3, 2);
  add_unasked_entry (&journal, 11, 4, 1);
  episode = compute (&journal, 11, 4);

  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_URGENT);
  g_assert_cmpuint (episode->since, ==, day_of (11, 2));
  g_assert_true (bk_advice_episode_has_reason (episode, "saddle-numbness"));
  g_assert_cmpstr (episode->title, ==, "Get urgent medical help now");

  /* Months later, with no entries since, it is still open. */
  g_clear_pointer (&episode, bk_advice_episode_free);
  episode = compute (&journal, 12, 30);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_URGENT);
}

static void
test_assessment_clears_urgent (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 6), BK_WARNING_SIGN_BLADDER, BK_ANSWER_YES);
  /* An assessment the day before does not count. */
  add_assessment (&journal, 11, 1, BK_CLINICIAN_OUTCOME_CLEARED);
  expect_level (&journal, 11, 2, BK_PAIN_ADVICE_URGENT);

  /* Seen the same day: cleared. */
  add_assessment (&journal, 11, 2, BK_CLINICIAN_OUTCOME_CLEARED);
  episode = compute (&journal, 11, 3);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
  g_assert_cmpuint (episode->reasons->len, ==, 0);
  g_assert_null (episode->title);
  g_assert_false (bk_advice_episode_withholds_hints (episode));
  g_clear_pointer (&episode, bk_advice_episode_free);

  /* A new yes after the assessment opens it again. */
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 5, 2), BK_WARNING_SIGN_BOTH_LEGS, BK_ANSWER_YES);
  bk_pain_entry_set_character (journal.entries->pdata[journal.entries->len - 1],
                               BK_PAIN_CHARACTER_TINGLING);
  episode = compute (&journal, 11, 5);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_URGENT);
  g_assert_cmpuint (episode->since, ==, day_of (11, 5));
}

static void
test_not_cleared_keeps_see_clinician (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 6), BK_WARNING_SIGN_SEXUAL, BK_ANSWER_YES);
  add_assessment (&journal, 11, 3, BK_CLINICIAN_OUTCOME_NOT_CLEARED);
  episode = compute (&journal, 11, 4);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
  g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_NOT_CLEARED));
  g_assert_false (bk_advice_episode_withholds_training (episode));
  g_assert_true (bk_advice_episode_withholds_hints (episode));
  g_clear_pointer (&episode, bk_advice_episode_free);

  /* A clear entry does not stand in for the clinician's word. */
  add_entry (&journal, 11, 5, 1);
  expect_level (&journal, 11, 5, BK_PAIN_ADVICE_SEE_CLINICIAN);

  add_assessment (&journal, 11, 10, BK_CLINICIAN_OUTCOME_CLEARED);
  episode = compute (&journal, 11, 10);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
}

static void
test_see_clinician_clears_only_by_full_no_entry (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  BkPainEntry *entry;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  entry = add_entry (&journal, 11, 2, 4);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE | BK_PAIN_CHARACTER_TINGLING);
  episode = compute (&journal, 11, 2);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
  g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_NERVE_SIGNS));
  g_assert_cmpstr (episode->guide_id, ==, BK_GUIDE_SYMPTOMS_NOT_RLBS);
  g_assert_false (bk_advice_episode_withholds_training (episode));
  g_assert_true (bk_advice_episode_withholds_hints (episode));
  g_clear_pointer (&episode, bk_advice_episode_free);

  /* A later mild entry whose questions were not asked: still open. */
  add_unasked_entry (&journal, 11, 3, 1);
  expect_level (&journal, 11, 3, BK_PAIN_ADVICE_SEE_CLINICIAN);

  /* All "no" but the tingling is still there: still open. */
  bk_pain_entry_set_character (add_entry (&journal, 11, 4, 1), BK_PAIN_CHARACTER_TINGLING);
  expect_level (&journal, 11, 4, BK_PAIN_ADVICE_SEE_CLINICIAN);

  /* One answer left "not asked": still open. */
  entry = add_entry (&journal, 11, 5, 1);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_UNWELL, BK_ANSWER_UNANSWERED);
  expect_level (&journal, 11, 5, BK_PAIN_ADVICE_SEE_CLINICIAN);

  /* Every sign answered no, the legs clear: closed. */
  add_entry (&journal, 11, 6, 1);
  episode = compute (&journal, 11, 6);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
}

static void
test_see_clinician_clears_by_assessment (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 4), BK_WARNING_SIGN_UNWELL, BK_ANSWER_YES);
  add_unasked_entry (&journal, 11, 3, 2);
  episode = compute (&journal, 11, 3);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
  g_assert_true (bk_advice_episode_has_reason (episode, "unwell"));
  g_assert_true (g_str_has_prefix (episode->title, "See a doctor or physiotherapist"));
  g_clear_pointer (&episode, bk_advice_episode_free);

  add_assessment (&journal, 11, 4, BK_CLINICIAN_OUTCOME_NONE);
  episode = compute (&journal, 11, 4);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
}

/* A clear entry closes see-a-clinician reasons, never urgent ones. */
static void
test_clear_entry_leaves_urgent (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  BkPainEntry *entry;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  entry = add_entry (&journal, 11, 2, 5);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_LEG_WEAKNESS, BK_ANSWER_YES);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_NIGHT_PAIN, BK_ANSWER_YES);
  add_entry (&journal, 11, 3, 1);
  episode = compute (&journal, 11, 3);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_URGENT);
  g_assert_true (bk_advice_episode_has_reason (episode, "leg-weakness"));
  g_assert_false (bk_advice_episode_has_reason (episode, "night-pain"));
}

static void
test_severe_at_rest_or_night (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  g_autoptr(GDateTime) night = at (11, 3, 3);
  BkPainEntry *entry;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  /* 9/10 at rest at 03:00, nothing else ticked. */
  entry = add_entry (&journal, 11, 3, 9);
  bk_pain_entry_set_when (entry, night);
  bk_pain_entry_set_context (entry, BK_PAIN_CONTEXT_AT_REST);
  episode = compute (&journal, 11, 3);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
  g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_SEVERE_REST));
  g_assert_nonnull (episode->text);
  g_clear_pointer (&episode, bk_advice_episode_free);
  journal_clear (&journal);

  /* 7/10 after a run at 03:00 is at night too. */
  journal_init (&journal);
  add_screen (&journal, 11, 1);
  entry = add_entry (&journal, 11, 3, 7);
  bk_pain_entry_set_when (entry, night);
  episode = compute (&journal, 11, 3);
  g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_SEVERE_REST));
  g_clear_pointer (&episode, bk_advice_episode_free);
  journal_clear (&journal);

  /* 7/10 at rest in the afternoon counts; 6/10 at rest at night does not;
   * 8/10 after an evening run does not. */
  journal_init (&journal);
  add_screen (&journal, 11, 1);
  bk_pain_entry_set_context (add_entry (&journal, 11, 3, 7), BK_PAIN_CONTEXT_AT_REST);
  episode = compute (&journal, 11, 3);
  g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_SEVERE_REST));
  g_clear_pointer (&episode, bk_advice_episode_free);
  journal_clear (&journal);

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  entry = add_entry (&journal, 11, 3, 6);
  bk_pain_entry_set_when (entry, night);
  bk_pain_entry_set_context (entry, BK_PAIN_CONTEXT_AT_REST);
  add_entry (&journal, 11, 4, 8);
  episode = compute (&journal, 11, 4);
  g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
}

/* Ratings that do not fall by 2 points or 30% in 28 days. */
static void
test_no_better_after_four_weeks (void)
{
  struct {
    int      first;
    int      last;
    int      last_day;
    gboolean no_better;
  } cases[] = {
    { 5, 5, 30, TRUE },   /* the same after 4 weeks */
    { 5, 4, 30, TRUE },   /* 1 point and 20%: not meaningful */
    { 5, 3, 30, FALSE },  /* 2 points */
    { 3, 2, 30, FALSE },  /* 1 point, but 33% */
    { 6, 7, 30, TRUE },   /* worse */
    { 5, 5, 28, FALSE },  /* 26 days in: too early to say */
    { 5, 0, 30, FALSE },  /* gone */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Journal) journal;
      g_autoptr(BkAdviceEpisode) episode = NULL;

      journal_init (&journal);
      add_screen (&journal, 11, 2);
      add_entry (&journal, 11, 2, cases[i].first);
      add_entry (&journal, 11, 16, cases[i].first);
      add_entry (&journal, 11, cases[i].last_day, cases[i].last);
      episode = compute (&journal, 11, 30);

      g_assert_cmpint (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_NO_BETTER), ==,
                       cases[i].no_better);
      g_assert_cmpint (episode->level, ==,
                       cases[i].no_better ? BK_PAIN_ADVICE_SEE_CLINICIAN : BK_PAIN_ADVICE_NONE);
      g_assert_cmpuint (episode->episode_start, ==, day_of (11, 2));
    }

  /* An assessment after the four weeks closes it; one before does not. */
  {
    g_auto(Journal) journal;
    g_autoptr(BkAdviceEpisode) episode = NULL;

    journal_init (&journal);
    add_screen (&journal, 11, 2);
    add_entry (&journal, 11, 2, 5);
    add_assessment (&journal, 11, 10, BK_CLINICIAN_OUTCOME_CLEARED);
    add_entry (&journal, 11, 16, 5);
    add_entry (&journal, 12, 1, 5);
    episode = compute (&journal, 12, 1);
    g_assert_true (bk_advice_episode_has_reason (episode, BK_ADVICE_REASON_NO_BETTER));
    g_clear_pointer (&episode, bk_advice_episode_free);

    add_assessment (&journal, 12, 1, BK_CLINICIAN_OUTCOME_CLEARED);
    episode = compute (&journal, 12, 1);
    g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
  }
}

static void
test_screen_answers (void)
{
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS + 2; i++)
    {
      g_auto(Journal) journal;
      g_autoptr(BkAdviceEpisode) episode = NULL;
      BkHealthScreen *screen;
      const char *reason;

      journal_init (&journal);
      screen = add_screen (&journal, 11, 2);
      if (i < BK_N_SCREEN_QUESTIONS)
        {
          bk_health_screen_set_answer (screen, i, BK_ANSWER_YES);
          reason = bk_screen_question_to_string (i);
        }
      else if (i == BK_N_SCREEN_QUESTIONS)
        {
          bk_health_screen_set_age_band (screen, BK_AGE_BAND_UNDER_20);
          reason = BK_ADVICE_REASON_AGE_UNDER_20;
        }
      else
        {
          bk_health_screen_set_age_band (screen, BK_AGE_BAND_OVER_50);
          reason = BK_ADVICE_REASON_AGE_OVER_50;
        }

      /* With no pain there is nothing to check. */
      episode = compute (&journal, 11, 2);
      g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
      g_clear_pointer (&episode, bk_advice_episode_free);

      add_entry (&journal, 11, 2, 3);
      episode = compute (&journal, 11, 2);
      g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
      g_assert_true (bk_advice_episode_has_reason (episode, reason));
      g_assert_cmpstr (g_array_index (episode->reasons, BkAdviceReason, 0).text, !=, "");
      /* Bone stress answers lead to that section of the guide. */
      g_assert_cmpstr (g_array_index (episode->reasons, BkAdviceReason, 0).guide_id, ==,
                       (i >= BK_SCREEN_STRESS_FRACTURE && i < BK_N_SCREEN_QUESTIONS) || i == BK_N_SCREEN_QUESTIONS
                         ? BK_GUIDE_SYMPTOMS_BONE_STRESS : BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES);
      g_assert_nonnull (strstr (episode->text, g_array_index (episode->reasons, BkAdviceReason, 0).text));
      g_clear_pointer (&episode, bk_advice_episode_free);

      /* The screen's answers hold, so a clear entry leaves them... */
      add_entry (&journal, 11, 3, 1);
      episode = compute (&journal, 11, 3);
      g_assert_true (bk_advice_episode_has_reason (episode, reason));
      g_clear_pointer (&episode, bk_advice_episode_free);

      /* ... and an assessment closes them. */
      add_assessment (&journal, 11, 4, BK_CLINICIAN_OUTCOME_CLEARED);
      episode = compute (&journal, 11, 4);
      g_assert_cmpint (episode->level, ==, BK_PAIN_ADVICE_NONE);
    }
}

static void
test_screen_due (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  journal_init (&journal);
  /* First use of the journal. */
  episode = compute (&journal, 10, 1);
  g_assert_true (episode->screen_due);
  g_assert_cmpuint (episode->episode_start, ==, 0);
  g_clear_pointer (&episode, bk_advice_episode_free);

  add_screen (&journal, 10, 1);
  add_entry (&journal, 10, 1, 4);
  add_entry (&journal, 10, 20, 3);
  episode = compute (&journal, 10, 20);
  g_assert_false (episode->screen_due);
  g_assert_cmpuint (episode->episode_start, ==, day_of (10, 1));
  g_clear_pointer (&episode, bk_advice_episode_free);

  /* 28 days without pain after 20 October: the next entry starts a new
   * episode, and the screen is asked again. */
  episode = compute (&journal, 11, 17);
  g_assert_false (episode->screen_due);
  g_clear_pointer (&episode, bk_advice_episode_free);
  episode = compute (&journal, 11, 18);
  g_assert_true (episode->screen_due);
  g_assert_cmpuint (episode->episode_start, ==, 0);
  g_clear_pointer (&episode, bk_advice_episode_free);

  add_entry (&journal, 11, 18, 2);
  episode = compute (&journal, 11, 18);
  g_assert_true (episode->screen_due);
  g_assert_cmpuint (episode->episode_start, ==, day_of (11, 18));
  g_clear_pointer (&episode, bk_advice_episode_free);

  add_screen (&journal, 11, 18);
  episode = compute (&journal, 11, 18);
  g_assert_false (episode->screen_due);
  g_clear_pointer (&episode, bk_advice_episode_free);

  /* A 0/10 entry is pain-free: it does not carry an episode on. */
  journal_clear (&journal);
  journal_init (&journal);
  add_screen (&journal, 10, 1);
  add_entry (&journal, 10, 1, 4);
  add_entry (&journal, 10, 25, 0);
  episode = compute (&journal, 11, 5);
  g_assert_cmpuint (episode->episode_start, ==, 0);
  g_assert_true (episode->screen_due);
}

/* As of a day in the past, later records do not count. */
static void
test_judged_as_of_now (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) before = NULL;
  g_autoptr(BkAdviceEpisode) after = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  add_entry (&journal, 11, 2, 3);
  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 10, 3), BK_WARNING_SIGN_BOWEL, BK_ANSWER_YES);
  add_assessment (&journal, 11, 20, BK_CLINICIAN_OUTCOME_CLEARED);
  before = compute (&journal, 11, 5);
  g_assert_cmpint (before->level, ==, BK_PAIN_ADVICE_NONE);
  g_assert_cmpuint (before->episode_start, ==, day_of (11, 2));
  after = compute (&journal, 11, 15);
  g_assert_cmpint (after->level, ==, BK_PAIN_ADVICE_URGENT);
}

static void
test_prefix_training (void)
{
  g_auto(Journal) journal;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *prefixed = NULL;

  journal_init (&journal);
  add_screen (&journal, 11, 1);
  episode = compute (&journal, 11, 2);
  plain = bk_advice_episode_prefix_training (episode, "Sunday’s run was long");
  g_assert_cmpstr (plain, ==, "Sunday’s run was long");
  g_clear_pointer (&episode, bk_advice_episode_free);

  bk_pain_entry_set_warning_sign (add_entry (&journal, 11, 2, 2), BK_WARNING_SIGN_TRAUMA, BK_ANSWER_YES);
  episode = compute (&journal, 11, 2);
  prefixed = bk_advice_episode_prefix_training (episode, "Sunday’s run was long");
  g_assert_cmpstr (prefixed, ==, "Once you have been checked: Sunday’s run was long");
}

static void
test_values (void)
{
  g_autoptr(BkHealthScreen) screen = bk_health_screen_new (day_of (11, 2));
  g_autoptr(BkClinicianAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  BkClinicianOutcome outcome;
  BkAgeBand band;

  g_assert_false (bk_health_screen_is_complete (screen));
  g_assert_true (bk_health_screen_validate (screen, day_of (11, 2), NULL));
  g_assert_false (bk_health_screen_validate (screen, day_of (11, 1), &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  bk_health_screen_set_age_band (screen, BK_AGE_BAND_OVER_50);
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    bk_health_screen_set_answer (screen, i, BK_ANSWER_NO);
  g_assert_true (bk_health_screen_is_complete (screen));
  g_assert_true (bk_age_band_from_string ("20-50", &band));
  g_assert_cmpint (band, ==, BK_AGE_BAND_20_TO_50);
  g_assert_false (bk_age_band_from_string ("30", &band));
  g_assert_cmpstr (bk_screen_question_to_string (BK_SCREEN_BONY_TENDERNESS), ==, "bony-tenderness");

  assessment = bk_clinician_assessment_new (day_of (11, 3), BK_CLINICIAN_OUTCOME_CLEARED);
  g_assert_false (bk_clinician_assessment_validate (assessment, day_of (11, 2), &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (bk_clinician_assessment_validate (assessment, day_of (11, 3), NULL));
  g_assert_true (bk_clinician_outcome_from_string ("not-cleared", &outcome));
  g_assert_cmpint (outcome, ==, BK_CLINICIAN_OUTCOME_NOT_CLEARED);
  g_assert_false (bk_clinician_outcome_from_string ("maybe", &outcome));
  g_assert_finalize_object (g_steal_pointer (&assessment));
  g_assert_finalize_object (g_steal_pointer (&screen));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/advice-episode/three-state-answers", test_three_state_answers);
  g_test_add_func ("/advice-episode/sign-ids", test_sign_ids);
  g_test_add_func ("/advice-episode/mild-rating-emergency", test_mild_rating_with_emergency_sign);
  g_test_add_func ("/advice-episode/urgent-then-mild", test_urgent_then_mild_stays_urgent);
  g_test_add_func ("/advice-episode/assessment-clears-urgent", test_assessment_clears_urgent);
  g_test_add_func ("/advice-episode/not-cleared", test_not_cleared_keeps_see_clinician);
  g_test_add_func ("/advice-episode/full-no-entry", test_see_clinician_clears_only_by_full_no_entry);
  g_test_add_func ("/advice-episode/assessment-clears-see-clinician", test_see_clinician_clears_by_assessment);
  g_test_add_func ("/advice-episode/clear-entry-leaves-urgent", test_clear_entry_leaves_urgent);
  g_test_add_func ("/advice-episode/severe-at-rest-or-night", test_severe_at_rest_or_night);
  g_test_add_func ("/advice-episode/no-better", test_no_better_after_four_weeks);
  g_test_add_func ("/advice-episode/screen-answers", test_screen_answers);
  g_test_add_func ("/advice-episode/screen-due", test_screen_due);
  g_test_add_func ("/advice-episode/judged-as-of-now", test_judged_as_of_now);
  g_test_add_func ("/advice-episode/prefix-training", test_prefix_training);
  g_test_add_func ("/advice-episode/values", test_values);

  return g_test_run ();
}
