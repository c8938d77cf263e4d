/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-pain-entry.h"

static GDateTime *
make_now (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");

  return g_date_time_new (zone, 2026, 11, 26, 10, 0, 0);
}

static BkPainEntry *
valid_entry (GDateTime *now)
{
  BkPainEntry *entry = bk_pain_entry_new (now, BK_PAIN_CONTEXT_AFTER_RUN, 4);

  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_CENTRAL_LOWER_BACK);
  return entry;
}

static void
assert_invalid (BkPainEntry *entry,
                GDateTime   *now,
                BkPainField  expected_field,
                int          expected_code)
{
  g_autoptr(GError) error = NULL;
  BkPainField field = BK_PAIN_FIELD_NONE;

  g_assert_false (bk_pain_entry_validate (entry, now, &field, &error));
  g_assert_error (error, BK_CORE_ERROR, expected_code);
  g_assert_cmpint (field, ==, expected_field);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_valid (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);
  BkPainField field = BK_PAIN_FIELD_RATING;

  g_assert_true (bk_pain_entry_validate (entry, now, &field, NULL));
  g_assert_cmpint (field, ==, BK_PAIN_FIELD_NONE);

  /* Both ends of the scale are ratings. */
  bk_pain_entry_set_rating (entry, 0);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
  bk_pain_entry_set_rating (entry, 10);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
}

static void
test_rating_range (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);

  bk_pain_entry_set_rating (entry, 11);
  assert_invalid (entry, now, BK_PAIN_FIELD_RATING, BK_CORE_ERROR_OUT_OF_RANGE);
  bk_pain_entry_set_rating (entry, -2);
  assert_invalid (entry, now, BK_PAIN_FIELD_RATING, BK_CORE_ERROR_OUT_OF_RANGE);
  bk_pain_entry_set_rating (entry, -1);
  assert_invalid (entry, now, BK_PAIN_FIELD_RATING, BK_CORE_ERROR_EMPTY);
}

static void
test_minutes (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);

  bk_pain_entry_set_context (entry, BK_PAIN_CONTEXT_DURING_RUN);
  assert_invalid (entry, now, BK_PAIN_FIELD_MINUTES, BK_CORE_ERROR_EMPTY);
  bk_pain_entry_set_minutes_in (entry, 601);
  assert_invalid (entry, now, BK_PAIN_FIELD_MINUTES, BK_CORE_ERROR_OUT_OF_RANGE);
  bk_pain_entry_set_minutes_in (entry, -5);
  assert_invalid (entry, now, BK_PAIN_FIELD_MINUTES, BK_CORE_ERROR_OUT_OF_RANGE);
  bk_pain_entry_set_minutes_in (entry, 600);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
  bk_pain_entry_set_minutes_in (entry, 1);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));

  /* Minutes into a run make no sense for pain felt at rest. */
  bk_pain_entry_set_context (entry, BK_PAIN_CONTEXT_AT_REST);
  assert_invalid (entry, now, BK_PAIN_FIELD_MINUTES, BK_CORE_ERROR_INVALID);
  bk_pain_entry_set_minutes_in (entry, 0);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
}

static void
test_future (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) soon = g_date_time_add_minutes (now, 5);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 6);
  g_autoptr(BkPainEntry) entry = valid_entry (soon);

  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
  bk_pain_entry_set_when (entry, later);
  assert_invalid (entry, now, BK_PAIN_FIELD_WHEN, BK_CORE_ERROR_OUT_OF_RANGE);
}

static void
test_contradictions (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);
  const guint spreads[] = {
    BK_PAIN_CHARACTER_SPREADS_BUTTOCK,
    BK_PAIN_CHARACTER_SPREADS_THIGH,
    BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE,
  };

  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD | BK_PAIN_CHARACTER_STIFFNESS);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (spreads); i++)
    {
      bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD | spreads[i]);
      assert_invalid (entry, now, BK_PAIN_FIELD_CHARACTER, BK_CORE_ERROR_INVALID);
    }

  /* Both legs affected but "stays in the back" with nothing in the legs. */
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD);
  bk_pain_entry_set_warning_sign (entry, BK_WARNING_SIGN_BOTH_LEGS, BK_ANSWER_YES);
  assert_invalid (entry, now, BK_PAIN_FIELD_CHARACTER, BK_CORE_ERROR_INVALID);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NO_SPREAD | BK_PAIN_CHARACTER_TINGLING);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
}

static void
test_unknown_bits (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);

  bk_pain_entry_set_locations (entry, 1u << BK_N_PAIN_LOCATIONS);
  assert_invalid (entry, now, BK_PAIN_FIELD_LOCATIONS, BK_CORE_ERROR_INVALID);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_ALL);
  bk_pain_entry_set_character (entry, 1u << BK_N_PAIN_CHARACTERS);
  assert_invalid (entry, now, BK_PAIN_FIELD_CHARACTER, BK_CORE_ERROR_INVALID);
  bk_pain_entry_set_character (entry, 0);
  /* Warning signs are three-state answers now: no unknown bits to store. */
  bk_pain_entry_set_context (entry, BK_N_PAIN_CONTEXTS);
  assert_invalid (entry, now, BK_PAIN_FIELD_WHEN, BK_CORE_ERROR_INVALID);
}

static void
test_notes (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);
  g_autofree char *longest = g_strnfill (BK_PAIN_NOTES_MAX, 'x');
  g_autofree char *too_long = g_strnfill (BK_PAIN_NOTES_MAX + 1, 'x');

  bk_pain_entry_set_notes (entry, longest);
  g_assert_true (bk_pain_entry_validate (entry, now, NULL, NULL));
  bk_pain_entry_set_notes (entry, too_long);
  assert_invalid (entry, now, BK_PAIN_FIELD_NOTES, BK_CORE_ERROR_OUT_OF_RANGE);
  bk_pain_entry_set_notes (entry, NULL);
  g_assert_cmpstr (bk_pain_entry_get_notes (entry), ==, "");
}

static void
test_asks_emergency (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);

  bk_pain_entry_set_rating (entry, 6);
  g_assert_false (bk_pain_entry_asks_emergency (entry));
  bk_pain_entry_set_rating (entry, 7);
  g_assert_true (bk_pain_entry_asks_emergency (entry));

  /* Into the buttock is still the back; the thigh is the leg. */
  bk_pain_entry_set_rating (entry, 3);
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_BUTTOCK);
  g_assert_false (bk_pain_entry_asks_emergency (entry));
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_SPREADS_THIGH);
  g_assert_true (bk_pain_entry_asks_emergency (entry));
  bk_pain_entry_set_character (entry, BK_PAIN_CHARACTER_NUMBNESS);
  g_assert_true (bk_pain_entry_asks_emergency (entry));
}

static void
test_copy_and_triggers (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);
  g_autoptr(BkPainEntry) copy = NULL;

  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    g_assert_cmpint (bk_pain_entry_get_trigger (entry, i), ==, BK_ANSWER_UNANSWERED);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_HILLS, BK_ANSWER_YES);
  bk_pain_entry_set_trigger (entry, BK_PAIN_TRIGGER_SHOES, BK_ANSWER_NO);
  bk_pain_entry_set_id (entry, 12);
  bk_pain_entry_set_run_id (entry, 3);
  bk_pain_entry_set_notes (entry, "after the hill reps");

  copy = bk_pain_entry_copy (entry);
  g_assert_cmpint (bk_pain_entry_get_id (copy), ==, 12);
  g_assert_cmpint (bk_pain_entry_get_run_id (copy), ==, 3);
  g_assert_cmpint (bk_pain_entry_get_rating (copy), ==, 4);
  g_assert_cmpint (bk_pain_entry_get_trigger (copy, BK_PAIN_TRIGGER_HILLS), ==, BK_ANSWER_YES);
  g_assert_cmpint (bk_pain_entry_get_trigger (copy, BK_PAIN_TRIGGER_SHOES), ==, BK_ANSWER_NO);
  g_assert_cmpint (bk_pain_entry_get_trigger (copy, BK_PAIN_TRIGGER_TRAVEL), ==, BK_ANSWER_UNANSWERED);
  g_assert_cmpstr (bk_pain_entry_get_notes (copy), ==, "after the hill reps");
  g_assert_true (g_date_time_equal (bk_pain_entry_get_when (copy), now));
  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&entry));
}

static void
test_strings (void)
{
  BkPainContext context;
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(BkPainEntry) entry = valid_entry (now);
  g_autofree char *where = NULL;

  for (guint i = 0; i < BK_N_PAIN_CONTEXTS; i++)
    {
      g_assert_true (bk_pain_context_from_string (bk_pain_context_to_string (i), &context));
      g_assert_cmpint (context, ==, i);
      g_assert_cmpstr (bk_pain_context_get_label (i), !=, "");
    }
  g_assert_false (bk_pain_context_from_string ("jogging", &context));
  for (guint i = 0; i < BK_N_PAIN_LOCATIONS; i++)
    g_assert_nonnull (bk_pain_location_to_string (1u << i));
  g_assert_cmpstr (bk_pain_location_to_string (BK_PAIN_LOCATION_LEFT_SI_JOINT), ==, "left-sacroiliac-joint");
  g_assert_null (bk_pain_location_to_string (3));
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    g_assert_cmpstr (bk_pain_trigger_get_question (i), !=, "");
  for (guint i = 0; i < BK_N_PAIN_CHARACTERS; i++)
    g_assert_cmpstr (bk_pain_character_get_label (1u << i), !=, "");

  g_assert_cmpstr (bk_pain_rating_get_band_label (0), ==, "No pain");
  g_assert_cmpstr (bk_pain_rating_get_band_label (3), ==, "Mild");
  g_assert_cmpstr (bk_pain_rating_get_band_label (4), ==, "Moderate");
  g_assert_cmpstr (bk_pain_rating_get_band_label (6), ==, "Moderate");
  g_assert_cmpstr (bk_pain_rating_get_band_label (7), ==, "Severe");

  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_RIGHT_BUTTOCK);
  where = bk_pain_entry_describe_locations (entry);
  g_assert_cmpstr (where, ==, "Left sacroiliac joint (bony knob), Right buttock");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pain-entry/valid", test_valid);
  g_test_add_func ("/pain-entry/rating-range", test_rating_range);
  g_test_add_func ("/pain-entry/minutes", test_minutes);
  g_test_add_func ("/pain-entry/future", test_future);
  g_test_add_func ("/pain-entry/contradictions", test_contradictions);
  g_test_add_func ("/pain-entry/unknown-bits", test_unknown_bits);
  g_test_add_func ("/pain-entry/notes", test_notes);
  g_test_add_func ("/pain-entry/asks-emergency", test_asks_emergency);
  g_test_add_func ("/pain-entry/copy-and-triggers", test_copy_and_triggers);
  g_test_add_func ("/pain-entry/strings", test_strings);

  return g_test_run ();
}
