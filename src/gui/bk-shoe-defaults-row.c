/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoes-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "store/bk-shoe-store.h"
#include "bk-shoe-defaults-row.h"

/* "Default Pair by Surface" in Preferences › Shoes (issue 16): for each
 * surface, the pair a new run on it starts with, or "Latest pair" (the
 * pair of the latest run, as without a choice). */
struct _BkShoeDefaultsRow
{
  AdwExpanderRow  parent_instance;

  BkContext      *context;
  AdwComboRow    *rows[BK_N_SURFACES];   /* [BK_SURFACE_NONE] stays NULL */
  /* The pair behind each choice after the leading 0 ("Latest pair"). */
  GArray         *ids;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (BkShoeDefaultsRow, bk_shoe_defaults_row, ADW_TYPE_EXPANDER_ROW)

static void
selected_cb (BkShoeDefaultsRow *self,
             GParamSpec        *pspec,
             AdwComboRow       *row)
{
  g_autoptr(GError) error = NULL;
  guint chosen = adw_combo_row_get_selected (row);
  BkSurface surface = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "surface"));
  gint64 id = chosen < self->ids->len ? g_array_index (self->ids, gint64, chosen) : 0;

  if (self->filling || self->context == NULL)
    return;
  if (!bk_shoe_store_set_default_for (bk_context_get_database (self->context), surface, id, &error))
    g_warning ("Could not keep the default pair: %s", error->message);
}

/**
 * bk_shoe_defaults_row_refresh:
 * @shoes: (element-type BkShoe): the pairs in use
 *
 * Offers @shoes for every surface, showing each surface's choice; hidden
 * while there are no shoes to choose from.
 */
void
bk_shoe_defaults_row_refresh (BkShoeDefaultsRow *self,
                              GPtrArray         *shoes)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  BkDatabase *database = bk_context_get_database (self->context);

  g_return_if_fail (BK_IS_SHOE_DEFAULTS_ROW (self));

  g_array_set_size (self->ids, 0);
  g_array_append_val (self->ids, (gint64) { 0 });
  gtk_string_list_append (names, _("Latest pair"));
  for (guint i = 0; i < shoes->len; i++)
    {
      gint64 id = bk_shoe_get_id (shoes->pdata[i]);

      g_array_append_val (self->ids, id);
      gtk_string_list_append (names, bk_shoe_get_name (shoes->pdata[i]));
    }
  self->filling = TRUE;
  for (BkSurface surface = BK_SURFACE_NONE + 1; surface < BK_N_SURFACES; surface++)
    {
      gint64 chosen = bk_shoe_store_get_default_for (database, surface, NULL);
      guint selected = 0;

      for (guint i = 1; i < self->ids->len; i++)
        if (g_array_index (self->ids, gint64, i) == chosen)
          selected = i;
      adw_combo_row_set_model (self->rows[surface], G_LIST_MODEL (names));
      adw_combo_row_set_selected (self->rows[surface], selected);
    }
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), shoes->len > 0);
}

static void
bk_shoe_defaults_row_dispose (GObject *object)
{
  BkShoeDefaultsRow *self = BK_SHOE_DEFAULTS_ROW (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->ids, g_array_unref);
  G_OBJECT_CLASS (bk_shoe_defaults_row_parent_class)->dispose (object);
}

static void
bk_shoe_defaults_row_class_init (BkShoeDefaultsRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bk_shoe_defaults_row_dispose;
}

static void
bk_shoe_defaults_row_init (BkShoeDefaultsRow *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Default Pair by Surface"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("The pair a new run on each surface starts with"));
  for (BkSurface surface = BK_SURFACE_NONE + 1; surface < BK_N_SURFACES; surface++)
    {
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bk_surface_get_label (surface));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_set_data (G_OBJECT (row), "surface", GINT_TO_POINTER (surface));
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (selected_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      self->rows[surface] = ADW_COMBO_ROW (row);
    }
}

GtkWidget *
bk_shoe_defaults_row_new (BkContext *context)
{
  BkShoeDefaultsRow *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_SHOE_DEFAULTS_ROW, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

/* Drops the context, with the group that outlives its window. */
void
bk_shoe_defaults_row_release (BkShoeDefaultsRow *self)
{
  g_return_if_fail (BK_IS_SHOE_DEFAULTS_ROW (self));
  g_clear_object (&self->context);
}
