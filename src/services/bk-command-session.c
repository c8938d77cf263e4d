/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "store/bk-other-activities.h"
#include "bk-command-private.h"

/* --add-session KIND --duration TIME [--effort N] [--date DATE] [--notes T]:
 * a session that is not a run, every value checked before the log is
 * opened. */

static BkSession *
refuse (GError     **error,
        const char  *option,
        GError      *cause)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--%s: %s", option, cause->message);
  return NULL;
}

/* Without --date, now. */
static GDateTime *
parse_when (GVariantDict  *options,
            GDateTime     *now,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  GDateTime *start = NULL;
  const char *text = NULL;

  if (!bk_command_lookup_string (options, "date", &text))
    return g_date_time_to_timezone (now, zone);
  if (!bk_session_parse_start (text, now, &start, &local_error))
    refuse (error, "date", local_error);
  return start;
}

/**
 * bk_command_parse_add_session:
 * @kind_text: the value of --add-session
 *
 * Returns: (transfer full) (nullable): the session, %NULL with @error
 *   naming the option that is wrong
 */
BkSession *
bk_command_parse_add_session (GVariantDict  *options,
                              const char    *kind_text,
                              GDateTime     *now,
                              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(BkSession) session = NULL;
  const char *text = NULL;
  BkSessionKind kind;
  gint64 duration;

  if (!bk_session_kind_from_string (kind_text, &kind))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--add-session: “%s” is not a kind of session: use %s"),
                   kind_text, bk_session_kind_list ());
      return NULL;
    }
  if (!bk_command_lookup_string (options, "duration", &text))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--add-session needs --duration, such as --duration 45m or --duration 1:30:00"));
      return NULL;
    }
  if (!bk_parse_duration (text, &duration, &local_error))
    return refuse (error, "duration", local_error);
  started = parse_when (options, now, error);
  if (started == NULL)
    return NULL;

  session = bk_session_new (kind, started, duration);
  if (bk_command_lookup_string (options, "effort", &text))
    {
      guint64 rpe;

      if (!g_ascii_string_to_unsigned (text, 10, 1, 10, &rpe, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--effort: “%s” is not an effort: use a whole number from 1 to 10"), text);
          return NULL;
        }
      session->rpe = (int) rpe;
    }
  if (bk_command_lookup_string (options, "notes", &text))
    {
      g_free (session->notes);
      session->notes = g_strdup (text);
    }
  if (g_date_time_compare (started, now) > 0 && bk_date_julian_of (started) > bk_date_julian_of (now))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--date: the session lies in the future; log it once you have done it"));
      return NULL;
    }
  if (!bk_session_validate (session, &local_error))
    return refuse (error, "add-session", local_error);
  return g_steal_pointer (&session);
}

/* Stores the session and says what was logged. */
int
bk_command_run_add_session (BkSession *session,
                            BkContext *context,
                            GString   *out,
                            GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (!bk_other_activities_add_session (bk_context_get_database (context), session, &error))
    {
      g_string_append_printf (err, _("Could not save the session: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  /* The status counts sessions: the window shows it at once. */
  bk_context_training_settings_changed (context);

  date = bk_date_format_long (bk_session_get_julian (session));
  time = bk_format_hours_minutes (session->duration_s);
  if (session->rpe > 0)
    /* TRANSLATORS: "Added a session on Tue 1 Dec 2026: Aqua jogging, 45 min at
     * effort 5 (load 225)" */
    g_string_append_printf (out, _("Added a session on %s: %s, %s at effort %d (load %.0f)\n"),
                            date, bk_session_kind_get_label (session->kind), time, session->rpe,
                            bk_session_get_load (session));
  else
    /* TRANSLATORS: "Added a session on Tue 1 Dec 2026: Cycling, 1 h 30 min" */
    g_string_append_printf (out, _("Added a session on %s: %s, %s\n"),
                            date, bk_session_kind_get_label (session->kind), time);
  return BK_EXIT_OK;
}
