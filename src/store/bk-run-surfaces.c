/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run-surfaces"

#include "core/bk-date.h"
#include "bk-run-surfaces.h"

/* The grounds here must match bk_surface_get_ground(); test-run-store
 * checks them against it through a real database. */
#define SURFACES_SQL \
  "SELECT CAST (julianday (local_date) + 0.5 AS INTEGER) - 1721425 AS julian," \
  "       total (CASE WHEN surface IN ('grass', 'trail', 'track') THEN distance_m END)," \
  "       total (CASE WHEN surface IN ('road', 'treadmill') THEN distance_m END)," \
  "       total (CASE WHEN surface IS NULL OR surface = 'mixed' THEN distance_m END)" \
  "  FROM runs WHERE local_date BETWEEN ?1 AND ?2 GROUP BY local_date ORDER BY local_date"

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
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (from_julian > 0 && from_julian <= to_julian, NULL);

  stmt = bk_database_prepare (database, SURFACES_SQL, error);
  if (stmt == NULL)
    return NULL;
  from = bk_date_to_iso (from_julian);
  to = bk_date_to_iso (to_julian);
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);

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
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      bk_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}
