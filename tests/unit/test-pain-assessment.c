/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-date.h"
#include "core/bk-pain-assessment.h"

static BkPainEntry *
entry_on (int           year,
          int           month,
          int           day,
          BkPainContext context,
          int           rating)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) when = g_date_time_new (zone, year, month, day, 18, 0, 0);

  return bk_pain_entry_new (when, context, rating);
}

static BkPainEntry *
plain_entry (void)
{
  BkPainEntry *entry = entry_on (2026, 11, 20, BK_PAIN_CONTEXT_AFTER_RUN, 4);

  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_CENTRAL_LOWER_BACK);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD);
  return entry;
}

static void
test_plain (void)
{
  g_autoptr(BkPainEntry) entry = plain_entry ();
  g_autoptr(BkPainAssessment) assessment = bk_pain_assess (entry);

  g_assert_cmpint (assessment->advice, ==, BK_PAIN_ADVICE_NONE);
  g_assert_null (assessment->advice_title);
  g_assert_cmpuint (assessment->hints->len, ==, 0);
  g_assert_cmpstr (bk_pain_advice_to_string (assessment->advice), ==, "none");
}

static void
test_each_emergency_is_urgent (void)
{
  for (guint i = 0; i < BK_N_EMERGENCY_SIGNS; i++)
    {
      g_autoptr(BkPainEntry) entry = plain_entry ();
      g_autoptr(BkPainAssessment) assessment = NULL;

      /* A pattern that would otherwise give hints: they must be withheld. */
      bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT);
      bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_WORSE_LEANING_BACK |
                                          BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE);
      bk_pain_entry_set_warning_sign (entry, i, BK_ANSWER_YES);
      assessment = bk_pain_assess (entry);

      g_assert_cmpint (assessment->advice, ==, BK_PAIN_ADVICE_URGENT);
      g_assert_cmpstr (bk_pain_advice_to_string (assessment->advice), ==, "urgent");
      g_assert_cmpstr (assessment->advice_guide_id, ==, BK_GUIDE_SYMPTOMS_RED_FLAGS);
      g_assert_nonnull (strstr (assessment->advice_text, bk_warning_sign_get_label (i)));
      g_assert_cmpuint (assessment->hints->len, ==, 0);
    }
}

static void
test_each_clinician_sign (void)
{
  const guint signs[] = {
    BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE,
    BK_PAIN_CHARACTER_TINGLING,
    BK_PAIN_CHARACTER_NUMBNESS,
    BK_PAIN_CHARACTER_LEG_WEAKNESS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autoptr(BkPainEntry) entry = plain_entry ();
      g_autoptr(BkPainAssessment) assessment = NULL;

      bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_RIGHT_SI_JOINT);
      bk_pain_entry_set_character (entry, signs[i] | BK_PAIN_CHARACTER_WORSE_LEANING_BACK);
      assessment = bk_pain_assess (entry);

      g_assert_cmpint (assessment->advice, ==, BK_PAIN_ADVICE_SEE_CLINICIAN);
      g_assert_cmpstr (bk_pain_advice_to_string (assessment->advice), ==, "see_clinician");
      g_assert_cmpstr (assessment->advice_guide_id, ==, BK_GUIDE_SYMPTOMS_NOT_RLBS);
      g_assert_nonnull (strstr (assessment->advice_text, bk_pain_character_get_label (signs[i])));
      g_assert_cmpuint (assessment->hints->len, ==, 0);
    }
}

static void
test_spread_to_buttock_or_thigh_is_not_a_flag (void)
{
  g_autoptr(BkPainEntry) entry = plain_entry ();
  g_autoptr(BkPainAssessment) assessment = NULL;

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BUTTOCK |
                                      BK_PAIN_CHARACTER_SPREADS_THIGH);
  assessment = bk_pain_assess (entry);
  g_assert_cmpint (assessment->advice, ==, BK_PAIN_ADVICE_NONE);
}

static void
test_sacroiliac_hint (void)
{
  g_autoptr(BkPainEntry) entry = plain_entry ();
  g_autoptr(BkPainAssessment) left = NULL;
  g_autoptr(BkPainAssessment) right = NULL;
  g_autoptr(BkPainAssessment) both = NULL;

  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_LEFT_BUTTOCK);
  left = bk_pain_assess (entry);
  g_assert_true (bk_pain_assessment_has_hint (left, BK_PAIN_HINT_SACROILIAC));
  g_assert_cmpuint (left->hints->len, ==, 1);
  g_assert_cmpstr (g_array_index (left->hints, BkPainHint, 0).guide_id, ==, "conditions#sacroiliac");
  /* One possibility among others, with the runner's look-alike named. */
  g_assert_nonnull (strstr (g_array_index (left->hints, BkPainHint, 0).text, "among other things"));
  g_assert_nonnull (strstr (g_array_index (left->hints, BkPainHint, 0).text, "bone stress injury"));

  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_RIGHT_SI_JOINT);
  right = bk_pain_assess (entry);
  g_assert_true (bk_pain_assessment_has_hint (right, BK_PAIN_HINT_SACROILIAC));

  /* Both knobs is not the one-sided pattern. */
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_RIGHT_SI_JOINT);
  both = bk_pain_assess (entry);
  g_assert_false (bk_pain_assessment_has_hint (both, BK_PAIN_HINT_SACROILIAC));
}

static void
test_facet_hint (void)
{
  g_autoptr(BkPainEntry) entry = plain_entry ();
  g_autoptr(BkPainAssessment) sideways = NULL;
  g_autoptr(BkPainAssessment) back = NULL;
  BkPainHint *hint;

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_WORSE_LEANING_SIDEWAYS);
  sideways = bk_pain_assess (entry);
  g_assert_false (bk_pain_assessment_has_hint (sideways, BK_PAIN_HINT_FACET));

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_WORSE_LEANING_BACK);
  back = bk_pain_assess (entry);
  g_assert_true (bk_pain_assessment_has_hint (back, BK_PAIN_HINT_FACET));
  hint = &g_array_index (back->hints, BkPainHint, 0);
  g_assert_cmpstr (hint->guide_id, ==, "conditions#facet");
  /* A hint, not a diagnosis. */
  g_assert_nonnull (strstr (hint->text, "may"));
}

static void
test_weak_core_hint (void)
{
  g_autoptr(BkPainEntry) entry = entry_on (2026, 11, 20, BK_PAIN_CONTEXT_DURING_RUN, 5);
  g_autoptr(BkPainAssessment) early = NULL;
  g_autoptr(BkPainAssessment) late = NULL;
  g_autoptr(BkPainAssessment) after = NULL;

  bk_pain_entry_set_minutes_in (entry, BK_PAIN_LATE_IN_RUN_MINUTES - 1);
  early = bk_pain_assess (entry);
  g_assert_false (bk_pain_assessment_has_hint (early, BK_PAIN_HINT_WEAK_CORE));

  bk_pain_entry_set_minutes_in (entry, BK_PAIN_LATE_IN_RUN_MINUTES);
  late = bk_pain_assess (entry);
  g_assert_true (bk_pain_assessment_has_hint (late, BK_PAIN_HINT_WEAK_CORE));
  g_assert_cmpstr (g_array_index (late->hints, BkPainHint, 0).guide_id, ==, "conditions#weak-core");

  bk_pain_entry_set_context (entry, BK_PAIN_CONTEXT_AFTER_RUN);
  after = bk_pain_assess (entry);
  g_assert_false (bk_pain_assessment_has_hint (after, BK_PAIN_HINT_WEAK_CORE));
}

static void
test_trigger_points_hint (void)
{
  const guint signs[] = { BK_PAIN_CHARACTER_KNOTS, BK_PAIN_CHARACTER_SHOES_HARD };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    {
      g_autoptr(BkPainEntry) entry = plain_entry ();
      g_autoptr(BkPainAssessment) assessment = NULL;

      bk_pain_entry_set_character (entry, signs[i] | BK_PAIN_CHARACTER_STIFFNESS);
      assessment = bk_pain_assess (entry);
      g_assert_cmpuint (assessment->hints->len, ==, 1);
      g_assert_true (bk_pain_assessment_has_hint (assessment, BK_PAIN_HINT_TRIGGER_POINTS));
      g_assert_cmpstr (g_array_index (assessment->hints, BkPainHint, 0).guide_id, ==,
                       "conditions#trigger-points");
    }
}

static void
test_several_hints (void)
{
  g_autoptr(BkPainEntry) entry = entry_on (2026, 11, 20, BK_PAIN_CONTEXT_DURING_RUN, 5);
  g_autoptr(BkPainAssessment) assessment = NULL;

  bk_pain_entry_set_minutes_in (entry, 45);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_RIGHT_SI_JOINT);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_WORSE_LEANING_BACK | BK_PAIN_CHARACTER_KNOTS);
  assessment = bk_pain_assess (entry);
  g_assert_cmpuint (assessment->hints->len, ==, 4);
}

static void
test_meaningful_change (void)
{
  /* 2 points always counts. */
  g_assert_true (bk_pain_change_is_meaningful (8, 6));
  g_assert_true (bk_pain_change_is_meaningful (6, 8));
  /* 1 point of 8 is 12.5%: not enough. */
  g_assert_false (bk_pain_change_is_meaningful (8, 7));
  /* 1 point of 4 is 25%: not enough; of 3 it is 33%: enough. */
  g_assert_false (bk_pain_change_is_meaningful (4, 5));
  g_assert_true (bk_pain_change_is_meaningful (3, 2));
  /* Exactly 30%: 3 of 10 (also 2 points), and 0.3 x 10 = 3 in integers. */
  g_assert_true (bk_pain_change_is_meaningful (10, 7));
  g_assert_false (bk_pain_change_is_meaningful (5, 5));
  g_assert_false (bk_pain_change_is_meaningful (0, 1));
  g_assert_true (bk_pain_change_is_meaningful (0, 2));
}

static void
test_trend (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int from, to;

  g_assert_cmpint (bk_pain_trend (NULL, 0, &from, &to), ==, BK_PAIN_TREND_UNKNOWN);
  g_assert_cmpint (from, ==, -1);

  /* Given newest first; the trend must sort them itself. */
  g_ptr_array_add (entries, entry_on (2026, 11, 20, BK_PAIN_CONTEXT_AT_REST, 4));
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, NULL, NULL), ==,
                   BK_PAIN_TREND_UNKNOWN);
  g_ptr_array_add (entries, entry_on (2026, 11, 10, BK_PAIN_CONTEXT_AT_REST, 6));
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, &from, &to), ==,
                   BK_PAIN_TREND_IMPROVING);
  g_assert_cmpint (from, ==, 6);
  g_assert_cmpint (to, ==, 4);

  /* 6 -> 5: one point, 17%: steady. */
  bk_pain_entry_set_rating (entries->pdata[0], 5);
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, NULL, NULL), ==,
                   BK_PAIN_TREND_STEADY);
  /* 6 -> 8: worse by two. */
  bk_pain_entry_set_rating (entries->pdata[0], 8);
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, NULL, NULL), ==,
                   BK_PAIN_TREND_WORSENING);
}

static void
test_trend_window (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int from, to;

  /* An old 9 falls outside the last five, which go 4, 4, 4, 4, 4. */
  g_ptr_array_add (entries, entry_on (2026, 10, 1, BK_PAIN_CONTEXT_AT_REST, 9));
  for (int day = 1; day <= BK_PAIN_TREND_WINDOW; day++)
    g_ptr_array_add (entries, entry_on (2026, 11, day, BK_PAIN_CONTEXT_AT_REST, 4));
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, &from, &to), ==,
                   BK_PAIN_TREND_STEADY);
  g_assert_cmpint (from, ==, 4);

  /* With one entry fewer in the window, the 9 counts again. */
  g_ptr_array_remove_index (entries, entries->len - 1);
  g_assert_cmpint (bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, &from, &to), ==,
                   BK_PAIN_TREND_IMPROVING);
  g_assert_cmpint (from, ==, 9);
}

static void
test_insight_ramp_up (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(GPtrArray) none = NULL;
  guint32 flagged[2];
  GDate date;

  /* Weeks starting Monday 2026-11-09 and Monday 2026-11-16 are flagged. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 9, 11, 2026);
  flagged[0] = g_date_get_julian (&date);
  flagged[1] = flagged[0] + 7;

  g_ptr_array_add (entries, entry_on (2026, 11, 9, BK_PAIN_CONTEXT_AFTER_RUN, 3));
  g_ptr_array_add (entries, entry_on (2026, 11, 15, BK_PAIN_CONTEXT_AFTER_RUN, 3));
  g_ptr_array_add (entries, entry_on (2026, 11, 16, BK_PAIN_CONTEXT_AFTER_RUN, 3));
  g_ptr_array_add (entries, entry_on (2026, 11, 22, BK_PAIN_CONTEXT_AFTER_RUN, 3));
  g_ptr_array_add (entries, entry_on (2026, 11, 23, BK_PAIN_CONTEXT_AFTER_RUN, 3));

  insights = bk_pain_insights ((BkPainEntry **) entries->pdata, entries->len,
                               flagged, G_N_ELEMENTS (flagged), G_DATE_MONDAY);
  g_assert_cmpuint (insights->len, ==, 1);
  g_assert_cmpstr (insights->pdata[0], ==, "4 of your 5 pain entries came in weeks flagged for a fast rise in training");

  none = bk_pain_insights ((BkPainEntry **) entries->pdata, entries->len, NULL, 0, G_DATE_MONDAY);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_insight_onset (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) three = NULL;
  g_autoptr(GPtrArray) four = NULL;
  const int minutes[] = { 10, 12, 25, 13 };

  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    {
      BkPainEntry *entry = entry_on (2026, 11, 10 + i, BK_PAIN_CONTEXT_DURING_RUN, 3);

      bk_pain_entry_set_minutes_in (entry, minutes[i]);
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_add (entries, entry_on (2026, 11, 20, BK_PAIN_CONTEXT_AT_REST, 2));

  one = bk_pain_insights ((BkPainEntry **) entries->pdata, 1, NULL, 0, G_DATE_MONDAY);
  g_assert_cmpuint (one->len, ==, 0);

  /* 10, 12, 25: the median is 12; one slow start does not drag it. */
  three = bk_pain_insights ((BkPainEntry **) entries->pdata, 3, NULL, 0, G_DATE_MONDAY);
  g_assert_cmpuint (three->len, ==, 1);
  g_assert_cmpstr (three->pdata[0], ==, "Pain during runs starts at about 12 minutes");

  /* 10, 12, 13, 25 and a rest entry: the median of 12 and 13 rounds up. */
  four = bk_pain_insights ((BkPainEntry **) entries->pdata, entries->len, NULL, 0, G_DATE_MONDAY);
  g_assert_cmpuint (four->len, ==, 1);
  g_assert_cmpstr (four->pdata[0], ==, "Pain during runs starts at about 13 minutes");
}

static void
test_weekly (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) weeks = NULL;
  GDate date;
  guint32 monday;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, 11, 2026);
  monday = g_date_get_julian (&date);

  g_ptr_array_add (entries, entry_on (2026, 11, 1, BK_PAIN_CONTEXT_AT_REST, 9));   /* before */
  g_ptr_array_add (entries, entry_on (2026, 11, 2, BK_PAIN_CONTEXT_AT_REST, 2));   /* week 0 */
  g_ptr_array_add (entries, entry_on (2026, 11, 8, BK_PAIN_CONTEXT_AT_REST, 5));   /* week 0, Sunday */
  g_ptr_array_add (entries, entry_on (2026, 11, 18, BK_PAIN_CONTEXT_AT_REST, 0));  /* week 2 */
  g_ptr_array_add (entries, entry_on (2026, 11, 23, BK_PAIN_CONTEXT_AT_REST, 7));  /* after */

  weeks = bk_pain_weekly ((BkPainEntry **) entries->pdata, entries->len, monday, 3);
  g_assert_cmpuint (weeks->len, ==, 3);
  g_assert_cmpuint (g_array_index (weeks, BkPainWeek, 0).week_start, ==, monday);
  g_assert_cmpuint (g_array_index (weeks, BkPainWeek, 0).entries, ==, 2);
  g_assert_cmpint (g_array_index (weeks, BkPainWeek, 0).worst, ==, 5);
  g_assert_cmpfloat_with_epsilon (g_array_index (weeks, BkPainWeek, 0).mean, 3.5, 1e-9);
  g_assert_cmpuint (g_array_index (weeks, BkPainWeek, 1).entries, ==, 0);
  g_assert_cmpint (g_array_index (weeks, BkPainWeek, 1).worst, ==, -1);
  g_assert_cmpuint (g_array_index (weeks, BkPainWeek, 2).week_start, ==, monday + 14);
  g_assert_cmpint (g_array_index (weeks, BkPainWeek, 2).worst, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pain-assessment/plain", test_plain);
  g_test_add_func ("/pain-assessment/emergency-urgent", test_each_emergency_is_urgent);
  g_test_add_func ("/pain-assessment/clinician-signs", test_each_clinician_sign);
  g_test_add_func ("/pain-assessment/buttock-thigh-no-flag", test_spread_to_buttock_or_thigh_is_not_a_flag);
  g_test_add_func ("/pain-assessment/hint-sacroiliac", test_sacroiliac_hint);
  g_test_add_func ("/pain-assessment/hint-facet", test_facet_hint);
  g_test_add_func ("/pain-assessment/hint-weak-core", test_weak_core_hint);
  g_test_add_func ("/pain-assessment/hint-trigger-points", test_trigger_points_hint);
  g_test_add_func ("/pain-assessment/several-hints", test_several_hints);
  g_test_add_func ("/pain-assessment/meaningful-change", test_meaningful_change);
  g_test_add_func ("/pain-assessment/trend", test_trend);
  g_test_add_func ("/pain-assessment/trend-window", test_trend_window);
  g_test_add_func ("/pain-assessment/insight-ramp-up", test_insight_ramp_up);
  g_test_add_func ("/pain-assessment/insight-onset", test_insight_onset);
  g_test_add_func ("/pain-assessment/weekly", test_weekly);

  return g_test_run ();
}
