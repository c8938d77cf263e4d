/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-editor"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "services/bk-advice.h"
#include "bk-pain-editor-private.h"

/* The pain editor's questions about safety (issue 9): the warning signs
 * asked with every entry, the health screen when it is due, and the advice
 * they lead to, shown before saving. */

static BkAgeBand
selected_age_band (BkPainEditor *self)
{
  for (guint i = BK_AGE_BAND_UNANSWERED + 1; i < BK_N_AGE_BANDS; i++)
    if (gtk_toggle_button_get_active (self->age_buttons[i]))
      return i;
  return BK_AGE_BAND_UNANSWERED;
}

void
bk_pain_editor_build_questions (BkPainEditor *self)
{
  const char *signs[BK_N_WARNING_SIGNS];
  const char *questions[BK_N_SCREEN_QUESTIONS];

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    signs[i] = bk_warning_sign_get_label (i);
  bk_checklist_group_set_items (self->warning_group, signs, BK_N_WARNING_SIGNS);
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    questions[i] = bk_screen_question_get_label (i);
  bk_checklist_group_set_items (self->screen_group, questions, BK_N_SCREEN_QUESTIONS);
  /* Three buttons rather than a drop-down: one tap, and each one is read
   * out by its band. */
  for (guint i = BK_AGE_BAND_UNANSWERED + 1; i < BK_N_AGE_BANDS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (bk_age_band_get_label (i));

      if (self->age_buttons[BK_AGE_BAND_UNANSWERED + 1] != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->age_buttons[BK_AGE_BAND_UNANSWERED + 1]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (bk_pain_editor_validate), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->age_box, button);
      self->age_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

/* An edited entry shows its stored answers; Save waits for the signs only
 * if they were answered before. */
void
bk_pain_editor_fill_questions (BkPainEditor *self,
                               BkPainEntry  *entry)
{
  BkAnswer signs[BK_N_WARNING_SIGNS];

  for (guint i = 0; i < BK_N_WARNING_SIGNS; i++)
    {
      signs[i] = bk_pain_entry_get_warning_sign (entry, i);
      self->signs_required = self->signs_required || signs[i] != BK_ANSWER_UNANSWERED;
    }
  bk_checklist_group_set_answers (self->warning_group, signs, BK_N_WARNING_SIGNS);
}

/* The screen as the form holds it, whether complete or not. */
BkHealthScreen *
bk_pain_editor_build_screen_draft (BkPainEditor *self,
                                   GDateTime    *now)
{
  BkHealthScreen *screen = bk_health_screen_new (bk_date_julian_of (now));

  bk_health_screen_set_age_band (screen, selected_age_band (self));
  for (guint i = 0; i < BK_N_SCREEN_QUESTIONS; i++)
    bk_health_screen_set_answer (screen, i, bk_checklist_group_get_answer (self->screen_group, i));
  return screen;
}

static gpointer
ref_copy (gconstpointer object,
          gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

/* Reads what the preview needs once; the store's ::changed clears it. */
static void
read_journal (BkPainEditor *self)
{
  g_autoptr(GError) error = NULL;
  BkPainStore *store = bk_context_get_pain_store (self->context);

  if (self->stored_entries != NULL)
    return;
  self->stored_entries = bk_pain_store_list (store, 0, 0, 0, &error);
  if (self->stored_entries != NULL)
    self->stored_screens = bk_pain_store_list_screens (store, &error);
  if (self->stored_screens != NULL)
    self->stored_assessments = bk_pain_store_list_assessments (store, &error);
  if (self->stored_assessments == NULL)
    {
      g_debug ("Could not read the journal: %s", error->message);
      g_clear_pointer (&self->stored_entries, g_ptr_array_unref);
      g_clear_pointer (&self->stored_screens, g_ptr_array_unref);
      self->stored_entries = g_ptr_array_new_with_free_func (g_object_unref);
      self->stored_screens = g_ptr_array_new_with_free_func (g_object_unref);
      self->stored_assessments = g_ptr_array_new_with_free_func (g_object_unref);
    }
}

void
bk_pain_editor_forget_journal (BkPainEditor *self)
{
  g_clear_pointer (&self->stored_entries, g_ptr_array_unref);
  g_clear_pointer (&self->stored_screens, g_ptr_array_unref);
  g_clear_pointer (&self->stored_assessments, g_ptr_array_unref);
}

/* What the advice would be once this entry (and screen) is saved: the
 * episode's, so an open urgent episode shows even beside a mild entry. */
static BkAdviceEpisode *
draft_episode (BkPainEditor   *self,
               BkPainEntry    *draft,
               BkHealthScreen *screen,
               GDateTime      *now)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) screens = NULL;
  g_autoptr(GDateTime) later = NULL;

  read_journal (self);
  entries = g_ptr_array_copy (self->stored_entries, ref_copy, NULL);
  screens = g_ptr_array_copy (self->stored_screens, ref_copy, NULL);
  g_ptr_array_set_free_func (entries, g_object_unref);
  g_ptr_array_set_free_func (screens, g_object_unref);
  /* The entry being edited counts as the draft, not twice. */
  for (guint i = entries->len; self->entry != NULL && i > 0; i--)
    if (bk_pain_entry_get_id (entries->pdata[i - 1]) == bk_pain_entry_get_id (self->entry))
      g_ptr_array_remove_index (entries, i - 1);
  if (bk_pain_entry_get_rating (draft) >= 0)
    g_ptr_array_add (entries, g_object_ref (draft));
  if (screen != NULL)
    g_ptr_array_add (screens, g_object_ref (screen));
  /* An entry dated later today still belongs to the episode. */
  later = g_date_time_compare (bk_pain_entry_get_when (draft), now) > 0
    ? g_date_time_ref (bk_pain_entry_get_when (draft)) : g_date_time_ref (now);
  return bk_advice_episode_compute ((BkPainEntry **) entries->pdata, entries->len,
                                    (BkHealthScreen **) screens->pdata, screens->len,
                                    (BkClinicianAssessment **) self->stored_assessments->pdata,
                                    self->stored_assessments->len, later);
}

void
bk_pain_editor_update_advice (BkPainEditor   *self,
                              BkPainEntry    *draft,
                              BkHealthScreen *screen,
                              GDateTime      *now)
{
  g_autoptr(BkAdviceEpisode) episode = draft_episode (self, draft, screen, now);

  bk_pain_advice_box_set_episode (self->advice_box, episode);
}

/* Save waits for the warning signs and, when it is asked, the screen; the
 * line under each says what is still to answer, or what was wrong. */
gboolean
bk_pain_editor_questions_answered (BkPainEditor   *self,
                                   BkHealthScreen *screen,
                                   const char     *signs_error)
{
  gboolean signs = !self->signs_required || bk_checklist_group_get_answered (self->warning_group);
  gboolean screened = screen == NULL || bk_health_screen_is_complete (screen);
  const char *signs_text = signs_error;
  const char *screen_text = NULL;

  if (signs_text == NULL && !signs)
    signs_text = _("Tick each sign you have, or “None of these”, to save.");
  if (!screened)
    screen_text = selected_age_band (self) == BK_AGE_BAND_UNANSWERED
      ? _("Choose your age, and tick what applies or “None of these”, to save.")
      : _("Tick what applies, or “None of these”, to save.");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_message), signs_text != NULL);
  gtk_label_set_text (self->warning_message, signs_text != NULL ? signs_text : "");
  if (signs_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->warning_message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->warning_message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->screen_message), screen_text != NULL);
  gtk_label_set_text (self->screen_message, screen_text != NULL ? screen_text : "");
  return signs && screened && signs_error == NULL;
}
