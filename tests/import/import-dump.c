/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints what the readers make of each file named on the command line:
 * the figures the unit tests hold the readers to. */
#include <locale.h>
#include <math.h>

#include "import/bk-import-file.h"

int
main (int    argc,
      char **argv)
{
  int status = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *skipped = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) activities = bk_import_read_file (file, name, NULL, &skipped, &error);

      if (activities == NULL)
        {
          g_print ("%s: error: %s\n", name, error->message);
          status = 1;
          continue;
        }
      if (skipped != NULL)
        g_print ("%s: skipped: %s\n", name, skipped);
      for (guint j = 0; j < activities->len; j++)
        {
          BkActivity *a = g_ptr_array_index (activities, j);
          g_autofree char *start = a->started_at ? g_date_time_format_iso8601 (a->started_at) : g_strdup ("-");

          g_print ("%s: %s sport=%s(%d) surface=%d dist=%.2f timer=%.1f elapsed=%.1f ascent=%.1f points=%u\n",
                   name, start, a->sport_name ? a->sport_name : "-", a->sport, a->surface,
                   a->distance_m, a->timer_s, a->elapsed_s, a->ascent_m, a->n_points);
        }
    }
  return status;
}
