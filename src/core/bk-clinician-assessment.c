/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-clinician-assessment"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-core-error.h"
#include "bk-clinician-assessment.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

struct _BkClinicianAssessment
{
  GObject             parent_instance;

  gint64              id;
  guint32             assessed_on;
  BkClinicianOutcome  outcome;
  char               *notes;
};

G_DEFINE_FINAL_TYPE (BkClinicianAssessment, bk_clinician_assessment, G_TYPE_OBJECT)

static void
bk_clinician_assessment_finalize (GObject *object)
{
  BkClinicianAssessment *self = (BkClinicianAssessment *) object;

  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (bk_clinician_assessment_parent_class)->finalize (object);
}

static void
bk_clinician_assessment_class_init (BkClinicianAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_clinician_assessment_finalize;
}

static void
bk_clinician_assessment_init (BkClinicianAssessment *self)
{
  self->notes = g_strdup ("");
}

/**
 * bk_clinician_assessment_new:
 * @assessed_on: the local day of the assessment, a Julian day number
 *
 * Returns: (transfer full): a new assessment with empty notes
 */
BkClinicianAssessment *
bk_clinician_assessment_new (guint32            assessed_on,
                             BkClinicianOutcome outcome)
{
  BkClinicianAssessment *self = g_object_new (BK_TYPE_CLINICIAN_ASSESSMENT, NULL);

  self->assessed_on = assessed_on;
  self->outcome = outcome;
  return self;
}

gint64
bk_clinician_assessment_get_id (BkClinicianAssessment *self)
{
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self), 0);
  return self->id;
}

void
bk_clinician_assessment_set_id (BkClinicianAssessment *self,
                                gint64                 id)
{
  g_return_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self));
  self->id = id;
}

guint32
bk_clinician_assessment_get_assessed_on (BkClinicianAssessment *self)
{
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self), 0);
  return self->assessed_on;
}

BkClinicianOutcome
bk_clinician_assessment_get_outcome (BkClinicianAssessment *self)
{
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self), BK_CLINICIAN_OUTCOME_NONE);
  return self->outcome;
}

const char *
bk_clinician_assessment_get_notes (BkClinicianAssessment *self)
{
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self), NULL);
  return self->notes;
}

void
bk_clinician_assessment_set_notes (BkClinicianAssessment *self,
                                   const char            *notes)
{
  g_return_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self));
  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
}

gboolean
bk_clinician_assessment_validate (BkClinicianAssessment  *self,
                                  guint32                 today,
                                  GError                **error)
{
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (self), FALSE);

  if (!g_date_valid_julian (self->assessed_on))
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                           _("Enter the day a clinician assessed you"));
      return FALSE;
    }
  if (self->assessed_on > today)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("The assessment’s day is in the future; record one that has happened"));
      return FALSE;
    }
  if ((guint) self->outcome >= BK_N_CLINICIAN_OUTCOMES)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                           _("The outcome must be cleared to run, not yet cleared, or not given"));
      return FALSE;
    }
  if (g_utf8_strlen (self->notes, -1) > BK_CLINICIAN_NOTES_MAX)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("Notes are limited to 10,000 characters"));
      return FALSE;
    }
  return TRUE;
}

const char *
bk_clinician_outcome_to_string (BkClinicianOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < BK_N_CLINICIAN_OUTCOMES, NULL);
  return bk_enum_to_nick (BK_TYPE_CLINICIAN_OUTCOME, outcome);
}

gboolean
bk_clinician_outcome_from_string (const char         *id,
                                  BkClinicianOutcome *out_outcome)
{
  int value;

  g_return_val_if_fail (out_outcome != NULL, FALSE);

  if (!bk_enum_from_nick (BK_TYPE_CLINICIAN_OUTCOME, id, &value))
    return FALSE;
  *out_outcome = value;
  return TRUE;
}

const char *
bk_clinician_outcome_get_label (BkClinicianOutcome outcome)
{
  switch (outcome)
    {
    case BK_CLINICIAN_OUTCOME_CLEARED:
      return _("Cleared to run");
    case BK_CLINICIAN_OUTCOME_NOT_CLEARED:
      return _("Not yet cleared to run");
    case BK_CLINICIAN_OUTCOME_NONE:
      return _("Outcome not given");
    case BK_N_CLINICIAN_OUTCOMES:
    default:
      return "";
    }
}
