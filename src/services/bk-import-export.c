/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-import-export"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "import/bk-archive.h"
#include "import/bk-garmin.h"
#include "import/bk-import-file.h"
#include "import/bk-strava.h"
#include "bk-import-export.h"
#include "bk-importer.h"

/* Whole exports: a zip of activity files, Strava's "Download your data"
 * (activities.csv and the original files it names, as a zip or unpacked)
 * and Garmin Connect's data export (activity summaries in JSON and the
 * uploaded FIT files in zips inside the zip). Each file inside is read as
 * if it had been named on its own; the export's own list then fills in
 * what the files lack and adds the activities that have no file. */

/* Garmin's zips hold zips; deeper nesting is not an export. */
#define MAX_NESTING 2
/* A summary and a FIT file are the same activity if they start this close
 * together (as garmin-grafana matches them). */
#define SAME_ACTIVITY_S 300

typedef struct
{
  const char   *archive;
  GCancellable *cancellable;
  guint         depth;
  /* (element-type BkImportFile): one per activity file inside */
  GPtrArray    *results;
  /* lower-case base name -> BkImportFile (borrowed from @results) */
  GHashTable   *by_name;
  GPtrArray    *strava_rows;
  char         *strava_source;
  GPtrArray    *garmin;
  char         *garmin_source;
  /* (element-type BkImportFile): the export's lists that could not be read */
  GPtrArray    *list_errors;
  /* what is not an activity -> how many files */
  GHashTable   *skipped;
  guint         n_skipped;
} Export;

static char *
lower_basename (const char *name)
{
  const char *slash = strrchr (name, '/');

  return g_ascii_strdown (slash != NULL ? slash + 1 : name, -1);
}

static gboolean
is_zip_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ".zip");
}

static gboolean
want_member_cb (const char *name,
                gpointer    user_data)
{
  g_autofree char *base = lower_basename (name);

  return bk_import_is_candidate (name) || is_zip_name (name) ||
         g_str_equal (base, "activities.csv") || bk_garmin_is_summaries (name);
}

static void
add_list_error (Export     *e,
                const char *source,
                GError     *error)
{
  BkImportFile *file = g_new0 (BkImportFile, 1);

  file->source = g_strdup (source);
  file->error = error;
  g_ptr_array_add (e->list_errors, file);
}

static gboolean member_cb (const char *name,
                           GBytes     *contents,
                           gpointer    user_data);

static gboolean
member_cb (const char *name,
           GBytes     *contents,
           gpointer    user_data)
{
  Export *e = user_data;
  g_autofree char *base = lower_basename (name);
  g_autofree char *source = g_strdup_printf ("%s: %s", e->archive, name);
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);

  if (g_cancellable_is_cancelled (e->cancellable))
    return FALSE;

  if (is_zip_name (name) && e->depth < MAX_NESTING)
    {
      g_autoptr(GError) error = NULL;

      e->depth++;
      if (!bk_archive_foreach (contents, source, want_member_cb, member_cb, e, e->cancellable, &error))
        add_list_error (e, source, g_steal_pointer (&error));
      e->depth--;
      return TRUE;
    }

  if (g_str_equal (base, "activities.csv"))
    {
      GError *error = NULL;

      g_clear_pointer (&e->strava_rows, g_ptr_array_unref);
      e->strava_rows = bk_strava_read_csv (data, length, source, &error);
      if (e->strava_rows == NULL)
        add_list_error (e, source, error);
      g_free (e->strava_source);
      e->strava_source = g_strdup (source);
      return TRUE;
    }

  if (bk_garmin_is_summaries (name))
    {
      GError *error = NULL;
      g_autoptr(GPtrArray) summaries = bk_garmin_read_summaries (data, length, source, &error);

      if (summaries == NULL)
        add_list_error (e, source, error);
      else
        g_ptr_array_extend_and_steal (e->garmin, g_steal_pointer (&summaries));
      if (e->garmin_source == NULL)
        e->garmin_source = g_strdup (source);
      return TRUE;
    }

  if (bk_import_is_candidate (name))
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (contents);
      BkImportFile *file = g_new0 (BkImportFile, 1);

      file->source = g_steal_pointer (&source);
      file->activities = bk_import_read_stream (stream, file->source, e->cancellable,
                                                &file->skipped_kind, &file->error);
      if (file->skipped_kind != NULL)
        {
          /* Garmin's exports hold thousands of these: counted, not listed. */
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (e->skipped, file->skipped_kind));

          g_hash_table_replace (e->skipped, g_strdup (file->skipped_kind), GUINT_TO_POINTER (n + 1));
          e->n_skipped++;
          bk_import_file_free (file);
          return TRUE;
        }
      g_ptr_array_add (e->results, file);
      g_hash_table_replace (e->by_name, g_steal_pointer (&base), file);
    }
  return TRUE;
}

static BkImportFile *
list_file (const char *source)
{
  BkImportFile *file = g_new0 (BkImportFile, 1);

  file->source = g_strdup (source);
  file->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free);
  return file;
}

/* Strava's own type wins over the file's: it is what the runner last
 * said the activity was. */
static void
apply_type (GPtrArray  *activities,
            BkActivity *listed)
{
  if (listed->sport_name == NULL || *listed->sport_name == '\0')
    return;
  for (guint i = 0; i < activities->len; i++)
    {
      BkActivity *a = g_ptr_array_index (activities, i);

      if (a->sport != listed->sport || (listed->surface != BK_SURFACE_NONE && a->surface == BK_SURFACE_NONE))
        {
          a->sport = listed->sport;
          a->surface = listed->surface;
          g_free (a->sport_name);
          a->sport_name = g_strdup (listed->sport_name);
        }
    }
}

static void
merge_strava (Export    *e,
              GPtrArray *out)
{
  g_autoptr(BkImportFile) from_list = NULL;

  if (e->strava_rows == NULL)
    return;
  from_list = list_file (e->strava_source);
  for (guint i = 0; i < e->strava_rows->len; i++)
    {
      BkStravaRow *row = g_ptr_array_index (e->strava_rows, i);
      g_autofree char *base = row->filename != NULL ? lower_basename (row->filename) : NULL;
      BkImportFile *file = base != NULL ? g_hash_table_lookup (e->by_name, base) : NULL;

      if (file != NULL && file->error == NULL && file->activities->len > 0)
        {
          apply_type (file->activities, row->activity);
          /* The device's file knows nothing of the shoes: Strava does. */
          for (guint j = 0; row->activity->gear != NULL && j < file->activities->len; j++)
            {
              BkActivity *a = g_ptr_array_index (file->activities, j);

              g_free (a->gear);
              a->gear = g_strdup (row->activity->gear);
            }
          continue;
        }
      /* A manual entry, or a file that is missing or unreadable: the
       * CSV's own figures, and the unreadable file is not reported. */
      if (file != NULL)
        {
          g_clear_error (&file->error);
          g_clear_pointer (&file->activities, g_ptr_array_unref);
          file->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free);
          g_free (file->source);
          file->source = NULL;
        }
      if (row->filename != NULL)
        {
          g_free (row->activity->source);
          row->activity->source = g_strdup (row->filename);
        }
      g_ptr_array_add (from_list->activities, g_steal_pointer (&row->activity));
    }
  if (from_list->activities->len > 0)
    g_ptr_array_add (out, g_steal_pointer (&from_list));
}

static void
merge_garmin (Export    *e,
              GPtrArray *out)
{
  g_autoptr(BkImportFile) from_list = NULL;

  if (e->garmin->len == 0)
    return;
  from_list = list_file (e->garmin_source);
  for (guint i = 0; i < e->garmin->len; i++)
    {
      BkActivity *summary = g_ptr_array_index (e->garmin, i);
      gint64 start = g_date_time_to_unix (summary->started_at);
      gboolean matched = FALSE;

      for (guint j = 0; j < e->results->len && !matched; j++)
        {
          BkImportFile *file = g_ptr_array_index (e->results, j);

          if (file->activities == NULL)
            continue;
          for (guint k = 0; k < file->activities->len && !matched; k++)
            {
              BkActivity *a = g_ptr_array_index (file->activities, k);

              if (a->started_at != NULL && llabs (g_date_time_to_unix (a->started_at) - start) <= SAME_ACTIVITY_S)
                {
                  matched = TRUE;
                  if (summary->sport != BK_SPORT_OTHER)
                    {
                      a->sport = summary->sport;
                      if (summary->surface != BK_SURFACE_NONE)
                        a->surface = summary->surface;
                    }
                }
            }
        }
      if (!matched)
        g_ptr_array_add (from_list->activities, g_steal_pointer (&e->garmin->pdata[i]));
    }
  if (from_list->activities->len > 0)
    g_ptr_array_add (out, g_steal_pointer (&from_list));
}

static GPtrArray *
finish (Export *e)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_import_file_free);

  merge_strava (e, e->results);
  merge_garmin (e, e->results);
  for (guint i = 0; i < e->results->len; i++)
    {
      BkImportFile *file = g_ptr_array_index (e->results, i);

      /* Files replaced by the CSV's figures have lost their source. */
      if (file->source != NULL)
        g_ptr_array_add (out, g_steal_pointer (&e->results->pdata[i]));
    }
  for (guint i = 0; i < e->list_errors->len; i++)
    g_ptr_array_add (out, g_steal_pointer (&e->list_errors->pdata[i]));
  if (e->n_skipped > 0)
    {
      BkImportFile *file = g_new0 (BkImportFile, 1);
      g_autoptr(GString) kinds = g_string_new (NULL);
      g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (e->skipped), (GCompareFunc) g_strcmp0);

      for (GList *l = keys; l != NULL; l = l->next)
        g_string_append_printf (kinds, "%s%u %s", kinds->len > 0 ? ", " : "",
                                GPOINTER_TO_UINT (g_hash_table_lookup (e->skipped, l->data)),
                                (const char *) l->data);
      file->source = g_strdup (e->archive);
      file->skipped_kind = g_strdup_printf (ngettext ("%u file that is not an activity: %s",
                                                      "%u files that are not activities: %s", e->n_skipped),
                                            e->n_skipped, kinds->str);
      g_ptr_array_add (out, file);
    }
  return out;
}

static void
export_init (Export       *e,
             const char   *archive,
             GCancellable *cancellable)
{
  *e = (Export) {
    .archive = archive,
    .cancellable = cancellable,
    .results = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_import_file_free),
    .by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .garmin = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free),
    .list_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_import_file_free),
    .skipped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
}

static void
export_clear (Export *e)
{
  g_ptr_array_unref (e->results);
  g_hash_table_unref (e->by_name);
  g_clear_pointer (&e->strava_rows, g_ptr_array_unref);
  g_free (e->strava_source);
  g_ptr_array_unref (e->garmin);
  g_free (e->garmin_source);
  g_ptr_array_unref (e->list_errors);
  g_hash_table_unref (e->skipped);
}

/**
 * bk_import_read_archive:
 * @file: a .zip
 *
 * Reads every activity file inside (and inside the zips inside), with
 * Strava's and Garmin's lists when the zip is one of their exports. Safe
 * on any thread.
 *
 * Returns: (transfer container) (element-type BkImportFile): the results
 */
GPtrArray *
bk_import_read_archive (GFile        *file,
                        const char   *source,
                        GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  GPtrArray *out;
  Export e;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  export_init (&e, source, cancellable);
  if (path == NULL || !bk_archive_foreach_file (path, source, want_member_cb, member_cb, &e, cancellable, &error))
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s is not a local file"), source);
      add_list_error (&e, source, g_steal_pointer (&error));
    }
  out = finish (&e);
  export_clear (&e);
  return out;
}

gboolean
bk_import_is_export_folder (GFile *folder)
{
  g_autoptr(GFile) csv = g_file_get_child (folder, "activities.csv");

  return g_file_query_exists (csv, NULL);
}

static void
walk_folder (Export *e,
             GFile  *folder,
             GFile  *root,
             guint   depth)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (depth > 8)
    return;
  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, e->cancellable, NULL);
  if (children == NULL)
    return;
  while ((info = g_file_enumerator_next_file (children, e->cancellable, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (folder, g_file_info_get_name (info));
      g_autofree char *relative = g_file_get_relative_path (root, child);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        walk_folder (e, child, root, depth + 1);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && relative != NULL &&
               want_member_cb (relative, e))
        {
          g_autoptr(GBytes) contents = g_file_load_bytes (child, e->cancellable, NULL, NULL);

          if (contents != NULL)
            member_cb (relative, contents, e);
        }
      g_object_unref (info);
    }
}

/**
 * bk_import_read_folder:
 * @folder: an unpacked Strava export (it holds activities.csv)
 */
GPtrArray *
bk_import_read_folder (GFile        *folder,
                       const char   *source,
                       GCancellable *cancellable)
{
  GPtrArray *out;
  Export e;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  export_init (&e, source, cancellable);
  walk_folder (&e, folder, folder, 0);
  out = finish (&e);
  export_clear (&e);
  return out;
}
