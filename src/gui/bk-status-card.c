/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status-card"

#include "bk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "core/bk-date.h"
#include "services/bk-status-report.h"
#include "services/bk-training-state.h"
#include "store/bk-training-settings.h"
#include "bk-guide-link.h"
#include "bk-pain-advice-box.h"
#include "bk-shoe-notice.h"
#include "bk-status-card.h"
#include "bk-surface-hint.h"

/* The top of the Training page: the ramp-up level with its reasons and a
 * "Why?" link to the guide, the block week, the plan hints, the plan start
 * controls and the weekly mileage chart. The desktop notification for a
 * rise is sent by BkTrainingAlerts, below the GUI, so it comes with or
 * without a window. */
struct _BkStatusCard
{
  GtkWidget         parent_instance;

  BkContext        *context;
  /* The level shown; the status itself is the context's shared one
   * (BkTrainingState), read again on each change. */
  BkRiskLevel       level;
  guint32           today;       /* 0: follow the clock */

  GtkWidget        *box;
  GtkWidget        *card;
  GtkImage         *level_icon;
  GtkLabel         *level_label;
  GtkBox           *reasons_box;
  GtkLabel         *block_label;
  GtkLabel         *hints_label;
  GtkLabel         *baseline_label;   /* what the runner said, while it is used */
  BkSurfaceHint    *surface_hint;     /* issue 16 */
  GtkMenuButton    *plan_button;
  GtkEditable      *plan_entry;
  GtkEditable      *race_entry;
  GtkLabel         *plan_error;
  BkMileageChart   *chart;
  /* The newest pain entry's advice, above the status (issue 6). */
  BkPainAdviceBox  *pain_advice;
  /* Pairs near or past their limit (issue 16). */
  BkShoeNotice     *shoe_notice;
};

G_DEFINE_FINAL_TYPE (BkStatusCard, bk_status_card, GTK_TYPE_WIDGET)

static const char * const level_classes[] = {
  "status-none", "status-caution", "status-warning", "status-high",
};

static void
add_reason_row (BkStatusCard         *self,
                const BkStatusReason *reason,
                BkPainAdvice          advice)
{
  /* TRANSLATORS: a training reason while a clinician's check is advised */
  g_autofree char *text = advice == BK_PAIN_ADVICE_SEE_CLINICIAN
    ? g_strdup_printf (_("Once you have been checked: %s"), reason->text) : g_strdup (reason->text);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *why = bk_guide_link_new (reason->section, text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), why);
  gtk_box_append (self->reasons_box, row);
}

/* The advice gate (issue 9): the open pain episode decides how much
 * training advice the card may give. Urgent advice replaces it: the advice
 * box above becomes the page's headline, the card with the ramp-up level,
 * reasons and hints is hidden, and the chart shows plain distances. See a
 * clinician keeps the numbers; update() then drops the hints and prefixes
 * the reasons. */
static BkPainAdvice
apply_advice_gate (BkStatusCard *self)
{
  BkPainAdvice advice = bk_pain_advice_box_get_advice (self->pain_advice);
  gboolean urgent = advice == BK_PAIN_ADVICE_URGENT;

  gtk_widget_set_visible (self->card, !urgent);
  bk_mileage_chart_set_show_risk (self->chart, !urgent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  urgent ? _("Urgent advice and weekly mileage")
                                         : _("Ramp-up risk and weekly mileage"), -1);
  return advice;
}

static void
update (BkStatusCard *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;
  g_auto(GStrv) hints = NULL;
  BkUnits units = bk_context_get_units (self->context);
  BkPainAdvice advice;
  GtkWidget *child;
  const BkTrainingStatus *status;

  status = bk_training_state_get (bk_context_get_training_state (self->context), self->today, &error);
  self->level = status != NULL ? status->level : BK_RISK_NONE;
  if (status == NULL)
    {
      gtk_label_set_text (self->level_label, _("Could not read the training log"));
      gtk_label_set_text (self->block_label, error->message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (level_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), level_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->level_label), level_classes[status->level]);
  gtk_widget_remove_css_class (GTK_WIDGET (self->level_icon), "status-none");
  for (guint i = 0; i < G_N_ELEMENTS (level_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->level_icon), level_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->level_icon), level_classes[status->level]);
  gtk_image_set_from_icon_name (self->level_icon, bk_status_report_level_icon (status->level));
  {
    g_autofree char *title = g_strdup_printf (_("Ramp-up risk: %s"), bk_risk_level_describe (status->level));

    gtk_label_set_text (self->level_label, title);
  }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reasons_box))) != NULL)
    gtk_box_remove (self->reasons_box, child);
  advice = apply_advice_gate (self);
  bk_mileage_chart_set_status (self->chart, status, units);
  if (advice == BK_PAIN_ADVICE_URGENT)
    return;

  for (guint i = 0; i < status->reasons->len; i++)
    add_reason_row (self, g_ptr_array_index (status->reasons, i), advice);
  if (status->reasons->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("Nothing stands out in the last 7 days."));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (self->reasons_box, label);
    }

  sentence = bk_training_status_block_sentence (status);
  {
    /* On a break or back from one: the low-impact training kept. */
    g_autofree char *kept = bk_training_status_low_impact_sentence (status);

    if (kept != NULL)
      {
        char *both = sentence != NULL ? g_strconcat (sentence, "\n", kept, NULL) : g_steal_pointer (&kept);

        g_free (sentence);
        sentence = both;
      }
  }
  gtk_label_set_text (self->block_label, sentence != NULL ? sentence : "");
  gtk_widget_set_visible (GTK_WIDGET (self->block_label), sentence != NULL);
  /* The next-run and next-7-days hints wait until a clinician has seen
   * the runner. */
  hints = advice == BK_PAIN_ADVICE_NONE ? bk_training_status_hints (status, units) : g_new0 (char *, 1);
  {
    g_autofree char *joined = g_strjoinv ("\n", hints);

    gtk_label_set_text (self->hints_label, joined);
    gtk_widget_set_visible (GTK_WIDGET (self->hints_label), hints[0] != NULL);
  }
  {
    g_autofree char *said = status->baseline_used
      ? bk_status_report_describe_baseline (&status->baseline, units) : NULL;

    gtk_label_set_text (self->baseline_label, said != NULL ? said : "");
    gtk_widget_set_visible (GTK_WIDGET (self->baseline_label), said != NULL);
  }
  bk_surface_hint_update (self->surface_hint, status->surfaces, advice == BK_PAIN_ADVICE_NONE);

  bk_mileage_chart_set_status (self->chart, status, units);
}

static void
settings_changed_cb (BkStatusCard *self)
{
  update (self);
}

static void
load_plan_fields (BkStatusCard *self)
{
  guint32 plan = bk_status_report_get_plan_start (self->context);
  guint32 race = 0;
  g_autofree char *plan_iso = plan != 0 ? bk_date_to_iso (plan) : NULL;
  g_autofree char *race_iso = NULL;

  bk_training_settings_get_date (bk_context_get_database (self->context), BK_TRAINING_GOAL_RACE, &race, NULL);
  race_iso = race != 0 ? bk_date_to_iso (race) : NULL;
  gtk_editable_set_text (self->plan_entry, plan_iso != NULL ? plan_iso : "");
  gtk_editable_set_text (self->race_entry, race_iso != NULL ? race_iso : "");
  gtk_label_set_text (self->plan_error, "");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_error), FALSE);
}

static gboolean
read_date_field (BkStatusCard *self,
                 GtkEditable  *entry,
                 const char   *what,
                 guint32      *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *text = gtk_editable_get_text (entry);

  *out = 0;
  if (*text == '\0')
    return TRUE;
  if (bk_date_parse (text, now, out, &error))
    return TRUE;
  {
    /* TRANSLATORS: "Plan start: Enter a date as YYYY-MM-DD" */
    g_autofree char *message = g_strdup_printf (_("%s: %s"), what, error->message);

    gtk_label_set_text (self->plan_error, message);
    gtk_widget_set_visible (GTK_WIDGET (self->plan_error), TRUE);
  }
  return FALSE;
}

static void
plan_save_cb (BkStatusCard *self)
{
  g_autoptr(GError) error = NULL;
  guint32 plan, race;
  BkDatabase *database = bk_context_get_database (self->context);

  if (!read_date_field (self, self->plan_entry, _("Plan start"), &plan) ||
      !read_date_field (self, self->race_entry, _("Goal race"), &race))
    return;
  if (!bk_database_begin (database, &error) ||
      !bk_status_report_set_plan_start (self->context, plan, &error) ||
      !bk_training_settings_set_date (database, BK_TRAINING_GOAL_RACE, race, &error) ||
      !bk_database_commit (database, &error))
    {
      bk_database_rollback (database);
      gtk_label_set_text (self->plan_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->plan_error), TRUE);
      return;
    }
  gtk_menu_button_popdown (self->plan_button);
  bk_context_training_settings_changed (self->context);
}

static void
plan_clear_cb (BkStatusCard *self)
{
  gtk_editable_set_text (self->plan_entry, "");
  gtk_editable_set_text (self->race_entry, "");
  plan_save_cb (self);
}

static GtkWidget *
build_plan_popover (BkStatusCard *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *plan_row = adw_entry_row_new ();
  GtkWidget *race_row = adw_entry_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *explain = gtk_label_new (_("Many runners report trouble in weeks 5 to 7 of a new plan (the "
                                        "evidence is anecdotal). Without a date the block is found from "
                                        "your log."));

  gtk_widget_set_size_request (box, 320, -1);
  gtk_label_set_wrap (GTK_LABEL (explain), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (explain), 36);
  gtk_label_set_xalign (GTK_LABEL (explain), 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (plan_row), _("I started a new plan on (YYYY-MM-DD)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (race_row), _("Goal race (optional, YYYY-MM-DD)"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Training plan"), -1);
  gtk_list_box_append (GTK_LIST_BOX (list), plan_row);
  gtk_list_box_append (GTK_LIST_BOX (list), race_row);
  self->plan_entry = GTK_EDITABLE (plan_row);
  self->race_entry = GTK_EDITABLE (race_row);

  self->plan_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->plan_error, TRUE);
  gtk_label_set_xalign (self->plan_error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->plan_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_error), FALSE);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (plan_save_cb), self);
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (plan_clear_cb), self);
  g_signal_connect_swapped (plan_row, "entry-activated", G_CALLBACK (plan_save_cb), self);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (plan_row), FALSE);
  gtk_box_append (GTK_BOX (buttons), clear);
  gtk_box_append (GTK_BOX (buttons), save);

  gtk_box_append (GTK_BOX (box), explain);
  gtk_box_append (GTK_BOX (box), list);
  {
    /* The baseline is edited on the Training page's welcome screen. */
    GtkWidget *recent = gtk_button_new ();

    gtk_button_set_child (GTK_BUTTON (recent), gtk_label_new_with_mnemonic (_("Your _Recent Running…")));

    gtk_widget_set_tooltip_text (recent, _("Change or remove what you said about your recent running"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (recent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Your Recent Running"), -1);
    gtk_widget_set_halign (recent, GTK_ALIGN_START);
    gtk_widget_add_css_class (recent, "flat");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (recent), "training.recent-running");
    g_signal_connect_swapped (recent, "clicked", G_CALLBACK (gtk_popover_popdown), popover);
    gtk_box_append (GTK_BOX (box), recent);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->plan_error));
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (load_plan_fields), self);
  return popover;
}

static void
bk_status_card_dispose (GObject *object)
{
  BkStatusCard *self = BK_STATUS_CARD (object);

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_training_state (self->context), self);
    }
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_status_card_parent_class)->dispose (object);
}

static void
bk_status_card_class_init (BkStatusCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_status_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuscard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_status_card_init (BkStatusCard *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* The level is in the title's words; the icon only repeats it. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *plan = gtk_menu_button_new ();
  GtkWidget *reasons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *block = gtk_label_new (NULL);
  GtkWidget *hints = gtk_label_new (NULL);
  GtkWidget *chart = bk_mileage_chart_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ramp-up risk and weekly mileage"), -1);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "status-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Training status"), -1);

  gtk_image_set_icon_size (GTK_IMAGE (icon), GTK_ICON_SIZE_LARGE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "title-3");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (plan), _("Plan…"));
  gtk_widget_set_tooltip_text (plan, _("Set or clear the day your training plan started"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (plan), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Plan start"), -1);
  gtk_widget_set_valign (plan, GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (plan), build_plan_popover (self));
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), plan);

  gtk_label_set_xalign (GTK_LABEL (block), 0);
  gtk_label_set_wrap (GTK_LABEL (block), TRUE);
  gtk_widget_add_css_class (block, "heading");
  gtk_label_set_xalign (GTK_LABEL (hints), 0);
  gtk_label_set_wrap (GTK_LABEL (hints), TRUE);
  gtk_widget_add_css_class (hints, "dim-label");

  gtk_box_append (GTK_BOX (card), header);
  gtk_box_append (GTK_BOX (card), reasons);
  gtk_box_append (GTK_BOX (card), block);
  gtk_box_append (GTK_BOX (card), hints);
  self->baseline_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->baseline_label, 0);
  gtk_label_set_wrap (self->baseline_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->baseline_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->baseline_label), FALSE);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->baseline_label));
  self->shoe_notice = BK_SHOE_NOTICE (bk_shoe_notice_new ());
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->shoe_notice));
  self->surface_hint = BK_SURFACE_HINT (bk_surface_hint_new ());
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->surface_hint));
  self->pain_advice = BK_PAIN_ADVICE_BOX (bk_pain_advice_box_new ());
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->pain_advice));
  gtk_box_append (GTK_BOX (self->box), card);
  gtk_box_append (GTK_BOX (self->box), chart);
  {
    GtkWidget *legend = bk_mileage_legend_new ();

    bk_mileage_chart_set_legend (BK_MILEAGE_CHART (chart), BK_MILEAGE_LEGEND (legend));
    gtk_box_append (GTK_BOX (self->box), legend);
  }

  self->card = card;
  self->level_icon = GTK_IMAGE (icon);
  self->level_label = GTK_LABEL (title);
  self->reasons_box = GTK_BOX (reasons);
  self->block_label = GTK_LABEL (block);
  self->hints_label = GTK_LABEL (hints);
  self->plan_button = GTK_MENU_BUTTON (plan);
  self->chart = BK_MILEAGE_CHART (chart);
}

void
bk_status_card_set_context (BkStatusCard *self,
                            BkContext    *context)
{
  g_return_if_fail (BK_IS_STATUS_CARD (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  bk_pain_advice_box_set_context (self->pain_advice, context);
  bk_shoe_notice_set_context (self->shoe_notice, context);
  g_signal_connect_object (self->pain_advice, "notify::advice",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  /* Runs, the plan, the units, the first weekday and midnight all come
   * through the shared status: one computation per change. */
  g_signal_connect_object (bk_context_get_training_state (context), "changed",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

/* Reads the log again, as after a change made behind the stores' backs;
 * every view of the shared status follows. */
void
bk_status_card_refresh (BkStatusCard *self)
{
  g_return_if_fail (BK_IS_STATUS_CARD (self));
  if (self->context != NULL)
    bk_training_state_invalidate (bk_context_get_training_state (self->context));
}

/* For tests and looking back: compute as of @today (0: the clock). */
void
bk_status_card_set_today (BkStatusCard *self,
                          guint32       today)
{
  g_return_if_fail (BK_IS_STATUS_CARD (self));
  self->today = today;
  if (self->context != NULL)
    update (self);
}

BkRiskLevel
bk_status_card_get_level (BkStatusCard *self)
{
  g_return_val_if_fail (BK_IS_STATUS_CARD (self), BK_RISK_NONE);
  return self->level;
}

/* The headline as shown: under urgent pain advice, that advice's title. */
const char *
bk_status_card_get_level_text (BkStatusCard *self)
{
  g_return_val_if_fail (BK_IS_STATUS_CARD (self), NULL);
  if (bk_pain_advice_box_get_advice (self->pain_advice) == BK_PAIN_ADVICE_URGENT)
    return bk_pain_advice_box_get_title (self->pain_advice);
  return gtk_label_get_text (self->level_label);
}

/**
 * bk_status_card_get_reasons_text:
 *
 * Returns: (transfer full): the reason labels as shown, one a line
 */
char *
bk_status_card_get_reasons_text (BkStatusCard *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (BK_IS_STATUS_CARD (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->reasons_box));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = GTK_IS_LABEL (row) ? row : gtk_widget_get_first_child (row);

      g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

BkPainAdviceBox *
bk_status_card_get_pain_advice (BkStatusCard *self)
{
  g_return_val_if_fail (BK_IS_STATUS_CARD (self), NULL);
  return self->pain_advice;
}

BkShoeNotice *
bk_status_card_get_shoe_notice (BkStatusCard *self)
{
  g_return_val_if_fail (BK_IS_STATUS_CARD (self), NULL);
  return self->shoe_notice;
}

BkMileageChart *
bk_status_card_get_chart (BkStatusCard *self)
{
  g_return_val_if_fail (BK_IS_STATUS_CARD (self), NULL);
  return self->chart;
}
