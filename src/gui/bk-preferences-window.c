/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-preferences-window"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-log-care-group.h"
#include "bk-shoes-group.h"
#include "bk-preferences-window.h"

struct _BkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *units_row;
  AdwComboRow          *weekday_row;
  GtkSwitch            *background_switch;
  GtkSwitch            *login_switch;
  GtkSwitch            *sounds_switch;
  AdwPreferencesPage   *log_page;
  GtkWidget            *log_group;
  GtkWidget            *shoes_group;
};

G_DEFINE_FINAL_TYPE (BkPreferencesWindow, bk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Combo positions, in the order the .ui lists them, to settings values. */
static const char * const units_values[] = { "metric", "imperial", NULL };
static const char * const weekday_values[] = { "monday", "sunday", "saturday", NULL };

static gboolean
get_position (GValue   *value,
              GVariant *variant,
              gpointer  user_data)
{
  const char * const *values = user_data;
  const char *current = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_equal (values[i], current))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
set_position (const GValue       *value,
              const GVariantType *expected_type,
              gpointer            user_data)
{
  const char * const *values = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) values))
    return NULL;
  return g_variant_new_string (values[position]);
}

static void
bk_preferences_window_constructed (GObject *object)
{
  BkPreferencesWindow *self = (BkPreferencesWindow *)object;

  G_OBJECT_CLASS (bk_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "units", self->units_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_position, set_position,
                                (gpointer) units_values, NULL);
  g_settings_bind_with_mapping (self->settings, "first-weekday", self->weekday_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_position, set_position,
                                (gpointer) weekday_values, NULL);
  g_settings_bind (self->settings, "run-in-background", self->background_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "start-at-login", self->login_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sounds", self->sounds_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

static void
bk_preferences_window_dispose (GObject *object)
{
  BkPreferencesWindow *self = (BkPreferencesWindow *)object;

  /* libadwaita 1.2's window keeps a reference to the groups of a page added
   * after construction (for its search) past dispose: the group lets go of
   * the log's context here, so the log is not kept open by a leak. */
  if (self->log_group != NULL)
    {
      bk_log_care_group_release (BK_LOG_CARE_GROUP (self->log_group));
      adw_preferences_page_remove (self->log_page, ADW_PREFERENCES_GROUP (self->log_group));
      self->log_group = NULL;
    }
  if (self->shoes_group != NULL)
    {
      bk_shoes_group_release (BK_SHOES_GROUP (self->shoes_group));
      adw_preferences_page_remove (self->log_page, ADW_PREFERENCES_GROUP (self->shoes_group));
      self->shoes_group = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bk_preferences_window_parent_class)->dispose (object);
}

static void
bk_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BkPreferencesWindow *self = BK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BkPreferencesWindow *self = BK_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_preferences_window_class_init (BkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_preferences_window_constructed;
  object_class->dispose = bk_preferences_window_dispose;
  object_class->get_property = bk_preferences_window_get_property;
  object_class->set_property = bk_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, units_row);
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, weekday_row);
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, sounds_switch);
  gtk_widget_class_bind_template_child (widget_class, BkPreferencesWindow, log_page);
}

static void
bk_preferences_window_init (BkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BkPreferencesWindow *
bk_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (BK_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}

/**
 * bk_preferences_window_add_log_care:
 * @context: the log of the window Preferences was opened from
 *
 * Adds the Training Log page: check, back up, restore, and the shoes.
 */
void
bk_preferences_window_add_log_care (BkPreferencesWindow *self,
                                    BkContext           *context)
{
  g_return_if_fail (BK_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (BK_IS_CONTEXT (context));

  g_return_if_fail (self->log_group == NULL);

  self->log_group = bk_log_care_group_new (context);
  adw_preferences_page_add (self->log_page, ADW_PREFERENCES_GROUP (self->log_group));
  self->shoes_group = bk_shoes_group_new (context);
  adw_preferences_page_add (self->log_page, ADW_PREFERENCES_GROUP (self->shoes_group));
  gtk_widget_set_visible (GTK_WIDGET (self->log_page), TRUE);
}
