/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "core/bk-load.h"
#include "core/bk-pain-assessment.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* Shared by the report's files: the page being drawn and the drawing
 * helpers of bk-pain-report.c; bk-pain-report-answers.c draws page 1's
 * advice and answers with them. */

#define BK_REPORT_PAGE_WIDTH   595.276
#define BK_REPORT_PAGE_HEIGHT  841.890
#define BK_REPORT_MARGIN       50.0
#define BK_REPORT_TEXT_WIDTH   (BK_REPORT_PAGE_WIDTH - 2 * BK_REPORT_MARGIN)

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           y;
  int              page;
  char            *period;
} BkReport;

typedef struct {
  const char *title;
  double      width;
} BkReportColumn;

PangoLayout *bk_report_layout          (BkReport             *report,
                                        const char           *text,
                                        const char           *font,
                                        double                width);
double       bk_report_layout_height   (PangoLayout          *layout);
void         bk_report_need            (BkReport             *report,
                                        double                height);
void         bk_report_paragraph       (BkReport             *report,
                                        const char           *text,
                                        const char           *font,
                                        double                space_after);
void         bk_report_heading         (BkReport             *report,
                                        const char           *text);
void         bk_report_table_header    (BkReport             *report,
                                        const BkReportColumn *columns,
                                        guint                 n_columns);
void         bk_report_table_row       (BkReport             *report,
                                        const BkReportColumn *columns,
                                        guint                 n_columns,
                                        const char          **cells);

void         bk_report_write_advice    (BkReport             *report,
                                        BkContext            *context,
                                        GPtrArray            *entries,
                                        guint32               from,
                                        guint32               to,
                                        GDateTime            *now,
                                        GError              **error);
void         bk_report_write_weekly    (BkReport             *report,
                                        const BkWeekTotal    *distance,
                                        const BkPainWeek     *pain,
                                        guint                 n_weeks,
                                        BkUnits               units);
char        *bk_report_describe_signs  (BkPainEntry          *entry);

G_END_DECLS
