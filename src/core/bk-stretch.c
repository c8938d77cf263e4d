/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-stretch"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bk-core-error.h"
#include "bk-stretch.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

G_DEFINE_BOXED_TYPE (BkStretch, bk_stretch, bk_stretch_copy, bk_stretch_free)

/* Limits shared with the store's CHECK constraints. */
#define MAX_HOLD_S 600
#define MAX_REPS   20

BkStretch *
bk_stretch_new (const char *id,
                const char *name,
                gboolean    sided,
                guint       hold_s,
                guint       reps)
{
  BkStretch *self = g_new0 (BkStretch, 1);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->muscle = g_strdup (id);
  self->targets = g_new0 (char *, 1);
  self->sided = !!sided;
  self->kind = BK_STRETCH_KIND_STRETCH;
  self->hold_s = hold_s;
  self->reps = reps;
  self->instructions = g_strdup ("");
  self->before_run = g_strdup ("");
  self->after_run = g_strdup ("");
  self->cautions = g_strdup ("");
  self->guide_section = g_strdup ("treatment#stretches");
  return self;
}

BkStretch *
bk_stretch_copy (const BkStretch *self)
{
  BkStretch *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (BkStretch, 1);
  *copy = *self;
  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  copy->muscle = g_strdup (self->muscle);
  copy->targets = g_strdupv (self->targets);
  copy->instructions = g_strdup (self->instructions);
  copy->before_run = g_strdup (self->before_run);
  copy->after_run = g_strdup (self->after_run);
  copy->cautions = g_strdup (self->cautions);
  copy->guide_section = g_strdup (self->guide_section);
  return copy;
}

void
bk_stretch_free (BkStretch *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->name);
  g_free (self->muscle);
  g_strfreev (self->targets);
  g_free (self->instructions);
  g_free (self->before_run);
  g_free (self->after_run);
  g_free (self->cautions);
  g_free (self->guide_section);
  g_free (self);
}

static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
bk_stretch_validate (const BkStretch  *self,
                     GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!id_is_valid (self->id))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("Stretch id “%s” must be 1 to 64 lower-case letters, digits or dashes"),
                   self->id != NULL ? self->id : "");
      return FALSE;
    }
  {
    g_autofree char *stripped = g_strstrip (g_strdup (self->name != NULL ? self->name : ""));

    if (*stripped == '\0')
      {
        g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                     _("Stretch “%s” needs a name"), self->id);
        return FALSE;
      }
  }
  if (self->hold_s < 1 || self->hold_s > MAX_HOLD_S)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Hold for “%s” must be 1 to %d seconds"), self->id, MAX_HOLD_S);
      return FALSE;
    }
  if (self->reps < 1 || self->reps > MAX_REPS)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("Repetitions for “%s” must be 1 to %d"), self->id, MAX_REPS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
kind_from_string (const char    *text,
                  BkStretchKind *out)
{
  int value;

  if (!bk_enum_from_nick (BK_TYPE_STRETCH_KIND, text, &value))
    return FALSE;
  *out = value;
  return TRUE;
}

static char *
get_string (GKeyFile   *keyfile,
            const char *group,
            const char *key)
{
  char *value = g_key_file_get_locale_string (keyfile, group, key, NULL, NULL);

  return value != NULL ? value : g_strdup ("");
}

static BkStretch *
parse_group (GKeyFile    *keyfile,
             const char  *group,
             GError     **error)
{
  g_autoptr(BkStretch) stretch = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *name = NULL;
  int hold, reps;
  gboolean sided;

  name = g_key_file_get_locale_string (keyfile, group, "Name", NULL, &local_error);
  if (name == NULL)
    goto fail;
  sided = g_key_file_get_boolean (keyfile, group, "Sided", &local_error);
  if (local_error != NULL)
    goto fail;
  hold = g_key_file_get_integer (keyfile, group, "Hold", &local_error);
  if (local_error != NULL)
    goto fail;
  reps = g_key_file_get_integer (keyfile, group, "Reps", &local_error);
  if (local_error != NULL)
    goto fail;

  stretch = bk_stretch_new (group, name, sided, MAX (hold, 0), MAX (reps, 0));
  g_free (stretch->muscle);
  stretch->muscle = g_key_file_get_string (keyfile, group, "Muscle", NULL);
  if (stretch->muscle == NULL)
    stretch->muscle = g_strdup (group);
  g_strfreev (stretch->targets);
  stretch->targets = g_key_file_get_locale_string_list (keyfile, group, "Targets", NULL, NULL, NULL);
  if (stretch->targets == NULL)
    stretch->targets = g_new0 (char *, 1);

  kind = g_key_file_get_string (keyfile, group, "Kind", NULL);
  if (kind != NULL && !kind_from_string (kind, &stretch->kind))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                   _("Stretch “%s”: kind “%s” is not stretch, strength or release"),
                   group, kind);
      return NULL;
    }

#define TAKE(field, key) g_free (stretch->field); stretch->field = get_string (keyfile, group, key)
  TAKE (instructions, "Instructions");
  TAKE (before_run, "BeforeRun");
  TAKE (after_run, "AfterRun");
  TAKE (cautions, "Cautions");
#undef TAKE
  g_free (stretch->guide_section);
  stretch->guide_section = g_key_file_get_string (keyfile, group, "Guide", NULL);
  if (stretch->guide_section == NULL)
    stretch->guide_section = g_strdup ("treatment#stretches");

  if (!bk_stretch_validate (stretch, error))
    return NULL;
  return g_steal_pointer (&stretch);

fail:
  g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
               _("Stretch “%s”: %s"), group, local_error->message);
  return NULL;
}

/**
 * bk_stretch_catalogue_parse:
 *
 * Reads the catalogue, a key file with one group per stretch whose name is
 * the stretch's stable id. Fails on the first bad entry, naming it, so a
 * broken seed file is caught by the tests rather than by a user.
 *
 * Returns: (transfer full) (element-type BkStretch): the stretches in file order
 */
GPtrArray *
bk_stretch_catalogue_parse (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GPtrArray) catalogue = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  g_auto(GStrv) groups = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_key_file_load_from_data (keyfile, data, length, G_KEY_FILE_NONE, error))
    return NULL;

  groups = g_key_file_get_groups (keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      BkStretch *stretch;

      if (bk_stretch_catalogue_find (catalogue, groups[i]) != NULL)
        {
          g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                       _("Stretch id “%s” appears twice"), groups[i]);
          return NULL;
        }
      stretch = parse_group (keyfile, groups[i], error);
      if (stretch == NULL)
        return NULL;
      g_ptr_array_add (catalogue, stretch);
    }
  return g_steal_pointer (&catalogue);
}

BkStretch *
bk_stretch_catalogue_find (GPtrArray  *catalogue,
                           const char *id)
{
  g_return_val_if_fail (catalogue != NULL, NULL);

  for (guint i = 0; i < catalogue->len; i++)
    {
      BkStretch *stretch = g_ptr_array_index (catalogue, i);

      if (g_strcmp0 (stretch->id, id) == 0)
        return stretch;
    }
  return NULL;
}

const char *
bk_tightness_to_string (BkTightness tightness)
{
  return bk_enum_to_nick_or (BK_TYPE_TIGHTNESS, tightness, BK_TIGHTNESS_UNKNOWN);
}

/* "unknown" is what an untested side reads as, never a stored answer. */
gboolean
bk_tightness_from_string (const char  *text,
                          BkTightness *out)
{
  int value;

  if (!bk_enum_from_nick (BK_TYPE_TIGHTNESS, text, &value) || value == BK_TIGHTNESS_UNKNOWN)
    return FALSE;
  *out = value;
  return TRUE;
}

BkSide
bk_tightness_tighter_side (BkTightness tightness)
{
  switch (tightness)
    {
    case BK_TIGHTNESS_LEFT:
      return BK_SIDE_LEFT;
    case BK_TIGHTNESS_RIGHT:
      return BK_SIDE_RIGHT;
    case BK_TIGHTNESS_EVEN:
    case BK_TIGHTNESS_UNKNOWN:
    default:
      return BK_SIDE_NONE;
    }
}

gboolean
bk_tightness_retest_due (guint32 tested_julian,
                         guint32 today_julian)
{
  return today_julian >= tested_julian + BK_TIGHTNESS_RETEST_DAYS;
}

const char *
bk_side_to_string (BkSide side)
{
  return bk_enum_to_nick_or (BK_TYPE_SIDE, side, BK_SIDE_NONE);
}

static guint
ceil_div (guint a,
          guint b)
{
  return (a + b - 1) / b;
}

/**
 * bk_stretch_dose:
 *
 * The per-side dose of one stretch. For a sided stretch with a known tighter
 * side, that side gets one and a half times the looser side's total time, in
 * whole repetitions of about the usual hold (reps = ceil (T / hold)), and
 * comes first. Before a run the looser side's static total, and every single
 * hold, is capped at BK_BEFORE_RUN_CAP_S, because long static holds blunt
 * performance; the tighter side then gets 1.5 x the capped total. Strength
 * and release work is not capped and never weighted.
 */
void
bk_stretch_dose (guint          hold_s,
                 guint          reps,
                 gboolean       sided,
                 BkStretchKind  kind,
                 BkTightness    tightness,
                 BkTiming       timing,
                 BkDose        *out)
{
  gboolean is_stretch = kind == BK_STRETCH_KIND_STRETCH;
  BkSide tighter = is_stretch ? bk_tightness_tighter_side (tightness) : BK_SIDE_NONE;
  guint loose_total, loose_reps;

  g_return_if_fail (out != NULL);

  hold_s = MAX (hold_s, 1);
  reps = MAX (reps, 1);
  loose_total = hold_s * reps;
  loose_reps = reps;
  if (is_stretch && timing == BK_TIMING_BEFORE_RUN)
    {
      /* No single hold past the cap either, on either side. */
      hold_s = MIN (hold_s, BK_BEFORE_RUN_CAP_S);
      if (loose_total > BK_BEFORE_RUN_CAP_S)
        {
          loose_total = BK_BEFORE_RUN_CAP_S;
          loose_reps = ceil_div (loose_total, hold_s);
        }
    }

  memset (out, 0, sizeof *out);
  if (!sided)
    {
      out->n_sides = 1;
      out->sides[0] = (BkSideDose) { BK_SIDE_NONE, loose_reps, loose_total, FALSE };
      return;
    }

  out->n_sides = 2;
  if (tighter == BK_SIDE_NONE)
    {
      out->sides[0] = (BkSideDose) { BK_SIDE_LEFT, loose_reps, loose_total, FALSE };
      out->sides[1] = (BkSideDose) { BK_SIDE_RIGHT, loose_reps, loose_total, FALSE };
    }
  else
    {
      /* 1.5 x, rounded up to whole seconds. */
      guint tight_total = (3 * loose_total + 1) / 2;
      guint tight_reps = ceil_div (tight_total, hold_s);

      out->sides[0] = (BkSideDose) { tighter, tight_reps, tight_total, TRUE };
      out->sides[1] = (BkSideDose) {
        tighter == BK_SIDE_LEFT ? BK_SIDE_RIGHT : BK_SIDE_LEFT,
        loose_reps, loose_total, FALSE
      };
    }
}

/* The hold of repetition @rep (0-based): whole seconds that add up exactly
 * to the side's total, the longer ones last. */
guint
bk_side_dose_rep_hold (const BkSideDose *dose,
                       guint             rep)
{
  g_return_val_if_fail (dose != NULL && dose->reps > 0, 0);
  g_return_val_if_fail (rep < dose->reps, 0);

  return dose->total_s * (rep + 1) / dose->reps - dose->total_s * rep / dose->reps;
}

guint
bk_dose_total_s (const BkDose *dose)
{
  guint total = 0;

  g_return_val_if_fail (dose != NULL, 0);

  for (guint i = 0; i < dose->n_sides; i++)
    total += dose->sides[i].total_s;
  return total;
}

/**
 * bk_routine_plan:
 * @stretches: (element-type BkStretch): the routine's items in order
 * @tightness: (nullable): muscle id -> GINT_TO_POINTER (BkTightness)
 * @timing: before or after a run
 *
 * Expands a routine into the steps the player runs: each stretch once per
 * side, the tighter side first.
 *
 * Returns: (transfer full) (element-type BkPlanStep): the steps; they borrow
 *   the stretches, which must outlive the array
 */
GArray *
bk_routine_plan (GPtrArray  *stretches,
                 GHashTable *tightness,
                 BkTiming    timing)
{
  GArray *plan = g_array_new (FALSE, TRUE, sizeof (BkPlanStep));

  g_return_val_if_fail (stretches != NULL, plan);

  for (guint i = 0; i < stretches->len; i++)
    {
      const BkStretch *stretch = g_ptr_array_index (stretches, i);
      BkTightness t = BK_TIGHTNESS_UNKNOWN;
      BkDose dose;

      if (tightness != NULL && stretch->muscle != NULL)
        t = GPOINTER_TO_INT (g_hash_table_lookup (tightness, stretch->muscle));
      bk_stretch_dose (stretch->hold_s, stretch->reps, stretch->sided, stretch->kind,
                       t, timing, &dose);
      for (guint s = 0; s < dose.n_sides; s++)
        {
          BkPlanStep step = {
            .stretch = stretch,
            .side = dose.sides[s].side,
            .reps = dose.sides[s].reps,
            .total_s = dose.sides[s].total_s,
            .tighter = dose.sides[s].tighter,
          };
          g_array_append_val (plan, step);
        }
    }
  return plan;
}

guint
bk_routine_plan_total_s (GArray *plan)
{
  guint total = 0;

  g_return_val_if_fail (plan != NULL, 0);

  for (guint i = 0; i < plan->len; i++)
    total += g_array_index (plan, BkPlanStep, i).total_s;
  return total;
}
