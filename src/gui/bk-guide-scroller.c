/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-panel"

#include "bk-config.h"

#include "bk-guide-scroller.h"

/* Brings a section of the guide's article to the top of its text view and
 * keeps it there while the layout settles. GtkTextView places a mark from
 * estimated line heights until it has laid out the lines above it, and the
 * flap's opening changes the width as it goes; so the section is put back
 * at the top every frame until nothing has moved for a while, the reader
 * scrolls (bk_guide_scroller_stop()), or five seconds pass. */

#define HEADING_SPACE 12

struct _BkGuideScroller
{
  GtkTextView *view;       /* not owned: the panel holds both */
  char        *mark_name;  /* section the view is settling on */
  guint        tick_id;
  guint        still_ticks;
  int          last_y;
  double       last_upper;
  gint64       deadline;
};

BkGuideScroller *
bk_guide_scroller_new (GtkTextView *view)
{
  BkGuideScroller *self = g_new0 (BkGuideScroller, 1);

  self->view = view;
  return self;
}

void
bk_guide_scroller_stop (BkGuideScroller *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->mark_name, g_free);
}

void
bk_guide_scroller_free (BkGuideScroller *self)
{
  bk_guide_scroller_stop (self);
  g_free (self);
}

/* Sets the scroll position directly: GtkTextView's own animated scrolling
 * trips a GTK 4.8 critical when the view is unmapped mid-animation.
 * Returns whether anything moved since the last call. */
static gboolean
place_mark_at_top (BkGuideScroller *self,
                   GtkTextMark     *mark)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->view));
  GdkRectangle location, visible;
  GtkTextIter iter;
  gboolean moved;

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (self->view), &iter, mark);
  gtk_text_view_get_iter_location (self->view, &iter, &location);
  gtk_text_view_get_visible_rect (self->view, &visible);
  /* A little space above the heading, as above any paragraph. */
  if (vadjustment != NULL && location.y - visible.y != HEADING_SPACE)
    gtk_adjustment_set_value (vadjustment,
                              gtk_adjustment_get_value (vadjustment) + location.y - visible.y - HEADING_SPACE);

  moved = location.y != self->last_y ||
          (vadjustment != NULL && gtk_adjustment_get_upper (vadjustment) != self->last_upper);
  self->last_y = location.y;
  self->last_upper = vadjustment != NULL ? gtk_adjustment_get_upper (vadjustment) : 0;
  return moved;
}

static gboolean
tick_cb (gpointer user_data)
{
  BkGuideScroller *self = user_data;
  GtkTextMark *mark = gtk_text_buffer_get_mark (gtk_text_view_get_buffer (self->view), self->mark_name);

  if (mark != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    {
      if (place_mark_at_top (self, mark))
        self->still_ticks = 0;
      else
        self->still_ticks++;
    }

  if (mark == NULL || self->still_ticks > 20 || g_get_monotonic_time () > self->deadline)
    {
      self->tick_id = 0;
      g_clear_pointer (&self->mark_name, g_free);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Scrolls to the mark @mark_name, if the buffer has it. */
void
bk_guide_scroller_scroll_to (BkGuideScroller *self,
                             const char      *mark_name)
{
  bk_guide_scroller_stop (self);
  if (gtk_text_buffer_get_mark (gtk_text_view_get_buffer (self->view), mark_name) == NULL)
    return;
  self->mark_name = g_strdup (mark_name);
  self->still_ticks = 0;
  self->last_y = -1;
  self->deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  /* Not now: right after a buffer change the view has not caught up. */
  self->tick_id = g_timeout_add (16, tick_cb, self);
}
