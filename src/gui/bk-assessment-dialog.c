/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-assessment-dialog"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-clinician-assessment.h"
#include "core/bk-date.h"
#include "bk-context-property.h"
#include "bk-dialog.h"
#include "bk-assessment-dialog.h"

/* "A clinician has assessed me on DATE": the record that ends urgent and
 * see-a-clinician advice, with an optional outcome and a note. Save stays
 * off until the date is one that has happened; what is wrong is said
 * under the form. */
struct _BkAssessmentDialog
{
  AdwWindow              parent_instance;

  BkContext             *context;
  /* What Save would store; NULL while the form is invalid. */
  BkClinicianAssessment *pending;

  GtkButton             *save_button;
  AdwEntryRow           *date_row;
  AdwComboRow           *outcome_row;
  AdwEntryRow           *notes_row;
  GtkLabel              *error_label;
};

G_DEFINE_FINAL_TYPE (BkAssessmentDialog, bk_assessment_dialog, ADW_TYPE_WINDOW)

/* The outcomes in the order the combo row lists them. */
static const BkClinicianOutcome outcomes[] = {
  BK_CLINICIAN_OUTCOME_CLEARED,
  BK_CLINICIAN_OUTCOME_NOT_CLEARED,
  BK_CLINICIAN_OUTCOME_NONE,
};

static void
show_error (BkAssessmentDialog *self,
            GtkWidget          *field,
            const char         *message)
{
  bk_dialog_show_message (self->error_label, field, message);
}

static void
validate (BkAssessmentDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BkClinicianAssessment) draft = NULL;
  guint selected = adw_combo_row_get_selected (self->outcome_row);
  guint32 julian = 0;
  gboolean date_ok;

  g_clear_object (&self->pending);
  date_ok = bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &julian, &error);
  if (date_ok)
    {
      draft = bk_clinician_assessment_new (julian, selected < G_N_ELEMENTS (outcomes)
                                                   ? outcomes[selected] : BK_CLINICIAN_OUTCOME_NONE);
      bk_clinician_assessment_set_notes (draft, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
      date_ok = bk_clinician_assessment_validate (draft, bk_date_julian_of (now), &error);
    }
  show_error (self, GTK_WIDGET (self->date_row), date_ok ? NULL : error->message);
  if (date_ok)
    self->pending = g_steal_pointer (&draft);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->pending != NULL);
}

static void
field_changed_cb (BkAssessmentDialog *self)
{
  validate (self);
}

static void
save_clicked_cb (BkAssessmentDialog *self)
{
  g_autoptr(GError) error = NULL;

  validate (self);
  if (self->pending == NULL)
    return;
  if (!bk_pain_store_add_assessment (bk_context_get_pain_store (self->context), self->pending, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The assessment was not saved: %s"), error->message);

      show_error (self, NULL, message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
bk_assessment_dialog_constructed (GObject *object)
{
  BkAssessmentDialog *self = BK_ASSESSMENT_DIALOG (object);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *labels[G_N_ELEMENTS (outcomes) + 1] = { NULL };
  g_autoptr(GtkStringList) names = NULL;

  G_OBJECT_CLASS (bk_assessment_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    labels[i] = bk_clinician_outcome_get_label (outcomes[i]);
  names = gtk_string_list_new (labels);
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (names));
  /* Nothing is assumed: the runner says what the clinician said. */
  adw_combo_row_set_selected (self->outcome_row, G_N_ELEMENTS (outcomes) - 1);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  validate (self);
}

static void
bk_assessment_dialog_dispose (GObject *object)
{
  BkAssessmentDialog *self = BK_ASSESSMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_ASSESSMENT_DIALOG);
  g_clear_object (&self->pending);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_assessment_dialog_parent_class)->dispose (object);
}

static void
bk_assessment_dialog_class_init (BkAssessmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_assessment_dialog_constructed;
  object_class->dispose = bk_assessment_dialog_dispose;

  bk_context_property_install (object_class, G_STRUCT_OFFSET (BkAssessmentDialog, context));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-assessment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BkAssessmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, BkAssessmentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, BkAssessmentDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, BkAssessmentDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BkAssessmentDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
bk_assessment_dialog_init (BkAssessmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BkAssessmentDialog *
bk_assessment_dialog_new (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_ASSESSMENT_DIALOG, "context", context, NULL);
}

gboolean
bk_assessment_dialog_get_valid (BkAssessmentDialog *self)
{
  g_return_val_if_fail (BK_IS_ASSESSMENT_DIALOG (self), FALSE);
  return self->pending != NULL;
}
