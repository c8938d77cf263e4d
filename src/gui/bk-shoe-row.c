/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoes-group"

#include "bk-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "store/bk-shoe-store.h"
#include "bk-shoe-row.h"
#include "bk-toasts.h"

/* One pair in Preferences › Shoes (issue 16): its distance and a bar
 * toward its limit, Retire (or Unretire), and, expanded, its details to
 * edit (name, brand, model, retirement distance, distance when added) and
 * Delete with Undo. Every change is one write and then
 * BkContext::shoes-changed, on which the group builds its rows again. */

#define SHOE_KEY "bk-shoe-row-shoe"

typedef enum {
  FIELD_NAME,
  FIELD_BRAND,
  FIELD_MODEL,
  FIELD_LIMIT,
  FIELD_START,
  N_FIELDS
} Field;

static const char *field_keys[N_FIELDS] = {
  "bk-shoe-row-name", "bk-shoe-row-brand", "bk-shoe-row-model", "bk-shoe-row-limit", "bk-shoe-row-start",
};

static BkShoe *
row_shoe (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), SHOE_KEY);
}

static BkContext *
row_context (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "bk-shoe-row-context");
}

gint64
bk_shoe_row_get_id (GtkWidget *row)
{
  BkShoe *shoe = row_shoe (row);

  return shoe != NULL ? bk_shoe_get_id (shoe) : 0;
}

static GtkWidget *
row_of (GtkWidget *widget)
{
  GtkWidget *row = widget;

  while (row != NULL && row_shoe (row) == NULL)
    row = gtk_widget_get_parent (row);
  return row;
}

static void
retire_clicked_cb (GtkWidget *button)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row = row_of (button);
  BkShoe *shoe = row_shoe (row);
  BkContext *context = row_context (row);

  if (!bk_shoe_store_set_retired (bk_context_get_database (context), bk_shoe_get_id (shoe),
                                  !bk_shoe_get_retired (shoe), &error))
    {
      bk_toasts_show (row, error->message);
      return;
    }
  bk_context_shoes_changed (context);
}

/* Reads a distance field; on a bad value marks it and says why. */
static gboolean
read_distance (GtkWidget *row,
               Field      field,
               gboolean   allow_zero,
               double    *out)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), field_keys[field]);
  BkUnits units = bk_context_get_units (row_context (row));

  if (bk_parse_distance_up_to (gtk_editable_get_text (GTK_EDITABLE (entry)), units, allow_zero, 100000000,
                               out, &error))
    return TRUE;
  gtk_widget_add_css_class (entry, "error");
  {
    /* TRANSLATORS: a shoe field's title, then what is wrong with it */
    g_autofree char *message = g_strdup_printf (_("%s: %s"),
                                                adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry)),
                                                error->message);

    bk_toasts_show (row, message);
  }
  return FALSE;
}

/* Any field applied: the whole pair is written from the fields, or
 * nothing is, with the field at fault marked. */
static void
details_applied_cb (GtkWidget *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) edited = NULL;
  GtkWidget *row = row_of (entry);
  BkShoe *shoe = row_shoe (row);
  BkContext *context = row_context (row);
  double limit, start;

  if (!read_distance (row, FIELD_LIMIT, FALSE, &limit) || !read_distance (row, FIELD_START, TRUE, &start))
    return;
  edited = bk_shoe_new (gtk_editable_get_text (g_object_get_data (G_OBJECT (row), field_keys[FIELD_NAME])));
  bk_shoe_set_id (edited, bk_shoe_get_id (shoe));
  bk_shoe_set_brand (edited, gtk_editable_get_text (g_object_get_data (G_OBJECT (row), field_keys[FIELD_BRAND])));
  bk_shoe_set_model (edited, gtk_editable_get_text (g_object_get_data (G_OBJECT (row), field_keys[FIELD_MODEL])));
  bk_shoe_set_started_on (edited, bk_shoe_get_started_on (shoe));
  bk_shoe_set_retired (edited, bk_shoe_get_retired (shoe));
  bk_shoe_set_limit (edited, limit);
  bk_shoe_set_start_distance (edited, start);
  if (!bk_shoe_store_update (bk_context_get_database (context), edited, &error))
    {
      gtk_widget_add_css_class (entry, "error");
      bk_toasts_show (row, error->message);
      return;
    }
  bk_context_shoes_changed (context);
}

static void
details_changed_cb (GtkWidget *entry)
{
  gtk_widget_remove_css_class (entry, "error");
}

static gboolean
restore_shoe (gpointer   owner,
              gpointer   item,
              GError   **error)
{
  BkContext *context = owner;

  if (!bk_shoe_store_restore (bk_context_get_database (context), item, error))
    return FALSE;
  bk_context_shoes_changed (context);
  return TRUE;
}

static void
delete_clicked_cb (GtkWidget *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row = row_of (button);
  g_autoptr(BkShoe) shoe = g_object_ref (row_shoe (row));
  g_autoptr(BkContext) context = g_object_ref (row_context (row));
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

  if (!bk_shoe_store_delete_keeping (bk_context_get_database (context), shoe, &error))
    {
      bk_toasts_show_error (row, _("Could not delete the shoes"), error);
      return;
    }
  /* TRANSLATORS: a toast with Undo; the shoes' name */
  title = g_strdup_printf (_("Deleted the shoes %s"), bk_shoe_get_name (shoe));
  /* The group outlives the row, which the change rebuilds. */
  bk_toasts_offer_undo (group, title, context, shoe, restore_shoe, _("Could not restore the shoes"));
  bk_context_shoes_changed (context);
}

static GtkWidget *
add_field (GtkWidget  *row,
           Field       field,
           const char *title,
           const char *text)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_connect (entry, "apply", G_CALLBACK (details_applied_cb), NULL);
  g_signal_connect (entry, "entry-activated", G_CALLBACK (details_applied_cb), NULL);
  g_signal_connect (entry, "changed", G_CALLBACK (details_changed_cb), NULL);
  g_object_set_data (G_OBJECT (row), field_keys[field], entry);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
  return entry;
}

static char *
distance_text (double  metres,
               BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* As a person would type it back: "700 km", "435 mi", "12.5 km". */
  g_ascii_formatd (buf, sizeof buf, "%.1f", value);
  if (g_str_has_suffix (buf, ".0"))
    buf[strlen (buf) - 2] = '\0';
  return g_strdup_printf ("%s %s", buf, bk_units_distance_symbol (units));
}

static void
add_details (GtkWidget *row,
             BkShoe    *shoe,
             BkUnits    units)
{
  g_autofree char *limit = distance_text (bk_shoe_get_limit (shoe), units);
  g_autofree char *start = distance_text (bk_shoe_get_start_distance (shoe), units);
  g_autofree char *delete_name = g_strdup_printf (_("Delete %s"), bk_shoe_get_name (shoe));
  GtkWidget *actions = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete"));

  add_field (row, FIELD_NAME, _("Name"), bk_shoe_get_name (shoe));
  add_field (row, FIELD_BRAND, _("Brand (optional)"), bk_shoe_get_brand (shoe));
  add_field (row, FIELD_MODEL, _("Model (optional)"), bk_shoe_get_model (shoe));
  add_field (row, FIELD_LIMIT, _("Retire At"), limit);
  add_field (row, FIELD_START, _("Distance When Added"), start);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions),
                                 _("Its runs keep their distance; Undo brings the pair back"));
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), delete);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
}

static char *
describe (BkShoe  *shoe,
          BkUnits  units)
{
  g_autofree char *distance = bk_format_distance_short (bk_shoe_get_distance (shoe), units);
  g_autofree char *limit = bk_format_distance_short (bk_shoe_get_limit (shoe), units);
  g_autofree char *notice = bk_shoe_get_retired (shoe) ? NULL : bk_shoe_describe_wear (shoe, units);
  g_autofree char *subtitle = NULL;

  if (bk_shoe_get_retired (shoe))
    /* TRANSLATORS: a retired pair's distance, "Retired after 812.0 km" */
    return g_strdup_printf (_("Retired after %s"), distance);
  /* TRANSLATORS: a pair's distance and its retirement distance, "632.0 km of 700.0 km" */
  subtitle = g_strdup_printf (_("%s of %s"), distance, limit);
  if (notice != NULL)
    return g_strdup_printf ("%s\n%s", subtitle, notice);
  return g_steal_pointer (&subtitle);
}

/**
 * bk_shoe_row_new:
 *
 * Returns: (transfer floating): an expander row for @shoe
 */
GtkWidget *
bk_shoe_row_new (BkContext *context,
                 BkShoe    *shoe)
{
  BkUnits units = bk_context_get_units (context);
  g_autofree char *subtitle = describe (shoe, units);
  g_autofree char *retire_name = NULL;
  gboolean retired = bk_shoe_get_retired (shoe);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *retire = gtk_button_new_with_mnemonic (retired ? _("_Unretire") : _("_Retire"));

  g_object_set_data_full (G_OBJECT (row), SHOE_KEY, g_object_ref (shoe), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "bk-shoe-row-context", g_object_ref (context), g_object_unref);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bk_shoe_get_name (shoe));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  /* Actions are prepended: the button goes in first to end up last. */
  retire_name = g_strdup_printf (retired ? _("Unretire %s") : _("Retire %s"), bk_shoe_get_name (shoe));
  gtk_widget_set_valign (retire, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (retire, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (retire), GTK_ACCESSIBLE_PROPERTY_LABEL, retire_name, -1);
  g_signal_connect (retire, "clicked", G_CALLBACK (retire_clicked_cb), NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), retire);
  if (!retired)
    {
      GtkWidget *bar = gtk_level_bar_new ();

      /* A level bar stays narrow in a 360 px window, where a progress
       * bar's trough would take the row; its colour thresholds are dropped
       * because they read "high is good", and the subtitle says it. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), bk_shoe_get_fraction (shoe));
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (bar, 72, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), bar);
    }
  add_details (row, shoe, units);
  return row;
}
