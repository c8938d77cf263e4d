/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-mileage-legend"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-mileage-legend.h"

/* What the chart's colours and shading mean, under the chart: a swatch
 * drawn in the chart's own colour beside each word, wrapping on a narrow
 * window. Colour is never alone: bars also carry their level in the
 * caption and the tooltip, and weeks 5 to 7 their number. */

/* Light colours are a shade darker than the libadwaita palette's so bars
 * keep 3:1 on a white card; the dark palette's light tints already do. */
void
bk_chart_level_color (BkRiskLevel level,
                      gboolean    dark,
                      GdkRGBA    *rgba)
{
  static const char * const light[] = { "#1b8553", "#9c6e03", "#c64600", "#c01c28" };
  static const char * const dark_colors[] = { "#57e389", "#f6d32d", "#ffa348", "#ff8f80" };

  gdk_rgba_parse (rgba, (dark ? dark_colors : light)[CLAMP (level, BK_RISK_NONE, BK_RISK_HIGH)]);
}

void
bk_chart_neutral_color (gboolean  dark,
                        GdkRGBA  *rgba)
{
  gdk_rgba_parse (rgba, dark ? "#99c1f1" : "#1c71d8");
}

void
bk_chart_ramp_color (gboolean  dark,
                     GdkRGBA  *rgba)
{
  gdk_rgba_parse (rgba, dark ? "#ffa348" : "#e66100");
  rgba->alpha = 0.15;
}

/* Faint enough that the red bar keeps 3:1 over both shades in dark
 * style (tests/gui/test-mileage-chart.c measures it). */
void
bk_chart_block_color (const GdkRGBA *foreground,
                      gboolean       dark,
                      GdkRGBA       *rgba)
{
  *rgba = *foreground;
  rgba->alpha = 0.07;
}

void
bk_chart_line_color (gboolean  dark,
                     GdkRGBA  *rgba)
{
  gdk_rgba_parse (rgba, dark ? "#99c1f1" : "#1c71d8");
}

typedef enum {
  SWATCH_STEADY,
  SWATCH_CAUTION,
  SWATCH_WARNING,
  SWATCH_HIGH,
  SWATCH_BLOCK,
  SWATCH_RAMP,
  SWATCH_RATIO,
  SWATCH_DISTANCE,
  N_SWATCHES
} Swatch;

struct _BkMileageLegend
{
  AdwBin     parent_instance;

  GtkWidget *items[N_SWATCHES];
};

G_DEFINE_FINAL_TYPE (BkMileageLegend, bk_mileage_legend, ADW_TYPE_BIN)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  Swatch kind = GPOINTER_TO_INT (user_data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA fg, color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  switch (kind)
    {
    case SWATCH_STEADY:
    case SWATCH_CAUTION:
    case SWATCH_WARNING:
    case SWATCH_HIGH:
      bk_chart_level_color ((BkRiskLevel) (BK_RISK_NONE + kind - SWATCH_STEADY), dark, &color);
      break;
    case SWATCH_DISTANCE:
      bk_chart_neutral_color (dark, &color);
      break;
    case SWATCH_BLOCK:
      bk_chart_block_color (&fg, dark, &color);
      break;
    case SWATCH_RAMP:
      bk_chart_ramp_color (dark, &color);
      break;
    case SWATCH_RATIO:
      bk_chart_line_color (dark, &color);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, 0, height / 2.0);
      cairo_line_to (cr, width, height / 2.0);
      cairo_stroke (cr);
      cairo_arc (cr, width / 2.0, height / 2.0, 2.5, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    case N_SWATCHES:
    default:
      g_assert_not_reached ();
    }
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  if (kind == SWATCH_BLOCK || kind == SWATCH_RAMP)
    {
      /* A shade is faint by design: an outline shows where it is. */
      fg.alpha = 0.4;
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      cairo_stroke (cr);
    }
}

static GtkWidget *
legend_item (Swatch      kind,
             const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), kind == SWATCH_RATIO ? 18 : 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 12);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, GINT_TO_POINTER (kind), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), area);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
bk_mileage_legend_class_init (BkMileageLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "mileagelegend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bk_mileage_legend_init (BkMileageLegend *self)
{
  GtkWidget *flow = gtk_flow_box_new ();
  const char *texts[N_SWATCHES] = {
    bk_risk_level_describe (BK_RISK_NONE),
    bk_risk_level_describe (BK_RISK_CAUTION),
    bk_risk_level_describe (BK_RISK_WARNING),
    bk_risk_level_describe (BK_RISK_HIGH),
    _("This training block"),
    _("Weeks 5 to 7 of the block"),
    _("Load ratio (right axis)"),
    _("Weekly distance"),
  };

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), N_SWATCHES);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 2);
  for (guint i = 0; i < N_SWATCHES; i++)
    {
      self->items[i] = legend_item ((Swatch) i, texts[i]);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), self->items[i]);
      /* The legend is read, never stopped at with Tab. */
      gtk_widget_set_focusable (gtk_widget_get_parent (self->items[i]), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->items[i])),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, texts[i], -1);
    }
  adw_bin_set_child (ADW_BIN (self), flow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart legend"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart legend"), -1);
  bk_mileage_legend_set_show_risk (self, TRUE);
}

GtkWidget *
bk_mileage_legend_new (void)
{
  return g_object_new (BK_TYPE_MILEAGE_LEGEND, NULL);
}

/* With the risk hidden (urgent pain advice open) the chart shows plain
 * distances in one colour, and the legend says only that. */
void
bk_mileage_legend_set_show_risk (BkMileageLegend *self,
                                 gboolean         show_risk)
{
  g_return_if_fail (BK_IS_MILEAGE_LEGEND (self));

  for (guint i = 0; i < N_SWATCHES; i++)
    gtk_widget_set_visible (gtk_widget_get_parent (self->items[i]),
                            (i == SWATCH_DISTANCE) != !!show_risk);
}
