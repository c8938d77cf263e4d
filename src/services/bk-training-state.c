/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-state"

#include "bk-config.h"

#include "core/bk-date.h"
#include "bk-status-report.h"
#include "bk-training-state.h"

/* The training status over the whole log, computed once per change and
 * shared: the status card, its chart, the Pain page and the ramp-up
 * notifications all read this one instead of each reading the log.
 *
 * It is computed when first asked for after a change, not when the change
 * happens, so a page that is not shown costs nothing. The status is kept
 * for one day; asking for another day (a test, looking back) computes that
 * day's instead. */
struct _BkTrainingState
{
  GObject           parent_instance;

  BkContext        *context;     /* unowned: the context holds this */
  BkTrainingStatus *status;
  guint32           status_day;  /* the day @status was computed for */
  gboolean          stale;
  guint             n_computations;
  guint             midnight_id;
};

G_DEFINE_FINAL_TYPE (BkTrainingState, bk_training_state, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
invalidate (BkTrainingState *self,
            gboolean         runs_changed)
{
  self->stale = TRUE;
  g_signal_emit (self, signals[CHANGED], 0, runs_changed);
}

static void
runs_changed_cb (BkTrainingState *self)
{
  invalidate (self, TRUE);
}

static void
inputs_changed_cb (BkTrainingState *self)
{
  invalidate (self, FALSE);
}

/* A new day moves every window by one. */
static gboolean
midnight_cb (gpointer user_data)
{
  BkTrainingState *self = user_data;

  self->midnight_id = 0;
  invalidate (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
schedule_midnight (BkTrainingState *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->midnight_id != 0)
    return;
  now = g_date_time_new_now_local ();
  self->midnight_id = g_timeout_add_seconds (bk_date_seconds_to_next_day (now), midnight_cb, self);
}

static void
bk_training_state_dispose (GObject *object)
{
  BkTrainingState *self = BK_TRAINING_STATE (object);

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_run_store (self->context), self);
      g_signal_handlers_disconnect_by_data (bk_context_get_settings (self->context), self);
      g_signal_handlers_disconnect_by_data (self->context, self);
      self->context = NULL;
    }
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_pointer (&self->status, bk_training_status_free);
  G_OBJECT_CLASS (bk_training_state_parent_class)->dispose (object);
}

static void
bk_training_state_class_init (BkTrainingStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_training_state_dispose;

  /**
   * BkTrainingState::changed:
   * @runs_changed: a run was added, edited or deleted (rather than a
   *   setting, the units or the day)
   *
   * Emitted once per change of anything the status is computed from; the
   * next bk_training_state_get() computes the new status.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
bk_training_state_init (BkTrainingState *self)
{
  self->stale = TRUE;
}

/**
 * bk_training_state_new:
 * @context: (transfer none): the context that will hold the state
 */
BkTrainingState *
bk_training_state_new (BkContext *context)
{
  BkTrainingState *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_TRAINING_STATE, NULL);
  self->context = context;
  g_signal_connect_object (bk_context_get_run_store (context), "changed",
                           G_CALLBACK (runs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "training-settings-changed",
                           G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::units",
                           G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bk_context_get_settings (context), "changed::first-weekday",
                           G_CALLBACK (inputs_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * bk_training_state_get:
 * @today: the last day the status looks at; 0 for the clock's today
 *
 * Returns: (transfer none) (nullable): the status over all history (every
 *   week), valid until the next #BkTrainingState::changed or a call for
 *   another day; %NULL with @error set when the log cannot be read
 */
const BkTrainingStatus *
bk_training_state_get (BkTrainingState  *self,
                       guint32           today,
                       GError          **error)
{
  BkTrainingStatus *status;

  g_return_val_if_fail (BK_IS_TRAINING_STATE (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  if (today == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = bk_date_julian_of (now);
      schedule_midnight (self);
    }
  if (!self->stale && self->status != NULL && self->status_day == today)
    return self->status;

  self->n_computations++;
  status = bk_status_report_compute (self->context, today, 0, error);
  if (status == NULL)
    return NULL;
  g_clear_pointer (&self->status, bk_training_status_free);
  self->status = status;
  self->status_day = today;
  self->stale = FALSE;
  return self->status;
}

/**
 * bk_training_state_invalidate:
 *
 * For a writer that changed the log behind the stores' backs (another
 * process, a test): the next read computes again.
 */
void
bk_training_state_invalidate (BkTrainingState *self)
{
  g_return_if_fail (BK_IS_TRAINING_STATE (self));
  invalidate (self, FALSE);
}

/* For tests and benchmarks: how many times the status was computed. */
guint
bk_training_state_get_n_computations (BkTrainingState *self)
{
  g_return_val_if_fail (BK_IS_TRAINING_STATE (self), 0);
  return self->n_computations;
}
