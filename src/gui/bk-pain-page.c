/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-page"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-pain-assessment.h"
#include "services/bk-advice.h"
#include "services/bk-pain-training.h"
#include "services/bk-training-state.h"
#include "bk-assessment-dialog.h"
#include "bk-context-property.h"
#include "bk-dialog.h"
#include "bk-guide-link.h"
#include "bk-pain-advice-box.h"
#include "bk-pain-chart.h"
#include "bk-pain-editor.h"
#include "bk-pain-entry-row.h"
#include "bk-pain-page.h"
#include "bk-toasts.h"

struct _BkPainPage
{
  GtkWidget     parent_instance;

  BkContext    *context;

  GtkStack     *main_stack;
  BkPainAdviceBox *advice_box;
  GtkLabel     *trend_label;
  GtkBox       *hints_box;
  GtkBox       *insights_box;
  GtkBox       *chart_slot;
  BkPainChart  *chart;
  GtkListBox   *entry_list;
  GtkButton    *all_entries_button;
  GtkListView  *journal_list;
  GtkScrolledWindow *journal_scroller;
  AdwPreferencesGroup *assessment_group;
  GPtrArray    *assessment_rows;
  /* First days of the weeks the training status flagged for a fast
   * ramp-up; set by whoever computes that status. */
  GArray       *flagged_weeks;
};

G_DEFINE_FINAL_TYPE (BkPainPage, bk_pain_page, GTK_TYPE_WIDGET)

/* How many of the newest entries the summary lists before "Show All". */
#define BK_PAIN_PAGE_RECENT 5

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void delete_entry (BkPainPage  *self,
                          BkPainEntry *entry);

static void
row_delete_clicked_cb (BkPainPage *self,
                       GtkButton  *button)
{
  BkPainEntry *entry = g_object_get_data (G_OBJECT (button), "entry");

  if (entry != NULL)
    delete_entry (self, entry);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BkPainPage *self = user_data;
  BkPainEntry *entry = item;
  g_autoptr(BkPainAssessment) assessment = bk_pain_assess (entry);
  g_autofree char *title = bk_pain_entry_row_describe_title (entry);
  g_autofree char *subtitle = bk_pain_entry_row_describe_when (entry);
  g_autofree char *delete_name = g_strdup_printf (_("Delete the entry of %s"), subtitle);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);

  if (assessment->advice != BK_PAIN_ADVICE_NONE)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, assessment->advice == BK_PAIN_ADVICE_URGENT ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      assessment->advice_title, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete Entry"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  g_object_set_data_full (G_OBJECT (delete_button), "entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (row_delete_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);
  return row;
}

/* The open episode's advice, not the newest entry's: it lasts until a
 * clinician has assessed the runner (issue 9). */
static void
show_hints (BkPainPage       *self,
            BkPainAssessment *assessment)
{
  clear_box (self->hints_box);
  if (assessment == NULL || assessment->hints->len == 0)
    return;

  {
    GtkWidget *heading = gtk_label_new (_("Your latest entry may fit these patterns (hints, not a diagnosis)"));

    gtk_label_set_xalign (GTK_LABEL (heading), 0);
    gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
    gtk_widget_add_css_class (heading, "heading");
    gtk_box_append (self->hints_box, heading);
  }
  for (guint i = 0; i < assessment->hints->len; i++)
    {
      const BkPainHint *hint = &g_array_index (assessment->hints, BkPainHint, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (hint->text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), bk_guide_link_new (hint->guide_id, hint->text));
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_end (row, 6);
      gtk_widget_add_css_class (row, "card");
      gtk_box_append (self->hints_box, row);
    }
}

static void
assessment_delete_clicked_cb (BkPainPage *self,
                              GtkButton  *button)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "assessment-id");

  if (!bk_pain_store_delete_assessment (bk_context_get_pain_store (self->context), id, &error))
    bk_toasts_show_error (GTK_WIDGET (self), _("Could not delete the assessment"), error);
}

/* The journal keeps the record of each assessment, newest first. */
static void
show_assessments (BkPainPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assessments = bk_pain_store_list_assessments (bk_context_get_pain_store (self->context),
                                                                     &error);

  for (guint i = 0; i < self->assessment_rows->len; i++)
    adw_preferences_group_remove (self->assessment_group, g_ptr_array_index (self->assessment_rows, i));
  g_ptr_array_set_size (self->assessment_rows, 0);
  if (assessments == NULL)
    {
      g_debug ("Could not read the assessments: %s", error->message);
      return;
    }
  for (guint i = 0; i < assessments->len; i++)
    {
      BkClinicianAssessment *assessment = assessments->pdata[i];
      g_autofree char *day = bk_date_format_long (bk_clinician_assessment_get_assessed_on (assessment));
      g_autofree char *title = g_strdup_printf (_("Assessed by a clinician on %s"), day);
      g_autofree char *delete_name = g_strdup_printf (_("Delete the assessment of %s"), day);
      const char *outcome = bk_clinician_outcome_get_label (bk_clinician_assessment_get_outcome (assessment));
      const char *notes = bk_clinician_assessment_get_notes (assessment);
      g_autofree char *subtitle = *notes != '\0' ? g_strdup_printf ("%s · %s", outcome, notes) : g_strdup (outcome);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gint64 *id = g_new (gint64, 1);

      *id = bk_clinician_assessment_get_id (assessment);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set (icon, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete_button, "flat");
      gtk_widget_set_tooltip_text (delete_button, _("Delete Assessment"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
      g_object_set_data_full (G_OBJECT (delete_button), "assessment-id", id, g_free);
      g_signal_connect_object (delete_button, "clicked", G_CALLBACK (assessment_delete_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);
      adw_preferences_group_add (self->assessment_group, row);
      g_ptr_array_add (self->assessment_rows, row);
    }
}

static void
update_summary (BkPainPage *self)
{
  GListModel *model = bk_pain_store_get_model (bk_context_get_pain_store (self->context));
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(BkPainAssessment) assessment = NULL;
  g_autoptr(BkAdviceEpisode) episode = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (model);
  int from, to;
  BkPainTrend trend;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (model, i));

  if (n == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "journal") != 0)
    gtk_stack_set_visible_child_name (self->main_stack, "entries");
  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show All %u Entries",
                                                           "Show All %u Entries", n), n);

    gtk_button_set_label (self->all_entries_button, label);
    gtk_widget_set_visible (GTK_WIDGET (self->all_entries_button), n > BK_PAIN_PAGE_RECENT);
  }

  episode = bk_advice_get_current (self->context, now, &error);
  if (episode == NULL)
    g_debug ("Could not read the advice: %s", error->message);
  bk_pain_advice_box_set_episode (self->advice_box, episode);
  show_assessments (self);
  /* Self-help hints only while no clinician is advised: they read the
   * newest entry, since they are about how the back is now. */
  if (n > 0 && episode != NULL && episode->level == BK_PAIN_ADVICE_NONE)
    assessment = bk_pain_assess (entries->pdata[0]);
  show_hints (self, assessment);

  trend = bk_pain_trend ((BkPainEntry **) entries->pdata, entries->len, &from, &to);
  if (trend == BK_PAIN_TREND_UNKNOWN)
    gtk_label_set_text (self->trend_label, bk_pain_trend_get_label (trend));
  else
    {
      g_autofree char *text = g_strdup_printf (_("%s (from %d to %d)"), bk_pain_trend_get_label (trend), from, to);

      gtk_label_set_text (self->trend_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->trend_label), TRUE);

  insights = bk_pain_insights ((BkPainEntry **) entries->pdata, entries->len,
                               (guint32 *) (gpointer) self->flagged_weeks->data, self->flagged_weeks->len,
                               bk_context_get_first_weekday (self->context));
  clear_box (self->insights_box);
  for (guint i = 0; i < insights->len; i++)
    {
      GtkWidget *label = gtk_label_new (insights->pdata[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (self->insights_box, label);
    }

  if (self->chart != NULL)
    bk_pain_chart_refresh (self->chart);
}

static gboolean
restore_entry (gpointer   store,
               gpointer   entry,
               GError   **error)
{
  return bk_pain_store_restore (store, entry, error);
}

static void
delete_entry (BkPainPage  *self,
              BkPainEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkPainEntry) kept = g_object_ref (entry);
  BkPainStore *store = bk_context_get_pain_store (self->context);
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;

  if (!bk_pain_store_delete (store, bk_pain_entry_get_id (kept), &error))
    {
      bk_toasts_show_error (GTK_WIDGET (self), _("Could not delete the entry"), error);
      return;
    }
  /* TRANSLATORS: a day in a toast, see g_date_time_format() */
  day = g_date_time_format (bk_pain_entry_get_when (kept), _("%a %-d %b"));
  /* TRANSLATORS: the day and the 0-10 rating of the pain entry deleted */
  title = g_strdup_printf (_("Pain entry of %s (%d/10) deleted"), day, bk_pain_entry_get_rating (kept));
  bk_toasts_offer_undo (GTK_WIDGET (self), title, store, kept, restore_entry, _("Could not restore the entry"));
}

static void
open_editor (BkPainPage  *self,
             BkPainEntry *entry)
{
  BkPainEditor *editor = bk_pain_editor_new (self->context, entry);

  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (delete_entry), self, G_CONNECT_SWAPPED);
  bk_dialog_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

static void
entry_activated_cb (BkPainPage    *self,
                    GtkListBoxRow *row)
{
  BkPainEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  if (entry != NULL)
    open_editor (self, entry);
}

/* The whole journal: a list view whose rows the factory makes for what is
 * on screen and hands from entry to entry as it scrolls. */
static void
journal_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BkPainPage               *self)
{
  GtkWidget *row = bk_pain_entry_row_new ();

  g_signal_connect_object (row, "delete-requested", G_CALLBACK (delete_entry), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, row);
}

static void
journal_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 BkPainPage               *self)
{
  bk_pain_entry_row_set_entry (BK_PAIN_ENTRY_ROW (gtk_list_item_get_child (item)),
                               gtk_list_item_get_item (item));
}

static void
journal_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   BkPainPage               *self)
{
  bk_pain_entry_row_set_entry (BK_PAIN_ENTRY_ROW (gtk_list_item_get_child (item)), NULL);
}

/* A new newest entry (just recorded, or an undone delete) is shown: the
 * list view would otherwise keep the old first row at the top. */
static void
journal_items_changed_cb (BkPainPage *self,
                          guint       position,
                          guint       removed,
                          guint       added)
{
  if (position == 0 && added > removed)
    gtk_widget_activate_action (GTK_WIDGET (self->journal_list), "list.scroll-to-item", "u", 0);
}

static void
journal_activated_cb (BkPainPage *self,
                      guint       position)
{
  g_autoptr(BkPainEntry) entry = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (self->journal_list)),
                                                        position);

  if (entry != NULL)
    open_editor (self, entry);
}

static void
show_journal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BkPainPage *self = BK_PAIN_PAGE (widget);

  if (self->context == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "empty") == 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  gtk_widget_grab_focus (GTK_WIDGET (self->journal_list));
}

static void
show_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BkPainPage *self = BK_PAIN_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "journal") != 0)
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "entries");
  gtk_widget_grab_focus (GTK_WIDGET (self->all_entries_button));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  bk_pain_page_record (BK_PAIN_PAGE (widget));
}

static void
record_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  bk_pain_page_record_assessment (BK_PAIN_PAGE (widget));
}

static void
bk_pain_page_dispose (GObject *object)
{
  BkPainPage *self = (BkPainPage *)object;

  if (self->entry_list != NULL)
    gtk_list_box_bind_model (self->entry_list, NULL, NULL, NULL, NULL);
  if (self->journal_list != NULL)
    {
      gtk_list_view_set_model (self->journal_list, NULL);
      gtk_list_view_set_factory (self->journal_list, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_PAIN_PAGE);
  g_clear_object (&self->context);
  g_clear_pointer (&self->flagged_weeks, g_array_unref);
  g_clear_pointer (&self->assessment_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bk_pain_page_parent_class)->dispose (object);
}

static void
bk_pain_page_class_init (BkPainPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (BK_TYPE_PAIN_ADVICE_BOX);

  object_class->dispose = bk_pain_page_dispose;
  bk_context_property_install_settable (object_class, G_STRUCT_OFFSET (BkPainPage, context),
                                        (BkContextSetter) bk_pain_page_set_context);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-pain-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, advice_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, trend_label);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, hints_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, insights_box);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, entry_list);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, all_entries_button);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, journal_list);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, journal_scroller);
  gtk_widget_class_bind_template_callback (widget_class, journal_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, BkPainPage, assessment_group);
  /* Reachable by tests through gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "pain.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "pain.show-journal", NULL, show_journal_action);
  gtk_widget_class_install_action (widget_class, "pain.show-summary", NULL, show_summary_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "pain.show-summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "pain.show-summary", NULL);
  gtk_widget_class_install_action (widget_class, "pain.record-assessment", NULL, record_assessment_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bk_pain_page_init (BkPainPage *self)
{
  self->flagged_weeks = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->assessment_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

BkContext *
bk_pain_page_get_context (BkPainPage *self)
{
  g_return_val_if_fail (BK_IS_PAIN_PAGE (self), NULL);
  return self->context;
}

/* The chart marks ramp-up weeks and spike weeks apart; the insight
 * counts both kinds of flagged week together. Both come from the training
 * status over the whole log, shared with the Training page, so they change
 * whenever a run does. */
static void
refresh_flagged_weeks (BkPainPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) ramp_up = NULL;
  g_autoptr(GArray) spike = NULL;
  const BkTrainingStatus *status;

  status = bk_training_state_get (bk_context_get_training_state (self->context), 0, &error);
  if (status == NULL)
    {
      g_debug ("Could not read the training status: %s", error->message);
      bk_pain_page_set_flagged_weeks (self, NULL, 0);
      if (self->chart != NULL)
        {
          bk_pain_chart_set_flagged_weeks (self->chart, NULL, 0);
          bk_pain_chart_set_spike_weeks (self->chart, NULL, 0);
        }
      return;
    }
  weeks = bk_pain_training_flagged_weeks_of (status);
  bk_pain_training_marked_weeks_of (status, &ramp_up, &spike);
  bk_pain_page_set_flagged_weeks (self, (guint32 *) (gpointer) weeks->data, weeks->len);
  if (self->chart != NULL)
    {
      bk_pain_chart_set_flagged_weeks (self->chart, (guint32 *) (gpointer) ramp_up->data, ramp_up->len);
      bk_pain_chart_set_spike_weeks (self->chart, (guint32 *) (gpointer) spike->data, spike->len);
    }
}

void
bk_pain_page_set_context (BkPainPage *self,
                          BkContext  *context)
{
  BkPainStore *store;

  g_return_if_fail (BK_IS_PAIN_PAGE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = bk_context_get_pain_store (context);

  self->chart = BK_PAIN_CHART (bk_pain_chart_new (context));
  gtk_box_append (self->chart_slot, GTK_WIDGET (self->chart));

  /* The summary shows the newest few as full rows; the journal all of
   * them, in recycled rows. */
  {
    g_autoptr(GtkSliceListModel) recent = gtk_slice_list_model_new (g_object_ref (bk_pain_store_get_model (store)),
                                                                    0, BK_PAIN_PAGE_RECENT);
    g_autoptr(GtkNoSelection) all = gtk_no_selection_new (g_object_ref (bk_pain_store_get_model (store)));
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    gtk_list_box_bind_model (self->entry_list, G_LIST_MODEL (recent), create_row, self, NULL);
    g_signal_connect_object (factory, "setup", G_CALLBACK (journal_setup_cb), self, 0);
    g_signal_connect_object (factory, "bind", G_CALLBACK (journal_bind_cb), self, 0);
    g_signal_connect_object (factory, "unbind", G_CALLBACK (journal_unbind_cb), self, 0);
    gtk_list_view_set_factory (self->journal_list, factory);
    gtk_list_view_set_model (self->journal_list, GTK_SELECTION_MODEL (all));
    g_signal_connect_object (all, "items-changed", G_CALLBACK (journal_items_changed_cb), self, G_CONNECT_SWAPPED);
  }
  g_signal_connect_object (store, "changed", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_training_state (context), "changed",
                           G_CALLBACK (refresh_flagged_weeks), self, G_CONNECT_SWAPPED);
  refresh_flagged_weeks (self);

  bk_context_property_notify (G_OBJECT (self));
}

/**
 * bk_pain_page_set_flagged_weeks:
 * @weeks: (array length=n_weeks): first days of the weeks flagged for a
 *   fast ramp-up, as the training status computes them
 *
 * Counts pain entries in them for the insight. The chart marks the
 * ramp-up weeks and the spike weeks apart, from the training status.
 */
void
bk_pain_page_set_flagged_weeks (BkPainPage    *self,
                                const guint32 *weeks,
                                guint          n_weeks)
{
  g_return_if_fail (BK_IS_PAIN_PAGE (self));
  g_return_if_fail (weeks != NULL || n_weeks == 0);

  g_array_set_size (self->flagged_weeks, 0);
  if (n_weeks > 0)
    g_array_append_vals (self->flagged_weeks, weeks, n_weeks);
  if (self->context != NULL)
    update_summary (self);
}

/**
 * bk_pain_page_record:
 *
 * Opens the editor on a new entry.
 */
void
bk_pain_page_record (BkPainPage *self)
{
  g_return_if_fail (BK_IS_PAIN_PAGE (self));
  g_return_if_fail (self->context != NULL);

  open_editor (self, NULL);
}

/**
 * bk_pain_page_record_assessment:
 *
 * Opens the dialog that records a clinician's assessment.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
bk_pain_page_record_assessment (BkPainPage *self)
{
  BkAssessmentDialog *dialog;

  g_return_val_if_fail (BK_IS_PAIN_PAGE (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  dialog = bk_assessment_dialog_new (self->context);
  bk_dialog_present (GTK_WINDOW (dialog), GTK_WIDGET (self));
  return GTK_WINDOW (dialog);
}
