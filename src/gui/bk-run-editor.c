/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-editor"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-training-status.h"
#include "core/bk-units.h"
#include "services/bk-status-report.h"
#include "store/bk-shoe-store.h"
#include "bk-pain-advice-box.h"
#include "bk-run-editor.h"

struct _BkRunEditor
{
  AdwWindow      parent_instance;

  BkContext     *context;
  /* The run being edited, or NULL when adding one. */
  BkRun         *run;
  BkRun         *pending;
  gboolean       valid;

  GtkButton     *save_button;
  GtkButton     *delete_button;
  GtkLabel      *save_error;
  AdwEntryRow   *date_row;
  GtkLabel      *date_error;
  AdwEntryRow   *time_row;
  GtkLabel      *time_error;
  AdwEntryRow   *distance_row;
  GtkLabel      *distance_error;
  GtkLabel      *spike_label;
  AdwEntryRow   *duration_row;
  GtkLabel      *duration_error;
  GtkLabel      *pace_label;
  GtkWidget     *message_box;
  AdwComboRow   *effort_row;
  AdwComboRow   *surface_row;
  /* "None", then the pairs in use (and a retired pair the run was in),
   * whose ids are shoe_ids after a leading 0. */
  AdwComboRow   *shoe_row;
  GArray        *shoe_ids;
  /* A new run's pair follows its surface until the runner picks one. */
  gboolean       shoe_touched;
  gboolean       filling_shoes;
  AdwEntryRow   *elevation_row;
  GtkLabel      *elevation_error;
  AdwEntryRow   *notes_row;
  GtkCalendar   *calendar;
  GtkMenuButton *calendar_button;
};

G_DEFINE_FINAL_TYPE (BkRunEditor, bk_run_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RUN,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Shows @error under its field, and marks the field invalid for assistive
 * technologies too. Empty required fields stay quiet until typed in. */
static void
show_field_error (AdwEntryRow *row,
                  GtkLabel    *label,
                  GError      *error)
{
  gboolean quiet = error == NULL ||
                   (g_error_matches (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY) &&
                    g_object_get_data (G_OBJECT (row), "touched") == NULL);
  gtk_widget_set_visible (GTK_WIDGET (label), !quiet);
  gtk_label_set_text (label, quiet ? "" : error->message);
  if (quiet)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
}

static GDateTime *
build_start (BkRunEditor *self,
             GDateTime   *now,
             GError     **error)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  guint32 julian;
  int hour, minute;
  GDate date;

  if (!bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &julian, error))
    return NULL;
  if (!bk_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &hour, &minute, NULL))
    hour = 12, minute = 0;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, 0);
}

/* The advice gate (issue 9): the open pain episode's advice decides whether
 * the live line may compare at all (not under urgent advice) and how it is
 * worded (after "Once you have been checked:" under see a clinician). */
static BkPainAdvice
advice_gate (BkRunEditor *self)
{
  return bk_pain_advice_current (self->context);
}

/* The live line under the distance: how this run compares with what the
 * training status will judge it against (one function computes both). */
static void
update_comparison (BkRunEditor *self,
                   GDateTime   *start,
                   double       distance)
{
  static const char * const classes[] = { "success", "warning", "warning", "error" };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row = GTK_WIDGET (self->spike_label);
  BkRunReference reference;
  BkRiskLevel tier;
  BkPainAdvice advice = advice_gate (self);

  /* Urgent pain advice replaces all training advice, this line too. */
  if (start == NULL || distance <= 0 || advice == BK_PAIN_ADVICE_URGENT)
    {
      gtk_widget_set_visible (row, FALSE);
      return;
    }
  tier = bk_status_report_judge_run (self->context, bk_date_julian_of (start), distance, &reference, &error);
  if (error != NULL)
    {
      g_debug ("No comparison: %s", error->message);
      gtk_widget_set_visible (row, FALSE);
      return;
    }
  text = bk_spike_describe (distance, &reference, bk_context_get_units (self->context));
  if (advice == BK_PAIN_ADVICE_SEE_CLINICIAN)
    {
      /* TRANSLATORS: the run editor's comparison while a clinician's check is advised */
      g_autofree char *checked = g_strdup_printf (_("Once you have been checked: %s"), text);

      g_free (text);
      text = g_steal_pointer (&checked);
    }
  gtk_label_set_text (self->spike_label, text);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->spike_label), classes[i]);
  if (reference.reference_m > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->spike_label), classes[tier]);
  gtk_widget_set_visible (row, TRUE);
}

static void
validate (BkRunEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) date_error = NULL;
  g_autoptr(GError) time_error = NULL;
  g_autoptr(GError) distance_error = NULL;
  g_autoptr(GError) duration_error = NULL;
  g_autoptr(GError) elevation_error = NULL;
  BkUnits units = bk_context_get_units (self->context);
  const char *elevation_text = gtk_editable_get_text (GTK_EDITABLE (self->elevation_row));
  double distance = 0, elevation = -1;
  gint64 duration = 0;
  int hour, minute;
  gboolean valid;

  start = build_start (self, now, &date_error);
  bk_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &hour, &minute, &time_error);
  bk_parse_distance (gtk_editable_get_text (GTK_EDITABLE (self->distance_row)), units, &distance, &distance_error);
  bk_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), &duration, &duration_error);
  if (*elevation_text != '\0')
    bk_parse_elevation (elevation_text, units, &elevation, &elevation_error);

  g_clear_object (&self->pending);
  if (start != NULL && time_error == NULL && distance_error == NULL && duration_error == NULL)
    {
      g_autoptr(GError) run_error = NULL;
      guint effort = adw_combo_row_get_selected (self->effort_row);
      guint surface = adw_combo_row_get_selected (self->surface_row);

      self->pending = self->run != NULL ? bk_run_copy (self->run) : bk_run_new (start, distance, duration);
      bk_run_set_started_at (self->pending, start);
      bk_run_set_distance (self->pending, distance);
      bk_run_set_duration (self->pending, duration);
      bk_run_set_rpe (self->pending, effort == GTK_INVALID_LIST_POSITION ? 0 : (int) effort);
      bk_run_set_surface (self->pending, surface < BK_N_SURFACES ? (BkSurface) surface : BK_SURFACE_NONE);
      bk_run_set_elevation (self->pending, elevation_error == NULL ? elevation : -1);
      bk_run_set_notes (self->pending, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
      {
        guint shoe = adw_combo_row_get_selected (self->shoe_row);

        bk_run_set_shoe_id (self->pending, shoe < self->shoe_ids->len
                                           ? g_array_index (self->shoe_ids, gint64, shoe) : 0);
      }

      /* The only rule that spans fields: the start must not be in the future. */
      if (!bk_run_validate (self->pending, now, &run_error))
        {
          g_clear_object (&self->pending);
          if (date_error == NULL)
            date_error = g_steal_pointer (&run_error);
        }
    }

  show_field_error (self->date_row, self->date_error, date_error);
  show_field_error (self->time_row, self->time_error, time_error);
  show_field_error (self->distance_row, self->distance_error, distance_error);
  update_comparison (self, start, distance_error == NULL ? distance : 0);
  show_field_error (self->duration_row, self->duration_error, duration_error);
  show_field_error (self->elevation_row, self->elevation_error, elevation_error);

  if (distance_error == NULL && duration_error == NULL)
    {
      g_autofree char *pace = bk_format_pace (distance, duration, units);
      g_autofree char *text = g_strdup_printf (_("Pace %s"), pace);

      gtk_label_set_text (self->pace_label, text);
    }
  else
    gtk_label_set_text (self->pace_label, "");
  /* An empty label would be read out by its type name. */
  gtk_widget_set_visible (GTK_WIDGET (self->pace_label), *gtk_label_get_text (self->pace_label) != '\0');

  valid = self->pending != NULL && elevation_error == NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), valid);
  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
field_changed_cb (BkRunEditor *self,
                  GtkEditable *editable)
{
  g_object_set_data (G_OBJECT (editable), "touched", GINT_TO_POINTER (TRUE));
  validate (self);
}

static void
choice_changed_cb (BkRunEditor *self)
{
  validate (self);
}

static void
calendar_day_selected_cb (BkRunEditor *self,
                          GtkCalendar *calendar)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), iso);
  gtk_menu_button_popdown (self->calendar_button);
}

static void
save (BkRunEditor *self)
{
  g_autoptr(GError) error = NULL;
  BkRunStore *store = bk_context_get_run_store (self->context);
  gboolean ok;

  g_return_if_fail (self->pending != NULL);

  if (self->run != NULL)
    ok = bk_run_store_update (store, self->pending, &error);
  else
    ok = bk_run_store_add (store, self->pending, &error);

  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("The run was not saved: %s"), error->message);

      gtk_label_set_text (self->save_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
save_after_dialog_cb (gpointer user_data)
{
  g_autoptr(BkRunEditor) self = user_data;

  if (self->pending != NULL)
    save (self);
  return G_SOURCE_REMOVE;
}

static void
confirm_fast_response_cb (BkRunEditor *self,
                          const char  *response)
{
  /* Saving closes the editor, and with it this dialog, which is still
   * emitting its response: save once the emission is over. */
  if (g_str_equal (response, "save"))
    g_idle_add (save_after_dialog_cb, g_object_ref (self));
}

static void
save_clicked_cb (BkRunEditor *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *pace = NULL;

  validate (self);
  if (self->pending == NULL)
    return;

  if (!bk_run_is_implausibly_fast (self->pending))
    {
      save (self);
      return;
    }

  pace = bk_format_pace (bk_run_get_distance (self->pending), bk_run_get_duration (self->pending),
                         bk_context_get_units (self->context));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save a Pace of %s?"), NULL));
  adw_message_dialog_format_heading (dialog, _("Save a Pace of %s?"), pace);
  adw_message_dialog_set_body (dialog,
                               _("That is faster than the world record for any distance past a mile. "
                                 "Check the distance and the time."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Check Again"), "save", _("_Save Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_fast_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
entry_activated_cb (BkRunEditor *self)
{
  if (self->valid)
    save_clicked_cb (self);
}

/* Ctrl+Enter, from any field or list: Save when the form is valid. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  entry_activated_cb (BK_RUN_EDITOR (widget));
}

static void
delete_clicked_cb (BkRunEditor *self)
{
  g_autoptr(BkRun) run = NULL;

  g_return_if_fail (self->run != NULL);

  /* Whoever opened the editor deletes, so that it can offer to undo. */
  run = g_object_ref (self->run);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, run);
}

static void
fill_from_run (BkRunEditor *self)
{
  BkUnits units = bk_context_get_units (self->context);
  double distance = bk_run_get_distance (self->run);
  g_autofree char *date = g_date_time_format (bk_run_get_started_at (self->run), "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (bk_run_get_started_at (self->run), "%H:%M");
  g_autofree char *distance_text = NULL;
  g_autofree char *duration = bk_format_duration (bk_run_get_duration (self->run));
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  distance = units == BK_UNITS_IMPERIAL ? distance / BK_METRES_PER_MILE : distance / 1000.0;
  distance_text = g_strdup_printf ("%s %s", g_ascii_formatd (buf, sizeof buf, "%.2f", distance),
                                   units == BK_UNITS_IMPERIAL ? "mi" : "km");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), distance_text);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), duration);
  adw_combo_row_set_selected (self->effort_row, (guint) bk_run_get_rpe (self->run));
  adw_combo_row_set_selected (self->surface_row, bk_run_get_surface (self->run));
  if (bk_run_get_elevation (self->run) >= 0)
    {
      double elevation = bk_run_get_elevation (self->run);

      if (units == BK_UNITS_IMPERIAL)
        elevation /= BK_METRES_PER_FOOT;
      gtk_editable_set_text (GTK_EDITABLE (self->elevation_row),
                             g_ascii_formatd (buf, sizeof buf, "%.0f", elevation));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), bk_run_get_notes (self->run));

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Run"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
}

static void
fill_defaults (BkRunEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (now, "%H:%M");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}

static int
text_height (GtkWidget  *label,
             const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, text);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* Keeps room under the fields for the usual lines, a two-line hint and the
 * pace, measured in their own fonts: they appear without moving a field.
 * Only an error on top of them takes more. */
static void
reserve_message_space (BkRunEditor *self)
{
  int spacing = gtk_box_get_spacing (GTK_BOX (self->message_box));

  gtk_widget_set_size_request (self->message_box, -1,
                               text_height (GTK_WIDGET (self->spike_label), "Ag\nAg") + spacing +
                               text_height (GTK_WIDGET (self->pace_label), "Ag"));
}

static gint64
default_shoe (BkRunEditor *self)
{
  guint surface = adw_combo_row_get_selected (self->surface_row);

  return bk_shoe_store_default_for_run (bk_context_get_database (self->context),
                                        surface < BK_N_SURFACES ? (BkSurface) surface : BK_SURFACE_NONE, NULL);
}

/* Offers the pairs in use, choosing the run's own or, for a new run, the
 * pair chosen for its surface or else the pair of the latest run; the row
 * shows only once there are shoes. */
static void
fill_shoes (BkRunEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) shoes = NULL;
  BkDatabase *database = bk_context_get_database (self->context);
  gint64 chosen = self->run != NULL ? bk_run_get_shoe_id (self->run) : default_shoe (self);
  guint selected = 0;

  g_array_set_size (self->shoe_ids, 0);
  g_array_append_val (self->shoe_ids, (gint64) { 0 });
  gtk_string_list_append (names, C_("shoes", "None"));
  shoes = bk_shoe_store_list (database, TRUE, &error);
  if (shoes == NULL)
    g_warning ("Could not list the shoes: %s", error->message);
  for (guint i = 0; shoes != NULL && i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);
      gint64 id = bk_shoe_get_id (shoe);

      if (bk_shoe_get_retired (shoe) && id != chosen)
        continue;
      if (id == chosen)
        selected = self->shoe_ids->len;
      g_array_append_val (self->shoe_ids, id);
      gtk_string_list_append (names, bk_shoe_get_name (shoe));
    }
  self->filling_shoes = TRUE;
  adw_combo_row_set_model (self->shoe_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->shoe_row, selected);
  self->filling_shoes = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->shoe_row), self->shoe_ids->len > 1);
}

static void
shoe_selected_cb (BkRunEditor *self)
{
  if (!self->filling_shoes)
    self->shoe_touched = TRUE;
}

/* A new run put on trail takes the trail pair, unless the runner chose. */
static void
surface_selected_cb (BkRunEditor *self)
{
  gint64 chosen;

  if (self->run != NULL || self->shoe_touched)
    return;
  chosen = default_shoe (self);
  for (guint i = 0; i < self->shoe_ids->len; i++)
    if (g_array_index (self->shoe_ids, gint64, i) == chosen)
      {
        self->filling_shoes = TRUE;
        adw_combo_row_set_selected (self->shoe_row, i);
        self->filling_shoes = FALSE;
      }
}

static void
bk_run_editor_constructed (GObject *object)
{
  BkRunEditor *self = (BkRunEditor *)object;
  BkUnits units = bk_context_get_units (self->context);

  G_OBJECT_CLASS (bk_run_editor_parent_class)->constructed (object);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->distance_row),
                                 units == BK_UNITS_IMPERIAL ? _("Distance (mi)") : _("Distance (km)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->elevation_row),
                                 units == BK_UNITS_IMPERIAL ? _("Elevation Gain (ft, optional)")
                                                            : _("Elevation Gain (m, optional)"));

  if (self->run != NULL)
    fill_from_run (self);
  else
    fill_defaults (self);
  fill_shoes (self);
  g_signal_connect_object (self->shoe_row, "notify::selected", G_CALLBACK (shoe_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->surface_row, "notify::selected", G_CALLBACK (surface_selected_cb), self,
                           G_CONNECT_SWAPPED);

  /* Pre-filled text is not typing: nothing is flagged until the user edits. */
  validate (self);
  reserve_message_space (self);
  /* Typing starts in the first field, not on Cancel. */
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
bk_run_editor_dispose (GObject *object)
{
  BkRunEditor *self = (BkRunEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_RUN_EDITOR);
  g_clear_object (&self->pending);
  g_clear_object (&self->run);
  g_clear_object (&self->context);
  g_clear_pointer (&self->shoe_ids, g_array_unref);

  G_OBJECT_CLASS (bk_run_editor_parent_class)->dispose (object);
}

static void
bk_run_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BkRunEditor *self = BK_RUN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_RUN:
      g_value_set_object (value, self->run);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_run_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BkRunEditor *self = BK_RUN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_RUN:
      self->run = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_run_editor_class_init (BkRunEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_run_editor_constructed;
  object_class->dispose = bk_run_editor_dispose;
  object_class->get_property = bk_run_editor_get_property;
  object_class->set_property = bk_run_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUN] =
    g_param_spec_object ("run", NULL, NULL, BK_TYPE_RUN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BkRunEditor::delete-requested:
   * @run: the run shown in the editor
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BK_TYPE_RUN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-run-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, time_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, distance_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, distance_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, spike_label);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, duration_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, pace_label);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, message_box);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, effort_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, surface_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, shoe_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, elevation_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, elevation_error);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, BkRunEditor, calendar_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
bk_run_editor_init (BkRunEditor *self)
{
  self->shoe_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bk_run_editor_new:
 * @run: (nullable): the run to edit, or %NULL to add a new one
 */
BkRunEditor *
bk_run_editor_new (BkContext *context,
                   BkRun     *run)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (run == NULL || BK_IS_RUN (run), NULL);

  return g_object_new (BK_TYPE_RUN_EDITOR,
                       "context", context,
                       "run", run,
                       NULL);
}

gboolean
bk_run_editor_is_valid (BkRunEditor *self)
{
  g_return_val_if_fail (BK_IS_RUN_EDITOR (self), FALSE);
  return self->valid;
}
