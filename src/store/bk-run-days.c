/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-days"

#include "bk-run-days.h"

/* The run_days table (migration 2) holds one row per day with runs, kept up
 * to date by triggers on runs, so the training status reads its daily
 * series without grouping every run.
 */

/**
 * bk_run_days_read:
 *
 * Reads the daily series from @from_julian to @to_julian inclusive from the
 * run_days table the triggers keep; the same rows as
 * bk_run_store_daily_totals(), without grouping every run.
 *
 * Returns: (transfer full) (element-type BkDayTotal) (nullable): days in order
 */
GArray *
bk_run_days_read (BkDatabase  *database,
                  guint32      from_julian,
                  guint32      to_julian,
                  GError     **error)
{
  g_autoptr(GArray) days = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  stmt = bk_database_prepare (database,
                              "SELECT julian, distance_m, duration_s, runs, longest_m, srpe, rpe_runs"
                              " FROM run_days WHERE julian BETWEEN ?1 AND ?2 ORDER BY julian",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_julian);
  sqlite3_bind_int64 (stmt, 2, to_julian);

  days = g_array_sized_new (FALSE, TRUE, sizeof (BkDayTotal), 1024);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BkDayTotal *day;

      g_array_set_size (days, days->len + 1);
      day = &g_array_index (days, BkDayTotal, days->len - 1);
      day->julian = (guint32) sqlite3_column_int64 (stmt, 0);
      day->distance_m = sqlite3_column_double (stmt, 1);
      day->duration_s = sqlite3_column_int64 (stmt, 2);
      day->runs = (guint) sqlite3_column_int (stmt, 3);
      day->longest_m = sqlite3_column_double (stmt, 4);
      day->srpe = sqlite3_column_double (stmt, 5);
      day->rpe_runs = (guint) sqlite3_column_int (stmt, 6);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}
