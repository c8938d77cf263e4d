/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-diagram"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-pain-entry.h"
#include "bk-pain-diagram.h"

/* A lower back seen from behind, drawn in a 200 x 250 design space and
 * scaled to the widget. The runner's left is on the viewer's left, as when
 * looking at someone's back. Each region toggles one BkPainLocation. */
#define DESIGN_WIDTH  200.0
#define DESIGN_HEIGHT 250.0

typedef struct {
  BkPainLocation location;
  graphene_rect_t bounds;
  /* Corner radius as a fraction of the smaller side: 0.5 is an ellipse. */
  float           roundness;
} Region;

/* Hit-tested in this order: the small joints sit on top of their neighbours. */
static const Region regions[] = {
  { BK_PAIN_LOCATION_LEFT_SI_JOINT,       GRAPHENE_RECT_INIT (68, 128, 24, 24), 0.5f },
  { BK_PAIN_LOCATION_RIGHT_SI_JOINT,      GRAPHENE_RECT_INIT (108, 128, 24, 24), 0.5f },
  { BK_PAIN_LOCATION_CENTRAL_LOWER_BACK,  GRAPHENE_RECT_INIT (86, 40, 28, 84), 0.3f },
  { BK_PAIN_LOCATION_LEFT_LOWER_BACK,     GRAPHENE_RECT_INIT (38, 40, 44, 84), 0.25f },
  { BK_PAIN_LOCATION_RIGHT_LOWER_BACK,    GRAPHENE_RECT_INIT (118, 40, 44, 84), 0.25f },
  { BK_PAIN_LOCATION_LEFT_BUTTOCK,        GRAPHENE_RECT_INIT (40, 158, 58, 76), 0.5f },
  { BK_PAIN_LOCATION_RIGHT_BUTTOCK,       GRAPHENE_RECT_INIT (102, 158, 58, 76), 0.5f },
};

struct _BkPainDiagram
{
  GtkWidget  parent_instance;

  guint      locations;
  guint      hovered;
};

G_DEFINE_FINAL_TYPE (BkPainDiagram, bk_pain_diagram, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOCATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_transform (BkPainDiagram *self,
               double        *scale,
               double        *dx,
               double        *dy)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  *scale = MIN (width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
  if (*scale <= 0)
    *scale = 1;
  *dx = (width - DESIGN_WIDTH * *scale) / 2;
  *dy = (height - DESIGN_HEIGHT * *scale) / 2;
}

static void
region_shape (const Region   *region,
              double          scale,
              double          dx,
              double          dy,
              GskRoundedRect *out)
{
  graphene_rect_t rect;
  float radius;

  graphene_rect_init (&rect,
                      dx + region->bounds.origin.x * scale,
                      dy + region->bounds.origin.y * scale,
                      region->bounds.size.width * scale,
                      region->bounds.size.height * scale);
  if (region->roundness >= 0.5f)
    {
      /* A true ellipse: each corner spans half of each side. */
      graphene_size_t corner = GRAPHENE_SIZE_INIT (rect.size.width / 2, rect.size.height / 2);

      gsk_rounded_rect_init (out, &rect, &corner, &corner, &corner, &corner);
      return;
    }
  radius = MIN (rect.size.width, rect.size.height) * region->roundness;
  gsk_rounded_rect_init_from_rect (out, &rect, radius);
}

static void
append_outline (GtkSnapshot          *snapshot,
                const GskRoundedRect *shape,
                const GdkRGBA        *color,
                float                 width)
{
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gtk_snapshot_append_border (snapshot, shape, widths, colors);
}

static void
append_letter (BkPainDiagram *self,
               GtkSnapshot   *snapshot,
               const char    *text,
               double         x,
               double         y,
               const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - width / 2.0, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
bk_pain_diagram_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  BkPainDiagram *self = BK_PAIN_DIAGRAM (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg, faint, body, selected, hover;
  GskRoundedRect shape;
  double scale, dx, dy;

  gtk_style_context_get_color (style, &fg);
  faint = fg;
  faint.alpha = 0.45f;
  body = fg;
  body.alpha = 0.06f;
  hover = fg;
  hover.alpha = 0.15f;
  gdk_rgba_parse (&selected, "#e01b24");

  get_transform (self, &scale, &dx, &dy);

  /* The body: waist and hips as one rounded shape, with the spine down it. */
  {
    graphene_rect_t rect = GRAPHENE_RECT_INIT (dx + 28 * scale, dy + 4 * scale,
                                               144 * scale, 240 * scale);
    graphene_size_t top = GRAPHENE_SIZE_INIT (28 * scale, 20 * scale);
    graphene_size_t bottom = GRAPHENE_SIZE_INIT (60 * scale, 60 * scale);

    gsk_rounded_rect_init (&shape, &rect, &top, &top, &bottom, &bottom);
    gtk_snapshot_push_rounded_clip (snapshot, &shape);
    gtk_snapshot_append_color (snapshot, &body, &rect);
    gtk_snapshot_pop (snapshot);
    append_outline (snapshot, &shape, &faint, 1.5f);
    gtk_snapshot_append_color (snapshot, &faint,
                               &GRAPHENE_RECT_INIT (dx + 99 * scale, dy + 8 * scale, 2 * scale, 150 * scale));
  }

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      const Region *region = &regions[G_N_ELEMENTS (regions) - 1 - i];
      gboolean on = (self->locations & region->location) != 0;
      const GdkRGBA *fill = on ? &selected : region->location == self->hovered ? &hover : NULL;

      region_shape (region, scale, dx, dy, &shape);
      if (fill != NULL)
        {
          GdkRGBA tint = *fill;

          if (on)
            tint.alpha = 0.75f;
          gtk_snapshot_push_rounded_clip (snapshot, &shape);
          gtk_snapshot_append_color (snapshot, &tint, &shape.bounds);
          gtk_snapshot_pop (snapshot);
        }
      append_outline (snapshot, &shape, on ? &selected : &faint, on ? 2.0f : 1.0f);
    }

  append_letter (self, snapshot, C_("left side", "L"), dx + 16 * scale, dy + 80 * scale, &fg);
  append_letter (self, snapshot, C_("right side", "R"), dx + 184 * scale, dy + 80 * scale, &fg);
}

static void
bk_pain_diagram_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int) DESIGN_WIDTH;
  else
    *minimum = *natural = (int) DESIGN_HEIGHT;
}

guint
bk_pain_diagram_location_at (BkPainDiagram *self,
                             double         x,
                             double         y)
{
  double scale, dx, dy;

  g_return_val_if_fail (BK_IS_PAIN_DIAGRAM (self), 0);

  get_transform (self, &scale, &dx, &dy);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      GskRoundedRect shape;

      region_shape (&regions[i], scale, dx, dy, &shape);
      if (gsk_rounded_rect_contains_point (&shape, &GRAPHENE_POINT_INIT (x, y)))
        return regions[i].location;
    }
  return 0;
}

/**
 * bk_pain_diagram_get_region_centre:
 *
 * Where to click for @location, in widget coordinates; for tests and for
 * placing tooltips.
 */
gboolean
bk_pain_diagram_get_region_centre (BkPainDiagram *self,
                                   guint          location,
                                   double        *out_x,
                                   double        *out_y)
{
  double scale, dx, dy;

  g_return_val_if_fail (BK_IS_PAIN_DIAGRAM (self), FALSE);

  get_transform (self, &scale, &dx, &dy);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (regions[i].location == location)
      {
        *out_x = dx + (regions[i].bounds.origin.x + regions[i].bounds.size.width / 2) * scale;
        *out_y = dy + (regions[i].bounds.origin.y + regions[i].bounds.size.height / 2) * scale;
        return TRUE;
      }
  return FALSE;
}

static void
click_released_cb (BkPainDiagram   *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  guint location = bk_pain_diagram_location_at (self, x, y);

  if (location != 0)
    bk_pain_diagram_set_locations (self, self->locations ^ location);
}

static void
motion_cb (BkPainDiagram            *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint location = bk_pain_diagram_location_at (self, x, y);

  if (location != self->hovered)
    {
      self->hovered = location;
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   location != 0 ? bk_pain_location_get_label (location) : NULL);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), location != 0 ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (BkPainDiagram *self)
{
  if (self->hovered != 0)
    {
      self->hovered = 0;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
bk_pain_diagram_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BkPainDiagram *self = BK_PAIN_DIAGRAM (object);

  switch (prop_id)
    {
    case PROP_LOCATIONS:
      g_value_set_uint (value, self->locations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_diagram_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BkPainDiagram *self = BK_PAIN_DIAGRAM (object);

  switch (prop_id)
    {
    case PROP_LOCATIONS:
      bk_pain_diagram_set_locations (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_diagram_class_init (BkPainDiagramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = bk_pain_diagram_get_property;
  object_class->set_property = bk_pain_diagram_set_property;
  widget_class->snapshot = bk_pain_diagram_snapshot;
  widget_class->measure = bk_pain_diagram_measure;

  properties[PROP_LOCATIONS] =
    g_param_spec_uint ("locations", NULL, NULL, 0, BK_PAIN_LOCATION_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pain-diagram");
  /* The check buttons beside it are the keyboard and screen reader way in;
   * the picture itself is described as an image. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bk_pain_diagram_init (BkPainDiagram *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect_object (click, "released", G_CALLBACK (click_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back view of the lower back"),
                                  -1);
}

GtkWidget *
bk_pain_diagram_new (void)
{
  return g_object_new (BK_TYPE_PAIN_DIAGRAM, NULL);
}

guint
bk_pain_diagram_get_locations (BkPainDiagram *self)
{
  g_return_val_if_fail (BK_IS_PAIN_DIAGRAM (self), 0);
  return self->locations;
}

void
bk_pain_diagram_set_locations (BkPainDiagram *self,
                               guint          locations)
{
  g_return_if_fail (BK_IS_PAIN_DIAGRAM (self));

  locations &= BK_PAIN_LOCATION_ALL;
  if (self->locations == locations)
    return;
  self->locations = locations;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATIONS]);
}
