/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Training that is not running: the low-impact work the guide recommends
 * for keeping fit without pounding (aqua jogging above all), logged by
 * hand or met by an import. A session counts in time and session-RPE load,
 * never in the running distance the spike and weekly rules judge. */
typedef enum {
  BK_SESSION_KIND_AQUA_JOGGING,
  BK_SESSION_KIND_CYCLING,
  BK_SESSION_KIND_ELLIPTICAL,
  BK_SESSION_KIND_SWIMMING,
  BK_SESSION_KIND_STRENGTH,
  BK_SESSION_KIND_OTHER,
} BkSessionKind;

#define BK_SESSION_N_KINDS (BK_SESSION_KIND_OTHER + 1)
/* The longest a session may be, as the store's CHECK allows: 24 hours. */
#define BK_SESSION_MAX_DURATION_S (24 * 3600)
#define BK_SESSION_MAX_NOTES 1000

typedef struct {
  gint64         id;
  BkSessionKind  kind;
  GDateTime     *started_at;   /* in the runner's time zone */
  gint64         duration_s;
  int            rpe;          /* 1 to 10; 0: not rated */
  char          *notes;
  /* As an import named the sport ("Ride", "Wanderung"); "" when typed. */
  char          *sport;
  double         distance_m;   /* negative: unknown or not relevant */
} BkSession;

/* One calendar day of sessions, summed by the store, beside the runs'
 * BkDayTotal. */
typedef struct {
  guint32 julian;
  gint64  duration_s;
  /* Session RPE load (RPE x minutes) over the sessions that have an RPE. */
  double  srpe;
  guint   sessions;
  guint   rpe_sessions;
} BkSessionDay;

BkSession    *bk_session_new             (BkSessionKind  kind,
                                          GDateTime     *started_at,
                                          gint64         duration_s);
void          bk_session_free            (BkSession     *self);
BkSession    *bk_session_copy            (const BkSession *self);
gboolean      bk_session_validate        (const BkSession *self,
                                          GError       **error);
double        bk_session_get_load        (const BkSession *self);
guint32       bk_session_get_julian      (const BkSession *self);

const char   *bk_session_kind_to_string  (BkSessionKind  kind);
gboolean      bk_session_kind_from_string (const char   *text,
                                          BkSessionKind *out_kind);
const char   *bk_session_kind_get_label  (BkSessionKind  kind);
const char   *bk_session_kind_list       (void);

char         *bk_format_hours_minutes    (gint64         seconds);
gboolean      bk_session_parse_start     (const char    *text,
                                          GDateTime     *now,
                                          GDateTime    **out_start,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkSession, bk_session_free)

G_END_DECLS
