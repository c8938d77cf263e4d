/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "services/bk-context.h"
#include "bk-mileage-chart.h"
#include "bk-pain-advice-box.h"
#include "bk-shoe-notice.h"

G_BEGIN_DECLS

#define BK_TYPE_STATUS_CARD (bk_status_card_get_type ())

G_DECLARE_FINAL_TYPE (BkStatusCard, bk_status_card, BK, STATUS_CARD, GtkWidget)

void              bk_status_card_set_context (BkStatusCard *self,
                                              BkContext    *context);
void              bk_status_card_refresh     (BkStatusCard *self);
BkRiskLevel       bk_status_card_get_level   (BkStatusCard *self);
const char       *bk_status_card_get_level_text (BkStatusCard *self);
char             *bk_status_card_get_reasons_text (BkStatusCard *self);
BkMileageChart   *bk_status_card_get_chart   (BkStatusCard *self);
BkShoeNotice     *bk_status_card_get_shoe_notice (BkStatusCard *self);
BkPainAdviceBox  *bk_status_card_get_pain_advice (BkStatusCard *self);
void              bk_status_card_set_today   (BkStatusCard *self,
                                              guint32       today);

G_END_DECLS
