/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoe-notice"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-guide-ids.h"
#include "store/bk-shoe-store.h"
#include "bk-guide-link.h"
#include "bk-shoe-notice.h"

/* The status card's line for each pair in use past 90% or 100% of its
 * limit (issue 16), each with a Why? link to the guide's shoes question.
 * Hidden while every pair is fine. It follows the runs and the shoes by
 * itself, so the card does not read the shoes on each status change. */
struct _BkShoeNotice
{
  GtkWidget  parent_instance;

  BkContext *context;
};

G_DEFINE_FINAL_TYPE (BkShoeNotice, bk_shoe_notice, GTK_TYPE_WIDGET)

static void
add_row (BkShoeNotice *self,
         const char   *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), bk_guide_link_new (BK_GUIDE_TRIGGERS_SHOES, text));
  gtk_widget_set_parent (row, GTK_WIDGET (self));
}

static void
refresh (BkShoeNotice *self)
{
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  shoes = bk_shoe_store_list (bk_context_get_database (self->context), FALSE, &error);
  if (shoes == NULL)
    {
      g_debug ("Could not read the shoes: %s", error->message);
      shoes = g_ptr_array_new ();
    }
  for (guint i = 0; i < shoes->len; i++)
    {
      g_autofree char *notice = bk_shoe_describe_wear (g_ptr_array_index (shoes, i),
                                                       bk_context_get_units (self->context));

      if (notice != NULL)
        add_row (self, notice);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_first_child (GTK_WIDGET (self)) != NULL);
}

static void
bk_shoe_notice_dispose (GObject *object)
{
  BkShoeNotice *self = BK_SHOE_NOTICE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_run_store (self->context), self);
      g_signal_handlers_disconnect_by_data (bk_context_get_settings (self->context), self);
      g_signal_handlers_disconnect_by_data (self->context, self);
    }
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_shoe_notice_parent_class)->dispose (object);
}

static void
bk_shoe_notice_class_init (BkShoeNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_shoe_notice_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "shoenotice");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_shoe_notice_init (BkShoeNotice *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Worn shoes"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bk_shoe_notice_new (void)
{
  return g_object_new (BK_TYPE_SHOE_NOTICE, NULL);
}

void
bk_shoe_notice_set_context (BkShoeNotice *self,
                            BkContext    *context)
{
  g_return_if_fail (BK_IS_SHOE_NOTICE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (bk_context_get_run_store (context), "changed",
                           G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "shoes-changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::units",
                           G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/**
 * bk_shoe_notice_get_text:
 *
 * Returns: (transfer full): the notices as shown, one a line; empty when
 *   the notice is hidden
 */
char *
bk_shoe_notice_get_text (BkShoeNotice *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (BK_IS_SHOE_NOTICE (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (row))));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
