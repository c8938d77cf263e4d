/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-stretch-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-stretch-store-private.h"

G_DEFINE_FINAL_TYPE (BkStretchStore, bk_stretch_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
bk_stretch_store_dispose (GObject *object)
{
  BkStretchStore *self = (BkStretchStore *)object;

  g_clear_object (&self->database);
  g_clear_pointer (&self->shipped, g_ptr_array_unref);

  G_OBJECT_CLASS (bk_stretch_store_parent_class)->dispose (object);
}

static void
bk_stretch_store_class_init (BkStretchStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_stretch_store_dispose;

  /**
   * BkStretchStore::changed:
   *
   * Emitted after any stretch, hold, tightness test, routine, schedule or
   * session was written, so pages and the reminder service can refresh.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bk_stretch_store_init (BkStretchStore *self)
{
}

/**
 * bk_stretch_store_new:
 * @shipped: (element-type BkStretch): the catalogue the app ships
 */
BkStretchStore *
bk_stretch_store_new (BkDatabase *database,
                      GPtrArray  *shipped)
{
  BkStretchStore *self;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (shipped != NULL, NULL);

  self = g_object_new (BK_TYPE_STRETCH_STORE, NULL);
  self->database = g_object_ref (database);
  self->shipped = g_ptr_array_ref (shipped);
  return self;
}

void
bk_stretch_store_emit_changed (BkStretchStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
bk_stretch_store_step_rows (BkStretchStore  *self,
           sqlite3_stmt    *stmt,
           int             *rc,
           GError         **error)
{
  *rc = sqlite3_step (stmt);
  if (*rc == SQLITE_ROW)
    return TRUE;
  if (*rc != SQLITE_DONE)
    bk_database_set_error (self->database, sqlite3_extended_errcode (bk_database_get_handle (self->database)), error);
  sqlite3_reset (stmt);
  return FALSE;
}

static const char *
kind_to_string (BkStretchKind kind)
{
  switch (kind)
    {
    case BK_STRETCH_KIND_STRENGTH:
      return "strength";
    case BK_STRETCH_KIND_RELEASE:
      return "release";
    case BK_STRETCH_KIND_STRETCH:
    default:
      return "stretch";
    }
}

static BkStretchKind
kind_from_string (const char *text)
{
  if (g_strcmp0 (text, "strength") == 0)
    return BK_STRETCH_KIND_STRENGTH;
  if (g_strcmp0 (text, "release") == 0)
    return BK_STRETCH_KIND_RELEASE;
  return BK_STRETCH_KIND_STRETCH;
}

/**
 * bk_stretch_store_list_stretches:
 *
 * Returns: (transfer full) (element-type BkStretch): the shipped catalogue
 *   with the user's holds applied, then the user's own stretches
 */
GPtrArray *
bk_stretch_store_list_stretches (BkStretchStore  *self,
                                 GError         **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  for (guint i = 0; i < self->shipped->len; i++)
    g_ptr_array_add (all, bk_stretch_copy (g_ptr_array_index (self->shipped, i)));

  stmt = bk_database_prepare (self->database,
                              "SELECT stretch_id, hold_s, reps FROM stretch_overrides", error);
  if (stmt == NULL)
    return NULL;
  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      BkStretch *s = bk_stretch_catalogue_find (all, (const char *) sqlite3_column_text (stmt, 0));

      if (s != NULL)
        {
          s->hold_s = sqlite3_column_int (stmt, 1);
          s->reps = sqlite3_column_int (stmt, 2);
        }
    }
  if (rc != SQLITE_DONE)
    return NULL;

  stmt = bk_database_prepare (self->database,
                              "SELECT id, name, muscle, sided, kind, hold_s, reps, instructions, cautions"
                              " FROM user_stretches ORDER BY created_at, id", error);
  if (stmt == NULL)
    return NULL;
  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      BkStretch *s = bk_stretch_new ((const char *) sqlite3_column_text (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 1),
                                     sqlite3_column_int (stmt, 3),
                                     sqlite3_column_int (stmt, 5),
                                     sqlite3_column_int (stmt, 6));
      g_free (s->muscle);
      s->muscle = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      s->kind = kind_from_string ((const char *) sqlite3_column_text (stmt, 4));
      g_free (s->instructions);
      s->instructions = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_free (s->cautions);
      s->cautions = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      s->user_defined = TRUE;
      g_ptr_array_add (all, s);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&all);
}

gboolean
bk_stretch_store_add_stretch (BkStretchStore   *self,
                              const BkStretch  *stretch,
                              GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (stretch != NULL, FALSE);

  if (!bk_stretch_validate (stretch, error))
    return FALSE;
  if (bk_stretch_catalogue_find (self->shipped, stretch->id) != NULL)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT,
                   _("Stretch id “%s” is already in the catalogue"), stretch->id);
      return FALSE;
    }

  stmt = bk_database_prepare (self->database,
                              "INSERT INTO user_stretches (id, name, muscle, sided, kind, hold_s, reps,"
                              " instructions, cautions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stretch->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, stretch->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, stretch->muscle != NULL ? stretch->muscle : stretch->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, stretch->sided ? 1 : 0);
  sqlite3_bind_text (stmt, 5, kind_to_string (stretch->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, stretch->hold_s);
  sqlite3_bind_int (stmt, 7, stretch->reps);
  sqlite3_bind_text (stmt, 8, stretch->instructions != NULL ? stretch->instructions : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, stretch->cautions != NULL ? stretch->cautions : "", -1, SQLITE_TRANSIENT);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;

  bk_stretch_store_emit_changed (self);
  return TRUE;
}

static gboolean
exec_id (BkStretchStore  *self,
         const char      *sql,
         const char      *id,
         gboolean         must_exist,
         GError         **error)
{
  sqlite3_stmt *stmt = bk_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  if (must_exist && sqlite3_changes (bk_database_get_handle (self->database)) == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("No stretch of your own with id “%s”"), id);
      return FALSE;
    }
  return TRUE;
}

gboolean
bk_stretch_store_delete_stretch (BkStretchStore  *self,
                                 const char      *id,
                                 GError         **error)
{
  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);

  if (!exec_id (self, "DELETE FROM user_stretches WHERE id = ?1", id, TRUE, error))
    return FALSE;
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

/* A physio's programme may prescribe other holds than ours. */
gboolean
bk_stretch_store_set_hold (BkStretchStore  *self,
                           const char      *id,
                           guint            hold_s,
                           guint            reps,
                           GError         **error)
{
  g_autoptr(BkStretch) probe = NULL;
  sqlite3_stmt *stmt;
  gboolean shipped;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  probe = bk_stretch_new (id, id, TRUE, hold_s, reps);
  if (!bk_stretch_validate (probe, error))
    return FALSE;

  shipped = bk_stretch_catalogue_find (self->shipped, id) != NULL;
  stmt = bk_database_prepare (self->database,
                              shipped
                              ? "INSERT INTO stretch_overrides (stretch_id, hold_s, reps) VALUES (?1, ?2, ?3)"
                                " ON CONFLICT (stretch_id) DO UPDATE SET hold_s = ?2, reps = ?3"
                              : "UPDATE user_stretches SET hold_s = ?2, reps = ?3 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, hold_s);
  sqlite3_bind_int (stmt, 3, reps);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  if (!shipped && sqlite3_changes (bk_database_get_handle (self->database)) == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("No stretch with id “%s”"), id);
      return FALSE;
    }
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

gboolean
bk_stretch_store_reset_hold (BkStretchStore  *self,
                             const char      *id,
                             GError         **error)
{
  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);

  if (!exec_id (self, "DELETE FROM stretch_overrides WHERE stretch_id = ?1", id, FALSE, error))
    return FALSE;
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

gboolean
bk_stretch_store_add_tightness (BkStretchStore   *self,
                                BkTightnessTest  *test,
                                GError          **error)
{
  g_autofree char *date = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), FALSE);
  g_return_val_if_fail (test != NULL, FALSE);

  if (test->result == BK_TIGHTNESS_UNKNOWN)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT,
                   _("A tightness test needs a result: left, right or even"));
      return FALSE;
    }
  if (!g_date_valid_julian (test->julian))
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_CONSTRAINT,
                   _("A tightness test needs a valid date"));
      return FALSE;
    }

  date = bk_date_to_iso (test->julian);
  stmt = bk_database_prepare (self->database,
                              "INSERT INTO tightness_tests (muscle, result, tested_on) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, test->muscle, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, bk_tightness_to_string (test->result), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  if (!bk_database_step_done (self->database, stmt, error))
    return FALSE;
  test->id = sqlite3_last_insert_rowid (bk_database_get_handle (self->database));
  bk_stretch_store_emit_changed (self);
  return TRUE;
}

static GPtrArray *
read_tests (BkStretchStore  *self,
            sqlite3_stmt    *stmt,
            GError         **error)
{
  g_autoptr(GPtrArray) tests = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_tightness_test_free);
  int rc;

  while (bk_stretch_store_step_rows (self, stmt, &rc, error))
    {
      BkTightness result = BK_TIGHTNESS_UNKNOWN;
      guint32 julian = 0;
      BkTightnessTest *test;

      bk_tightness_from_string ((const char *) sqlite3_column_text (stmt, 2), &result);
      bk_date_from_iso ((const char *) sqlite3_column_text (stmt, 3), &julian);
      test = bk_tightness_test_new ((const char *) sqlite3_column_text (stmt, 1), result, julian);
      test->id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (tests, test);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&tests);
}

/**
 * bk_stretch_store_latest_tightness:
 *
 * Returns: (transfer full) (element-type BkTightnessTest): the newest test
 *   of each muscle, by muscle
 */
GPtrArray *
bk_stretch_store_latest_tightness (BkStretchStore  *self,
                                   GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT id, muscle, result, tested_on FROM tightness_tests t"
                              " WHERE id = (SELECT id FROM tightness_tests u WHERE u.muscle = t.muscle"
                              "             ORDER BY tested_on DESC, id DESC LIMIT 1)"
                              " ORDER BY muscle",
                              error);
  return stmt != NULL ? read_tests (self, stmt, error) : NULL;
}

/**
 * bk_stretch_store_tightness_map:
 *
 * Returns: (transfer full): muscle -> GINT_TO_POINTER (BkTightness), as
 *   bk_routine_plan() takes it
 */
GHashTable *
bk_stretch_store_tightness_map (BkStretchStore  *self,
                                GError         **error)
{
  g_autoptr(GPtrArray) latest = bk_stretch_store_latest_tightness (self, error);
  GHashTable *map;

  if (latest == NULL)
    return NULL;
  map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < latest->len; i++)
    {
      BkTightnessTest *test = g_ptr_array_index (latest, i);

      g_hash_table_insert (map, g_strdup (test->muscle), GINT_TO_POINTER (test->result));
    }
  return map;
}

GPtrArray *
bk_stretch_store_tightness_history (BkStretchStore  *self,
                                    const char      *muscle,
                                    GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_STRETCH_STORE (self), NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT id, muscle, result, tested_on FROM tightness_tests"
                              " WHERE muscle = ?1 ORDER BY tested_on DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, muscle, -1, SQLITE_TRANSIENT);
  return read_tests (self, stmt, error);
}

