/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the FIT decoder on any bytes. It must return an
 * error or activities, never crash, loop, leak or read out of bounds. */
#include <stdint.h>

#include "import/bk-fit-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *skipped = NULL;
  g_autofree guint8 *copy = g_memdup2 (data, size);
  g_autoptr(GPtrArray) activities = NULL;

  /* Half the inputs get their checksums repaired, so that mutations reach
   * the record decoder instead of stopping at the CRC. */
  if (size >= 14 && (size & 1) == 0 && data[0] >= 12 && data[0] <= size)
    {
      gsize header = data[0];
      gsize records = (gsize) data[4] | (gsize) data[5] << 8 | (gsize) data[6] << 16 | (gsize) data[7] << 24;
      guint16 crc;

      if (header >= 14)
        {
          crc = bk_fit_crc (copy, 12);
          copy[12] = crc & 0xFF;
          copy[13] = crc >> 8;
        }
      if (records <= size - header && size - header - records >= 2)
        {
          crc = bk_fit_crc (copy, header + records);
          copy[header + records] = crc & 0xFF;
          copy[header + records + 1] = crc >> 8;
        }
    }
  activities = bk_fit_read (copy, size, "fuzz.fit", &skipped, &error);

  g_assert ((activities == NULL) == (error != NULL));
  for (guint i = 0; activities != NULL && i < activities->len; i++)
    bk_activity_check (g_ptr_array_index (activities, i), NULL);
  return 0;
}
