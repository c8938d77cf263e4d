/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-session-list"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "store/bk-other-activities.h"
#include "bk-dialog.h"
#include "bk-session-editor.h"
#include "bk-toasts.h"
#include "bk-session-list.h"

/* The sessions that are not runs (issue 16), newest first, beside the run
 * list on the Training page: a row opens the session in the editor, its
 * button deletes it with Undo. The list follows the context's
 * ::training-settings-changed, which whoever writes sessions emits. */
struct _BkSessionList
{
  AdwBin      parent_instance;

  BkContext  *context;
  GtkStack   *stack;
  GtkListBox *list;
  guint       n_sessions;
};

G_DEFINE_FINAL_TYPE (BkSessionList, bk_session_list, ADW_TYPE_BIN)

/* A deleted session as the toasts keep it for Undo: they hold GObjects. */
#define BK_TYPE_DELETED_SESSION (bk_deleted_session_get_type ())
G_DECLARE_FINAL_TYPE (BkDeletedSession, bk_deleted_session, BK, DELETED_SESSION, GObject)

struct _BkDeletedSession
{
  GObject    parent_instance;
  BkSession *session;
};

G_DEFINE_FINAL_TYPE (BkDeletedSession, bk_deleted_session, G_TYPE_OBJECT)

static void
bk_deleted_session_finalize (GObject *object)
{
  g_clear_pointer (&BK_DELETED_SESSION (object)->session, bk_session_free);
  G_OBJECT_CLASS (bk_deleted_session_parent_class)->finalize (object);
}

static void
bk_deleted_session_class_init (BkDeletedSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_deleted_session_finalize;
}

static void
bk_deleted_session_init (BkDeletedSession *self)
{
}

#define SESSION_KEY "bk-session"

/* "Aqua jogging · 45 min · effort 5", "Mon 30 Nov 2026, 07:15 — notes". */
GtkWidget *
bk_session_row_new (const BkSession *session)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *time = bk_format_hours_minutes (session->duration_s);
  g_autofree char *date = g_date_time_format (session->started_at, _("%a %-d %b %Y, %H:%M"));
  g_autofree char *title = NULL;

  if (session->rpe > 0)
    /* TRANSLATORS: a kind of session, its time and effort: "Aqua jogging · 45 min · effort 5" */
    title = g_strdup_printf (_("%s · %s · effort %d"), bk_session_kind_get_label (session->kind), time,
                             session->rpe);
  else
    /* TRANSLATORS: a kind of session and its time: "Cycling · 1 h 30 min" */
    title = g_strdup_printf (_("%s · %s"), bk_session_kind_get_label (session->kind), time);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (session->notes != NULL && *session->notes != '\0')
    {
      g_autofree char *with_notes = g_strconcat (date, " — ", session->notes, NULL);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), with_notes);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
  return row;
}

/* What a screen reader reads for a row, as for a run's: "Mon 30 Nov,
 * Aqua jogging, 45 min, effort 5". */
static char *
describe_session (const BkSession *session)
{
  g_autofree char *day = g_date_time_format (session->started_at, _("%a %-d %b"));
  g_autofree char *time = bk_format_hours_minutes (session->duration_s);

  if (session->rpe > 0)
    /* TRANSLATORS: a session as a screen reader reads it: day, kind, time, effort */
    return g_strdup_printf (_("%s, %s, %s, effort %d"), day, bk_session_kind_get_label (session->kind), time,
                            session->rpe);
  /* TRANSLATORS: a session as a screen reader reads it: day, kind, time */
  return g_strdup_printf (_("%s, %s, %s"), day, bk_session_kind_get_label (session->kind), time);
}

static gboolean
restore_session (gpointer   owner,
                 gpointer   item,
                 GError   **error)
{
  BkContext *context = owner;
  BkSession *session = BK_DELETED_SESSION (item)->session;

  if (!bk_other_activities_add_session (bk_context_get_database (context), session, error))
    return FALSE;
  bk_context_training_settings_changed (context);
  return TRUE;
}

static void
delete_row (BkSessionList *self,
            GtkWidget     *row)
{
  const BkSession *session = g_object_get_data (G_OBJECT (row), SESSION_KEY);
  g_autoptr(BkDeletedSession) kept = g_object_new (BK_TYPE_DELETED_SESSION, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(BkContext) context = g_object_ref (self->context);
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;

  kept->session = bk_session_copy (session);
  g_array_append_val (ids, kept->session->id);
  if (!bk_other_activities_delete (bk_context_get_database (context), ids, &error))
    {
      bk_toasts_show_error (GTK_WIDGET (self), _("Could not delete the session"), error);
      return;
    }
  /* TRANSLATORS: a day in a toast, see g_date_time_format() */
  day = g_date_time_format (kept->session->started_at, _("%a %-d %b"));
  /* TRANSLATORS: the kind of session, then the day: "Cycling of Mon 30 Nov deleted" */
  title = g_strdup_printf (_("%s of %s deleted"), bk_session_kind_get_label (kept->session->kind), day);
  /* The toast first: the list is rebuilt below and the button goes. */
  bk_toasts_offer_undo (GTK_WIDGET (self), title, context, kept, restore_session,
                        _("Could not restore the session"));
  bk_context_training_settings_changed (context);
}

static void
delete_clicked_cb (GtkButton     *button,
                   BkSessionList *self)
{
  delete_row (self, gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW));
}

/* Delete on a row, as on a run in the run list. */
static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BkSessionList *self = BK_SESSION_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (self->context != NULL && row != NULL && g_object_get_data (G_OBJECT (row), SESSION_KEY) != NULL &&
      gtk_widget_is_ancestor (row, widget))
    delete_row (self, row);
}

static void
row_activated_cb (BkSessionList *self,
                  GtkListBoxRow *row)
{
  const BkSession *session = g_object_get_data (G_OBJECT (row), SESSION_KEY);

  if (session != NULL)
    bk_dialog_present (GTK_WINDOW (bk_session_editor_new_for_session (self->context, session)),
                       GTK_WIDGET (self));
}

static GtkWidget *
listed_row (BkSessionList   *self,
            const BkSession *session)
{
  GtkWidget *row = bk_session_row_new (session);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = describe_session (session);
  /* TRANSLATORS: the delete button of a session's row; %s is the session as described for screen readers */
  g_autofree char *delete_name = g_strdup_printf (_("Delete %s"), name);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete Session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  g_object_set_data_full (G_OBJECT (row), SESSION_KEY, bk_session_copy (session), (GDestroyNotify) bk_session_free);
  return row;
}

/**
 * bk_session_rows_fill:
 * @make_row: makes the row of a session
 *
 * Fills @box afresh with the sessions of the local days @from_julian to
 * @to_julian, newest first, as the run list shows runs; on a log that
 * cannot be read, one row saying so.
 *
 * Returns: how many sessions are listed, or -1 when none could be read
 */
int
bk_session_rows_fill (GtkListBox       *box,
                      BkDatabase       *database,
                      guint32           from_julian,
                      guint32           to_julian,
                      BkSessionRowFunc  make_row,
                      gpointer          user_data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
  sessions = bk_other_activities_list (database, from_julian, to_julian, &error);
  if (sessions == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the sessions: %s"), error->message);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      gtk_list_box_append (box, row);
      return -1;
    }
  for (guint i = sessions->len; i > 0; i--)
    gtk_list_box_append (box, make_row (g_ptr_array_index (sessions, i - 1), user_data));
  return (int) sessions->len;
}

static GtkWidget *
make_listed_row (const BkSession *session,
                 gpointer         user_data)
{
  return listed_row (user_data, session);
}

static void
reload (BkSessionList *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate first;
  int n;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1900);
  /* Every session: they are a few a week at most. A day ahead for a
   * session an import dated in another time zone. */
  n = bk_session_rows_fill (self->list, bk_context_get_database (self->context), g_date_get_julian (&first),
                            bk_date_julian_of (now) + 1, make_listed_row, self);
  self->n_sessions = (guint) MAX (n, 0);
  gtk_stack_set_visible_child_name (self->stack, n != 0 ? "sessions" : "empty");
}

static void
bk_session_list_dispose (GObject *object)
{
  BkSessionList *self = BK_SESSION_LIST (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_session_list_parent_class)->dispose (object);
}

static void
bk_session_list_class_init (BkSessionListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bk_session_list_dispose;
  gtk_widget_class_install_action (widget_class, "sessions.delete-focused", NULL, delete_focused_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "sessions.delete-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "sessions.delete-focused", NULL);
}

static void
bk_session_list_init (BkSessionList *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *log = gtk_button_new_with_mnemonic (_("_Log Other Session…"));

  self->stack = GTK_STACK (gtk_stack_new ());
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Other sessions"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Session list"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "sessions");

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "bk-training-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Other Sessions"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Aqua jogging, cycling, swimming and other low-impact sessions you log are listed here."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_widget_set_halign (log, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (log, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (log), "win.add-session");
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), log);
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

void
bk_session_list_set_context (BkSessionList *self,
                             BkContext     *context)
{
  g_return_if_fail (BK_IS_SESSION_LIST (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (context, "training-settings-changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);
}

/* How many sessions the list shows. */
guint
bk_session_list_get_n_sessions (BkSessionList *self)
{
  g_return_val_if_fail (BK_IS_SESSION_LIST (self), 0);
  return self->n_sessions;
}
