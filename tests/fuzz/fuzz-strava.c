/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: Strava's activities.csv reader and its dates. */
#include <stdint.h>

#include "import/bk-strava.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = bk_strava_read_csv ((const char *) data, size, "activities.csv", &error);
  g_autofree char *text = g_strndup ((const char *) data, MIN (size, 64));
  g_autoptr(GDateTime) date = bk_strava_parse_date (text);

  g_assert ((rows == NULL) == (error != NULL));
  return 0;
}
