/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "core/bk-core-error.h"
#include "core/bk-routine.h"
#include "core/bk-stretch.h"

static void
assert_side (const BkSideDose *dose,
             BkSide            side,
             guint             reps,
             guint             total_s,
             gboolean          tighter)
{
  g_assert_cmpint (dose->side, ==, side);
  g_assert_cmpuint (dose->reps, ==, reps);
  g_assert_cmpuint (dose->total_s, ==, total_s);
  g_assert_cmpint (dose->tighter, ==, tighter);
}

/* The worked example of the training science notes: 2 x 30 s on the looser
 * side becomes 3 x 30 s on the tighter side, which goes first. */
static void
test_dose_example (void)
{
  BkDose dose;

  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_RIGHT,
                   BK_TIMING_AFTER_RUN, &dose);
  g_assert_cmpuint (dose.n_sides, ==, 2);
  assert_side (&dose.sides[0], BK_SIDE_RIGHT, 3, 90, TRUE);
  assert_side (&dose.sides[1], BK_SIDE_LEFT, 2, 60, FALSE);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[0], i), ==, 30);
  g_assert_cmpuint (bk_dose_total_s (&dose), ==, 150);

  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_LEFT,
                   BK_TIMING_AFTER_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 3, 90, TRUE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 2, 60, FALSE);
}

/* 1 x 30 s -> 45 s, which needs two repetitions of 22 and 23 s: whole
 * seconds that add up exactly, none longer than the usual hold. */
static void
test_dose_uneven (void)
{
  BkDose dose;

  bk_stretch_dose (30, 1, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_LEFT,
                   BK_TIMING_AFTER_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 2, 45, TRUE);
  g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[0], 0), ==, 22);
  g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[0], 1), ==, 23);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 1, 30, FALSE);

  /* An odd total rounds the tighter side up to a whole second. */
  bk_stretch_dose (15, 1, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_RIGHT,
                   BK_TIMING_AFTER_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_RIGHT, 2, 23, TRUE);
}

static void
test_dose_even_and_unknown (void)
{
  BkDose dose;

  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_EVEN,
                   BK_TIMING_AFTER_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 2, 60, FALSE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 2, 60, FALSE);

  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_UNKNOWN,
                   BK_TIMING_AFTER_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 2, 60, FALSE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 2, 60, FALSE);
}

static void
test_dose_central (void)
{
  BkDose dose;

  /* Child's pose has no sides: tightness cannot apply. */
  bk_stretch_dose (45, 2, FALSE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_LEFT,
                   BK_TIMING_AFTER_RUN, &dose);
  g_assert_cmpuint (dose.n_sides, ==, 1);
  assert_side (&dose.sides[0], BK_SIDE_NONE, 2, 90, FALSE);
}

static void
test_dose_before_run (void)
{
  BkDose dose;

  /* 2 x 30 s is 60 s: before a run the looser side stops at one 30 s hold
   * and the tighter side gets 1.5 x that, 45 s in two holds of 22 and 23 s,
   * so no static hold passes 30 s and no muscle gets a minute. */
  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_LEFT,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 2, 45, TRUE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 1, 30, FALSE);
  g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[0], 0), ==, 22);
  g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[0], 1), ==, 23);
  g_assert_cmpuint (bk_side_dose_rep_hold (&dose.sides[1], 0), ==, 30);

  /* Both sides even: 30 s each. */
  bk_stretch_dose (30, 2, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_EVEN,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 1, 30, FALSE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 1, 30, FALSE);

  /* Already short: unchanged. */
  bk_stretch_dose (20, 1, TRUE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_EVEN,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 1, 20, FALSE);

  /* A single hold longer than the cap is cut to it, not kept whole. */
  bk_stretch_dose (45, 2, FALSE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_UNKNOWN,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_NONE, 1, 30, FALSE);

  /* Central stretches are capped too. */
  bk_stretch_dose (30, 3, FALSE, BK_STRETCH_KIND_STRETCH, BK_TIGHTNESS_UNKNOWN,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_NONE, 1, 30, FALSE);
}

static void
test_dose_strength_unweighted (void)
{
  BkDose dose;

  /* A side plank is strength work: same on both sides, never capped. */
  bk_stretch_dose (30, 3, TRUE, BK_STRETCH_KIND_STRENGTH, BK_TIGHTNESS_RIGHT,
                   BK_TIMING_BEFORE_RUN, &dose);
  assert_side (&dose.sides[0], BK_SIDE_LEFT, 3, 90, FALSE);
  assert_side (&dose.sides[1], BK_SIDE_RIGHT, 3, 90, FALSE);
}

static void
test_tightness (void)
{
  BkTightness t = BK_TIGHTNESS_UNKNOWN;

  g_assert_true (bk_tightness_from_string ("left", &t));
  g_assert_cmpint (t, ==, BK_TIGHTNESS_LEFT);
  g_assert_true (bk_tightness_from_string ("even", &t));
  g_assert_cmpint (t, ==, BK_TIGHTNESS_EVEN);
  g_assert_false (bk_tightness_from_string ("both", &t));
  g_assert_false (bk_tightness_from_string ("unknown", &t));
  g_assert_cmpstr (bk_tightness_to_string (BK_TIGHTNESS_RIGHT), ==, "right");
  g_assert_cmpint (bk_tightness_tighter_side (BK_TIGHTNESS_RIGHT), ==, BK_SIDE_RIGHT);
  g_assert_cmpint (bk_tightness_tighter_side (BK_TIGHTNESS_EVEN), ==, BK_SIDE_NONE);

  /* Re-test after four weeks, not a day before. */
  g_assert_false (bk_tightness_retest_due (1000, 1027));
  g_assert_true (bk_tightness_retest_due (1000, 1028));
}

static GPtrArray *
load_shipped (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BACKSTRETCH_SOURCE_DIR"),
                                            "seeds", "stretches.ini", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  GPtrArray *catalogue;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  catalogue = bk_stretch_catalogue_parse (data, length, &error);
  g_assert_no_error (error);
  return catalogue;
}

static void
test_catalogue_shipped (void)
{
  g_autoptr(GPtrArray) catalogue = load_shipped ();
  const char *required[] = {
    "hamstrings-standing", "calf-wall", "hip-flexor-kneeling", "pigeon",
    "half-lord-of-the-fishes", "lizard", "childs-pose", "knee-to-chest",
    "plank", "side-plank", "glute-bridge", "band-row", "tennis-ball-release",
  };
  BkStretch *s;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      s = bk_stretch_catalogue_find (catalogue, required[i]);
      g_assert_nonnull (s);
      g_assert_cmpstr (s->instructions, !=, "");
      g_assert_cmpstr (s->after_run, !=, "");
      /* The routine player shows them during the hold. */
      g_assert_cmpstr (s->cautions, !=, "");
      g_assert_true (g_str_has_prefix (s->guide_section, "treatment#") ||
                     g_str_has_prefix (s->guide_section, "triggers#"));
    }

  /* Crow is an arm balance that needs open hips, not a stretch for a sore
   * back (issue 9): the catalogue leaves it out. */
  for (guint i = 0; i < catalogue->len; i++)
    g_assert_null (strstr (((BkStretch *) g_ptr_array_index (catalogue, i))->name, "Crow"));

  s = bk_stretch_catalogue_find (catalogue, "childs-pose");
  g_assert_false (s->sided);
  s = bk_stretch_catalogue_find (catalogue, "pigeon");
  g_assert_true (s->sided);
  g_assert_cmpint (s->kind, ==, BK_STRETCH_KIND_STRETCH);
  g_assert_true (g_strv_length (s->targets) >= 1);
  s = bk_stretch_catalogue_find (catalogue, "tennis-ball-release");
  g_assert_cmpint (s->kind, ==, BK_STRETCH_KIND_RELEASE);
  g_assert_cmpuint (s->hold_s, ==, 30);
  s = bk_stretch_catalogue_find (catalogue, "plank");
  g_assert_cmpint (s->kind, ==, BK_STRETCH_KIND_STRENGTH);
  /* Two hip stretches share one tightness test. */
  g_assert_cmpstr (bk_stretch_catalogue_find (catalogue, "lizard")->muscle, ==,
                   bk_stretch_catalogue_find (catalogue, "half-lord-of-the-fishes")->muscle);
}

static void
test_catalogue_errors (void)
{
  const char *bad[] = {
    "[x]\nName=X\nSided=true\nHold=30\n",                        /* no Reps */
    "[x]\nName=X\nSided=maybe\nHold=30\nReps=2\n",               /* bad boolean */
    "[x]\nName=X\nSided=true\nHold=0\nReps=2\n",                 /* zero hold */
    "[x]\nName=X\nSided=true\nHold=30\nReps=2\nKind=yoga\n",     /* bad kind */
    "[Bad Id]\nName=X\nSided=true\nHold=30\nReps=2\n",           /* bad id */
    "[x]\nName=\nSided=true\nHold=30\nReps=2\n",                 /* empty name */
    "not a key file",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) catalogue = bk_stretch_catalogue_parse (bad[i], -1, &error);

      g_assert_null (catalogue);
      g_assert_nonnull (error);
    }
}

static void
test_plan (void)
{
  g_autoptr(GPtrArray) stretches = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  g_autoptr(GHashTable) tightness = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) plan = NULL;
  BkStretch *calf = bk_stretch_new ("calf", "Calf", TRUE, 30, 2);
  BkPlanStep *step;

  g_ptr_array_add (stretches, calf);
  g_ptr_array_add (stretches, bk_stretch_new ("child", "Child's pose", FALSE, 60, 1));
  g_hash_table_insert (tightness, (gpointer) "calf", GINT_TO_POINTER (BK_TIGHTNESS_RIGHT));

  plan = bk_routine_plan (stretches, tightness, BK_TIMING_AFTER_RUN);
  g_assert_cmpuint (plan->len, ==, 3);
  step = &g_array_index (plan, BkPlanStep, 0);
  g_assert_true (step->stretch == calf);
  g_assert_cmpint (step->side, ==, BK_SIDE_RIGHT);
  g_assert_true (step->tighter);
  g_assert_cmpuint (step->total_s, ==, 90);
  step = &g_array_index (plan, BkPlanStep, 1);
  g_assert_cmpint (step->side, ==, BK_SIDE_LEFT);
  g_assert_false (step->tighter);
  step = &g_array_index (plan, BkPlanStep, 2);
  g_assert_cmpint (step->side, ==, BK_SIDE_NONE);
  g_assert_cmpuint (bk_routine_plan_total_s (plan), ==, 90 + 60 + 60);
}

/* Every static stretch the app ships, in a before-run routine: the looser
 * (or only) side holds at most 30 s, in holds of at most 30 s, and a
 * tighter side gets exactly half as long again. */
static void
test_plan_before_run_shipped (void)
{
  g_autoptr(GPtrArray) catalogue = load_shipped ();
  g_autoptr(GHashTable) tightness = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) plan = NULL;
  guint n_tighter = 0;

  for (guint i = 0; i < catalogue->len; i++)
    {
      BkStretch *s = g_ptr_array_index (catalogue, i);

      g_hash_table_insert (tightness, s->muscle, GINT_TO_POINTER (BK_TIGHTNESS_RIGHT));
    }
  plan = bk_routine_plan (catalogue, tightness, BK_TIMING_BEFORE_RUN);
  for (guint i = 0; i < plan->len; i++)
    {
      const BkPlanStep *step = &g_array_index (plan, BkPlanStep, i);
      BkSideDose dose = { step->side, step->reps, step->total_s, step->tighter };

      if (step->stretch->kind != BK_STRETCH_KIND_STRETCH)
        continue;
      g_test_message ("%s %s: %u s", step->stretch->id, bk_side_to_string (step->side), step->total_s);
      if (step->tighter)
        {
          const BkPlanStep *looser = &g_array_index (plan, BkPlanStep, i + 1);

          g_assert_cmpuint (step->total_s, ==, (3 * looser->total_s + 1) / 2);
          g_assert_cmpuint (step->total_s, <=, 45);
          n_tighter++;
        }
      else
        g_assert_cmpuint (step->total_s, <=, 30);
      for (guint r = 0; r < step->reps; r++)
        g_assert_cmpuint (bk_side_dose_rep_hold (&dose, r), <=, 30);
    }
  g_assert_cmpuint (n_tighter, >=, 5);
}

static void
test_streak (void)
{
  const guint32 days[] = { 105, 100, 103, 104, 104, 99 };
  const guint32 gap[] = { 98, 96 };

  g_assert_cmpuint (bk_stretch_streak (NULL, 0, 105), ==, 0);
  /* 103, 104, 105 (104 twice counts once); 100 is after a gap. */
  g_assert_cmpuint (bk_stretch_streak (days, G_N_ELEMENTS (days), 105), ==, 3);
  /* Today's session still to come: yesterday keeps the streak alive. */
  g_assert_cmpuint (bk_stretch_streak (days, G_N_ELEMENTS (days), 106), ==, 3);
  /* Two days without one: the streak is broken. */
  g_assert_cmpuint (bk_stretch_streak (days, G_N_ELEMENTS (days), 107), ==, 0);
  g_assert_cmpuint (bk_stretch_streak (gap, G_N_ELEMENTS (gap), 99), ==, 1);
  /* Two days back from 101: 100, 99, then 98 is missing from days[]. */
  g_assert_cmpuint (bk_stretch_streak (days, G_N_ELEMENTS (days), 101), ==, 2);
}

static void
test_routine (void)
{
  g_autoptr(GPtrArray) catalogue = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  g_autoptr(BkRoutine) routine = bk_routine_new ("After your run", BK_TIMING_AFTER_RUN);
  g_autoptr(BkRoutine) copy = NULL;
  g_autoptr(GPtrArray) resolved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (BK_ROUTINE_NAME_MAX + 1, 'x');

  g_ptr_array_add (catalogue, bk_stretch_new ("calf", "Calf", TRUE, 30, 2));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("calf"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("gone"));
  copy = bk_routine_copy (routine);
  g_assert_cmpuint (copy->stretch_ids->len, ==, 2);
  resolved = bk_routine_resolve (copy, catalogue);
  g_assert_cmpuint (resolved->len, ==, 1);

  g_assert_true (bk_routine_name_is_valid ("Daily back care", NULL));
  g_assert_false (bk_routine_name_is_valid ("   ", &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (bk_routine_name_is_valid (long_name, &error));
  g_assert_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stretch/dose/example", test_dose_example);
  g_test_add_func ("/stretch/dose/uneven", test_dose_uneven);
  g_test_add_func ("/stretch/dose/even-unknown", test_dose_even_and_unknown);
  g_test_add_func ("/stretch/dose/central", test_dose_central);
  g_test_add_func ("/stretch/dose/before-run", test_dose_before_run);
  g_test_add_func ("/stretch/dose/strength", test_dose_strength_unweighted);
  g_test_add_func ("/stretch/tightness", test_tightness);
  g_test_add_func ("/stretch/catalogue/shipped", test_catalogue_shipped);
  g_test_add_func ("/stretch/catalogue/errors", test_catalogue_errors);
  g_test_add_func ("/stretch/plan", test_plan);
  g_test_add_func ("/stretch/plan/before-run-shipped", test_plan_before_run_shipped);
  g_test_add_func ("/stretch/streak", test_streak);
  g_test_add_func ("/stretch/routine", test_routine);
  return g_test_run ();
}
