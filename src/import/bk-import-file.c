/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-import-file"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bk-fit-reader.h"
#include "bk-import-file.h"
#include "bk-xml-reader.h"

/* A FIT file is decoded in memory; real ones stay below a few megabytes,
 * so anything past this is refused rather than read. */
#define MAX_FIT_BYTES (128u * 1024 * 1024)
/* How many gzip layers are unwrapped: a .gz of a .gz is plausible, a
 * deeper stack is not. */
#define MAX_GZIP_LAYERS 2

static GBytes *
read_all (GInputStream  *stream,
          const char    *source,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[65536];

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, &local_error);

      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ,
                         _("%s could not be read: %s"), source, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      if (bytes->len + (gsize) n > MAX_FIT_BYTES)
        {
          g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_REFUSED,
                       _("%s was refused: it is larger than any activity file (over %u MB)"),
                       source, MAX_FIT_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (bytes, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static gboolean
looks_like_xml (const guint8 *p,
                gsize         n)
{
  gsize i = 0;

  /* A UTF-8 byte-order mark, then optional spaces, then '<'. */
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    i = 3;
  while (i < n && g_ascii_isspace (p[i]))
    i++;
  return i < n && p[i] == '<';
}

static GPtrArray *
read_stream (GInputStream  *stream,
             const char    *source,
             guint          gzip_layers,
             GCancellable  *cancellable,
             char         **out_skipped_kind,
             GError       **error)
{
  g_autoptr(GInputStream) buffered = g_buffered_input_stream_new_sized (stream, 65536);
  g_autoptr(GError) local_error = NULL;
  const guint8 *head;
  gsize n;

  if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 4096, cancellable, &local_error) < 0)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ,
                     _("%s could not be read: %s"), source, local_error->message);
      return NULL;
    }
  head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &n);

  if (n >= 2 && head[0] == 0x1F && head[1] == 0x8B)
    {
      g_autoptr(GZlibDecompressor) gunzip = NULL;
      g_autoptr(GInputStream) inflated = NULL;

      if (gzip_layers >= MAX_GZIP_LAYERS)
        {
          g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_REFUSED,
                       _("%s was refused: it is compressed more times over than an export ever is"),
                       source);
          return NULL;
        }
      gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
      inflated = g_converter_input_stream_new (buffered, G_CONVERTER (gunzip));
      return read_stream (inflated, source, gzip_layers + 1, cancellable, out_skipped_kind, error);
    }

  if (bk_fit_sniff (head, n))
    {
      g_autoptr(GBytes) bytes = read_all (buffered, source, cancellable, error);
      gsize length;
      const guint8 *data;

      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &length);
      return bk_fit_read (data, length, source, out_skipped_kind, error);
    }

  if (looks_like_xml (head, n))
    return bk_xml_read (buffered, source, cancellable, error);

  if (n == 0)
    g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT, _("%s is empty"), source);
  else
    g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                 _("%s is not a GPX, TCX or FIT file"), source);
  return NULL;
}

/**
 * bk_import_read_stream:
 * @source: the name messages use for the file
 * @out_skipped_kind: (out) (optional): set when the file holds no
 *   activity by design (FIT settings, monitoring, workouts)
 *
 * Reads a GPX, TCX or FIT file, or a gzip of one, telling them apart by
 * their first bytes rather than their names.
 *
 * Returns: (transfer container) (element-type BkActivity): the activities
 */
GPtrArray *
bk_import_read_stream (GInputStream  *stream,
                       const char    *source,
                       GCancellable  *cancellable,
                       char         **out_skipped_kind,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (out_skipped_kind != NULL)
    *out_skipped_kind = NULL;
  return read_stream (stream, source, 0, cancellable, out_skipped_kind, error);
}

GPtrArray *
bk_import_read_file (GFile         *file,
                     const char    *source,
                     GCancellable  *cancellable,
                     char         **out_skipped_kind,
                     GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ,
                   _("%s could not be opened: %s"), source, local_error->message);
      return NULL;
    }
  return bk_import_read_stream (G_INPUT_STREAM (stream), source, cancellable, out_skipped_kind, error);
}

/* Whether a file found in a folder is worth opening: the names exports
 * give activity files, compressed or not. */
gboolean
bk_import_is_candidate (const char *name)
{
  static const char * const suffixes[] = { ".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz" };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);
  lower = g_ascii_strdown (name, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}
