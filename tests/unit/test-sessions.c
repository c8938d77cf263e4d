/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "core/bk-acwr.h"
#include "core/bk-session.h"
#include "core/bk-training-status.h"
#include "bk-test-log.h"

/* Sessions that are not runs (issue 16): they count in time and
 * session-RPE load, never in the distance the spike and weekly rules
 * judge. */

static guint32
julian (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* Adds a session of @minutes on @day, in day order; @rpe 0: not rated. */
static void
sessions_add (GArray  *sessions,
              guint32  day,
              int      minutes,
              int      rpe)
{
  BkSessionDay *last = sessions->len > 0
    ? &g_array_index (sessions, BkSessionDay, sessions->len - 1) : NULL;

  if (last == NULL || last->julian != day)
    {
      BkSessionDay fresh = { .julian = day };

      g_array_append_val (sessions, fresh);
      last = &g_array_index (sessions, BkSessionDay, sessions->len - 1);
    }
  last->duration_s += minutes * 60;
  last->sessions++;
  if (rpe > 0)
    {
      last->srpe += rpe * minutes;
      last->rpe_sessions++;
    }
}

static BkTrainingStatus *
status_of (Log     *log,
           GArray  *sessions,
           guint32  today)
{
  BkStatusInput in = {
    .days = (BkDayTotal *) (gpointer) log->days->data,
    .n_days = log->days->len,
    .today = today,
    .first_day = G_DATE_MONDAY,
    .units = BK_UNITS_METRIC,
    .n_weeks = 8,
    .sessions = sessions != NULL ? (BkSessionDay *) (gpointer) sessions->data : NULL,
    .n_sessions = sessions != NULL ? sessions->len : 0,
  };

  return bk_training_status_compute (&in);
}

static void
assert_same_running (BkTrainingStatus *a,
                     BkTrainingStatus *b)
{
  g_assert_cmpint (a->level, ==, b->level);
  g_assert_cmpint (a->spike_tier, ==, b->spike_tier);
  g_assert_cmpint (a->progression_tier, ==, b->progression_tier);
  g_assert_cmpfloat (a->spike_reference_m, ==, b->spike_reference_m);
  g_assert_cmpfloat (a->last_7_m, ==, b->last_7_m);
  g_assert_cmpfloat (a->previous_7_m, ==, b->previous_7_m);
  g_assert_cmpfloat (a->longest_30d_m, ==, b->longest_30d_m);
  g_assert_true (a->next_long_run_max_m == b->next_long_run_max_m ||
                 (isnan (a->next_long_run_max_m) && isnan (b->next_long_run_max_m)));
  g_assert_true (a->week_ceiling_m == b->week_ceiling_m ||
                 (isnan (a->week_ceiling_m) && isnan (b->week_ceiling_m)));
  g_assert_cmpuint (a->weekly->len, ==, b->weekly->len);
  for (guint i = 0; i < a->weekly->len; i++)
    {
      BkStatusWeek *wa = &g_array_index (a->weekly, BkStatusWeek, i);
      BkStatusWeek *wb = &g_array_index (b->weekly, BkStatusWeek, i);

      g_assert_cmpfloat (wa->distance_m, ==, wb->distance_m);
      g_assert_cmpint (wa->duration_s, ==, wb->duration_s);
      g_assert_cmpuint (wa->runs, ==, wb->runs);
      g_assert_cmpint (wa->level, ==, wb->level);
      g_assert_cmpint (wa->spike_tier, ==, wb->spike_tier);
    }
}

/* Six steady weeks of 3 x 5 km, then a week of ten hours of cycling and
 * aqua jogging on top: load doubles, running does not, and no tier rises. */
static void
test_sessions_raise_no_tier (void)
{
  Log log = log_new ();
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  g_autoptr(BkTrainingStatus) runs_only = NULL;
  g_autoptr(BkTrainingStatus) with = NULL;
  guint32 monday = julian (2026, 10, 19);
  guint32 today = monday + 7 * 6 + 6;

  for (guint w = 0; w < 7; w++)
    for (guint d = 0; d < 7; d += 3)
      log_add (&log, monday + 7 * w + d, 5, 4);
  for (guint32 d = today - 6; d <= today; d++)
    {
      sessions_add (sessions, d, 60, 6);
      sessions_add (sessions, d, 30, 4);
    }

  runs_only = status_of (&log, NULL, today);
  with = status_of (&log, sessions, today);
  g_assert_cmpint (runs_only->level, ==, BK_RISK_NONE);
  assert_same_running (runs_only, with);
  g_assert_cmpint (with->level, ==, BK_RISK_NONE);
  /* The sessions were counted: in the load. */
  g_assert_cmpfloat (with->ewma_acute, >, 2 * runs_only->ewma_acute);
  g_assert_cmpfloat (with->last_7_m, ==, 15000);
  /* ... and the week's own row still holds 15 km from 3 runs. */
  g_assert_cmpfloat (g_array_index (with->weekly, BkStatusWeek, with->weekly->len - 1).distance_m, ==, 15000);
  g_assert_cmpint (with->low_impact_week_s, ==, 7 * 90 * 60);
  g_assert_cmpuint (with->low_impact_week_sessions, ==, 14);
  g_array_unref (log.days);
}

/* A spike stays the same spike, judged against the same longest run. */
static void
test_sessions_change_no_spike (void)
{
  Log log = log_new ();
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  g_autoptr(BkTrainingStatus) runs_only = NULL;
  g_autoptr(BkTrainingStatus) with = NULL;
  guint32 start = julian (2026, 10, 1);
  guint32 today = start + 40;

  for (guint32 d = start; d < today; d += 2)
    log_add (&log, d, 8, 5);
  log_add (&log, today, 21, 7);
  for (guint32 d = start + 20; d <= today; d++)
    sessions_add (sessions, d, 120, 5);

  runs_only = status_of (&log, NULL, today);
  with = status_of (&log, sessions, today);
  g_assert_cmpint (runs_only->spike_tier, >=, BK_RISK_WARNING);
  g_assert_cmpfloat (runs_only->spike_reference_m, ==, 8000);
  assert_same_running (runs_only, with);
  g_array_unref (log.days);
}

/* The load counts them: with every run and session rated the ratios stay
 * in session-RPE, and the acute EWMA on a day rises by its smoothing
 * factor times the session's RPE x minutes. */
static void
test_sessions_count_in_load (void)
{
  Log log = log_new ();
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  g_autoptr(GArray) unrated = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  g_autoptr(BkTrainingStatus) runs_only = NULL;
  g_autoptr(BkTrainingStatus) with = NULL;
  g_autoptr(BkTrainingStatus) with_unrated = NULL;
  guint32 start = julian (2026, 9, 1);
  guint32 today = start + 60;
  double la = 2.0 / (BK_ACWR_EWMA_ACUTE_DAYS + 1);

  for (guint32 d = start; d <= today; d += 2)
    log_add (&log, d, 6, 5);
  sessions_add (sessions, today, 60, 5);
  sessions_add (unrated, today, 60, 0);

  runs_only = status_of (&log, NULL, today);
  with = status_of (&log, sessions, today);
  with_unrated = status_of (&log, unrated, today);
  g_assert_cmpint (runs_only->acwr_unit, ==, BK_LOAD_UNIT_SRPE);
  g_assert_cmpint (with->acwr_unit, ==, BK_LOAD_UNIT_SRPE);
  g_assert_cmpfloat_with_epsilon (with->ewma_acute - runs_only->ewma_acute, la * 300, 1e-6);
  g_assert_cmpfloat (with->acwr_ewma, >, runs_only->acwr_ewma);
  /* A session without an effort is never counted as 0 sRPE: minutes. */
  g_assert_cmpint (with_unrated->acwr_unit, ==, BK_LOAD_UNIT_MINUTES);
  g_assert_cmpfloat (g_array_index (with->weekly, BkStatusWeek, with->weekly->len - 1).low_impact_srpe, ==, 300);
  assert_same_running (runs_only, with);
  g_array_unref (log.days);
}

static void
test_sentence_during_return (void)
{
  Log log = log_new ();
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  guint32 start = julian (2026, 9, 1);
  guint32 last_run = julian (2026, 11, 1);
  guint32 today = julian (2026, 12, 3);   /* a Thursday */

  for (guint32 d = start; d <= last_run; d += 2)
    log_add (&log, d, 8, 0);
  sessions_add (sessions, julian (2026, 11, 25), 60, 5);   /* last week: not counted */
  sessions_add (sessions, julian (2026, 11, 30), 90, 5);
  sessions_add (sessions, julian (2026, 12, 2), 90, 0);

  /* On a break: a month without a run. */
  {
    g_autoptr(BkTrainingStatus) status = status_of (&log, sessions, today);
    g_autofree char *sentence = bk_training_status_low_impact_sentence (status);

    g_assert_true (status->returning);
    g_assert_cmpint (status->low_impact_week_s, ==, 3 * 3600);
    g_assert_cmpstr (sentence, ==, "You kept 3 h of low-impact training this week");
  }

  /* Back: the first run after it opens a return block. */
  log_add (&log, today, 4, 0);
  {
    g_autoptr(BkTrainingStatus) status = status_of (&log, sessions, today);
    g_autofree char *sentence = bk_training_status_low_impact_sentence (status);

    g_assert_cmpuint (status->return_start, ==, today);
    g_assert_cmpstr (sentence, ==, "You kept 3 h of low-impact training this week");
  }

  /* Without sessions this week there is nothing to say. */
  {
    g_autoptr(BkTrainingStatus) status = status_of (&log, NULL, today);

    g_assert_null (bk_training_status_low_impact_sentence (status));
  }
  g_array_unref (log.days);
}

/* Running as usual: the time is counted, the encouragement is not said. */
static void
test_no_sentence_when_running (void)
{
  Log log = log_new ();
  g_autoptr(GArray) sessions = g_array_new (FALSE, TRUE, sizeof (BkSessionDay));
  g_autoptr(BkTrainingStatus) status = NULL;
  guint32 start = julian (2026, 9, 1);
  guint32 today = julian (2026, 12, 3);

  for (guint32 d = start; d <= today; d += 2)
    log_add (&log, d, 8, 0);
  sessions_add (sessions, julian (2026, 12, 1), 45, 3);
  status = status_of (&log, sessions, today);
  g_assert_false (status->returning);
  g_assert_cmpint (status->low_impact_week_s, ==, 45 * 60);
  g_assert_null (bk_training_status_low_impact_sentence (status));
  g_array_unref (log.days);
}

static void
test_hours_minutes (void)
{
  const struct { gint64 seconds; const char *text; } vectors[] = {
    { 0, "0 min" }, { 29, "0 min" }, { 45 * 60, "45 min" }, { 3 * 3600, "3 h" },
    { 5400, "1 h 30 min" }, { 3 * 3600 + 59 * 60 + 40, "4 h" }, { -5, "0 min" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autofree char *text = bk_format_hours_minutes (vectors[i].seconds);

      g_assert_cmpstr (text, ==, vectors[i].text);
    }
}

static void
test_kinds (void)
{
  BkSessionKind kind = BK_SESSION_KIND_OTHER;

  for (int k = 0; k < BK_SESSION_N_KINDS; k++)
    {
      g_assert_true (bk_session_kind_from_string (bk_session_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_nonnull (strstr (bk_session_kind_list (), bk_session_kind_to_string (k)));
    }
  g_assert_cmpstr (bk_session_kind_to_string (BK_SESSION_KIND_AQUA_JOGGING), ==, "aqua-jogging");
  g_assert_true (bk_session_kind_from_string (" Aqua jogging ", &kind));
  g_assert_cmpint (kind, ==, BK_SESSION_KIND_AQUA_JOGGING);
  g_assert_true (bk_session_kind_from_string ("AQUA_JOGGING", &kind));
  g_assert_false (bk_session_kind_from_string ("rowing", &kind));
  g_assert_false (bk_session_kind_from_string ("", &kind));
  g_assert_false (bk_session_kind_from_string (NULL, &kind));
}

static void
test_validate (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 12, 1, 7, 0, 0);
  g_autoptr(BkSession) session = bk_session_new (BK_SESSION_KIND_SWIMMING, start, 45 * 60);
  g_autoptr(GError) error = NULL;

  g_assert_true (bk_session_validate (session, NULL));
  g_assert_true (isnan (bk_session_get_load (session)));
  session->rpe = 6;
  g_assert_cmpfloat (bk_session_get_load (session), ==, 270);
  session->rpe = 11;
  g_assert_false (bk_session_validate (session, &error));
  g_assert_nonnull (strstr (error->message, "Effort"));
  g_clear_error (&error);
  session->rpe = 0;
  session->duration_s = 0;
  g_assert_false (bk_session_validate (session, &error));
  g_assert_nonnull (strstr (error->message, "Duration"));
  g_clear_error (&error);
  session->duration_s = BK_SESSION_MAX_DURATION_S + 1;
  g_assert_false (bk_session_validate (session, NULL));
}

static void
test_parse_start (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 1, 9, 30, 0);
  static const struct { const char *text; int day, hour, minute; } good[] = {
    { "2026-11-30", 30, 12, 0 }, { "2026-11-30 07:15", 30, 7, 15 }, { "2026-11-30T07:15", 30, 7, 15 },
    { " 2026-11-29 18:05 ", 29, 18, 5 }, { "2026-11-28 ", 28, 12, 0 },
  };
  static const char *bad[] = { "", "yesterday-ish", "2026-02-30", "2026-11-30 25:00", "2026-11-30 7h" };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (bk_session_parse_start (good[i].text, now, &start, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_time_get_day_of_month (start), ==, good[i].day);
      g_assert_cmpint (g_date_time_get_hour (start), ==, good[i].hour);
      g_assert_cmpint (g_date_time_get_minute (start), ==, good[i].minute);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (bk_session_parse_start (bad[i], now, &start, &error));
      g_assert_nonnull (error);
      g_assert_null (start);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sessions/raise-no-tier", test_sessions_raise_no_tier);
  g_test_add_func ("/sessions/change-no-spike", test_sessions_change_no_spike);
  g_test_add_func ("/sessions/count-in-load", test_sessions_count_in_load);
  g_test_add_func ("/sessions/sentence-during-return", test_sentence_during_return);
  g_test_add_func ("/sessions/no-sentence-when-running", test_no_sentence_when_running);
  g_test_add_func ("/sessions/hours-minutes", test_hours_minutes);
  g_test_add_func ("/sessions/kinds", test_kinds);
  g_test_add_func ("/sessions/validate", test_validate);
  g_test_add_func ("/sessions/parse-start", test_parse_start);
  return g_test_run ();
}
