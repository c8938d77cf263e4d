/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-arguments"

#include "bk-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "services/bk-command.h"
#include "bk-arguments.h"

static const char *
bk_locale_charset (void)
{
  const char *charset = NULL;

  g_get_charset (&charset);
  return charset;
}

/* GOption converts text options from the locale's character set and, when
 * that fails, says so without naming the option: check first, naming it.
 * File names are bytes and are never converted. */
static gboolean
check_charset (char               **arguments,
               const GOptionEntry  *option_entries,
               int                 *exit_status)
{
  if (g_get_charset (NULL))
    {
      /* A UTF-8 locale: GOption checks nothing; the commands validate. */
      return TRUE;
    }
  for (guint i = 1; arguments[i] != NULL; i++)
    {
      g_autofree char *converted = g_locale_to_utf8 (arguments[i], -1, NULL, NULL, NULL);
      g_autofree char *name = NULL;
      const char *equals;

      if (converted != NULL)
        continue;
      /* The paths after --import are file names, in whatever bytes the
       * file system uses. */
      if (!g_str_has_prefix (arguments[i], "-") && g_strv_contains ((const char * const *) arguments, "--import"))
        continue;
      equals = g_str_has_prefix (arguments[i], "--") ? strchr (arguments[i], '=') : NULL;
      if (equals != NULL)
        name = g_strndup (arguments[i] + 2, equals - arguments[i] - 2);
      else if (i > 1 && g_str_has_prefix (arguments[i - 1], "--"))
        name = g_strdup (arguments[i - 1] + 2);

      for (guint e = 0; name != NULL && option_entries[e].long_name != NULL; e++)
        if (g_str_equal (option_entries[e].long_name, name) &&
            (option_entries[e].arg == G_OPTION_ARG_FILENAME ||
             option_entries[e].arg == G_OPTION_ARG_FILENAME_ARRAY))
          g_clear_pointer (&name, g_free);
      if (name == NULL && (equals != NULL || (i > 1 && g_str_has_prefix (arguments[i - 1], "--"))))
        continue;

      if (name != NULL)
        g_printerr (_("backstretch: --%s: the text is not in this locale's character set (%s); "
                      "run with a UTF-8 locale such as LANG=C.UTF-8\n"),
                    name, bk_locale_charset ());
      else
        g_printerr (_("backstretch: “%s” is not in this locale's character set (%s); "
                      "run with a UTF-8 locale such as LANG=C.UTF-8\n"),
                    arguments[i], bk_locale_charset ());
      *exit_status = BK_EXIT_USAGE;
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_arguments_check:
 * @option_entries: the application's table, ending with an empty entry
 *
 * GApplication reports an unknown or malformed option with exit status 1;
 * ours promises 2 for every bad argument, so the options are checked once
 * here with the same table before GApplication sees them.
 *
 * Returns: %FALSE, with the message printed and @exit_status set, when an
 *   argument is bad
 */
gboolean
bk_arguments_check (char               **arguments,
                    const GOptionEntry  *option_entries,
                    int                 *exit_status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GOptionEntry *entries = NULL;
  g_autofree gpointer *slots = NULL;
  g_auto(GStrv) copy = NULL;
  guint n = 1;

  /* GApplication's own options, named exactly: "--helpme" is a mistake. */
  for (guint i = 1; arguments[i] != NULL; i++)
    if (g_str_equal (arguments[i], "--help") || g_str_equal (arguments[i], "--help-all") ||
        g_str_equal (arguments[i], "--help-gapplication") || g_str_equal (arguments[i], "-h") ||
        g_str_equal (arguments[i], "-?") || g_str_equal (arguments[i], "--gapplication-service"))
      return TRUE;

  while (option_entries[n - 1].long_name != NULL)
    n++;
  if (!check_charset (arguments, option_entries, exit_status))
    return FALSE;

  entries = g_new0 (GOptionEntry, n);
  slots = g_new0 (gpointer, n);
  for (guint i = 0; i + 1 < n; i++)
    {
      entries[i] = option_entries[i];
      entries[i].arg_data = &slots[i];
    }

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  copy = g_strdupv (arguments);

  {
    int argc = (int) g_strv_length (copy);
    /* Parsing removes what it consumed from the array it is given; parse a
     * shallow copy so that every string is still freed from @copy. */
    g_autofree char **argv_storage = g_memdup2 (copy, sizeof (char *) * (argc + 1));
    char **argv = argv_storage;
    gboolean ok = g_option_context_parse (context, &argc, &argv, &error);

    for (guint i = 0; i + 1 < n; i++)
      if (entries[i].arg == G_OPTION_ARG_FILENAME_ARRAY || entries[i].arg == G_OPTION_ARG_STRING_ARRAY)
        g_strfreev (slots[i]);
      else if (entries[i].arg != G_OPTION_ARG_NONE)
        g_free (slots[i]);

    if (ok && argc > 1)
      {
        g_printerr (_("backstretch: unexpected argument “%s”; see --help\n"), argv[1]);
        *exit_status = BK_EXIT_USAGE;
        return FALSE;
      }
    if (!ok)
      {
        g_printerr ("backstretch: %s; see --help\n", error->message);
        *exit_status = BK_EXIT_USAGE;
        return FALSE;
      }
  }
  return TRUE;
}
