/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoes-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "store/bk-shoe-store.h"
#include "bk-context-property.h"
#include "bk-shoe-defaults-row.h"
#include "bk-shoes-group.h"

/* Preferences rows for the runner's shoes: each pair in use with its
 * distance and a bar toward its limit, a Retire button, and a row that
 * adds a pair by name with the default limit. Runs logged anywhere update
 * the distances. */
struct _BkShoesGroup
{
  AdwPreferencesGroup  parent_instance;

  BkContext           *context;
  GPtrArray           *shoe_rows;
  gulong               runs_changed_id;

  AdwEntryRow         *add_row;
  /* Kept after the pairs; a reference of its own, as refresh moves it. */
  GtkWidget           *defaults_row;
};

G_DEFINE_FINAL_TYPE (BkShoesGroup, bk_shoes_group, ADW_TYPE_PREFERENCES_GROUP)

static void
toast (BkShoesGroup *self,
       const char   *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (text));
}

static void refresh (BkShoesGroup *self);

static void
retire_clicked_cb (GtkButton    *button,
                   BkShoesGroup *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "shoe-id"));

  if (!bk_shoe_store_set_retired (bk_context_get_database (self->context), id, TRUE, &error))
    toast (self, error->message);
  else
    bk_context_shoes_changed (self->context);
  refresh (self);
}

static GtkWidget *
shoe_row_new (BkShoesGroup *self,
              BkShoe       *shoe)
{
  BkUnits units = bk_context_get_units (self->context);
  g_autofree char *distance = bk_format_distance_short (bk_shoe_get_distance (shoe), units);
  g_autofree char *limit = bk_format_distance_short (bk_shoe_get_limit (shoe), units);
  g_autofree char *notice = bk_shoe_describe_wear (shoe, units);
  g_autofree char *subtitle = NULL;
  g_autofree char *retire_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new ();
  GtkWidget *retire = gtk_button_new_with_mnemonic (_("_Retire"));

  /* TRANSLATORS: a pair's distance and its retirement distance, "632.0 km of 700.0 km" */
  subtitle = g_strdup_printf (_("%s of %s"), distance, limit);
  if (notice != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", subtitle, notice);

      g_free (subtitle);
      subtitle = g_steal_pointer (&both);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bk_shoe_get_name (shoe));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* A level bar stays narrow in a 360 px window, where a progress bar's
   * trough would take the row; its colour thresholds are dropped because
   * they read "high is good", and the notice in the subtitle says it. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), bk_shoe_get_fraction (shoe));
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 72, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);

  retire_name = g_strdup_printf (_("Retire %s"), bk_shoe_get_name (shoe));
  gtk_widget_set_valign (retire, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retire, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (retire), GTK_ACCESSIBLE_PROPERTY_LABEL, retire_name, -1);
  g_object_set_data (G_OBJECT (retire), "shoe-id", GSIZE_TO_POINTER ((gsize) bk_shoe_get_id (shoe)));
  g_signal_connect (retire, "clicked", G_CALLBACK (retire_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), retire);
  return row;
}

static void
refresh (BkShoesGroup *self)
{
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->shoe_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->shoe_rows, i));
  g_ptr_array_set_size (self->shoe_rows, 0);
  if (self->context == NULL)
    return;

  shoes = bk_shoe_store_list (bk_context_get_database (self->context), FALSE, &error);
  if (shoes == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < shoes->len; i++)
    {
      GtkWidget *row = shoe_row_new (self, g_ptr_array_index (shoes, i));

      g_ptr_array_add (self->shoe_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }
  if (gtk_widget_get_parent (self->defaults_row) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->defaults_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->defaults_row);
  bk_shoe_defaults_row_refresh (BK_SHOE_DEFAULTS_ROW (self->defaults_row), shoes);
}

static void
add_changed_cb (BkShoesGroup *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_row), "error");
}

static void
add_applied_cb (BkShoesGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) shoe = bk_shoe_new (gtk_editable_get_text (GTK_EDITABLE (self->add_row)));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  bk_shoe_set_limit (shoe, bk_shoe_default_limit (bk_context_get_units (self->context)));
  /* Added today: the pain journal counts it as new for two weeks. */
  bk_shoe_set_started_on (shoe, bk_date_julian_of (now));
  if (!bk_shoe_store_add (bk_context_get_database (self->context), shoe, &error))
    {
      /* The name stays for the runner to correct. */
      gtk_widget_add_css_class (GTK_WIDGET (self->add_row), "error");
      toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  bk_context_shoes_changed (self->context);
  refresh (self);
}

static void
runs_changed_cb (BkShoesGroup *self)
{
  refresh (self);
}

static void
bk_shoes_group_constructed (GObject *object)
{
  BkShoesGroup *self = (BkShoesGroup *)object;

  G_OBJECT_CLASS (bk_shoes_group_parent_class)->constructed (object);

  self->runs_changed_id = g_signal_connect_swapped (bk_context_get_run_store (self->context), "changed",
                                                    G_CALLBACK (runs_changed_cb), self);
  self->defaults_row = g_object_ref_sink (bk_shoe_defaults_row_new (self->context));
  refresh (self);
}

static void
disconnect (BkShoesGroup *self)
{
  if (self->context != NULL)
    g_clear_signal_handler (&self->runs_changed_id, bk_context_get_run_store (self->context));
  if (self->defaults_row != NULL)
    bk_shoe_defaults_row_release (BK_SHOE_DEFAULTS_ROW (self->defaults_row));
  g_clear_object (&self->context);
}

static void
bk_shoes_group_dispose (GObject *object)
{
  BkShoesGroup *self = (BkShoesGroup *)object;

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_SHOES_GROUP);
  g_clear_pointer (&self->shoe_rows, g_ptr_array_unref);
  g_clear_object (&self->defaults_row);

  G_OBJECT_CLASS (bk_shoes_group_parent_class)->dispose (object);
}

static void
bk_shoes_group_class_init (BkShoesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_shoes_group_constructed;
  object_class->dispose = bk_shoes_group_dispose;

  bk_context_property_install (object_class, G_STRUCT_OFFSET (BkShoesGroup, context));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-shoes-group.ui");
  gtk_widget_class_bind_template_child (widget_class, BkShoesGroup, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_changed_cb);
}

static void
bk_shoes_group_init (BkShoesGroup *self)
{
  self->shoe_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Drops the context, for a group that outlives its window. */
void
bk_shoes_group_release (BkShoesGroup *self)
{
  g_return_if_fail (BK_IS_SHOES_GROUP (self));
  disconnect (self);
}

GtkWidget *
bk_shoes_group_new (BkContext *context)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_SHOES_GROUP, "context", context, NULL);
}
