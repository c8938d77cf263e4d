/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-accessible"

#include "bk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bk-accessible.h"

/* GTK 4.8 names a button with a mnemonic by its raw label ("_Save") and
 * then by its label's text ("Save"): a screen reader says "underscore Save
 * Save". The same happens to the buttons libadwaita builds for toasts and
 * message dialogs, which the application cannot reach when it makes them.
 * So the name is fixed where every widget passes: when it is mapped. */

#define FIXED_KEY "bk-accessible-fixed"
#define GROUP_NAME_KEY "bk-accessible-group-name"

/* "_First Day of the Week" as a person reads it: a row's title may carry
 * a mnemonic, which a name must not. */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
reset_button_label (gpointer data)
{
  GtkButton *button = data;

  /* Without the raw label, the name is the mnemonic label's text alone. */
  if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  return G_SOURCE_REMOVE;
}

static void
button_label_changed_cb (GtkButton  *button,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  /* GTK sets the raw label again after this notification: reset it once
   * the change is complete. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, reset_button_label, g_object_ref (button), g_object_unref);
}

/* The nearest ancestor of @type within a few levels: libadwaita's own
 * children sit just under the row that owns them. */
static GtkWidget *
near_ancestor (GtkWidget *widget,
               GType      type)
{
  GtkWidget *w = gtk_widget_get_parent (widget);

  for (int depth = 0; w != NULL && depth < 4; depth++, w = gtk_widget_get_parent (w))
    if (g_type_is_a (G_OBJECT_TYPE (w), type))
      return w;
  return NULL;
}

/* A row that shows no title of its own: an expander row's header. */
static gboolean
has_title (GtkWidget *row)
{
  const char *title = ADW_IS_PREFERENCES_ROW (row) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;

  return title != NULL && *title != '\0';
}

/* The windows whose insides the toolkit builds, not the application. */
static gboolean
in_own_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return ADW_IS_ABOUT_WINDOW (root) || GTK_IS_SHORTCUTS_WINDOW (root) || ADW_IS_PREFERENCES_WINDOW (root);
}

/* The name given with bk_accessible_name_group(), or the title of its only
 * row: what the boxed list of a group without a title is called. */
static const char *
untitled_group_name (AdwPreferencesGroup *group,
                     GtkListBox          *list)
{
  const char *title = adw_preferences_group_get_title (group);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (list, 0);

  if (title != NULL && *title != '\0')
    return NULL;
  if (g_object_get_data (G_OBJECT (group), GROUP_NAME_KEY) != NULL)
    return g_object_get_data (G_OBJECT (group), GROUP_NAME_KEY);
  if (first != NULL && gtk_list_box_get_row_at_index (list, 1) == NULL && has_title (GTK_WIDGET (first)))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first));
  if (in_own_window (GTK_WIDGET (list)))
    return gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (list))));
  return NULL;
}

/* The title a libadwaita container shows above the list or scrolled
 * window it built itself: only its own children, never the application's
 * widgets inside it, which are named where they are made. */
static const char *
container_title (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkWidget *grandparent = parent != NULL ? gtk_widget_get_parent (parent) : NULL;

  if (GTK_IS_LIST_BOX (widget) && grandparent != NULL && ADW_IS_PREFERENCES_GROUP (grandparent))
    return adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (grandparent));
  /* A group with no title: libadwaita names its list after nothing. */
  if (GTK_IS_LIST_BOX (widget) && near_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP) != NULL &&
      near_ancestor (widget, ADW_TYPE_EXPANDER_ROW) == NULL)
    return untitled_group_name (ADW_PREFERENCES_GROUP (near_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP)),
                                GTK_LIST_BOX (widget));
  if (GTK_IS_SCROLLED_WINDOW (widget) && parent != NULL && ADW_IS_PREFERENCES_PAGE (parent))
    {
      const char *title = adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (parent));

      /* The preferences window of libadwaita 1.2 lists what a search
       * finds on a page of its own without a title. GTK 4.8 shows it to
       * screen readers even with the search turned off, as here. */
      if ((title == NULL || *title == '\0') && ADW_IS_PREFERENCES_WINDOW (gtk_widget_get_root (widget)))
        return _("Search results");
      return title;
    }
  if (GTK_IS_SCROLLED_WINDOW (widget) && parent != NULL && ADW_IS_STATUS_PAGE (parent))
    return adw_status_page_get_title (ADW_STATUS_PAGE (parent));
  /* An expander row's header row and the lists it is built of. */
  if ((GTK_IS_LIST_BOX (widget) || (GTK_IS_LIST_BOX_ROW (widget) && !has_title (widget))) &&
      near_ancestor (widget, ADW_TYPE_EXPANDER_ROW) != NULL)
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (near_ancestor (widget, ADW_TYPE_EXPANDER_ROW)));
  /* A combo row's list of choices, in its popover. */
  if (GTK_IS_LIST_VIEW (widget) && near_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL)
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (near_ancestor (widget, ADW_TYPE_COMBO_ROW)));
  /* What libadwaita and GTK build inside their own windows (the about,
   * shortcuts and preferences windows) without a title: the window's. */
  if ((GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_LIST_BOX (widget)) && in_own_window (widget))
    return gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (widget)));
  return NULL;
}

static void
name_after_container (GtkWidget *widget)
{
  const char *title = container_title (widget);

  if (title != NULL && *title != '\0')
    {
      g_autofree char *name = strip_mnemonic (title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

/* What an icon-only button of the about or shortcuts window does, by its
 * tooltip or its icon. */
static const char *
icon_button_name (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);
  const char *icon = gtk_button_get_icon_name (button);
  const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (button));

  if (tooltip != NULL && *tooltip != '\0')
    return tooltip;
  if (icon == NULL && GTK_IS_IMAGE (child))
    icon = gtk_image_get_icon_name (GTK_IMAGE (child));
  if (icon == NULL)
    return NULL;
  if (g_str_has_prefix (icon, "go-previous"))
    return _("Back");
  if (g_str_has_prefix (icon, "edit-find") || g_str_has_prefix (icon, "system-search"))
    return _("Search");
  if (g_str_has_prefix (icon, "edit-copy"))
    return _("Copy");
  if (g_str_has_prefix (icon, "window-close"))
    return _("Close");
  if (g_str_has_prefix (icon, "go-next"))
    return _("More");
  return NULL;
}

static void
name_own_button (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);
  const char *name = label != NULL && *label != '\0' ? label : icon_button_name (button);

  if (name != NULL)
    {
      g_autofree char *text = strip_mnemonic (name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
}

/* The about window's application icon, and the shortcuts window's. */
static const char *
own_icon_name (GtkWidget *image)
{
  GtkRoot *root = gtk_widget_get_root (image);

  if (ADW_IS_ABOUT_WINDOW (root))
    return adw_about_window_get_application_name (ADW_ABOUT_WINDOW (root));
  return gtk_window_get_title (GTK_WINDOW (root));
}

/* The words a person sees next to a decorative icon: the title of the
 * libadwaita row, or the label of the view-switcher tab, it sits in. GTK
 * 4.8 cannot take the icon out of the tree (its role is fixed when it is
 * made and the hidden state is not honoured), so it is named after them
 * rather than read out as "GtkImage". */
static char *
icon_owner_name (GtkWidget *image)
{
  GType tab_type = g_type_from_name ("AdwViewSwitcherButton");
  GtkWidget *row = near_ancestor (image, ADW_TYPE_PREFERENCES_ROW);
  GtkWidget *tab = tab_type != 0 ? near_ancestor (image, tab_type) : NULL;

  if (tab != NULL)
    {
      g_autofree char *label = NULL;

      g_object_get (tab, "label", &label, NULL);
      return label != NULL ? strip_mnemonic (label) : NULL;
    }
  if (row != NULL)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      return title != NULL && *title != '\0' ? strip_mnemonic (title) : NULL;
    }
  return NULL;
}

static void
name_icon_after_owner (GtkWidget *image)
{
  g_autofree char *name = icon_owner_name (image);

  if (name == NULL && in_own_window (image) && own_icon_name (image) != NULL)
    name = strip_mnemonic (own_icon_name (image));
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* GtkShortcutsWindow splits a long section into pages it calls "_1",
 * "_2": a screen reader would say the underscore. */
static void
name_shortcut_pages (GtkStack *stack)
{
  g_autoptr (GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (stack));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      GtkStackPage *page = g_list_model_get_item (pages, i);
      const char *name = gtk_stack_page_get_name (page);

      if (name != NULL && name[0] == '_' && GTK_IS_ACCESSIBLE (page))
        {
          /* Translators: a page of the keyboard shortcuts window, "Page 1". */
          g_autofree char *label = g_strdup_printf (_("Page %s"), name + 1);

          gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        }
      g_object_unref (page);
    }
}

/* The text of the first label inside @widget, depth first. */
static const char *
first_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_label_text (child);

      if (text != NULL && *text != '\0')
        return text;
    }
  return NULL;
}

/* The items of a list view (a combo row's choices) are named by nothing in
 * GTK 4.8: each is named after the text it shows, which may change as the
 * item is reused, so this is done every time it is mapped. */
static void
name_list_item (GtkWidget *item)
{
  const char *text = first_label_text (item);

  if (text != NULL && *text != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* A button whose child is a label of its own (so that it wraps) and a
 * mnemonic label are read out by their type names while they have not
 * been shown: each is named by the text it shows. */
static void
name_label_button (GtkButton *button)
{
  const char *text = gtk_label_get_text (GTK_LABEL (gtk_button_get_child (button)));

  if (text != NULL && *text != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
name_mnemonic_label (GtkWidget *label)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text != NULL && *text != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
mnemonic_label_changed_cb (GtkWidget  *label,
                           GParamSpec *pspec,
                           gpointer    user_data)
{
  GtkWidget *parent = gtk_widget_get_parent (label);

  name_mnemonic_label (label);
  if (GTK_IS_BUTTON (parent) && gtk_button_get_child (GTK_BUTTON (parent)) == label &&
      gtk_button_get_label (GTK_BUTTON (parent)) == NULL)
    name_label_button (GTK_BUTTON (parent));
}

/* An expander row in libadwaita 1.2 does not take its title as its name. */
static void
name_expander (GtkWidget *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  if (title != NULL && *title != '\0')
    {
      g_autofree char *name = strip_mnemonic (title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
expander_title_changed_cb (GtkWidget  *row,
                           GParamSpec *pspec,
                           gpointer    user_data)
{
  name_expander (row);
}

/* The about window's texts (its licence, its details): named by their
 * first line, which is their heading. */
static void
name_own_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *line = NULL;

  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  line = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*line == '\0' || g_utf8_strlen (line, -1) > 60)
    {
      g_free (line);
      line = g_strdup (_("About text"));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, line, -1);
}

/**
 * bk_accessible_name_group:
 * @name: what the group's rows are, "Where it hurts"
 *
 * Names the boxed list of @group, which shows no title: libadwaita builds
 * it, so it cannot be named where the group is made.
 */
void
bk_accessible_name_group (AdwPreferencesGroup *group,
                          const char          *name)
{
  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  g_return_if_fail (name != NULL);

  g_object_set_data_full (G_OBJECT (group), GROUP_NAME_KEY, g_strdup (name), g_free);
}

/**
 * bk_accessible_fix_names:
 *
 * Gives @widget the name a screen reader should read, where GTK 4.8 would
 * read a mnemonic twice or fall back to a type name. Idempotent.
 */
void
bk_accessible_fix_names (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM &&
      !GTK_IS_LIST_BOX_ROW (widget))
    {
      name_list_item (widget);
      return;
    }
  if (g_object_get_data (G_OBJECT (widget), FIXED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), FIXED_KEY, GINT_TO_POINTER (TRUE));

  if (ADW_IS_EXPANDER_ROW (widget))
    {
      name_expander (widget);
      g_signal_connect (widget, "notify::title", G_CALLBACK (expander_title_changed_cb), NULL);
    }
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
           GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
    name_label_button (GTK_BUTTON (widget));
  else if (GTK_IS_BUTTON (widget) && in_own_window (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    name_own_button (GTK_BUTTON (widget));
  else if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      name_mnemonic_label (widget);
      g_signal_connect (widget, "notify::label", G_CALLBACK (mnemonic_label_changed_cb), NULL);
    }
  else if (GTK_IS_TEXT_VIEW (widget) && in_own_window (widget))
    name_own_text_view (GTK_TEXT_VIEW (widget));
  else if (GTK_IS_BUTTON (widget))
    {
      reset_button_label (widget);
      g_signal_connect (widget, "notify::label", G_CALLBACK (button_label_changed_cb), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (button_label_changed_cb), NULL);
    }
  /* The boxed list of a preferences group, and the scrolled window of a
   * preferences or status page, are built by libadwaita without a name;
   * the title the person sees above them is theirs. */
  else if (GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_LIST_VIEW (widget) ||
           GTK_IS_SCROLLED_WINDOW (widget))
    name_after_container (widget);
  /* The search entries of the preferences and shortcuts windows. */
  else if (GTK_IS_SEARCH_ENTRY (widget) &&
           (ADW_IS_PREFERENCES_WINDOW (gtk_widget_get_root (widget)) ||
            GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget))))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search"), -1);
  else if (ADW_IS_VIEW_SWITCHER (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pages"), -1);
  else if (GTK_IS_IMAGE (widget))
    name_icon_after_owner (widget);
  else if (GTK_IS_STACK (widget) && GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget)))
    name_shortcut_pages (GTK_STACK (widget));
  /* The shortcuts window's menu of sections, shown in its header bar. */
  else if (GTK_IS_MENU_BUTTON (widget) && GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"), -1);
}

/* The hidden pages of a stack and the rows of a closed expander are never
 * mapped, yet GTK 4.8 shows them to screen readers: so a widget's whole
 * tree is fixed when it is mapped. */
static void
fix_tree (GtkWidget *widget)
{
  bk_accessible_fix_names (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_tree (child);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_WIDGET (object))
    fix_tree (GTK_WIDGET (object));
  return TRUE;
}

/**
 * bk_accessible_install_name_fixes:
 *
 * From now on every widget, and all it holds, gets bk_accessible_fix_names()
 * when it is mapped. Call once, after gtk_init().
 */
void
bk_accessible_install_name_fixes (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

/**
 * bk_accessible_name_column_view:
 * @name: what the rows are, "Runs"
 *
 * Names the list of rows inside @view, and its row of column headings,
 * which GTK 4.8 builds itself and reads out by their type names.
 */
void
bk_accessible_name_column_view (GtkColumnView *view,
                                const char    *name)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (name != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      else
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Column headings: choose one to sort by it"), -1);
    }
}
