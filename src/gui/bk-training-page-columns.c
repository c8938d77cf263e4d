/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-training-page"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-units.h"
#include "store/bk-shoe-store.h"
#include "bk-training-page-private.h"

/* The Training page's run list columns: what each cell shows and reads
 * as, and the sorting, which the run list does in SQLite while the view
 * only shows which column leads. */

static const char *
shoe_name (BkTrainingPage *self,
           gint64          id)
{
  const char *name;

  if (id <= 0)
    return "";
  name = self->shoe_names != NULL ? g_hash_table_lookup (self->shoe_names, &id) : NULL;
  if (name == NULL)
    {
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&self->shoe_names, g_hash_table_unref);
      self->shoe_names = bk_shoe_store_names (bk_context_get_database (self->context), &error);
      if (self->shoe_names == NULL)
        g_debug ("Could not read the shoes: %s", error->message);
      name = self->shoe_names != NULL ? g_hash_table_lookup (self->shoe_names, &id) : NULL;
    }
  return name != NULL ? name : "";
}

static char *
format_cell (BkTrainingPage *self,
             BkRun          *run,
             Column          column)
{
  BkUnits units = bk_context_get_units (self->context);

  switch (column)
    {
    case COLUMN_DATE:
      return g_date_time_format (bk_run_get_started_at (run), _("%a %-d %b %Y, %H:%M"));
    case COLUMN_DISTANCE:
      return bk_format_distance (bk_run_get_distance (run), units);
    case COLUMN_DURATION:
      return bk_format_duration (bk_run_get_duration (run));
    case COLUMN_PACE:
      return bk_format_pace (bk_run_get_distance (run), bk_run_get_duration (run), units);
    case COLUMN_SURFACE:
      return g_strdup (bk_surface_get_label (bk_run_get_surface (run)));
    case COLUMN_EFFORT:
      return bk_run_get_rpe (run) > 0 ? g_strdup_printf ("%d", bk_run_get_rpe (run)) : g_strdup ("");
    case COLUMN_SHOE:
      return g_strdup (shoe_name (self, bk_run_get_shoe_id (run)));
    default:
      g_assert_not_reached ();
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));

  gboolean text = column == COLUMN_DATE || column == COLUMN_SURFACE || column == COLUMN_SHOE;

  gtk_label_set_xalign (GTK_LABEL (label), text ? 0.0 : 1.0);
  if (column == COLUMN_SHOE)
    {
      /* A long name gives way rather than widening the list. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
    }
  if (!text)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* What a screen reader reads for a run's row: "Sun 29 Nov, 21.9 km,
 * 2:13:29, Trail". */
static char *
describe_run (BkTrainingPage *self,
              BkRun          *run)
{
  BkUnits units = bk_context_get_units (self->context);
  g_autofree char *day = g_date_time_format (bk_run_get_started_at (run), _("%a %-d %b"));
  g_autofree char *distance = bk_format_distance (bk_run_get_distance (run), units);
  g_autofree char *duration = bk_format_duration (bk_run_get_duration (run));

  /* TRANSLATORS: a run in the run list as a screen reader reads it: day,
   * distance, duration, surface */
  return g_strdup_printf (_("%s, %s, %s, %s"), day, distance, duration,
                          bk_surface_get_label (bk_run_get_surface (run)));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  BkTrainingPage *self = user_data;
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  BkRun *run = gtk_list_item_get_item (item);
  g_autofree char *text = format_cell (self, run, column);
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkWidget *cell = gtk_widget_get_parent (label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text);
  /* An empty label (a run in no pair of shoes) would be read by its type
   * name; the cell says "Not recorded" instead. */
  gtk_widget_set_visible (label, *text != '\0');
  /* GTK 4.8 names a column view's cells and rows by their type: the cell
   * by what it shows, the row by the whole run. */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    *text != '\0' ? text : _("Not recorded"), -1);
  if (row != NULL && column == COLUMN_DATE)
    {
      g_autofree char *name = describe_run (self, run);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
setup_column (BkTrainingPage      *self,
              GtkColumnViewColumn *column,
              Column               kind,
              GtkSorter           *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  gtk_column_view_column_set_factory (column, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (factory);
  g_clear_object (&sorter);
}

/* A column's sorter only names its column: the run list sorts in SQLite.
 * GTK 4.8 cannot say which column the view sorts by, so it is asked
 * through a comparison: the view sorter asks the leading column's sorter
 * first, which answers "smaller" and notes itself, and the view inverts
 * that answer when the order is descending. */
typedef struct {
  BkTrainingPage *page;
  Column          column;
} ColumnSorter;

static int
column_sorter_compare (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  ColumnSorter *sorter = user_data;

  if (!sorter->page->probing)
    return GTK_ORDERING_EQUAL;
  if (sorter->page->probed_key < 0)
    sorter->page->probed_key = (int) sorter->column;
  return GTK_ORDERING_SMALLER;
}

static GtkSorter *
column_sorter (BkTrainingPage *self,
               Column          column)
{
  ColumnSorter *sorter = g_new0 (ColumnSorter, 1);

  sorter->page = self;
  sorter->column = column;
  return GTK_SORTER (gtk_custom_sorter_new (column_sorter_compare, sorter, g_free));
}

/* The columns in Column order are the run store's keys in BkRunKey order. */
G_STATIC_ASSERT ((int) COLUMN_EFFORT == (int) BK_RUN_KEY_EFFORT);
G_STATIC_ASSERT ((int) COLUMN_SHOE == (int) BK_RUN_KEY_SHOE);

static void
view_sorter_changed_cb (BkTrainingPage *self,
                        GtkSorterChange change,
                        GtkSorter      *view_sorter)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);
  /* Two objects: a sorter calls an item equal to itself without asking. */
  g_autoptr(BkRun) a = bk_run_new (epoch, 1000, 300);
  g_autoptr(BkRun) b = bk_run_new (epoch, 1000, 300);
  GtkOrdering order;

  if (self->trimming)
    return;
  self->probing = TRUE;
  self->probed_key = -1;
  order = gtk_sorter_compare (view_sorter, a, b);
  self->probing = FALSE;
  if (self->probed_key < 0 || order == GTK_ORDERING_EQUAL)
    {
      bk_run_list_set_order (self->runs, BK_RUN_KEY_DATE, TRUE);
      return;
    }
  bk_run_list_set_order (self->runs, (BkRunKey) self->probed_key, order == GTK_ORDERING_LARGER);

  /* GTK 4.8's view leaves the arrow on every column sorted by before: it
   * does not tell their headers when another column takes over. A column
   * given its sorter again updates its header; the list sorts by one
   * column (ties newest first), so only that column keeps an arrow. */
  {
    GtkColumnViewColumn *columns[] = {
      self->date_column, self->distance_column, self->duration_column, self->pace_column,
      self->surface_column, self->effort_column, self->shoe_column,
    };
    G_STATIC_ASSERT (G_N_ELEMENTS (columns) == BK_N_RUN_KEYS);

    self->trimming = TRUE;
    for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
      if ((int) i != self->probed_key)
        {
          g_autoptr(GtkSorter) sorter = g_object_ref (gtk_column_view_column_get_sorter (columns[i]));

          gtk_column_view_column_set_sorter (columns[i], NULL);
          gtk_column_view_column_set_sorter (columns[i], sorter);
        }
    self->trimming = FALSE;
  }
}

void
bk_training_page_setup_columns (BkTrainingPage *self)
{
  setup_column (self, self->date_column, COLUMN_DATE, column_sorter (self, COLUMN_DATE));
  setup_column (self, self->distance_column, COLUMN_DISTANCE, column_sorter (self, COLUMN_DISTANCE));
  setup_column (self, self->duration_column, COLUMN_DURATION, column_sorter (self, COLUMN_DURATION));
  setup_column (self, self->pace_column, COLUMN_PACE, column_sorter (self, COLUMN_PACE));
  setup_column (self, self->surface_column, COLUMN_SURFACE, column_sorter (self, COLUMN_SURFACE));
  setup_column (self, self->effort_column, COLUMN_EFFORT, column_sorter (self, COLUMN_EFFORT));
  setup_column (self, self->shoe_column, COLUMN_SHOE, column_sorter (self, COLUMN_SHOE));
}

/* Sorts the run list as the view's headers say, newest first to begin. */
void
bk_training_page_follow_sorting (BkTrainingPage *self)
{
  g_signal_connect_object (gtk_column_view_get_sorter (self->run_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_sort_by_column (self->run_view, self->date_column, GTK_SORT_DESCENDING);
}
