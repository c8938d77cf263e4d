/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "services/bk-reminder-service.h"

/* On a private session bus with no notification server, a reminder logs
 * one warning and goes to the window instead. */

typedef struct {
  guint  count;
  gint64 routine_id;
  char  *summary;
} InApp;

static void
on_in_app (BkReminderService *service,
           gint64             routine_id,
           const char        *summary,
           const char        *body,
           InApp             *in_app)
{
  in_app->count++;
  in_app->routine_id = routine_id;
  g_free (in_app->summary);
  in_app->summary = g_strdup (summary);
  g_assert_nonnull (strstr (body, "in all"));
}

static void
test_no_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("bk-reminder-XXXXXX", &error);
  g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
  BkStretchStore *store = bk_context_get_stretch_store (context);
  g_autoptr(BkReminderService) service = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (now, -1);
  InApp in_app = { 0 };
  BkRoutine *routine;

  if (g_date_time_get_hour (now) == 0 && g_date_time_get_minute (now) < 2)
    {
      g_test_skip ("too close to midnight for a reminder earlier today");
      return;
    }
  g_assert_no_error (error);
  g_assert_true (bk_stretch_store_ensure_routines (store, &error));
  routines = bk_stretch_store_list_routines (store, &error);
  routine = g_ptr_array_index (routines, 1);
  routine->schedule = (BkSchedule) { BK_DAYS_ALL,
                                     g_date_time_get_hour (earlier) * 60 + g_date_time_get_minute (earlier), -1 };
  g_assert_true (bk_stretch_store_update_routine (store, routine, &error));
  g_settings_set_int64 (settings, "reminders-checked-at", g_date_time_to_unix (now) - 3600);

  service = bk_reminder_service_new (context);
  g_signal_connect (service, "in-app-reminder", G_CALLBACK (on_in_app), &in_app);
  g_test_expect_message ("bk-reminder-service", G_LOG_LEVEL_WARNING, "No notification server*");
  bk_reminder_service_start (service);
  g_test_assert_expected_messages ();

  g_assert_false (bk_reminder_service_has_server (service));
  g_assert_cmpuint (in_app.count, ==, 1);
  g_assert_cmpint (in_app.routine_id, ==, routine->id);
  /* A missed one, shown at start, says so. */
  g_assert_cmpstr (in_app.summary, ==, "Missed reminder: Daily back care");

  /* The next one: straight to the window, no second warning (a warning
   * would be fatal here). */
  g_setenv (BK_SNOOZE_SECONDS_ENV, "1", TRUE);
  g_assert_true (bk_reminder_service_snooze (service, routine->id, &error));
  while (in_app.count < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (in_app.count, ==, 2);

  g_free (in_app.summary);
  g_assert_finalize_object (g_steal_pointer (&service));
  g_assert_finalize_object (g_steal_pointer (&context));
  {
    const char *files[] = { "backstretch.sqlite3", "backstretch.sqlite3-wal", "backstretch.sqlite3-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      {
        g_autofree char *path = g_build_filename (dir, files[i], NULL);
        g_unlink (path);
      }
    g_rmdir (dir);
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* A bus of our own that can start nothing, not even dunst. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  g_test_add_func ("/reminders/no-server", test_no_server);
  status = g_test_run ();
  g_test_dbus_down (bus);
  return status;
}
