/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The advice read from a bounded part of the journal (issue 13) must be
 * the advice of the whole journal: on the twenty-year log, and on a
 * seeded random journal with warning signs, clear entries, leg signs,
 * severe pain at night, gaps that end episodes, assessments, screens and
 * a change of time zone, judged on many days. */
#include "bk-config.h"

#include "core/bk-date.h"
#include "services/bk-advice.h"
#include "tests/bk-test-long-log.h"
#include "tests/services/bk-test-context.h"

/* The advice from every entry, screen and assessment, the old way. */
static BkAdviceEpisode *
advice_from_whole_journal (BkPainStore *store,
                           GDateTime   *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = bk_pain_store_list (store, 0, 0, 0, &error);
  g_autoptr(GPtrArray) screens = bk_pain_store_list_screens (store, &error);
  g_autoptr(GPtrArray) assessments = bk_pain_store_list_assessments (store, &error);

  g_assert_no_error (error);
  return bk_advice_episode_compute ((BkPainEntry **) entries->pdata, entries->len,
                                    (BkHealthScreen **) screens->pdata, screens->len,
                                    (BkClinicianAssessment **) assessments->pdata, assessments->len,
                                    now);
}

/* Returns whether the two pieces of advice differ, so that a random
 * journal can count its disagreements; each difference is printed. */
static gboolean
advice_differs (BkAdviceEpisode *whole,
                BkAdviceEpisode *bounded,
                GDateTime       *now)
{
  g_autofree char *when = g_date_time_format_iso8601 (now);
  gboolean differs = whole->level != bounded->level || whole->since != bounded->since ||
                     whole->episode_start != bounded->episode_start ||
                     whole->screen_due != bounded->screen_due ||
                     g_strcmp0 (whole->title, bounded->title) != 0 ||
                     g_strcmp0 (whole->text, bounded->text) != 0 ||
                     g_strcmp0 (whole->guide_id, bounded->guide_id) != 0 ||
                     whole->reasons->len != bounded->reasons->len;

  for (guint i = 0; !differs && i < whole->reasons->len; i++)
    {
      BkAdviceReason *a = &g_array_index (whole->reasons, BkAdviceReason, i);
      BkAdviceReason *b = &g_array_index (bounded->reasons, BkAdviceReason, i);

      differs = g_strcmp0 (a->id, b->id) != 0 || a->level != b->level || a->since != b->since ||
                g_strcmp0 (a->text, b->text) != 0 || g_strcmp0 (a->guide_id, b->guide_id) != 0;
    }
  if (differs)
    g_test_message ("at %s: whole journal level %d since %u start %u, %u reasons (%s); "
                    "bounded level %d since %u start %u, %u reasons (%s)",
                    when, whole->level, whole->since, whole->episode_start, whole->reasons->len,
                    whole->text != NULL ? whole->text : "", bounded->level, bounded->since,
                    bounded->episode_start, bounded->reasons->len,
                    bounded->text != NULL ? bounded->text : "");
  return differs;
}

static BkAdviceEpisode *
advice_bounded (BkPainStore *store,
                GDateTime   *now)
{
  g_autoptr(GError) error = NULL;
  BkAdviceEpisode *episode = bk_advice_compute_for_store (store, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (episode);
  return episode;
}

static void
test_long_log (BkTestContext *fixture,
               gconstpointer  data)
{
  BkPainStore *store = bk_context_get_pain_store (fixture->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days_back[] = { 0, 1, 2, 29, 30, 365, 3650, 7299, 7301 };

  bk_long_log_fill (fixture->context, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (days_back); i++)
    {
      g_autoptr(GDateTime) moment = g_date_time_add_days (now, -days_back[i]);
      g_autoptr(BkAdviceEpisode) whole = advice_from_whole_journal (store, moment);
      g_autoptr(BkAdviceEpisode) bounded = advice_bounded (store, moment);

      g_assert_false (advice_differs (whole, bounded, moment));
    }

  /* The long log is one twenty-year episode, never better: the advice a
   * runner sees there, whichever way it is read. */
  {
    g_autoptr(BkAdviceEpisode) bounded = advice_bounded (store, now);

    g_assert_cmpuint (bounded->episode_start, ==, bk_date_julian_of (now) - BK_LONG_LOG_DAYS);
    g_assert_true (bk_advice_episode_has_reason (bounded, BK_ADVICE_REASON_NO_BETTER));
  }
}

static const guint characters[] = {
  0,
  BK_PAIN_CHARACTER_NO_SPREAD,
  BK_PAIN_CHARACTER_SPREADS_BUTTOCK | BK_PAIN_CHARACTER_STIFFNESS,
  BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE,
  BK_PAIN_CHARACTER_TINGLING,
};

/* A journal of about 400 entries over three years with a fixed seed. */
static void
fill_random_journal (BkPainStore *store,
                     GDateTime   *first,
                     GRand       *rand)
{
  g_autoptr(GTimeZone) away = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GError) error = NULL;
  int day = 0;

  while (day < 3 * 365)
    {
      g_autoptr(GDateTime) base = g_date_time_add_days (first, day);
      g_autoptr(GDateTime) local = g_date_time_add_hours (base, g_rand_int_range (rand, 0, 24));
      /* A few weeks away from home: the same instants, other local days. */
      g_autoptr(GDateTime) when = day > 500 && day < 540 ? g_date_time_to_timezone (local, away)
                                                       : g_date_time_ref (local);
      int rating = g_rand_int_range (rand, 0, 4) == 0 ? 0 : g_rand_int_range (rand, 1, 11);
      BkPainContext context = g_rand_int_range (rand, 0, 2) ? BK_PAIN_CONTEXT_AT_REST
                                                            : BK_PAIN_CONTEXT_NEXT_MORNING;
      g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, context, rating);
      int kind = g_rand_int_range (rand, 0, 20);

      bk_pain_entry_set_character (entry, characters[g_rand_int_range (rand, 0, G_N_ELEMENTS (characters))]);
      if (kind < 6)
        /* Every sign asked and answered no: a clear entry, unless legs. */
        for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
          bk_pain_entry_set_warning_sign (entry, i, BK_ANSWER_NO);
      else if (kind < 8)
        bk_pain_entry_set_warning_sign (entry, g_rand_int_range (rand, 0, BK_N_WARNING_SIGNS),
                                        BK_ANSWER_YES);
      if (bk_pain_entry_get_warning_sign (entry, BK_WARNING_SIGN_BOTH_LEGS) == BK_ANSWER_YES)
        bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_THIGH);
      if (!bk_pain_store_add (store, entry, &error))
        g_error ("Could not add a pain entry: %s", error->message);

      if (g_rand_int_range (rand, 0, 40) == 0)
        {
          g_autoptr(BkClinicianAssessment) visit =
            bk_clinician_assessment_new (bk_date_julian_of (when) + (guint32) g_rand_int_range (rand, 0, 3),
                                         g_rand_int_range (rand, 0, 2) ? BK_CLINICIAN_OUTCOME_CLEARED
                                                                       : BK_CLINICIAN_OUTCOME_NOT_CLEARED);

          if (!bk_pain_store_add_assessment (store, visit, &error))
            g_error ("Could not add an assessment: %s", error->message);
        }
      if (g_rand_int_range (rand, 0, 60) == 0)
        {
          g_autoptr(BkHealthScreen) screen = bk_health_screen_new (bk_date_julian_of (when));

          bk_health_screen_set_answer (screen, g_rand_int_range (rand, 0, BK_N_SCREEN_QUESTIONS),
                                       g_rand_int_range (rand, 0, 2) ? BK_ANSWER_YES : BK_ANSWER_NO);
          if (!bk_pain_store_add_screen (store, screen, &error))
            g_error ("Could not add a screen: %s", error->message);
        }
      /* Mostly every few days, now and then a pause that ends an episode. */
      day += g_rand_int_range (rand, 0, 12) == 0 ? g_rand_int_range (rand, 25, 60)
                                                 : g_rand_int_range (rand, 0, 5);
    }
}

static void
test_random_journal (BkTestContext *fixture,
                     gconstpointer  data)
{
  BkPainStore *store = bk_context_get_pain_store (fixture->context);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = g_date_time_add_days (now, -4 * 365);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  guint differences = 0, urgent = 0, see = 0, episodes = 0;

  fill_random_journal (store, first, rand);
  for (int day = 0; day < 4 * 365; day += 3)
    {
      g_autoptr(GDateTime) base = g_date_time_add_days (first, day);
      g_autoptr(GDateTime) moment = g_date_time_add_hours (base, (day * 7) % 24);
      g_autoptr(BkAdviceEpisode) whole = advice_from_whole_journal (store, moment);
      g_autoptr(BkAdviceEpisode) bounded = advice_bounded (store, moment);

      differences += advice_differs (whole, bounded, moment);
      urgent += whole->level == BK_PAIN_ADVICE_URGENT;
      see += whole->level == BK_PAIN_ADVICE_SEE_CLINICIAN;
      episodes += whole->episode_start != 0;
    }
  g_assert_cmpuint (differences, ==, 0);
  /* The journal exercises every kind of advice, or the comparison proves
   * little. */
  g_assert_cmpuint (urgent, >, 0);
  g_assert_cmpuint (see, >, 0);
  g_assert_cmpuint (episodes, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  BK_TEST_CONTEXT_ADD ("/advice/bounded/long-log", test_long_log);
  BK_TEST_CONTEXT_ADD ("/advice/bounded/random-journal", test_random_journal);
  return g_test_run ();
}
