/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-store"

#include "bk-config.h"

#include <string.h>

#include "core/bk-date.h"
#include "bk-pain-store-private.h"

/* What the advice needs from the journal without reading all of it
 * (issue 13): the open episode's span, walked back through the pain
 * entries' days only as far as the episode goes, and the few entries that
 * can still open or close a reason. Every query runs on the instant index
 * (newest first) or the local-day index; the rules themselves stay in
 * core/bk-advice-episode.c, which these queries mirror. */

/* bk_advice_entry_is_pain() in SQL: ?2 is the leg-sign mask. */
#define IS_PAIN "(rating > 0 OR character & ?2 OR 1 IN (" SIGN_COLUMNS "))"
/* bk_advice_entry_is_clear() in SQL: a NULL sign (unanswered) makes max()
 * NULL. */
#define IS_CLEAR "(NOT character & ?3 AND max (" SIGN_COLUMNS ") = 0)"

static guint32
column_day (sqlite3_stmt *stmt,
            int           column)
{
  guint32 day = 0;

  if (!bk_date_from_iso ((const char *) sqlite3_column_text (stmt, column), &day))
    return 0;
  return day;
}

/* Steps @stmt to its next row: TRUE with a row, FALSE at the end or on an
 * error (then @error is set). */
static gboolean
step_row (BkDatabase   *database,
          sqlite3_stmt *stmt,
          gboolean     *failed,
          GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      *failed = TRUE;
    }
  return FALSE;
}

/* The first day of the open episode: the pain entries newest first until
 * one starts an episode. 0 when the newest is too old to be open. */
static gboolean
read_episode_start (BkDatabase *database,
                    gint64      now_unix,
                    guint32     today,
                    guint32    *out_start,
                    GError    **error)
{
  sqlite3_stmt *stmt;
  guint32 newer = 0;
  gboolean failed = FALSE;

  *out_start = 0;
  stmt = bk_database_prepare (database,
                              "SELECT local_date FROM pain_entries"
                              " WHERE unixepoch (felt_at) <= ?1 AND " IS_PAIN
                              " ORDER BY unixepoch (felt_at) DESC, id DESC",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now_unix);
  sqlite3_bind_int (stmt, 2, BK_PAIN_CHARACTER_LEG_SIGNS);
  while (step_row (database, stmt, &failed, error))
    {
      guint32 day = column_day (stmt, 0);

      if (newer == 0 && !bk_advice_span_is_open (day, today))
        break;
      if (newer != 0 && bk_advice_span_starts_episode (newer, day))
        break;
      newer = day;
    }
  sqlite3_reset (stmt);
  /* Out of rows: the oldest pain entry started it. */
  *out_start = newer;
  return !failed;
}

static gboolean
read_span (BkDatabase   *database,
           gint64        now_unix,
           guint32       today,
           BkAdviceSpan *span,
           GError      **error)
{
  g_autofree char *start_iso = NULL;
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  memset (span, 0, sizeof *span);
  if (!read_episode_start (database, now_unix, today, &span->start, error))
    return FALSE;
  if (span->start == 0)
    return TRUE;
  start_iso = bk_date_to_iso (span->start);

  stmt = bk_database_prepare (database,
                              "SELECT max (rating) FROM pain_entries"
                              " WHERE local_date = ?1 AND unixepoch (felt_at) <= ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, start_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, now_unix);
  span->baseline = -1;
  if (step_row (database, stmt, &failed, error) && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    span->baseline = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (failed)
    return FALSE;

  stmt = bk_database_prepare (database,
                              "SELECT local_date, rating FROM pain_entries"
                              " WHERE unixepoch (felt_at) <= ?1 AND local_date >= ?2"
                              " ORDER BY unixepoch (felt_at) DESC, id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now_unix);
  sqlite3_bind_text (stmt, 2, start_iso, -1, SQLITE_TRANSIENT);
  if (step_row (database, stmt, &failed, error))
    {
      span->newest_day = column_day (stmt, 0);
      span->newest_rating = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return !failed;
}

/* The newest clear entry after @after_iso, or 0. */
static gboolean
read_newest_clear (BkDatabase *database,
                   gint64      now_unix,
                   const char *after_iso,
                   gint64     *out_id,
                   GError    **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  *out_id = 0;
  stmt = bk_database_prepare (database,
                              "SELECT id FROM pain_entries"
                              " WHERE unixepoch (felt_at) <= ?1 AND local_date > ?2 AND " IS_CLEAR
                              " ORDER BY unixepoch (felt_at) DESC, id DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now_unix);
  sqlite3_bind_text (stmt, 2, after_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, BK_PAIN_CHARACTER_LEG_SIGNS);
  if (step_row (database, stmt, &failed, error))
    *out_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return !failed;
}

/**
 * bk_pain_store_list_for_advice:
 * @now: the moment the advice is judged at
 * @after_day: the local day of the newest clinician assessment on or
 *   before @now's day, or 0 when there is none
 * @span: (out caller-allocates): the open episode
 *
 * Reads what bk_advice_episode_compute_bounded() needs: the open
 * episode's span and, of the entries after @after_day and judged as of
 * @now, those that raise a reason and the newest clear one.
 *
 * Returns: (transfer full) (element-type BkPainEntry): those entries,
 *   newest first, or NULL with @error set
 */
GPtrArray *
bk_pain_store_list_for_advice (BkPainStore   *self,
                               GDateTime     *now,
                               guint32        after_day,
                               BkAdviceSpan  *span,
                               GError       **error)
{
  BkDatabase *database;
  g_autofree char *after_iso = NULL;
  sqlite3_stmt *stmt;
  gint64 now_unix, clear_id;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (span != NULL, NULL);

  database = bk_pain_store_get_database (self);
  now_unix = g_date_time_to_unix (now);
  after_iso = after_day > 0 ? bk_date_to_iso (after_day) : g_strdup ("0000-00-00");
  if (!read_span (database, now_unix, bk_date_julian_of (now), span, error) ||
      !read_newest_clear (database, now_unix, after_iso, &clear_id, error))
    return NULL;

  stmt = bk_database_prepare (database,
                              "SELECT " PAIN_COLUMNS " FROM pain_entries"
                              " WHERE unixepoch (felt_at) <= ?1 AND local_date > ?2 AND"
                              "  (1 IN (" SIGN_COLUMNS ") OR character & ?3 OR rating >= ?4 OR id = ?5)"
                              " ORDER BY unixepoch (felt_at) DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, now_unix);
  sqlite3_bind_text (stmt, 2, after_iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, BK_PAIN_CHARACTER_LEG_SIGNS);
  sqlite3_bind_int (stmt, 4, BK_ADVICE_SEVERE_RATING);
  sqlite3_bind_int64 (stmt, 5, clear_id);
  return bk_database_collect (database, stmt, bk_pain_store_entry_from_row, error);
}
