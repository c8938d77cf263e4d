/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoes-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "store/bk-shoe-store.h"
#include "bk-context-property.h"
#include "bk-shoe-defaults-row.h"
#include "bk-shoe-row.h"
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
  gulong               shoes_changed_id;

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
refresh (BkShoesGroup *self)
{
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GPtrArray) in_use = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) expanded = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A pair open for editing stays open when the rows are built again. */
  for (guint i = 0; i < self->shoe_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->shoe_rows, i);

      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_array_append_val (expanded, (gint64) { bk_shoe_row_get_id (row) });
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (self->shoe_rows, 0);
  if (self->context == NULL)
    return;

  /* The pairs in use, then the retired ones, which can be brought back. */
  shoes = bk_shoe_store_list (bk_context_get_database (self->context), TRUE, &error);
  if (shoes == NULL)
    {
      toast (self, error->message);
      return;
    }
  for (guint i = 0; i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);
      GtkWidget *row = bk_shoe_row_new (self->context, shoe);

      for (guint j = 0; j < expanded->len; j++)
        if (g_array_index (expanded, gint64, j) == bk_shoe_get_id (shoe))
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (!bk_shoe_get_retired (shoe))
        g_ptr_array_add (in_use, shoe);
      g_ptr_array_add (self->shoe_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }
  if (gtk_widget_get_parent (self->defaults_row) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->defaults_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->defaults_row);
  bk_shoe_defaults_row_refresh (BK_SHOE_DEFAULTS_ROW (self->defaults_row), in_use);
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
  self->shoes_changed_id = g_signal_connect_swapped (self->context, "shoes-changed",
                                                     G_CALLBACK (runs_changed_cb), self);
  self->defaults_row = g_object_ref_sink (bk_shoe_defaults_row_new (self->context));
  refresh (self);
}

static void
disconnect (BkShoesGroup *self)
{
  if (self->context != NULL)
    g_clear_signal_handler (&self->runs_changed_id, bk_context_get_run_store (self->context));
  if (self->context != NULL)
    g_clear_signal_handler (&self->shoes_changed_id, self->context);
  if (self->defaults_row != NULL)
    bk_shoe_defaults_row_release (BK_SHOE_DEFAULTS_ROW (self->defaults_row));
  /* Each pair's row holds the context too. */
  for (guint i = 0; self->shoe_rows != NULL && i < self->shoe_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->shoe_rows, i));
  if (self->shoe_rows != NULL)
    g_ptr_array_set_size (self->shoe_rows, 0);
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
