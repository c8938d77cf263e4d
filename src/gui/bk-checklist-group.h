/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-pain-entry.h"

G_BEGIN_DECLS

#define BK_TYPE_CHECKLIST_GROUP (bk_checklist_group_get_type ())

G_DECLARE_FINAL_TYPE (BkChecklistGroup, bk_checklist_group, BK, CHECKLIST_GROUP, AdwPreferencesGroup)

GtkWidget *bk_check_row_new                (const char         *label,
                                            GtkCheckButton    **out_check);
GtkWidget *bk_checklist_group_new          (void);
void       bk_checklist_group_set_items    (BkChecklistGroup   *self,
                                            const char * const *labels,
                                            guint               n_labels);
guint      bk_checklist_group_get_n_items  (BkChecklistGroup   *self);
gboolean   bk_checklist_group_get_answered (BkChecklistGroup   *self);
BkAnswer   bk_checklist_group_get_answer   (BkChecklistGroup   *self,
                                            guint               item);
void       bk_checklist_group_set_answers  (BkChecklistGroup   *self,
                                            const BkAnswer     *answers,
                                            guint               n_answers);
GtkCheckButton *bk_checklist_group_get_check (BkChecklistGroup *self,
                                              guint             item);
GtkCheckButton *bk_checklist_group_get_none_check (BkChecklistGroup *self);

G_END_DECLS
