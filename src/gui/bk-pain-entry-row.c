/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-entry-row"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-pain-assessment.h"
#include "bk-pain-entry-row.h"

/* One entry of the pain journal: what was felt and when, a warning icon
 * when the entry alone needs a clinician, and a delete button. Made once
 * per visible row by the journal's factory and given entry after entry as
 * the list scrolls (issue 13), so it holds no more than the entry shown.
 *
 * Its three lines (what, when, where) are GtkInscriptions of one line each,
 * not wrapping labels: GTK 4.8's list view measures every row that comes
 * into view, and a wrapping label's height for a width is a Pango layout
 * per label, which made one frame in ten late while scrolling a long
 * journal. An inscription's size does not depend on its text. What does
 * not fit ends in an ellipsis; the row's tooltip and accessible name give
 * it whole. */

struct _BkPainEntryRow
{
  GtkWidget    parent_instance;

  BkPainEntry *entry;
  GtkWidget   *box;
  GtkWidget   *icon;
  GtkInscription *title;
  GtkInscription *when;
  GtkInscription *where;
  GtkWidget   *lines;
  GtkWidget   *delete_button;
};

G_DEFINE_FINAL_TYPE (BkPainEntryRow, bk_pain_entry_row, GTK_TYPE_WIDGET)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "5/10 Moderate · during a run, 14 min in": what was felt. */
char *
bk_pain_entry_row_describe_title (BkPainEntry *entry)
{
  int rating = bk_pain_entry_get_rating (entry);
  BkPainContext context = bk_pain_entry_get_context (entry);

  if (context == BK_PAIN_CONTEXT_DURING_RUN && bk_pain_entry_get_minutes_in (entry) > 0)
    return g_strdup_printf (_("%d/10 %s · during a run, %d min in"), rating,
                            bk_pain_rating_get_band_label (rating), bk_pain_entry_get_minutes_in (entry));
  return g_strdup_printf (_("%d/10 %s · %s"), rating, bk_pain_rating_get_band_label (rating),
                          bk_pain_context_get_label (context));
}

/* "Tue 1 Dec 2026, 12:11". */
static char *
describe_time (BkPainEntry *entry)
{
  return g_date_time_format (bk_pain_entry_get_when (entry), _("%a %-d %b %Y, %H:%M"));
}

/* "Tue 1 Dec 2026, 12:11 · Left buttock": when and where. */
char *
bk_pain_entry_row_describe_when (BkPainEntry *entry)
{
  g_autofree char *when = describe_time (entry);
  g_autofree char *where = bk_pain_entry_describe_locations (entry);

  if (*where == '\0')
    return g_steal_pointer (&when);
  return g_strdup_printf ("%s · %s", when, where);
}

static void
delete_clicked_cb (BkPainEntryRow *self)
{
  if (self->entry != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->entry);
}

static void
bk_pain_entry_row_dispose (GObject *object)
{
  BkPainEntryRow *self = BK_PAIN_ENTRY_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (bk_pain_entry_row_parent_class)->dispose (object);
}

static void
bk_pain_entry_row_class_init (BkPainEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_pain_entry_row_dispose;

  /**
   * BkPainEntryRow::delete-requested:
   * @entry: the entry shown
   *
   * The row's delete button was pressed.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BK_TYPE_PAIN_ENTRY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_pain_entry_row_init (BkPainEntryRow *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);

  self->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_visible (self->icon, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->icon);

  self->lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->title = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  self->when = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  self->where = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  for (GtkInscription **line = (GtkInscription *[]) { self->title, self->when, self->where, NULL }; *line != NULL; line++)
    {
      gtk_inscription_set_text_overflow (*line, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (self->lines), GTK_WIDGET (*line));
      if (*line != self->title)
        {
          gtk_widget_add_css_class (GTK_WIDGET (*line), "dim-label");
          gtk_widget_add_css_class (GTK_WIDGET (*line), "caption");
        }
    }
  gtk_widget_set_hexpand (self->lines, TRUE);
  gtk_widget_set_valign (self->lines, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), self->lines);

  self->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (self->delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->delete_button, "flat");
  gtk_widget_set_tooltip_text (self->delete_button, _("Delete Entry"));
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->delete_button);
}

GtkWidget *
bk_pain_entry_row_new (void)
{
  return g_object_new (BK_TYPE_PAIN_ENTRY_ROW, NULL);
}

BkPainEntry *
bk_pain_entry_row_get_entry (BkPainEntryRow *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ENTRY_ROW (self), NULL);
  return self->entry;
}

/* Shows @entry, or nothing for NULL (a row given back to the factory). */
void
bk_pain_entry_row_set_entry (BkPainEntryRow *self,
                             BkPainEntry    *entry)
{
  g_autoptr(BkPainAssessment) assessment = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *delete_name = NULL;
  g_autofree char *row_name = NULL;

  g_return_if_fail (BK_IS_PAIN_ENTRY_ROW (self));
  g_return_if_fail (entry == NULL || BK_IS_PAIN_ENTRY (entry));

  if (!g_set_object (&self->entry, entry) || entry == NULL)
    return;

  assessment = bk_pain_assess (entry);
  title = bk_pain_entry_row_describe_title (entry);
  subtitle = bk_pain_entry_row_describe_when (entry);
  when = describe_time (entry);
  where = bk_pain_entry_describe_locations (entry);
  gtk_inscription_set_text (self->title, title);
  gtk_inscription_set_text (self->when, when);
  gtk_inscription_set_text (self->where, where);
  gtk_widget_set_visible (GTK_WIDGET (self->where), *where != '\0');
  /* The whole of the three lines, whatever their ellipses cut. */
  tooltip = *where != '\0' ? g_strdup_printf ("%s\n%s\n%s", title, when, where) : g_strdup_printf ("%s\n%s", title, when);
  gtk_widget_set_tooltip_text (self->lines, tooltip);

  gtk_widget_remove_css_class (self->icon, "error");
  gtk_widget_remove_css_class (self->icon, "warning");
  gtk_widget_set_visible (self->icon, assessment->advice != BK_PAIN_ADVICE_NONE);
  if (assessment->advice != BK_PAIN_ADVICE_NONE)
    {
      gtk_widget_add_css_class (self->icon, assessment->advice == BK_PAIN_ADVICE_URGENT ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      assessment->advice_title, -1);
    }

  if (assessment->advice != BK_PAIN_ADVICE_NONE)
    row_name = g_strdup_printf ("%s, %s, %s", title, subtitle, assessment->advice_title);
  else
    row_name = g_strdup_printf ("%s, %s", title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
  /* In the journal's list view, focus lands on the list item that holds
   * this row, which GTK 4.8 would otherwise read by its type name. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, row_name, -1);
  delete_name = g_strdup_printf (_("Delete the entry of %s"), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}
