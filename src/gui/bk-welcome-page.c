/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-welcome-page"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "services/bk-status-report.h"
#include "store/bk-training-settings.h"
#include "bk-welcome-page.h"

/* One screen, shown on first start with an empty log and again from the
 * Training page: the runner's recent running (training-science.md section
 * 8), so the first runs are judged against something. Everything on it is
 * optional; Skip leaves the log to speak for itself. */
struct _BkWelcomePage
{
  GtkWidget    parent_instance;

  BkContext   *context;
  GtkWidget   *clamp;   /* the scrolled window holding it all */
  GtkLabel    *title;
  GtkLabel    *intro;
  GtkEditable *longest;
  GtkEditable *weekly;
  GtkEditable *plan;
  GtkLabel    *error;
  GtkWidget   *save;
  GtkWidget   *skip;
  GtkWidget   *remove;
};

G_DEFINE_FINAL_TYPE (BkWelcomePage, bk_welcome_page, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The welcome belongs to a log's first use: it is wanted while the log is
 * empty and was neither answered nor skipped. */
gboolean
bk_welcome_page_is_wanted (BkContext *context)
{
  g_autofree char *welcomed = NULL;

  if (bk_run_store_count (bk_context_get_run_store (context), NULL) > 0)
    return FALSE;
  if (!bk_training_settings_get (bk_context_get_database (context), BK_TRAINING_WELCOMED, &welcomed, NULL))
    return FALSE;
  return welcomed == NULL;
}

static void
mark_welcomed (BkWelcomePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!bk_training_settings_set (bk_context_get_database (self->context), BK_TRAINING_WELCOMED, "1", &error))
    g_debug ("Could not note the welcome as answered: %s", error->message);
}

static void
show_error (BkWelcomePage *self,
            const char    *what,
            GError        *error)
{
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
      return;
    }
  /* TRANSLATORS: "Longest run: Enter a distance, such as 10.5 km or 6.2 mi" */
  message = g_strdup_printf (_("%s: %s"), what, error->message);
  gtk_label_set_text (self->error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error), TRUE);
}

/* Checks the three fields as the run editor checks its own, in the user's
 * units; names the first that is wrong. */
static gboolean
read_fields (BkWelcomePage *self,
             gboolean       quiet_if_empty,
             BkBaseline    *out,
             guint32       *out_plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkUnits units = bk_context_get_units (self->context);
  const char *plan = gtk_editable_get_text (self->plan);
  const char *longest = gtk_editable_get_text (self->longest);
  const char *weekly = gtk_editable_get_text (self->weekly);

  *out = (BkBaseline) { bk_date_julian_of (now), 0, 0 };
  *out_plan = 0;
  if (quiet_if_empty && *longest == '\0' && *weekly == '\0')
    {
      show_error (self, NULL, NULL);
      return FALSE;
    }
  if (!bk_parse_distance (longest, units, &out->longest_m, &error))
    {
      show_error (self, _("Longest run"), error);
      return FALSE;
    }
  if (!bk_parse_distance (weekly, units, &out->weekly_m, &error))
    {
      show_error (self, _("Typical week"), quiet_if_empty && *weekly == '\0' ? NULL : error);
      return FALSE;
    }
  if (*plan != '\0' && !bk_date_parse (plan, now, out_plan, &error))
    {
      show_error (self, _("Plan start"), error);
      return FALSE;
    }
  show_error (self, NULL, NULL);
  return TRUE;
}

static void
changed_cb (BkWelcomePage *self)
{
  BkBaseline baseline;
  guint32 plan;

  gtk_widget_set_sensitive (self->save, read_fields (self, TRUE, &baseline, &plan));
}

static void
save_cb (BkWelcomePage *self)
{
  g_autoptr(GError) error = NULL;
  BkBaseline baseline;
  guint32 plan;

  if (!read_fields (self, FALSE, &baseline, &plan))
    return;
  if (!bk_training_settings_set_baseline (bk_context_get_database (self->context), &baseline, &error) ||
      !bk_status_report_set_plan_start (self->context, plan, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      gtk_label_set_text (self->error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error), TRUE);
      return;
    }
  mark_welcomed (self);
  bk_context_training_settings_changed (self->context);
  g_signal_emit (self, signals[DONE], 0);
}

static void
skip_cb (BkWelcomePage *self)
{
  mark_welcomed (self);
  g_signal_emit (self, signals[DONE], 0);
}

static void
remove_cb (BkWelcomePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!bk_training_settings_set_baseline (bk_context_get_database (self->context), NULL, &error))
    {
      show_error (self, _("Recent running"), error);
      return;
    }
  mark_welcomed (self);
  bk_context_training_settings_changed (self->context);
  g_signal_emit (self, signals[DONE], 0);
}

static char *
format_for_entry (double  metres,
                  BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;

  return g_strdup_printf ("%.1f %s", value, bk_units_distance_symbol (units));
}

static void set_button_text (GtkWidget  *button,
                             const char *mnemonic);

/**
 * bk_welcome_page_load:
 *
 * Fills the fields with what is stored: a first welcome, or a change of
 * what was said before.
 */
void
bk_welcome_page_load (BkWelcomePage *self)
{
  BkBaseline baseline = { 0 };
  BkUnits units;
  guint32 plan;
  g_autofree char *plan_iso = NULL;
  gboolean first;

  g_return_if_fail (BK_IS_WELCOME_PAGE (self));
  g_return_if_fail (self->context != NULL);

  units = bk_context_get_units (self->context);
  first = bk_welcome_page_is_wanted (self->context);
  bk_training_settings_get_baseline (bk_context_get_database (self->context), &baseline, NULL);
  plan = bk_status_report_get_plan_start (self->context);
  plan_iso = plan != 0 ? bk_date_to_iso (plan) : NULL;

  gtk_label_set_text (self->title, first ? _("Welcome to Backstretch") : _("Your Recent Running"));
  gtk_label_set_text (self->intro,
                      first
                      ? _("Backstretch warns you before a run or a week jumps well past what your body is "
                          "used to. Your log is new, so tell it what your running has been like lately: "
                          "until the log covers the last 30 days, your runs are compared with this.")
                      : _("Until your log covers the last 30 days, runs are compared with what you say "
                          "here. Change it, or remove it to let the log speak for itself."));
  if (baseline.set_on != 0)
    {
      g_autofree char *longest = format_for_entry (baseline.longest_m, units);
      g_autofree char *weekly = format_for_entry (baseline.weekly_m, units);

      gtk_editable_set_text (self->longest, longest);
      gtk_editable_set_text (self->weekly, weekly);
    }
  else
    {
      gtk_editable_set_text (self->longest, "");
      gtk_editable_set_text (self->weekly, "");
    }
  gtk_editable_set_text (self->plan, plan_iso != NULL ? plan_iso : "");
  set_button_text (self->skip, first ? _("_Skip") : _("_Cancel"));
  gtk_widget_set_visible (self->remove, baseline.set_on != 0);
  changed_cb (self);
}

static GtkWidget *
entry_row (BkWelcomePage *self,
           const char    *title,
           GtkWidget     *list)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (save_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* GTK 4.8 reads a mnemonic label out with its underscore: name it. */
static void
set_button_text (GtkWidget  *button,
                 const char *mnemonic)
{
  g_autoptr(GString) name = g_string_new (mnemonic);

  g_string_replace (name, "_", "", 0);
  gtk_button_set_child (GTK_BUTTON (button), gtk_label_new_with_mnemonic (mnemonic));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
}

static GtkWidget *
pill (const char *mnemonic)
{
  GtkWidget *button = gtk_button_new ();

  set_button_text (button, mnemonic);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

static void
bk_welcome_page_dispose (GObject *object)
{
  BkWelcomePage *self = BK_WELCOME_PAGE (object);

  g_clear_pointer (&self->clamp, gtk_widget_unparent);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_welcome_page_parent_class)->dispose (object);
}

static void
bk_welcome_page_class_init (BkWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_welcome_page_dispose;

  /**
   * BkWelcomePage::done:
   *
   * The runner saved, skipped or removed; the page can go.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "welcomepage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_welcome_page_init (BkWelcomePage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *icon = gtk_image_new_from_icon_name ("bk-training-symbolic");
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *note = gtk_label_new (_("Not running lately, or not sure? Skip: your first runs are then "
                                     "compared with each other, and the reasons say how many days "
                                     "that rests on."));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *import = pill (_("_Import My History…"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your recent running"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scroller), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Welcome"), -1);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));
  self->clamp = scroller;
  {
    GtkWidget *clamp = adw_clamp_new ();

    adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
    adw_clamp_set_child (ADW_CLAMP (clamp), box);
  }

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 36);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 96);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Training"), -1);

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_justify (self->title, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "title-1");
  self->intro = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->intro, TRUE);
  gtk_label_set_justify (self->intro, GTK_JUSTIFY_CENTER);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recent running"), -1);
  self->longest = GTK_EDITABLE (entry_row (self, _("Longest run in the last 30 days"), list));
  self->weekly = GTK_EDITABLE (entry_row (self, _("A typical week’s distance"), list));
  self->plan = GTK_EDITABLE (entry_row (self, _("Started a new plan on (optional, YYYY-MM-DD)"), list));

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);

  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");

  self->skip = pill (_("_Skip"));
  self->remove = pill (_("_Remove"));
  self->save = pill (_("_Save"));
  gtk_widget_add_css_class (self->remove, "destructive-action");
  gtk_widget_add_css_class (self->save, "suggested-action");
  gtk_widget_set_tooltip_text (self->remove, _("Forget what you said; the log alone counts"));
  g_signal_connect_swapped (self->save, "clicked", G_CALLBACK (save_cb), self);
  g_signal_connect_swapped (self->skip, "clicked", G_CALLBACK (skip_cb), self);
  g_signal_connect_swapped (self->remove, "clicked", G_CALLBACK (remove_cb), self);
  /* Real history beats remembered numbers: the rules then judge from the
   * runs themselves, and the welcome goes once they are in. */
  gtk_widget_set_halign (import, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (import, _("Better than remembering: GPX, TCX or FIT files, or a Strava "
                                         "or Garmin Connect export"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "win.import");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), self->skip);
  gtk_box_append (GTK_BOX (buttons), self->remove);
  gtk_box_append (GTK_BOX (buttons), self->save);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->intro));
  gtk_box_append (GTK_BOX (box), import);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error));
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (box), buttons);
}

GtkWidget *
bk_welcome_page_new (void)
{
  return g_object_new (BK_TYPE_WELCOME_PAGE, NULL);
}

void
bk_welcome_page_set_context (BkWelcomePage *self,
                             BkContext     *context)
{
  g_return_if_fail (BK_IS_WELCOME_PAGE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  bk_welcome_page_load (self);
}
