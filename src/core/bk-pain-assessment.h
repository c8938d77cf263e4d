/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "bk-guide-ids.h"
#include "bk-pain-entry.h"

G_BEGIN_DECLS

/* Pain that begins this late in a run points at tiring muscles rather than
 * the usual 10 to 15 minutes. */
#define BK_PAIN_LATE_IN_RUN_MINUTES 30
/* How many of the latest entries the trend looks across. */
#define BK_PAIN_TREND_WINDOW 5

typedef enum {
  BK_PAIN_ADVICE_NONE,
  BK_PAIN_ADVICE_SEE_CLINICIAN, /*< nick=see_clinician >*/
  BK_PAIN_ADVICE_URGENT,
} BkPainAdvice;

typedef enum {
  BK_PAIN_HINT_SACROILIAC,
  BK_PAIN_HINT_FACET,
  BK_PAIN_HINT_WEAK_CORE,
  BK_PAIN_HINT_TRIGGER_POINTS,
} BkPainHintKind;

typedef struct {
  BkPainHintKind  kind;
  /* Translated, worded as a possibility, never a diagnosis. */
  const char     *text;
  const char     *guide_id;
} BkPainHint;

typedef struct {
  BkPainAdvice  advice;
  /* NULL when advice is NONE; otherwise what to do, in plain words. */
  char         *advice_title;
  char         *advice_text;
  const char   *advice_guide_id;
  /* BkPainHint; empty unless advice is NONE: when a clinician is needed
   * the app gives no self-help or training hints. */
  GArray       *hints;
} BkPainAssessment;

typedef enum {
  BK_PAIN_TREND_UNKNOWN,
  BK_PAIN_TREND_STEADY,
  BK_PAIN_TREND_IMPROVING,
  BK_PAIN_TREND_WORSENING,
} BkPainTrend;

BkPainAssessment *bk_pain_assess              (BkPainEntry       *entry);
void              bk_pain_assessment_free     (BkPainAssessment  *assessment);
gboolean          bk_pain_assessment_has_hint (BkPainAssessment  *assessment,
                                               BkPainHintKind     kind);
const char       *bk_pain_advice_to_string    (BkPainAdvice       advice);

gboolean          bk_pain_change_is_meaningful (int               from_rating,
                                                int               to_rating);
BkPainTrend       bk_pain_trend               (BkPainEntry      **entries,
                                               guint              n_entries,
                                               int               *out_from,
                                               int               *out_to);
const char       *bk_pain_trend_to_string     (BkPainTrend        trend);
const char       *bk_pain_trend_get_label     (BkPainTrend        trend);

/* Pain summed per training week, to line up with BkWeekTotal. */
typedef struct {
  guint32 week_start;
  guint   entries;
  /* -1 when the week has no entries. */
  int     worst;
  double  mean;
} BkPainWeek;

GArray           *bk_pain_weekly              (BkPainEntry      **entries,
                                               guint              n_entries,
                                               guint32            first_week_start,
                                               guint              n_weeks);

GPtrArray        *bk_pain_insights            (BkPainEntry      **entries,
                                               guint              n_entries,
                                               const guint32     *flagged_weeks,
                                               guint              n_flagged_weeks,
                                               GDateWeekday       first_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkPainAssessment, bk_pain_assessment_free)

G_END_DECLS
