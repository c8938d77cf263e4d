/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_REPORT_DIALOG (bk_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BkReportDialog, bk_report_dialog, BK, REPORT_DIALOG, AdwWindow)

BkReportDialog *bk_report_dialog_new        (BkContext      *context);
gboolean        bk_report_dialog_get_period (BkReportDialog *self,
                                             guint32        *out_from_julian,
                                             guint32        *out_to_julian);

G_END_DECLS
