/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-routine-row"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-routine-row.h"

/* One routine on the stretching page: its total and next reminder in the
 * title, and when expanded, everything to edit it. Every edit is written
 * at once; the store's changed signal then rebuilds the page. */
struct _BkRoutineRow
{
  AdwExpanderRow  parent_instance;

  BkContext      *context;
  BkRoutine      *routine;
  GPtrArray      *stretches;     /* (element-type BkStretch) every stretch, owned */
  AdwComboRow    *add_combo;
  GtkEntry       *time_entry;
  GtkSpinButton  *after_spin;
};

G_DEFINE_FINAL_TYPE (BkRoutineRow, bk_routine_row, ADW_TYPE_EXPANDER_ROW)

enum {
  START,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save (BkRoutineRow *self,
      BkRoutine    *edited)
{
  g_autoptr(GError) error = NULL;

  if (!bk_stretch_store_update_routine (bk_context_get_stretch_store (self->context), edited, &error))
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

static void
move_item (BkRoutineRow *self,
           guint         from,
           int           delta)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);
  int to = (int) from + delta;
  char *id;

  if (to < 0 || to >= (int) edited->stretch_ids->len)
    return;
  id = g_ptr_array_steal_index (edited->stretch_ids, from);
  g_ptr_array_insert (edited->stretch_ids, to, id);
  save (self, edited);
}

static void
up_clicked_cb (GtkButton    *button,
               BkRoutineRow *self)
{
  move_item (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), -1);
}

static void
down_clicked_cb (GtkButton    *button,
                 BkRoutineRow *self)
{
  move_item (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), +1);
}

static void
remove_clicked_cb (GtkButton    *button,
                   BkRoutineRow *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);

  g_ptr_array_remove_index (edited->stretch_ids, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
  save (self, edited);
}

static void
add_clicked_cb (GtkButton    *button,
                BkRoutineRow *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);
  guint selected = adw_combo_row_get_selected (self->add_combo);
  BkStretch *stretch;

  if (selected >= self->stretches->len)
    return;
  stretch = g_ptr_array_index (self->stretches, selected);
  g_ptr_array_add (edited->stretch_ids, g_strdup (stretch->id));
  save (self, edited);
}

static void
name_applied_cb (AdwEntryRow  *entry,
                 BkRoutineRow *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);

  g_free (edited->name);
  edited->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  save (self, edited);
}

static void
time_activated_cb (GtkEntry     *entry,
                   BkRoutineRow *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  guint hour, minute;
  char end;

  if (*text == '\0')
    edited->schedule.minute_of_day = -1;
  else if (sscanf (text, "%u:%u%c", &hour, &minute, &end) == 2 && hour < 24 && minute < 60)
    edited->schedule.minute_of_day = hour * 60 + minute;
  else
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a time: use HH:MM, such as 18:30, or leave it empty"), text);

      g_signal_emit (self, signals[ERROR], 0, message);
      return;
    }
  if (edited->schedule.minute_of_day >= 0 && edited->schedule.days == 0)
    edited->schedule.days = BK_DAYS_ALL;
  save (self, edited);
}

static void
day_toggled_cb (GtkToggleButton *toggle,
                BkRoutineRow    *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);
  guint bit = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "bit"));

  if (gtk_toggle_button_get_active (toggle))
    edited->schedule.days |= bit;
  else
    edited->schedule.days &= ~bit;
  save (self, edited);
}

static void
after_run_changed_cb (GtkSpinButton *spin,
                      BkRoutineRow  *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);
  int minutes = gtk_spin_button_get_value_as_int (spin);

  edited->schedule.after_run_min = minutes > 0 ? minutes : -1;
  if (edited->schedule.after_run_min != self->routine->schedule.after_run_min)
    save (self, edited);
}

static void
timing_toggled_cb (GtkSwitch    *toggle,
                   GParamSpec   *pspec,
                   BkRoutineRow *self)
{
  g_autoptr(BkRoutine) edited = bk_routine_copy (self->routine);

  edited->timing = gtk_switch_get_active (toggle) ? BK_TIMING_BEFORE_RUN : BK_TIMING_AFTER_RUN;
  save (self, edited);
}

static void
delete_clicked_cb (GtkButton    *button,
                   BkRoutineRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!bk_stretch_store_delete_routine (bk_context_get_stretch_store (self->context), self->routine->id, &error))
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

static void
start_clicked_cb (GtkButton    *button,
                  BkRoutineRow *self)
{
  g_signal_emit (self, signals[START], 0, self->routine->id);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* "Left 90 s (tighter) · Right 60 s" */
static char *
dose_text (GArray          *plan,
           const BkStretch *stretch)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < plan->len; i++)
    {
      BkPlanStep *step = &g_array_index (plan, BkPlanStep, i);
      g_autofree char *time = NULL;

      if (step->stretch != stretch)
        continue;
      time = bk_stretch_format_seconds (step->total_s);
      if (text->len > 0)
        g_string_append (text, " · ");
      if (step->side == BK_SIDE_NONE)
        g_string_append_printf (text, _("%u × %u s, %s"), step->reps, step->total_s / step->reps, time);
      else if (step->tighter)
        g_string_append_printf (text, _("%s %s (tighter)"), bk_stretch_side_label (step->side), time);
      else
        g_string_append_printf (text, "%s %s", bk_stretch_side_label (step->side), time);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_item_rows (BkRoutineRow    *self,
               BkStretchAgenda *agenda)
{
  g_autoptr(GPtrArray) resolved = NULL;
  g_autoptr(GArray) plan = bk_stretch_agenda_plan (agenda, self->routine, &resolved);

  for (guint i = 0; i < self->routine->stretch_ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->routine->stretch_ids, i);
      BkStretch *stretch = bk_stretch_catalogue_find (agenda->stretches, id);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *up_label = NULL;
      g_autofree char *down_label = NULL;
      g_autofree char *remove_label = NULL;
      const char *name = stretch != NULL ? stretch->name : id;
      GtkWidget *up, *down, *remove;

      /* The plan points into "resolved", which holds agenda stretches. */
      subtitle = stretch != NULL ? dose_text (plan, stretch) : g_strdup (_("No longer in the catalogue"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      up_label = g_strdup_printf (_("Move %s up"), name);
      down_label = g_strdup_printf (_("Move %s down"), name);
      remove_label = g_strdup_printf (_("Remove %s"), name);
      up = icon_button ("go-up-symbolic", up_label, i > 0);
      down = icon_button ("go-down-symbolic", down_label, i + 1 < self->routine->stretch_ids->len);
      remove = icon_button ("list-remove-symbolic", remove_label, TRUE);
      /* Named for the stretch, so the focus can follow it when it moves. */
      g_object_set_data_full (G_OBJECT (up), "bk-focus-key", g_strdup_printf ("up:%s", id), g_free);
      g_object_set_data_full (G_OBJECT (down), "bk-focus-key", g_strdup_printf ("down:%s", id), g_free);
      g_object_set_data_full (G_OBJECT (remove), "bk-focus-key", g_strdup_printf ("remove:%s", id), g_free);
      g_object_set_data (G_OBJECT (up), "index", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (down), "index", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (up, "clicked", G_CALLBACK (up_clicked_cb), self);
      g_signal_connect (down, "clicked", G_CALLBACK (down_clicked_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
    }
}

static void
add_edit_rows (BkRoutineRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
  GtkWidget *row, *button, *box, *toggle;
  char time_text[8] = "";

  for (guint i = 0; i < self->stretches->len; i++)
    gtk_string_list_append (names, ((BkStretch *) g_ptr_array_index (self->stretches, i))->name);
  self->add_combo = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_combo), _("Add a stretch"));
  adw_combo_row_set_model (self->add_combo, G_LIST_MODEL (names));
  button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->add_combo), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->add_combo));

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (row), self->routine->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (name_applied_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Before a run"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Brief holds (at most 30 s, 45 s on the tighter side), then dynamic movement"));
  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), self->routine->timing == BK_TIMING_BEFORE_RUN);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (timing_toggled_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Reminder time"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("HH:MM on the days below; empty for none. Press Enter to save."));
  self->time_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->time_entry), 6);
  gtk_widget_set_valign (GTK_WIDGET (self->time_entry), GTK_ALIGN_CENTER);
  if (self->routine->schedule.minute_of_day >= 0)
    g_snprintf (time_text, sizeof time_text, "%02d:%02d",
                self->routine->schedule.minute_of_day / 60, self->routine->schedule.minute_of_day % 60);
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reminder time"), -1);
  g_signal_connect (self->time_entry, "activate", G_CALLBACK (time_activated_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->time_entry));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  /* The seven days under their title, the row's full width: beside it
   * they held the window wider than a phone (issue 15). */
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  {
    GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    GtkWidget *title = gtk_label_new (_("Days"));

    gtk_widget_add_css_class (column, "day-toggles-row");
    gtk_label_set_xalign (GTK_LABEL (title), 0);
    gtk_box_append (GTK_BOX (column), title);
    box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
    gtk_widget_add_css_class (box, "linked");
    gtk_widget_add_css_class (box, "day-toggles");
    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Days"), -1);
    gtk_box_append (GTK_BOX (column), box);
    gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), column);
  }
  for (guint i = 0; i < 7; i++)
    {
      toggle = gtk_toggle_button_new_with_label (_(days[i]));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), (self->routine->schedule.days & (1u << i)) != 0);
      g_object_set_data (G_OBJECT (toggle), "bit", GUINT_TO_POINTER (1u << i));
      g_signal_connect (toggle, "toggled", G_CALLBACK (day_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), toggle);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Minutes after a run"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Remind me this long after I log a run; 0 for never"));
  self->after_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 1440, 5));
  gtk_spin_button_set_value (self->after_spin, MAX (self->routine->schedule.after_run_min, 0));
  gtk_widget_set_valign (GTK_WIDGET (self->after_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->after_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Minutes after a run"), -1);
  g_signal_connect (self->after_spin, "value-changed", G_CALLBACK (after_run_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->after_spin));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Delete this routine"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Its past sessions stay in your history"));
  button = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  g_signal_connect (button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
bk_routine_row_dispose (GObject *object)
{
  BkRoutineRow *self = (BkRoutineRow *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->routine, bk_routine_free);
  g_clear_pointer (&self->stretches, g_ptr_array_unref);

  G_OBJECT_CLASS (bk_routine_row_parent_class)->dispose (object);
}

static void
bk_routine_row_class_init (BkRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_routine_row_dispose;

  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bk_routine_row_init (BkRoutineRow *self)
{
}

BkRoutineRow *
bk_routine_row_new (BkContext       *context,
                    BkStretchAgenda *agenda,
                    guint            index)
{
  BkRoutineRow *self;
  g_autoptr(GPtrArray) resolved = NULL;
  g_autoptr(GArray) plan = NULL;
  g_autofree char *total = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *start_label = NULL;
  GDateTime *due;
  GtkWidget *start;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (index < agenda->routines->len, NULL);

  self = g_object_new (BK_TYPE_ROUTINE_ROW, NULL);
  self->context = g_object_ref (context);
  self->routine = bk_routine_copy (g_ptr_array_index (agenda->routines, index));
  self->stretches = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  for (guint i = 0; i < agenda->stretches->len; i++)
    g_ptr_array_add (self->stretches, bk_stretch_copy (g_ptr_array_index (agenda->stretches, i)));

  plan = bk_stretch_agenda_plan (agenda, self->routine, &resolved);
  total = bk_stretch_format_seconds (bk_routine_plan_total_s (plan));
  due = g_ptr_array_index (agenda->due, index);
  if (due != NULL)
    {
      g_autofree char *at = NULL;

      if (bk_stretch_agenda_is_snoozed (agenda, index))
        {
          at = g_date_time_format (due, "%H:%M");
          /* TRANSLATORS: a snoozed reminder and whether it arrives with the
           * window closed, e.g. "snoozed until 09:06, arrives with the window closed" */
          when = g_strdup_printf (_("snoozed until %s, %s"), at, bk_reminder_arrival_note (context));
        }
      else
        {
          at = g_date_time_format (due, "%a %H:%M");
          /* TRANSLATORS: "next Tue 19:00, only while the window is open" */
          when = g_strdup_printf (_("next %s, %s"), at, bk_reminder_arrival_note (context));
        }
    }
  else
    when = bk_schedule_describe (&self->routine->schedule);
  subtitle = g_strdup_printf (ngettext ("%u stretch · %s · %s", "%u stretches · %s · %s",
                                        self->routine->stretch_ids->len),
                              self->routine->stretch_ids->len, total, when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->routine->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  start_label = g_strdup_printf (_("Start %s"), self->routine->name);
  start = icon_button ("media-playback-start-symbolic", start_label, plan->len > 0);
  g_signal_connect (start, "clicked", G_CALLBACK (start_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), start);

  add_item_rows (self, agenda);
  add_edit_rows (self);
  return self;
}

/**
 * bk_reminder_arrival_note:
 *
 * Returns: whether a reminder will arrive with the window closed, as GNOME
 *   Clocks says for its alarms; in the demo, that reminders are off
 */
const char *
bk_reminder_arrival_note (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  if (bk_context_get_is_demo (context))
    return _("reminders are off in the demo");
  if (g_settings_get_boolean (bk_context_get_settings (context), "run-in-background"))
    return _("arrives with the window closed");
  return _("only while the window is open");
}

gint64
bk_routine_row_get_id (BkRoutineRow *self)
{
  g_return_val_if_fail (BK_IS_ROUTINE_ROW (self), 0);
  return self->routine->id;
}
