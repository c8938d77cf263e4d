/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_TRAINING_PAGE (bk_training_page_get_type ())

G_DECLARE_FINAL_TYPE (BkTrainingPage, bk_training_page, BK, TRAINING_PAGE, GtkWidget)

BkContext *bk_training_page_get_context (BkTrainingPage *self);
void       bk_training_page_set_context (BkTrainingPage *self,
                                         BkContext      *context);

G_END_DECLS
