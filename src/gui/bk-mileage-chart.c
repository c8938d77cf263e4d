/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-mileage-chart"

#include "bk-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "core/bk-date.h"
#include "bk-mileage-chart.h"
#include "bk-mileage-legend.h"

/* Weekly distance as bars coloured by each week's level, the current block
 * shaded with weeks 5-7 marked, and the EWMA acute:chronic ratio as a line
 * on its own axis. Weeks can be scrolled, zoomed and focused one by one. */
struct _BkMileageChart
{
  GtkWidget  parent_instance;

  GArray    *weeks;          /* BkStatusWeek, oldest first, all history */
  GArray    *soft_shares;    /* double per week, NAN: none (issue 16) */
  guint32    block_start;
  BkUnits    units;
  guint      visible;        /* how many weeks fit the view */
  guint      end;            /* one past the last visible week */
  guint      focused;        /* index of the focused week */
  double     scroll_accum;
  /* FALSE while urgent pain advice is open: distances only, with no risk
   * colours, block marks or load ratio (issue 9). */
  gboolean   show_risk;
  BkMileageLegend *legend;   /* weak: packed beside the chart by its owner */
};

G_DEFINE_FINAL_TYPE (BkMileageChart, bk_mileage_chart, GTK_TYPE_WIDGET)

#define DEFAULT_VISIBLE 16
#define MIN_VISIBLE 4
#define PAD 8.0

typedef struct {
  double left, right, top, bottom;   /* the plot area */
  double line_height;
} Layout;

/* The week's numbers, then its share of soft surfaces after @separator
 * when it has one (issue 16). */
static char *
describe_with_share (BkMileageChart *self,
                     guint           index,
                     const char     *separator)
{
  g_autofree char *week = bk_mileage_chart_describe_week (self, index);
  double share = index < self->soft_shares->len ? g_array_index (self->soft_shares, double, index) : NAN;
  g_autofree char *soft = isnan (share) ? NULL : bk_surface_format_share (share);

  return soft != NULL ? g_strconcat (week, separator, soft, NULL) : g_steal_pointer (&week);
}

/* A screen reader hears the selected week, and hears it again each time
 * the arrows move the selection: GTK 4.8 has no value interface for a
 * custom widget, so the week is in the name, which Orca reads out when it
 * changes on the focused widget. */
static void
update_accessible (BkMileageChart *self)
{
  g_autofree char *week = describe_with_share (self, self->focused, "; ");
  /* TRANSLATORS: the chart's name for screen readers, then the selected
   * week's numbers */
  g_autofree char *name = g_strdup_printf (_("Weekly mileage: %s"), week);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static guint
first_visible (BkMileageChart *self)
{
  return self->end - MIN (self->visible, self->end);
}

static void
clamp_view (BkMileageChart *self)
{
  guint n = self->weeks->len;

  self->visible = CLAMP (self->visible, MIN (MIN_VISIBLE, MAX (n, 1)), MAX (n, MIN_VISIBLE));
  self->end = CLAMP (self->end, MIN (self->visible, n), n);
  if (n > 0)
    {
      self->focused = MIN (self->focused, n - 1);
      if (self->focused >= self->end)
        self->end = self->focused + 1;
      if (self->focused < first_visible (self))
        self->end = MIN (n, self->focused + self->visible);
    }
}

static void
changed (BkMileageChart *self)
{
  clamp_view (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
foreground (BkMileageChart *self,
            GdkRGBA        *rgba)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static double
max_distance (BkMileageChart *self,
              guint           first)
{
  double max = 0;

  for (guint i = first; i < self->end; i++)
    max = MAX (max, g_array_index (self->weeks, BkStatusWeek, i).distance_m);
  return max;
}

static double
max_ratio (BkMileageChart *self,
           guint           first)
{
  double max = 2.0;

  for (guint i = first; i < self->end; i++)
    {
      double r = g_array_index (self->weeks, BkStatusWeek, i).acwr_ewma;

      if (!isnan (r))
        max = MAX (max, r);
    }
  return ceil (max * 2) / 2;
}

static PangoLayout *
make_layout (BkMileageChart *self,
             const char     *text)
{
  return gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           double         x,
           double         y,
           const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static Layout
compute_layout (BkMileageChart *self,
                int             width,
                int             height)
{
  g_autoptr(PangoLayout) probe = make_layout (self, "88.8 km");
  int pw, ph;
  Layout l;

  pango_layout_get_pixel_size (probe, &pw, &ph);
  l.line_height = ph;
  l.left = PAD + pw + 4;
  l.right = width - PAD - ph * 2.2;   /* the ratio axis labels */
  l.top = PAD + ph * 1.3;      /* the focused week's caption */
  l.bottom = height - PAD - ph * 1.2;   /* the week labels */
  if (l.right < l.left + 10)
    l.right = l.left + 10;
  if (l.bottom < l.top + 10)
    l.bottom = l.top + 10;
  return l;
}

static guint
week_at_x (BkMileageChart *self,
           double          x,
           int             width,
           int             height,
           gboolean       *found)
{
  Layout l = compute_layout (self, width, height);
  guint first = first_visible (self);
  guint n = self->end - first;
  double slot;
  int i;

  *found = FALSE;
  if (n == 0 || x < l.left || x >= l.right)
    return 0;
  slot = (l.right - l.left) / n;
  i = (int) ((x - l.left) / slot);
  if (i < 0 || (guint) i >= n)
    return 0;
  *found = TRUE;
  return first + (guint) i;
}

/**
 * bk_mileage_chart_draw:
 *
 * Draws the chart into @snapshot at the given size; the widget's snapshot
 * calls it, and so does the benchmark.
 */
void
bk_mileage_chart_draw (BkMileageChart *self,
                       GtkSnapshot    *snapshot,
                       int             width,
                       int             height)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint first = first_visible (self);
  guint n = self->end - first;
  Layout l = compute_layout (self, width, height);
  GdkRGBA fg, dim, shade, ramp, line_color;
  double top_m, top_r, slot, plot_h = l.bottom - l.top;
  g_autofree char *top_text = NULL;
  g_autoptr(PangoLayout) top_layout = NULL;

  g_return_if_fail (BK_IS_MILEAGE_CHART (self));

  foreground (self, &fg);
  dim = fg;
  dim.alpha = 0.55;
  bk_chart_block_color (&fg, dark, &shade);
  bk_chart_ramp_color (dark, &ramp);
  bk_chart_line_color (dark, &line_color);

  if (n == 0)
    return;

  top_m = max_distance (self, first);
  top_m = top_m > 0 ? top_m * 1.1 : 10000;
  top_r = max_ratio (self, first);
  slot = (l.right - l.left) / n;

  /* The current block shaded, its weeks 5-7 marked. */
  for (guint i = first; i < self->end; i++)
    {
      const BkStatusWeek *week = &g_array_index (self->weeks, BkStatusWeek, i);
      double x = l.left + (i - first) * slot;

      if (!self->show_risk || self->block_start == 0 || week->week_of_block == 0 ||
          week->week_start + 6 < self->block_start)
        continue;
      gtk_snapshot_append_color (snapshot, &shade, &GRAPHENE_RECT_INIT (x, l.top, slot, plot_h));
      if (week->week_of_block >= 5 && week->week_of_block <= 7)
        gtk_snapshot_append_color (snapshot, &ramp, &GRAPHENE_RECT_INIT (x, l.top, slot, plot_h));
    }

  /* Axis and grid line at the top of the distance scale. */
  gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (l.left, l.bottom, l.right - l.left, 1));
  top_text = bk_format_distance_short (top_m, self->units);
  top_layout = make_layout (self, top_text);
  draw_text (snapshot, top_layout, PAD, l.top - l.line_height / 2, &dim);
  {
    GdkRGBA grid = dim;

    grid.alpha = 0.2;
    gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (l.left, l.top, l.right - l.left, 1));
  }

  for (guint i = first; i < self->end; i++)
    {
      const BkStatusWeek *week = &g_array_index (self->weeks, BkStatusWeek, i);
      double x = l.left + (i - first) * slot;
      double h = plot_h * week->distance_m / top_m;
      double gap = MAX (1.0, slot * 0.18);
      GdkRGBA color;

      if (self->show_risk)
        bk_chart_level_color (week->level, dark, &color);
      else
        bk_chart_neutral_color (dark, &color);
      if (h > 0)
        gtk_snapshot_append_color (snapshot, &color,
                                   &GRAPHENE_RECT_INIT (x + gap / 2, l.bottom - h, slot - gap, h));
      if (self->show_risk && week->week_of_block >= 5 && week->week_of_block <= 7 &&
          week->week_start + 6 >= self->block_start && self->block_start != 0)
        {
          g_autofree char *mark = g_strdup_printf ("%u", week->week_of_block);
          g_autoptr(PangoLayout) layout = make_layout (self, mark);
          int tw;

          pango_layout_get_pixel_size (layout, &tw, NULL);
          if (tw < slot)
            draw_text (snapshot, layout, x + (slot - tw) / 2, l.top, &dim);
        }
      if (i == self->focused && gtk_widget_has_focus (GTK_WIDGET (self)))
        {
          GdkRGBA ring = fg;
          GskRoundedRect outline;

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x + 1, l.top, slot - 2, plot_h), 3);
          gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                                      (GdkRGBA[4]) { ring, ring, ring, ring });
        }
    }

  /* Week labels, as many as fit. */
  {
    g_autoptr(PangoLayout) probe = make_layout (self, "88 Mmm");
    int lw;
    guint every;

    pango_layout_get_pixel_size (probe, &lw, NULL);
    every = MAX (1, (guint) ceil ((lw + 8) / slot));
    for (guint i = self->end; i > first; i--)
      {
        guint k = i - 1;
        g_autofree char *label = NULL;
        g_autoptr(PangoLayout) layout = NULL;

        if ((self->end - 1 - k) % every != 0)
          continue;
        label = bk_date_format_short (g_array_index (self->weeks, BkStatusWeek, k).week_start);
        layout = make_layout (self, label);
        draw_text (snapshot, layout, l.left + (k - first) * slot, l.bottom + 2, &dim);
      }
  }

  /* The EWMA ratio on its own axis at the right, with 1.0 marked. */
  if (self->show_risk)
  {
    graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
    cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);
    gboolean drawing = FALSE;
    g_autofree char *axis = g_strdup_printf ("%.1f", top_r);
    g_autoptr(PangoLayout) axis_layout = make_layout (self, axis);
    g_autoptr(PangoLayout) one_layout = make_layout (self, "1.0");
    double y_one = l.bottom - plot_h * 1.0 / top_r;

    cairo_set_line_width (cr, 1);
    gdk_cairo_set_source_rgba (cr, &line_color);
    cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
    cairo_move_to (cr, l.left, floor (y_one) + 0.5);
    cairo_line_to (cr, l.right, floor (y_one) + 0.5);
    cairo_stroke (cr);
    cairo_set_dash (cr, NULL, 0, 0);
    cairo_set_line_width (cr, 2);
    for (guint i = first; i < self->end; i++)
      {
        double r = g_array_index (self->weeks, BkStatusWeek, i).acwr_ewma;
        double x = l.left + (i - first + 0.5) * slot;
        double y;

        if (isnan (r))
          {
            if (drawing)
              cairo_stroke (cr);
            drawing = FALSE;
            continue;
          }
        y = l.bottom - plot_h * MIN (r, top_r) / top_r;
        if (drawing)
          cairo_line_to (cr, x, y);
        else
          cairo_move_to (cr, x, y);
        cairo_arc (cr, x, y, 2.5, 0, 2 * G_PI);
        cairo_move_to (cr, x, y);
        drawing = TRUE;
      }
    if (drawing)
      cairo_stroke (cr);
    cairo_destroy (cr);

    draw_text (snapshot, axis_layout, l.right + 4, l.top - l.line_height / 2, &line_color);
    draw_text (snapshot, one_layout, l.right + 4, y_one - l.line_height / 2, &line_color);
  }

  /* The focused week's numbers above the plot, for keyboard users. */
  {
    g_autofree char *caption = bk_mileage_chart_describe_week (self, self->focused);
    g_autoptr(PangoLayout) layout = make_layout (self, caption);

    pango_layout_set_width (layout, (int) ((width - 2 * PAD) * PANGO_SCALE));
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    draw_text (snapshot, layout, PAD, PAD / 2, &fg);
  }
}

static void
bk_mileage_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  bk_mileage_chart_draw (BK_MILEAGE_CHART (widget), snapshot,
                         gtk_widget_get_width (widget), gtk_widget_get_height (widget));
}

static void
bk_mileage_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "88.8 km");
  int pw, ph;

  pango_layout_get_pixel_size (probe, &pw, &ph);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int) (2 * pw + 4 * PAD + 8 * 12);
  else
    {
      /* Text lines above and below plus room for the bars: grows with the
       * text scale so 200% never squeezes the plot away. */
      *minimum = (int) (ph * 3 + 2 * PAD + 80);
      *natural = (int) (ph * 3 + 2 * PAD + 160);
    }
  *natural = MAX (*natural, *minimum);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  BkMileageChart *self = BK_MILEAGE_CHART (widget);
  g_autofree char *text = NULL;
  gboolean found;
  guint index;

  if (self->weeks->len == 0)
    return FALSE;
  if (keyboard)
    index = self->focused;
  else
    {
      index = week_at_x (self, x, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &found);
      if (!found)
        return FALSE;
    }
  text = bk_mileage_chart_describe_tooltip (self, index);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
move_focus (BkMileageChart *self,
            int             delta)
{
  int target = (int) self->focused + delta;

  if (self->weeks->len == 0)
    return;
  bk_mileage_chart_focus_week (self, (guint) CLAMP (target, 0, (int) self->weeks->len - 1));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BkMileageChart        *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_focus (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_focus (self, 1);
      return TRUE;
    case GDK_KEY_Home:
      move_focus (self, -(int) self->weeks->len);
      return TRUE;
    case GDK_KEY_End:
      move_focus (self, (int) self->weeks->len);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      bk_mileage_chart_set_visible_weeks (self, self->visible / 2);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      bk_mileage_chart_set_visible_weeks (self, self->visible * 2);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           BkMileageChart           *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double delta = fabs (dx) > fabs (dy) ? dx : dy;

  if (self->weeks->len == 0)
    return FALSE;
  self->scroll_accum += delta;
  if (fabs (self->scroll_accum) < 1)
    return TRUE;
  if (state & GDK_CONTROL_MASK)
    bk_mileage_chart_set_visible_weeks (self, self->scroll_accum > 0 ? self->visible * 2 : self->visible / 2);
  else
    {
      int step = self->scroll_accum > 0 ? 1 : -1;
      int end = (int) self->end + step * (int) MAX (1, self->visible / 4);

      self->end = (guint) CLAMP (end, (int) MIN (self->visible, self->weeks->len), (int) self->weeks->len);
      self->focused = CLAMP (self->focused, first_visible (self), self->end - 1);
      changed (self);
    }
  self->scroll_accum = 0;
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            BkMileageChart  *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean found;
  guint index = week_at_x (self, x, gtk_widget_get_width (widget), gtk_widget_get_height (widget), &found);

  gtk_widget_grab_focus (widget);
  if (found)
    bk_mileage_chart_focus_week (self, index);
}

static void
focus_changed_cb (BkMileageChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bk_mileage_chart_finalize (GObject *object)
{
  BkMileageChart *self = BK_MILEAGE_CHART (object);

  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->soft_shares, g_array_unref);
  if (self->legend != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->legend), (gpointer *) &self->legend);
  G_OBJECT_CLASS (bk_mileage_chart_parent_class)->finalize (object);
}

static void
bk_mileage_chart_class_init (BkMileageChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bk_mileage_chart_finalize;
  widget_class->snapshot = bk_mileage_chart_snapshot;
  widget_class->measure = bk_mileage_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "mileagechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bk_mileage_chart_init (BkMileageChart *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->weeks = g_array_new (FALSE, TRUE, sizeof (BkStatusWeek));
  self->soft_shares = g_array_new (FALSE, TRUE, sizeof (double));
  self->visible = DEFAULT_VISIBLE;
  self->show_risk = TRUE;
  self->units = BK_UNITS_METRIC;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right choose a week, Home and End the first and the last; "
                                    "plus and minus zoom"),
                                  -1);
  update_accessible (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
bk_mileage_chart_new (void)
{
  return g_object_new (BK_TYPE_MILEAGE_CHART, NULL);
}

/**
 * bk_mileage_chart_set_status:
 * @status: a status computed over all history (n_weeks 0)
 *
 * Shows @status's weeks; the view keeps its zoom and returns to the
 * current week.
 */
void
bk_mileage_chart_set_status (BkMileageChart         *self,
                             const BkTrainingStatus *status,
                             BkUnits                 units)
{
  g_return_if_fail (BK_IS_MILEAGE_CHART (self));
  g_return_if_fail (status != NULL);

  g_array_set_size (self->weeks, 0);
  g_array_append_vals (self->weeks, status->weekly->data, status->weekly->len);
  g_array_set_size (self->soft_shares, self->weeks->len);
  for (guint i = 0; i < self->weeks->len; i++)
    g_array_index (self->soft_shares, double, i) =
      status->surfaces != NULL
        ? bk_surface_share_for_week (status->surfaces, g_array_index (self->weeks, BkStatusWeek, i).week_start)
        : NAN;
  self->block_start = status->block_start;
  self->units = units;
  self->end = self->weeks->len;
  self->focused = self->weeks->len > 0 ? self->weeks->len - 1 : 0;
  changed (self);
}

/**
 * bk_mileage_chart_set_show_risk:
 *
 * With %FALSE the chart shows the weekly distances alone, in one neutral
 * colour: no risk colours, block weeks or load ratio.
 */
void
bk_mileage_chart_set_show_risk (BkMileageChart *self,
                                gboolean        show_risk)
{
  g_return_if_fail (BK_IS_MILEAGE_CHART (self));

  show_risk = !!show_risk;
  if (self->show_risk == show_risk)
    return;
  self->show_risk = show_risk;
  if (self->legend != NULL)
    bk_mileage_legend_set_show_risk (self->legend, show_risk);
  changed (self);
}

/**
 * bk_mileage_chart_set_legend:
 *
 * The legend that explains this chart's colours, kept in step with
 * bk_mileage_chart_set_show_risk(); the caller packs it.
 */
void
bk_mileage_chart_set_legend (BkMileageChart  *self,
                             BkMileageLegend *legend)
{
  g_return_if_fail (BK_IS_MILEAGE_CHART (self));
  g_return_if_fail (BK_IS_MILEAGE_LEGEND (legend));
  g_return_if_fail (self->legend == NULL);

  self->legend = legend;
  g_object_add_weak_pointer (G_OBJECT (legend), (gpointer *) &self->legend);
  bk_mileage_legend_set_show_risk (legend, self->show_risk);
}

gboolean
bk_mileage_chart_get_show_risk (BkMileageChart *self)
{
  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), TRUE);
  return self->show_risk;
}

void
bk_mileage_chart_set_visible_weeks (BkMileageChart *self,
                                    guint           n_weeks)
{
  g_return_if_fail (BK_IS_MILEAGE_CHART (self));

  self->visible = MAX (n_weeks, MIN_VISIBLE);
  changed (self);
}

guint
bk_mileage_chart_get_visible_weeks (BkMileageChart *self)
{
  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), 0);
  return MIN (self->visible, self->weeks->len);
}

guint
bk_mileage_chart_get_n_weeks (BkMileageChart *self)
{
  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), 0);
  return self->weeks->len;
}

void
bk_mileage_chart_focus_week (BkMileageChart *self,
                             guint           index)
{
  g_return_if_fail (BK_IS_MILEAGE_CHART (self));
  g_return_if_fail (index < self->weeks->len);

  self->focused = index;
  changed (self);
}

guint
bk_mileage_chart_get_focused_week (BkMileageChart *self)
{
  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), 0);
  return self->focused;
}

/**
 * bk_mileage_chart_describe_week:
 *
 * Returns: (transfer full): "Week of 2 Nov: 37.0 km in 3 runs, week 6 of
 *   the block, high risk, load ratio 1.34"
 */
char *
bk_mileage_chart_describe_week (BkMileageChart *self,
                                guint           index)
{
  const BkStatusWeek *week;
  g_autofree char *start = NULL;
  g_autofree char *distance = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), NULL);

  if (index >= self->weeks->len)
    return g_strdup (_("No weeks to show"));
  week = &g_array_index (self->weeks, BkStatusWeek, index);
  start = bk_date_format_short (week->week_start);
  distance = bk_format_distance_short (week->distance_m, self->units);
  g_string_append_printf (text, ngettext ("Week of %s: %s in %u run", "Week of %s: %s in %u runs", week->runs),
                          start, distance, week->runs);
  if (!self->show_risk)
    return g_string_free (g_steal_pointer (&text), FALSE);
  if (week->week_of_block > 0)
    g_string_append_printf (text, _(", week %u of the block"), week->week_of_block);
  g_string_append_printf (text, ", %s", bk_risk_level_describe (week->level));
  if (!isnan (week->acwr_ewma))
    g_string_append_printf (text, _(", load ratio %.2f"), week->acwr_ewma);
  if (week->ramp_up)
    g_string_append (text, _("; weeks 5 to 7 are a time many runners report trouble (the evidence is anecdotal)"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * bk_mileage_chart_describe_tooltip:
 *
 * Returns: (transfer full): the week's numbers, and its share of soft
 *   surfaces ("Soft surfaces 35 %") on a line of its own when it has one
 */
char *
bk_mileage_chart_describe_tooltip (BkMileageChart *self,
                                   guint           index)
{
  g_return_val_if_fail (BK_IS_MILEAGE_CHART (self), NULL);

  return describe_with_share (self, index, "\n");
}
