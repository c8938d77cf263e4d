/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-reminder-service"

#include "bk-config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libnotify/notify.h>

#include "core/bk-date.h"
#include "bk-advice.h"
#include "bk-reminder-service.h"
#include "bk-stretch-agenda.h"

/* Re-check at least this often, so a wall-clock jump (which GLib's
 * monotonic timers do not see) is noticed within a few minutes. */
#define MAX_SLEEP_MS (5 * 60 * 1000)
#define SNOOZE_S     (10 * 60)

struct _BkReminderService
{
  GObject          parent_instance;

  BkContext       *context;
  gboolean         started;
  guint            timer_id;
  guint            rearm_idle_id;
  GDateTime       *due;           /* what the timer waits for */
  gint64           due_routine;
  gint64           armed_wall;    /* wall and monotonic time when armed, */
  gint64           armed_mono;    /* to notice the wall clock jumping */
  GHashTable      *notifications; /* routine id -> NotifyNotification */
  gulong           stretch_changed_id;
  gulong           run_changed_id;
  gulong           pain_changed_id;
  /* Urgent pain advice is open: no stretching reminders until a
   * clinician's assessment is recorded. */
  gboolean         paused;
  GDBusConnection *system_bus;
  guint            sleep_watch_id;
  gboolean         has_server;
};

G_DEFINE_FINAL_TYPE (BkReminderService, bk_reminder_service, G_TYPE_OBJECT)

enum {
  START_ROUTINE,
  IN_APP_REMINDER,
  FIRED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rearm (BkReminderService *self);

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static guint
snooze_seconds (void)
{
  const char *env = g_getenv (BK_SNOOZE_SECONDS_ENV);
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 24 * 3600, &seconds, NULL))
    return seconds;
  return SNOOZE_S;
}

static void
notification_closed_cb (NotifyNotification *notification,
                        BkReminderService  *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->notifications);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == notification)
      {
        g_hash_table_iter_remove (&iter);
        break;
      }
}

static void
action_cb (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  BkReminderService *self = user_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (notification), "routine-id"));
  g_autoptr(GError) error = NULL;

  g_debug ("Reminder action %s for routine %" G_GINT64_FORMAT, action, id);
  if (g_str_equal (action, "snooze"))
    {
      if (!bk_reminder_service_snooze (self, id, &error))
        g_warning ("Could not snooze the reminder: %s", error->message);
    }
  else if (g_str_equal (action, "skip"))
    {
      if (!bk_reminder_service_skip_today (self, id, &error))
        g_warning ("Could not skip today's reminder: %s", error->message);
    }
  else
    g_signal_emit (self, signals[START_ROUTINE], 0, id);
}

/* @missed_due: (nullable): when a reminder missed while the app was not
 * running was due; the notification says so */
static void
notify (BkReminderService *self,
        BkStretchAgenda   *agenda,
        const BkRoutine   *routine,
        GDateTime         *missed_due)
{
  NotifyNotification *notification;
  g_autoptr(GPtrArray) stretches = NULL;
  g_autoptr(GArray) plan = bk_stretch_agenda_plan (agenda, routine, &stretches);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *summary = missed_due != NULL
    /* TRANSLATORS: a reminder that came while Backstretch was not running */
    ? g_strdup_printf (_("Missed reminder: %s"), routine->name)
    : g_strdup_printf (_("Time to stretch: %s"), routine->name);
  g_autofree char *total = bk_stretch_format_seconds (bk_routine_plan_total_s (plan));
  g_autoptr(GError) error = NULL;

  if (missed_due != NULL)
    {
      g_autofree char *at = g_date_time_format (missed_due, "%H:%M");

      /* TRANSLATORS: first line of a missed reminder, e.g. "It was due at 07:00." */
      g_string_append_printf (body, _("It was due at %s."), at);
      g_string_append_c (body, '\n');
    }

  for (guint i = 0; i < stretches->len && i < 3; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? ", " : "", ((BkStretch *) g_ptr_array_index (stretches, i))->name);
  if (stretches->len > 3)
    g_string_append (body, ", …");
  if (body->len > 0)
    g_string_append_c (body, '\n');
  /* TRANSLATORS: second line of a reminder, e.g. "10 min 20 s in all" */
  g_string_append_printf (body, _("%s in all"), total);

  g_signal_emit (self, signals[FIRED], 0, routine->id);

  if (!self->has_server)
    {
      g_signal_emit (self, signals[IN_APP_REMINDER], 0, routine->id, summary, body->str);
      return;
    }

  notification = notify_notification_new (summary, body->str, APP_ID);
  notify_notification_set_category (notification, "reminder");
  notify_notification_set_hint (notification, "desktop-entry", g_variant_new_string (APP_ID));
  g_object_set_data (G_OBJECT (notification), "routine-id", GSIZE_TO_POINTER ((gsize) routine->id));
  notify_notification_add_action (notification, "default", _("Start"), action_cb, self, NULL);
  notify_notification_add_action (notification, "start", _("Start"), action_cb, self, NULL);
  notify_notification_add_action (notification, "snooze", _("Snooze 10 min"), action_cb, self, NULL);
  notify_notification_add_action (notification, "skip", _("Skip today"), action_cb, self, NULL);
  g_signal_connect (notification, "closed", G_CALLBACK (notification_closed_cb), self);

  if (!notify_notification_show (notification, &error))
    {
      /* One warning, then the window shows reminders itself. */
      g_warning ("No notification server (%s): reminders will show in the window", error->message);
      self->has_server = FALSE;
      g_signal_handlers_disconnect_by_data (notification, self);
      g_object_unref (notification);
      g_signal_emit (self, signals[IN_APP_REMINDER], 0, routine->id, summary, body->str);
      return;
    }
  g_hash_table_replace (self->notifications, id_key (routine->id), notification);
}

static void
mark_checked (BkReminderService *self,
              GDateTime         *now)
{
  g_settings_set_int64 (bk_context_get_settings (self->context), "reminders-checked-at",
                        g_date_time_to_unix (now));
}

static gboolean
timer_cb (gpointer user_data)
{
  BkReminderService *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  gint64 wall_drift;

  self->timer_id = 0;
  wall_drift = (g_get_real_time () - self->armed_wall) - (g_get_monotonic_time () - self->armed_mono);
  if (ABS (wall_drift) > 2 * G_USEC_PER_SEC)
    g_debug ("The wall clock moved by %" G_GINT64_FORMAT " s", wall_drift / G_USEC_PER_SEC);

  /* Half a second early counts as on time; urgent advice recorded since
   * the timer was armed silences it. */
  if (self->due != NULL && g_date_time_difference (self->due, now) <= G_USEC_PER_SEC / 2 &&
      !bk_advice_training_withheld (self->context, now))
    {
      agenda = bk_stretch_agenda_load (self->context, self->due, &error);
      if (agenda == NULL)
        g_warning ("Could not read the routines for a reminder: %s", error->message);
      else
        for (guint i = 0; i < agenda->routines->len; i++)
          {
            BkRoutine *routine = g_ptr_array_index (agenda->routines, i);

            if (routine->id != self->due_routine)
              continue;
            notify (self, agenda, routine, NULL);
            /* The snooze, if that is what fired, is over. */
            if (routine->snoozed_until != 0 &&
                !bk_stretch_store_snooze (bk_context_get_stretch_store (self->context), routine->id, 0, &error))
              g_warning ("Could not end a snooze: %s", error->message);
          }
      mark_checked (self, now);
    }
  rearm (self);
  return G_SOURCE_REMOVE;
}

static void
set_paused (BkReminderService *self,
            gboolean           paused)
{
  if (self->paused == paused)
    return;
  self->paused = paused;
  g_debug ("Reminders %s", paused ? "paused while urgent advice is open" : "resumed");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

static void
rearm (BkReminderService *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_pointer (&self->due, g_date_time_unref);
  self->due_routine = 0;

  /* The pain store's ::changed rearms, so an assessment resumes them. */
  set_paused (self, bk_advice_training_withheld (self->context, now));
  if (self->paused)
    return;

  agenda = bk_stretch_agenda_load (self->context, now, &error);
  if (agenda == NULL)
    {
      g_warning ("Could not read the routines for reminders: %s", error->message);
      return;
    }
  if (agenda->next_index >= 0)
    {
      self->due = g_date_time_ref (g_ptr_array_index (agenda->due, agenda->next_index));
      self->due_routine = ((BkRoutine *) g_ptr_array_index (agenda->routines, agenda->next_index))->id;
    }
  if (self->due == NULL)
    {
      g_debug ("No reminder scheduled");
      return;
    }
  wait = g_date_time_difference (self->due, now) / 1000;
  self->armed_wall = g_get_real_time ();
  self->armed_mono = g_get_monotonic_time ();
  self->timer_id = g_timeout_add (CLAMP (wait, 1, MAX_SLEEP_MS), timer_cb, self);
  {
    g_autofree char *at = g_date_time_format_iso8601 (self->due);

    g_debug ("Next reminder at %s for routine %" G_GINT64_FORMAT, at, self->due_routine);
  }
}

static gboolean
rearm_idle_cb (gpointer user_data)
{
  BkReminderService *self = user_data;

  self->rearm_idle_id = 0;
  rearm (self);
  return G_SOURCE_REMOVE;
}

static void
data_changed_cb (BkReminderService *self)
{
  if (self->started && self->rearm_idle_id == 0)
    self->rearm_idle_id = g_idle_add (rearm_idle_cb, self);
}

/* logind says PrepareForSleep (false) once the system has resumed. */
static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean going_to_sleep = TRUE;

  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    {
      g_debug ("Resumed from suspend");
      data_changed_cb (user_data);
    }
}

static void
show_missed (BkReminderService *self,
             GDateTime         *now)
{
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  gint64 checked = g_settings_get_int64 (bk_context_get_settings (self->context), "reminders-checked-at");
  guint32 today = bk_date_julian_of (now);

  /* Never checked before: nothing can have been missed. */
  if (checked <= 0 || bk_advice_training_withheld (self->context, now))
    return;

  agenda = bk_stretch_agenda_load (self->context, now, &error);
  if (agenda != NULL)
    sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (self->context),
                                               today, today, &error);
  if (sessions == NULL)
    {
      g_warning ("Could not look for missed reminders: %s", error->message);
      return;
    }
  for (guint i = 0; i < agenda->routines->len; i++)
    {
      BkRoutine *routine = g_ptr_array_index (agenda->routines, i);
      g_autoptr(GDateTime) last = bk_schedule_last_due (&routine->schedule, now, tz);
      gboolean done = FALSE;

      if (last == NULL || g_date_time_to_unix (last) <= checked ||
          bk_date_julian_of (last) != today || routine->skipped_julian == today)
        continue;
      for (guint j = 0; j < sessions->len; j++)
        {
          BkStretchSession *s = g_ptr_array_index (sessions, j);

          if (s->routine_id == routine->id && g_date_time_compare (s->started_at, last) >= 0)
            done = TRUE;
        }
      if (!done)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (last, tz);

          notify (self, agenda, routine, local);
        }
    }
}

static void
bk_reminder_service_dispose (GObject *object)
{
  BkReminderService *self = (BkReminderService *)object;
  GHashTableIter iter;
  gpointer value;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->rearm_idle_id, g_source_remove);
  if (self->context != NULL)
    {
      g_clear_signal_handler (&self->stretch_changed_id, bk_context_get_stretch_store (self->context));
      g_clear_signal_handler (&self->run_changed_id, bk_context_get_run_store (self->context));
      g_clear_signal_handler (&self->pain_changed_id, bk_context_get_pain_store (self->context));
    }
  if (self->system_bus != NULL && self->sleep_watch_id != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_watch_id);
  self->sleep_watch_id = 0;
  g_clear_object (&self->system_bus);
  if (self->notifications != NULL)
    {
      g_hash_table_iter_init (&iter, self->notifications);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_signal_handlers_disconnect_by_data (value, self);
      g_hash_table_remove_all (self->notifications);
    }
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_reminder_service_parent_class)->dispose (object);
}

static void
bk_reminder_service_finalize (GObject *object)
{
  BkReminderService *self = (BkReminderService *)object;

  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->notifications, g_hash_table_unref);

  G_OBJECT_CLASS (bk_reminder_service_parent_class)->finalize (object);
}

static void
bk_reminder_service_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BkReminderService *self = BK_REMINDER_SERVICE (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_reminder_service_class_init (BkReminderServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_reminder_service_dispose;
  object_class->finalize = bk_reminder_service_finalize;
  object_class->get_property = bk_reminder_service_get_property;

  /**
   * BkReminderService:paused:
   *
   * Whether reminders are held back because urgent pain advice is open;
   * they resume once an assessment clears it.
   */
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user pressed Start on a reminder. */
  signals[START_ROUTINE] = g_signal_new ("start-routine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* No notification server: the window should show this itself. */
  signals[IN_APP_REMINDER] = g_signal_new ("in-app-reminder", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                           G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING);
  signals[FIRED] = g_signal_new ("fired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
bk_reminder_service_init (BkReminderService *self)
{
  self->has_server = TRUE;
  self->notifications = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

BkReminderService *
bk_reminder_service_new (BkContext *context)
{
  BkReminderService *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_REMINDER_SERVICE, NULL);
  self->context = g_object_ref (context);
  return self;
}

/**
 * bk_reminder_service_start:
 *
 * Shows a reminder missed today while the app was not running, then arms
 * the timer and follows changes to routines, runs, and suspend.
 */
void
bk_reminder_service_start (BkReminderService *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BK_IS_REMINDER_SERVICE (self));

  if (self->started)
    return;
  self->started = TRUE;

  if (!notify_is_initted ())
    notify_init (_("Backstretch"));

  self->stretch_changed_id = g_signal_connect_swapped (bk_context_get_stretch_store (self->context), "changed",
                                                       G_CALLBACK (data_changed_cb), self);
  self->run_changed_id = g_signal_connect_swapped (bk_context_get_run_store (self->context), "changed",
                                                   G_CALLBACK (data_changed_cb), self);
  self->pain_changed_id = g_signal_connect_swapped (bk_context_get_pain_store (self->context), "changed",
                                                    G_CALLBACK (data_changed_cb), self);

  self->system_bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);
  if (self->system_bus != NULL)
    self->sleep_watch_id = g_dbus_connection_signal_subscribe (self->system_bus, "org.freedesktop.login1",
                                                               "org.freedesktop.login1.Manager",
                                                               "PrepareForSleep", "/org/freedesktop/login1",
                                                               NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                               prepare_for_sleep_cb, self, NULL);
  else
    g_debug ("No system bus, so no resume signal: %s", error->message);

  show_missed (self, now);
  mark_checked (self, now);
  rearm (self);
}

/**
 * bk_reminder_service_get_paused:
 *
 * Returns: whether reminders are paused by urgent pain advice
 */
gboolean
bk_reminder_service_get_paused (BkReminderService *self)
{
  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), FALSE);
  return self->paused;
}

/**
 * bk_reminder_service_get_next_due:
 *
 * Returns: (transfer none) (nullable): when the armed timer fires
 */
GDateTime *
bk_reminder_service_get_next_due (BkReminderService *self)
{
  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), NULL);
  return self->due;
}

gint64
bk_reminder_service_get_next_routine (BkReminderService *self)
{
  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), 0);
  return self->due_routine;
}

/**
 * bk_reminder_service_snooze:
 *
 * Brings the reminder back in ten minutes. The snooze is kept with the
 * log, so the Stretching page and --status say "snoozed until" and a
 * restart keeps it.
 */
gboolean
bk_reminder_service_snooze (BkReminderService  *self,
                            gint64              routine_id,
                            GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), FALSE);

  if (!bk_stretch_store_snooze (bk_context_get_stretch_store (self->context), routine_id,
                                g_date_time_to_unix (now) + snooze_seconds (), error))
    return FALSE;
  rearm (self);
  return TRUE;
}

gboolean
bk_reminder_service_skip_today (BkReminderService  *self,
                                gint64              routine_id,
                                GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), FALSE);

  if (!bk_stretch_store_snooze (bk_context_get_stretch_store (self->context), routine_id, 0, error))
    return FALSE;
  return bk_stretch_store_skip_today (bk_context_get_stretch_store (self->context), routine_id,
                                      bk_date_julian_of (now), error);
}

gboolean
bk_reminder_service_has_server (BkReminderService *self)
{
  g_return_val_if_fail (BK_IS_REMINDER_SERVICE (self), FALSE);
  return self->has_server;
}

char *
bk_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/**
 * bk_desktop_exec_quote:
 *
 * Quotes one argument for the Exec key of a desktop entry: the Desktop
 * Entry spec's double quotes (with \", \`, \$ and \\ escaped inside), %%
 * for a literal %, then the escapes of a string value, in that order.
 */
char *
bk_desktop_exec_quote (const char *arg)
{
  static const char reserved[] = " \t\n\"'\\><~|&;$*?#()`";
  g_autoptr(GString) quoted = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  gboolean needs_quotes = *arg == '\0' || strpbrk (arg, reserved) != NULL;

  if (needs_quotes)
    g_string_append_c (quoted, '"');
  for (const char *p = arg; *p != '\0'; p++)
    {
      if (needs_quotes && strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (quoted, '\\');
      if (*p == '%')
        g_string_append_c (quoted, '%');
      g_string_append_c (quoted, *p);
    }
  if (needs_quotes)
    g_string_append_c (quoted, '"');

  for (const char *p = quoted->str; *p != '\0'; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\r': g_string_append (out, "\\r"); break;
      default: g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

/**
 * bk_autostart_set:
 *
 * Writes or removes the XDG autostart entry that starts Backstretch in the
 * background at login.
 */
gboolean
bk_autostart_set (gboolean   enabled,
                  GError   **error)
{
  return bk_autostart_set_for_data_dir (enabled, NULL, error);
}

/**
 * bk_autostart_set_for_data_dir:
 * @data_dir: (nullable): the log's folder when it is not the usual one, so
 *   that the reminders at login come from the same log
 */
gboolean
bk_autostart_set_for_data_dir (gboolean     enabled,
                               const char  *data_dir,
                               GError     **error)
{
  g_autofree char *exec = NULL;
  g_autofree char *path = bk_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;

  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not remove %s: %s"), path, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not create %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  if (data_dir != NULL)
    {
      g_autofree char *quoted = bk_desktop_exec_quote (data_dir);

      exec = g_strdup_printf ("backstretch --data-dir %s --background", quoted);
    }
  else
    exec = g_strdup ("backstretch --background");
  contents = g_strdup_printf ("[Desktop Entry]\n"
                              "Type=Application\n"
                              "Name=%s\n"
                              "Comment=%s\n"
                              "Exec=%s\n"
                              "Icon=%s\n"
                              "NoDisplay=true\n"
                              "X-GNOME-Autostart-enabled=true\n",
                              _("Backstretch"), _("Stretching reminders"), exec, APP_ID);
  return g_file_set_contents (path, contents, -1, error);
}
