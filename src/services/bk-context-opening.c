/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-context-opening"

#include "bk-config.h"

#include "bk-advice.h"
#include "bk-context-opening.h"
#include "bk-training-state.h"

/* Opening the log while the toolkit starts (issue 13). Checking the file
 * (quick_check and the index counts, which grow with the log), migrating
 * it and computing the training status and the pain advice the first frame
 * shows take 30-50 ms
 * on a twenty-year log; GTK's own start before the first window takes
 * longer than that on the main thread, so a second thread does this
 * meanwhile and the window takes the result.
 *
 * Nothing else touches the context until bk_context_opening_finish()
 * joins the thread, so the context and its connection move from one thread
 * to the other whole; sources the opening adds (the status's midnight
 * timer) go to the default main context, which the main thread runs. */
struct _BkContextOpening
{
  char      *data_dir;
  GSettings *settings;
  GThread   *thread;
  BkContext *context;
  GError    *error;
};

static gpointer
open_in_thread (gpointer data)
{
  BkContextOpening *self = data;

  self->context = bk_context_new (self->data_dir, self->settings, &self->error);
  /* A status or advice that cannot be read is left to the window, which
   * says so. */
  if (self->context != NULL)
    {
      bk_training_state_get (bk_context_get_training_state (self->context), 0, NULL);
      bk_advice_prefetch (self->context);
    }
  return NULL;
}

/**
 * bk_context_opening_start:
 * @data_dir: the folder that holds the database
 * @settings: the application's settings
 *
 * Starts opening the log in @data_dir on a thread of its own.
 */
BkContextOpening *
bk_context_opening_start (const char *data_dir,
                          GSettings  *settings)
{
  BkContextOpening *self;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_new0 (BkContextOpening, 1);
  self->data_dir = g_strdup (data_dir);
  self->settings = g_object_ref (settings);
  self->thread = g_thread_new ("bk-open-log", open_in_thread, self);
  return self;
}

const char *
bk_context_opening_get_data_dir (BkContextOpening *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->data_dir;
}

/**
 * bk_context_opening_wait:
 *
 * Waits until the opening is done, for a caller that must change the
 * process's environment, which is not safe while another thread may read it.
 */
void
bk_context_opening_wait (BkContextOpening *self)
{
  g_return_if_fail (self != NULL);

  if (self->thread != NULL)
    g_thread_join (g_steal_pointer (&self->thread));
}

/**
 * bk_context_opening_finish:
 *
 * Waits for the opening and frees @self.
 *
 * Returns: (transfer full) (nullable): what bk_context_new() would have
 *   returned for the folder
 */
BkContext *
bk_context_opening_finish (BkContextOpening  *self,
                           GError           **error)
{
  BkContext *context;

  g_return_val_if_fail (self != NULL, NULL);

  bk_context_opening_wait (self);
  context = g_steal_pointer (&self->context);
  if (context == NULL)
    g_propagate_error (error, g_steal_pointer (&self->error));
  bk_context_opening_free (self);
  return context;
}

/**
 * bk_context_opening_free:
 *
 * Waits for the opening, if still under way, and drops what it opened.
 */
void
bk_context_opening_free (BkContextOpening *self)
{
  if (self == NULL)
    return;
  bk_context_opening_wait (self);
  g_clear_object (&self->context);
  g_clear_error (&self->error);
  g_clear_object (&self->settings);
  g_free (self->data_dir);
  g_free (self);
}
