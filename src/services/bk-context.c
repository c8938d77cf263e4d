/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-context"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-context.h"
#include "bk-training-state.h"

/* Everything a window, a page or a command needs, passed in rather than
 * fetched from globals so that a test can build any of them on a
 * temporary database. */
struct _BkContext
{
  GObject     parent_instance;

  char       *data_dir;
  BkDatabase *database;
  BkRunStore *run_store;
  BkPainStore *pain_store;
  BkStretchStore *stretch_store;
  GSettings  *settings;
  gboolean    is_demo;
  /* Made on first use: the command line mostly does without. */
  BkTrainingState *training_state;
};

G_DEFINE_FINAL_TYPE (BkContext, bk_context, G_TYPE_OBJECT)

/* The shipped stretch catalogue lives in the GResource. */
static BkStretchStore *
bk_context_open_stretch_store (BkDatabase  *database,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) shipped = NULL;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/seeds/stretches.ini",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  shipped = bk_stretch_catalogue_parse (data, length, error);
  if (shipped == NULL)
    return NULL;
  return bk_stretch_store_new (database, shipped);
}

static void
bk_context_dispose (GObject *object)
{
  BkContext *self = (BkContext *)object;

  if (self->training_state != NULL)
    g_object_run_dispose (G_OBJECT (self->training_state));
  g_clear_object (&self->training_state);
  if (self->run_store != NULL)
    g_signal_handlers_disconnect_by_data (self->run_store, self->pain_store);
  g_clear_object (&self->pain_store);
  g_clear_object (&self->stretch_store);
  g_clear_object (&self->run_store);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bk_context_parent_class)->dispose (object);
}

static void
bk_context_finalize (GObject *object)
{
  BkContext *self = (BkContext *)object;

  g_clear_pointer (&self->data_dir, g_free);

  G_OBJECT_CLASS (bk_context_parent_class)->finalize (object);
}

static guint training_settings_changed_signal;
static guint shoes_changed_signal;

static void
bk_context_class_init (BkContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_context_dispose;
  object_class->finalize = bk_context_finalize;

  /**
   * BkContext::training-settings-changed:
   *
   * The log's training settings (plan start, baseline) changed, so every
   * view of the training status should recompute.
   */
  training_settings_changed_signal =
    g_signal_new ("training-settings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * BkContext::shoes-changed:
   *
   * A pair of shoes was added, edited, retired or deleted (issue 16); the
   * run store's ::changed covers the runs they carry.
   */
  shoes_changed_signal =
    g_signal_new ("shoes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bk_context_init (BkContext *self)
{
}

/**
 * bk_context_new:
 * @data_dir: the folder that holds the database
 * @settings: the application's settings
 */
BkContext *
bk_context_new (const char  *data_dir,
                GSettings   *settings,
                GError     **error)
{
  g_autoptr(BkContext) self = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (BK_TYPE_CONTEXT, NULL);
  self->data_dir = g_strdup (data_dir);
  self->settings = g_object_ref (settings);

  path = g_build_filename (data_dir, BK_DATABASE_FILENAME, NULL);
  self->database = bk_database_open (path, error);
  if (self->database == NULL)
    return NULL;
  self->run_store = bk_run_store_new (self->database);
  self->pain_store = bk_pain_store_new (self->database);
  /* Deleting a run unlinks its pain entries inside SQLite (ON DELETE SET
   * NULL); reloading keeps the pain list's links true. */
  g_signal_connect_object (self->run_store, "changed", G_CALLBACK (bk_pain_store_reload),
                           self->pain_store, G_CONNECT_SWAPPED);
  self->stretch_store = bk_context_open_stretch_store (self->database, error);
  if (self->stretch_store == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bk_context_get_training_state:
 *
 * Returns: (transfer none): the training status every view shares
 */
BkTrainingState *
bk_context_get_training_state (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);

  if (self->training_state == NULL)
    self->training_state = bk_training_state_new (self);
  return self->training_state;
}

BkPainStore *
bk_context_get_pain_store (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->pain_store;
}

const char *
bk_context_get_data_dir (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->data_dir;
}

BkDatabase *
bk_context_get_database (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->database;
}

BkRunStore *
bk_context_get_run_store (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->run_store;
}

BkStretchStore *
bk_context_get_stretch_store (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->stretch_store;
}

GSettings *
bk_context_get_settings (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), NULL);
  return self->settings;
}

BkUnits
bk_context_get_units (BkContext *self)
{
  g_autofree char *units = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (self), BK_UNITS_METRIC);

  units = g_settings_get_string (self->settings, "units");
  return bk_units_from_string (units);
}

GDateWeekday
bk_context_get_first_weekday (BkContext *self)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (self), G_DATE_MONDAY);

  day = g_settings_get_string (self->settings, "first-weekday");
  return bk_weekday_from_string (day);
}

gboolean
bk_context_get_is_demo (BkContext *self)
{
  g_return_val_if_fail (BK_IS_CONTEXT (self), FALSE);
  return self->is_demo;
}

/* A demo log is thrown away at exit; windows say so in their title. */
void
bk_context_set_is_demo (BkContext *self,
                        gboolean   is_demo)
{
  g_return_if_fail (BK_IS_CONTEXT (self));
  self->is_demo = !!is_demo;
}

/**
 * bk_context_resolve_data_dir:
 * @option_value: (nullable): `--data-dir` as given
 * @env_value: (nullable): `BACKSTRETCH_DATA_DIR` of the calling process
 * @cwd: (nullable): the calling process's working folder
 *
 * Returns: (transfer full): an absolute path to the data folder
 */
char *
bk_context_resolve_data_dir (const char *option_value,
                             const char *env_value,
                             const char *cwd)
{
  const char *chosen = NULL;

  if (option_value != NULL && *option_value != '\0')
    chosen = option_value;
  else if (env_value != NULL && *env_value != '\0')
    chosen = env_value;

  if (chosen == NULL)
    return g_build_filename (g_get_user_data_dir (), "backstretch", NULL);
  if (g_path_is_absolute (chosen))
    return g_canonicalize_filename (chosen, NULL);
  return g_canonicalize_filename (chosen, cwd);
}

/**
 * bk_context_create_settings:
 *
 * Returns the application's settings, or an error naming the missing schema
 * instead of the abort g_settings_new() would give.
 */
GSettings *
bk_context_create_settings (GError **error)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The settings schema %s is not installed; run Backstretch with "
                     "build-aux/run or install it with meson install"),
                   APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* Called by whoever writes the training settings (the command line, the
 * welcome page, the plan popover). */
void
bk_context_training_settings_changed (BkContext *self)
{
  g_return_if_fail (BK_IS_CONTEXT (self));
  g_signal_emit (self, training_settings_changed_signal, 0);
}

/* Called by whoever writes the shoes table in this process. */
void
bk_context_shoes_changed (BkContext *self)
{
  g_return_if_fail (BK_IS_CONTEXT (self));
  g_signal_emit (self, shoes_changed_signal, 0);
}
