/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "core/bk-pain-assessment.h"
#include "services/bk-advice.h"
#include "services/bk-context.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_ADVICE_BOX (bk_pain_advice_box_get_type ())

G_DECLARE_FINAL_TYPE (BkPainAdviceBox, bk_pain_advice_box, BK, PAIN_ADVICE_BOX, GtkWidget)

BkPainAdvice  bk_pain_advice_current         (BkContext       *context);
GtkWidget    *bk_pain_advice_box_new         (void);
void          bk_pain_advice_box_set_context (BkPainAdviceBox *self,
                                              BkContext       *context);
void          bk_pain_advice_box_set_episode (BkPainAdviceBox       *self,
                                              const BkAdviceEpisode *episode);
BkPainAdvice  bk_pain_advice_box_get_advice  (BkPainAdviceBox *self);
const char   *bk_pain_advice_box_get_title   (BkPainAdviceBox *self);

G_END_DECLS
