/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-page"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-load.h"
#include "core/bk-units.h"
#include "bk-run-editor.h"
#include "store/bk-training-settings.h"
#include "bk-status-card.h"
#include "bk-accessible.h"
#include "bk-training-page.h"
#include "bk-welcome-page.h"

struct _BkTrainingPage
{
  GtkWidget          parent_instance;

  BkContext         *context;
  GtkSortListModel  *sorted;
  GtkSingleSelection *selection;
  BkRun             *deleted_run;

  GtkStack          *main_stack;
  GtkPaned          *paned;
  gboolean           paned_placed;
  GtkColumnView     *run_view;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *distance_column;
  GtkColumnViewColumn *duration_column;
  GtkColumnViewColumn *pace_column;
  GtkColumnViewColumn *surface_column;
  GtkColumnViewColumn *effort_column;
  GtkLabel          *this_week_distance;
  GtkLabel          *this_week_detail;
  GtkLabel          *last_week_distance;
  GtkLabel          *last_week_detail;
  BkStatusCard      *status_card;
  /* First start with an empty log, or asked for again (issue 10). */
  BkWelcomePage     *welcome;
  gboolean           editing_baseline;
};

G_DEFINE_FINAL_TYPE (BkTrainingPage, bk_training_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  COLUMN_DATE,
  COLUMN_DISTANCE,
  COLUMN_DURATION,
  COLUMN_PACE,
  COLUMN_SURFACE,
  COLUMN_EFFORT,
} Column;

static char *
format_cell (BkTrainingPage *self,
             BkRun          *run,
             Column          column)
{
  BkUnits units = bk_context_get_units (self->context);

  switch (column)
    {
    case COLUMN_DATE:
      return g_date_time_format (bk_run_get_started_at (run), _("%a %-d %b %Y, %H:%M"));
    case COLUMN_DISTANCE:
      return bk_format_distance (bk_run_get_distance (run), units);
    case COLUMN_DURATION:
      return bk_format_duration (bk_run_get_duration (run));
    case COLUMN_PACE:
      return bk_format_pace (bk_run_get_distance (run), bk_run_get_duration (run), units);
    case COLUMN_SURFACE:
      return g_strdup (bk_surface_get_label (bk_run_get_surface (run)));
    case COLUMN_EFFORT:
      return bk_run_get_rpe (run) > 0 ? g_strdup_printf ("%d", bk_run_get_rpe (run)) : g_strdup ("");
    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_DATE || column == COLUMN_SURFACE ? 0.0 : 1.0);
  if (column != COLUMN_DATE && column != COLUMN_SURFACE)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* What a screen reader reads for a run's row: "Sun 29 Nov, 21.9 km,
 * 2:13:29, Trail". */
static char *
describe_run (BkTrainingPage *self,
              BkRun          *run)
{
  BkUnits units = bk_context_get_units (self->context);
  g_autofree char *day = g_date_time_format (bk_run_get_started_at (run), _("%a %-d %b"));
  g_autofree char *distance = bk_format_distance (bk_run_get_distance (run), units);
  g_autofree char *duration = bk_format_duration (bk_run_get_duration (run));

  /* TRANSLATORS: a run in the run list as a screen reader reads it: day,
   * distance, duration, surface */
  return g_strdup_printf (_("%s, %s, %s, %s"), day, distance, duration,
                          bk_surface_get_label (bk_run_get_surface (run)));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  BkTrainingPage *self = user_data;
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  BkRun *run = gtk_list_item_get_item (item);
  g_autofree char *text = format_cell (self, run, column);
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *cell = gtk_widget_get_parent (label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text);
  /* GTK 4.8 names a column view's cells and rows by their type: the cell
   * by what it shows, the row by the whole run. */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    *text != '\0' ? text : _("Not recorded"), -1);
  if (row != NULL && column == COLUMN_DATE)
    {
      g_autofree char *name = describe_run (self, run);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
setup_column (BkTrainingPage      *self,
              GtkColumnViewColumn *column,
              Column               kind,
              GtkSorter           *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (factory);
  g_object_unref (sorter);
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (BK_TYPE_RUN, NULL, property)));
}

static char *
surface_label (BkRun *run)
{
  return g_strdup (bk_surface_get_label (bk_run_get_surface (run)));
}

/* The welcome while it is wanted or asked for, else the runs or the empty
 * state. A log that has had runs has been started: the welcome is not
 * offered again by itself once they are deleted. */
static void
show_page (BkTrainingPage *self)
{
  BkRunStore *store = bk_context_get_run_store (self->context);
  gboolean has_runs = g_list_model_get_n_items (bk_run_store_get_model (store)) > 0;

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
    gtk_stack_set_visible_child_name (self->main_stack, has_runs ? "runs" : "empty");
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
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  guint32 today = bk_date_julian_of (now);
  GDateWeekday first_day = bk_context_get_first_weekday (self->context);
  guint32 from = bk_date_week_start (today, first_day) - 7;
  BkRunStore *store = bk_context_get_run_store (self->context);

  days = bk_run_store_daily_totals (store, from, today, &error);
  if (days == NULL)
    {
      g_warning ("Could not sum the weeks: %s", error->message);
      return;
    }
  weeks = bk_weekly_totals ((BkDayTotal *) (gpointer) days->data, days->len, today, first_day, 2);
  update_summary_card (self, &g_array_index (weeks, BkWeekTotal, 1),
                       self->this_week_distance, self->this_week_detail);
  update_summary_card (self, &g_array_index (weeks, BkWeekTotal, 0),
                       self->last_week_distance, self->last_week_detail);

  show_page (self);
}

static void
refresh_cells (BkTrainingPage *self)
{
  /* Units changed: rebinding every row is the simplest way to redraw. */
  gtk_column_view_set_model (self->run_view, NULL);
  gtk_column_view_set_model (self->run_view, GTK_SELECTION_MODEL (self->selection));
  update_summary (self);
}

static void delete_run (BkTrainingPage *self,
                        BkRun          *run);

static void
open_editor (BkTrainingPage *self,
             BkRun          *run)
{
  BkRunEditor *editor = bk_run_editor_new (self->context, run);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (delete_run),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
run_view_activate_cb (BkTrainingPage *self,
                      guint           position,
                      GtkColumnView  *view)
{
  g_autoptr(BkRun) run = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (run != NULL)
    open_editor (self, run);
}

static void
show_toast (BkTrainingPage *self,
            AdwToast       *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
undo_delete_cb (BkTrainingPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->deleted_run == NULL)
    return;
  if (!bk_run_store_restore (bk_context_get_run_store (self->context), self->deleted_run, &error))
    show_toast (self, adw_toast_new_format (_("Could not restore the run: %s"), error->message));
  g_clear_object (&self->deleted_run);
}

static void
delete_run (BkTrainingPage *self,
            BkRun          *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkRun) kept = g_object_ref (run);
  AdwToast *toast;

  if (!bk_run_store_delete (bk_context_get_run_store (self->context), bk_run_get_id (kept), &error))
    {
      show_toast (self, adw_toast_new_format (_("Could not delete the run: %s"), error->message));
      return;
    }

  g_set_object (&self->deleted_run, kept);
  toast = adw_toast_new (_("Run deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                           self, G_CONNECT_SWAPPED);
  show_toast (self, toast);
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

/* The first time the page has a height, give the status its natural
 * height, but never more than about two thirds: the runs stay in view. */
static void
paned_max_position_cb (BkTrainingPage *self)
{
  GtkWidget *top = gtk_paned_get_start_child (self->paned);
  int max = 0;
  int natural = 0;

  g_object_get (self->paned, "max-position", &max, NULL);
  if (self->paned_placed || max <= 0 || top == NULL)
    return;
  gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (top)),
                      GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (self->paned)),
                      NULL, &natural, NULL, NULL);
  gtk_paned_set_position (self->paned, MIN (natural, max * 2 / 3));
  self->paned_placed = TRUE;
}

static void
bk_training_page_dispose (GObject *object)
{
  BkTrainingPage *self = (BkTrainingPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_TRAINING_PAGE);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_run_store (self->context), self);
      g_signal_handlers_disconnect_by_data (bk_context_get_settings (self->context), self);
    }
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->deleted_run);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_training_page_parent_class)->dispose (object);
}

static void
bk_training_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (object);

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
bk_training_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BkTrainingPage *self = BK_TRAINING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      bk_training_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_training_page_class_init (BkTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_training_page_dispose;
  object_class->get_property = bk_training_page_get_property;
  object_class->set_property = bk_training_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BK_TYPE_STATUS_CARD);
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
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, this_week_distance);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, this_week_detail);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, last_week_distance);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, last_week_detail);
  gtk_widget_class_bind_template_child (widget_class, BkTrainingPage, status_card);
  gtk_widget_class_bind_template_callback (widget_class, run_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "training.recent-running", NULL, recent_running_action);
  gtk_widget_class_install_action (widget_class, "runs.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "runs.edit-selected", NULL, edit_selected_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "runs.delete-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "runs.delete-selected", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
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

void
bk_training_page_set_context (BkTrainingPage *self,
                              BkContext      *context)
{
  BkRunStore *store;
  GtkSorter *view_sorter;

  g_return_if_fail (BK_IS_TRAINING_PAGE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = bk_context_get_run_store (context);

  setup_column (self, self->date_column, COLUMN_DATE, numeric_sorter ("timestamp"));
  setup_column (self, self->distance_column, COLUMN_DISTANCE, numeric_sorter ("distance"));
  setup_column (self, self->duration_column, COLUMN_DURATION, numeric_sorter ("duration"));
  setup_column (self, self->pace_column, COLUMN_PACE, numeric_sorter ("pace"));
  setup_column (self, self->surface_column, COLUMN_SURFACE,
                GTK_SORTER (gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                              G_CALLBACK (surface_label),
                                                                              NULL, NULL))));
  setup_column (self, self->effort_column, COLUMN_EFFORT, numeric_sorter ("rpe"));

  view_sorter = gtk_column_view_get_sorter (self->run_view);
  self->sorted = gtk_sort_list_model_new (g_object_ref (bk_run_store_get_model (store)),
                                          g_object_ref (view_sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->run_view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->run_view, self->date_column, GTK_SORT_DESCENDING);
  bk_accessible_name_column_view (self->run_view, _("Runs"));

  g_signal_connect_object (store, "changed", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::units",
                           G_CALLBACK (refresh_cells), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::first-weekday",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  bk_welcome_page_set_context (self->welcome, context);
  update_summary (self);
  bk_status_card_set_context (self->status_card, context);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
