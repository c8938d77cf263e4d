/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-routine-player"

#include "bk-config.h"

#include "bk-routine-player-keys.h"

/* The player's keys act before the focused widget sees them, so Space
 * pauses even on the Skip button and Right skips instead of moving focus.
 * Once the routine is over they let the key through (Space on Close). */
static gboolean
player_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (bk_routine_player_get_finished (BK_ROUTINE_PLAYER (widget)))
    return FALSE;
  return gtk_widget_activate_action (widget, user_data, NULL);
}

/**
 * bk_routine_player_add_keys:
 *
 * Space (or P) pauses, Right (or N) skips and Left (or B) goes back,
 * wherever the focus is in @self, until the routine is over.
 */
void
bk_routine_player_add_keys (BkRoutinePlayer *self)
{
  static const struct { guint keyval; const char *action; } keys[] = {
    { GDK_KEY_space, "player.pause" }, { GDK_KEY_KP_Space, "player.pause" }, { GDK_KEY_p, "player.pause" },
    { GDK_KEY_Right, "player.skip" }, { GDK_KEY_KP_Right, "player.skip" }, { GDK_KEY_n, "player.skip" },
    { GDK_KEY_Left, "player.back" }, { GDK_KEY_KP_Left, "player.back" }, { GDK_KEY_b, "player.back" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                            gtk_callback_action_new (player_key_cb,
                                                                                     (gpointer) keys[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
