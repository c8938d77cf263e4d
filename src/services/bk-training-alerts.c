/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-alerts"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "core/bk-pain-assessment.h"
#include "store/bk-training-settings.h"
#include "bk-advice.h"
#include "bk-notify.h"
#include "bk-status-report.h"
#include "bk-training-alerts.h"
#include "bk-training-state.h"

/* The ramp-up notification. It watches the run store, so a run saved in
 * the window, added with --add-run while the window or a --background
 * instance runs, or imported, is announced the same way, with or without a
 * window. One notification per rise, not per run: the last level is kept
 * with the log, so a restart does not repeat it, and only a rise to
 * warning or high is announced (a fall from high to warning is not). */
struct _BkTrainingAlerts
{
  GObject      parent_instance;

  BkContext   *context;
  guint32      today;        /* 0: follow the clock */
  gint64       now;          /* Unix seconds; 0: follow the clock */
  BkRiskLevel  level;
};

G_DEFINE_FINAL_TYPE (BkTrainingAlerts, bk_training_alerts, G_TYPE_OBJECT)

enum {
  IN_APP_ALERT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static BkRiskLevel
level_from_string (const char *text)
{
  for (BkRiskLevel level = BK_RISK_NONE; level <= BK_RISK_HIGH; level++)
    if (g_strcmp0 (text, bk_risk_level_to_string (level)) == 0)
      return level;
  return BK_RISK_NONE;
}

/* Urgent pain advice replaces all training advice (the red-flags rules):
 * the one place this service asks. */
static gboolean
pain_withholds_training (BkTrainingAlerts *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* The open advice episode, not the newest entry: an urgent sign stays
   * urgent until a clinician has seen the runner. */
  return bk_advice_training_withheld (self->context, now);
}

static void
send (BkTrainingAlerts *self,
      const BkTrainingStatus *status)
{
  g_autofree char *summary = g_strdup_printf (_("Ramp-up risk: %s"), bk_risk_level_describe (status->level));
  const char *body = status->reasons->len > 0
    ? ((BkStatusReason *) g_ptr_array_index (status->reasons, 0))->text : "";

  if (!bk_notify_send (summary, body, "dialog-warning-symbolic"))
    g_signal_emit (self, signals[IN_APP_ALERT], 0, summary, body);
}

static void
check (BkTrainingAlerts *self,
       gboolean          may_notify)
{
  g_autoptr(GError) error = NULL;
  const BkTrainingStatus *status;
  g_autofree char *stored = NULL;
  BkDatabase *database = bk_context_get_database (self->context);
  const char *level;

  /* The status the window shows, computed once for both. */
  status = bk_training_state_get (bk_context_get_training_state (self->context), self->today, &error);
  if (status == NULL)
    {
      g_debug ("No training status: %s", error->message);
      return;
    }
  self->level = status->level;
  level = bk_risk_level_to_string (status->level);
  if (!bk_training_settings_get (database, BK_TRAINING_NOTIFIED_LEVEL, &stored, &error))
    {
      g_debug ("Could not read the notified level: %s", error->message);
      return;
    }
  if (g_strcmp0 (stored, level) == 0)
    return;
  if (!bk_training_settings_set (database, BK_TRAINING_NOTIFIED_LEVEL, level, &error))
    {
      g_debug ("Could not keep the notified level: %s", error->message);
      return;
    }
  if (!may_notify || status->level < BK_RISK_WARNING || status->level <= level_from_string (stored))
    return;
  if (pain_withholds_training (self))
    return;
  send (self, status);
}

/* Only a run just logged that ended within the hour is news: a run typed
 * in for a past day, added with --add-run for last week or imported moves
 * the level quietly. */
static gboolean
fresh_run_logged (BkTrainingAlerts *self)
{
  BkDatabase *database = bk_context_get_database (self->context);
  g_autoptr(GError) error = NULL;
  gint64 real_now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 now = self->now != 0 ? self->now : real_now;
  gboolean fresh = FALSE;
  sqlite3_stmt *stmt;

  /* Any run logged in the last minute that ended within the hour: runs
   * logged in the same second cannot be told apart by their order. */
  stmt = bk_database_prepare (database,
                              "SELECT EXISTS (SELECT 1 FROM runs WHERE created_at >= ?1 - 60"
                              " AND ?2 - (unixepoch (started_at) + duration_s) <= 3600)",
                              &error);
  if (stmt == NULL)
    {
      g_debug ("Could not tell when the last run was logged: %s", error->message);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, real_now);
  sqlite3_bind_int64 (stmt, 2, now);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    fresh = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return fresh;
}

/* A changed baseline or plan start is the runner's own statement, not new
 * training, and a new day moves every window by one: the level follows
 * quietly, so the next rise is measured from where the level really is.
 * An undone delete brings back a rise that was announced already. */
static void
status_changed_cb (BkTrainingAlerts *self,
                   gboolean          runs_changed,
                   BkTrainingState  *state)
{
  BkRunStore *runs = bk_context_get_run_store (self->context);

  check (self, runs_changed && !bk_run_store_is_restoring (runs) && fresh_run_logged (self));
}

static void
bk_training_alerts_dispose (GObject *object)
{
  BkTrainingAlerts *self = BK_TRAINING_ALERTS (object);

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_training_state (self->context), self);
    }
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_training_alerts_parent_class)->dispose (object);
}

static void
bk_training_alerts_class_init (BkTrainingAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_training_alerts_dispose;

  /**
   * BkTrainingAlerts::in-app-alert:
   * @summary: "Ramp-up risk: High risk"
   * @body: the first reason
   *
   * Emitted instead of a desktop notification when no notification server
   * answers, so a window can show it.
   */
  signals[IN_APP_ALERT] = g_signal_new ("in-app-alert", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
bk_training_alerts_init (BkTrainingAlerts *self)
{
}

/**
 * bk_training_alerts_new:
 *
 * Starts watching @context's run store; the level as it stands now is
 * kept without a notification.
 */
BkTrainingAlerts *
bk_training_alerts_new (BkContext *context)
{
  BkTrainingAlerts *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_TRAINING_ALERTS, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (bk_context_get_training_state (context), "changed",
                           G_CALLBACK (status_changed_cb), self, G_CONNECT_SWAPPED);
  check (self, FALSE);
  return self;
}

/* For tests: judge as of @today (0: the clock), quietly. */
void
bk_training_alerts_set_today (BkTrainingAlerts *self,
                              guint32           today)
{
  g_return_if_fail (BK_IS_TRAINING_ALERTS (self));
  self->today = today;
  check (self, FALSE);
}

BkRiskLevel
bk_training_alerts_get_level (BkTrainingAlerts *self)
{
  g_return_val_if_fail (BK_IS_TRAINING_ALERTS (self), BK_RISK_NONE);
  return self->level;
}

/* For tests: judge as of @now, which is also the day, quietly. */
void
bk_training_alerts_set_now (BkTrainingAlerts *self,
                            GDateTime        *now)
{
  g_return_if_fail (BK_IS_TRAINING_ALERTS (self));
  g_return_if_fail (now != NULL);
  self->now = g_date_time_to_unix (now);
  bk_training_alerts_set_today (self, bk_date_julian_of (now));
}
