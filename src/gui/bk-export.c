/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-export"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "services/bk-csv.h"
#include "services/bk-pain-report.h"
#include "bk-export.h"

/* The clinician's report and the CSV of the log, saved from the window:
 * the file chooser, the write, then a toast that opens the file or a
 * dialog that says what went wrong. */

typedef struct {
  BkWindow     *window;
  BkExportKind  kind;
  guint32       from_julian;
  guint32       to_julian;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->window);
  g_free (request);
}

static void
show_failure (BkWindow     *window,
              BkExportKind  kind,
              const char   *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                   kind == BK_EXPORT_REPORT ? _("Could Not Save the Report")
                                                            : _("Could Not Export the Runs"),
                                   message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_success (BkWindow     *window,
              BkExportKind  kind,
              GFile        *file,
              guint         n_items)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (kind == BK_EXPORT_REPORT)
    title = g_strdup_printf (ngettext ("Report of %u pain entry saved as %s",
                                       "Report of %u pain entries saved as %s", n_items),
                             n_items, name);
  else
    title = g_strdup_printf (ngettext ("%u run exported to %s", "%u runs exported to %s", n_items),
                             n_items, name);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  bk_window_add_toast (window, toast);
}

/**
 * bk_export_save:
 * @file: where to write; a file already there is replaced only once the
 *   new one is complete
 *
 * Writes what @kind names and tells the runner how it went.
 *
 * Returns: whether the file was written
 */
gboolean
bk_export_save (BkWindow     *window,
                BkExportKind  kind,
                guint32       from_julian,
                guint32       to_julian,
                GFile        *file)
{
  BkContext *context;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items = 0;
  gboolean saved;

  g_return_val_if_fail (BK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (kind != BK_EXPORT_REPORT || from_julian <= to_julian, FALSE);

  context = bk_window_get_context (window);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s is not a local file; choose a folder on this computer"), uri);

      show_failure (window, kind, message);
      return FALSE;
    }

  if (kind == BK_EXPORT_REPORT)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      saved = bk_pain_report_write (context, path, from_julian, to_julian, now, &n_items, &error);
    }
  else
    saved = bk_csv_export_runs (context, path, &n_items, &error);

  if (!saved)
    show_failure (window, kind, error->message);
  else
    show_success (window, kind, file, n_items);
  return saved;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        bk_export_save (request->window, request->kind, request->from_julian, request->to_julian, file);
    }
  export_request_free (request);
  g_object_unref (chooser);
}

/**
 * bk_export_choose_file:
 * @from_julian: first day of the report's period (ignored for the CSV)
 * @to_julian: last day of the report's period
 *
 * Asks where to save, in the Documents folder under a dated name, then
 * saves there.
 */
void
bk_export_choose_file (BkWindow     *window,
                       BkExportKind  kind,
                       guint32       from_julian,
                       guint32       to_julian)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = bk_date_to_iso (bk_date_julian_of (now));
  g_autofree char *name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  ExportRequest *request;

  g_return_if_fail (BK_IS_WINDOW (window));

  if (kind == BK_EXPORT_REPORT)
    {
      chooser = gtk_file_chooser_native_new (_("Save Report for a Clinician"), GTK_WINDOW (window),
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
      /* Translators: a file name; keep it free of spaces and slashes. */
      name = g_strdup_printf (_("back-pain-report-%s.pdf"), today);
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      chooser = gtk_file_chooser_native_new (_("Export Runs as CSV"), GTK_WINDOW (window),
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
      /* Translators: a file name; keep it free of spaces and slashes. */
      name = g_strdup_printf (_("runs-%s.csv"), today);
      gtk_file_filter_set_name (filter, _("CSV spreadsheets"));
      gtk_file_filter_add_pattern (filter, "*.csv");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (window);
  request->kind = kind;
  request->from_julian = from_julian;
  request->to_julian = to_julian;
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
