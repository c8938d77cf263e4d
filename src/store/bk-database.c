/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-database"

#include "bk-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "bk-backup.h"
#include "bk-database.h"
#include "bk-database-private.h"
#include "bk-log-guard.h"

struct _BkDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;
  int         schema_version;
  /* Why writes are refused (a failed integrity check), or NULL. */
  char       *refusal;
};

G_DEFINE_FINAL_TYPE (BkDatabase, bk_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (bk-store-error-quark, bk_store_error)

/* The body of the trigger that keeps a run's old and new day in run_days
 * after an update, shared by the migration that made it and the one that
 * narrowed it to the columns it sums. */
#define RUN_DAYS_AFTER_UPDATE \
  "  DELETE FROM run_days WHERE julian = CAST (julianday (OLD.local_date) + 0.5 AS INTEGER) - 1721425;" \
  "  INSERT INTO run_days SELECT CAST (julianday (OLD.local_date) + 0.5 AS INTEGER) - 1721425," \
  "    sum (distance_m), sum (duration_s), count (*), max (distance_m)," \
  "    total (rpe * duration_s / 60.0), count (rpe) FROM runs WHERE local_date = OLD.local_date" \
  "    HAVING count (*) > 0;" \
  "  INSERT OR REPLACE INTO run_days SELECT CAST (julianday (NEW.local_date) + 0.5 AS INTEGER) - 1721425," \
  "    sum (distance_m), sum (duration_s), count (*), max (distance_m)," \
  "    total (rpe * duration_s / 60.0), count (rpe) FROM runs WHERE local_date = NEW.local_date;" \
  "END;"

/* A day's distance by ground, as bk_surface_get_ground() counts it, and
 * the statements that write @row's day ("OLD" or "NEW") again in
 * run_surface_days: gone when it has no runs left. */
#define RUN_SURFACE_SUMS \
  "  total (CASE WHEN surface IN ('grass', 'trail', 'track') THEN distance_m END)," \
  "  total (CASE WHEN surface IN ('road', 'treadmill') THEN distance_m END)," \
  "  total (CASE WHEN surface IS NULL OR surface = 'mixed' THEN distance_m END)"
#define RUN_SURFACE_DAY(row) \
  "  DELETE FROM run_surface_days WHERE julian = CAST (julianday (" row ".local_date) + 0.5 AS INTEGER) - 1721425;" \
  "  INSERT OR REPLACE INTO run_surface_days SELECT CAST (julianday (" row ".local_date) + 0.5 AS INTEGER) - 1721425," \
  RUN_SURFACE_SUMS " FROM runs WHERE local_date = " row ".local_date HAVING count (*) > 0;"

/* Each entry moves the schema up by one version, in one transaction. Never
 * edit an entry that has shipped: add a new one. */
static const char * const migrations[] = {
  /* 1: runs */
  "CREATE TABLE runs ("
  "  id          INTEGER PRIMARY KEY,"
  "  started_at  TEXT NOT NULL CHECK (length (started_at) = 25 AND"
  "                                   datetime (started_at) IS NOT NULL),"
  "  local_date  TEXT NOT NULL GENERATED ALWAYS AS (substr (started_at, 1, 10)) STORED,"
  "  distance_m  REAL NOT NULL CHECK (distance_m > 0 AND distance_m <= 1000000),"
  "  duration_s  INTEGER NOT NULL CHECK (duration_s > 0 AND duration_s <= 604800),"
  "  rpe         INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10),"
  "  surface     TEXT CHECK (surface IS NULL OR surface IN"
  "                ('road', 'trail', 'grass', 'track', 'treadmill', 'mixed')),"
  "  elevation_m REAL CHECK (elevation_m IS NULL OR elevation_m BETWEEN 0 AND 20000),"
  "  notes       TEXT NOT NULL DEFAULT '' CHECK (length (notes) <= 10000),"
  "  created_at  INTEGER NOT NULL DEFAULT (unixepoch ()),"
  "  updated_at  INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX runs_by_local_date ON runs (local_date);"
  "CREATE INDEX runs_by_started_at ON runs (started_at);",
  /* 2: pain entries. Ranges match bk_pain_entry_validate(); the bit masks
   * are BkPainLocation, BkPainCharacter and BkPainEmergency; triggers are
   * 1 = yes, 0 = no, NULL = unanswered. */
  "CREATE TABLE pain_entries ("
  "  id           INTEGER PRIMARY KEY,"
  "  felt_at      TEXT NOT NULL CHECK (length (felt_at) = 25 AND"
  "                                    datetime (felt_at) IS NOT NULL),"
  "  local_date   TEXT NOT NULL GENERATED ALWAYS AS (substr (felt_at, 1, 10)) STORED,"
  "  context      TEXT NOT NULL CHECK (context IN"
  "                 ('during-run', 'after-run', 'next-morning', 'at-rest')),"
  "  minutes_in   INTEGER CHECK (CASE context WHEN 'during-run'"
  "                                THEN minutes_in IS NOT NULL AND minutes_in BETWEEN 1 AND 600"
  "                                ELSE minutes_in IS NULL END),"
  "  run_id       INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
  "  rating       INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),"
  "  locations    INTEGER NOT NULL DEFAULT 0 CHECK (locations BETWEEN 0 AND 127),"
  "  character    INTEGER NOT NULL DEFAULT 0 CHECK (character BETWEEN 0 AND 4095 AND"
  "                 NOT (character & 1 AND character & 14)),"
  "  emergency    INTEGER NOT NULL DEFAULT 0 CHECK (emergency BETWEEN 0 AND 15),"
  "  trigger_travel            INTEGER CHECK (trigger_travel IN (0, 1)),"
  "  trigger_training_increase INTEGER CHECK (trigger_training_increase IN (0, 1)),"
  "  trigger_shoes             INTEGER CHECK (trigger_shoes IN (0, 1)),"
  "  trigger_core_work         INTEGER CHECK (trigger_core_work IN (0, 1)),"
  "  trigger_past_injury       INTEGER CHECK (trigger_past_injury IN (0, 1)),"
  "  trigger_hills             INTEGER CHECK (trigger_hills IN (0, 1)),"
  "  trigger_one_side_tighter  INTEGER CHECK (trigger_one_side_tighter IN (0, 1)),"
  "  trigger_seen_professional INTEGER CHECK (trigger_seen_professional IN (0, 1)),"
  "  notes        TEXT NOT NULL DEFAULT '' CHECK (length (notes) <= 10000),"
  "  created_at   INTEGER NOT NULL DEFAULT (unixepoch ()),"
  "  updated_at   INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX pain_entries_by_felt_at ON pain_entries (felt_at);"
  "CREATE INDEX pain_entries_by_run ON pain_entries (run_id);",

  /* 3: stretching: the user's own stretches and hold overrides, tightness
   * self-tests, routines with their items and reminder, and sessions. */
  "CREATE TABLE user_stretches ("
  "  id           TEXT PRIMARY KEY CHECK (length (id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9-]*'),"
  "  name         TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),"
  "  muscle       TEXT NOT NULL CHECK (length (muscle) BETWEEN 1 AND 64),"
  "  sided        INTEGER NOT NULL CHECK (sided IN (0, 1)),"
  "  kind         TEXT NOT NULL CHECK (kind IN ('stretch', 'strength', 'release')),"
  "  hold_s       INTEGER NOT NULL CHECK (hold_s BETWEEN 1 AND 600),"
  "  reps         INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 20),"
  "  instructions TEXT NOT NULL DEFAULT '' CHECK (length (instructions) <= 10000),"
  "  cautions     TEXT NOT NULL DEFAULT '' CHECK (length (cautions) <= 10000),"
  "  created_at   INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE TABLE stretch_overrides ("
  "  stretch_id TEXT PRIMARY KEY,"
  "  hold_s     INTEGER NOT NULL CHECK (hold_s BETWEEN 1 AND 600),"
  "  reps       INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 20)"
  ") STRICT;"
  "CREATE TABLE tightness_tests ("
  "  id         INTEGER PRIMARY KEY,"
  "  muscle     TEXT NOT NULL CHECK (length (muscle) BETWEEN 1 AND 64),"
  "  result     TEXT NOT NULL CHECK (result IN ('left', 'right', 'even')),"
  "  tested_on  TEXT NOT NULL CHECK (length (tested_on) = 10 AND date (tested_on) IS tested_on),"
  "  created_at INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX tightness_by_muscle ON tightness_tests (muscle, tested_on);"
  "CREATE TABLE routines ("
  "  id         INTEGER PRIMARY KEY,"
  "  name       TEXT NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 80),"
  "  timing     TEXT NOT NULL DEFAULT 'after' CHECK (timing IN ('after', 'before')),"
  "  position   INTEGER NOT NULL DEFAULT 0,"
  "  created_at INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE TABLE routine_items ("
  "  id         INTEGER PRIMARY KEY,"
  "  routine_id INTEGER NOT NULL REFERENCES routines (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL CHECK (position >= 0),"
  "  stretch_id TEXT NOT NULL CHECK (length (stretch_id) BETWEEN 1 AND 64),"
  "  UNIQUE (routine_id, position)"
  ") STRICT;"
  "CREATE TABLE schedules ("
  "  routine_id     INTEGER PRIMARY KEY REFERENCES routines (id) ON DELETE CASCADE,"
  "  days           INTEGER NOT NULL DEFAULT 0 CHECK (days BETWEEN 0 AND 127),"
  "  minute_of_day  INTEGER CHECK (minute_of_day IS NULL OR minute_of_day BETWEEN 0 AND 1439),"
  "  after_run_min  INTEGER CHECK (after_run_min IS NULL OR after_run_min BETWEEN 1 AND 1440),"
  "  skipped_on     TEXT CHECK (skipped_on IS NULL OR date (skipped_on) IS skipped_on)"
  ") STRICT;"
  "CREATE TABLE stretch_sessions ("
  "  id           INTEGER PRIMARY KEY,"
  "  routine_id   INTEGER REFERENCES routines (id) ON DELETE SET NULL,"
  "  routine_name TEXT NOT NULL CHECK (length (routine_name) BETWEEN 1 AND 200),"
  "  started_at   TEXT NOT NULL CHECK (length (started_at) = 25 AND datetime (started_at) IS NOT NULL),"
  "  local_date   TEXT NOT NULL GENERATED ALWAYS AS (substr (started_at, 1, 10)) STORED,"
  "  planned_s    INTEGER NOT NULL CHECK (planned_s BETWEEN 0 AND 86400),"
  "  done_s       INTEGER NOT NULL CHECK (done_s BETWEEN 0 AND 86400),"
  "  steps_total  INTEGER NOT NULL CHECK (steps_total BETWEEN 0 AND 1000),"
  "  steps_done   INTEGER NOT NULL CHECK (steps_done BETWEEN 0 AND steps_total),"
  "  completed    INTEGER NOT NULL CHECK (completed IN (0, 1))"
  ") STRICT;"
  "CREATE INDEX stretch_sessions_by_date ON stretch_sessions (local_date);"
  "CREATE TABLE stretch_state ("
  "  key   TEXT PRIMARY KEY CHECK (key IN ('routines-seeded')),"
  "  value TEXT NOT NULL"
  ") STRICT;",
  /* 4: training settings kept with the log: plan start, goal race, the last
   * level a notification was sent for */
  "CREATE TABLE training_settings ("
  "  key   TEXT PRIMARY KEY CHECK (length (key) BETWEEN 1 AND 64),"
  "  value TEXT NOT NULL CHECK (length (value) <= 1000)"
  ") STRICT;"
  /* ... and one row per day with runs, kept by triggers, so the training
   * status reads a ready daily series instead of grouping every run: on a
   * 100,000-run log that is the difference between ~80 ms and a few. The
   * day is GDate's Julian number (1 = 0001-01-01). */
  "CREATE TABLE run_days ("
  "  julian     INTEGER PRIMARY KEY,"
  "  distance_m REAL NOT NULL,"
  "  duration_s INTEGER NOT NULL,"
  "  runs       INTEGER NOT NULL,"
  "  longest_m  REAL NOT NULL,"
  "  srpe       REAL NOT NULL,"
  "  rpe_runs   INTEGER NOT NULL"
  ") STRICT;"
  "INSERT INTO run_days SELECT CAST (julianday (local_date) + 0.5 AS INTEGER) - 1721425,"
  "  sum (distance_m), sum (duration_s), count (*), max (distance_m),"
  "  total (rpe * duration_s / 60.0), count (rpe) FROM runs GROUP BY local_date;"
  "CREATE TRIGGER run_days_after_insert AFTER INSERT ON runs BEGIN"
  "  INSERT OR REPLACE INTO run_days SELECT CAST (julianday (NEW.local_date) + 0.5 AS INTEGER) - 1721425,"
  "    sum (distance_m), sum (duration_s), count (*), max (distance_m),"
  "    total (rpe * duration_s / 60.0), count (rpe) FROM runs WHERE local_date = NEW.local_date;"
  "END;"
  "CREATE TRIGGER run_days_after_delete AFTER DELETE ON runs BEGIN"
  "  DELETE FROM run_days WHERE julian = CAST (julianday (OLD.local_date) + 0.5 AS INTEGER) - 1721425;"
  "  INSERT INTO run_days SELECT CAST (julianday (OLD.local_date) + 0.5 AS INTEGER) - 1721425,"
  "    sum (distance_m), sum (duration_s), count (*), max (distance_m),"
  "    total (rpe * duration_s / 60.0), count (rpe) FROM runs WHERE local_date = OLD.local_date"
  "    HAVING count (*) > 0;"
  "END;"
  "CREATE TRIGGER run_days_after_update AFTER UPDATE ON runs BEGIN"
  RUN_DAYS_AFTER_UPDATE,
  /* Warning signs, each asked on every entry: 1 = yes, 0 = no, NULL = not
   * asked. Old rows stay "not asked", except that each yes among the old
   * four emergency bits (BkPainEmergency) becomes yes for the signs it
   * stood for; the `emergency` column stays, kept as that four-bit view.
   * Then the health screens and the clinician assessments. */
  "ALTER TABLE pain_entries ADD COLUMN sign_saddle_numbness INTEGER CHECK (sign_saddle_numbness IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_bladder INTEGER CHECK (sign_bladder IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_bowel INTEGER CHECK (sign_bowel IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_passing_sensation INTEGER CHECK (sign_passing_sensation IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_sexual INTEGER CHECK (sign_sexual IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_leg_weakness INTEGER CHECK (sign_leg_weakness IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_both_legs INTEGER CHECK (sign_both_legs IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_night_pain INTEGER CHECK (sign_night_pain IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_unwell INTEGER CHECK (sign_unwell IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_weight_loss INTEGER CHECK (sign_weight_loss IN (0, 1));"
  "ALTER TABLE pain_entries ADD COLUMN sign_trauma INTEGER CHECK (sign_trauma IN (0, 1));"
  "UPDATE pain_entries SET"
  "  sign_bladder = CASE WHEN emergency & 1 THEN 1 END,"
  "  sign_bowel = CASE WHEN emergency & 1 THEN 1 END,"
  "  sign_saddle_numbness = CASE WHEN emergency & 2 THEN 1 END,"
  "  sign_leg_weakness = CASE WHEN emergency & 4 THEN 1 END,"
  "  sign_both_legs = CASE WHEN emergency & 8 THEN 1 END;"
  "CREATE TABLE health_screens ("
  "  id              INTEGER PRIMARY KEY,"
  "  taken_on        TEXT NOT NULL CHECK (length (taken_on) = 10 AND date (taken_on) IS taken_on),"
  "  age_band        TEXT CHECK (age_band IS NULL OR age_band IN ('under-20', '20-50', 'over-50')),"
  "  past_cancer     INTEGER CHECK (past_cancer IN (0, 1)),"
  "  steroids        INTEGER CHECK (steroids IN (0, 1)),"
  "  osteoporosis    INTEGER CHECK (osteoporosis IN (0, 1)),"
  "  iv_drug_use     INTEGER CHECK (iv_drug_use IN (0, 1)),"
  "  stress_fracture INTEGER CHECK (stress_fracture IN (0, 1)),"
  "  low_energy      INTEGER CHECK (low_energy IN (0, 1)),"
  "  bony_tenderness INTEGER CHECK (bony_tenderness IN (0, 1)),"
  "  created_at      INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX health_screens_by_day ON health_screens (taken_on);"
  "CREATE TABLE clinician_assessments ("
  "  id          INTEGER PRIMARY KEY,"
  "  assessed_on TEXT NOT NULL CHECK (length (assessed_on) = 10 AND date (assessed_on) IS assessed_on),"
  "  outcome     TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'cleared', 'not-cleared')),"
  "  notes       TEXT NOT NULL DEFAULT '' CHECK (length (notes) <= 10000),"
  "  created_at  INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX clinician_assessments_by_day ON clinician_assessments (assessed_on);",
  /* imports: the file each run came from; the instant a run started, for
   * recognising the same activity imported again; and the other sports an
   * import meets, kept for a later cross-training log and for the same
   * recognition. */
  "ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT '' CHECK (length (source) <= 1000);"
  "CREATE INDEX runs_by_instant ON runs (unixepoch (started_at));"
  "CREATE TABLE other_activities ("
  "  id          INTEGER PRIMARY KEY,"
  "  started_at  TEXT NOT NULL CHECK (length (started_at) = 25 AND"
  "                                   datetime (started_at) IS NOT NULL),"
  "  sport       TEXT NOT NULL CHECK (length (sport) BETWEEN 1 AND 64),"
  "  distance_m  REAL CHECK (distance_m IS NULL OR distance_m BETWEEN 0 AND 10000000),"
  "  duration_s  INTEGER CHECK (duration_s IS NULL OR duration_s BETWEEN 0 AND 2592000),"
  "  source      TEXT NOT NULL DEFAULT '' CHECK (length (source) <= 1000),"
  "  created_at  INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "CREATE INDEX other_activities_by_instant ON other_activities (unixepoch (started_at));",
  /* A snoozed reminder, kept with the log so the Stretching page, --status
   * and a restart all know it (Unix seconds) */
  "ALTER TABLE schedules ADD COLUMN snoozed_until INTEGER"
  "  CHECK (snoozed_until IS NULL OR snoozed_until > 0);",
  /* The journal in time order without sorting it: the advice reads every
   * entry and --status the latest few on each call (issue 13). */
  "CREATE INDEX pain_entries_by_instant ON pain_entries (unixepoch (felt_at), id);",
  /* The advice reads a day of the journal, or the days after the last
   * clinician assessment, not the whole of it (issue 13). */
  "CREATE INDEX pain_entries_by_local_date ON pain_entries (local_date);",
  /* shoes (issue 16): each pair's wear is its start distance plus the runs
   * it carries; a run keeps its distance when its pair is deleted. */
  "CREATE TABLE shoes ("
  "  id               INTEGER PRIMARY KEY,"
  "  name             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) BETWEEN 1 AND 100),"
  "  brand            TEXT NOT NULL DEFAULT '' CHECK (length (brand) <= 100),"
  "  model            TEXT NOT NULL DEFAULT '' CHECK (length (model) <= 100),"
  "  started_on       TEXT CHECK (started_on IS NULL OR"
  "                     (length (started_on) = 10 AND date (started_on) IS started_on)),"
  "  start_distance_m REAL NOT NULL DEFAULT 0 CHECK (start_distance_m BETWEEN 0 AND 100000000),"
  "  limit_m          REAL NOT NULL DEFAULT 700000 CHECK (limit_m > 0 AND limit_m <= 100000000),"
  "  retired          INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
  "  created_at       INTEGER NOT NULL DEFAULT (unixepoch ())"
  ") STRICT;"
  "ALTER TABLE runs ADD COLUMN shoe_id INTEGER REFERENCES shoes (id) ON DELETE SET NULL;"
  "CREATE INDEX runs_by_shoe ON runs (shoe_id);"
  /* The daily totals change only with a run's day, distance, time or
   * effort: a pair's deletion clearing its runs' shoes (a foreign-key
   * action, where rebuilding the day failed on its own primary key) leaves
   * them alone. */
  "DROP TRIGGER run_days_after_update;"
  "CREATE TRIGGER run_days_after_update AFTER UPDATE OF started_at, distance_m, duration_s, rpe ON runs BEGIN"
  RUN_DAYS_AFTER_UPDATE,
  /* Each day's distance by ground (issue 16: soft grass, trail and track;
   * firm road and treadmill; mixed or not given), kept by triggers like
   * run_days so the status reads the soft-surface share without grouping
   * every run (bk-run-surfaces.c). */
  "CREATE TABLE run_surface_days ("
  "  julian    INTEGER PRIMARY KEY,"
  "  soft_m    REAL NOT NULL,"
  "  firm_m    REAL NOT NULL,"
  "  unknown_m REAL NOT NULL"
  ") STRICT;"
  "INSERT INTO run_surface_days SELECT CAST (julianday (local_date) + 0.5 AS INTEGER) - 1721425,"
  RUN_SURFACE_SUMS " FROM runs GROUP BY local_date;"
  "CREATE TRIGGER run_surface_days_after_insert AFTER INSERT ON runs BEGIN"
  RUN_SURFACE_DAY ("NEW")
  "END;"
  "CREATE TRIGGER run_surface_days_after_delete AFTER DELETE ON runs BEGIN"
  RUN_SURFACE_DAY ("OLD")
  "END;"
  "CREATE TRIGGER run_surface_days_after_update AFTER UPDATE OF started_at, distance_m, surface ON runs BEGIN"
  RUN_SURFACE_DAY ("OLD")
  RUN_SURFACE_DAY ("NEW")
  "END;",
  /* shoes.notified_wear (issue 16): the highest wear (1: past 90%, 2: past
   * the limit) already announced by desktop notification, so each
   * threshold is announced once per pair, by whichever process sees it. */
  "ALTER TABLE shoes ADD COLUMN notified_wear INTEGER NOT NULL DEFAULT 0 CHECK (notified_wear BETWEEN 0 AND 2);"
  /* The pair a new run on each surface starts with, if the runner chose
   * one; deleting the pair forgets the choice. */
  "CREATE TABLE shoe_surface_defaults ("
  "  surface TEXT PRIMARY KEY CHECK (surface IN ('road', 'trail', 'grass', 'track', 'treadmill', 'mixed')),"
  "  shoe_id INTEGER NOT NULL REFERENCES shoes (id) ON DELETE CASCADE"
  ") STRICT;",
  /* Low-impact sessions (issue 16): other_activities become sessions that
   * are not runs, typed or imported, with a kind, an effort and notes.
   * Rows an import kept before take their kind from the sport it stored. */
  "ALTER TABLE other_activities ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'"
  "  CHECK (kind IN ('aqua-jogging', 'cycling', 'elliptical', 'swimming', 'strength', 'other'));"
  "ALTER TABLE other_activities ADD COLUMN rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10);"
  "ALTER TABLE other_activities ADD COLUMN notes TEXT NOT NULL DEFAULT '' CHECK (length (notes) <= 1000);"
  "UPDATE other_activities SET kind = CASE lower (sport)"
  "  WHEN 'cycling' THEN 'cycling' WHEN 'swimming' THEN 'swimming'"
  "  WHEN 'strength training' THEN 'strength' ELSE 'other' END;"
  "CREATE INDEX other_activities_by_local_date ON other_activities (substr (started_at, 1, 10));",
};

static void
bk_database_finalize (GObject *object)
{
  BkDatabase *self = (BkDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->refusal, g_free);

  G_OBJECT_CLASS (bk_database_parent_class)->finalize (object);
}

static void
bk_database_class_init (BkDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bk_database_finalize;
}

static void
bk_database_init (BkDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

void
bk_database_set_error (BkDatabase  *self,
                       int          rc,
                       GError     **error)
{
  if (self->refusal != NULL && (rc & 0xff) == SQLITE_READONLY)
    {
      g_set_error_literal (error, BK_STORE_ERROR, BK_STORE_ERROR_DAMAGED, self->refusal);
      return;
    }
  bk_log_guard_set_error (self->db, rc, self->path, error);
}

/**
 * bk_database_refuse_writes:
 * @reason: what the integrity check found, shown for every refused write
 *
 * Makes the connection read-only (PRAGMA query_only) so nothing is written
 * to a log found damaged while it was open.
 */
void
bk_database_refuse_writes (BkDatabase   *self,
                           const GError *reason)
{
  g_return_if_fail (BK_IS_DATABASE (self));
  g_return_if_fail (reason != NULL);

  g_free (self->refusal);
  self->refusal = g_strdup (reason->message);
  sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
}

gboolean
bk_database_is_refusing_writes (BkDatabase *self)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);
  return self->refusal != NULL;
}

sqlite3_stmt *
bk_database_prepare (BkDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      bk_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
bk_database_step_done (BkDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      bk_database_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
bk_database_exec (BkDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      bk_database_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

gboolean
bk_database_begin (BkDatabase  *self,
                   GError     **error)
{
  return bk_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
bk_database_commit (BkDatabase  *self,
                    GError     **error)
{
  if (!bk_database_exec (self, "COMMIT", error))
    {
      bk_database_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
bk_database_rollback (BkDatabase *self)
{
  g_return_if_fail (BK_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
query_int (BkDatabase  *self,
           const char  *sql,
           int         *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    bk_database_set_error (self, sqlite3_extended_errcode (self->db), error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

const char *
bk_database_migration_sql (int version)
{
  g_return_val_if_fail (version >= 0 && version < bk_database_get_latest_version (), NULL);
  return migrations[version];
}

/* One migration per transaction, each under BEGIN IMMEDIATE with the
 * version read again inside it: when several processes start a new log at
 * once, each step is made by exactly one of them and the others see it
 * done. Logs from before the application id are stamped in the same way. */
static gboolean
migrate (BkDatabase  *self,
         int          found_version,
         GError     **error)
{
  gboolean migrated = FALSE;

  if (found_version > 0 && found_version < bk_database_get_latest_version ())
    {
      g_autoptr(GError) backup_error = NULL;
      g_autofree char *kept = bk_backup_create (self, BK_BACKUP_BEFORE_UPDATE, NULL, &backup_error);

      /* Updating without a copy to go back to is not worth the risk. */
      if (kept == NULL)
        {
          g_set_error (error, BK_STORE_ERROR, backup_error->code,
                       _("Did not update %s to this version: the backup before updating failed (%s)"),
                       self->path, backup_error->message);
          return FALSE;
        }
    }

  {
    int version = 0, app_id = 0;

    /* The usual case, an up-to-date log, needs no write lock. */
    if (query_int (self, "PRAGMA user_version", &version, NULL) &&
        query_int (self, "PRAGMA application_id", &app_id, NULL) &&
        version == bk_database_get_latest_version () && app_id == BK_LOG_APPLICATION_ID)
      {
        self->schema_version = version;
        return TRUE;
      }
  }

  for (;;)
    {
      int version = 0, app_id = 0;

      if (!bk_database_begin (self, error))
        return FALSE;
      if (!query_int (self, "PRAGMA user_version", &version, error) ||
          !query_int (self, "PRAGMA application_id", &app_id, error))
        {
          bk_database_rollback (self);
          return FALSE;
        }
      if (version < 0 || version > bk_database_get_latest_version ())
        {
          bk_database_rollback (self);
          g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NEWER_SCHEMA,
                       _("%s was changed by another version of Backstretch while opening "
                         "(data version %d). It has not been changed here."),
                       self->path, version);
          return FALSE;
        }
      self->schema_version = version;
      if (version == bk_database_get_latest_version () && app_id == BK_LOG_APPLICATION_ID)
        {
          bk_database_rollback (self);
          break;
        }

      if (app_id != BK_LOG_APPLICATION_ID &&
          !bk_database_exec (self, "PRAGMA application_id = " G_STRINGIFY (BK_LOG_APPLICATION_ID), error))
        goto fail;
      if (version < bk_database_get_latest_version ())
        {
          g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

          g_debug ("Migrating %s to version %d", self->path, version + 1);
          if (!bk_database_exec (self, migrations[version], error) ||
              !bk_database_exec (self, bump, error))
            goto fail;
          migrated = TRUE;
        }
      if (!bk_database_commit (self, error))
        return FALSE;
      continue;

    fail:
      bk_database_rollback (self);
      return FALSE;
    }

  /* A migration rewrites tables; prove the result whole before use. */
  if (migrated && !bk_database_check (self, error))
    return FALSE;
  return TRUE;
}

static gboolean
open_file (BkDatabase  *self,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  BkLogProbe probe;
  int rc;

  if (!bk_log_guard_prepare_folder (dir, error) ||
      !bk_log_guard_check_files (self->path, error) ||
      !bk_log_guard_check_writable (self->path, error) ||
      !bk_log_guard_probe (self->path, &probe, error))
    return FALSE;
  if (!probe.exists && !bk_log_guard_create_file (self->path, error))
    return FALSE;
  bk_log_guard_tighten (self->path);

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      bk_database_set_error (self, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  return bk_database_exec (self, "PRAGMA foreign_keys = ON", error) &&
         bk_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         bk_database_exec (self, "PRAGMA synchronous = NORMAL", error) &&
         migrate (self, probe.version, error);
}

/**
 * bk_database_open:
 * @path: the database file; its folder is created if missing
 *
 * Opens or creates a training log. A file that is not a Backstretch
 * database, is damaged, or comes from a newer version is refused and left
 * byte for byte as it was; so is a log in an unsafe place (a folder others
 * can write to, a symbolic link) or one that cannot be written.
 */
BkDatabase *
bk_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(BkDatabase) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (BK_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  if (!open_file (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * bk_database_reopen:
 *
 * Closes the connection and opens the file again, with every check: after
 * a restore replaced what was under it.
 */
gboolean
bk_database_reopen (BkDatabase  *self,
                    GError     **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);

  GError *local_error = NULL;

  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->refusal, g_free);
  if (open_file (self, &local_error))
    return TRUE;
  /* Keep a connection that refuses writes rather than none. */
  if (self->db == NULL)
    sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  bk_database_refuse_writes (self, local_error);
  g_propagate_error (error, local_error);
  return FALSE;
}

/**
 * bk_database_check:
 *
 * The full integrity check, every page and every index entry, plus the
 * count cross-check: slow on a big log, so it runs after a migration, when
 * asked, and weekly in the background.
 */
gboolean
bk_database_check (BkDatabase  *self,
                   GError     **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);

  return bk_log_guard_integrity (self->db, self->path, TRUE, error) &&
         bk_log_guard_check_counts (self->db, self->path, error);
}

const char *
bk_database_get_path (BkDatabase *self)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), NULL);
  return self->path;
}

sqlite3 *
bk_database_get_handle (BkDatabase *self)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), NULL);
  return self->db;
}

int
bk_database_get_schema_version (BkDatabase *self)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), 0);
  return self->schema_version;
}

int
bk_database_get_latest_version (void)
{
  return (int) G_N_ELEMENTS (migrations);
}

/* A consistent copy through SQLite's online backup API, written whole
 * beside @dest_path and renamed into place, 0600. */
gboolean
bk_database_backup (BkDatabase  *self,
                    const char  *dest_path,
                    GError     **error)
{
  g_return_val_if_fail (BK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return bk_backup_copy_to (self->db, self->path, dest_path, error);
}
