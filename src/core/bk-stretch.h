/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Longest static stretch on the looser side before a run, and longest single
 * hold (issue 9, tightening training science sec. 6's 40 s): the tighter
 * side then gets 1.5 x, 45 s. */
#define BK_BEFORE_RUN_CAP_S 30
/* A tightness self-test is worth repeating after four weeks. */
#define BK_TIGHTNESS_RETEST_DAYS 28

typedef enum {
  BK_SIDE_NONE,
  BK_SIDE_LEFT,
  BK_SIDE_RIGHT,
} BkSide;

typedef enum {
  BK_TIGHTNESS_UNKNOWN,
  BK_TIGHTNESS_EVEN,
  BK_TIGHTNESS_LEFT,
  BK_TIGHTNESS_RIGHT,
} BkTightness;

typedef enum {
  BK_STRETCH_KIND_STRETCH,
  BK_STRETCH_KIND_STRENGTH,
  BK_STRETCH_KIND_RELEASE,
} BkStretchKind;

/* When a routine is done: it changes the dose, not the order. */
typedef enum {
  BK_TIMING_AFTER_RUN,
  BK_TIMING_BEFORE_RUN,
} BkTiming;

#define BK_TYPE_STRETCH (bk_stretch_get_type ())

typedef struct {
  char          *id;            /* stable, e.g. "hamstrings-standing" */
  char          *name;
  char          *muscle;        /* key for the tightness test, e.g. "hamstrings" */
  char         **targets;       /* muscles worked, for people */
  gboolean       sided;
  BkStretchKind  kind;
  guint          hold_s;        /* one repetition, per side */
  guint          reps;
  char          *instructions;
  char          *before_run;    /* how it suits a warm-up */
  char          *after_run;     /* how it suits the cool-down */
  char          *cautions;
  char          *guide_section; /* e.g. "treatment#stretches" */
  gboolean       user_defined;
} BkStretch;

GType        bk_stretch_get_type         (void) G_GNUC_CONST;
BkStretch   *bk_stretch_new              (const char     *id,
                                          const char     *name,
                                          gboolean        sided,
                                          guint           hold_s,
                                          guint           reps);
BkStretch   *bk_stretch_copy             (const BkStretch *self);
void         bk_stretch_free             (BkStretch      *self);
gboolean     bk_stretch_validate         (const BkStretch *self,
                                          GError        **error);

GPtrArray   *bk_stretch_catalogue_parse  (const char     *data,
                                          gsize           length,
                                          GError        **error);
BkStretch   *bk_stretch_catalogue_find   (GPtrArray      *catalogue,
                                          const char     *id);

const char  *bk_tightness_to_string      (BkTightness     tightness);
gboolean     bk_tightness_from_string    (const char     *text,
                                          BkTightness    *out);
BkSide       bk_tightness_tighter_side   (BkTightness     tightness);
gboolean     bk_tightness_retest_due     (guint32         tested_julian,
                                          guint32         today_julian);
const char  *bk_side_to_string           (BkSide          side);

/* The dose for one side. Repetitions share total_s as evenly as whole
 * seconds allow, so the total is exact (45 s = 22 s + 23 s). */
typedef struct {
  BkSide   side;
  guint    reps;
  guint    total_s;
  gboolean tighter;
} BkSideDose;

typedef struct {
  BkSideDose sides[2];
  guint      n_sides;           /* 1 for a central stretch */
} BkDose;

void         bk_stretch_dose             (guint           hold_s,
                                          guint           reps,
                                          gboolean        sided,
                                          BkStretchKind   kind,
                                          BkTightness     tightness,
                                          BkTiming        timing,
                                          BkDose         *out);
guint        bk_side_dose_rep_hold       (const BkSideDose *dose,
                                          guint           rep);
guint        bk_dose_total_s             (const BkDose   *dose);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkStretch, bk_stretch_free)

G_END_DECLS

G_BEGIN_DECLS

/* One side of one stretch in a routine, as the player runs it. */
typedef struct {
  const BkStretch *stretch;     /* borrowed from the routine's items */
  BkSide           side;
  guint            reps;
  guint            total_s;
  gboolean         tighter;
} BkPlanStep;

GArray      *bk_routine_plan             (GPtrArray      *stretches,
                                          GHashTable     *tightness,
                                          BkTiming        timing);
guint        bk_routine_plan_total_s     (GArray         *plan);

G_END_DECLS
