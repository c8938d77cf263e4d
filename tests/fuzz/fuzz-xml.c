/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the GPX/TCX reader (through the dispatcher, so gzip
 * and leading-space handling are fuzzed too). */
#include <stdint.h>

#include "import/bk-import-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autofree char *skipped = NULL;
  g_autoptr(GPtrArray) activities = bk_import_read_stream (stream, "fuzz.gpx", NULL, &skipped, &error);

  g_assert ((activities == NULL) == (error != NULL));
  return 0;
}
