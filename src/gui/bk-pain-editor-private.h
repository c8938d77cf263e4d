/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/bk-health-screen.h"
#include "bk-checklist-group.h"
#include "bk-pain-diagram.h"
#include "bk-pain-advice-box.h"
#include "bk-pain-editor.h"
#include "bk-rating-control.h"

G_BEGIN_DECLS

/* Shared by the pain editor's files; not for other callers. */
struct _BkPainEditor
{
  AdwWindow            parent_instance;

  BkContext           *context;
  /* The entry being edited, or NULL when recording a new one. */
  BkPainEntry         *entry;
  /* What Save would store; NULL while the form is invalid. */
  BkPainEntry         *pending;
  gboolean             valid;
  gboolean             syncing;
  /* Validation waits until every row exists. */
  gboolean             built;
  gboolean             run_touched;
  /* Trigger answers the user chose: pre-filling never overrides them. */
  gboolean             trigger_touched[BK_N_PAIN_TRIGGERS];
  /* Whether Save waits for the warning signs: always for a new entry, and
   * for an edited one that had them answered (older entries were never
   * asked, and an answer given now would not be about that day). */
  gboolean             signs_required;
  /* The health screen is due: asked with this entry and saved with it. */
  gboolean             screen_asked;
  /* Set while Save writes, so the store's ::changed does not re-validate. */
  gboolean             saving;
  BkHealthScreen      *pending_screen;
  /* The journal as stored, read once for the advice preview and again
   * only when the store changes; NULL until read. */
  GPtrArray           *stored_entries;
  GPtrArray           *stored_screens;
  GPtrArray           *stored_assessments;
  GArray              *run_ids;

  GtkCheckButton      *location_checks[BK_N_PAIN_LOCATIONS];
  GtkCheckButton      *character_checks[BK_N_PAIN_CHARACTERS];
  AdwComboRow         *trigger_rows[BK_N_PAIN_TRIGGERS];

  GtkButton           *save_button;
  GtkButton           *delete_button;
  GtkLabel            *save_error;
  AdwEntryRow         *date_row;
  AdwEntryRow         *time_row;
  AdwComboRow         *context_row;
  AdwEntryRow         *minutes_row;
  AdwComboRow         *run_row;
  GtkLabel            *when_error;
  BkRatingControl     *rating_box;
  GtkLabel            *rating_message;
  AdwPreferencesGroup *where_list_group;
  BkPainDiagram       *diagram;
  AdwPreferencesGroup *character_group;
  GtkLabel            *character_error;
  BkChecklistGroup    *warning_group;
  GtkLabel            *warning_message;
  BkChecklistGroup    *screen_group;
  AdwActionRow        *age_row;
  GtkBox              *age_box;
  /* Indexed by BkAgeBand; the first, "not answered", stays NULL. */
  GtkToggleButton     *age_buttons[BK_N_AGE_BANDS];
  GtkLabel            *screen_message;
  BkPainAdviceBox     *advice_box;
  AdwPreferencesGroup *trigger_group;
  AdwEntryRow         *notes_row;
  GtkLabel            *notes_error;
};

void            bk_pain_editor_validate           (BkPainEditor   *self);
void            bk_pain_editor_forget_journal     (BkPainEditor   *self);
void            bk_pain_editor_build_questions    (BkPainEditor   *self);
void            bk_pain_editor_fill_questions     (BkPainEditor   *self,
                                                   BkPainEntry    *entry);
BkHealthScreen *bk_pain_editor_build_screen_draft (BkPainEditor   *self,
                                                   GDateTime      *now);
void            bk_pain_editor_update_advice      (BkPainEditor   *self,
                                                   BkPainEntry    *draft,
                                                   BkHealthScreen *screen,
                                                   GDateTime      *now);
gboolean        bk_pain_editor_questions_answered (BkPainEditor   *self,
                                                   BkHealthScreen *screen,
                                                   const char     *signs_error);

G_END_DECLS
