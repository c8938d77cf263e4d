/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "services/bk-command.h"
#include "services/bk-pain-status.h"

typedef struct {
  char      *dir;
  BkContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture->dir = g_dir_make_tmp ("bk-pain-status-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->context = bk_context_new (fixture->dir, settings, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->context);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
add_entry (Fixture *fixture,
           int      day,
           int      rating,
           guint    character,
           guint    emergency)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) when = g_date_time_new (zone, 2026, 11, day, 8, 15, 0);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_DURING_RUN, rating);
  g_autoptr(GError) error = NULL;

  bk_pain_entry_set_minutes_in (entry, 12);
  bk_pain_entry_set_locations (entry, BK_PAIN_LOCATION_LEFT_SI_JOINT | BK_PAIN_LOCATION_CENTRAL_LOWER_BACK);
  bk_pain_entry_set_character (entry, character);
  bk_pain_entry_set_emergency (entry, emergency);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (fixture->context), entry, &error));
  g_assert_no_error (error);
}

static char *
status (Fixture  *fixture,
        gboolean  json)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  bk_pain_status_append (fixture->context, json, out, err);
  g_assert_cmpstr (err->str, ==, "");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *json = status (fixture, TRUE);
  g_autofree char *text = status (fixture, FALSE);

  g_assert_nonnull (strstr (json, "\"advice\": \"none\""));
  g_assert_nonnull (strstr (json, "\"trend\": \"unknown\""));
  g_assert_nonnull (strstr (json, "\"last_entry\": null"));
  g_assert_nonnull (strstr (text, "No pain recorded."));
}

static void
test_clinician_and_trend (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;

  add_entry (fixture, 10, 6, BK_PAIN_CHARACTER_STIFFNESS, 0);
  add_entry (fixture, 20, 3, BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE, 0);
  json = status (fixture, TRUE);
  text = status (fixture, FALSE);

  g_assert_nonnull (strstr (json, "\"advice\": \"see_clinician\""));
  g_assert_nonnull (strstr (json, "\"trend\": \"improving\""));
  g_assert_nonnull (strstr (json, "\"felt_at\": \"2026-11-20T08:15:00+01:00\""));
  g_assert_nonnull (strstr (json, "\"context\": \"during-run\", \"minutes_in\": 12, \"rating\": 3"));
  g_assert_nonnull (strstr (json, "\"locations\": [\"central-lower-back\", \"left-sacroiliac-joint\"]"));
  g_assert_nonnull (strstr (text, "Advice: See a doctor or physiotherapist."));
  g_assert_nonnull (strstr (text, "Last entry: Fri 20 Nov 2026, 08:15, 3/10 (Mild), During a run, 12 min in"));
  g_assert_nonnull (strstr (text, "Trend: Improving (from 6 to 3)"));
}

static void
test_urgent (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;

  add_entry (fixture, 10, 4, 0, 0);
  add_entry (fixture, 21, 8, BK_PAIN_CHARACTER_LEG_WEAKNESS, BK_PAIN_EMERGENCY_BLADDER_BOWEL);
  json = status (fixture, TRUE);
  text = status (fixture, FALSE);

  g_assert_nonnull (strstr (json, "\"advice\": \"urgent\""));
  g_assert_nonnull (strstr (json, "\"trend\": \"worsening\""));
  g_assert_nonnull (strstr (text, "URGENT: Get urgent medical help now."));
  g_assert_null (strstr (text, "Advice: See a doctor"));
}

/* The same object comes out of `backstretch --status --json`, and the
 * whole output stays one valid JSON document. */
static void
test_command_json (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkCommand) command = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  add_entry (fixture, 20, 5, BK_PAIN_CHARACTER_TINGLING, 0);
  g_variant_dict_insert (options, "status", "b", TRUE);
  g_variant_dict_insert (options, "json", "b", TRUE);
  command = bk_command_parse (options, fixture->dir, now, BK_UNITS_METRIC, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bk_command_run (command, fixture->context, out, err), ==, BK_EXIT_OK);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_nonnull (strstr (out->str, "\"advice\": \"see_clinician\""));

  /* Braces and brackets balance and the document closes last. */
  g_assert_true (out->str[out->len - 2] == '}');
  {
    int depth = 0;

    for (const char *p = out->str; *p != '\0'; p++)
      depth += *p == '{' || *p == '[' ? 1 : *p == '}' || *p == ']' ? -1 : 0;
    g_assert_cmpint (depth, ==, 0);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/pain-status/empty", test_empty);
  ADD ("/pain-status/clinician-and-trend", test_clinician_and_trend);
  ADD ("/pain-status/urgent", test_urgent);
  ADD ("/pain-status/command-json", test_command_json);
#undef ADD

  return g_test_run ();
}
