/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoe-alerts"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "store/bk-shoe-store.h"
#include "bk-advice.h"
#include "bk-notify.h"
#include "bk-shoe-alerts.h"

/* The worn-shoes notification (issue 16): once per pair when it passes
 * 90% of its limit and once more when it passes the limit. Like the
 * ramp-up alert it lives below the GUI and watches the run store, so a run
 * logged in the window, with --add-run into a running instance or by an
 * import is counted the same way. What was announced is kept in the shoes
 * table (bk_shoe_store_claim_notice()), so neither a restart, an undone
 * delete nor a second process repeats it. A pair that crossed a threshold
 * while the app was closed is announced on the next start. */
struct _BkShoeAlerts
{
  GObject    parent_instance;

  BkContext *context;
};

G_DEFINE_FINAL_TYPE (BkShoeAlerts, bk_shoe_alerts, G_TYPE_OBJECT)

enum {
  IN_APP_ALERT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
send (BkShoeAlerts *self,
      BkShoe       *shoe)
{
  g_autofree char *body = bk_shoe_describe_wear (shoe, bk_context_get_units (self->context));
  const char *summary = bk_shoe_get_wear (shoe) == BK_SHOE_WEAR_PAST_LIMIT
    ? _("Shoes past their limit") : _("Shoes nearing their limit");

  if (!bk_notify_send (summary, body, "dialog-information-symbolic"))
    g_signal_emit (self, signals[IN_APP_ALERT], 0, summary, body);
}

/**
 * bk_shoe_alerts_check:
 *
 * Announces each pair in use that passed a threshold not announced yet.
 * While urgent pain advice is open nothing is claimed, so the notice comes
 * once the runner has been seen.
 */
void
bk_shoe_alerts_check (BkShoeAlerts *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkDatabase *database;

  g_return_if_fail (BK_IS_SHOE_ALERTS (self));

  database = bk_context_get_database (self->context);
  shoes = bk_shoe_store_list (database, FALSE, &error);
  if (shoes == NULL)
    {
      g_debug ("Could not read the shoes: %s", error->message);
      return;
    }
  for (guint i = 0; i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);
      gboolean claimed = FALSE;

      if (bk_shoe_get_wear (shoe) == BK_SHOE_WEAR_FINE)
        continue;
      if (bk_advice_training_withheld (self->context, now))
        return;
      if (!bk_shoe_store_claim_notice (database, bk_shoe_get_id (shoe), bk_shoe_get_wear (shoe),
                                       &claimed, &error))
        {
          g_debug ("Could not keep the shoe notice: %s", error->message);
          return;
        }
      if (claimed)
        send (self, shoe);
    }
}

static void
bk_shoe_alerts_dispose (GObject *object)
{
  BkShoeAlerts *self = BK_SHOE_ALERTS (object);

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (bk_context_get_run_store (self->context), self);
      g_signal_handlers_disconnect_by_data (self->context, self);
    }
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_shoe_alerts_parent_class)->dispose (object);
}

static void
bk_shoe_alerts_class_init (BkShoeAlertsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_shoe_alerts_dispose;

  /**
   * BkShoeAlerts::in-app-alert:
   * @summary: "Shoes past their limit"
   * @body: the pair's notice
   *
   * Emitted instead of a desktop notification when no notification server
   * answers, so a window can show it.
   */
  signals[IN_APP_ALERT] = g_signal_new ("in-app-alert", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
bk_shoe_alerts_init (BkShoeAlerts *self)
{
}

/**
 * bk_shoe_alerts_new:
 *
 * Watches @context's runs and shoes; pairs already past a threshold that
 * was never announced are announced now.
 */
BkShoeAlerts *
bk_shoe_alerts_new (BkContext *context)
{
  BkShoeAlerts *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_SHOE_ALERTS, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (bk_context_get_run_store (context), "changed",
                           G_CALLBACK (bk_shoe_alerts_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "shoes-changed", G_CALLBACK (bk_shoe_alerts_check), self, G_CONNECT_SWAPPED);
  bk_shoe_alerts_check (self);
  return self;
}
