/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-context.h"
#include "bk-importer.h"

G_BEGIN_DECLS

#define BK_TYPE_IMPORT_JOB (bk_import_job_get_type ())

G_DECLARE_FINAL_TYPE (BkImportJob, bk_import_job, BK, IMPORT_JOB, GObject)

BkImportJob     *bk_import_job_new         (BkContext          *context,
                                            const char * const *paths);
void             bk_import_job_start       (BkImportJob        *self);
void             bk_import_job_cancel      (BkImportJob        *self);
gboolean         bk_import_job_is_running  (BkImportJob        *self);
guint            bk_import_job_get_done    (BkImportJob        *self);
guint            bk_import_job_get_total   (BkImportJob        *self);
BkImportSummary *bk_import_job_get_summary (BkImportJob        *self);

G_END_DECLS
