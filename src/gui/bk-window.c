/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-window"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-export.h"
#include "bk-context-property.h"
#include "bk-dialog.h"
#include "bk-import-bar.h"
#include "bk-pain-page.h"
#include "bk-guide-panel.h"
#include "bk-report-dialog.h"
#include "bk-run-editor.h"
#include "bk-session-editor.h"
#include "bk-stretch-page.h"
#include "bk-toasts.h"
#include "bk-training-page.h"
#include "bk-window.h"

struct _BkWindow
{
  AdwApplicationWindow  parent_instance;

  BkContext            *context;

  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  BkTrainingPage       *training_page;
  BkPainPage           *pain_page;
  BkStretchPage        *stretch_page;
  BkGuidePanel         *guide_panel;
  BkImportBar          *import_bar;
  GtkButton            *add_button;
  /* The widest the guide may be in the window's present width. */
  int                   guide_cap;

  /* Pages and the guide are filled when first shown (issue 13): the first
   * frame costs the same on a twenty-year log as on an empty one. */
  gboolean              pain_page_filled;
  gboolean              stretch_page_filled;
  gboolean              guide_loaded;
};

G_DEFINE_FINAL_TYPE (BkWindow, bk_window, ADW_TYPE_APPLICATION_WINDOW)

static void
add_run_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  BkRunEditor *editor = bk_run_editor_new (self->context, NULL);

  bk_dialog_present (GTK_WINDOW (editor), GTK_WIDGET (self));
}

static void
record_pain_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "pain");
  bk_pain_page_record (self->pain_page);
}

/* The header's "+": what adding means on the page shown. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "pain") == 0)
    gtk_widget_activate_action (widget, "win.record-pain", NULL);
  else if (g_strcmp0 (page, "training") == 0)
    gtk_widget_activate_action (widget, "win.add-run", NULL);
}

static void
update_add_button (BkWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  gboolean pain = g_strcmp0 (page, "pain") == 0;
  const char *label = pain ? _("Record Pain") : _("Add Run");

  /* Stretching has nothing to add: its routines come with the app. */
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), pain || g_strcmp0 (page, "training") == 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), pain ? _("Record Pain (Ctrl+P)") : _("Add Run (Ctrl+N)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  BkReportDialog *dialog = bk_report_dialog_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  bk_export_choose_file (BK_WINDOW (widget), BK_EXPORT_CSV, 0, 0);
}

static void
open_file_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BkWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the file: %s"), error->message);

      bk_window_add_toast (self, adw_toast_new (message));
    }
}

/* The Open button of a "saved" toast. */
static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri_full (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME,
                     NULL, open_file_done_cb, g_object_ref (widget));
}

static void bk_window_fill_pain_page (BkWindow *self);

/* From the advice on any page: the record that ends it (issue 9). The
 * Pain page may not have been shown yet; it is filled first. */
static void
record_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);

  bk_window_fill_pain_page (self);
  bk_pain_page_record_assessment (self->pain_page);
}

/* A session that is not a run (issue 16), from the main menu or
 * Ctrl+Shift+N. */
static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  BkSessionEditor *editor = bk_session_editor_new (self->context);

  bk_dialog_present (GTK_WINDOW (editor), widget);
}

static void
toggle_guide_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
show_guide_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  bk_window_show_guide (BK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
}

/* Ctrl+Z: the newest delete whose Undo toast has not gone. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);

  bk_toasts_undo_last (GTK_WIDGET (self->toast_overlay));
}

static void
show_import_message (BkWindow   *self,
                     const char *message)
{
  bk_toasts_show (GTK_WIDGET (self->toast_overlay), message);
}

/**
 * bk_window_import:
 * @paths: files, folders and archives
 *
 * Imports in the background, with progress under the header and a
 * summary with Undo at the end.
 */
void
bk_window_import (BkWindow           *self,
                  const char * const *paths)
{
  g_return_if_fail (BK_IS_WINDOW (self));
  g_return_if_fail (paths != NULL);

  if (paths[0] == NULL)
    return;
  if (!bk_import_bar_start (self->import_bar, self->context, paths))
    show_import_message (self, _("An import is already running; try again when it has finished"));
}

static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (bk_import_bar_undo (self->import_bar, &error))
    show_import_message (self, _("The import was undone"));
  else
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo the import: %s"), error->message);

      show_import_message (self, message);
    }
}

static void
import_dialog_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           BkWindow         *self)
{
  if (g_str_equal (response, "undo"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.undo-import", NULL);
}

static void
import_finished_cb (BkWindow *self)
{
  BkImportSummary *summary = bk_import_bar_get_summary (self->import_bar);
  g_autofree char *text = bk_import_summary_describe (summary);

  if (summary->problems->len > 0)
    {
      /* Each file that could not be read is named, so it can be fixed. */
      g_autoptr(GString) body = g_string_new (text);
      GtkWidget *dialog;

      g_string_append (body, ".\n");
      for (guint i = 0; i < summary->problems->len && i < 20; i++)
        g_string_append_printf (body, "\n%s", (const char *) g_ptr_array_index (summary->problems, i));
      if (summary->problems->len > 20)
        g_string_append_printf (body, ngettext ("\n… and %u more", "\n… and %u more", summary->problems->len - 20),
                                summary->problems->len - 20);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Files Could Not Be Imported"), body->str);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "undo", _("_Undo Import"),
                                        "close", _("_Close"), NULL);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
      if (summary->imported == 0 && summary->others == 0)
        adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "undo", FALSE);
      g_signal_connect (dialog, "response", G_CALLBACK (import_dialog_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  {
    AdwToast *toast = adw_toast_new (text);

    adw_toast_set_timeout (toast, 10);
    if (summary->imported > 0 || summary->others > 0)
      {
        adw_toast_set_button_label (toast, _("_Undo"));
        adw_toast_set_action_name (toast, "win.undo-import");
      }
    bk_toasts_add (GTK_WIDGET (self->toast_overlay), toast);
  }
  if (summary->imported > 0)
    adw_view_stack_set_visible_child_name (self->stack, "training");
}

static void
import_chooser_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            BkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      bk_window_import (self, (const char * const *) paths->pdata);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BkWindow *self = BK_WINDOW (widget);
  gboolean folders = g_str_equal (action_name, "win.import-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folders ? _("Import Folders") : _("Import Runs"),
                                         GTK_WINDOW (self),
                                         folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                 : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  /* Exports from Strava and Garmin arrive as downloads. */
  {
    const char *downloads = g_get_user_special_dir (G_USER_DIRECTORY_DOWNLOAD);

    if (downloads != NULL && g_file_test (downloads, G_FILE_TEST_IS_DIR))
      {
        g_autoptr(GFile) folder = g_file_new_for_path (downloads);

        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
      }
  }
  if (!folders)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Activities and exports (GPX, TCX, FIT, ZIP)"));
      for (const char * const *p = (const char * const[]) { "*.gpx", "*.tcx", "*.fit", "*.gz", "*.zip",
                                                            "*.GPX", "*.TCX", "*.FIT", "*.ZIP", NULL };
           *p != NULL; p++)
        gtk_file_filter_add_pattern (filter, *p);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         BkWindow      *self)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  if (paths->len == 0)
    return FALSE;
  g_ptr_array_add (paths, NULL);
  bk_window_import (self, (const char * const *) paths->pdata);
  return TRUE;
}

static void start_routine_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter);

/* The guide's articles are parsed the first time the panel opens. */
static void
bk_window_ensure_guide (BkWindow *self)
{
  g_autoptr(BkGuideLibrary) library = NULL;

  if (self->guide_loaded)
    return;
  self->guide_loaded = TRUE;
  library = bk_guide_library_new ();
  bk_guide_panel_set_library (self->guide_panel, library);
}

static void update_guide_cap (BkWindow *self);

static void
flap_revealed_cb (BkWindow *self)
{
  update_guide_cap (self);
  if (adw_flap_get_reveal_flap (self->flap))
    bk_window_ensure_guide (self);
}

static void
bk_window_fill_pain_page (BkWindow *self)
{
  if (self->pain_page_filled)
    return;
  self->pain_page_filled = TRUE;
  bk_pain_page_set_context (self->pain_page, self->context);
}

/* The Pain and Stretching pages read their stores the first time they are
 * shown (or are asked for), the Training page, shown first, at once. */
static void
visible_page_cb (BkWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  update_add_button (self);
  if (g_strcmp0 (name, "pain") == 0)
    bk_window_fill_pain_page (self);
  else if (!self->stretch_page_filled && g_strcmp0 (name, "stretching") == 0)
    {
      self->stretch_page_filled = TRUE;
      bk_stretch_page_set_context (self->stretch_page, self->context);
    }
}

/* The guide overlays a narrow window (the flap folds and gives it the
 * window's width), but the flap's minimum is the panel's, which would hold
 * the window wider than a phone: there the panel's minimum is capped. The
 * width the runner dragged it to is kept for a wide window. */
#define GUIDE_NARROW_CAP 320

static gboolean
guide_width_get_cb (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  BkWindow *self = user_data;

  g_value_set_int (value, MIN (g_variant_get_int32 (variant), self->guide_cap));
  return TRUE;
}

static GVariant *
guide_width_set_cb (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  BkWindow *self = user_data;
  int width = g_value_get_int (value);

  /* A capped width is not the runner's choice: nothing is written. */
  if (width >= self->guide_cap)
    return NULL;
  return g_variant_new_int32 (width);
}

static void
update_guide_cap (BkWindow *self)
{
  GSettings *settings = bk_context_get_settings (self->context);
  int window_width = 0, window_height = 0, content_min = 0;
  int guide = g_settings_get_int (settings, "guide-width");
  int cap;

  /* Closed, the panel shows no width, so it is capped without measuring
   * every page, which cost about 27 ms before the window first mapped on
   * the twenty-year log; it is measured again when the panel opens. */
  if (!adw_flap_get_reveal_flap (self->flap))
    cap = GUIDE_NARROW_CAP;
  else
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &window_width, &window_height);
      gtk_widget_measure (GTK_WIDGET (self->stack), GTK_ORIENTATION_HORIZONTAL, -1, &content_min, NULL, NULL, NULL);
      /* Wide enough for the page beside the guide: no cap. */
      cap = window_width > 0 && window_width < content_min + guide ? GUIDE_NARROW_CAP : G_MAXINT;
    }
  if (cap == self->guide_cap)
    return;
  self->guide_cap = cap;
  gtk_widget_set_size_request (GTK_WIDGET (self->guide_panel), MIN (guide, cap), -1);
}

/* The panel's remembered width; the articles wait for it to open. */
static void
bk_window_setup_guide (BkWindow  *self,
                       GSettings *settings)
{
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind_with_mapping (settings, "guide-width", self->guide_panel, "width-request", G_SETTINGS_BIND_DEFAULT,
                                guide_width_get_cb, guide_width_set_cb, self, NULL);
  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (update_guide_cap), self, G_CONNECT_SWAPPED);
  update_guide_cap (self);
}

static void
bk_window_constructed (GObject *object)
{
  BkWindow *self = (BkWindow *)object;
  GSettings *settings = bk_context_get_settings (self->context);

  G_OBJECT_CLASS (bk_window_parent_class)->constructed (object);

  bk_training_page_set_context (self->training_page, self->context);
  g_signal_connect_object (self->stack, "notify::visible-child-name", G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  visible_page_cb (self);
  bk_window_setup_guide (self, settings);

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "guide-open", self->flap, "reveal-flap", G_SETTINGS_BIND_DEFAULT);

  if (bk_context_get_is_demo (self->context))
    gtk_window_set_title (GTK_WINDOW (self), _("Backstretch (Demo Data)"));

  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* Files, folders and archives dropped anywhere on the window. */
  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }
}

/* The shortcuts window is built the first time it is asked for rather
 * than with every window (GtkApplication builds gtk/help-overlay.ui for
 * each window it is given, 11-15 ms before the first frame here). An
 * action already in the window's map is the one
 * gtk_application_window_set_help_overlay() keeps. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/bk-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
bk_window_dispose (GObject *object)
{
  BkWindow *self = (BkWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_window_parent_class)->dispose (object);
}

static void
bk_window_class_init (BkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bk_window_constructed;
  object_class->dispose = bk_window_dispose;

  bk_context_property_install (object_class, G_STRUCT_OFFSET (BkWindow, context));

  g_type_ensure (BK_TYPE_TRAINING_PAGE);
  g_type_ensure (BK_TYPE_PAIN_PAGE);
  g_type_ensure (BK_TYPE_STRETCH_PAGE);
  g_type_ensure (BK_TYPE_GUIDE_PANEL);
  g_type_ensure (BK_TYPE_IMPORT_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, training_page);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, pain_page);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, stretch_page);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, guide_panel);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, import_bar);
  gtk_widget_class_bind_template_child (widget_class, BkWindow, add_button);
  gtk_widget_class_bind_template_callback (widget_class, import_finished_cb);

  gtk_widget_class_install_action (widget_class, "win.add-run", NULL, add_run_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-guide", NULL, toggle_guide_action);
  gtk_widget_class_install_action (widget_class, "win.record-pain", NULL, record_pain_action);
  gtk_widget_class_install_action (widget_class, "win.record-assessment", NULL, record_assessment_action);
  gtk_widget_class_install_action (widget_class, "win.add-session", NULL, add_session_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-session", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine", "x", start_routine_action);
  gtk_widget_class_install_action (widget_class, "win.show-guide", "s", show_guide_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.undo-import", NULL, undo_import_action);
  gtk_widget_class_install_action (widget_class, "win.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "training");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "stretching");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "pain");
  /* A text field focused keeps Ctrl+Z for its own text: class bindings
   * come after the focused widget's. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}

static void
bk_window_init (BkWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_help_overlay_cb, NULL, NULL, NULL, { 0 } },
  };

  self->guide_cap = G_MAXINT;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

BkWindow *
bk_window_new (BkApplication *application,
               BkContext     *context)
{
  g_return_val_if_fail (application == NULL || BK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  return g_object_new (BK_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

BkContext *
bk_window_get_context (BkWindow *self)
{
  g_return_val_if_fail (BK_IS_WINDOW (self), NULL);
  return self->context;
}

void
bk_window_add_toast (BkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (BK_IS_WINDOW (self));
  bk_toasts_add (GTK_WIDGET (self->toast_overlay), toast);
}

/* Shows the stretching page and opens the player on @routine_id. */
void
bk_window_start_routine (BkWindow *self,
                         gint64    routine_id)
{
  g_return_if_fail (BK_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->stack, "stretching");
  gtk_window_present (GTK_WINDOW (self));
  bk_stretch_page_start_routine (self->stretch_page, routine_id);
}

/* A reminder when no notification server is there to show it. */
void
bk_window_show_reminder (BkWindow   *self,
                         gint64      routine_id,
                         const char *summary)
{
  AdwToast *toast;

  g_return_if_fail (BK_IS_WINDOW (self));

  toast = adw_toast_new (summary);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Start"));
  adw_toast_set_action_name (toast, "win.start-routine");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (routine_id));
  bk_toasts_add (GTK_WIDGET (self->toast_overlay), toast);
}

/* A problem found with the log while the window is open (the weekly
 * integrity check): said at once, and writes stay refused until it is
 * restored from Preferences. */
void
bk_window_show_log_problem (BkWindow   *self,
                            const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (BK_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Training Log Is Damaged"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  bk_window_start_routine (BK_WINDOW (widget), g_variant_get_int64 (parameter));
}

/**
 * bk_window_show_guide:
 * @target: "article#section" (see core/bk-guide-ids.h), "article", or
 *   "" for the list of articles
 *
 * Opens the guide panel at @target, for the "Why?" links of other pages.
 */
void
bk_window_show_guide (BkWindow   *self,
                      const char *target)
{
  g_return_if_fail (BK_IS_WINDOW (self));
  g_return_if_fail (target != NULL);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  bk_window_ensure_guide (self);
  if (!bk_guide_panel_show (self->guide_panel, target))
    g_warning ("No guide section “%s”; see core/bk-guide-ids.h", target);
}

BkGuidePanel *
bk_window_get_guide_panel (BkWindow *self)
{
  g_return_val_if_fail (BK_IS_WINDOW (self), NULL);
  bk_window_ensure_guide (self);
  return self->guide_panel;
}
