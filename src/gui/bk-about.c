/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-about"

#include "bk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bk-about.h"

/* The About window (app.about). */
void
bk_about_present (GtkWindow *parent)
{
  static const char *developers[] = { "The Backstretch developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Backstretch"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Backstretch developers"),
                        "developers", developers,
                        "comments", _("A training companion for runners with, or without, a sore lower back: "
                                      "it watches your ramp-up, balances your stretching and keeps a "
                                      "guide to hand."),
                        "website", "https://github.com/backstretch/backstretch",
                        "issue-url", "https://github.com/backstretch/backstretch/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}
