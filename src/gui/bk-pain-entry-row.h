/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "core/bk-pain-entry.h"

G_BEGIN_DECLS

#define BK_TYPE_PAIN_ENTRY_ROW (bk_pain_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (BkPainEntryRow, bk_pain_entry_row, BK, PAIN_ENTRY_ROW, GtkWidget)

GtkWidget   *bk_pain_entry_row_new       (void);
BkPainEntry *bk_pain_entry_row_get_entry (BkPainEntryRow *self);
void         bk_pain_entry_row_set_entry (BkPainEntryRow *self,
                                          BkPainEntry    *entry);
char        *bk_pain_entry_row_describe_title (BkPainEntry *entry);
char        *bk_pain_entry_row_describe_when  (BkPainEntry *entry);

G_END_DECLS
