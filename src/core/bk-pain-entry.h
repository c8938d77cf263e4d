/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-core-error.h"
#include "bk-warning-sign.h"

G_BEGIN_DECLS

/* When in the day's running the pain was felt. */
typedef enum {
  BK_PAIN_CONTEXT_DURING_RUN,
  BK_PAIN_CONTEXT_AFTER_RUN,
  BK_PAIN_CONTEXT_NEXT_MORNING,
  BK_PAIN_CONTEXT_AT_REST,
  BK_N_PAIN_CONTEXTS, /*< skip >*/
} BkPainContext;

/* Where it hurts, seen from behind. Flags, so several can be ticked. */
typedef enum {
  BK_PAIN_LOCATION_CENTRAL_LOWER_BACK = 1 << 0,
  BK_PAIN_LOCATION_LEFT_LOWER_BACK    = 1 << 1,
  BK_PAIN_LOCATION_RIGHT_LOWER_BACK   = 1 << 2,
  BK_PAIN_LOCATION_LEFT_SI_JOINT      = 1 << 3, /*< nick=left-sacroiliac-joint >*/
  BK_PAIN_LOCATION_RIGHT_SI_JOINT     = 1 << 4, /*< nick=right-sacroiliac-joint >*/
  BK_PAIN_LOCATION_LEFT_BUTTOCK       = 1 << 5,
  BK_PAIN_LOCATION_RIGHT_BUTTOCK      = 1 << 6,
} BkPainLocation;

#define BK_N_PAIN_LOCATIONS 7
#define BK_PAIN_LOCATION_ALL ((1u << BK_N_PAIN_LOCATIONS) - 1)

/* What the pain is like. NO_SPREAD is an explicit answer ("it stays in the
 * back"), so that it can contradict a ticked spread. */
typedef enum {
  BK_PAIN_CHARACTER_NO_SPREAD              = 1 << 0,
  BK_PAIN_CHARACTER_SPREADS_BUTTOCK        = 1 << 1,
  BK_PAIN_CHARACTER_SPREADS_THIGH          = 1 << 2,
  BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE     = 1 << 3,
  BK_PAIN_CHARACTER_TINGLING               = 1 << 4,
  BK_PAIN_CHARACTER_NUMBNESS               = 1 << 5,
  BK_PAIN_CHARACTER_LEG_WEAKNESS           = 1 << 6,
  BK_PAIN_CHARACTER_WORSE_LEANING_BACK     = 1 << 7,
  BK_PAIN_CHARACTER_WORSE_LEANING_SIDEWAYS = 1 << 8,
  BK_PAIN_CHARACTER_SHOES_HARD             = 1 << 9,
  BK_PAIN_CHARACTER_STIFFNESS              = 1 << 10,
  BK_PAIN_CHARACTER_KNOTS                  = 1 << 11,
} BkPainCharacter;

#define BK_N_PAIN_CHARACTERS 12
#define BK_PAIN_CHARACTER_ALL ((1u << BK_N_PAIN_CHARACTERS) - 1)
#define BK_PAIN_CHARACTER_SPREADS (BK_PAIN_CHARACTER_SPREADS_BUTTOCK | \
                                   BK_PAIN_CHARACTER_SPREADS_THIGH | \
                                   BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE)
/* Into the legs: the thigh or further (the buttock is still the back). */
#define BK_PAIN_CHARACTER_INTO_LEGS (BK_PAIN_CHARACTER_SPREADS_THIGH | \
                                     BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE | \
                                     BK_PAIN_CHARACTER_TINGLING | \
                                     BK_PAIN_CHARACTER_NUMBNESS | \
                                     BK_PAIN_CHARACTER_LEG_WEAKNESS)
/* Outside the runner's lower back pattern: a nerve may be involved. */
#define BK_PAIN_CHARACTER_LEG_SIGNS (BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE | \
                                     BK_PAIN_CHARACTER_TINGLING | \
                                     BK_PAIN_CHARACTER_NUMBNESS | \
                                     BK_PAIN_CHARACTER_LEG_WEAKNESS)

/* The old four emergency bits, before every warning sign had its own
 * three-state answer (bk-warning-sign.h). Kept only for the `emergency`
 * column of old databases and old callers; new code uses
 * bk_pain_entry_get_warning_sign(). */
typedef enum {
  BK_PAIN_EMERGENCY_BLADDER_BOWEL       = 1 << 0,
  BK_PAIN_EMERGENCY_SADDLE_NUMBNESS     = 1 << 1,
  BK_PAIN_EMERGENCY_PROGRESSIVE_WEAKNESS = 1 << 2,
  BK_PAIN_EMERGENCY_BOTH_LEGS           = 1 << 3,
} BkPainEmergency;

#define BK_N_PAIN_EMERGENCIES 4
#define BK_PAIN_EMERGENCY_ALL ((1u << BK_N_PAIN_EMERGENCIES) - 1)

/* The guide's eight self-check questions, in the guide's order. */
typedef enum {
  BK_PAIN_TRIGGER_TRAVEL,
  BK_PAIN_TRIGGER_TRAINING_INCREASE, /*< nick=training_increase >*/
  BK_PAIN_TRIGGER_SHOES,
  BK_PAIN_TRIGGER_CORE_WORK, /*< nick=core_work >*/
  BK_PAIN_TRIGGER_PAST_INJURY, /*< nick=past_injury >*/
  BK_PAIN_TRIGGER_HILLS,
  BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER, /*< nick=one_side_tighter >*/
  BK_PAIN_TRIGGER_SEEN_PROFESSIONAL, /*< nick=seen_professional >*/
  BK_N_PAIN_TRIGGERS, /*< skip >*/
} BkPainTrigger;

typedef enum {
  BK_ANSWER_UNANSWERED,
  BK_ANSWER_YES,
  BK_ANSWER_NO,
} BkAnswer;

/* Which part of the form a validation error is about. */
typedef enum {
  BK_PAIN_FIELD_NONE,
  BK_PAIN_FIELD_WHEN,
  BK_PAIN_FIELD_MINUTES,
  BK_PAIN_FIELD_RATING,
  BK_PAIN_FIELD_LOCATIONS,
  BK_PAIN_FIELD_CHARACTER,
  /* The warning signs, emergency and per entry. */
  BK_PAIN_FIELD_EMERGENCY,
  BK_PAIN_FIELD_TRIGGERS,
  BK_PAIN_FIELD_NOTES,
} BkPainField;

#define BK_PAIN_RATING_MIN 0
#define BK_PAIN_RATING_MAX 10
/* Ratings from here up prompt the emergency questions. */
#define BK_PAIN_RATING_SEVERE 7
#define BK_PAIN_MINUTES_MIN 1
/* Ten hours: longer than any run but an ultra. */
#define BK_PAIN_MINUTES_MAX 600
#define BK_PAIN_NOTES_MAX 10000

#define BK_TYPE_PAIN_ENTRY (bk_pain_entry_get_type ())

G_DECLARE_FINAL_TYPE (BkPainEntry, bk_pain_entry, BK, PAIN_ENTRY, GObject)

BkPainEntry   *bk_pain_entry_new             (GDateTime      *when,
                                              BkPainContext   context,
                                              int             rating);
BkPainEntry   *bk_pain_entry_copy            (BkPainEntry    *self);
gint64         bk_pain_entry_get_id          (BkPainEntry    *self);
void           bk_pain_entry_set_id          (BkPainEntry    *self,
                                              gint64          id);
GDateTime     *bk_pain_entry_get_when        (BkPainEntry    *self);
void           bk_pain_entry_set_when        (BkPainEntry    *self,
                                              GDateTime      *when);
gint64         bk_pain_entry_get_timestamp   (BkPainEntry    *self);
guint32        bk_pain_entry_get_julian      (BkPainEntry    *self);
BkPainContext  bk_pain_entry_get_context     (BkPainEntry    *self);
void           bk_pain_entry_set_context     (BkPainEntry    *self,
                                              BkPainContext   context);
int            bk_pain_entry_get_minutes_in  (BkPainEntry    *self);
void           bk_pain_entry_set_minutes_in  (BkPainEntry    *self,
                                              int             minutes);
gint64         bk_pain_entry_get_run_id      (BkPainEntry    *self);
void           bk_pain_entry_set_run_id      (BkPainEntry    *self,
                                              gint64          run_id);
int            bk_pain_entry_get_rating      (BkPainEntry    *self);
void           bk_pain_entry_set_rating      (BkPainEntry    *self,
                                              int             rating);
guint          bk_pain_entry_get_locations   (BkPainEntry    *self);
void           bk_pain_entry_set_locations   (BkPainEntry    *self,
                                              guint           locations);
guint          bk_pain_entry_get_character   (BkPainEntry    *self);
void           bk_pain_entry_set_character   (BkPainEntry    *self,
                                              guint           character);
/* Old four-bit view of the emergency signs answered yes; setting a bit
 * answers its signs yes, clearing one turns a yes into "not asked". */
guint          bk_pain_entry_get_emergency   (BkPainEntry    *self);
void           bk_pain_entry_set_emergency   (BkPainEntry    *self,
                                              guint           emergency);
/* Each warning sign in three states: BK_ANSWER_UNANSWERED means "not
 * asked" (entries from before every entry asked them). */
BkAnswer       bk_pain_entry_get_warning_sign (BkPainEntry   *self,
                                              BkWarningSign   sign);
void           bk_pain_entry_set_warning_sign (BkPainEntry   *self,
                                              BkWarningSign   sign,
                                              BkAnswer        answer);
/* "None of these": every sign answered no. */
void           bk_pain_entry_answer_no_warning_signs (BkPainEntry *self);
/* Every sign answered yes or no: the form's Save waits for this. */
gboolean       bk_pain_entry_get_warning_signs_answered (BkPainEntry *self);
/* Any emergency sign answered yes. */
gboolean       bk_pain_entry_has_emergency_sign (BkPainEntry *self);
/* Below the knee, tingling, numbness or weakness in a leg: outside the
 * runner's lower back pattern. */
gboolean       bk_pain_entry_has_leg_signs   (BkPainEntry    *self);
BkAnswer       bk_pain_entry_get_trigger     (BkPainEntry    *self,
                                              BkPainTrigger   trigger);
void           bk_pain_entry_set_trigger     (BkPainEntry    *self,
                                              BkPainTrigger   trigger,
                                              BkAnswer        answer);
const char    *bk_pain_entry_get_notes       (BkPainEntry    *self);
void           bk_pain_entry_set_notes       (BkPainEntry    *self,
                                              const char     *notes);
gboolean       bk_pain_entry_asks_emergency  (BkPainEntry    *self);
gboolean       bk_pain_entry_validate        (BkPainEntry    *self,
                                              GDateTime      *now,
                                              BkPainField    *out_field,
                                              GError        **error);
int            bk_pain_entry_compare_newest_first (gconstpointer a,
                                              gconstpointer  b,
                                              gpointer       user_data);

const char    *bk_pain_context_to_string     (BkPainContext   context);
gboolean       bk_pain_context_from_string   (const char     *name,
                                              BkPainContext  *out_context);
const char    *bk_pain_context_get_label     (BkPainContext   context);
const char    *bk_pain_location_get_label    (BkPainLocation  location);
const char    *bk_pain_location_to_string    (BkPainLocation  location);
const char    *bk_pain_character_get_label   (BkPainCharacter character);
const char    *bk_pain_emergency_get_label   (BkPainEmergency emergency);
const char    *bk_pain_trigger_get_question  (BkPainTrigger   trigger);
const char    *bk_pain_trigger_to_string     (BkPainTrigger   trigger);
const char    *bk_pain_rating_get_band_label (int             rating);
char          *bk_pain_entry_describe_locations (BkPainEntry *self);

G_END_DECLS
