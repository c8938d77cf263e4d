/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-store"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-pain-store-private.h"

/* Health screens and clinician assessments: the pain journal's records
 * that are about the runner rather than one moment of pain. */

/* In BkScreenQuestion order, after id, taken_on and age_band. */
#define SCREEN_COLUMNS "id, taken_on, age_band, past_cancer, steroids, osteoporosis, iv_drug_use," \
                       " stress_fracture, low_energy, bony_tenderness"
#define FIRST_QUESTION_COLUMN 3

static void
bind_answer (sqlite3_stmt *stmt,
             int           param,
             BkAnswer      answer)
{
  if (answer == BK_ANSWER_UNANSWERED)
    sqlite3_bind_null (stmt, param);
  else
    sqlite3_bind_int (stmt, param, answer == BK_ANSWER_YES);
}

static BkAnswer
column_answer (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return BK_ANSWER_UNANSWERED;
  return sqlite3_column_int (stmt, column) ? BK_ANSWER_YES : BK_ANSWER_NO;
}

static guint32
column_day (sqlite3_stmt *stmt,
            int           column)
{
  guint32 julian = 0;

  if (!bk_date_from_iso ((const char *) sqlite3_column_text (stmt, column), &julian))
    return 0;
  return julian;
}

/* Runs one INSERT in a transaction and returns the new row's id, or 0. */
static gint64
insert_row (BkPainStore   *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  BkDatabase *database = bk_pain_store_get_database (self);
  gint64 id;

  if (!bk_database_begin (database, error))
    {
      sqlite3_reset (stmt);
      return 0;
    }
  if (!bk_database_step_done (database, stmt, error))
    {
      bk_database_rollback (database);
      return 0;
    }
  id = sqlite3_last_insert_rowid (bk_database_get_handle (database));
  if (!bk_database_commit (database, error))
    return 0;
  return id;
}

/**
 * bk_pain_store_add_screen:
 * @screen: a new screen; its id is set on success
 */
gboolean
bk_pain_store_add_screen (BkPainStore     *self,
                          BkHealthScreen  *screen,
                          GError         **error)
{
  g_autofree char *day = NULL;
  sqlite3_stmt *stmt;
  BkAgeBand band;
  gint64 id;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_HEALTH_SCREEN (screen), FALSE);
  g_return_val_if_fail (g_date_valid_julian (bk_health_screen_get_taken_on (screen)), FALSE);

  stmt = bk_database_prepare (bk_pain_store_get_database (self),
                              "INSERT INTO health_screens (taken_on, age_band, past_cancer, steroids,"
                              " osteoporosis, iv_drug_use, stress_fracture, low_energy, bony_tenderness)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    return FALSE;

  day = bk_date_to_iso (bk_health_screen_get_taken_on (screen));
  band = bk_health_screen_get_age_band (screen);
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  if (band == BK_AGE_BAND_UNANSWERED)
    sqlite3_bind_null (stmt, 2);
  else
    sqlite3_bind_text (stmt, 2, bk_age_band_to_string (band), -1, SQLITE_STATIC);
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    bind_answer (stmt, 3 + (int) i, bk_health_screen_get_answer (screen, i));

  id = insert_row (self, stmt, error);
  if (id == 0)
    return FALSE;
  bk_health_screen_set_id (screen, id);
  bk_pain_store_emit_changed (self);
  return TRUE;
}

/**
 * bk_pain_store_list_screens:
 *
 * Returns: (transfer full) (element-type BkHealthScreen): every screen,
 *   newest first
 */
/* A BkDatabaseRowFunc: returns a new BkHealthScreen. */
static gpointer
screen_from_row (sqlite3_stmt *stmt)
{
  BkHealthScreen *screen = bk_health_screen_new (column_day (stmt, 1));
  BkAgeBand band = BK_AGE_BAND_UNANSWERED;

  bk_health_screen_set_id (screen, sqlite3_column_int64 (stmt, 0));
  if (bk_age_band_from_string ((const char *) sqlite3_column_text (stmt, 2), &band))
    bk_health_screen_set_age_band (screen, band);
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    bk_health_screen_set_answer (screen, i, column_answer (stmt, FIRST_QUESTION_COLUMN + (int) i));
  return screen;
}

GPtrArray *
bk_pain_store_list_screens (BkPainStore  *self,
                            GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);

  stmt = bk_database_prepare (bk_pain_store_get_database (self),
                              "SELECT " SCREEN_COLUMNS " FROM health_screens"
                              " ORDER BY taken_on DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  return bk_database_collect (bk_pain_store_get_database (self), stmt, screen_from_row, error);
}

/**
 * bk_pain_store_add_assessment:
 * @assessment: a new assessment; its id is set on success
 */
gboolean
bk_pain_store_add_assessment (BkPainStore            *self,
                              BkClinicianAssessment  *assessment,
                              GError                **error)
{
  g_autofree char *day = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);
  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (g_date_valid_julian (bk_clinician_assessment_get_assessed_on (assessment)), FALSE);

  stmt = bk_database_prepare (bk_pain_store_get_database (self),
                              "INSERT INTO clinician_assessments (assessed_on, outcome, notes)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;

  day = bk_date_to_iso (bk_clinician_assessment_get_assessed_on (assessment));
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, bk_clinician_outcome_to_string (bk_clinician_assessment_get_outcome (assessment)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, bk_clinician_assessment_get_notes (assessment), -1, SQLITE_TRANSIENT);

  id = insert_row (self, stmt, error);
  if (id == 0)
    return FALSE;
  bk_clinician_assessment_set_id (assessment, id);
  bk_pain_store_emit_changed (self);
  return TRUE;
}

gboolean
bk_pain_store_delete_assessment (BkPainStore  *self,
                                 gint64        id,
                                 GError      **error)
{
  BkDatabase *database;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), FALSE);

  database = bk_pain_store_get_database (self);
  if (!bk_database_delete_by_id (database, "clinician_assessments", id,
                                 _("The assessment no longer exists; it may have been deleted"), error))
    return FALSE;
  bk_pain_store_emit_changed (self);
  return TRUE;
}

/**
 * bk_pain_store_list_assessments:
 *
 * Returns: (transfer full) (element-type BkClinicianAssessment): every
 *   assessment, newest first
 */
/* A BkDatabaseRowFunc: returns a new BkClinicianAssessment. */
static gpointer
assessment_from_row (sqlite3_stmt *stmt)
{
  BkClinicianOutcome outcome = BK_CLINICIAN_OUTCOME_NONE;
  BkClinicianAssessment *assessment;

  bk_clinician_outcome_from_string ((const char *) sqlite3_column_text (stmt, 2), &outcome);
  assessment = bk_clinician_assessment_new (column_day (stmt, 1), outcome);
  bk_clinician_assessment_set_id (assessment, sqlite3_column_int64 (stmt, 0));
  bk_clinician_assessment_set_notes (assessment, (const char *) sqlite3_column_text (stmt, 3));
  return assessment;
}

GPtrArray *
bk_pain_store_list_assessments (BkPainStore  *self,
                                GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (BK_IS_PAIN_STORE (self), NULL);

  stmt = bk_database_prepare (bk_pain_store_get_database (self),
                              "SELECT id, assessed_on, outcome, notes FROM clinician_assessments"
                              " ORDER BY assessed_on DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  return bk_database_collect (bk_pain_store_get_database (self), stmt, assessment_from_row, error);
}
