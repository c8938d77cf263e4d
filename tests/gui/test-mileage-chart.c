/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The mileage chart as a screen reader and a reader of colours meet it:
 * its name follows the selected week, its legend says what the colours
 * and shading mean, its colours keep 3:1 in light and dark style, and a
 * week's share of soft surfaces is in its tooltip and its name. */
#include "bk-config.h"

#include <math.h>
#include <string.h>

#include "tests/gui/bk-test-gui.h"
#include "gui/bk-mileage-chart.h"
#include "gui/bk-mileage-legend.h"

#define N_WEEKS 16

static GArray *
make_weeks (void)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (BkStatusWeek));

  for (guint i = 0; i < N_WEEKS; i++)
    {
      GDate *date = g_date_new_dmy (3, G_DATE_AUGUST, 2026);
      BkStatusWeek week = { 0 };

      g_date_add_days (date, 7 * i);
      week.week_start = g_date_get_julian (date);
      week.distance_m = 12000 + 2500 * (i % 9);
      week.runs = 3;
      week.level = (BkRiskLevel) (i % 4);
      week.week_of_block = i >= 8 ? i - 7 : 0;
      week.ramp_up = week.week_of_block >= 5 && week.week_of_block <= 7;
      week.acwr_ewma = i < 2 ? NAN : 0.8 + 0.05 * i;
      g_array_append_val (weeks, week);
      g_date_free (date);
    }
  return weeks;
}

typedef struct {
  GtkWidget      *window;
  BkMileageChart *chart;
  GtkWidget      *legend;
  GArray         *weeks;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BkTrainingStatus status = { 0 };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  fixture->weeks = make_weeks ();
  status.weekly = fixture->weeks;
  status.block_start = g_array_index (fixture->weeks, BkStatusWeek, 8).week_start;
  fixture->chart = BK_MILEAGE_CHART (bk_mileage_chart_new ());
  fixture->legend = bk_mileage_legend_new ();
  bk_mileage_chart_set_legend (fixture->chart, BK_MILEAGE_LEGEND (fixture->legend));
  bk_mileage_chart_set_status (fixture->chart, &status, BK_UNITS_METRIC);
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->chart), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->chart));
  gtk_box_append (GTK_BOX (box), fixture->legend);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  fixture->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), box);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 420);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  bk_test_spin ();
  g_array_unref (fixture->weeks);
}

/* The chart's name is the selected week, and changes as the arrows move it;
 * the old chart kept one name and a description of every week. */
static void
test_name_follows_week (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint i = N_WEEKS; i-- > N_WEEKS - 3;)
    {
      g_autofree char *week = bk_mileage_chart_describe_week (fixture->chart, i);
      g_autofree char *expected = g_strdup_printf ("Weekly mileage: %s", week);

      bk_mileage_chart_focus_week (fixture->chart, i);
      gtk_test_accessible_assert_property (fixture->chart, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
    }
  {
    g_autofree char *week = bk_mileage_chart_describe_week (fixture->chart, 12);

    g_assert_nonnull (strstr (week, "week 5 of the block"));
    g_assert_nonnull (strstr (week, "weeks 5 to 7"));
  }
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (!gtk_widget_get_visible (root))
    return FALSE;
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;
  return FALSE;
}

static void
test_legend (Fixture       *fixture,
             gconstpointer  data)
{
  const char *risk[] = { "Steady", "Caution", "Warning", "High risk", "This training block",
                         "Weeks 5 to 7 of the block", "Load ratio (right axis)" };

  for (guint i = 0; i < G_N_ELEMENTS (risk); i++)
    g_assert_true (shows_label (fixture->legend, risk[i]));
  g_assert_false (shows_label (fixture->legend, "Weekly distance"));

  /* Urgent pain advice hides the risk colours: the legend follows. */
  bk_mileage_chart_set_show_risk (fixture->chart, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (risk); i++)
    g_assert_false (shows_label (fixture->legend, risk[i]));
  g_assert_true (shows_label (fixture->legend, "Weekly distance"));
  bk_mileage_chart_set_show_risk (fixture->chart, TRUE);
  g_assert_true (shows_label (fixture->legend, "Steady"));
}

static double
luminance (const GdkRGBA *c)
{
  double v[3] = { c->red, c->green, c->blue };

  for (int i = 0; i < 3; i++)
    v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static GdkRGBA
over (const GdkRGBA *top,
      const GdkRGBA *under)
{
  double a = top->alpha;

  return (GdkRGBA) { a * top->red + (1 - a) * under->red, a * top->green + (1 - a) * under->green,
                     a * top->blue + (1 - a) * under->blue, 1 };
}

/* Bars keep 3:1 against the card (libadwaita 1.2: white in light style,
 * 8% white over #242424 in dark) and against the block and ramp-up shading
 * laid over it. */
static void
test_contrast (void)
{
  for (int dark = 0; dark <= 1; dark++)
    {
      GdkRGBA card, fg, block, ramp, shaded, ramped, line;

      gdk_rgba_parse (&card, dark ? "#363636" : "#ffffff");
      gdk_rgba_parse (&fg, dark ? "#ffffff" : "#000000");
      fg.alpha = dark ? 1 : 0.8;
      bk_chart_block_color (&fg, dark, &block);
      bk_chart_ramp_color (dark, &ramp);
      shaded = over (&block, &card);
      ramped = over (&ramp, &shaded);
      for (int level = BK_RISK_NONE; level <= BK_RISK_HIGH + 1; level++)
        {
          GdkRGBA bar;

          if (level > BK_RISK_HIGH)
            bk_chart_neutral_color (dark, &bar);
          else
            bk_chart_level_color ((BkRiskLevel) level, dark, &bar);
          g_test_message ("%s bar %d: %.2f on the card, %.2f on ramp-up shading",
                          dark ? "dark" : "light", level, contrast (&bar, &card), contrast (&bar, &ramped));
          g_assert_cmpfloat (contrast (&bar, &card), >=, 3.0);
          g_assert_cmpfloat (contrast (&bar, &ramped), >=, 3.0);
        }
      bk_chart_line_color (dark, &line);
      g_assert_cmpfloat (contrast (&line, &ramped), >=, 3.0);
      /* The shading itself is seen: it differs from the bare card. */
      g_assert_cmpfloat (contrast (&ramped, &card), >=, 1.15);
    }
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  const int widths[] = { 1280, 360 };

  gtk_widget_grab_focus (GTK_WIDGET (fixture->chart));
  bk_mileage_chart_focus_week (fixture->chart, N_WEEKS - 2);
  for (int dark = 0; dark <= 1; dark++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autofree char *name = g_strdup_printf ("mileage-chart-%d%s", widths[w], dark ? "-dark" : "");

          gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[w], widths[w] > 400 ? 420 : 520);
          bk_test_spin ();
          bk_test_save_png (fixture->window, name);
        }
    }
}

/* Issue 16: a week with a share of soft surfaces says it in the tooltip,
 * on a line of its own, and in the name a screen reader hears; a week
 * without one says nothing about surfaces. */
static void
test_soft_share (Fixture       *fixture,
                 gconstpointer  data)
{
  guint32 last_start = g_array_index (fixture->weeks, BkStatusWeek, N_WEEKS - 1).week_start;
  BkSurfaceDay days[] = {
    { last_start, 3500, 6500, 0 },
    { last_start - 14, 0, 10000, 0 },
  };
  BkTrainingStatus status = { 0 };
  g_autofree char *newest = NULL;
  g_autofree char *before = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *week = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *name = NULL;

  status.weekly = fixture->weeks;
  status.surfaces = bk_surface_share_compute (days, G_N_ELEMENTS (days), last_start + 2, G_DATE_MONDAY, 0);
  bk_mileage_chart_set_status (fixture->chart, &status, BK_UNITS_METRIC);
  g_clear_pointer (&status.surfaces, bk_surface_share_free);

  newest = bk_mileage_chart_describe_tooltip (fixture->chart, N_WEEKS - 1);
  before = bk_mileage_chart_describe_tooltip (fixture->chart, N_WEEKS - 3);
  gap = bk_mileage_chart_describe_tooltip (fixture->chart, N_WEEKS - 2);
  week = bk_mileage_chart_describe_week (fixture->chart, N_WEEKS - 1);
  expected = g_strconcat (week, "\nSoft surfaces 35 %", NULL);
  g_assert_cmpstr (newest, ==, expected);
  g_assert_true (g_str_has_suffix (before, "\nSoft surfaces 0 %"));
  g_assert_null (strchr (gap, '\n'));

  bk_mileage_chart_focus_week (fixture->chart, N_WEEKS - 1);
  name = g_strdup_printf ("Weekly mileage: %s; Soft surfaces 35 %%", week);
  gtk_test_accessible_assert_property (fixture->chart, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
}

int
main (int    argc,
      char **argv)
{
  /* The accessible name is read back from GTK's test context, which the
   * other GUI tests switch off. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  bk_test_gui_init (&argc, &argv);

  g_test_add ("/mileage-chart/name-follows-week", Fixture, NULL, fixture_set_up, test_name_follows_week, fixture_tear_down);
  g_test_add ("/mileage-chart/soft-share", Fixture, NULL, fixture_set_up, test_soft_share, fixture_tear_down);
  g_test_add ("/mileage-chart/legend", Fixture, NULL, fixture_set_up, test_legend, fixture_tear_down);
  g_test_add_func ("/mileage-chart/contrast", test_contrast);
  g_test_add ("/mileage-chart/screenshots", Fixture, NULL, fixture_set_up, test_screenshots, fixture_tear_down);
  return g_test_run ();
}
