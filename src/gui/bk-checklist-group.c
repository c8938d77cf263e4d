/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-checklist-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-checklist-group.h"

/* A list of yes-or-no questions asked as one compact group: tick what
 * applies, or tick "None of these". Until one of the two, nothing is
 * answered (every item "not answered"); once answered, a ticked item is
 * "yes" and the rest "no". "None of these" and the items exclude each
 * other, so a tick is never contradicted by another.
 *
 * Each row is one check button whose label is the question, so a screen
 * reader hears it once; the group's title and description say what the
 * list is about. */
struct _BkChecklistGroup
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *rows;      /* AdwPreferencesRow, items then "none" */
  GPtrArray           *checks;    /* GtkCheckButton, one per item */
  GtkCheckButton      *none_check;
  gboolean             answered;
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (BkChecklistGroup, bk_checklist_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_ANSWERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
any_item_checked (BkChecklistGroup *self)
{
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return TRUE;
  return FALSE;
}

static void
refresh_answered (BkChecklistGroup *self)
{
  gboolean answered = self->none_check != NULL &&
                      (gtk_check_button_get_active (self->none_check) || any_item_checked (self));

  if (answered != self->answered)
    {
      self->answered = answered;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
    }
}

static void
item_toggled_cb (BkChecklistGroup *self,
                 GtkCheckButton   *check)
{
  if (self->syncing)
    return;
  if (gtk_check_button_get_active (check))
    {
      self->syncing = TRUE;
      gtk_check_button_set_active (self->none_check, FALSE);
      self->syncing = FALSE;
    }
  refresh_answered (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
none_toggled_cb (BkChecklistGroup *self,
                 GtkCheckButton   *check)
{
  if (self->syncing)
    return;
  if (gtk_check_button_get_active (check))
    {
      self->syncing = TRUE;
      for (guint i = 0; i < self->checks->len; i++)
        gtk_check_button_set_active (g_ptr_array_index (self->checks, i), FALSE);
      self->syncing = FALSE;
    }
  refresh_answered (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
toggle_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkCheckButton *check = user_data;

  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

/* GTK 4.8 gives a check button no accessible action, so assistive
 * technologies could read the question but not answer it: a "toggle"
 * action of its own is listed as the check button's action. */
static void
add_toggle_action (GtkWidget *check)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) toggle = g_simple_action_new ("toggle", NULL);

  g_signal_connect_object (toggle, "activate", G_CALLBACK (toggle_activated_cb), check, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toggle));
  gtk_widget_insert_action_group (check, "check", G_ACTION_GROUP (group));
}

/**
 * bk_check_row_new:
 * @label: the question or choice, translated
 * @out_check: (out) (transfer none): the row's check button
 *
 * A boxed-list row that is one check button labelled @label: read out
 * once, and answerable through the accessibility tree.
 *
 * Returns: (transfer floating): the row, an #AdwPreferencesRow
 */
GtkWidget *
bk_check_row_new (const char      *label,
                  GtkCheckButton **out_check)
{
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW, "activatable", FALSE, NULL);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *text = gtk_widget_get_last_child (check);

  /* Long questions wrap instead of widening a narrow window. */
  if (GTK_IS_LABEL (text))
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
    }
  gtk_widget_set_margin_start (check, 12);
  gtk_widget_set_margin_end (check, 12);
  gtk_widget_set_margin_top (check, 4);
  gtk_widget_set_margin_bottom (check, 4);
  gtk_widget_add_css_class (row, "checklist-row");
  /* Focus goes straight to the check button, which says the question; a
   * focusable row around it would be a stop with no name. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  add_toggle_action (check);
  *out_check = GTK_CHECK_BUTTON (check);
  return row;
}

static GtkCheckButton *
add_row (BkChecklistGroup *self,
         const char       *label,
         GCallback         toggled)
{
  GtkCheckButton *check;
  GtkWidget *row = bk_check_row_new (label, &check);

  g_signal_connect_object (check, "toggled", toggled, self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
  return check;
}

static void
clear_rows (BkChecklistGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->checks, 0);
  self->none_check = NULL;
}

static void
bk_checklist_group_finalize (GObject *object)
{
  BkChecklistGroup *self = BK_CHECKLIST_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  G_OBJECT_CLASS (bk_checklist_group_parent_class)->finalize (object);
}

static void
bk_checklist_group_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BkChecklistGroup *self = BK_CHECKLIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_ANSWERED:
      g_value_set_boolean (value, self->answered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_checklist_group_class_init (BkChecklistGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bk_checklist_group_finalize;
  object_class->get_property = bk_checklist_group_get_property;

  properties[PROP_ANSWERED] =
    g_param_spec_boolean ("answered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BkChecklistGroup::changed:
   *
   * Any tick was set or cleared by the user.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bk_checklist_group_init (BkChecklistGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
}

GtkWidget *
bk_checklist_group_new (void)
{
  return g_object_new (BK_TYPE_CHECKLIST_GROUP, NULL);
}

/**
 * bk_checklist_group_set_items:
 * @labels: (array length=n_labels): the questions, translated
 *
 * Replaces the rows with one per label and "None of these" after them;
 * nothing is answered.
 */
void
bk_checklist_group_set_items (BkChecklistGroup   *self,
                              const char * const *labels,
                              guint               n_labels)
{
  g_return_if_fail (BK_IS_CHECKLIST_GROUP (self));
  g_return_if_fail (labels != NULL || n_labels == 0);

  clear_rows (self);
  for (guint i = 0; i < n_labels; i++)
    g_ptr_array_add (self->checks, add_row (self, labels[i], G_CALLBACK (item_toggled_cb)));
  self->none_check = add_row (self, _("None of these"), G_CALLBACK (none_toggled_cb));
  refresh_answered (self);
}

guint
bk_checklist_group_get_n_items (BkChecklistGroup *self)
{
  g_return_val_if_fail (BK_IS_CHECKLIST_GROUP (self), 0);
  return self->checks->len;
}

gboolean
bk_checklist_group_get_answered (BkChecklistGroup *self)
{
  g_return_val_if_fail (BK_IS_CHECKLIST_GROUP (self), FALSE);
  return self->answered;
}

BkAnswer
bk_checklist_group_get_answer (BkChecklistGroup *self,
                               guint             item)
{
  g_return_val_if_fail (BK_IS_CHECKLIST_GROUP (self), BK_ANSWER_UNANSWERED);
  g_return_val_if_fail (item < self->checks->len, BK_ANSWER_UNANSWERED);

  if (!self->answered)
    return BK_ANSWER_UNANSWERED;
  return gtk_check_button_get_active (g_ptr_array_index (self->checks, item)) ? BK_ANSWER_YES : BK_ANSWER_NO;
}

/**
 * bk_checklist_group_set_answers:
 * @answers: (array length=n_answers): one per item
 *
 * Shows stored answers: the "yes" items ticked, or "None of these" when
 * every item is "no"; with none of those, nothing is answered.
 */
void
bk_checklist_group_set_answers (BkChecklistGroup *self,
                                const BkAnswer   *answers,
                                guint             n_answers)
{
  gboolean all_no = n_answers > 0;

  g_return_if_fail (BK_IS_CHECKLIST_GROUP (self));
  g_return_if_fail (n_answers == self->checks->len);

  self->syncing = TRUE;
  for (guint i = 0; i < n_answers; i++)
    {
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), answers[i] == BK_ANSWER_YES);
      all_no = all_no && answers[i] == BK_ANSWER_NO;
    }
  gtk_check_button_set_active (self->none_check, all_no);
  self->syncing = FALSE;
  refresh_answered (self);
}

GtkCheckButton *
bk_checklist_group_get_check (BkChecklistGroup *self,
                              guint             item)
{
  g_return_val_if_fail (BK_IS_CHECKLIST_GROUP (self), NULL);
  g_return_val_if_fail (item < self->checks->len, NULL);
  return g_ptr_array_index (self->checks, item);
}

GtkCheckButton *
bk_checklist_group_get_none_check (BkChecklistGroup *self)
{
  g_return_val_if_fail (BK_IS_CHECKLIST_GROUP (self), NULL);
  return self->none_check;
}
