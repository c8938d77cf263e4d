/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-units.h"
#include "store/bk-shoe-store.h"
#include "bk-command-private.h"

/* The shoes on the command line: --add-shoe NAME [--shoe-limit D]
 * [--shoe-start D], --retire-shoe NAME, and the name --add-run --shoe
 * gives, which must be a pair the log knows. */

/* The most a limit or a start distance may be, as the shoes table holds. */
#define MAX_SHOE_DISTANCE_M 100000000.0

/**
 * bk_command_parse_shoe_name:
 * @option: the option the name came with, for the message
 *
 * Returns: (transfer full) (nullable): @text without surrounding blanks,
 *   or %NULL with @error when it is empty or not UTF-8
 */
char *
bk_command_parse_shoe_name (const char  *option,
                            const char  *text,
                            GError     **error)
{
  g_autofree char *name = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s: the name is not valid UTF-8"), option);
      return NULL;
    }
  name = g_strstrip (g_strdup (text));
  if (*name == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s needs the name of a pair of shoes, such as --%s Pegasus"), option, option);
      return NULL;
    }
  return g_steal_pointer (&name);
}

static gboolean
parse_shoe_distance (GVariantDict  *options,
                     const char    *option,
                     BkUnits        units,
                     gboolean       allow_zero,
                     double        *out_metres,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text = NULL;

  if (!bk_command_lookup_string (options, option, &text))
    return TRUE;
  if (bk_parse_distance_up_to (text, units, allow_zero, MAX_SHOE_DISTANCE_M, out_metres, &local_error))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--%s: %s", option, local_error->message);
  return FALSE;
}

/**
 * bk_command_parse_add_shoe:
 * @units: what a bare number means, and which default limit applies
 *
 * Returns: (transfer full) (nullable): the new pair, or %NULL with @error
 *   naming the bad option
 */
BkShoe *
bk_command_parse_add_shoe (GVariantDict  *options,
                           const char    *name,
                           BkUnits        units,
                           GError       **error)
{
  g_autofree char *tidy = bk_command_parse_shoe_name ("add-shoe", name, error);
  g_autoptr(BkShoe) shoe = NULL;
  g_autoptr(GError) local_error = NULL;
  double limit = bk_shoe_default_limit (units);
  double start = 0;

  if (tidy == NULL ||
      !parse_shoe_distance (options, "shoe-limit", units, FALSE, &limit, error) ||
      !parse_shoe_distance (options, "shoe-start", units, TRUE, &start, error))
    return NULL;

  shoe = bk_shoe_new (tidy);
  bk_shoe_set_limit (shoe, limit);
  bk_shoe_set_start_distance (shoe, start);
  /* Added today: the pain journal counts it as new for two weeks. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    bk_shoe_set_started_on (shoe, bk_date_julian_of (now));
  }
  if (!bk_shoe_validate (shoe, &local_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--add-shoe: %s", local_error->message);
      return NULL;
    }
  return g_steal_pointer (&shoe);
}

/**
 * bk_command_find_shoe:
 * @option: the option that gave @name, for the message
 * @out_id: (out): the pair's id
 *
 * Looks up the pair --shoe or --retire-shoe names, before anything is
 * written.
 *
 * Returns: %BK_EXIT_OK; %BK_EXIT_USAGE with @err naming the pairs there are
 *   when there is none of that name; %BK_EXIT_FAILURE when the log could
 *   not be read
 */
int
bk_command_find_shoe (BkContext   *context,
                      const char  *option,
                      const char  *name,
                      gint64      *out_id,
                      GString     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) shoe = NULL;
  g_autofree char *names = NULL;
  BkDatabase *database = bk_context_get_database (context);

  shoe = bk_shoe_store_find (database, name, &error);
  if (shoe != NULL)
    {
      *out_id = bk_shoe_get_id (shoe);
      return BK_EXIT_OK;
    }
  if (!g_error_matches (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND))
    {
      g_string_append_printf (err, _("Could not read your shoes: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  g_clear_error (&error);
  names = bk_shoe_store_list_names (database, &error);
  if (names == NULL)
    {
      g_string_append_printf (err, _("Could not read your shoes: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  if (*names == '\0')
    g_string_append_printf (err, _("--%s: there are no shoes named “%s”; you have none yet: "
                                   "add a pair with --add-shoe NAME\n"), option, name);
  else
    g_string_append_printf (err, _("--%s: there are no shoes named “%s”; your shoes are: %s\n"),
                            option, name, names);
  return BK_EXIT_USAGE;
}

int
bk_command_run_add_shoe (BkShoe     *shoe,
                         BkContext  *context,
                         GString    *out,
                         GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *start = NULL;
  BkUnits units = bk_context_get_units (context);

  if (!bk_shoe_store_add (bk_context_get_database (context), shoe, &error))
    {
      g_string_append_printf (err, _("Could not add the shoes: %s\n"), error->message);
      /* A name already taken is the runner's to change, like a bad option. */
      return g_error_matches (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT) ? BK_EXIT_USAGE : BK_EXIT_FAILURE;
    }
  bk_context_shoes_changed (context);
  limit = bk_format_distance_short (bk_shoe_get_limit (shoe), units);
  start = bk_format_distance_short (bk_shoe_get_start_distance (shoe), units);
  /* TRANSLATORS: the shoes' name, the distance on them, their retirement distance */
  g_string_append_printf (out, _("Added the shoes %s, with %s on them, to retire at %s\n"),
                          bk_shoe_get_name (shoe), start, limit);
  return BK_EXIT_OK;
}

int
bk_command_run_retire_shoe (const char *name,
                            BkContext  *context,
                            GString    *out,
                            GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkShoe) shoe = NULL;
  g_autofree char *distance = NULL;
  BkDatabase *database = bk_context_get_database (context);
  gint64 id = 0;
  int status;

  status = bk_command_find_shoe (context, "retire-shoe", name, &id, err);
  if (status != BK_EXIT_OK)
    return status;
  shoe = bk_shoe_store_get (database, id, &error);
  if (shoe == NULL || !bk_shoe_store_set_retired (database, id, TRUE, &error))
    {
      g_string_append_printf (err, _("Could not retire the shoes: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  bk_context_shoes_changed (context);
  distance = bk_format_distance_short (bk_shoe_get_distance (shoe), bk_context_get_units (context));
  g_string_append_printf (out, _("Retired the shoes %s after %s\n"), bk_shoe_get_name (shoe), distance);
  return BK_EXIT_OK;
}
