/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-entry"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-date.h"
#include "bk-pain-entry.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

struct _BkPainEntry
{
  GObject        parent_instance;

  gint64         id;
  GDateTime     *when;
  BkPainContext  context;
  /* 0 = not given; only meaningful during a run. */
  int            minutes_in;
  /* 0 = not linked to a run. */
  gint64         run_id;
  /* -1 = not chosen yet. */
  int            rating;
  guint          locations;
  guint          character;
  BkAnswer       signs[BK_N_WARNING_SIGNS];
  BkAnswer       triggers[BK_N_PAIN_TRIGGERS];
  char          *notes;
};

G_DEFINE_FINAL_TYPE (BkPainEntry, bk_pain_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WHEN,
  PROP_TIMESTAMP,
  PROP_RATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bk_pain_entry_finalize (GObject *object)
{
  BkPainEntry *self = (BkPainEntry *)object;

  g_clear_pointer (&self->when, g_date_time_unref);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (bk_pain_entry_parent_class)->finalize (object);
}

static void
bk_pain_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BkPainEntry *self = BK_PAIN_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_WHEN:
      g_value_set_boxed (value, self->when);
      break;
    case PROP_TIMESTAMP:
      g_value_set_int64 (value, bk_pain_entry_get_timestamp (self));
      break;
    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_entry_class_init (BkPainEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bk_pain_entry_finalize;
  object_class->get_property = bk_pain_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHEN] =
    g_param_spec_boxed ("when", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMESTAMP] =
    g_param_spec_int64 ("timestamp", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL, G_MININT, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bk_pain_entry_init (BkPainEntry *self)
{
  self->rating = -1;
  self->notes = g_strdup ("");
}

/**
 * bk_pain_entry_new:
 * @when: when the pain was felt, in the runner's local time
 * @rating: 0 (no pain) to 10 (worst imaginable), or -1 when not chosen yet
 */
BkPainEntry *
bk_pain_entry_new (GDateTime     *when,
                   BkPainContext  context,
                   int            rating)
{
  BkPainEntry *self;

  g_return_val_if_fail (when != NULL, NULL);

  self = g_object_new (BK_TYPE_PAIN_ENTRY, NULL);
  self->when = g_date_time_ref (when);
  self->context = context;
  self->rating = rating;
  return self;
}

BkPainEntry *
bk_pain_entry_copy (BkPainEntry *self)
{
  BkPainEntry *copy;

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), NULL);

  copy = bk_pain_entry_new (self->when, self->context, self->rating);
  copy->id = self->id;
  copy->minutes_in = self->minutes_in;
  copy->run_id = self->run_id;
  copy->locations = self->locations;
  copy->character = self->character;
  memcpy (copy->signs, self->signs, sizeof self->signs);
  memcpy (copy->triggers, self->triggers, sizeof self->triggers);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  return copy;
}

gint64
bk_pain_entry_get_id (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return self->id;
}

void
bk_pain_entry_set_id (BkPainEntry *self,
                      gint64       id)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GDateTime *
bk_pain_entry_get_when (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), NULL);
  return self->when;
}

void
bk_pain_entry_set_when (BkPainEntry *self,
                        GDateTime   *when)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  g_return_if_fail (when != NULL);

  if (g_date_time_equal (self->when, when) &&
      g_date_time_get_utc_offset (self->when) == g_date_time_get_utc_offset (when))
    return;
  g_clear_pointer (&self->when, g_date_time_unref);
  self->when = g_date_time_ref (when);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHEN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMESTAMP]);
}

gint64
bk_pain_entry_get_timestamp (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return g_date_time_to_unix (self->when);
}

guint32
bk_pain_entry_get_julian (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return bk_date_julian_of (self->when);
}

BkPainContext
bk_pain_entry_get_context (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), BK_PAIN_CONTEXT_AT_REST);
  return self->context;
}

void
bk_pain_entry_set_context (BkPainEntry   *self,
                           BkPainContext  context)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  self->context = context;
}

int
bk_pain_entry_get_minutes_in (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return self->minutes_in;
}

void
bk_pain_entry_set_minutes_in (BkPainEntry *self,
                              int          minutes)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  self->minutes_in = minutes;
}

gint64
bk_pain_entry_get_run_id (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return self->run_id;
}

void
bk_pain_entry_set_run_id (BkPainEntry *self,
                          gint64       run_id)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  self->run_id = MAX (run_id, 0);
}

int
bk_pain_entry_get_rating (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), -1);
  return self->rating;
}

void
bk_pain_entry_set_rating (BkPainEntry *self,
                          int          rating)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  if (self->rating == rating)
    return;
  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

guint
bk_pain_entry_get_locations (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return self->locations;
}

void
bk_pain_entry_set_locations (BkPainEntry *self,
                             guint        locations)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  self->locations = locations;
}

guint
bk_pain_entry_get_character (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);
  return self->character;
}

void
bk_pain_entry_set_character (BkPainEntry *self,
                             guint        character)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  self->character = character;
}

/* The old emergency bits and the signs each one stands for. */
static const struct {
  guint         bit;
  BkWarningSign signs[2];
  guint         n_signs;
} emergency_bits[] = {
  { BK_PAIN_EMERGENCY_BLADDER_BOWEL, { BK_WARNING_SIGN_BLADDER, BK_WARNING_SIGN_BOWEL }, 2 },
  { BK_PAIN_EMERGENCY_SADDLE_NUMBNESS, { BK_WARNING_SIGN_SADDLE_NUMBNESS }, 1 },
  { BK_PAIN_EMERGENCY_PROGRESSIVE_WEAKNESS, { BK_WARNING_SIGN_LEG_WEAKNESS }, 1 },
  { BK_PAIN_EMERGENCY_BOTH_LEGS, { BK_WARNING_SIGN_BOTH_LEGS }, 1 },
};

guint
bk_pain_entry_get_emergency (BkPainEntry *self)
{
  guint mask = 0;

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), 0);

  for (guint i = 0; i < G_N_ELEMENTS (emergency_bits); i++)
    for (guint j = 0; j < emergency_bits[i].n_signs; j++)
      if (self->signs[emergency_bits[i].signs[j]] == BK_ANSWER_YES)
        mask |= emergency_bits[i].bit;
  return mask;
}

void
bk_pain_entry_set_emergency (BkPainEntry *self,
                             guint        emergency)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));

  for (guint i = 0; i < G_N_ELEMENTS (emergency_bits); i++)
    for (guint j = 0; j < emergency_bits[i].n_signs; j++)
      {
        BkAnswer *answer = &self->signs[emergency_bits[i].signs[j]];

        if (emergency & emergency_bits[i].bit)
          *answer = BK_ANSWER_YES;
        else if (*answer == BK_ANSWER_YES)
          *answer = BK_ANSWER_UNANSWERED;
      }
}

BkAnswer
bk_pain_entry_get_warning_sign (BkPainEntry   *self,
                                BkWarningSign  sign)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), BK_ANSWER_UNANSWERED);
  g_return_val_if_fail ((guint) sign < BK_N_WARNING_SIGNS, BK_ANSWER_UNANSWERED);
  return self->signs[sign];
}

void
bk_pain_entry_set_warning_sign (BkPainEntry   *self,
                                BkWarningSign  sign,
                                BkAnswer       answer)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  g_return_if_fail ((guint) sign < BK_N_WARNING_SIGNS);
  g_return_if_fail (answer <= BK_ANSWER_NO);
  self->signs[sign] = answer;
}

void
bk_pain_entry_answer_no_warning_signs (BkPainEntry *self)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    self->signs[i] = BK_ANSWER_NO;
}

gboolean
bk_pain_entry_get_warning_signs_answered (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), FALSE);
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    if (self->signs[i] == BK_ANSWER_UNANSWERED)
      return FALSE;
  return TRUE;
}

gboolean
bk_pain_entry_has_emergency_sign (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), FALSE);
  for (guint i = 0; i < BK_N_EMERGENCY_SIGNS; i++)
    if (self->signs[i] == BK_ANSWER_YES)
      return TRUE;
  return FALSE;
}

gboolean
bk_pain_entry_has_leg_signs (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), FALSE);
  return (self->character & BK_PAIN_CHARACTER_LEG_SIGNS) != 0;
}

BkAnswer
bk_pain_entry_get_trigger (BkPainEntry   *self,
                           BkPainTrigger  trigger)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), BK_ANSWER_UNANSWERED);
  g_return_val_if_fail (trigger < BK_N_PAIN_TRIGGERS, BK_ANSWER_UNANSWERED);
  return self->triggers[trigger];
}

void
bk_pain_entry_set_trigger (BkPainEntry   *self,
                           BkPainTrigger  trigger,
                           BkAnswer       answer)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  g_return_if_fail (trigger < BK_N_PAIN_TRIGGERS);
  g_return_if_fail (answer <= BK_ANSWER_NO);
  self->triggers[trigger] = answer;
}

const char *
bk_pain_entry_get_notes (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), NULL);
  return self->notes;
}

void
bk_pain_entry_set_notes (BkPainEntry *self,
                         const char  *notes)
{
  g_return_if_fail (BK_IS_PAIN_ENTRY (self));
  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
}

/**
 * bk_pain_entry_asks_emergency:
 *
 * The old rule for showing the emergency questions: the pain is severe or
 * reaches into the legs. Every entry asks the warning signs now (issue 9);
 * this stays only until the form stops calling it.
 */
gboolean
bk_pain_entry_asks_emergency (BkPainEntry *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), FALSE);
  return self->rating >= BK_PAIN_RATING_SEVERE ||
         (self->character & BK_PAIN_CHARACTER_INTO_LEGS) != 0 ||
         bk_pain_entry_has_emergency_sign (self);
}

static gboolean
fail (BkPainField  field,
      BkPainField *out_field,
      GError     **error,
      int          code,
      const char  *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, BK_CORE_ERROR, code, message);
  return FALSE;
}

/**
 * bk_pain_entry_validate:
 * @now: the current time; entries may not lie in the future
 * @out_field: (out) (optional): the part of the form that is wrong
 *
 * Checks the ranges the store enforces, plus answers that contradict each
 * other. The first problem found is reported.
 */
gboolean
bk_pain_entry_validate (BkPainEntry  *self,
                        GDateTime    *now,
                        BkPainField  *out_field,
                        GError      **error)
{
  g_autoptr(GDateTime) limit = NULL;

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (out_field != NULL)
    *out_field = BK_PAIN_FIELD_NONE;

  /* A few minutes' grace for a clock read a moment before saving. */
  limit = g_date_time_add_minutes (now, 5);
  if (g_date_time_compare (self->when, limit) > 0)
    return fail (BK_PAIN_FIELD_WHEN, out_field, error, BK_CORE_ERROR_OUT_OF_RANGE,
                 _("The time is in the future; record pain you have already felt"));

  if ((guint) self->context >= BK_N_PAIN_CONTEXTS)
    return fail (BK_PAIN_FIELD_WHEN, out_field, error, BK_CORE_ERROR_INVALID,
                 _("Choose when the pain came: during a run, after a run, the next morning or at rest"));

  if (self->rating == -1)
    return fail (BK_PAIN_FIELD_RATING, out_field, error, BK_CORE_ERROR_EMPTY,
                 _("Choose how much it hurts, from 0 (no pain) to 10 (worst imaginable)"));
  if (self->rating < BK_PAIN_RATING_MIN || self->rating > BK_PAIN_RATING_MAX)
    return fail (BK_PAIN_FIELD_RATING, out_field, error, BK_CORE_ERROR_OUT_OF_RANGE,
                 _("The rating must be a whole number from 0 (no pain) to 10 (worst imaginable)"));

  if (self->context == BK_PAIN_CONTEXT_DURING_RUN)
    {
      if (self->minutes_in == 0)
        return fail (BK_PAIN_FIELD_MINUTES, out_field, error, BK_CORE_ERROR_EMPTY,
                     _("Enter how many minutes into the run the pain began"));
      if (self->minutes_in < BK_PAIN_MINUTES_MIN || self->minutes_in > BK_PAIN_MINUTES_MAX)
        return fail (BK_PAIN_FIELD_MINUTES, out_field, error, BK_CORE_ERROR_OUT_OF_RANGE,
                     _("Minutes into the run must be between 1 and 600"));
    }
  else if (self->minutes_in != 0)
    return fail (BK_PAIN_FIELD_MINUTES, out_field, error, BK_CORE_ERROR_INVALID,
                 _("Minutes into the run only apply to pain that began during a run"));

  if ((self->locations & ~BK_PAIN_LOCATION_ALL) != 0)
    return fail (BK_PAIN_FIELD_LOCATIONS, out_field, error, BK_CORE_ERROR_INVALID,
                 _("Unknown place on the back"));
  if ((self->character & ~BK_PAIN_CHARACTER_ALL) != 0)
    return fail (BK_PAIN_FIELD_CHARACTER, out_field, error, BK_CORE_ERROR_INVALID,
                 _("Unknown description of the pain"));
  if ((self->character & BK_PAIN_CHARACTER_NO_SPREAD) != 0 &&
      (self->character & BK_PAIN_CHARACTER_SPREADS) != 0)
    return fail (BK_PAIN_FIELD_CHARACTER, out_field, error, BK_CORE_ERROR_INVALID,
                 _("“Stays in the back” contradicts pain spreading to the buttock, thigh or below the knee: untick one"));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    if (self->signs[i] > BK_ANSWER_NO)
      return fail (BK_PAIN_FIELD_EMERGENCY, out_field, error, BK_CORE_ERROR_INVALID,
                   _("A warning sign answer must be yes, no or not asked"));
  /* Symptoms in both legs reach the legs, so "stays in the back" with
   * nothing in the legs is a slip to correct, not a fact to store. */
  if (self->signs[BK_WARNING_SIGN_BOTH_LEGS] == BK_ANSWER_YES &&
      (self->character & BK_PAIN_CHARACTER_NO_SPREAD) != 0 &&
      (self->character & BK_PAIN_CHARACTER_INTO_LEGS) == 0)
    return fail (BK_PAIN_FIELD_CHARACTER, out_field, error, BK_CORE_ERROR_INVALID,
                 _("Symptoms in both legs contradict “stays in the back”: untick one"));

  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    if (self->triggers[i] > BK_ANSWER_NO)
      return fail (BK_PAIN_FIELD_TRIGGERS, out_field, error, BK_CORE_ERROR_INVALID,
                   _("A trigger answer must be yes, no or unanswered"));

  if (g_utf8_strlen (self->notes, -1) > BK_PAIN_NOTES_MAX)
    return fail (BK_PAIN_FIELD_NOTES, out_field, error, BK_CORE_ERROR_OUT_OF_RANGE,
                 _("Notes are limited to 10,000 characters"));

  return TRUE;
}

int
bk_pain_entry_compare_newest_first (gconstpointer a,
                                    gconstpointer b,
                                    gpointer      user_data)
{
  BkPainEntry *ea = (BkPainEntry *) a;
  BkPainEntry *eb = (BkPainEntry *) b;
  gint64 ta = bk_pain_entry_get_timestamp (ea);
  gint64 tb = bk_pain_entry_get_timestamp (eb);

  if (ta != tb)
    return ta < tb ? 1 : -1;
  return ea->id < eb->id ? 1 : ea->id > eb->id ? -1 : 0;
}

const char *
bk_pain_context_to_string (BkPainContext context)
{
  g_return_val_if_fail ((guint) context < BK_N_PAIN_CONTEXTS, NULL);
  return bk_enum_to_nick (BK_TYPE_PAIN_CONTEXT, context);
}

gboolean
bk_pain_context_from_string (const char    *name,
                             BkPainContext *out_context)
{
  int value;

  if (!bk_enum_from_nick (BK_TYPE_PAIN_CONTEXT, name, &value))
    return FALSE;
  *out_context = value;
  return TRUE;
}

const char *
bk_pain_context_get_label (BkPainContext context)
{
  switch (context)
    {
    case BK_PAIN_CONTEXT_DURING_RUN:
      return _("During a run");
    case BK_PAIN_CONTEXT_AFTER_RUN:
      return _("After a run");
    case BK_PAIN_CONTEXT_NEXT_MORNING:
      return _("The next morning");
    case BK_PAIN_CONTEXT_AT_REST:
      return _("At rest");
    case BK_N_PAIN_CONTEXTS:
    default:
      return "";
    }
}

const char *
bk_pain_location_get_label (BkPainLocation location)
{
  switch (location)
    {
    case BK_PAIN_LOCATION_CENTRAL_LOWER_BACK:
      return _("Centre of the lower back");
    case BK_PAIN_LOCATION_LEFT_LOWER_BACK:
      return _("Left lower back");
    case BK_PAIN_LOCATION_RIGHT_LOWER_BACK:
      return _("Right lower back");
    case BK_PAIN_LOCATION_LEFT_SI_JOINT:
      return _("Left sacroiliac joint (bony knob)");
    case BK_PAIN_LOCATION_RIGHT_SI_JOINT:
      return _("Right sacroiliac joint (bony knob)");
    case BK_PAIN_LOCATION_LEFT_BUTTOCK:
      return _("Left buttock");
    case BK_PAIN_LOCATION_RIGHT_BUTTOCK:
      return _("Right buttock");
    default:
      return "";
    }
}

/* Stable names for machine-readable output (JSON, CSV). */
const char *
bk_pain_location_to_string (BkPainLocation location)
{
  return bk_flag_to_nick (BK_TYPE_PAIN_LOCATION, location);
}

const char *
bk_pain_character_get_label (BkPainCharacter character)
{
  switch (character)
    {
    case BK_PAIN_CHARACTER_NO_SPREAD:
      return _("Stays in the back");
    case BK_PAIN_CHARACTER_SPREADS_BUTTOCK:
      return _("Spreads to the buttock");
    case BK_PAIN_CHARACTER_SPREADS_THIGH:
      return _("Spreads to the thigh");
    case BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE:
      return _("Spreads below the knee");
    case BK_PAIN_CHARACTER_TINGLING:
      return _("Tingling in a leg");
    case BK_PAIN_CHARACTER_NUMBNESS:
      return _("Numbness in a leg");
    case BK_PAIN_CHARACTER_LEG_WEAKNESS:
      return _("Weakness in a leg");
    case BK_PAIN_CHARACTER_WORSE_LEANING_BACK:
      return _("Worse when leaning backwards");
    case BK_PAIN_CHARACTER_WORSE_LEANING_SIDEWAYS:
      return _("Worse when leaning sideways");
    case BK_PAIN_CHARACTER_SHOES_HARD:
      return _("Hard to put shoes on while sitting");
    case BK_PAIN_CHARACTER_STIFFNESS:
      return _("Stiff back");
    case BK_PAIN_CHARACTER_KNOTS:
      return _("Knots of tight muscle");
    default:
      return "";
    }
}

const char *
bk_pain_emergency_get_label (BkPainEmergency emergency)
{
  switch (emergency)
    {
    case BK_PAIN_EMERGENCY_BLADDER_BOWEL:
      return _("New trouble controlling your bladder or bowels");
    case BK_PAIN_EMERGENCY_SADDLE_NUMBNESS:
      return _("Numbness between your legs or around your bottom (saddle area)");
    case BK_PAIN_EMERGENCY_PROGRESSIVE_WEAKNESS:
      return _("Legs getting weaker, or trouble walking");
    case BK_PAIN_EMERGENCY_BOTH_LEGS:
      return _("Pain, tingling or numbness in both legs");
    default:
      return "";
    }
}

const char *
bk_pain_trigger_get_question (BkPainTrigger trigger)
{
  switch (trigger)
    {
    case BK_PAIN_TRIGGER_TRAVEL:
      return _("Travelled or slept in an unfamiliar bed lately?");
    case BK_PAIN_TRIGGER_TRAINING_INCREASE:
      return _("Increased your training, or a few weeks into a new plan?");
    case BK_PAIN_TRIGGER_SHOES:
      return _("Shoes worn out, or new?");
    case BK_PAIN_TRIGGER_CORE_WORK:
      return _("Done core strength work lately?");
    case BK_PAIN_TRIGGER_PAST_INJURY:
      return _("Injured a foot, knee or hip in the last two years?");
    case BK_PAIN_TRIGGER_HILLS:
      return _("Run a lot of hills?");
    case BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER:
      return _("Tighter on one side?");
    case BK_PAIN_TRIGGER_SEEN_PROFESSIONAL:
      return _("Seen a physio or osteopath about it?");
    case BK_N_PAIN_TRIGGERS:
    default:
      return "";
    }
}

const char *
bk_pain_trigger_to_string (BkPainTrigger trigger)
{
  g_return_val_if_fail ((guint) trigger < BK_N_PAIN_TRIGGERS, NULL);
  return bk_enum_to_nick (BK_TYPE_PAIN_TRIGGER, trigger);
}

/* Bands for display only; the raw number is what is stored. */
const char *
bk_pain_rating_get_band_label (int rating)
{
  if (rating <= 0)
    return _("No pain");
  if (rating <= 3)
    return _("Mild");
  if (rating <= 6)
    return _("Moderate");
  return _("Severe");
}

/**
 * bk_pain_entry_describe_locations:
 *
 * Returns: (transfer full): the ticked places, comma separated, or an
 *   empty string
 */
char *
bk_pain_entry_describe_locations (BkPainEntry *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (self), NULL);

  for (guint i = 0; i < BK_N_PAIN_LOCATIONS; i++)
    if (self->locations & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, bk_pain_location_get_label (1u << i));
      }
  return g_string_free (text, FALSE);
}
