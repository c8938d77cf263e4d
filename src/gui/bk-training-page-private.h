/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "store/bk-run-list.h"
#include "bk-session-list.h"
#include "bk-status-card.h"
#include "bk-training-page.h"
#include "bk-welcome-page.h"

G_BEGIN_DECLS

/* Shared by the Training page's files; not for other callers. */
struct _BkTrainingPage
{
  GtkWidget          parent_instance;

  BkContext         *context;
  /* The runs in the order shown, loaded a page at a time. */
  BkRunList         *runs;
  /* While a column's sorter is asked which column leads (see
   * view_sorter_changed_cb), the column it was. */
  gboolean           probing;
  int                probed_key;
  /* While the view's sorter is cut down to the column that leads. */
  gboolean           trimming;
  GtkSingleSelection *selection;
  /* The run list as the view sees it: a screenful until the page's first
   * frame, then every run (see show_every_run). */
  GtkSliceListModel *shown_runs;
  guint              first_frame_id;

  GtkStack          *main_stack;
  GtkPaned          *paned;
  gboolean           paned_placed;
  GtkColumnView     *run_view;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *distance_column;
  GtkColumnViewColumn *duration_column;
  GtkColumnViewColumn *pace_column;
  GtkColumnViewColumn *surface_column;
  GtkColumnViewColumn *effort_column;
  GtkColumnViewColumn *shoe_column;
  /* Each pair's name by id, read again when a run names a pair it does
   * not know or the shoes change (issue 16); NULL until needed. */
  GHashTable        *shoe_names;
  GtkLabel          *this_week_distance;
  GtkLabel          *this_week_detail;
  GtkLabel          *last_week_distance;
  GtkLabel          *last_week_detail;
  BkStatusCard      *status_card;
  /* Sessions that are not runs, beside the runs (issue 16). */
  BkSessionList     *session_list;
  /* First start with an empty log, or asked for again (issue 10). */
  BkWelcomePage     *welcome;
  gboolean           editing_baseline;
  /* Columns given way to a narrow page, and the width the run list needed
   * with each number of them hidden (0: not measured yet). */
  guint              n_hidden;
  int                needed[5];
  int                fit_width;
  guint              fit_id;
};

/* The run list's columns, in the run store's BkRunKey order. */
typedef enum {
  COLUMN_DATE,
  COLUMN_DISTANCE,
  COLUMN_DURATION,
  COLUMN_PACE,
  COLUMN_SURFACE,
  COLUMN_EFFORT,
  COLUMN_SHOE,
} Column;

void bk_training_page_setup_columns  (BkTrainingPage *self);
void bk_training_page_follow_sorting (BkTrainingPage *self);

G_END_DECLS
