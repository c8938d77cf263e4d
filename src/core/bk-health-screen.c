/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-health-screen"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-health-screen.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

struct _BkHealthScreen
{
  GObject    parent_instance;

  gint64     id;
  guint32    taken_on;
  BkAgeBand  age_band;
  BkAnswer   answers[BK_N_SCREEN_QUESTIONS];
};

G_DEFINE_FINAL_TYPE (BkHealthScreen, bk_health_screen, G_TYPE_OBJECT)

static void
bk_health_screen_class_init (BkHealthScreenClass *klass)
{
}

static void
bk_health_screen_init (BkHealthScreen *self)
{
}

/**
 * bk_health_screen_new:
 * @taken_on: the local day it is answered, a Julian day number
 *
 * Returns: (transfer full): a screen with nothing answered yet
 */
BkHealthScreen *
bk_health_screen_new (guint32 taken_on)
{
  BkHealthScreen *self = g_object_new (BK_TYPE_HEALTH_SCREEN, NULL);

  self->taken_on = taken_on;
  return self;
}

BkHealthScreen *
bk_health_screen_copy (BkHealthScreen *self)
{
  BkHealthScreen *copy;

  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), NULL);

  copy = bk_health_screen_new (self->taken_on);
  copy->id = self->id;
  copy->age_band = self->age_band;
  memcpy (copy->answers, self->answers, sizeof self->answers);
  return copy;
}

gint64
bk_health_screen_get_id (BkHealthScreen *self)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), 0);
  return self->id;
}

void
bk_health_screen_set_id (BkHealthScreen *self,
                         gint64          id)
{
  g_return_if_fail (BK_IS_HEALTH_SCREEN (self));
  self->id = id;
}

guint32
bk_health_screen_get_taken_on (BkHealthScreen *self)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), 0);
  return self->taken_on;
}

void
bk_health_screen_set_taken_on (BkHealthScreen *self,
                               guint32         taken_on)
{
  g_return_if_fail (BK_IS_HEALTH_SCREEN (self));
  self->taken_on = taken_on;
}

BkAgeBand
bk_health_screen_get_age_band (BkHealthScreen *self)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), BK_AGE_BAND_UNANSWERED);
  return self->age_band;
}

void
bk_health_screen_set_age_band (BkHealthScreen *self,
                               BkAgeBand       band)
{
  g_return_if_fail (BK_IS_HEALTH_SCREEN (self));
  g_return_if_fail ((guint) band < BK_N_AGE_BANDS);
  self->age_band = band;
}

BkAnswer
bk_health_screen_get_answer (BkHealthScreen   *self,
                             BkScreenQuestion  question)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), BK_ANSWER_UNANSWERED);
  g_return_val_if_fail ((guint) question < BK_N_SCREEN_QUESTIONS, BK_ANSWER_UNANSWERED);
  return self->answers[question];
}

void
bk_health_screen_set_answer (BkHealthScreen   *self,
                             BkScreenQuestion  question,
                             BkAnswer          answer)
{
  g_return_if_fail (BK_IS_HEALTH_SCREEN (self));
  g_return_if_fail ((guint) question < BK_N_SCREEN_QUESTIONS);
  g_return_if_fail (answer <= BK_ANSWER_NO);
  self->answers[question] = answer;
}

gboolean
bk_health_screen_is_complete (BkHealthScreen *self)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), FALSE);

  if (self->age_band == BK_AGE_BAND_UNANSWERED)
    return FALSE;
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    if (self->answers[i] == BK_ANSWER_UNANSWERED)
      return FALSE;
  return TRUE;
}

/**
 * bk_health_screen_validate:
 * @today: the local day now; a screen cannot be answered in the future
 *
 * A screen may leave questions unanswered (the runner may decline one);
 * what it holds must be in range.
 */
gboolean
bk_health_screen_validate (BkHealthScreen  *self,
                           guint32          today,
                           GError         **error)
{
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (self), FALSE);

  if (!g_date_valid_julian (self->taken_on))
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                           _("The health screen needs the day it was answered"));
      return FALSE;
    }
  if (self->taken_on > today)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("The health screen’s day is in the future"));
      return FALSE;
    }
  if ((guint) self->age_band >= BK_N_AGE_BANDS)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                           _("Choose an age band: under 20, 20 to 50 or over 50"));
      return FALSE;
    }
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    if (self->answers[i] > BK_ANSWER_NO)
      {
        g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                             _("A health screen answer must be yes, no or not asked"));
        return FALSE;
      }
  return TRUE;
}

const char *
bk_age_band_to_string (BkAgeBand band)
{
  g_return_val_if_fail ((guint) band < BK_N_AGE_BANDS, NULL);
  /* Unanswered has no id: it is stored as no value at all. */
  return bk_enum_to_nick (BK_TYPE_AGE_BAND, band);
}

gboolean
bk_age_band_from_string (const char *id,
                         BkAgeBand  *out_band)
{
  int value;

  g_return_val_if_fail (out_band != NULL, FALSE);

  if (!bk_enum_from_nick (BK_TYPE_AGE_BAND, id, &value))
    return FALSE;
  *out_band = value;
  return TRUE;
}

const char *
bk_age_band_get_label (BkAgeBand band)
{
  switch (band)
    {
    case BK_AGE_BAND_UNDER_20:
      return _("Under 20");
    case BK_AGE_BAND_20_TO_50:
      return _("20 to 50");
    case BK_AGE_BAND_OVER_50:
      return _("Over 50");
    case BK_AGE_BAND_UNANSWERED:
    case BK_N_AGE_BANDS:
    default:
      return "";
    }
}

const char *
bk_screen_question_to_string (BkScreenQuestion question)
{
  g_return_val_if_fail ((guint) question < BK_N_SCREEN_QUESTIONS, NULL);
  return bk_enum_to_nick (BK_TYPE_SCREEN_QUESTION, question);
}

gboolean
bk_screen_question_from_string (const char       *id,
                                BkScreenQuestion *out_question)
{
  int value;

  g_return_val_if_fail (out_question != NULL, FALSE);

  if (!bk_enum_from_nick (BK_TYPE_SCREEN_QUESTION, id, &value))
    return FALSE;
  *out_question = value;
  return TRUE;
}

const char *
bk_screen_question_get_label (BkScreenQuestion question)
{
  switch (question)
    {
    case BK_SCREEN_PAST_CANCER:
      return _("Have you ever had cancer?");
    case BK_SCREEN_STEROIDS:
      return _("Do you take steroid tablets long term, or medicine that weakens the immune system?");
    case BK_SCREEN_OSTEOPOROSIS:
      return _("Have you been told you have osteoporosis (thin bones)?");
    case BK_SCREEN_IV_DRUG_USE:
      return _("Have you ever injected drugs?");
    case BK_SCREEN_STRESS_FRACTURE:
      return _("Have you had a stress fracture before?");
    case BK_SCREEN_LOW_ENERGY:
      return _("Have your periods stopped or become irregular, or are you eating very little for the training you do?");
    case BK_SCREEN_BONY_TENDERNESS:
      return _("Is there a spot on a bone that hurts when you press it, or when you hop on that leg?");
    case BK_N_SCREEN_QUESTIONS:
    default:
      return "";
    }
}
