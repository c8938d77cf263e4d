/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-graph"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "core/bk-date.h"
#include "core/bk-session.h"
#include "bk-pain-graph.h"
#include "bk-training-state.h"

/* Weekly distance as bars, the week's worst pain as points on a 0-10 scale
 * over them, so the runner (or a physio, on paper) sees whether the pain
 * follows the load. Shared by the Back Pain page and the clinician report. */

#define MARGIN_LEFT   48.0
#define MARGIN_RIGHT  40.0
#define MARGIN_TOP    28.0
#define MARGIN_BOTTOM 30.0

/**
 * bk_pain_graph_load:
 * @today: the last week shown is the one holding this day
 *
 * Reads the weekly distance and the weekly pain for @n_weeks weeks in
 * two queries, aligned on the same week starts.
 */
gboolean
bk_pain_graph_load (BkContext  *context,
                    guint32     today,
                    guint       n_weeks,
                    GArray    **out_distance,
                    GArray    **out_pain,
                    GError    **error)
{
  GDateWeekday first_day = bk_context_get_first_weekday (context);
  guint32 first = bk_date_week_start (today, first_day) - 7 * (n_weeks - 1);
  const BkTrainingStatus *status;
  g_autoptr(GPtrArray) entries = NULL;
  GArray *distance;

  /* The distances are the shared training status's weeks (over the whole
   * log, on the same week starts), not a read of their own. */
  status = bk_training_state_get (bk_context_get_training_state (context), today, error);
  if (status == NULL)
    return FALSE;
  entries = bk_pain_store_list (bk_context_get_pain_store (context), first, first + 7 * n_weeks - 1, 0, error);
  if (entries == NULL)
    return FALSE;

  distance = g_array_sized_new (FALSE, TRUE, sizeof (BkWeekTotal), n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    {
      BkWeekTotal week = { .week_start = first + 7 * i };

      g_array_append_val (distance, week);
    }
  for (guint i = 0; i < status->weekly->len; i++)
    {
      const BkStatusWeek *week = &g_array_index (status->weekly, BkStatusWeek, i);

      if (week->week_start >= first && week->week_start < first + 7 * n_weeks)
        {
          BkWeekTotal *slot = &g_array_index (distance, BkWeekTotal, (week->week_start - first) / 7);

          slot->distance_m = week->distance_m;
          slot->duration_s = week->duration_s;
          slot->runs = week->runs;
          slot->low_impact_s = week->low_impact_s;
        }
    }
  *out_distance = distance;
  *out_pain = bk_pain_weekly ((BkPainEntry **) entries->pdata, entries->len, first, n_weeks);
  return TRUE;
}

static void
draw_text (cairo_t       *cr,
           const char    *text,
           double         x,
           double         y,
           double         xalign,
           gboolean       small)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (small ? "Sans 8" : "Sans 9");
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * xalign, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

static gboolean
week_in (guint32        week,
         const guint32 *weeks,
         guint          n_weeks)
{
  for (guint j = 0; j < n_weeks; j++)
    if (weeks[j] == week)
      return TRUE;
  return FALSE;
}

/* Sessions that are not runs: a narrow bar beside each week's distance,
 * in hours to a scale of their own (time is not distance), each with its
 * time over it where there is room. */
static void
draw_low_impact (cairo_t           *cr,
                 const BkWeekTotal *weeks,
                 guint              n_weeks,
                 double             slot,
                 double             plot_h,
                 gint64             max_s,
                 gboolean           for_print)
{
  double axis_s = max_s * 1.25;

  for (guint i = 0; i < n_weeks; i++)
    {
      double bar_h = plot_h * weeks[i].low_impact_s / axis_s;
      double x = MARGIN_LEFT + slot * i + slot * 0.66;

      if (weeks[i].low_impact_s <= 0)
        continue;
      if (for_print)
        cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      else
        cairo_set_source_rgb (cr, 0.15, 0.63, 0.60);
      cairo_rectangle (cr, x, MARGIN_TOP + plot_h - bar_h, MAX (3, slot * 0.2), bar_h);
      cairo_fill (cr);
      if (slot >= 36)
        {
          g_autofree char *time = bk_format_hours_minutes (weeks[i].low_impact_s);

          draw_text (cr, time, x + slot * 0.1, MARGIN_TOP + plot_h - bar_h - 8, 0.5, TRUE);
        }
    }
}

static int
text_width (cairo_t    *cr,
            const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  pango_font_description_free (font);
  g_object_unref (layout);
  return width;
}

/* A solid triangle pointing up, its tip at (@x, @y): reads the same in
 * colour and on black and white paper. */
static void
draw_spike_marker (cairo_t *cr,
                   double   x,
                   double   y)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + 5, y + 8);
  cairo_line_to (cr, x - 5, y + 8);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/**
 * bk_pain_graph_draw:
 * @flagged_weeks: (array length=n_flagged_weeks) (nullable): first days of
 *   the weeks in the ramp-up phase of a block (weeks 5 to 7); they are
 *   shaded, hatched on paper
 * @spike_weeks: (array length=n_spike_weeks) (nullable): first days of the
 *   weeks with a run much longer than the longest of the month before;
 *   they get a triangle over their bar
 * @for_print: black and white with distinct markers, for paper
 *
 * Draws the chart into @cr; used by the widget and the clinician report.
 */
void
bk_pain_graph_draw (cairo_t           *cr,
                    double             width,
                    double             height,
                    const BkWeekTotal *distance,
                    const BkPainWeek  *pain,
                    guint              n_weeks,
                    BkUnits            units,
                    const guint32     *flagged_weeks,
                    guint              n_flagged_weeks,
                    const guint32     *spike_weeks,
                    guint              n_spike_weeks,
                    double             fg_red,
                    double             fg_green,
                    double             fg_blue,
                    gboolean           for_print)
{
  double plot_w = width - MARGIN_LEFT - MARGIN_RIGHT;
  gboolean any_ramp_up = FALSE, any_spike = FALSE;
  gint64 max_low_impact_s = 0;
  const char *legend[4] = { NULL, NULL, NULL, NULL };
  g_autofree char *one_line = NULL;
  guint n_legend = 0;
  double bottom, plot_h;
  double max_m = 0, slot, axis_max;
  g_autofree char *top_label = NULL;
  gboolean have_last = FALSE;
  guint label_every;

  for (guint i = 0; i < n_weeks; i++)
    {
      any_ramp_up |= week_in (distance[i].week_start, flagged_weeks, n_flagged_weeks);
      any_spike |= week_in (distance[i].week_start, spike_weeks, n_spike_weeks);
      max_low_impact_s = MAX (max_low_impact_s, distance[i].low_impact_s);
    }
  /* The legend names only the marks the chart shows: on one line under
   * the weeks when it fits, else on two. */
  if (any_ramp_up)
    legend[n_legend++] = for_print ? _("Hatched: ramp-up weeks 5–7 of a training block")
                                   : _("Shaded: ramp-up weeks 5–7 of a training block");
  if (any_spike)
    legend[n_legend++] = _("▲: a run much longer than the month before");
  if (max_low_impact_s > 0)
    {
      const char *sessions = for_print ? _("Dark narrow bars: low-impact sessions, hours on their own scale")
                                       : _("Teal narrow bars: low-impact sessions, hours on their own scale");

      /* A phone's width takes the short form. */
      if (text_width (cr, sessions) > width - 4)
        sessions = for_print ? _("Dark bars: low-impact hours") : _("Teal bars: low-impact hours");
      legend[n_legend++] = sessions;
    }
  if (n_legend >= 2)
    {
      one_line = g_strjoinv ("    ", (char **) legend);
      if (text_width (cr, one_line) <= width - MARGIN_LEFT)
        n_legend = 1;
      else
        g_clear_pointer (&one_line, g_free);
    }
  bottom = MARGIN_BOTTOM + 18 * n_legend;
  plot_h = height - MARGIN_TOP - bottom;

  if (n_weeks == 0 || plot_w <= 0 || plot_h <= 0)
    return;

  for (guint i = 0; i < n_weeks; i++)
    max_m = MAX (max_m, distance[i].distance_m);
  axis_max = max_m > 0 ? max_m * 1.1 : 10000;
  slot = plot_w / n_weeks;

  cairo_save (cr);
  cairo_set_line_width (cr, 1);

  /* Frame, and gridlines at pain 0, 5 and 10. */
  for (int level = 0; level <= 10; level += 5)
    {
      double y = MARGIN_TOP + plot_h * (1 - level / 10.0);
      g_autofree char *text = g_strdup_printf ("%d", level);

      cairo_set_source_rgba (cr, fg_red, fg_green, fg_blue, level == 0 ? 0.6 : 0.2);
      cairo_move_to (cr, MARGIN_LEFT, y + 0.5);
      cairo_line_to (cr, MARGIN_LEFT + plot_w, y + 0.5);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, fg_red, fg_green, fg_blue);
      draw_text (cr, text, MARGIN_LEFT + plot_w + 6, y, 0, TRUE);
    }

  /* Ramp-up weeks: a band behind everything else, hatched on paper. */
  for (guint i = 0; i < n_weeks; i++)
    if (week_in (distance[i].week_start, flagged_weeks, n_flagged_weeks))
      {
        double x = MARGIN_LEFT + slot * i;

        cairo_save (cr);
        cairo_rectangle (cr, x, MARGIN_TOP, slot, plot_h);
        cairo_clip (cr);
        if (for_print)
          {
            cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
            cairo_set_line_width (cr, 0.5);
            for (double d = -plot_h; d < slot; d += 6)
              {
                cairo_move_to (cr, x + d, MARGIN_TOP + plot_h);
                cairo_line_to (cr, x + d + plot_h, MARGIN_TOP);
              }
            cairo_stroke (cr);
          }
        else
          {
            cairo_set_source_rgba (cr, 0.96, 0.76, 0.07, 0.25);
            cairo_paint (cr);
          }
        cairo_restore (cr);
      }

  /* Distance bars, scaled to the left axis; narrower when the low-impact
   * sessions need room beside them. */
  for (guint i = 0; i < n_weeks; i++)
    {
      double bar_h = plot_h * distance[i].distance_m / axis_max;
      double x = MARGIN_LEFT + slot * i + slot * (max_low_impact_s > 0 ? 0.14 : 0.2);

      if (bar_h <= 0)
        continue;
      if (for_print)
        cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      else
        cairo_set_source_rgba (cr, fg_red, fg_green, fg_blue, 0.22);
      cairo_rectangle (cr, x, MARGIN_TOP + plot_h - bar_h, slot * (max_low_impact_s > 0 ? 0.5 : 0.6), bar_h);
      cairo_fill (cr);
    }
  if (max_low_impact_s > 0)
    draw_low_impact (cr, distance, n_weeks, slot, plot_h, max_low_impact_s, for_print);

  /* Spike weeks: a solid triangle just over the bar. */
  if (for_print)
    cairo_set_source_rgb (cr, 0, 0, 0);
  else
    cairo_set_source_rgb (cr, fg_red, fg_green, fg_blue);
  for (guint i = 0; i < n_weeks; i++)
    if (week_in (distance[i].week_start, spike_weeks, n_spike_weeks))
      {
        double bar_h = plot_h * distance[i].distance_m / axis_max;

        draw_spike_marker (cr, MARGIN_LEFT + slot * (i + 0.5), MARGIN_TOP + plot_h - bar_h - 11);
      }

  /* Worst pain each week: a line through the weeks that have entries. */
  if (for_print)
    {
      const double dash[] = { 4, 3 };

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  else
    cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n_weeks; i++)
    {
      double x = MARGIN_LEFT + slot * (i + 0.5);
      double y = MARGIN_TOP + plot_h * (1 - pain[i].worst / 10.0);

      if (pain[i].worst < 0)
        continue;
      if (have_last)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      have_last = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < n_weeks; i++)
    {
      double x = MARGIN_LEFT + slot * (i + 0.5);
      double y = MARGIN_TOP + plot_h * (1 - pain[i].worst / 10.0);

      if (pain[i].worst < 0)
        continue;
      cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* Axes' labels and the week starts along the bottom. */
  cairo_set_source_rgb (cr, fg_red, fg_green, fg_blue);
  top_label = bk_format_distance_short (axis_max, units);
  draw_text (cr, top_label, MARGIN_LEFT - 6, MARGIN_TOP, 1, TRUE);
  {
    const char *left = _("Weekly distance (bars)");
    const char *right = _("Worst pain that week, 0–10 (dots)");

    /* On a phone the two headings would run into each other. */
    if (text_width (cr, left) + text_width (cr, right) + 12 > plot_w + MARGIN_RIGHT)
      {
        left = _("Distance (bars)");
        right = _("Worst pain, 0–10 (dots)");
      }
    draw_text (cr, left, MARGIN_LEFT, MARGIN_TOP / 2 - 2, 0, FALSE);
    draw_text (cr, right, MARGIN_LEFT + plot_w + MARGIN_RIGHT - 2, MARGIN_TOP / 2 - 2, 1, FALSE);
  }
  if (one_line != NULL)
    draw_text (cr, one_line, MARGIN_LEFT, height - 9, 0, FALSE);
  else
    for (guint k = 0; k < n_legend; k++)
      {
        /* A line wider than the plot starts further left, not cut off. */
        double x = MAX (2, MIN (MARGIN_LEFT, width - 2 - text_width (cr, legend[k])));

        draw_text (cr, legend[k], x, height - 9 - 18 * (n_legend - 1 - k), 0, FALSE);
      }
  label_every = slot < 56 ? (guint) ceil (56 / slot) : 1;
  for (guint i = 0; i < n_weeks; i += label_every)
    {
      g_autofree char *text = bk_date_format_short (distance[i].week_start);

      draw_text (cr, text, MARGIN_LEFT + slot * (i + 0.5), MARGIN_TOP + plot_h + MARGIN_BOTTOM / 2, 0.5, TRUE);
    }

  cairo_restore (cr);
}

