/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-link"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-guide-link.h"

/* The one "Why?" of the app (issue 14): a button bound to app.show-guide
 * with the section as its target, so the application opens the guide
 * panel of the window it belongs to, from a page or from a dialog on top
 * of it alike. Nothing else opens the guide from a link. */

/**
 * bk_guide_link_set_section:
 * @button: a "Why?" button, made here or in a template
 * @section_id: (nullable): the guide section, or %NULL for none
 * @about: (nullable): what it explains, for the accessible name
 */
void
bk_guide_link_set_section (GtkWidget  *button,
                           const char *section_id,
                           const char *about)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  if (section_id == NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
      return;
    }
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", section_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), BK_GUIDE_LINK_ACTION);
  if (about != NULL)
    {
      g_autofree char *name = g_strdup_printf (_("Why? Read about this in the guide: %s"), about);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

/**
 * bk_guide_link_new:
 * @section_id: the guide section
 * @about: what it explains, for the accessible name
 *
 * Returns: (transfer floating): a "Why?" link
 */
GtkWidget *
bk_guide_link_new (const char *section_id,
                   const char *about)
{
  GtkWidget *button;

  g_return_val_if_fail (section_id != NULL, NULL);

  button = gtk_button_new_with_mnemonic (_("_Why?"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Open the guide at the section that explains this"));
  bk_guide_link_set_section (button, section_id, about);
  return button;
}
