/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-page"

#include "bk-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/bk-date.h"
#include "core/bk-load.h"
#include "core/bk-units.h"
#include "bk-context-property.h"
#include "bk-dialog.h"
#include "bk-run-editor.h"
#include "store/bk-training-settings.h"
#include "services/bk-training-state.h"
#include "bk-toasts.h"
#include "bk-accessible.h"
#include "bk-training-page-private.h"

/* Least needed first: the shoes, the surface, the pace (distance and time
 * give it), the time. The date, the distance and the effort always stay. */
#define N_YIELDING 4
/* Rows before the first frame: a default window shows 3, and each row
 * made before it costs about 0.5 ms; a taller list fills in at the second
 * frame, 16 ms later. */
#define FIRST_FRAME_RUNS 12

G_DEFINE_FINAL_TYPE (BkTrainingPage, bk_training_page, GTK_TYPE_WIDGET)


/* The welcome while it is wanted or asked for, else the runs or the empty
 * state. A log that has had runs has been started: the welcome is not
 * offered again by itself once they are deleted. A log of other sessions
 * and no runs opens on its sessions, not on "No Runs Yet". */
static void
show_page (BkTrainingPage *self)
{
  gboolean has_runs = g_list_model_get_n_items (G_LIST_MODEL (self->runs)) > 0;
  gboolean has_sessions = bk_session_list_get_n_sessions (self->session_list) > 0;

  if (has_runs && !self->editing_baseline)
    {
      g_autofree char *welcomed = NULL;
      BkDatabase *database = bk_context_get_database (self->context);

      if (bk_training_settings_get (database, BK_TRAINING_WELCOMED, &welcomed, NULL) && welcomed == NULL)
        bk_training_settings_set (database, BK_TRAINING_WELCOMED, "1", NULL);
    }
  if (self->editing_baseline || bk_welcome_page_is_wanted (self->context))
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  else
    gtk_stack_set_visible_child_name (self->main_stack, has_runs || has_sessions ? "runs" : "empty");
  if (!has_runs && has_sessions)
    gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                                BK_TYPE_TRAINING_PAGE,
                                                                                "list_stack")),
                                      "sessions");
}

static void
welcome_done_cb (BkTrainingPage *self)
{
  self->editing_baseline = FALSE;
  show_page (self);
}

static void
recent_running_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (widget);

  if (self->context == NULL)
    return;
  self->editing_baseline = TRUE;
  bk_welcome_page_load (self->welcome);
  show_page (self);
}

static void
update_summary_card (BkTrainingPage    *self,
                     const BkWeekTotal *week,
                     GtkLabel          *distance_label,
                     GtkLabel          *detail_label)
{
  g_autofree char *distance = bk_format_distance_short (week->distance_m, bk_context_get_units (self->context));
  g_autofree char *duration = bk_format_duration (week->duration_s);
  g_autofree char *detail = g_strdup_printf (ngettext ("%u run · %s", "%u runs · %s", week->runs),
                                             week->runs, duration);

  gtk_label_set_text (distance_label, distance);
  gtk_label_set_text (detail_label, detail);
}

static void
update_summary (BkTrainingPage *self)
{
  g_autoptr(GError) error = NULL;
  const BkTrainingStatus *status;
  BkWeekTotal weeks[2] = { { 0 } };

  /* This week and last week are the shared status's two newest weeks. */
  status = bk_training_state_get (bk_context_get_training_state (self->context), 0, &error);
  if (status == NULL)
    {
      g_warning ("Could not sum the weeks: %s", error->message);
      return;
    }
  for (guint i = 0; i < 2 && i < status->weekly->len; i++)
    {
      const BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, status->weekly->len - 1 - i);

      weeks[i] = (BkWeekTotal) { week->week_start, week->distance_m, week->duration_s, week->runs };
    }
  update_summary_card (self, &weeks[0], self->this_week_distance, self->this_week_detail);
  update_summary_card (self, &weeks[1], self->last_week_distance, self->last_week_detail);

  show_page (self);
}

static void
forget_widths (BkTrainingPage *self)
{
  memset (self->needed, 0, sizeof self->needed);
}

static void
refresh_cells (BkTrainingPage *self)
{
  /* Units changed: rebinding every row is the simplest way to redraw. */
  forget_widths (self);
  gtk_column_view_set_model (self->run_view, NULL);
  gtk_column_view_set_model (self->run_view, GTK_SELECTION_MODEL (self->selection));
  update_summary (self);
}

/* A pair renamed, added or deleted: every row shows its name again, and
 * a list sorted by the pairs' names takes the new names' order. */
static void
shoes_changed_cb (BkTrainingPage *self)
{
  g_clear_pointer (&self->shoe_names, g_hash_table_unref);
  if (bk_run_list_get_key (self->runs) == BK_RUN_KEY_SHOE)
    bk_run_list_resort (self->runs);
  refresh_cells (self);
}

static void delete_run (BkTrainingPage *self,
                        BkRun          *run);

/* A run added (typed in, imported, or put back by Undo) is brought into
 * view and, alone, selected: the list's place was kept by the row at its
 * top, which left a new run at the top out of sight above it. */
static void
runs_added_cb (BkTrainingPage *self,
               guint           position,
               guint           removed,
               guint           added)
{
  if (removed != 0 || added == 0 || added == g_list_model_get_n_items (G_LIST_MODEL (self->runs)))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->run_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
  if (added == 1)
    gtk_single_selection_set_selected (self->selection, position);
}

static void
open_editor (BkTrainingPage *self,
             BkRun          *run)
{
  BkRunEditor *editor = bk_run_editor_new (self->context, run);

  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (delete_run),
                           self, G_CONNECT_SWAPPED);
  bk_dialog_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

static void
run_view_activate_cb (BkTrainingPage *self,
                      guint           position,
                      GtkColumnView  *view)
{
  g_autoptr(BkRun) run = g_list_model_get_item (G_LIST_MODEL (self->runs), position);

  if (run != NULL)
    open_editor (self, run);
}

static gboolean
restore_run (gpointer   store,
             gpointer   run,
             GError   **error)
{
  return bk_run_store_restore (store, run, error);
}

/* "Run of Sun 29 Nov, 21.9 km deleted" (issue 15): the toast says which. */
static char *
deleted_title (BkTrainingPage *self,
               BkRun          *run)
{
  /* TRANSLATORS: a day in a toast, see g_date_time_format() */
  g_autofree char *day = g_date_time_format (bk_run_get_started_at (run), _("%a %-d %b"));
  g_autofree char *distance = bk_format_distance_short (bk_run_get_distance (run), bk_context_get_units (self->context));

  /* TRANSLATORS: the day, then the distance */
  return g_strdup_printf (_("Run of %s, %s deleted"), day, distance);
}

static void
delete_run (BkTrainingPage *self,
            BkRun          *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRun) kept = g_object_ref (run);
  BkRunStore *store = bk_context_get_run_store (self->context);
  g_autofree char *title = NULL;

  if (!bk_run_store_delete (store, bk_run_get_id (kept), &error))
    {
      bk_toasts_show_error (GTK_WIDGET (self), _("Could not delete the run"), error);
      return;
    }
  title = deleted_title (self, kept);
  bk_toasts_offer_undo (GTK_WIDGET (self), title, store, kept, restore_run, _("Could not restore the run"));
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (widget);
  BkRun *run = gtk_single_selection_get_selected_item (self->selection);

  if (run != NULL)
    delete_run (self, run);
}

static void
edit_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (widget);
  BkRun *run = gtk_single_selection_get_selected_item (self->selection);

  if (run != NULL)
    open_editor (self, run);
}

static GtkColumnViewColumn *
yielding_column (BkTrainingPage *self,
                 guint           i)
{
  GtkColumnViewColumn *columns[N_YIELDING] = { self->shoe_column, self->surface_column, self->pace_column,
                                                self->duration_column };

  return columns[i];
}

/* Whether a column should give way (+1), come back (-1) or neither at
 * @width, from the width the run list needs now and the width it needed
 * with one column more. */
static int
column_step (BkTrainingPage *self,
             int             width)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (self->run_view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  self->needed[self->n_hidden] = minimum;
  if (minimum > width && self->n_hidden < N_YIELDING)
    return 1;
  if (self->n_hidden > 0 && self->needed[self->n_hidden - 1] > 0 &&
      self->needed[self->n_hidden - 1] <= width)
    return -1;
  return 0;
}

/* One column at a time, outside the allocation, so that the run list is
 * measured afresh with each; the next allocation decides again. */
static gboolean
fit_columns_cb (gpointer user_data)
{
  BkTrainingPage *self = user_data;
  int step = column_step (self, self->fit_width);

  self->fit_id = 0;
  if (step > 0)
    gtk_column_view_column_set_visible (yielding_column (self, self->n_hidden++), FALSE);
  else if (step < 0)
    gtk_column_view_column_set_visible (yielding_column (self, --self->n_hidden), TRUE);
  return G_SOURCE_REMOVE;
}

/* Hides columns, least needed first, while the run list is wider than
 * the page, and brings them back when the width it needed with one more
 * is there again: nothing is cut off and nothing scrolls sideways. */
static void
fit_columns (BkTrainingPage *self,
             int             width)
{
  self->fit_width = width;
  if (self->fit_id == 0 && column_step (self, width) != 0)
    self->fit_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_columns_cb, self, NULL);
}

static void
bk_training_page_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->main_stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
bk_training_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (widget);

  if (self->context != NULL)
    fit_columns (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->main_stack), width, height, baseline, NULL);
}

/* The first time the page has a height, give the status its natural
 * height, but never more than about two thirds: the runs stay in view. */
static void
paned_max_position_cb (BkTrainingPage *self)
{
  GtkWidget *top = gtk_paned_get_start_child (self->paned);
  GtkWidget *switcher = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), BK_TYPE_TRAINING_PAGE,
                                                                   "list_switcher"));
  int max = 0;
  int natural = 0;
  int reserve = 90;

  g_object_get (self->paned, "max-position", &max, NULL);
  if (self->paned_placed || max <= 0 || top == NULL)
    return;
  gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (top)),
                      GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (self->paned)),
                      NULL, &natural, NULL, NULL);
  /* The status and both week cards whole, as long as the run list keeps
   * a header and three rows below them (issue 15: the cards were cut off).
   * A status taller than the whole page (a phone) scrolls whatever is
   * kept: then the rows keep their room below the Runs | Other Sessions
   * switcher (issue 16). A desktop window keeps the cards whole. */
  if (natural > gtk_widget_get_height (GTK_WIDGET (self->paned)))
    {
      int switcher_height = 0;

      gtk_widget_measure (switcher, GTK_ORIENTATION_VERTICAL, -1, NULL, &switcher_height, NULL, NULL);
      reserve += switcher_height;
    }
  gtk_paned_set_position (self->paned, MAX (MIN (natural, max - reserve), max / 2));
  self->paned_placed = TRUE;
}

static void
bk_training_page_dispose (GObject *object)
{
  BkTrainingPage *self = (BkTrainingPage *)object;

  g_clear_handle_id (&self->fit_id, g_source_remove);
  if (self->first_frame_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->run_view), self->first_frame_id);
  self->first_frame_id = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_TRAINING_PAGE);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_run_store (self->context), self);
      g_signal_handlers_disconnect_by_data (bk_context_get_settings (self->context), self);
      g_signal_handlers_disconnect_by_data (self->context, self);
    }
  g_clear_pointer (&self->shoe_names, g_hash_table_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown_runs);
  g_clear_object (&self->runs);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_training_page_parent_class)->dispose (object);
}

static void
bk_training_page_class_init (BkTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_training_page_dispose;
  bk_context_property_install_settable (object_class, G_STRUCT_OFFSET (BkTrainingPage, context),
                                        (BkContextSetter) bk_training_page_set_context);

  g_type_ensure (BK_TYPE_STATUS_CARD);
  g_type_ensure (BK_TYPE_SESSION_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, paned);
  gtk_widget_class_bind_template_callback (widget_class, paned_max_position_cb);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, run_view);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, date_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, distance_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, duration_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, pace_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, surface_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, effort_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, shoe_column);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, this_week_distance);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, this_week_detail);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, last_week_distance);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, last_week_detail);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, status_card);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, session_list);
  /* Reachable by name (tests) without a field of their own. */
  gtk_widget_class_bind_template_child_full (widget_class, "list_switcher", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "list_stack", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, run_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "training.recent-running", NULL, recent_running_action);
  gtk_widget_class_install_action (widget_class, "runs.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "runs.edit-selected", NULL, edit_selected_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "runs.delete-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "runs.delete-selected", NULL);

  widget_class->measure = bk_training_page_measure;
  widget_class->size_allocate = bk_training_page_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_training_page_init (BkTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Training"),
                                  -1);
  self->welcome = BK_WELCOME_PAGE (bk_welcome_page_new ());
  gtk_stack_page_set_title (gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->welcome), "welcome"),
                            _("Your recent running"));
  g_signal_connect_object (self->welcome, "done", G_CALLBACK (welcome_done_cb), self, G_CONNECT_SWAPPED);
}

BkContext *
bk_training_page_get_context (BkTrainingPage *self)
{
  g_return_val_if_fail (BK_IS_TRAINING_PAGE (self), NULL);
  return self->context;
}

/* GTK 4.8's list views make rows for up to 200 items when given a model,
 * before they know how many fit: 200 rows of six cells, read from SQLite,
 * before the first frame of a long log. The view gets a screenful first
 * and the whole list from its second frame on, when it knows its height
 * and makes rows only for what shows (issue 13). */
static gboolean
show_every_run (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  BkTrainingPage *self = user_data;

  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;
  self->first_frame_id = 0;
  gtk_slice_list_model_set_size (self->shown_runs, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

void
bk_training_page_set_context (BkTrainingPage *self,
                              BkContext      *context)
{
  BkRunStore *store;

  g_return_if_fail (BK_IS_TRAINING_PAGE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = bk_context_get_run_store (context);

  bk_training_page_setup_columns (self);

  self->runs = bk_run_list_new (store);
  self->shown_runs = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->runs)), 0, FIRST_FRAME_RUNS);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown_runs)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->run_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->runs, "items-changed", G_CALLBACK (runs_added_cb), self, G_CONNECT_SWAPPED);
  bk_training_page_follow_sorting (self);
  self->first_frame_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->run_view), show_every_run, self, NULL);
  bk_accessible_name_column_view (self->run_view, _("Runs"));

  /* The week cards follow the shared training status, which changes with
   * the runs, the first day of the week and the date. */
  g_signal_connect_object (bk_context_get_training_state (context), "changed",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::units",
                           G_CALLBACK (refresh_cells), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "shoes-changed", G_CALLBACK (shoes_changed_cb), self, G_CONNECT_SWAPPED);
  bk_welcome_page_set_context (self->welcome, context);
  update_summary (self);
  bk_status_card_set_context (self->status_card, context);
  bk_session_list_set_context (self->session_list, context);
  /* After the session list's own handler, so that it has its sessions. */
  g_signal_connect_object (context, "training-settings-changed", G_CALLBACK (show_page), self, G_CONNECT_SWAPPED);
  show_page (self);

  bk_context_property_notify (G_OBJECT (self));
}
