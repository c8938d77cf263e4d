/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-import-bar"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "services/bk-import-job.h"
#include "bk-import-bar.h"

/* The bar under the header while an import runs: how far it is, and a
 * way to stop it. The job it runs keeps the window responsive; the
 * summary of the last import is kept for Undo. */
struct _BkImportBar
{
  GtkWidget       parent_instance;

  GtkRevealer    *revealer;
  GtkLabel       *label;
  GtkProgressBar *progress;
  GtkButton      *cancel_button;

  BkContext      *context;
  BkImportJob    *job;
  guint           pulse_source;
};

G_DEFINE_FINAL_TYPE (BkImportBar, bk_import_bar, GTK_TYPE_WIDGET)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cancel_clicked_cb (BkImportBar *self)
{
  if (self->job != NULL && bk_import_job_is_running (self->job))
    {
      bk_import_job_cancel (self->job);
      gtk_label_set_label (self->label, _("Stopping after this file…"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
    }
}

static gboolean
pulse_cb (gpointer data)
{
  BkImportBar *self = data;

  gtk_progress_bar_pulse (self->progress);
  return G_SOURCE_CONTINUE;
}

static void
job_progress_cb (BkImportJob *job,
                 BkImportBar *self)
{
  guint done = bk_import_job_get_done (job);
  guint total = bk_import_job_get_total (job);
  g_autofree char *text = NULL;

  if (total == 0)
    return;
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  text = g_strdup_printf (ngettext ("Importing %u of %u file…", "Importing %u of %u files…", total),
                          MIN (done + 1, total), total);
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->cancel_button)))
    gtk_label_set_label (self->label, text);
  gtk_progress_bar_set_fraction (self->progress, (double) done / total);
}

static void
job_finished_cb (BkImportJob *job,
                 BkImportBar *self)
{
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
bk_import_bar_dispose (GObject *object)
{
  BkImportBar *self = (BkImportBar *)object;

  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (self->job != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->job, self);
      bk_import_job_cancel (self->job);
    }
  g_clear_object (&self->job);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_IMPORT_BAR);

  G_OBJECT_CLASS (bk_import_bar_parent_class)->dispose (object);
}

static void
bk_import_bar_class_init (BkImportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_import_bar_dispose;

  /**
   * BkImportBar::finished:
   *
   * The import ended; bk_import_bar_get_summary() tells what it did.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-import-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BkImportBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, BkImportBar, label);
  gtk_widget_class_bind_template_child (widget_class, BkImportBar, progress);
  gtk_widget_class_bind_template_child (widget_class, BkImportBar, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_import_bar_init (BkImportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bk_import_bar_start:
 * @paths: files, folders and archives
 *
 * Returns: %FALSE when an import is already running
 */
gboolean
bk_import_bar_start (BkImportBar        *self,
                     BkContext          *context,
                     const char * const *paths)
{
  g_return_val_if_fail (BK_IS_IMPORT_BAR (self), FALSE);
  g_return_val_if_fail (BK_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  if (bk_import_bar_is_running (self))
    return FALSE;
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_data (self->job, self);
  g_clear_object (&self->job);
  g_set_object (&self->context, context);

  self->job = bk_import_job_new (context, paths);
  g_signal_connect (self->job, "progress", G_CALLBACK (job_progress_cb), self);
  g_signal_connect (self->job, "finished", G_CALLBACK (job_finished_cb), self);

  gtk_label_set_label (self->label, _("Looking for activities…"));
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  self->pulse_source = g_timeout_add (150, pulse_cb, self);
  bk_import_job_start (self->job);
  return TRUE;
}

gboolean
bk_import_bar_is_running (BkImportBar *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_BAR (self), FALSE);
  return self->job != NULL && bk_import_job_is_running (self->job);
}

/**
 * bk_import_bar_get_summary:
 *
 * Returns: (transfer none) (nullable): what the last import did
 */
BkImportSummary *
bk_import_bar_get_summary (BkImportBar *self)
{
  g_return_val_if_fail (BK_IS_IMPORT_BAR (self), NULL);
  return self->job != NULL ? bk_import_job_get_summary (self->job) : NULL;
}

/* Takes out everything the last import added. */
gboolean
bk_import_bar_undo (BkImportBar  *self,
                    GError      **error)
{
  BkImportSummary *summary;

  g_return_val_if_fail (BK_IS_IMPORT_BAR (self), FALSE);

  summary = bk_import_bar_get_summary (self);
  if (summary == NULL || bk_import_bar_is_running (self))
    return TRUE;
  return bk_import_undo (self->context, summary, error);
}
