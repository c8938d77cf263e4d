/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-toasts"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-toasts.h"

/* The one way the app shows a toast, and the one delete-with-Undo.
 *
 * A toast goes to the toast overlay above the widget that asks (the
 * window's, or the Stretching page's own), or to the preferences window.
 *
 * Every delete keeps its item with its own entry (issue 14: pages that
 * kept only the last deleted item lost the one before when two deletes
 * were undone). The overlay holds the deletes that can still be undone,
 * newest last; Ctrl+Z undoes the newest (issue 15). Only the newest has a
 * toast on screen: a new delete takes the place of the one before, whose
 * toast comes back when the newer one goes, as a queue of toasts would.
 * (libadwaita 1.2 aborts when a toast pushed aside by a high-priority one
 * is shown again within its hide animation, so the app never uses
 * ADW_TOAST_PRIORITY_HIGH and shows each entry's toast afresh instead.)
 * An entry leaves the list when it is undone or its toast times out.
 *
 * libadwaita 1.2 also crashes when a toast is dismissed too soon after it
 * started to slide in: shown while another toast hides, it slides in for
 * 500 ms, but its hide (300 ms) frees it first, and the end of its show
 * then touches freed memory. That happens with Ctrl+Z or a second delete
 * straight after a delete. So the overlay has at most one undo toast at a
 * time (the next is added once the one before is dismissed, so that it
 * starts to slide in at once), and the app dismisses it only once it has
 * been up for TOAST_SETTLED_MS; the undo or delete itself happens at once.
 */

#define TOAST_SETTLED_MS 650
#define CURRENT_KEY "bk-toasts-current"

typedef struct {
  AdwToast           *toast;     /* weak: the overlay owns it; NULL while waiting */
  GtkWidget          *overlay;   /* weak */
  char               *title;
  GObject            *owner;
  GObject            *item;
  BkToastRestoreFunc  restore;
  char               *restore_failed;
  gboolean            done;
  gboolean            superseded;
  gint64              shown_at;  /* monotonic, when its toast was added */
} Pending;

#define PENDING_KEY "bk-toasts-pending"

static void
pending_clear (gpointer data)
{
  Pending *pending = data;

  g_clear_weak_pointer (&pending->toast);
  g_clear_weak_pointer (&pending->overlay);
  g_clear_pointer (&pending->title, g_free);
  g_clear_object (&pending->owner);
  g_clear_object (&pending->item);
  g_clear_pointer (&pending->restore_failed, g_free);
}

static void
pending_release (gpointer data)
{
  g_rc_box_release_full (data, pending_clear);
}

static GtkWidget *
find_overlay (GtkWidget *from)
{
  return gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
}

/* The overlay's undoable deletes, newest last; NULL with no overlay. */
static GPtrArray *
pending_list (GtkWidget *overlay,
              gboolean   create)
{
  GPtrArray *list;

  if (overlay == NULL)
    return NULL;
  list = g_object_get_data (G_OBJECT (overlay), PENDING_KEY);
  if (list == NULL && create)
    {
      list = g_ptr_array_new_with_free_func (pending_release);
      g_object_set_data_full (G_OBJECT (overlay), PENDING_KEY, list, (GDestroyNotify) g_ptr_array_unref);
    }
  return list;
}

static void
pending_forget (Pending *pending)
{
  GPtrArray *list = pending_list (pending->overlay, FALSE);

  pending->done = TRUE;
  if (list != NULL)
    g_ptr_array_remove (list, pending);
}

/**
 * bk_toasts_add:
 * @toast: (transfer full): a new toast
 *
 * Shows @toast where @from is. Without an overlay (a widget not in a
 * window yet) the toast is dropped.
 */
void
bk_toasts_add (GtkWidget *from,
               AdwToast  *toast)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = find_overlay (from);
  root = gtk_widget_get_root (from);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    {
      g_debug ("No overlay for the toast \"%s\"", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
    }
}

void
bk_toasts_show (GtkWidget  *from,
                const char *message)
{
  g_return_if_fail (message != NULL);

  bk_toasts_add (from, adw_toast_new (message));
}

/**
 * bk_toasts_show_error:
 * @failed: what could not be done, e.g. "Could not delete the run"
 *
 * Shows "@failed: the error's text".
 */
void
bk_toasts_show_error (GtkWidget    *from,
                      const char   *failed,
                      const GError *error)
{
  g_autofree char *text = NULL;

  g_return_if_fail (failed != NULL);
  g_return_if_fail (error != NULL);

  /* TRANSLATORS: what failed, then why, as in "Could not delete the run: disk full" */
  text = g_strdup_printf (_("%s: %s"), failed, error->message);
  bk_toasts_show (from, text);
}

static void show_newest (GtkWidget *overlay);

static gboolean
dismiss_settled_cb (gpointer data)
{
  AdwToast **toast = data;

  if (*toast != NULL)
    adw_toast_dismiss (*toast);
  return G_SOURCE_REMOVE;
}

static void
dismiss_settled_free (gpointer data)
{
  AdwToast **toast = data;

  g_clear_weak_pointer (toast);
  g_free (toast);
}

/* Dismisses @pending's toast once it is fully shown (see the top). The
 * wait holds the toast weakly, not the entry: a window closed meanwhile
 * takes its toasts, and the deleted item, with it. */
static void
dismiss_when_settled (Pending *pending)
{
  gint64 wait_ms = TOAST_SETTLED_MS - (g_get_monotonic_time () - pending->shown_at) / 1000;
  AdwToast **toast;

  if (pending->toast == NULL)
    return;
  if (wait_ms <= 0)
    {
      adw_toast_dismiss (pending->toast);
      return;
    }
  toast = g_new0 (AdwToast *, 1);
  g_set_weak_pointer (toast, pending->toast);
  g_timeout_add_full (G_PRIORITY_DEFAULT, wait_ms, dismiss_settled_cb, toast, dismiss_settled_free);
}

/* @dismiss: whether the toast is still up (Ctrl+Z, not its button). */
static void
pending_undo (Pending  *pending,
              gboolean  dismiss)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (pending->done)
    return;
  /* Taken off the list first: the restore's own updates may show toasts. */
  overlay = pending->overlay != NULL ? g_object_ref (pending->overlay) : NULL;
  g_rc_box_acquire (pending);
  pending_forget (pending);
  if (!pending->restore (pending->owner, pending->item, &error) && overlay != NULL)
    bk_toasts_show_error (overlay, pending->restore_failed, error);
  if (dismiss && pending->toast != NULL)
    dismiss_when_settled (pending);
  else if (overlay != NULL)
    show_newest (overlay);
  pending_release (pending);
  g_clear_object (&overlay);
}

static void
toast_button_clicked_cb (AdwToast *toast,
                         Pending  *pending)
{
  pending_undo (pending, FALSE);
}

/* Timed out, undone, or pushed aside by a newer delete. */
static void
toast_dismissed_cb (AdwToast *toast,
                    Pending  *pending)
{
  g_clear_weak_pointer (&pending->toast);
  if (pending->overlay != NULL && g_object_get_data (G_OBJECT (pending->overlay), CURRENT_KEY) == toast)
    g_object_set_data (G_OBJECT (pending->overlay), CURRENT_KEY, NULL);
  if (!pending->superseded && !pending->done)
    pending_forget (pending);
  pending->superseded = FALSE;
  if (pending->overlay != NULL)
    show_newest (pending->overlay);
}

static void
closure_release (gpointer  data,
                 GClosure *closure)
{
  pending_release (data);
}

static Pending *
shown_pending (GPtrArray *list)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      Pending *pending = g_ptr_array_index (list, i);

      if (pending->toast != NULL)
        return pending;
    }
  return NULL;
}

/* Gives the newest undoable delete its toast, unless one is up. */
static void
show_newest (GtkWidget *overlay)
{
  GPtrArray *list = pending_list (overlay, FALSE);
  Pending *newest;
  AdwToast *toast;

  /* A window going away takes its toasts with it. */
  if (list == NULL || list->len == 0 || shown_pending (list) != NULL ||
      g_object_get_data (G_OBJECT (overlay), CURRENT_KEY) != NULL ||
      gtk_widget_get_root (overlay) == NULL || !gtk_widget_get_mapped (overlay))
    return;
  newest = g_ptr_array_index (list, list->len - 1);
  toast = adw_toast_new (newest->title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, BK_TOAST_UNDO_TIMEOUT);
  g_set_weak_pointer (&newest->toast, toast);
  newest->shown_at = g_get_monotonic_time ();
  g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, toast);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (toast_button_clicked_cb),
                         g_rc_box_acquire (newest), closure_release, 0);
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (toast_dismissed_cb),
                         g_rc_box_acquire (newest), closure_release, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * bk_toasts_offer_undo:
 * @title: what was deleted, e.g. "Run of Sun 29 Nov, 21.9 km deleted"
 * @owner: the store the item was deleted from
 * @item: the deleted item, kept until its toast goes
 * @restore: puts @item back into @owner
 * @restore_failed: the message when that fails, e.g. "Could not restore the run"
 *
 * Shows @title with Undo for BK_TOAST_UNDO_TIMEOUT seconds. Each call
 * keeps its own item: any number of deletes can be undone, each from its
 * toast or, newest first, with bk_toasts_undo_last().
 */
void
bk_toasts_offer_undo (GtkWidget          *from,
                      const char         *title,
                      gpointer            owner,
                      gpointer            item,
                      BkToastRestoreFunc  restore,
                      const char         *restore_failed)
{
  GtkWidget *overlay;
  GPtrArray *list;
  Pending *pending;
  Pending *shown;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (title != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (restore != NULL);

  overlay = find_overlay (from);
  if (overlay == NULL)
    {
      /* Nowhere to offer Undo: the delete stands, as it would once the
       * toast had gone. */
      bk_toasts_show (from, title);
      return;
    }

  pending = g_rc_box_new0 (Pending);
  g_set_weak_pointer (&pending->overlay, overlay);
  pending->title = g_strdup (title);
  pending->owner = g_object_ref (owner);
  pending->item = g_object_ref (item);
  pending->restore = restore;
  pending->restore_failed = g_strdup (restore_failed != NULL ? restore_failed : _("Could not undo the delete"));
  list = pending_list (overlay, TRUE);
  shown = shown_pending (list);
  g_ptr_array_add (list, pending);
  if (shown != NULL)
    {
      /* Its dismissal shows the newest, this one. */
      shown->superseded = TRUE;
      dismiss_when_settled (shown);
    }
  else
    show_newest (overlay);
}

/**
 * bk_toasts_undo_last:
 *
 * Undoes the newest delete whose toast is still shown or waiting, in the
 * overlay above @from (or @from itself); Ctrl+Z.
 *
 * Returns: whether there was one to undo
 */
gboolean
bk_toasts_undo_last (GtkWidget *from)
{
  GPtrArray *list;

  g_return_val_if_fail (GTK_IS_WIDGET (from), FALSE);

  list = pending_list (find_overlay (from), FALSE);
  if (list == NULL || list->len == 0)
    return FALSE;
  pending_undo (g_ptr_array_index (list, list->len - 1), TRUE);
  return TRUE;
}

/* How many deletes above @from can still be undone. */
guint
bk_toasts_n_undoable (GtkWidget *from)
{
  GPtrArray *list;

  g_return_val_if_fail (GTK_IS_WIDGET (from), 0);

  list = pending_list (find_overlay (from), FALSE);
  return list != NULL ? list->len : 0;
}
