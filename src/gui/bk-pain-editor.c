/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-editor"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "bk-accessible.h"
#include "bk-dialog.h"
#include "bk-pain-diagram.h"
#include "services/bk-advice.h"
#include "services/bk-pain-training.h"
#include "store/bk-shoe-store.h"
#include "bk-pain-editor-private.h"
#include "bk-pain-page.h"

G_DEFINE_FINAL_TYPE (BkPainEditor, bk_pain_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ENTRY,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (BkPainEditor *self);

static int
selected_rating (BkPainEditor *self)
{
  return bk_rating_control_get_value (self->rating_box);
}

static guint
checked_mask (GtkCheckButton **checks,
              guint            n_checks)
{
  guint mask = 0;

  for (guint i = 0; i < n_checks; i++)
    if (gtk_check_button_get_active (checks[i]))
      mask |= 1u << i;
  return mask;
}

static void
set_checked_mask (GtkCheckButton **checks,
                  guint            n_checks,
                  guint            mask)
{
  for (guint i = 0; i < n_checks; i++)
    gtk_check_button_set_active (checks[i], (mask & (1u << i)) != 0);
}

#define show_message bk_dialog_show_message

/* Builds an entry from whatever the form holds, valid or not, so that the
 * warning signs and advice follow every tick at once. */
static BkPainEntry *
build_draft (BkPainEditor  *self,
             GDateTime     *now,
             GError       **when_error,
             GError       **minutes_error)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) when = NULL;
  BkPainEntry *draft;
  guint context = adw_combo_row_get_selected (self->context_row);
  guint run_index = adw_combo_row_get_selected (self->run_row);
  const char *minutes_text = gtk_editable_get_text (GTK_EDITABLE (self->minutes_row));
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  guint32 julian;
  int hour = 12, minute = 0;

  if (bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &julian, when_error) &&
      bk_time_parse (time_text, &hour, &minute, when_error))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      when = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), hour, minute, 0);
    }
  draft = bk_pain_entry_new (when != NULL ? when : now,
                             context < BK_N_PAIN_CONTEXTS ? context : BK_PAIN_CONTEXT_AT_REST,
                             selected_rating (self));
  if (self->entry != NULL)
    bk_pain_entry_set_id (draft, bk_pain_entry_get_id (self->entry));

  if (context == BK_PAIN_CONTEXT_DURING_RUN && *minutes_text != '\0')
    {
      gint64 minutes = 0;
      g_autofree char *stripped = g_strstrip (g_strdup (minutes_text));

      if (g_ascii_string_to_signed (stripped, 10, G_MININT, G_MAXINT, &minutes, NULL))
        bk_pain_entry_set_minutes_in (draft, (int) minutes);
      else
        g_set_error (minutes_error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                     _("Enter the minutes as a whole number, such as 12"));
    }

  if (run_index != GTK_INVALID_LIST_POSITION && run_index < self->run_ids->len)
    bk_pain_entry_set_run_id (draft, g_array_index (self->run_ids, gint64, run_index));
  bk_pain_entry_set_locations (draft, checked_mask (self->location_checks, BK_N_PAIN_LOCATIONS));
  bk_pain_entry_set_character (draft, checked_mask (self->character_checks, BK_N_PAIN_CHARACTERS));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    bk_pain_entry_set_warning_sign (draft, i, bk_checklist_group_get_answer (self->warning_group, i));
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    {
      guint answer = adw_combo_row_get_selected (self->trigger_rows[i]);

      bk_pain_entry_set_trigger (draft, i, answer <= BK_ANSWER_NO ? answer : BK_ANSWER_UNANSWERED);
    }
  bk_pain_entry_set_notes (draft, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  return draft;
}

static void
validate (BkPainEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) when_error = NULL;
  g_autoptr(GError) minutes_error = NULL;
  g_autoptr(GError) entry_error = NULL;
  g_autoptr(BkPainEntry) draft = NULL;
  g_autoptr(BkHealthScreen) screen = NULL;
  BkPainField field = BK_PAIN_FIELD_NONE;
  const char *when_message = NULL, *character_message = NULL, *notes_message = NULL;
  const char *signs_message = NULL;
  gboolean during_run, valid;

  if (!self->built)
    return;
  draft = build_draft (self, now, &when_error, &minutes_error);
  during_run = bk_pain_entry_get_context (draft) == BK_PAIN_CONTEXT_DURING_RUN;
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_row), during_run);

  valid = when_error == NULL && minutes_error == NULL &&
          bk_pain_entry_validate (draft, now, &field, &entry_error);

  if (when_error != NULL)
    when_message = when_error->message;
  else if (minutes_error != NULL)
    when_message = minutes_error->message;
  else if (field == BK_PAIN_FIELD_WHEN || field == BK_PAIN_FIELD_MINUTES)
    when_message = entry_error->message;
  else if (field == BK_PAIN_FIELD_CHARACTER || field == BK_PAIN_FIELD_LOCATIONS)
    character_message = entry_error->message;
  else if (field == BK_PAIN_FIELD_EMERGENCY)
    signs_message = entry_error->message;
  else if (field == BK_PAIN_FIELD_NOTES)
    notes_message = entry_error->message;

  show_message (self->when_error,
                GTK_WIDGET (minutes_error != NULL || field == BK_PAIN_FIELD_MINUTES ? self->minutes_row : self->date_row),
                when_message);
  show_message (self->character_error, GTK_WIDGET (self->character_group), character_message);
  show_message (self->notes_error, GTK_WIDGET (self->notes_row), notes_message);

  /* No number chosen yet is a prompt, not a mistake; anything else is. */
  if (field == BK_PAIN_FIELD_RATING)
    {
      gboolean prompt = g_error_matches (entry_error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY);

      gtk_label_set_text (self->rating_message, entry_error->message);
      if (prompt)
        gtk_widget_add_css_class (GTK_WIDGET (self->rating_message), "dim-label");
      else
        gtk_widget_add_css_class (GTK_WIDGET (self->rating_message), "error");
    }
  else
    {
      int rating = bk_pain_entry_get_rating (draft);
      g_autofree char *band = rating >= 0
        ? g_strdup_printf (_("%d out of 10: %s"), rating, bk_pain_rating_get_band_label (rating))
        : g_strdup ("");

      gtk_label_set_text (self->rating_message, band);
      gtk_widget_remove_css_class (GTK_WIDGET (self->rating_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->rating_message), "dim-label");
    }
  if (field != BK_PAIN_FIELD_RATING || g_error_matches (entry_error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY))
    gtk_widget_remove_css_class (GTK_WIDGET (self->rating_message), "error");

  if (self->screen_asked)
    screen = bk_pain_editor_build_screen_draft (self, now);
  valid = bk_pain_editor_questions_answered (self, screen, signs_message) && valid;
  bk_pain_editor_update_advice (self, draft, screen, now);

  g_clear_object (&self->pending);
  g_clear_object (&self->pending_screen);
  if (valid)
    {
      self->pending = g_steal_pointer (&draft);
      self->pending_screen = g_steal_pointer (&screen);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), valid);
  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* For the questions' buttons, built in bk-pain-editor-questions.c. */
void
bk_pain_editor_validate (BkPainEditor *self)
{
  validate (self);
}

static void
journal_changed_cb (BkPainEditor *self)
{
  bk_pain_editor_forget_journal (self);
  if (!self->saving)
    validate (self);
}

static void
field_changed_cb (BkPainEditor *self)
{
  validate (self);
}

static void
rating_changed_cb (BkPainEditor *self)
{
  validate (self);
}

static void
choice_changed_cb (BkPainEditor *self,
                   GParamSpec   *pspec,
                   GObject      *row)
{
  if (row == G_OBJECT (self->run_row) && !self->syncing)
    self->run_touched = TRUE;
  validate (self);
}

/* Offers the runs logged on the chosen day; a new entry links the first
 * one unless the user picked otherwise. */
static void
refill_runs (BkPainEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *runs = bk_run_store_get_model (bk_context_get_run_store (self->context));
  BkUnits units = bk_context_get_units (self->context);
  gint64 keep = 0;
  guint32 julian = 0;
  guint select = 0;
  gint64 none = 0;

  if (self->run_ids->len > 0 && adw_combo_row_get_selected (self->run_row) < self->run_ids->len)
    keep = g_array_index (self->run_ids, gint64, adw_combo_row_get_selected (self->run_row));
  else if (self->entry != NULL)
    keep = bk_pain_entry_get_run_id (self->entry);

  g_array_set_size (self->run_ids, 0);
  g_array_append_val (self->run_ids, none);
  gtk_string_list_append (names, _("Not linked"));

  bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &julian, NULL);
  /* Newest first in the model; the day's runs are listed earliest first. */
  for (guint i = g_list_model_get_n_items (runs); julian > 0 && i > 0; i--)
    {
      g_autoptr(BkRun) run = g_list_model_get_item (runs, i - 1);
      g_autofree char *time = NULL;
      g_autofree char *distance = NULL;
      g_autofree char *label = NULL;
      gint64 id;

      if (bk_run_get_julian (run) != julian)
        continue;
      id = bk_run_get_id (run);
      time = g_date_time_format (bk_run_get_started_at (run), "%H:%M");
      distance = bk_format_distance (bk_run_get_distance (run), units);
      label = g_strdup_printf (_("Run at %s, %s"), time, distance);
      gtk_string_list_append (names, label);
      g_array_append_val (self->run_ids, id);
      if (id == keep || (select == 0 && keep == 0 && self->entry == NULL && !self->run_touched))
        select = self->run_ids->len - 1;
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->run_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->run_row, select);
  gtk_widget_set_visible (GTK_WIDGET (self->run_row), self->run_ids->len > 1);
  self->syncing = FALSE;
}

/* The shoes question names the pair that answers it, worn or new, under
 * the question (issue 16); NULL when none does. */
static char *
shoes_hint (BkPainEditor *self,
            guint32       julian)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shoes = bk_shoe_store_list (bk_context_get_database (self->context), FALSE, &error);

  if (shoes == NULL)
    {
      g_debug ("Could not read the shoes: %s", error->message);
      return NULL;
    }
  return bk_shoe_journal_hint (shoes, julian, bk_context_get_units (self->context));
}

/* A new entry's "more training lately?", "shoes worn out, or new?" and
 * "one side tighter?" start as the training status, the shoes and the
 * tightness tests of its day say, until the user answers them; an edited
 * entry keeps what was stored. */
static void
prefill_triggers (BkPainEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *shoes = NULL;
  const BkPainTrigger triggers[] = { BK_PAIN_TRIGGER_TRAINING_INCREASE, BK_PAIN_TRIGGER_ONE_SIDE_TIGHTER,
                                     BK_PAIN_TRIGGER_SHOES };
  gboolean yes[G_N_ELEMENTS (triggers)] = { FALSE, FALSE, FALSE };
  guint32 julian = 0;

  if (self->entry != NULL || !self->built ||
      !bk_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &julian, NULL))
    return;
  if (!bk_pain_training_day_is_flagged (self->context, julian, &yes[0], &error) ||
      !bk_pain_training_one_side_tighter (self->context, julian, &yes[1], &error))
    g_debug ("Could not pre-fill the triggers: %s", error->message);
  shoes = shoes_hint (self, julian);
  yes[2] = shoes != NULL;
  /* The name is the runner's, shown as typed. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->trigger_rows[BK_PAIN_TRIGGER_SHOES]), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->trigger_rows[BK_PAIN_TRIGGER_SHOES]),
                               shoes != NULL ? shoes : "");

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    if (!self->trigger_touched[triggers[i]])
      adw_combo_row_set_selected (self->trigger_rows[triggers[i]], yes[i] ? BK_ANSWER_YES : BK_ANSWER_UNANSWERED);
  self->syncing = FALSE;
}

static void
trigger_selected_cb (BkPainEditor *self,
                     GParamSpec   *pspec,
                     AdwComboRow  *row)
{
  if (self->syncing)
    return;
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    if (self->trigger_rows[i] == row)
      self->trigger_touched[i] = TRUE;
}

static void
date_changed_cb (BkPainEditor *self)
{
  prefill_triggers (self);
  refill_runs (self);
  validate (self);
}

static void
diagram_changed_cb (BkPainEditor *self)
{
  if (self->syncing)
    return;
  self->syncing = TRUE;
  set_checked_mask (self->location_checks, BK_N_PAIN_LOCATIONS, bk_pain_diagram_get_locations (self->diagram));
  self->syncing = FALSE;
  validate (self);
}

static void
location_toggled_cb (BkPainEditor *self)
{
  if (self->syncing)
    return;
  self->syncing = TRUE;
  bk_pain_diagram_set_locations (self->diagram, checked_mask (self->location_checks, BK_N_PAIN_LOCATIONS));
  self->syncing = FALSE;
  validate (self);
}

static void
save_clicked_cb (BkPainEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkPainEntry) pending = NULL;
  g_autoptr(BkHealthScreen) screen = NULL;
  BkPainStore *store = bk_context_get_pain_store (self->context);
  gboolean ok;

  validate (self);
  if (self->pending == NULL)
    return;
  /* Each save makes the store emit ::changed, which validates the form
   * again and replaces what is pending: keep our own references, and do
   * not validate in between. */
  pending = g_object_ref (self->pending);
  screen = self->pending_screen != NULL ? g_object_ref (self->pending_screen) : NULL;
  self->saving = TRUE;

  /* The screen first: on its own it is still a true record of the day,
   * while an entry saved without its due screen would ask it again. */
  if (screen != NULL)
    {
      if (!bk_pain_store_add_screen (store, screen, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The health screen was not saved: %s"), error->message);

          self->saving = FALSE;
          show_message (self->save_error, NULL, message);
          return;
        }
      /* Saved: a second Save after a failed entry must not repeat it. */
      self->screen_asked = FALSE;
      gtk_widget_set_visible (GTK_WIDGET (self->screen_group), FALSE);
    }
  if (self->entry != NULL)
    ok = bk_pain_store_update (store, pending, &error);
  else
    ok = bk_pain_store_add (store, pending, &error);
  self->saving = FALSE;
  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("The entry was not saved: %s"), error->message);

      show_message (self->save_error, NULL, message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* Ctrl+Enter from anywhere in the form: what Save does, when it may. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BkPainEditor *self = BK_PAIN_EDITOR (widget);

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    save_clicked_cb (self);
}

static void
delete_clicked_cb (BkPainEditor *self)
{
  g_autoptr(BkPainEntry) entry = NULL;

  g_return_if_fail (self->entry != NULL);

  /* Whoever opened the editor deletes, so that it can offer to undo. */
  entry = g_object_ref (self->entry);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, entry);
}

static GtkCheckButton *
add_check_row (BkPainEditor        *self,
               AdwPreferencesGroup *group,
               const char          *title,
               GCallback            toggled)
{
  GtkCheckButton *check;
  /* One check button labelled by its text, so it is read out once. */
  GtkWidget *row = bk_check_row_new (title, &check);

  g_signal_connect_object (check, "toggled", toggled, self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (group, row);
  return check;
}

static void
build_form (BkPainEditor *self)
{
  const char *contexts[BK_N_PAIN_CONTEXTS + 1] = { NULL };
  const char *answers[] = { _("Not answered"), _("Yes"), _("No"), NULL };
  g_autoptr(GtkStringList) context_names = NULL;

  for (guint i = 0; i < BK_N_PAIN_CONTEXTS; i++)
    contexts[i] = bk_pain_context_get_label (i);
  context_names = gtk_string_list_new (contexts);
  adw_combo_row_set_model (self->context_row, G_LIST_MODEL (context_names));

  bk_accessible_name_group (ADW_PREFERENCES_GROUP (self->where_list_group), _("Where it hurts"));
  for (guint i = 0; i < BK_N_PAIN_LOCATIONS; i++)
    self->location_checks[i] = add_check_row (self, self->where_list_group, bk_pain_location_get_label (1u << i),
                                              G_CALLBACK (location_toggled_cb));
  for (guint i = 0; i < BK_N_PAIN_CHARACTERS; i++)
    self->character_checks[i] = add_check_row (self, self->character_group, bk_pain_character_get_label (1u << i),
                                               G_CALLBACK (validate));
  bk_pain_editor_build_questions (self);
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (answers);
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bk_pain_trigger_get_question (i));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (trigger_selected_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->trigger_group, row);
      self->trigger_rows[i] = ADW_COMBO_ROW (row);
    }
}

static void
fill_from_entry (BkPainEditor *self)
{
  BkPainEntry *entry = self->entry;
  g_autofree char *date = g_date_time_format (bk_pain_entry_get_when (entry), "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (bk_pain_entry_get_when (entry), "%H:%M");
  int rating = bk_pain_entry_get_rating (entry);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  adw_combo_row_set_selected (self->context_row, bk_pain_entry_get_context (entry));
  if (bk_pain_entry_get_minutes_in (entry) > 0)
    {
      g_autofree char *minutes = g_strdup_printf ("%d", bk_pain_entry_get_minutes_in (entry));

      gtk_editable_set_text (GTK_EDITABLE (self->minutes_row), minutes);
    }
  if (rating >= 0 && rating <= BK_PAIN_RATING_MAX)
    bk_rating_control_set_value (self->rating_box, rating);
  set_checked_mask (self->location_checks, BK_N_PAIN_LOCATIONS, bk_pain_entry_get_locations (entry));
  set_checked_mask (self->character_checks, BK_N_PAIN_CHARACTERS, bk_pain_entry_get_character (entry));
  bk_pain_editor_fill_questions (self, entry);
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    adw_combo_row_set_selected (self->trigger_rows[i], bk_pain_entry_get_trigger (entry, i));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), bk_pain_entry_get_notes (entry));

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Pain Entry"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
}

static void
bk_pain_editor_constructed (GObject *object)
{
  BkPainEditor *self = (BkPainEditor *)object;

  G_OBJECT_CLASS (bk_pain_editor_parent_class)->constructed (object);

  build_form (self);
  self->built = TRUE;
  g_signal_connect_object (bk_context_get_pain_store (self->context), "changed",
                           G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->entry != NULL)
    fill_from_entry (self);
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(BkAdviceEpisode) episode = bk_advice_get_current (self->context, now, &error);
      g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
      g_autofree char *time = g_date_time_format (now, "%H:%M");

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
      adw_combo_row_set_selected (self->context_row, BK_PAIN_CONTEXT_AFTER_RUN);
      prefill_triggers (self);
      self->signs_required = TRUE;
      /* When the journal cannot be read, asking is the safe side. */
      self->screen_asked = episode == NULL || episode->screen_due;
      if (episode == NULL)
        g_debug ("Could not read the advice: %s", error->message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->screen_group), self->screen_asked);
  refill_runs (self);
  validate (self);
}

static void
bk_pain_editor_dispose (GObject *object)
{
  BkPainEditor *self = (BkPainEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_PAIN_EDITOR);
  g_clear_object (&self->pending);
  g_clear_object (&self->pending_screen);
  bk_pain_editor_forget_journal (self);
  g_clear_object (&self->entry);
  g_clear_object (&self->context);
  g_clear_pointer (&self->run_ids, g_array_unref);

  G_OBJECT_CLASS (bk_pain_editor_parent_class)->dispose (object);
}

static void
bk_pain_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BkPainEditor *self = BK_PAIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BkPainEditor *self = BK_PAIN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_editor_class_init (BkPainEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_pain_editor_constructed;
  object_class->dispose = bk_pain_editor_dispose;
  object_class->get_property = bk_pain_editor_get_property;
  object_class->set_property = bk_pain_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, BK_TYPE_PAIN_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BkPainEditor::delete-requested:
   * @entry: the entry being edited
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BK_TYPE_PAIN_ENTRY);

  g_type_ensure (BK_TYPE_PAIN_DIAGRAM);
  g_type_ensure (BK_TYPE_PAIN_ADVICE_BOX);
  g_type_ensure (BK_TYPE_CHECKLIST_GROUP);
  g_type_ensure (BK_TYPE_RATING_CONTROL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-pain-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, save_error);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, context_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, run_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, when_error);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, rating_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, rating_message);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, where_list_group);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, diagram);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, character_group);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, character_error);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, warning_group);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, warning_message);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, screen_group);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, age_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, age_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, screen_message);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, advice_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, trigger_group);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BkPainEditor, notes_error);
  /* Not kept in the struct, but reachable by tests through
   * gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "scroller", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, diagram_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rating_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
bk_pain_editor_init (BkPainEditor *self)
{
  self->run_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bk_pain_editor_new:
 * @entry: (nullable): the entry to edit, or %NULL to record a new one
 */
BkPainEditor *
bk_pain_editor_new (BkContext   *context,
                    BkPainEntry *entry)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (entry == NULL || BK_IS_PAIN_ENTRY (entry), NULL);

  return g_object_new (BK_TYPE_PAIN_EDITOR,
                       "context", context,
                       "entry", entry,
                       NULL);
}

gboolean
bk_pain_editor_get_valid (BkPainEditor *self)
{
  g_return_val_if_fail (BK_IS_PAIN_EDITOR (self), FALSE);
  return self->valid;
}
