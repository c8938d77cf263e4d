/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-archive"

#include "bk-config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "bk-activity.h"
#include "bk-archive.h"

/* Zip archives (Garmin's and Strava's exports, and any zip of activity
 * files) through libarchive. Each member is held in memory only while its
 * callback runs, and no member larger than any activity file is read, so
 * a zip bomb costs a bounded amount. */

#define MAX_MEMBER_BYTES (128u * 1024 * 1024)
#define MAX_MEMBERS 500000u

gboolean
bk_archive_sniff (const guint8 *data,
                  gsize         length)
{
  return length >= 4 && memcmp (data, "PK\003\004", 4) == 0;
}

static gboolean
read_entries (struct archive       *a,
              const char           *source,
              BkArchiveWantFunc     want,
              BkArchiveMemberFunc   func,
              gpointer              user_data,
              GCancellable         *cancellable,
              GError              **error)
{
  struct archive_entry *entry;
  guint n = 0;
  int rc;

  while ((rc = archive_read_next_header (a, &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN)
    {
      const char *name = archive_entry_pathname_utf8 (entry);
      g_autoptr(GByteArray) bytes = NULL;
      g_autoptr(GBytes) contents = NULL;
      char buffer[65536];
      la_ssize_t got;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (++n > MAX_MEMBERS)
        {
          g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_REFUSED,
                       _("%s was refused: it holds more files than any export"), source);
          return FALSE;
        }
      if (name == NULL)
        name = archive_entry_pathname (entry);
      if (name == NULL || archive_entry_filetype (entry) != AE_IFREG)
        continue;
      if (want != NULL && !want (name, user_data))
        continue;
      if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > MAX_MEMBER_BYTES)
        continue;

      bytes = g_byte_array_new ();
      while ((got = archive_read_data (a, buffer, sizeof buffer)) > 0)
        {
          if (bytes->len + (gsize) got > MAX_MEMBER_BYTES)
            break;
          g_byte_array_append (bytes, (const guint8 *) buffer, (guint) got);
        }
      if (got < 0)
        {
          g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
                       _("%s is damaged: %s could not be unpacked (%s)"), source, name, archive_error_string (a));
          return FALSE;
        }
      if (got > 0)
        continue; /* larger than the limit: passed over */
      contents = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
      if (!func (name, contents, user_data))
        return TRUE;
    }
  if (rc != ARCHIVE_EOF)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
                   _("%s is not a readable zip archive: %s"), source,
                   archive_error_string (a) != NULL ? archive_error_string (a) : _("unknown error"));
      return FALSE;
    }
  return TRUE;
}

static struct archive *
new_reader (void)
{
  struct archive *a = archive_read_new ();

  archive_read_support_format_zip (a);
  archive_read_support_filter_none (a);
  return a;
}

/**
 * bk_archive_foreach:
 * @archive: a whole zip held in memory (a zip inside another)
 * @source: its name, for messages
 * @want: (nullable): which members to read
 */
gboolean
bk_archive_foreach (GBytes               *archive,
                    const char           *source,
                    BkArchiveWantFunc     want,
                    BkArchiveMemberFunc   func,
                    gpointer              user_data,
                    GCancellable         *cancellable,
                    GError              **error)
{
  struct archive *a;
  gsize length;
  const void *data = g_bytes_get_data (archive, &length);
  gboolean ok;

  g_return_val_if_fail (archive != NULL && func != NULL, FALSE);

  a = new_reader ();
  if (archive_read_open_memory (a, data, length) != ARCHIVE_OK)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
                   _("%s is not a readable zip archive: %s"), source, archive_error_string (a));
      archive_read_free (a);
      return FALSE;
    }
  ok = read_entries (a, source, want, func, user_data, cancellable, error);
  archive_read_free (a);
  return ok;
}

/**
 * bk_archive_foreach_file:
 * @path: a zip file on disk, read as a stream
 */
gboolean
bk_archive_foreach_file (const char           *path,
                         const char           *source,
                         BkArchiveWantFunc     want,
                         BkArchiveMemberFunc   func,
                         gpointer              user_data,
                         GCancellable         *cancellable,
                         GError              **error)
{
  struct archive *a;
  gboolean ok;

  g_return_val_if_fail (path != NULL && func != NULL, FALSE);

  a = new_reader ();
  if (archive_read_open_filename (a, path, 65536) != ARCHIVE_OK)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ,
                   _("%s could not be opened: %s"), source, archive_error_string (a));
      archive_read_free (a);
      return FALSE;
    }
  ok = read_entries (a, source, want, func, user_data, cancellable, error);
  archive_read_free (a);
  return ok;
}
