/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/bk-acwr.h"
#include "core/bk-clinician-assessment.h"
#include "bk-core-enums.h"
#include "core/bk-enum-nick.h"
#include "core/bk-health-screen.h"
#include "core/bk-pain-assessment.h"
#include "core/bk-pain-entry.h"
#include "core/bk-run.h"
#include "core/bk-stretch.h"
#include "core/bk-units.h"
#include "core/bk-warning-sign.h"

/* Each enum's public to/from functions, seen through one shape. */
typedef const char *(*ToString) (int value);
typedef gboolean (*FromString) (const char *id, int *out_value);

#define TO(name, Type) \
  static const char *name##_to (int value) { return name##_to_string ((Type) value); }
#define FROM(name, Type) \
  static gboolean name##_from (const char *id, int *out) \
  { Type v; if (!name##_from_string (id, &v)) return FALSE; *out = v; return TRUE; }

TO (bk_risk_level, BkRiskLevel)
TO (bk_pain_context, BkPainContext) FROM (bk_pain_context, BkPainContext)
TO (bk_pain_trigger, BkPainTrigger)
TO (bk_age_band, BkAgeBand) FROM (bk_age_band, BkAgeBand)
TO (bk_screen_question, BkScreenQuestion) FROM (bk_screen_question, BkScreenQuestion)
TO (bk_pain_advice, BkPainAdvice)
TO (bk_pain_trend, BkPainTrend)
TO (bk_clinician_outcome, BkClinicianOutcome) FROM (bk_clinician_outcome, BkClinicianOutcome)
TO (bk_surface, BkSurface) FROM (bk_surface, BkSurface)
TO (bk_units, BkUnits)
TO (bk_tightness, BkTightness)
TO (bk_side, BkSide)
TO (bk_warning_sign, BkWarningSign) FROM (bk_warning_sign, BkWarningSign)

static gboolean
bk_units_from (const char *id,
               int        *out)
{
  *out = bk_units_from_string (id);
  return TRUE;
}

typedef struct {
  GType      (*get_type) (void);
  ToString   to;
  FromString from;
  /* One id that files and databases already hold. */
  int         pinned_value;
  const char *pinned_id;
} EnumCase;

static const EnumCase cases[] = {
  { bk_risk_level_get_type, bk_risk_level_to, NULL, BK_RISK_CAUTION, "caution" },
  { bk_pain_context_get_type, bk_pain_context_to, bk_pain_context_from, BK_PAIN_CONTEXT_NEXT_MORNING, "next-morning" },
  { bk_pain_trigger_get_type, bk_pain_trigger_to, NULL, BK_PAIN_TRIGGER_TRAINING_INCREASE, "training_increase" },
  { bk_age_band_get_type, bk_age_band_to, bk_age_band_from, BK_AGE_BAND_20_TO_50, "20-50" },
  { bk_screen_question_get_type, bk_screen_question_to, bk_screen_question_from, BK_SCREEN_IV_DRUG_USE, "iv-drug-use" },
  { bk_pain_advice_get_type, bk_pain_advice_to, NULL, BK_PAIN_ADVICE_SEE_CLINICIAN, "see_clinician" },
  { bk_pain_trend_get_type, bk_pain_trend_to, NULL, BK_PAIN_TREND_WORSENING, "worsening" },
  { bk_clinician_outcome_get_type, bk_clinician_outcome_to, bk_clinician_outcome_from, BK_CLINICIAN_OUTCOME_NOT_CLEARED, "not-cleared" },
  { bk_surface_get_type, bk_surface_to, bk_surface_from, BK_SURFACE_TREADMILL, "treadmill" },
  { bk_units_get_type, bk_units_to, bk_units_from, BK_UNITS_IMPERIAL, "imperial" },
  { bk_tightness_get_type, bk_tightness_to, NULL, BK_TIGHTNESS_LEFT, "left" },
  { bk_side_get_type, bk_side_to, NULL, BK_SIDE_RIGHT, "right" },
  { bk_warning_sign_get_type, bk_warning_sign_to, bk_warning_sign_from, BK_WARNING_SIGN_PASSING_SENSATION, "passing-sensation" },
};

static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GType type = cases[i].get_type ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      g_test_message ("%s", g_type_name (type));
      g_assert_cmpuint (klass->n_values, >, 1);
      for (guint v = 0; v < klass->n_values; v++)
        {
          const GEnumValue *value = &klass->values[v];
          int back = -1;

          g_assert_cmpstr (cases[i].to (value->value), ==, value->value_nick);
          g_assert_cmpstr (bk_enum_to_nick (type, value->value), ==, value->value_nick);
          g_assert_true (bk_enum_from_nick (type, value->value_nick, &back));
          g_assert_cmpint (back, ==, value->value);
          if (cases[i].from != NULL)
            {
              back = -1;
              g_assert_true (cases[i].from (value->value_nick, &back));
              g_assert_cmpint (back, ==, value->value);
            }
        }
      g_assert_cmpstr (cases[i].to (cases[i].pinned_value), ==, cases[i].pinned_id);
    }
}

static void
test_tightness_unknown_is_not_an_answer (void)
{
  BkTightness tightness = BK_TIGHTNESS_EVEN;

  g_assert_cmpstr (bk_tightness_to_string (BK_TIGHTNESS_UNKNOWN), ==, "unknown");
  g_assert_false (bk_tightness_from_string ("unknown", &tightness));
  g_assert_cmpint (tightness, ==, BK_TIGHTNESS_EVEN);
  g_assert_true (bk_tightness_from_string ("right", &tightness));
  g_assert_cmpint (tightness, ==, BK_TIGHTNESS_RIGHT);
}

static void
test_unset_values_have_no_id (void)
{
  BkSurface surface = BK_SURFACE_ROAD;
  BkAgeBand band = BK_AGE_BAND_OVER_50;
  int value = 7;

  g_assert_null (bk_surface_to_string (BK_SURFACE_NONE));
  g_assert_true (bk_surface_from_string ("", &surface));
  g_assert_cmpint (surface, ==, BK_SURFACE_NONE);
  g_assert_true (bk_surface_from_string ("TrAiL", &surface));
  g_assert_cmpint (surface, ==, BK_SURFACE_TRAIL);
  g_assert_false (bk_surface_from_string ("none", &surface));

  g_assert_null (bk_age_band_to_string (BK_AGE_BAND_UNANSWERED));
  g_assert_false (bk_age_band_from_string (NULL, &band));
  g_assert_cmpint (band, ==, BK_AGE_BAND_OVER_50);

  g_assert_false (bk_enum_from_nick (BK_TYPE_PAIN_CONTEXT, "sometimes", &value));
  g_assert_cmpint (value, ==, 7);
  g_assert_cmpint (bk_units_from_string ("furlongs"), ==, BK_UNITS_METRIC);
}

static void
test_locations_one_flag_each (void)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BK_TYPE_PAIN_LOCATION);

  g_assert_cmpuint (klass->n_values, ==, BK_N_PAIN_LOCATIONS);
  for (guint v = 0; v < klass->n_values; v++)
    g_assert_cmpstr (bk_pain_location_to_string (klass->values[v].value), ==,
                     klass->values[v].value_nick);
  g_assert_cmpstr (bk_pain_location_to_string (BK_PAIN_LOCATION_LEFT_SI_JOINT), ==,
                   "left-sacroiliac-joint");
  g_assert_null (bk_pain_location_to_string (0));
  g_assert_null (bk_pain_location_to_string (BK_PAIN_LOCATION_LEFT_BUTTOCK | BK_PAIN_LOCATION_RIGHT_BUTTOCK));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enum-nicks/round-trip", test_round_trip);
  g_test_add_func ("/enum-nicks/tightness-unknown", test_tightness_unknown_is_not_an_answer);
  g_test_add_func ("/enum-nicks/unset-values", test_unset_values_have_no_id);
  g_test_add_func ("/enum-nicks/locations", test_locations_one_flag_each);

  return g_test_run ();
}
