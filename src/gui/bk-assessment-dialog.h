/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_ASSESSMENT_DIALOG (bk_assessment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BkAssessmentDialog, bk_assessment_dialog, BK, ASSESSMENT_DIALOG, AdwWindow)

BkAssessmentDialog *bk_assessment_dialog_new       (BkContext          *context);
gboolean            bk_assessment_dialog_get_valid (BkAssessmentDialog *self);

G_END_DECLS
