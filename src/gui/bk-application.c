/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-application"

#include "bk-config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "core/bk-date.h"
#include "services/bk-command.h"
#include "services/bk-command-options.h"
#include "services/bk-context.h"
#include "services/bk-context-opening.h"
#include "services/bk-demo-log.h"
#include "services/bk-log-care.h"
#include "services/bk-reminder-service.h"
#include "services/bk-training-alerts.h"
#include "services/bk-shoe-alerts.h"
#include "bk-application.h"
#include "bk-arguments.h"
#include "bk-about.h"
#include "bk-accessible.h"
#include "bk-open-error.h"
#include "bk-preferences-window.h"
#include "bk-renderer.h"
#include "bk-window.h"

struct _BkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* The log the windows show; a command for another data folder opens its
   * own context for as long as it runs. */
  BkContext      *context;
  /* The log being opened while GTK starts, for the first window. */
  BkContextOpening *opening;
  char           *demo_dir;
  guint           sigterm_source;
  guint           sigint_source;
  /* Reminders for the context above; held while running in the background. */
  BkReminderService *reminders;
  /* The ramp-up notification for the same context, window or not. */
  BkTrainingAlerts  *alerts;
  BkShoeAlerts      *shoe_alerts;
  gboolean        held;
  gboolean        background_option;
  /* The daily backup and weekly check, soon after the log is opened. */
  guint           care_source;
  gboolean        cared;
  /* The first window's first frame, after which the reminders start. */
  GdkFrameClock  *first_frame_clock;
};

#define BK_LOG_CARE_DELAY_S 2

G_DEFINE_FINAL_TYPE (BkApplication, bk_application, ADW_TYPE_APPLICATION)

static gboolean
bk_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (!bk_arguments_check (*arguments, bk_command_option_entries (), exit_status))
    return TRUE;

  return G_APPLICATION_CLASS (bk_application_parent_class)->local_command_line (application,
                                                                               arguments,
                                                                               exit_status);
}

/* Without a session bus there can be no running window to hand a command
 * to, and asking GDBus would autolaunch a bus just to find that out. */
static gboolean
primary_instance_running (GApplication *application)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *socket = g_build_filename (g_get_user_runtime_dir (), "bus", NULL);
  gboolean has_owner = FALSE;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL && !g_file_test (socket, G_FILE_TEST_EXISTS))
    return FALSE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", g_application_get_application_id (application)),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NO_AUTO_START,
                                       2000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  return has_owner;
}

static BkCommand *
parse_command (BkApplication  *self,
               GVariantDict   *options,
               const char     *cwd,
               GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *units = g_settings_get_string (self->settings, "units");

  return bk_command_parse (options, cwd, now, bk_units_from_string (units), error);
}

static char *
lookup_data_dir (GVariantDict *options,
                 const char   *env_value,
                 const char   *cwd)
{
  const char *option_value = NULL;

  g_variant_dict_lookup (options, "data-dir", "^&ay", &option_value);
  return bk_context_resolve_data_dir (option_value, env_value, cwd);
}

static gboolean
ensure_settings (BkApplication  *self,
                 GError        **error)
{
  if (self->settings == NULL)
    self->settings = bk_context_create_settings (error);
  return self->settings != NULL;
}

static int
bk_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  BkApplication *self = BK_APPLICATION (application);
  g_autoptr(BkCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BkContext) context = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GString) err = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *data_dir = NULL;
  int status;

  if (!ensure_settings (self, &error))
    {
      g_printerr ("backstretch: %s\n", error->message);
      return BK_EXIT_FAILURE;
    }

  /* Every option is checked here, so a mistake never reaches a window,
   * and --version does not hide one. */
  command = parse_command (self, options, cwd, &error);
  if (command == NULL)
    {
      g_printerr ("backstretch: %s\n", error->message);
      return BK_EXIT_USAGE;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      if (bk_command_get_kind (command) != BK_COMMAND_NONE)
        {
          g_printerr (_("backstretch: --version cannot be combined with a command\n"));
          return BK_EXIT_USAGE;
        }
      g_print ("backstretch %s\n", PACKAGE_VERSION);
      return BK_EXIT_OK;
    }

  if (bk_command_get_kind (command) == BK_COMMAND_NONE)
    {
      /* Before GDK starts, and before the thread below: it changes the
       * environment. */
      bk_renderer_disable_software_gl ();
      /* This process will show the window unless one is running already. */
      if (!g_variant_dict_contains (options, "demo") && !primary_instance_running (application))
        {
          data_dir = lookup_data_dir (options, g_getenv ("BACKSTRETCH_DATA_DIR"), cwd);
          self->opening = bk_context_opening_start (data_dir, self->settings);
        }
      return -1;
    }
  if (primary_instance_running (application))
    return -1;

  /* No window is open: do the work here, without a display. */
  data_dir = lookup_data_dir (options, g_getenv ("BACKSTRETCH_DATA_DIR"), cwd);
  out = g_string_new (NULL);
  err = g_string_new (NULL);
  if (bk_command_get_kind (command) == BK_COMMAND_RESTORE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* The log being replaced may not open at all. */
      status = bk_log_care_restore (data_dir, bk_command_get_log_file (command), now, out, err);
      g_print ("%s", out->str);
      g_printerr ("%s", err->str);
      return status;
    }
  context = bk_context_new (data_dir, self->settings, &error);
  if (context == NULL)
    {
      g_printerr ("backstretch: %s\n", error->message);
      return BK_EXIT_FAILURE;
    }

  status = bk_command_run (command, context, out, err);
  g_print ("%s", out->str);
  g_printerr ("%s", err->str);
  return status;
}

static BkWindow *
find_window (BkApplication *self,
             BkContext     *context)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (BK_IS_WINDOW (l->data) && bk_window_get_context (l->data) == context)
      return l->data;
  return NULL;
}

static void
open_window (BkApplication *self,
             BkContext     *context)
{
  BkWindow *window = find_window (self, context);

  if (window == NULL)
    window = bk_window_new (self, context);
  gtk_window_present (GTK_WINDOW (window));
}

static BkContext *
create_demo_context (BkApplication  *self,
                     GError        **error)
{
  g_autoptr(BkContext) context = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GSettings) settings = NULL;

  if (self->demo_dir == NULL)
    {
      self->demo_dir = g_dir_make_tmp ("backstretch-demo-XXXXXX", error);
      if (self->demo_dir == NULL)
        return NULL;
    }

  /* The runner's units and week start to begin with; whatever is tried in
   * the demo stays in the demo. */
  settings = bk_demo_settings_new (self->settings);
  context = bk_context_new (self->demo_dir, settings, error);
  if (context == NULL)
    return NULL;
  bk_context_set_is_demo (context, TRUE);
  if (bk_run_store_count (bk_context_get_run_store (context), NULL) == 0 &&
      !bk_demo_log_fill (context, now, error))
    return NULL;
  return g_steal_pointer (&context);
}

static void
reminder_start_cb (BkReminderService *reminders,
                   gint64             routine_id,
                   BkApplication     *self)
{
  BkWindow *window = find_window (self, self->context);

  if (window == NULL)
    window = bk_window_new (self, self->context);
  bk_window_start_routine (window, routine_id);
}

static void
reminder_in_app_cb (BkReminderService *reminders,
                    gint64             routine_id,
                    const char        *summary,
                    const char        *body,
                    BkApplication     *self)
{
  BkWindow *window = find_window (self, self->context);

  if (window != NULL)
    bk_window_show_reminder (window, routine_id, summary);
}

/* No notification server: the window, if one is open, shows the alert
 * (the ramp-up's or the worn shoes'). */
static void
training_alert_in_app_cb (GObject          *alerts,
                          const char       *summary,
                          const char       *body,
                          BkApplication    *self)
{
  BkWindow *window = find_window (self, self->context);

  if (window != NULL)
    bk_window_add_toast (window, adw_toast_new (summary));
}

/* Held, the application outlives its last window, so reminders still come. */
static void
update_hold (BkApplication *self)
{
  gboolean want = self->reminders != NULL &&
                  (self->background_option || g_settings_get_boolean (self->settings, "run-in-background"));

  if (want && !self->held)
    g_application_hold (G_APPLICATION (self));
  else if (!want && self->held)
    g_application_release (G_APPLICATION (self));
  self->held = want;
}

static void
background_changed_cb (GSettings     *settings,
                       const char    *key,
                       BkApplication *self)
{
  update_hold (self);
}

static void
start_at_login_changed_cb (GSettings     *settings,
                           const char    *key,
                           BkApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_autofree char *usual = bk_context_resolve_data_dir (NULL, NULL, NULL);
  const char *data_dir = self->context != NULL ? bk_context_get_data_dir (self->context) : NULL;

  /* Reminders at login come from the log this window shows. */
  if (data_dir != NULL && g_str_equal (data_dir, usual))
    data_dir = NULL;
  if (!bk_autostart_set_for_data_dir (g_settings_get_boolean (settings, key), data_dir, &error))
    g_warning ("%s", error->message);
}

static void
log_check_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BkApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bk_log_care_check_finish (BK_CONTEXT (source), result, &error))
    {
      BkWindow *window = find_window (self, BK_CONTEXT (source));

      if (window != NULL)
        bk_window_show_log_problem (window, error->message);
      else
        g_message ("%s", error->message);
    }
  g_application_release (G_APPLICATION (self));
}

/* Once the window is up: today's backup, and the full integrity check when
 * a week has passed since the last. */
static gboolean
care_for_log_cb (gpointer user_data)
{
  BkApplication *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->care_source = 0;
  if (self->context == NULL)
    return G_SOURCE_REMOVE;
  bk_log_care_daily (self->context, now);
  if (bk_log_care_check_due (self->context, now))
    {
      g_application_hold (G_APPLICATION (self));
      bk_log_care_check_async (self->context, NULL, log_check_done_cb, self);
    }
  return G_SOURCE_REMOVE;
}

static void
bk_application_ensure_reminders (BkApplication *self)
{
  if (self->care_source == 0 && !self->cared && self->context != NULL)
    {
      self->cared = TRUE;
      self->care_source = g_timeout_add_seconds (BK_LOG_CARE_DELAY_S, care_for_log_cb, self);
    }

  if (self->reminders != NULL || self->context == NULL)
    return;
  self->reminders = bk_reminder_service_new (self->context);
  g_signal_connect (self->reminders, "start-routine", G_CALLBACK (reminder_start_cb), self);
  g_signal_connect (self->reminders, "in-app-reminder", G_CALLBACK (reminder_in_app_cb), self);
  g_signal_connect (self->settings, "changed::run-in-background", G_CALLBACK (background_changed_cb), self);
  g_signal_connect (self->settings, "changed::start-at-login", G_CALLBACK (start_at_login_changed_cb), self);
  bk_reminder_service_start (self->reminders);
  self->alerts = bk_training_alerts_new (self->context);
  g_signal_connect (self->alerts, "in-app-alert", G_CALLBACK (training_alert_in_app_cb), self);
  self->shoe_alerts = bk_shoe_alerts_new (self->context);
  g_signal_connect (self->shoe_alerts, "in-app-alert", G_CALLBACK (training_alert_in_app_cb), self);
  update_hold (self);
}

/* Not needed for the first frame: the reminders, the ramp-up alerts (and
 * libnotify) start once the window has been painted. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        BkApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  g_clear_object (&self->first_frame_clock);
  bk_application_ensure_reminders (self);
}

static void
ensure_reminders_after_first_frame (BkApplication *self,
                                    BkContext     *context)
{
  BkWindow *window = find_window (self, context);
  GdkFrameClock *clock = window != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (window)) : NULL;

  if (clock == NULL || self->reminders != NULL)
    {
      bk_application_ensure_reminders (self);
      return;
    }
  if (self->first_frame_clock != NULL)
    return;
  self->first_frame_clock = g_object_ref (clock);
  g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), self);
}

/* The open-error window restored the latest backup: show the log. */
static gboolean
log_restored_cb (const char  *data_dir,
                 gpointer     user_data,
                 GError     **error)
{
  BkApplication *self = user_data;
  g_autoptr(BkContext) context = bk_context_new (data_dir, self->settings, error);

  if (context == NULL)
    return FALSE;
  if (self->context == NULL)
    self->context = g_object_ref (context);
  open_window (self, context);
  if (context == self->context)
    bk_application_ensure_reminders (self);
  return TRUE;
}

/* The log for @data_dir, from the opening begun before GTK started when
 * that was this folder's. */
static BkContext *
open_context (BkApplication  *self,
              const char     *data_dir,
              GError        **error)
{
  g_autoptr(BkContextOpening) opening = g_steal_pointer (&self->opening);

  if (opening != NULL && g_str_equal (bk_context_opening_get_data_dir (opening), data_dir))
    return bk_context_opening_finish (g_steal_pointer (&opening), error);
  return bk_context_new (data_dir, self->settings, error);
}

static int
bk_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  BkApplication *self = BK_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *cwd = g_application_command_line_get_cwd (command_line);
  g_autoptr(BkCommand) command = NULL;
  g_autoptr(BkContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;

  if (!ensure_settings (self, &error))
    {
      g_application_command_line_printerr (command_line, "backstretch: %s\n", error->message);
      return BK_EXIT_FAILURE;
    }

  command = parse_command (self, options, cwd, &error);
  if (command == NULL)
    {
      g_application_command_line_printerr (command_line, "backstretch: %s\n", error->message);
      return BK_EXIT_USAGE;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      context = create_demo_context (self, &error);
      if (context == NULL)
        {
          bk_open_error_present (GTK_APPLICATION (self), error, NULL, NULL, NULL);
          return BK_EXIT_FAILURE;
        }
      open_window (self, context);
      return BK_EXIT_OK;
    }

  data_dir = lookup_data_dir (options,
                              g_application_command_line_getenv (command_line, "BACKSTRETCH_DATA_DIR"),
                              cwd);

  if (bk_command_get_kind (command) == BK_COMMAND_RESTORE)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int status;

      /* Replacing the file under an open window would lose what it shows
       * and writes next; the window restores through Preferences. */
      if (self->context != NULL && g_str_equal (bk_context_get_data_dir (self->context), data_dir))
        {
          g_application_command_line_printerr (command_line, "%s\n",
                                               _("backstretch: the training log is open in Backstretch; "
                                                 "restore it from Preferences, or quit Backstretch first"));
          return BK_EXIT_FAILURE;
        }
      status = bk_log_care_restore (data_dir, bk_command_get_log_file (command), now, out, err);
      if (out->len > 0)
        g_application_command_line_print (command_line, "%s", out->str);
      if (err->len > 0)
        g_application_command_line_printerr (command_line, "%s", err->str);
      return status;
    }

  if (self->context != NULL && g_str_equal (bk_context_get_data_dir (self->context), data_dir))
    context = g_object_ref (self->context);
  else
    context = open_context (self, data_dir, &error);

  if (context == NULL)
    {
      if (bk_command_get_kind (command) != BK_COMMAND_NONE)
        {
          g_application_command_line_printerr (command_line, "backstretch: %s\n", error->message);
          return BK_EXIT_FAILURE;
        }
      bk_open_error_present (GTK_APPLICATION (self), error, data_dir, log_restored_cb, self);
      return BK_EXIT_FAILURE;
    }

  if (bk_command_get_kind (command) != BK_COMMAND_NONE)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      int status = bk_command_run (command, context, out, err);

      if (out->len > 0)
        g_application_command_line_print (command_line, "%s", out->str);
      if (err->len > 0)
        g_application_command_line_printerr (command_line, "%s", err->str);
      return status;
    }

  if (self->context == NULL)
    self->context = g_object_ref (context);
  if (g_variant_dict_contains (options, "background") && context == self->context)
    {
      self->background_option = TRUE;
      bk_application_ensure_reminders (self);
      return BK_EXIT_OK;
    }
  open_window (self, context);
  if (context == self->context)
    ensure_reminders_after_first_frame (self, context);
  return BK_EXIT_OK;
}

static void
bk_application_activate (GApplication *application)
{
  BkApplication *self = BK_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* D-Bus activation, such as a click in the shell, arrives here. */
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if (self->context != NULL)
    open_window (self, self->context);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  BkContext *context = BK_IS_WINDOW (parent) ? bk_window_get_context (BK_WINDOW (parent)) : self->context;
  /* A demo window's preferences are the demo's own, kept in memory. */
  BkPreferencesWindow *preferences = bk_preferences_window_new (context != NULL && bk_context_get_is_demo (context)
                                                                ? bk_context_get_settings (context)
                                                                : self->settings);

  if (context != NULL && !bk_context_get_is_demo (context))
    bk_preferences_window_add_log_care (preferences, context);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  bk_about_present (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

/* Every "Why?" (bk-guide-link): the guide of the window in front, or of
 * the main window a dialog in front belongs to. */
static void
show_guide_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplication *application = user_data;
  GtkWindow *window = gtk_application_get_active_window (application);

  while (window != NULL && !BK_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  for (GList *l = gtk_application_get_windows (application); window == NULL && l != NULL; l = l->next)
    if (BK_IS_WINDOW (l->data))
      window = l->data;
  if (window != NULL)
    bk_window_show_guide (BK_WINDOW (window), g_variant_get_string (parameter, NULL));
  else
    g_debug ("No window to show %s in", g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "show-guide", show_guide_activated, "s" },
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
};

/* A background instance is stopped by a signal at logout; quitting
 * properly removes a demo log and closes the database cleanly. */
static gboolean
quit_on_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
bk_application_startup (GApplication *application)
{
  BkApplication *self = BK_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *add_run_accels[] = { "<Control>n", NULL };
  static const char *record_pain_accels[] = { "<Control>p", NULL };
  static const char *guide_accels[] = { "F1", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (bk_application_parent_class)->startup (application);
  /* The display is open: GDK has read $GDK_DEBUG. */
  if (self->opening != NULL)
    bk_context_opening_wait (self->opening);
  bk_renderer_restore_environment ();
  bk_accessible_install_name_fixes ();
  /* Before any window is realized: cairo rather than software GL. */
  bk_renderer_choose_for_display (gdk_display_get_default ());

  self->sigterm_source = g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
  self->sigint_source = g_unix_signal_add (SIGINT, quit_on_signal_cb, self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.add-run", add_run_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.record-pain", record_pain_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.toggle-guide", guide_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  /* GtkApplication would set this itself for a gtk/help-overlay.ui, which
   * the window now builds only when asked (bk-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
}

static void
remove_demo_dir (const char *dir)
{
  static const char *files[] = { BK_DATABASE_FILENAME, BK_DATABASE_FILENAME "-wal",
                                 BK_DATABASE_FILENAME "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
bk_application_shutdown (GApplication *application)
{
  BkApplication *self = BK_APPLICATION (application);

  g_clear_handle_id (&self->sigterm_source, g_source_remove);
  g_clear_handle_id (&self->sigint_source, g_source_remove);
  g_clear_handle_id (&self->care_source, g_source_remove);
  if (self->first_frame_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->first_frame_clock, first_frame_painted_cb, self);
  g_clear_object (&self->first_frame_clock);

  G_APPLICATION_CLASS (bk_application_parent_class)->shutdown (application);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->alerts);
  g_clear_object (&self->shoe_alerts);
  g_clear_object (&self->reminders);
  g_clear_object (&self->context);
  if (self->demo_dir != NULL)
    remove_demo_dir (self->demo_dir);
}

static void
bk_application_finalize (GObject *object)
{
  BkApplication *self = (BkApplication *)object;

  g_clear_object (&self->alerts);
  g_clear_object (&self->shoe_alerts);
  g_clear_object (&self->reminders);
  g_clear_pointer (&self->opening, bk_context_opening_free);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->demo_dir, g_free);

  G_OBJECT_CLASS (bk_application_parent_class)->finalize (object);
}

static void
bk_application_class_init (BkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bk_application_finalize;
  app_class->local_command_line = bk_application_local_command_line;
  app_class->handle_local_options = bk_application_handle_local_options;
  app_class->command_line = bk_application_command_line;
  app_class->activate = bk_application_activate;
  app_class->startup = bk_application_startup;
  app_class->shutdown = bk_application_shutdown;
}

static void
bk_application_init (BkApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), bk_command_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Log runs, watch the ramp-up, and look after your lower back."));
}

BkApplication *
bk_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  return g_object_new (BK_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_SEND_ENVIRONMENT,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
