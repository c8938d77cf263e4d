/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "bk-context.h"
#include "core/bk-routine.h"

G_BEGIN_DECLS

/* What is due when: the one place the page, --status and the reminder
 * service ask, so they always agree. */
typedef struct {
  GPtrArray  *stretches;    /* (element-type BkStretch) catalogue with holds */
  GPtrArray  *routines;     /* (element-type BkRoutine) */
  GHashTable *tightness;    /* muscle -> BkTightness */
  GPtrArray  *due;          /* (element-type GDateTime) per routine, NULL = none */
  gint        today_index;  /* routine for today, -1 if there are none */
  gint        next_index;   /* routine with the next reminder, -1 if none */
} BkStretchAgenda;

BkStretchAgenda *bk_stretch_agenda_load       (BkContext        *context,
                                               GDateTime        *now,
                                               GError          **error);
void             bk_stretch_agenda_free       (BkStretchAgenda  *self);
gboolean         bk_stretch_agenda_is_snoozed (BkStretchAgenda  *self,
                                               guint             index);
GArray          *bk_stretch_agenda_plan       (BkStretchAgenda  *self,
                                               const BkRoutine  *routine,
                                               GPtrArray       **stretches_out);
GDateTime       *bk_stretch_routine_next_due  (const BkRoutine  *routine,
                                               GDateTime        *now,
                                               GTimeZone        *tz,
                                               gint64            last_run_logged);
gboolean         bk_stretch_routine_snoozed   (const BkRoutine  *routine,
                                               GDateTime        *now);
char            *bk_stretch_format_seconds    (guint             seconds);
const char      *bk_stretch_side_label        (BkSide            side);
const char      *bk_stretch_muscle_label      (const char       *muscle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkStretchAgenda, bk_stretch_agenda_free)

G_END_DECLS
