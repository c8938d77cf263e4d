/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-catalogue-group"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "services/bk-stretch-agenda.h"
#include "bk-catalogue-group.h"

/* Every stretch with its instructions, holds the user can change (a
 * physio's programme may prescribe others), and the user's own stretches. */
struct _BkCatalogueGroup
{
  AdwPreferencesGroup  parent_instance;

  BkContext           *context;
  gulong               changed_id;
  guint                refresh_id;
  GPtrArray           *rows;
  AdwEntryRow         *new_name;
  GtkSwitch           *new_sided;
  GtkSpinButton       *new_hold;
  GtkSpinButton       *new_reps;
};

G_DEFINE_FINAL_TYPE (BkCatalogueGroup, bk_catalogue_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report (BkCatalogueGroup *self,
        GError           *error)
{
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

/* A stable id for a stretch of the user's own: "my-" and the name in
 * lower-case letters and dashes, numbered if it is taken. */
char *
bk_catalogue_make_id (const char *name,
                      GPtrArray  *taken)
{
  g_autoptr(GString) base = g_string_new ("my-");
  g_autofree char *ascii = g_str_to_ascii (name, NULL);

  for (const char *p = ascii; *p != '\0' && base->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 3 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 3)
    g_string_append (base, "stretch");

  for (guint n = 1; ; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (base->str) : g_strdup_printf ("%s-%u", base->str, n);

      if (bk_stretch_catalogue_find (taken, id) == NULL)
        return g_steal_pointer (&id);
    }
}

static GtkSpinButton *
spin_row (AdwExpanderRow *parent,
          const char     *title,
          double          min,
          double          max,
          double          value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (parent, row);
  return GTK_SPIN_BUTTON (spin);
}

static void
save_hold_cb (GtkButton        *button,
              BkCatalogueGroup *self)
{
  g_autoptr(GError) error = NULL;
  GtkSpinButton *hold = g_object_get_data (G_OBJECT (button), "hold");
  GtkSpinButton *reps = g_object_get_data (G_OBJECT (button), "reps");

  if (!bk_stretch_store_set_hold (bk_context_get_stretch_store (self->context),
                                  g_object_get_data (G_OBJECT (button), "id"),
                                  gtk_spin_button_get_value_as_int (hold),
                                  gtk_spin_button_get_value_as_int (reps), &error))
    report (self, error);
}

static void
reset_or_delete_cb (GtkButton        *button,
                    BkCatalogueGroup *self)
{
  g_autoptr(GError) error = NULL;
  BkStretchStore *store = bk_context_get_stretch_store (self->context);
  const char *id = g_object_get_data (G_OBJECT (button), "id");
  gboolean ok;

  if (g_object_get_data (G_OBJECT (button), "delete") != NULL)
    ok = bk_stretch_store_delete_stretch (store, id, &error);
  else
    ok = bk_stretch_store_reset_hold (store, id, &error);
  if (!ok)
    report (self, error);
}

static GtkWidget *
button_for (const char *label,
            const char *id,
            const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  g_object_set_data_full (G_OBJECT (button), "id", g_strdup (id), g_free);
  return button;
}

static GtkWidget *
stretch_row (BkCatalogueGroup *self,
             const BkStretch  *stretch)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *text = adw_action_row_new ();
  GtkWidget *actions = adw_action_row_new ();
  GtkWidget *save, *other;
  g_autofree char *targets = g_strjoinv (", ", stretch->targets);
  g_autofree char *subtitle = NULL;
  GtkSpinButton *hold, *reps;

  subtitle = g_strdup_printf (stretch->sided ? _("%u × %u s a side%s%s") : _("%u × %u s%s%s"),
                              stretch->reps, stretch->hold_s, *targets != '\0' ? " · " : "", targets);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stretch->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text),
                                 *stretch->instructions != '\0' ? stretch->instructions : _("No instructions"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (text), stretch->cautions);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (text), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (text), 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);

  hold = spin_row (ADW_EXPANDER_ROW (row), _("Hold, seconds"), 1, 600, stretch->hold_s);
  reps = spin_row (ADW_EXPANDER_ROW (row), _("Repetitions"), 1, 20, stretch->reps);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions),
                                 stretch->user_defined ? _("Your own stretch") : _("From the catalogue"));
  save = button_for (_("_Save Hold"), stretch->id, "suggested-action");
  g_object_set_data (G_OBJECT (save), "hold", hold);
  g_object_set_data (G_OBJECT (save), "reps", reps);
  g_signal_connect (save, "clicked", G_CALLBACK (save_hold_cb), self);
  if (stretch->user_defined)
    {
      other = button_for (_("_Delete"), stretch->id, "destructive-action");
      g_object_set_data (G_OBJECT (other), "delete", GINT_TO_POINTER (TRUE));
    }
  else
    other = button_for (_("_Reset"), stretch->id, NULL);
  g_signal_connect (other, "clicked", G_CALLBACK (reset_or_delete_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), other);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), save);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
  return row;
}

static void
add_own_cb (GtkButton        *button,
            BkCatalogueGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(BkStretch) stretch = NULL;
  g_autofree char *id = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_name));
  BkStretchStore *store = bk_context_get_stretch_store (self->context);

  all = bk_stretch_store_list_stretches (store, &error);
  if (all == NULL)
    {
      report (self, error);
      return;
    }
  id = bk_catalogue_make_id (name, all);
  stretch = bk_stretch_new (id, name, gtk_switch_get_active (self->new_sided),
                            gtk_spin_button_get_value_as_int (self->new_hold),
                            gtk_spin_button_get_value_as_int (self->new_reps));
  if (!bk_stretch_store_add_stretch (store, stretch, &error))
    report (self, error);
}

static void
add_own_row (BkCatalogueGroup *self)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *sided_row = adw_action_row_new ();
  GtkWidget *actions = adw_action_row_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Stretch"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add Your Own Stretch"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _("For example from your physiotherapist’s programme"));

  self->new_name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_name), _("Name"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (self->new_name));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sided_row), _("One side at a time"));
  self->new_sided = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->new_sided, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->new_sided), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (sided_row), GTK_WIDGET (self->new_sided));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (sided_row), GTK_WIDGET (self->new_sided));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), sided_row);

  self->new_hold = spin_row (ADW_EXPANDER_ROW (row), _("Hold, seconds"), 1, 600, 30);
  self->new_reps = spin_row (ADW_EXPANDER_ROW (row), _("Repetitions"), 1, 20, 2);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("Its own muscle for the tightness test"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect (add, "clicked", G_CALLBACK (add_own_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), add);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
refresh (BkCatalogueGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = bk_stretch_store_list_stretches (bk_context_get_stretch_store (self->context), &error);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (all == NULL)
    {
      report (self, error);
      return;
    }
  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *row = stretch_row (self, g_ptr_array_index (all, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  add_own_row (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  BkCatalogueGroup *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (BkCatalogueGroup *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
bk_catalogue_group_dispose (GObject *object)
{
  BkCatalogueGroup *self = (BkCatalogueGroup *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->context != NULL)
    g_clear_signal_handler (&self->changed_id, bk_context_get_stretch_store (self->context));
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bk_catalogue_group_parent_class)->dispose (object);
}

static void
bk_catalogue_group_class_init (BkCatalogueGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_catalogue_group_dispose;

  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bk_catalogue_group_init (BkCatalogueGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Stretches"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("How to do each one, and how long to hold it"));
}

void
bk_catalogue_group_set_context (BkCatalogueGroup *self,
                                BkContext        *context)
{
  g_return_if_fail (BK_IS_CATALOGUE_GROUP (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->changed_id = g_signal_connect_swapped (bk_context_get_stretch_store (context), "changed",
                                               G_CALLBACK (store_changed_cb), self);
  refresh (self);
}
