/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-import-job"

#include "bk-import-job.h"

/* An import for a window: the files are found and read on a worker thread
 * (GTask), each file's result is stored on the thread that owns the
 * database, and the pages hear of the new runs once, at the end. */
struct _BkImportJob
{
  GObject          parent_instance;

  BkContext       *context;
  char           **paths;
  GCancellable    *cancellable;
  GMainContext    *main_context;
  BkImportSummary *summary;
  guint            done;
  guint            total;
  gboolean         running;
  gboolean         finished;
};

G_DEFINE_FINAL_TYPE (BkImportJob, bk_import_job, G_TYPE_OBJECT)

enum {
  PROGRESS,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker hands the owning thread, in order. */
typedef enum {
  MESSAGE_TOTAL,
  MESSAGE_RESULTS,
  MESSAGE_END,
} MessageKind;

typedef struct
{
  BkImportJob *job;
  MessageKind  kind;
  guint        total;
  GPtrArray   *results;
  BkImportSummary *collected;
} Message;

static void
message_free (Message *message)
{
  g_object_unref (message->job);
  g_clear_pointer (&message->results, g_ptr_array_unref);
  g_clear_pointer (&message->collected, bk_import_summary_free);
  g_free (message);
}

static gboolean
message_cb (gpointer data)
{
  Message *message = data;
  BkImportJob *self = message->job;

  switch (message->kind)
    {
    case MESSAGE_TOTAL:
      self->total = message->total;
      /* Folders that could not be opened, paths that do not exist. */
      for (guint i = 0; i < message->collected->problems->len; i++)
        g_ptr_array_add (self->summary->problems, g_strdup (g_ptr_array_index (message->collected->problems, i)));
      g_signal_emit (self, signals[PROGRESS], 0);
      break;
    case MESSAGE_RESULTS:
      for (guint i = 0; i < message->results->len; i++)
        bk_import_store_file (self->context, g_ptr_array_index (message->results, i), self->summary);
      self->done++;
      g_signal_emit (self, signals[PROGRESS], 0);
      break;
    case MESSAGE_END:
    default:
      self->summary->cancelled = g_cancellable_is_cancelled (self->cancellable);
      bk_import_finish (self->context, self->summary);
      self->running = FALSE;
      self->finished = TRUE;
      g_signal_emit (self, signals[FINISHED], 0);
      break;
    }
  return G_SOURCE_REMOVE;
}

static void
post (BkImportJob *self,
      Message     *message)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  /* Always through a source: g_main_context_invoke() would run the
   * callback on this worker thread whenever the owner is not iterating. */
  message->job = g_object_ref (self);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, message_cb, message, (GDestroyNotify) message_free);
  g_source_set_static_name (source, "[backstretch] import result");
  g_source_attach (source, self->main_context);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BkImportJob *self = source_object;
  BkImportSummary *collected = bk_import_summary_new ();
  g_autoptr(GPtrArray) files = bk_import_collect ((const char * const *) self->paths, cancellable, collected);
  Message *total = g_new0 (Message, 1);

  total->kind = MESSAGE_TOTAL;
  total->total = files->len;
  total->collected = collected;
  post (self, total);

  for (guint i = 0; i < files->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autofree char *source = g_file_get_basename (file);
      Message *message = g_new0 (Message, 1);

      message->kind = MESSAGE_RESULTS;
      message->results = bk_import_read_item (file, source, cancellable);
      post (self, message);
    }

  {
    Message *end = g_new0 (Message, 1);

    end->kind = MESSAGE_END;
    post (self, end);
  }
  g_task_return_boolean (task, TRUE);
}

static void
bk_import_job_dispose (GObject *object)
{
  BkImportJob *self = (BkImportJob *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_import_job_parent_class)->dispose (object);
}

static void
bk_import_job_finalize (GObject *object)
{
  BkImportJob *self = (BkImportJob *)object;

  g_strfreev (self->paths);
  g_clear_pointer (&self->summary, bk_import_summary_free);
  g_clear_pointer (&self->main_context, g_main_context_unref);

  G_OBJECT_CLASS (bk_import_job_parent_class)->finalize (object);
}

static void
bk_import_job_class_init (BkImportJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_import_job_dispose;
  object_class->finalize = bk_import_job_finalize;

  /**
   * BkImportJob::progress:
   *
   * Another file was read and stored, or the number of files is known.
   */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BkImportJob::finished:
   *
   * Every file was read (or the import was cancelled); the summary is
   * complete and the pages have been told.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bk_import_job_init (BkImportJob *self)
{
  self->summary = bk_import_summary_new ();
  self->cancellable = g_cancellable_new ();
}

/**
 * bk_import_job_new:
 * @paths: files, folders and archives
 */
BkImportJob *
bk_import_job_new (BkContext          *context,
                   const char * const *paths)
{
  BkImportJob *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  self = g_object_new (BK_TYPE_IMPORT_JOB, NULL);
  self->context = g_object_ref (context);
  self->paths = g_strdupv ((char **) paths);
  return self;
}

/* Starts the worker; the results are stored on the thread calling this. */
void
bk_import_job_start (BkImportJob *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BK_IS_IMPORT_JOB (self));
  g_return_if_fail (!self->running && !self->finished);

  self->running = TRUE;
  self->main_context = g_main_context_ref_thread_default ();
  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_source_tag (task, bk_import_job_start);
  g_task_run_in_thread (task, import_thread);
}

/* Stops after the file being read; what was stored stays, for Undo. */
void
bk_import_job_cancel (BkImportJob *self)
{
  g_return_if_fail (BK_IS_IMPORT_JOB (self));
  g_cancellable_cancel (self->cancellable);
}

gboolean
bk_import_job_is_running (BkImportJob *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_JOB (self), FALSE);
  return self->running;
}

guint
bk_import_job_get_done (BkImportJob *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_JOB (self), 0);
  return self->done;
}

guint
bk_import_job_get_total (BkImportJob *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_JOB (self), 0);
  return self->total;
}

BkImportSummary *
bk_import_job_get_summary (BkImportJob *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_JOB (self), NULL);
  return self->summary;
}
