/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-importer"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "import/bk-import-file.h"
#include "store/bk-other-activities.h"
#include "bk-import-export.h"
#include "bk-import-gear.h"
#include "bk-importer.h"

/* Runs the readers and stores what they return: one transaction per file,
 * so a file that fails leaves nothing of itself in the log and never stops
 * the others; duplicates recognised instead of doubled; other sports
 * counted and kept apart from runs. */

/* Folders are walked this deep and no further, which also ends a loop of
 * symbolic links. */
#define MAX_FOLDER_DEPTH 16

BkImportSummary *
bk_import_summary_new (void)
{
  BkImportSummary *self = g_new0 (BkImportSummary, 1);

  self->other_sports = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->skipped = g_ptr_array_new_with_free_func (g_free);
  self->runs = g_ptr_array_new_with_free_func (g_object_unref);
  self->other_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->new_shoes = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
bk_import_summary_free (BkImportSummary *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->other_sports);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->skipped);
  g_ptr_array_unref (self->runs);
  g_array_unref (self->other_ids);
  g_ptr_array_unref (self->new_shoes);
  g_free (self);
}

void
bk_import_file_free (BkImportFile *self)
{
  if (self == NULL)
    return;
  g_free (self->source);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_free (self->skipped_kind);
  g_clear_error (&self->error);
  g_free (self);
}

static void
add_problem (BkImportSummary *summary,
             const char      *message)
{
  g_ptr_array_add (summary->problems, g_strdup (message));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect_folder (GFile           *folder,
                guint            depth,
                GCancellable    *cancellable,
                GPtrArray       *files,
                BkImportSummary *summary)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  if (depth > MAX_FOLDER_DEPTH)
    return;
  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (children == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (folder);
      g_autofree char *message = g_strdup_printf (_("%s could not be opened: %s"), name, error->message);

      add_problem (summary, message);
      return;
    }
  while ((info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        g_ptr_array_add (folders, g_strdup (name));
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
               (bk_import_is_candidate (name) || g_str_has_suffix (name, ".zip") || g_str_has_suffix (name, ".ZIP")))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }

  /* In name order, so that an import always happens the same way. */
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_sort (folders, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_get_child (folder, g_ptr_array_index (names, i)));
  for (guint i = 0; i < folders->len; i++)
    {
      g_autoptr(GFile) child = g_file_get_child (folder, g_ptr_array_index (folders, i));

      collect_folder (child, depth + 1, cancellable, files, summary);
    }
}

/**
 * bk_import_collect:
 * @paths: files and folders
 *
 * Returns: (transfer container) (element-type GFile): every file to read:
 *   those named, and the activity files inside the folders named; paths
 *   that do not exist are added to @summary's problems
 */
GPtrArray *
bk_import_collect (const char *const *paths,
                   GCancellable      *cancellable,
                   BkImportSummary   *summary)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      GFileType type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable);

      if (type == G_FILE_TYPE_DIRECTORY && bk_import_is_export_folder (file))
        g_ptr_array_add (files, g_steal_pointer (&file));
      else if (type == G_FILE_TYPE_DIRECTORY)
        collect_folder (file, 0, cancellable, files, summary);
      else if (type == G_FILE_TYPE_UNKNOWN)
        {
          g_autofree char *message = g_strdup_printf (_("%s: no such file or folder"), paths[i]);

          add_problem (summary, message);
        }
      else
        g_ptr_array_add (files, g_steal_pointer (&file));
    }
  return files;
}

/**
 * bk_import_read_item:
 * @source: the name the summary and the log give it
 *
 * Reads one file, touching nothing but the file: safe on any thread.
 *
 * Returns: (transfer container) (element-type BkImportFile): what each
 *   file inside held (one for a plain file)
 */
GPtrArray *
bk_import_read_item (GFile        *file,
                     const char   *source,
                     GCancellable *cancellable)
{
  GPtrArray *results;
  BkImportFile *result;
  g_autoptr(GFileInputStream) stream = NULL;
  guint8 head[4] = { 0 };

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
    return bk_import_read_folder (file, source, cancellable);
  stream = g_file_read (file, cancellable, NULL);
  if (stream != NULL &&
      g_input_stream_read (G_INPUT_STREAM (stream), head, sizeof head, cancellable, NULL) == sizeof head &&
      memcmp (head, "PK\003\004", 4) == 0)
    return bk_import_read_archive (file, source, cancellable);
  g_clear_object (&stream);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_import_file_free);
  result = g_new0 (BkImportFile, 1);
  result->source = g_strdup (source);
  result->activities = bk_import_read_file (file, source, cancellable, &result->skipped_kind, &result->error);
  g_ptr_array_add (results, result);
  return results;
}

static void
count_other (BkImportSummary *summary,
             BkActivity      *activity)
{
  const char *label = bk_sport_get_label (activity->sport);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (summary->other_sports, label));

  g_hash_table_replace (summary->other_sports, g_strdup (label), GUINT_TO_POINTER (n + 1));
  summary->others++;
}

/* Stores one activity in the open transaction. Returns FALSE with @error
 * on a database error or an activity that cannot be a run. */
static gboolean
store_activity (BkContext       *context,
                BkActivity      *activity,
                GTimeZone       *zone,
                GDateTime       *now,
                GPtrArray       *added_runs,
                GArray          *added_others,
                GPtrArray       *added_other_activities,
                GHashTable      *added_shoes,
                guint           *duplicates,
                GError         **error)
{
  BkRunStore *runs = bk_context_get_run_store (context);
  BkDatabase *database = bk_context_get_database (context);
  gint64 start = g_date_time_to_unix (activity->started_at);
  gint64 id = 0;

  if (!bk_activity_is_run (activity))
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (activity->started_at, zone);
      const char *sport = bk_sport_get_label (activity->sport);

      if (!bk_other_activities_find_similar (database, start, sport, &id, error))
        return FALSE;
      if (id != 0)
        {
          (*duplicates)++;
          return TRUE;
        }
      if (!bk_other_activities_add (database, local, bk_activity_get_session_kind (activity), sport,
                                    activity->distance_m,
                                    activity->timer_s > 0 ? activity->timer_s : activity->elapsed_s,
                                    activity->source, &id, error))
        return FALSE;
      g_array_append_val (added_others, id);
      g_ptr_array_add (added_other_activities, activity);
      return TRUE;
    }

  {
    g_autoptr(BkRun) run = NULL;
    g_autoptr(GError) local_error = NULL;

    if (!bk_activity_check (activity, error))
      return FALSE;
    if (!bk_run_store_find_similar (runs, start, activity->distance_m, &id, error))
      return FALSE;
    if (id != 0)
      {
        (*duplicates)++;
        return TRUE;
      }
    run = bk_activity_to_run (activity, zone);
    bk_run_set_source (run, activity->source);
    if (!bk_import_gear_assign (context, activity, run, added_shoes, error))
      return FALSE;
    if (!bk_run_validate (run, now, &local_error))
      {
        g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_NO_ACTIVITY, "%s", local_error->message);
        return FALSE;
      }
    if (!bk_run_store_insert_quietly (runs, run, error))
      return FALSE;
    g_ptr_array_add (added_runs, g_steal_pointer (&run));
    return TRUE;
  }
}

/**
 * bk_import_store_file:
 * @file: what a reader made of one file
 *
 * Stores everything @file holds in one transaction, or nothing of it.
 * Runs on the thread that owns @context.
 */
void
bk_import_store_file (BkContext       *context,
                      BkImportFile    *file,
                      BkImportSummary *summary)
{
  BkDatabase *database = bk_context_get_database (context);
  g_autoptr(GPtrArray) added_runs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) added_others = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) added_other_activities = g_ptr_array_new ();
  g_autoptr(GHashTable) added_shoes = bk_import_gear_table_new ();
  g_autoptr(GPtrArray) new_shoes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GError) error = NULL;
  guint duplicates = 0;

  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (file != NULL && summary != NULL);

  summary->files++;
  if (file->error != NULL)
    {
      add_problem (summary, file->error->message);
      return;
    }
  if (file->skipped_kind != NULL)
    {
      /* TRANSLATORS: a file name, then what the file holds instead of an
       * activity, such as "user settings" or "monitoring" */
      g_ptr_array_add (summary->skipped, g_strdup_printf (_("%s (%s)"), file->source, file->skipped_kind));
      return;
    }
  if (file->activities->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s holds no activity with times"), file->source);

      add_problem (summary, message);
      return;
    }

  if (!bk_database_begin (database, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", file->source, error->message);

      add_problem (summary, message);
      return;
    }
  for (guint i = 0; i < file->activities->len; i++)
    {
      BkActivity *activity = g_ptr_array_index (file->activities, i);

      if (activity->started_at == NULL && !bk_activity_check (activity, &error))
        break;
      if (!store_activity (context, activity, zone, now, added_runs, added_others,
                           added_other_activities, added_shoes, &duplicates, &error))
        break;
    }
  if (error == NULL)
    bk_import_gear_settle (context, added_shoes, new_shoes, &error);
  if (error == NULL)
    bk_database_commit (database, &error);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", file->source, error->message);

      bk_database_rollback (database);
      add_problem (summary, message);
      return;
    }

  summary->duplicates += duplicates;
  summary->imported += added_runs->len;
  for (guint i = 0; i < added_runs->len; i++)
    g_ptr_array_add (summary->runs, g_object_ref (g_ptr_array_index (added_runs, i)));
  g_array_append_vals (summary->other_ids, added_others->data, added_others->len);
  for (guint i = 0; i < added_other_activities->len; i++)
    count_other (summary, g_ptr_array_index (added_other_activities, i));
  for (guint i = 0; i < new_shoes->len; i++)
    g_ptr_array_add (summary->new_shoes, g_object_ref (g_ptr_array_index (new_shoes, i)));
}

/* Once, at the end: every page updates a single time. */
void
bk_import_finish (BkContext       *context,
                  BkImportSummary *summary)
{
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (summary != NULL);

  bk_run_store_announce (bk_context_get_run_store (context), summary->runs);
  if (summary->new_shoes->len > 0)
    bk_context_shoes_changed (context);
  /* Sessions that are not runs count in the status's load and time. */
  if (summary->other_ids->len > 0)
    bk_context_training_settings_changed (context);
}

/**
 * bk_import_paths:
 * @paths: files, folders and archives
 *
 * The whole import on the calling thread, as the command line does it.
 *
 * Returns: (transfer full): what happened
 */
BkImportSummary *
bk_import_paths (BkContext         *context,
                 const char *const *paths,
                 GCancellable      *cancellable)
{
  BkImportSummary *summary = bk_import_summary_new ();
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  files = bk_import_collect (paths, cancellable, summary);
  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree char *source = g_file_get_basename (file);
      g_autoptr(GPtrArray) results = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        {
          summary->cancelled = TRUE;
          break;
        }
      results = bk_import_read_item (file, source, cancellable);
      for (guint j = 0; j < results->len; j++)
        bk_import_store_file (context, g_ptr_array_index (results, j), summary);
    }
  bk_import_finish (context, summary);
  return summary;
}

static char *
describe_others (BkImportSummary *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GList) labels = g_hash_table_get_keys (self->other_sports);

  labels = g_list_sort (labels, (GCompareFunc) g_strcmp0);
  for (GList *l = labels; l != NULL; l = l->next)
    g_ptr_array_add (parts, g_strdup_printf ("%u %s",
                                             GPOINTER_TO_UINT (g_hash_table_lookup (self->other_sports, l->data)),
                                             (const char *) l->data));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

/**
 * bk_import_summary_describe:
 *
 * Returns: (transfer full): one sentence: imported, duplicates, other
 *   sports and problems, as a toast or the command line shows it
 */
char *
bk_import_summary_describe (BkImportSummary *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  g_string_append_printf (text, ngettext ("Imported %u run", "Imported %u runs", self->imported), self->imported);
  g_string_append_printf (text, ngettext (" from %u file", " from %u files", self->files), self->files);
  if (self->duplicates > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u already in the log", "%u already in the log", self->duplicates),
                              self->duplicates);
    }
  if (self->others > 0)
    {
      g_autofree char *others = describe_others (self);

      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u other activity not added as a run (%s)",
                                              "%u other activities not added as runs (%s)", self->others),
                              self->others, others);
    }
  bk_import_gear_describe (self->new_shoes, text);
  if (self->problems->len > 0)
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u file could not be read", "%u files could not be read",
                                              self->problems->len), self->problems->len);
    }
  if (self->cancelled)
    {
      g_string_append (text, "; ");
      g_string_append (text, _("cancelled before the end"));
    }
  return g_string_free (text, FALSE);
}

/**
 * bk_import_summary_format:
 * @out: the summary and the files skipped as not activities
 * @err: one line per file that could not be read
 */
void
bk_import_summary_format (BkImportSummary *self,
                          GString         *out,
                          GString         *err)
{
  g_autofree char *sentence = NULL;

  g_return_if_fail (self != NULL);

  sentence = bk_import_summary_describe (self);
  g_string_append_printf (out, "%s\n", sentence);
  for (guint i = 0; i < self->skipped->len; i++)
    g_string_append_printf (out, _("Skipped %s\n"), (const char *) g_ptr_array_index (self->skipped, i));
  for (guint i = 0; i < self->problems->len; i++)
    g_string_append_printf (err, "%s\n", (const char *) g_ptr_array_index (self->problems, i));
}

/**
 * bk_import_undo:
 *
 * Takes out everything the import added, runs and other activities.
 */
gboolean
bk_import_undo (BkContext        *context,
                BkImportSummary  *summary,
                GError          **error)
{
  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  if (!bk_run_store_delete_many (bk_context_get_run_store (context), summary->runs, error))
    return FALSE;
  if (!bk_other_activities_delete (bk_context_get_database (context), summary->other_ids, error))
    return FALSE;
  if (!bk_import_gear_undo (context, summary->new_shoes, error))
    return FALSE;
  /* The sessions taken out leave the status's load and time. */
  if (summary->other_ids->len > 0)
    bk_context_training_settings_changed (context);
  g_ptr_array_set_size (summary->runs, 0);
  g_array_set_size (summary->other_ids, 0);
  summary->imported = 0;
  return TRUE;
}
