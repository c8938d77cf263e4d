/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-report-dialog"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "services/bk-pain-report.h"
#include "bk-export.h"
#include "bk-report-dialog.h"

/* "Report for a Clinician...": the period of the report, then the file
 * chooser. A period picked from the list fills in its dates; dates typed
 * in make it a custom period. Save stays off while a date is wrong, and
 * what is wrong is said under the form. */
struct _BkReportDialog
{
  AdwWindow    parent_instance;

  BkContext   *context;
  /* Set while a picked period writes its dates, so they do not turn the
   * period into a custom one. */
  gboolean     filling;
  gboolean     valid;
  guint32      from_julian;
  guint32      to_julian;

  GtkButton   *save_button;
  AdwComboRow *period_row;
  AdwEntryRow *from_row;
  AdwEntryRow *to_row;
  GtkLabel    *summary_label;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (BkReportDialog, bk_report_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The periods in the order the combo row lists them, in days up to
 * today; the last row is the custom period. */
static const struct {
  const char *label;
  guint       days;
} periods[] = {
  { N_("Last 4 weeks"), 28 },
  { N_("Last 12 weeks"), BK_PAIN_REPORT_DEFAULT_DAYS },
  { N_("Last 6 months"), 182 },
  { N_("Last 12 months"), 365 },
  { N_("Custom dates"), 0 },
};
#define CUSTOM_PERIOD (G_N_ELEMENTS (periods) - 1)
#define DEFAULT_PERIOD 1

static void
mark_invalid (GtkWidget *field,
              gboolean   invalid)
{
  if (invalid)
    gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                 GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
describe_period (BkReportDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *text = NULL;
  guint days = self->to_julian - self->from_julian + 1;

  entries = bk_pain_store_list (bk_context_get_pain_store (self->context), self->from_julian, self->to_julian,
                                0, NULL);
  if (entries == NULL)
    text = g_strdup_printf (ngettext ("%u day", "%u days", days), days);
  else if (entries->len == 0)
    text = g_strdup_printf (ngettext ("%u day with no pain entry: the report will show your running alone",
                                      "%u days with no pain entry: the report will show your running alone", days),
                            days);
  else
    {
      g_autofree char *span = g_strdup_printf (ngettext ("%u day", "%u days", days), days);

      /* Translators: "84 days, 4 pain entries". */
      text = g_strdup_printf (ngettext ("%s, %u pain entry", "%s, %u pain entries", entries->len),
                              span, entries->len);
    }
  gtk_label_set_text (self->summary_label, text);
}

static void
validate (BkReportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) from_error = NULL;
  g_autoptr(GError) to_error = NULL;
  const char *message = NULL;
  gboolean from_ok, to_ok;
  guint32 from = 0, to = 0;

  from_ok = bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), now, &from, &from_error);
  to_ok = bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), now, &to, &to_error);
  mark_invalid (GTK_WIDGET (self->from_row), !from_ok);
  mark_invalid (GTK_WIDGET (self->to_row), !to_ok);

  if (!from_ok)
    message = from_error->message;
  else if (!to_ok)
    message = to_error->message;
  else if (from > to)
    {
      message = _("The period must start on or before its last day");
      mark_invalid (GTK_WIDGET (self->from_row), TRUE);
    }

  self->valid = message == NULL;
  self->from_julian = self->valid ? from : 0;
  self->to_julian = self->valid ? to : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !self->valid);
  gtk_label_set_text (self->error_label, self->valid ? "" : message);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), self->valid);
  if (self->valid)
    describe_period (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->valid);
}

static void
period_selected_cb (BkReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint32 today;

  if (selected >= CUSTOM_PERIOD || self->context == NULL)
    return;
  now = g_date_time_new_now_local ();
  today = bk_date_julian_of (now);
  from = bk_date_to_iso (today - (periods[selected].days - 1));
  to = bk_date_to_iso (today);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
  self->filling = FALSE;
  validate (self);
}

static void
date_changed_cb (BkReportDialog *self)
{
  if (self->filling || self->context == NULL)
    return;
  if (adw_combo_row_get_selected (self->period_row) != CUSTOM_PERIOD)
    {
      /* Typed dates are a period of their own; the list says so. */
      self->filling = TRUE;
      adw_combo_row_set_selected (self->period_row, CUSTOM_PERIOD);
      self->filling = FALSE;
    }
  validate (self);
}

static void
save_clicked_cb (BkReportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint32 from, to;

  if (!bk_report_dialog_get_period (self, &from, &to))
    return;
  g_return_if_fail (BK_IS_WINDOW (parent));
  gtk_window_close (GTK_WINDOW (self));
  bk_export_choose_file (BK_WINDOW (parent), BK_EXPORT_REPORT, from, to);
}

static void
bk_report_dialog_constructed (GObject *object)
{
  BkReportDialog *self = BK_REPORT_DIALOG (object);
  const char *labels[G_N_ELEMENTS (periods) + 1] = { NULL };
  g_autoptr(GtkStringList) names = NULL;

  G_OBJECT_CLASS (bk_report_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    labels[i] = _(periods[i].label);
  names = gtk_string_list_new (labels);
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (names));
  /* The same twelve weeks --report covers when no period is given. */
  if (adw_combo_row_get_selected (self->period_row) == DEFAULT_PERIOD)
    period_selected_cb (self);
  else
    adw_combo_row_set_selected (self->period_row, DEFAULT_PERIOD);
}

static void
bk_report_dialog_dispose (GObject *object)
{
  BkReportDialog *self = BK_REPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_REPORT_DIALOG);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_report_dialog_parent_class)->dispose (object);
}

static void
bk_report_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BkReportDialog *self = BK_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_report_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BkReportDialog *self = BK_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_report_dialog_class_init (BkReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_report_dialog_constructed;
  object_class->dispose = bk_report_dialog_dispose;
  object_class->get_property = bk_report_dialog_get_property;
  object_class->set_property = bk_report_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BkReportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bk_report_dialog_init (BkReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BkReportDialog *
bk_report_dialog_new (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_REPORT_DIALOG, "context", context, NULL);
}

/**
 * bk_report_dialog_get_period:
 * @out_from_julian: (out): first day of the period
 * @out_to_julian: (out): last day
 *
 * Returns: whether the dates form a period; when not, the dialog says why
 */
gboolean
bk_report_dialog_get_period (BkReportDialog *self,
                             guint32        *out_from_julian,
                             guint32        *out_to_julian)
{
  g_return_val_if_fail (BK_IS_REPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (out_from_julian != NULL && out_to_julian != NULL, FALSE);

  validate (self);
  *out_from_julian = self->from_julian;
  *out_to_julian = self->to_julian;
  return self->valid;
}
