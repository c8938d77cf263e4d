/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-chart"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "core/bk-session.h"
#include "services/bk-pain-graph.h"
#include "bk-pain-chart.h"

/* The Back Pain page's chart; the drawing is shared with the report. */
struct _BkPainChart
{
  GtkWidget  parent_instance;

  BkContext *context;
  GArray    *distance;
  GArray    *pain;
  GArray    *flagged;   /* ramp-up weeks, shaded */
  GArray    *spike;     /* weeks with a spike run, marked */
};

G_DEFINE_FINAL_TYPE (BkPainChart, bk_pain_chart, GTK_TYPE_WIDGET)

static void
bk_pain_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BkPainChart *self = BK_PAIN_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA foreground;
  cairo_t *cr;

  if (self->distance == NULL || self->pain == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bk_pain_graph_draw (cr, width, height,
                      (BkWeekTotal *) (gpointer) self->distance->data,
                      (BkPainWeek *) (gpointer) self->pain->data,
                      MIN (self->distance->len, self->pain->len),
                      bk_context_get_units (self->context),
                      (guint32 *) (gpointer) self->flagged->data, self->flagged->len,
                      (guint32 *) (gpointer) self->spike->data, self->spike->len,
                      foreground.red, foreground.green, foreground.blue, FALSE);
  cairo_destroy (cr);
}

static void
bk_pain_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 640;
    }
  else
    *minimum = *natural = 200;
}

static void
bk_pain_chart_dispose (GObject *object)
{
  BkPainChart *self = (BkPainChart *)object;

  g_clear_pointer (&self->distance, g_array_unref);
  g_clear_pointer (&self->pain, g_array_unref);
  g_clear_pointer (&self->flagged, g_array_unref);
  g_clear_pointer (&self->spike, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_pain_chart_parent_class)->dispose (object);
}

static void
bk_pain_chart_class_init (BkPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_pain_chart_dispose;
  widget_class->snapshot = bk_pain_chart_snapshot;
  widget_class->measure = bk_pain_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "pain-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bk_pain_chart_init (BkPainChart *self)
{
  self->flagged = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->spike = g_array_new (FALSE, FALSE, sizeof (guint32));
}

static gboolean
week_in (GArray  *weeks,
         guint32  week)
{
  for (guint i = 0; i < weeks->len; i++)
    if (g_array_index (weeks, guint32, i) == week)
      return TRUE;
  return FALSE;
}

/* Screen readers cannot see the picture: the description says each
 * week's distance, pain, and marks. */
static void
update_description (BkPainChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; self->pain != NULL && i < self->pain->len; i++)
    {
      const BkWeekTotal *week = &g_array_index (self->distance, BkWeekTotal, i);
      const BkPainWeek *pain_week = &g_array_index (self->pain, BkPainWeek, i);
      g_autofree char *start = bk_date_format_short (week->week_start);
      g_autofree char *km = bk_format_distance_short (week->distance_m, bk_context_get_units (self->context));

      if (pain_week->worst < 0)
        g_string_append_printf (description, _("Week of %s: %s, no pain recorded"), start, km);
      else
        g_string_append_printf (description, _("Week of %s: %s, worst pain %d"), start, km, pain_week->worst);
      if (week_in (self->flagged, week->week_start))
        g_string_append_printf (description, "; %s", _("a ramp-up week"));
      if (week_in (self->spike, week->week_start))
        g_string_append_printf (description, "; %s", _("a run much longer than the month before"));
      if (week->low_impact_s > 0)
        {
          g_autofree char *time = bk_format_hours_minutes (week->low_impact_s);

          /* TRANSLATORS: a time, "3 h" or "1 h 30 min" */
          g_string_append_printf (description, _("; %s of low-impact training"), time);
        }
      g_string_append (description, ". ");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain and weekly distance, last 12 weeks"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

GtkWidget *
bk_pain_chart_new (BkContext *context)
{
  BkPainChart *self;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  self = g_object_new (BK_TYPE_PAIN_CHART, NULL);
  self->context = g_object_ref (context);
  bk_pain_chart_refresh (self);
  return GTK_WIDGET (self);
}

/**
 * bk_pain_chart_refresh:
 *
 * Reads the last %BK_PAIN_CHART_WEEKS weeks again and describes them for
 * screen readers, which cannot see the picture.
 */
void
bk_pain_chart_refresh (BkPainChart *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GArray *distance = NULL, *pain = NULL;

  g_return_if_fail (BK_IS_PAIN_CHART (self));

  if (!bk_pain_graph_load (self->context, bk_date_julian_of (now), BK_PAIN_CHART_WEEKS,
                           &distance, &pain, &error))
    {
      g_warning ("Could not read the weeks for the pain chart: %s", error->message);
      return;
    }
  g_clear_pointer (&self->distance, g_array_unref);
  g_clear_pointer (&self->pain, g_array_unref);
  self->distance = distance;
  self->pain = pain;

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * bk_pain_chart_set_flagged_weeks:
 * @weeks: (array length=n_weeks): first days of the ramp-up weeks, which
 *   are shaded
 */
void
bk_pain_chart_set_flagged_weeks (BkPainChart   *self,
                                 const guint32 *weeks,
                                 guint          n_weeks)
{
  g_return_if_fail (BK_IS_PAIN_CHART (self));

  g_array_set_size (self->flagged, 0);
  if (n_weeks > 0)
    g_array_append_vals (self->flagged, weeks, n_weeks);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * bk_pain_chart_set_spike_weeks:
 * @weeks: (array length=n_weeks): first days of the weeks with a spike
 *   run, which get a triangle over their bar
 */
void
bk_pain_chart_set_spike_weeks (BkPainChart   *self,
                               const guint32 *weeks,
                               guint          n_weeks)
{
  g_return_if_fail (BK_IS_PAIN_CHART (self));

  g_array_set_size (self->spike, 0);
  if (n_weeks > 0)
    g_array_append_vals (self->spike, weeks, n_weeks);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * bk_pain_chart_get_n_marked_weeks:
 * @out_ramp_up: (out) (optional): how many of the weeks shown are shaded
 *   as ramp-up weeks
 * @out_spike: (out) (optional): how many of the weeks shown carry the
 *   spike marker
 */
void
bk_pain_chart_get_n_marked_weeks (BkPainChart *self,
                                  guint       *out_ramp_up,
                                  guint       *out_spike)
{
  guint ramp_up = 0, spike = 0;

  g_return_if_fail (BK_IS_PAIN_CHART (self));

  for (guint i = 0; self->distance != NULL && i < self->distance->len; i++)
    {
      guint32 week = g_array_index (self->distance, BkWeekTotal, i).week_start;

      ramp_up += week_in (self->flagged, week);
      spike += week_in (self->spike, week);
    }
  if (out_ramp_up != NULL)
    *out_ramp_up = ramp_up;
  if (out_spike != NULL)
    *out_spike = spike;
}

/**
 * bk_pain_chart_get_n_pain_weeks:
 *
 * Returns: how many of the weeks shown have a pain entry
 */
guint
bk_pain_chart_get_n_pain_weeks (BkPainChart *self)
{
  guint n = 0;

  g_return_val_if_fail (BK_IS_PAIN_CHART (self), 0);

  for (guint i = 0; self->pain != NULL && i < self->pain->len; i++)
    if (g_array_index (self->pain, BkPainWeek, i).worst >= 0)
      n++;
  return n;
}

/**
 * bk_pain_chart_get_n_low_impact_weeks:
 *
 * Returns: how many of the weeks shown carry a bar of low-impact sessions
 */
guint
bk_pain_chart_get_n_low_impact_weeks (BkPainChart *self)
{
  guint n = 0;

  g_return_val_if_fail (BK_IS_PAIN_CHART (self), 0);

  for (guint i = 0; self->distance != NULL && i < self->distance->len; i++)
    if (g_array_index (self->distance, BkWeekTotal, i).low_impact_s > 0)
      n++;
  return n;
}
