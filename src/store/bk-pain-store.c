/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-pain-store.h"
#include "bk-pain-store-private.h"
#include "bk-row-mirror.h"

/* What an update or delete of a row that is gone says. */
#define NOT_FOUND _("The pain entry no longer exists; it may have been deleted")

struct _BkPainStore
{
  GObject     parent_instance;

  BkDatabase *database;
  /* Loaded on first use: the command line rarely needs every entry. */
  BkRowMirror mirror;
};

G_DEFINE_FINAL_TYPE (BkPainStore, bk_pain_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Column of the first trigger in PAIN_COLUMNS; the others follow in order. */
#define FIRST_TRIGGER_COLUMN 9
/* Column of the first warning sign, and its parameter when binding. */
#define FIRST_SIGN_COLUMN 18
#define FIRST_SIGN_PARAM 19

static void
bk_pain_store_dispose (GObject *object)
{
  BkPainStore *self = (BkPainStore *)object;

  bk_row_mirror_clear (&self->mirror);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (bk_pain_store_parent_class)->dispose (object);
}

static void
bk_pain_store_class_init (BkPainStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bk_pain_store_dispose;

  /**
   * BkPainStore::changed:
   *
   * Emitted after any entry, health screen or clinician assessment was
   * added, changed or deleted, and after a reload, so that trends and
   * advice can be recomputed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

BkDatabase *
bk_pain_store_get_database (BkPainStore *self)
{
  return self->database;
}

void
bk_pain_store_emit_changed (BkPainStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
bk_pain_store_init (BkPainStore *self)
{
  bk_row_mirror_init (&self->mirror, BK_TYPE_PAIN_ENTRY, bk_pain_entry_compare_newest_first,
                      (BkRowIdFunc) bk_pain_entry_get_id);
}

BkPainStore *
bk_pain_store_new (BkDatabase *database)
{
  BkPainStore *self;

  g_return_val_if_fail (BK_IS_DATABASE (database), NULL);

  self = g_object_new (BK_TYPE_PAIN_STORE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/* A BkDatabaseRowFunc over PAIN_COLUMNS: returns a new BkPainEntry. */
gpointer
bk_pain_store_entry_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) when = NULL;
  BkPainContext context = BK_PAIN_CONTEXT_AT_REST;
  BkPainEntry *entry;

  when = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);
  if (when == NULL)
    when = g_date_time_new_from_unix_utc (0);
  bk_pain_context_from_string ((const char *) sqlite3_column_text (stmt, 2), &context);

  entry = bk_pain_entry_new (when, context, sqlite3_column_int (stmt, 5));
  bk_pain_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  bk_pain_entry_set_minutes_in (entry, sqlite3_column_int (stmt, 3));
  bk_pain_entry_set_run_id (entry, sqlite3_column_int64 (stmt, 4));
  bk_pain_entry_set_locations (entry, (guint) sqlite3_column_int (stmt, 6));
  bk_pain_entry_set_character (entry, (guint) sqlite3_column_int (stmt, 7));
  /* Column 8 holds the old emergency bits: the sign columns say more. */
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    {
      int column = FIRST_TRIGGER_COLUMN + (int) i;

      if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
        bk_pain_entry_set_trigger (entry, i, sqlite3_column_int (stmt, column) ? BK_ANSWER_YES : BK_ANSWER_NO);
    }
  bk_pain_entry_set_notes (entry, (const char *) sqlite3_column_text (stmt, 17));
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      int column = FIRST_SIGN_COLUMN + (int) i;

      if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
        bk_pain_entry_set_warning_sign (entry, i, sqlite3_column_int (stmt, column) ? BK_ANSWER_YES : BK_ANSWER_NO);
    }
  return entry;
}

/* Binds parameters 1..17 in PAIN_COLUMNS order, less the id, and the
 * warning signs from FIRST_SIGN_PARAM on. */
static void
bind_entry (sqlite3_stmt *stmt,
            BkPainEntry  *entry)
{
  g_autofree char *felt_at = bk_date_time_to_rfc3339 (bk_pain_entry_get_when (entry));
  BkPainContext context = bk_pain_entry_get_context (entry);
  const char *context_name = (guint) context < BK_N_PAIN_CONTEXTS ? bk_pain_context_to_string (context) : "";

  sqlite3_bind_text (stmt, 1, felt_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, context_name, -1, SQLITE_STATIC);
  if (bk_pain_entry_get_minutes_in (entry) != 0)
    sqlite3_bind_int (stmt, 3, bk_pain_entry_get_minutes_in (entry));
  else
    sqlite3_bind_null (stmt, 3);
  if (bk_pain_entry_get_run_id (entry) > 0)
    sqlite3_bind_int64 (stmt, 4, bk_pain_entry_get_run_id (entry));
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, bk_pain_entry_get_rating (entry));
  sqlite3_bind_int64 (stmt, 6, bk_pain_entry_get_locations (entry));
  sqlite3_bind_int64 (stmt, 7, bk_pain_entry_get_character (entry));
  sqlite3_bind_int64 (stmt, 8, bk_pain_entry_get_emergency (entry));
  for (guint i = 0; i < BK_N_PAIN_TRIGGERS; i++)
    {
      BkAnswer answer = bk_pain_entry_get_trigger (entry, i);

      if (answer == BK_ANSWER_UNANSWERED)
        sqlite3_bind_null (stmt, 9 + (int) i);
      else
        sqlite3_bind_int (stmt, 9 + (int) i, answer == BK_ANSWER_YES);
    }
  sqlite3_bind_text (stmt, 17, bk_pain_entry_get_notes (entry), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      BkAnswer answer = bk_pain_entry_get_warning_sign (entry, i);

      if (answer == BK_ANSWER_UNANSWERED)
        sqlite3_bind_null (stmt, FIRST_SIGN_PARAM + (int) i);
      else
        sqlite3_bind_int (stmt, FIRST_SIGN_PARAM + (int) i, answer == BK_ANSWER_YES);
    }
}

static gboolean
insert_entry (BkPainStore  *self,
              BkPainEntry  *entry,
              gboolean      keep_id,
              GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = bk_database_prepare (self->database,
                              "INSERT INTO pain_entries (felt_at, context, minutes_in, run_id, rating,"
                              " locations, character, emergency, trigger_travel,"
                              " trigger_training_increase, trigger_shoes, trigger_core_work,"
                              " trigger_past_injury, trigger_hills, trigger_one_side_tighter,"
                              " trigger_seen_professional, notes, id, " SIGN_COLUMNS ")"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                              " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26,"
                              " ?27, ?28, ?29)",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, entry);
  if (keep_id && bk_pain_entry_get_id (entry) > 0)
    sqlite3_bind_int64 (stmt, 18, bk_pain_entry_get_id (entry));
  else
    sqlite3_bind_null (stmt, 18);

  if (!bk_database_begin (self->database, error))
    return FALSE;
  if (!bk_database_step_done (self->database, stmt, error))
    {
      bk_database_rollback (self->database);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (bk_database_get_handle (self->database));
  if (!bk_database_commit (self->database, error))
    return FALSE;

  bk_pain_entry_set_id (entry, id);
  bk_row_mirror_added (&self->mirror, entry);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * bk_pain_store_add:
 * @entry: a new entry; its id is set on success
 */
gboolean
bk_pain_store_add (BkPainStore  *self,
                   BkPainEntry  *entry,
                   GError      **error)
{
  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (entry), FALSE);
  g_return_val_if_fail (bk_pain_entry_get_id (entry) == 0, FALSE);

  return insert_entry (self, entry, FALSE, error);
}

/**
 * bk_pain_store_restore:
 * @entry: an entry that was deleted, with its old id
 *
 * Puts a deleted entry back under the id it had, for undo. A linked run
 * deleted in the meantime is dropped from the link rather than failing.
 */
gboolean
bk_pain_store_restore (BkPainStore  *self,
                       BkPainEntry  *entry,
                       GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (entry), FALSE);

  if (bk_pain_entry_get_run_id (entry) > 0)
    {
      stmt = bk_database_prepare (self->database, "SELECT 1 FROM runs WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, bk_pain_entry_get_run_id (entry));
      if (sqlite3_step (stmt) != SQLITE_ROW)
        bk_pain_entry_set_run_id (entry, 0);
      sqlite3_reset (stmt);
    }

  return insert_entry (self, entry, TRUE, error);
}

gboolean
bk_pain_store_update (BkPainStore  *self,
                      BkPainEntry  *entry,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_PAIN_ENTRY (entry), FALSE);
  g_return_val_if_fail (bk_pain_entry_get_id (entry) > 0, FALSE);

  stmt = bk_database_prepare (self->database,
                              "UPDATE pain_entries SET felt_at = ?1, context = ?2, minutes_in = ?3,"
                              " run_id = ?4, rating = ?5, locations = ?6, character = ?7,"
                              " emergency = ?8, trigger_travel = ?9, trigger_training_increase = ?10,"
                              " trigger_shoes = ?11, trigger_core_work = ?12, trigger_past_injury = ?13,"
                              " trigger_hills = ?14, trigger_one_side_tighter = ?15,"
                              " trigger_seen_professional = ?16, notes = ?17,"
                              " sign_saddle_numbness = ?19, sign_bladder = ?20, sign_bowel = ?21,"
                              " sign_passing_sensation = ?22, sign_sexual = ?23, sign_leg_weakness = ?24,"
                              " sign_both_legs = ?25, sign_night_pain = ?26, sign_unwell = ?27,"
                              " sign_weight_loss = ?28, sign_trauma = ?29,"
                              " updated_at = unixepoch () WHERE id = ?18",
                              error);
  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, entry);
  sqlite3_bind_int64 (stmt, 18, bk_pain_entry_get_id (entry));
  if (!bk_database_step_changed (self->database, stmt, NOT_FOUND, error))
    return FALSE;

  bk_row_mirror_changed (&self->mirror, entry);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
bk_pain_store_delete (BkPainStore  *self,
                      gint64        id,
                      GError      **error)
{
  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);

  if (!bk_database_delete_by_id (self->database, "pain_entries", id, NOT_FOUND, error))
    return FALSE;

  bk_row_mirror_removed (&self->mirror, id);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

BkPainEntry *
bk_pain_store_get (BkPainStore  *self,
                   gint64        id,
                   GError      **error)
{
  g_autofree char *not_found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);

  stmt = bk_database_prepare (self->database,
                              "SELECT " PAIN_COLUMNS " FROM pain_entries WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  not_found = g_strdup_printf (_("There is no pain entry with id %" G_GINT64_FORMAT), id);
  return bk_database_get_one (self->database, stmt, bk_pain_store_entry_from_row, not_found, error);
}

/**
 * bk_pain_store_list:
 * @from_julian: first local day to include, or 0 for no lower bound
 * @to_julian: last local day to include, or 0 for no upper bound
 * @limit: at most this many entries; 0 for all
 *
 * Returns: (transfer full) (element-type BkPainEntry): entries, newest first
 */
GPtrArray *
bk_pain_store_list (BkPainStore  *self,
                    guint32       from_julian,
                    guint32       to_julian,
                    guint         limit,
                    GError      **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);

  /* Ordered by the instant, not the text: offsets differ across DST.
   * Without bounds, no WHERE: a range over every day made SQLite read the
   * whole journal through the day index and sort it, for the newest five
   * (--status on the twenty-year log), where the instant index gives them
   * at once. */
  if (from_julian == 0 && to_julian == 0)
    stmt = bk_database_prepare (self->database,
                                "SELECT " PAIN_COLUMNS " FROM pain_entries"
                                " ORDER BY unixepoch (felt_at) DESC, id DESC LIMIT ?3",
                                error);
  else
    stmt = bk_database_prepare (self->database,
                                "SELECT " PAIN_COLUMNS " FROM pain_entries"
                                " WHERE local_date BETWEEN ?1 AND ?2"
                                " ORDER BY unixepoch (felt_at) DESC, id DESC LIMIT ?3",
                                error);
  if (stmt == NULL)
    return NULL;
  from = from_julian > 0 ? bk_date_to_iso (from_julian) : g_strdup ("0000-00-00");
  to = to_julian > 0 ? bk_date_to_iso (to_julian) : g_strdup ("9999-99-99");
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);
  return bk_database_collect (self->database, stmt, bk_pain_store_entry_from_row, error);
}

/**
 * bk_pain_store_get_model:
 *
 * Returns: (transfer none): every entry, newest first, kept up to date as
 *   entries are added, edited and deleted through this store
 */
GListModel *
bk_pain_store_get_model (BkPainStore *self)
{
  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);

  if (!bk_row_mirror_is_loaded (&self->mirror))
    {
      bk_row_mirror_load (&self->mirror, NULL);
      bk_pain_store_reload (self);
    }
  return G_LIST_MODEL (self->mirror.model);
}

/**
 * bk_pain_store_reload:
 *
 * Reads the entries again, for changes made behind the store's back: a
 * deleted run unlinks its entries inside SQLite.
 */
void
bk_pain_store_reload (BkPainStore *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (BK_IS_PAIN_STORE (self));

  if (!bk_row_mirror_is_loaded (&self->mirror))
    return;
  entries = bk_pain_store_list (self, 0, 0, 0, &error);
  if (entries == NULL)
    {
      g_warning ("Could not read pain entries: %s", error->message);
      return;
    }
  bk_row_mirror_load (&self->mirror, entries);
  g_signal_emit (self, signals[CHANGED], 0);
}
