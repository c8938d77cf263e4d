/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-schedule.h"
#include "bk-stretch.h"

G_BEGIN_DECLS

#define BK_ROUTINE_NAME_MAX 80

#define BK_TYPE_ROUTINE (bk_routine_get_type ())

/* A named, ordered list of catalogue stretches with its reminder. */
typedef struct {
  gint64      id;
  char       *name;
  BkTiming    timing;
  GPtrArray  *stretch_ids;      /* (element-type utf8) in order */
  BkSchedule  schedule;
  guint32     skipped_julian;   /* "Skip today" for this local day; 0 = none */
  gint64      snoozed_until;    /* Unix seconds a snoozed reminder comes back; 0 = none */
} BkRoutine;

GType      bk_routine_get_type        (void) G_GNUC_CONST;
BkRoutine *bk_routine_new             (const char     *name,
                                       BkTiming        timing);
BkRoutine *bk_routine_copy            (const BkRoutine *self);
void       bk_routine_free            (BkRoutine      *self);
gboolean   bk_routine_name_is_valid   (const char     *name,
                                       GError        **error);
GPtrArray *bk_routine_resolve         (const BkRoutine *self,
                                       GPtrArray      *catalogue);

#define BK_TYPE_TIGHTNESS_TEST (bk_tightness_test_get_type ())

typedef struct {
  gint64      id;
  char       *muscle;
  BkTightness result;
  guint32     julian;
} BkTightnessTest;

GType            bk_tightness_test_get_type (void) G_GNUC_CONST;
BkTightnessTest *bk_tightness_test_new      (const char      *muscle,
                                             BkTightness      result,
                                             guint32          julian);
BkTightnessTest *bk_tightness_test_copy     (const BkTightnessTest *self);
void             bk_tightness_test_free     (BkTightnessTest *self);

#define BK_TYPE_STRETCH_SESSION (bk_stretch_session_get_type ())

/* One go at a routine in the player, whole or stopped part way. */
typedef struct {
  gint64     id;
  gint64     routine_id;       /* 0 once the routine is deleted */
  char      *routine_name;
  GDateTime *started_at;
  guint      planned_s;
  guint      done_s;
  guint      steps_total;
  guint      steps_done;
  gboolean   completed;
} BkStretchSession;

GType             bk_stretch_session_get_type (void) G_GNUC_CONST;
BkStretchSession *bk_stretch_session_new      (gint64           routine_id,
                                               const char      *routine_name,
                                               GDateTime       *started_at);
BkStretchSession *bk_stretch_session_copy     (const BkStretchSession *self);
void              bk_stretch_session_free     (BkStretchSession *self);

guint      bk_stretch_streak          (const guint32  *session_days,
                                       guint           n_days,
                                       guint32         today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkRoutine, bk_routine_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkTightnessTest, bk_tightness_test_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkStretchSession, bk_stretch_session_free)

G_END_DECLS
