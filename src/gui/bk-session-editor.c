/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-session-editor"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-session.h"
#include "core/bk-units.h"
#include "store/bk-other-activities.h"
#include "bk-context-property.h"
#include "bk-dialog.h"
#include "bk-session-editor.h"
#include "bk-session-list.h"

/* A session that is not a run (issue 16): its kind, when, how long, how
 * hard and a note, with the sessions of the last four weeks listed below.
 * Save stays off until every field reads; what is wrong is said under the
 * form, naming the field. */
struct _BkSessionEditor
{
  AdwWindow    parent_instance;

  BkContext   *context;
  /* What Save would store; NULL while the form is invalid. */
  BkSession   *pending;
  /* The stored session being edited; NULL for a new one. */
  BkSession   *editing;
  guint        n_recent;

  GtkButton   *save_button;
  AdwComboRow *kind_row;
  AdwEntryRow *date_row;
  AdwEntryRow *duration_row;
  AdwComboRow *effort_row;
  AdwEntryRow *notes_row;
  GtkLabel    *error_label;
  GtkListBox  *recent_list;
};

G_DEFINE_FINAL_TYPE (BkSessionEditor, bk_session_editor, ADW_TYPE_WINDOW)

#define RECENT_DAYS 28

static void
show_error (BkSessionEditor *self,
            GtkWidget       *field,
            const char      *message)
{
  bk_dialog_show_message (self->error_label, field, message);
}

static void
validate (BkSessionEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BkSession) draft = NULL;
  gint64 duration = 0;
  guint effort = adw_combo_row_get_selected (self->effort_row);

  g_clear_pointer (&self->pending, bk_session_free);
  if (!bk_session_parse_start (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), now, &started, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Date: %s"), error->message);

      show_error (self, GTK_WIDGET (self->date_row), message);
    }
  else if (bk_date_julian_of (started) > bk_date_julian_of (now))
    show_error (self, GTK_WIDGET (self->date_row),
                _("Date: the session lies in the future; log it once you have done it"));
  else if (!bk_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), &duration, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Duration: %s"), error->message);

      show_error (self, GTK_WIDGET (self->duration_row), message);
    }
  else
    {
      draft = bk_session_new (MIN (adw_combo_row_get_selected (self->kind_row), BK_SESSION_KIND_OTHER),
                              started, duration);
      draft->rpe = effort <= 10 ? (int) effort : 0;
      g_free (draft->notes);
      draft->notes = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
      if (bk_session_validate (draft, &error))
        {
          show_error (self, NULL, NULL);
          self->pending = g_steal_pointer (&draft);
        }
      else
        show_error (self, GTK_WIDGET (self->duration_row), error->message);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), self->pending != NULL);
}

static void
field_changed_cb (BkSessionEditor *self)
{
  validate (self);
}

static GtkWidget *
recent_row (const BkSession *session,
            gpointer         user_data)
{
  return bk_session_row_new (session);
}

static void
fill_recent (BkSessionEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = bk_date_julian_of (now);
  int n = bk_session_rows_fill (self->recent_list, bk_context_get_database (self->context), today - RECENT_DAYS,
                                today, recent_row, NULL);

  self->n_recent = (guint) MAX (n, 0);
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No sessions in the last four weeks"));
      gtk_list_box_append (self->recent_list, row);
    }
}

static void
save_clicked_cb (BkSessionEditor *self)
{
  g_autoptr(GError) error = NULL;

  validate (self);
  if (self->pending == NULL)
    return;
  if (self->editing != NULL)
    self->pending->id = self->editing->id;
  if (self->editing != NULL
      ? !bk_other_activities_update_session (bk_context_get_database (self->context), self->pending, &error)
      : !bk_other_activities_add_session (bk_context_get_database (self->context), self->pending, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The session was not saved: %s"), error->message);

      show_error (self, NULL, message);
      return;
    }
  /* The status and the charts count sessions: they update now. */
  bk_context_training_settings_changed (self->context);
  gtk_window_close (GTK_WINDOW (self));
}

/* The form shows a stored session to edit it. */
static void
load_session (BkSessionEditor *self,
              const BkSession *session)
{
  g_autofree char *when = g_date_time_format (session->started_at, "%Y-%m-%d %H:%M");
  g_autofree char *duration = bk_format_duration (session->duration_s);

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
  adw_combo_row_set_selected (self->kind_row, session->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), when);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), duration);
  adw_combo_row_set_selected (self->effort_row, (guint) CLAMP (session->rpe, 0, 10));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), session->notes != NULL ? session->notes : "");
}

static void
bk_session_editor_constructed (GObject *object)
{
  BkSessionEditor *self = BK_SESSION_EDITOR (object);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M");
  const char *kinds[BK_SESSION_N_KINDS + 1] = { NULL };
  const char *efforts[12] = { NULL };
  g_autoptr(GtkStringList) kind_names = NULL;
  g_autoptr(GtkStringList) effort_names = NULL;
  char numbers[10][4];

  G_OBJECT_CLASS (bk_session_editor_parent_class)->constructed (object);

  for (int k = 0; k < BK_SESSION_N_KINDS; k++)
    kinds[k] = bk_session_kind_get_label (k);
  kind_names = gtk_string_list_new (kinds);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  efforts[0] = C_("effort", "Not rated");
  for (int n = 1; n <= 10; n++)
    {
      g_snprintf (numbers[n - 1], sizeof numbers[n - 1], "%d", n);
      efforts[n] = numbers[n - 1];
    }
  effort_names = gtk_string_list_new (efforts);
  adw_combo_row_set_model (self->effort_row, G_LIST_MODEL (effort_names));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), when);
  fill_recent (self);
  validate (self);
}

static void
bk_session_editor_dispose (GObject *object)
{
  BkSessionEditor *self = BK_SESSION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_SESSION_EDITOR);
  g_clear_pointer (&self->pending, bk_session_free);
  g_clear_pointer (&self->editing, bk_session_free);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_session_editor_parent_class)->dispose (object);
}

static void
bk_session_editor_class_init (BkSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_session_editor_constructed;
  object_class->dispose = bk_session_editor_dispose;

  bk_context_property_install (object_class, G_STRUCT_OFFSET (BkSessionEditor, context));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, effort_row);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BkSessionEditor, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
bk_session_editor_init (BkSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BkSessionEditor *
bk_session_editor_new (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_SESSION_EDITOR, "context", context, NULL);
}

/**
 * bk_session_editor_new_for_session:
 * @session: a stored session; the editor keeps a copy
 *
 * An editor on @session: Save changes it in place.
 */
BkSessionEditor *
bk_session_editor_new_for_session (BkContext       *context,
                                   const BkSession *session)
{
  BkSessionEditor *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (session != NULL && session->id > 0, NULL);

  self = g_object_new (BK_TYPE_SESSION_EDITOR, "context", context, NULL);
  self->editing = bk_session_copy (session);
  load_session (self, self->editing);
  validate (self);
  return self;
}

gboolean
bk_session_editor_get_valid (BkSessionEditor *self)
{
  g_return_val_if_fail (BK_IS_SESSION_EDITOR (self), FALSE);
  return self->pending != NULL;
}

/* How many sessions the list below the form shows. */
guint
bk_session_editor_get_n_recent (BkSessionEditor *self)
{
  g_return_val_if_fail (BK_IS_SESSION_EDITOR (self), 0);
  return self->n_recent;
}
