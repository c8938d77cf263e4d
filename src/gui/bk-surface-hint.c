/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-surface-hint"

#include "bk-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/bk-guide-ids.h"
#include "bk-guide-link.h"
#include "bk-surface-hint.h"

/* The status card's line about surfaces (issue 16): this week's share of
 * soft ground, or, while several weeks in a row were almost all road, the
 * gentle hint with a Why? link to the guide's surfaces advice. Hidden when
 * the week has no share and there is no hint. */
struct _BkSurfaceHint
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  GtkWidget *why;
  gboolean   hint;
};

G_DEFINE_FINAL_TYPE (BkSurfaceHint, bk_surface_hint, GTK_TYPE_WIDGET)

static void
bk_surface_hint_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bk_surface_hint_parent_class)->dispose (object);
}

static void
bk_surface_hint_class_init (BkSurfaceHintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_surface_hint_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "surfacehint");
}

static void
bk_surface_hint_init (BkSurfaceHint *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *why = bk_guide_link_new (BK_GUIDE_TRIGGERS_SURFACES, _("soft surfaces"));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  gtk_widget_set_parent (why, GTK_WIDGET (self));
  gtk_widget_set_visible (why, FALSE);
  self->label = GTK_LABEL (label);
  self->why = why;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bk_surface_hint_new (void)
{
  return g_object_new (BK_TYPE_SURFACE_HINT, NULL);
}

/**
 * bk_surface_hint_update:
 * @share: (nullable): the status's surfaces
 * @with_hint: %FALSE while pain advice holds the hints back
 */
void
bk_surface_hint_update (BkSurfaceHint        *self,
                        const BkSurfaceShare *share,
                        gboolean              with_hint)
{
  g_autofree char *hint = NULL;
  g_autofree char *line = NULL;

  g_return_if_fail (BK_IS_SURFACE_HINT (self));

  if (share != NULL && with_hint)
    hint = bk_surface_share_describe_hint (share);
  if (hint == NULL && share != NULL && !isnan (share->share_week))
    {
      g_autofree char *percent = bk_surface_format_percent (share->share_week);

      /* TRANSLATORS: "Soft surfaces this week: 35 %" (grass, trail, track) */
      line = g_strdup_printf (_("Soft surfaces this week: %s"), percent);
    }
  self->hint = hint != NULL;
  gtk_label_set_text (self->label, hint != NULL ? hint : line != NULL ? line : "");
  /* The hint is advice to act on: in the body colour, not dimmed. */
  if (self->hint)
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_visible (self->why, self->hint);
  gtk_widget_set_visible (GTK_WIDGET (self), hint != NULL || line != NULL);
}

/* For tests: the line shown, "" when hidden. */
const char *
bk_surface_hint_get_text (BkSurfaceHint *self)
{
  g_return_val_if_fail (BK_IS_SURFACE_HINT (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (self->label) : "";
}

gboolean
bk_surface_hint_is_hint (BkSurfaceHint *self)
{
  g_return_val_if_fail (BK_IS_SURFACE_HINT (self), FALSE);

  return self->hint;
}
