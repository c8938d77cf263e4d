/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-surfaces"

#include "bk-run-surfaces.h"

/* The run_surface_days table (a migration in bk-database.c) holds each
 * day's distance by ground, kept up to date by triggers on runs;
 * test-run-store checks its grounds against bk_surface_get_ground(). */

/**
 * bk_run_surfaces_read:
 *
 * Sums each day's running from @from_julian to @to_julian inclusive by
 * ground: soft, firm, and mixed or not given.
 *
 * Returns: (transfer full) (element-type BkSurfaceDay) (nullable): days in
 *   order, only days with runs
 */
GArray *
bk_run_surfaces_read (BkDatabase  *database,
                      guint32      from_julian,
                      guint32      to_julian,
                      GError     **error)
{
  g_autoptr(GArray) days = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (from_julian > 0 && from_julian <= to_julian, NULL);

  stmt = bk_database_prepare (database,
                              "SELECT julian, soft_m, firm_m, unknown_m FROM run_surface_days"
                              " WHERE julian BETWEEN ?1 AND ?2 ORDER BY julian",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, from_julian);
  sqlite3_bind_int64 (stmt, 2, to_julian);

  days = g_array_new (FALSE, TRUE, sizeof (BkSurfaceDay));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BkSurfaceDay day = {
        .julian = (guint32) sqlite3_column_int64 (stmt, 0),
        .soft_m = sqlite3_column_double (stmt, 1),
        .firm_m = sqlite3_column_double (stmt, 2),
        .unknown_m = sqlite3_column_double (stmt, 3),
      };

      g_array_append_val (days, day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}
