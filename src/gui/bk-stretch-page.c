/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-stretch-page"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-date.h"
#include "services/bk-stretch-agenda.h"
#include "bk-catalogue-group.h"
#include "bk-dialog.h"
#include "bk-pain-advice-box.h"
#include "bk-routine-player.h"
#include "bk-routine-row.h"
#include "bk-stretch-page.h"

#define HISTORY_WEEKS 6

struct _BkStretchPage
{
  AdwBin                parent_instance;

  BkContext            *context;
  gulong                changed_id;
  guint                 refresh_id;
  guint                 due_id;         /* rebuilds once the next reminder is past */
  gint64                today_routine_id;
  GHashTable           *expanded;       /* routine ids shown expanded */
  GPtrArray            *rows[4];        /* rows added to each group, to remove */

  AdwToastOverlay      *toast_overlay;
  GtkScrolledWindow    *scroller;
  AdwPreferencesGroup  *today_group;
  AdwPreferencesGroup  *routines_group;
  AdwPreferencesGroup  *tightness_group;
  AdwPreferencesGroup  *history_group;
  BkCatalogueGroup     *catalogue_group;
  GtkButton            *today_start_button;
  GtkRevealer          *paused_banner;

  /* The scroll to keep while the rebuilt rows settle (see restore_place). */
  double                kept_scroll;
  gint64                keep_scroll_until;
  guint                 keep_scroll_frames;
  guint                 keep_scroll_id;
};

G_DEFINE_FINAL_TYPE (BkStretchPage, bk_stretch_page, ADW_TYPE_BIN)

enum { TODAY, ROUTINES, TIGHTNESS, HISTORY };

static void
show_error (BkStretchPage *self,
            const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static AdwPreferencesGroup *
group_of (BkStretchPage *self,
          guint          which)
{
  AdwPreferencesGroup *groups[] = { self->today_group, self->routines_group,
                                    self->tightness_group, self->history_group };

  return groups[which];
}

static void
clear_group (BkStretchPage *self,
             guint          which)
{
  for (guint i = 0; i < self->rows[which]->len; i++)
    adw_preferences_group_remove (group_of (self, which), g_ptr_array_index (self->rows[which], i));
  g_ptr_array_set_size (self->rows[which], 0);
}

static void
add_row (BkStretchPage *self,
         guint          which,
         GtkWidget     *row)
{
  adw_preferences_group_add (group_of (self, which), row);
  g_ptr_array_add (self->rows[which], row);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
keep_running_clicked_cb (BkStretchPage *self)
{
  GSettings *settings = bk_context_get_settings (self->context);

  /* Start at login follows the same choice: reminders after a restart. */
  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  g_settings_set_boolean (settings, "background-asked", TRUE);
}

static void
not_now_clicked_cb (BkStretchPage *self)
{
  g_settings_set_boolean (bk_context_get_settings (self->context), "background-asked", TRUE);
}

/* Reminders set while closing the window ends the app: ask, once, here,
 * whether to keep running for them. Preferences keeps the switch. */
static void
add_background_question (BkStretchPage   *self,
                         BkStretchAgenda *agenda)
{
  GSettings *settings = bk_context_get_settings (self->context);
  GtkWidget *row, *box, *keep, *not_now;

  if (agenda->next_index < 0 || bk_context_get_is_demo (self->context) ||
      g_settings_get_boolean (settings, "run-in-background") ||
      g_settings_get_boolean (settings, "background-asked"))
    return;

  row = text_row (_("Reminders stop when the window closes"),
                  _("Keep Backstretch running in the background, and starting at login, "
                    "so they arrive with the window closed."));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  /* Stacked, so a narrow window keeps room for the question itself. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  not_now = gtk_button_new_with_mnemonic (_("_Not Now"));
  keep = gtk_button_new_with_mnemonic (_("_Keep Running"));
  gtk_widget_add_css_class (keep, "suggested-action");
  g_signal_connect_swapped (not_now, "clicked", G_CALLBACK (not_now_clicked_cb), self);
  g_signal_connect_swapped (keep, "clicked", G_CALLBACK (keep_running_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), keep);
  gtk_box_append (GTK_BOX (box), not_now);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  add_row (self, TODAY, row);
}

static void
build_today (BkStretchPage   *self,
             BkStretchAgenda *agenda)
{
  g_autoptr(GPtrArray) resolved = NULL;
  g_autoptr(GArray) plan = NULL;
  g_autofree char *title = NULL;
  g_autofree char *total = NULL;
  g_autofree char *description = NULL;
  BkRoutine *routine;
  GDateTime *due;

  clear_group (self, TODAY);
  if (agenda->today_index < 0)
    {
      self->today_routine_id = 0;
      adw_preferences_group_set_title (self->today_group, _("Today"));
      adw_preferences_group_set_description (self->today_group, _("No routines yet: add one below."));
      gtk_widget_set_visible (GTK_WIDGET (self->today_start_button), FALSE);
      return;
    }

  routine = g_ptr_array_index (agenda->routines, agenda->today_index);
  self->today_routine_id = routine->id;
  add_background_question (self, agenda);
  plan = bk_stretch_agenda_plan (agenda, routine, &resolved);
  title = g_strdup_printf (_("Today: %s"), routine->name);
  total = bk_stretch_format_seconds (bk_routine_plan_total_s (plan));
  due = g_ptr_array_index (agenda->due, agenda->today_index);
  if (due != NULL && bk_stretch_agenda_is_snoozed (agenda, agenda->today_index))
    {
      g_autofree char *at = g_date_time_format (due, "%H:%M");

      /* TRANSLATORS: "10 min in all · snoozed until 09:06, arrives with the window closed" */
      description = g_strdup_printf (_("%s in all · snoozed until %s, %s"), total, at,
                                     bk_reminder_arrival_note (self->context));
    }
  else if (due != NULL)
    {
      g_autofree char *at = g_date_time_format (due, "%a %H:%M");

      /* TRANSLATORS: "10 min in all · next reminder Tue 19:00, only while the window is open" */
      description = g_strdup_printf (_("%s in all · next reminder %s, %s"), total, at,
                                     bk_reminder_arrival_note (self->context));
    }
  else
    description = g_strdup_printf (_("%s in all"), total);
  adw_preferences_group_set_title (self->today_group, title);
  adw_preferences_group_set_description (self->today_group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->today_start_button), plan->len > 0);

  /* One row per stretch with its per-side times, tighter side first. */
  for (guint i = 0; i < plan->len; )
    {
      BkPlanStep *step = &g_array_index (plan, BkPlanStep, i);
      g_autoptr(GString) sides = g_string_new (NULL);
      const BkStretch *stretch = step->stretch;

      for (; i < plan->len && g_array_index (plan, BkPlanStep, i).stretch == stretch; i++)
        {
          BkPlanStep *s = &g_array_index (plan, BkPlanStep, i);
          g_autofree char *time = bk_stretch_format_seconds (s->total_s);

          if (sides->len > 0)
            g_string_append (sides, " · ");
          if (s->side == BK_SIDE_NONE)
            g_string_append (sides, time);
          else if (s->tighter)
            g_string_append_printf (sides, _("%s %s (tighter)"), bk_stretch_side_label (s->side), time);
          else
            g_string_append_printf (sides, "%s %s", bk_stretch_side_label (s->side), time);
        }
      add_row (self, TODAY, text_row (stretch->name, sides->str));
    }
}

static void
routine_start_cb (BkRoutineRow  *row,
                  gint64         routine_id,
                  BkStretchPage *self)
{
  bk_stretch_page_start_routine (self, routine_id);
}

static void
routine_error_cb (BkRoutineRow  *row,
                  const char    *message,
                  BkStretchPage *self)
{
  show_error (self, message);
}

static void
routine_expanded_cb (BkRoutineRow  *row,
                     GParamSpec    *pspec,
                     BkStretchPage *self)
{
  gint64 id = bk_routine_row_get_id (row);

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

static void
build_routines (BkStretchPage   *self,
                BkStretchAgenda *agenda)
{
  clear_group (self, ROUTINES);
  for (guint i = 0; i < agenda->routines->len; i++)
    {
      BkRoutineRow *row = bk_routine_row_new (self->context, agenda, i);
      gint64 id = bk_routine_row_get_id (row);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, &id));
      g_signal_connect (row, "start", G_CALLBACK (routine_start_cb), self);
      g_signal_connect (row, "error", G_CALLBACK (routine_error_cb), self);
      g_signal_connect (row, "notify::expanded", G_CALLBACK (routine_expanded_cb), self);
      add_row (self, ROUTINES, GTK_WIDGET (row));
    }
}

static void
tightness_clicked_cb (GtkButton     *button,
                      BkStretchPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkTightnessTest) test = NULL;
  g_autoptr(GError) error = NULL;

  test = bk_tightness_test_new (g_object_get_data (G_OBJECT (button), "muscle"),
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "result")),
                                bk_date_julian_of (now));
  if (!bk_stretch_store_add_tightness (bk_context_get_stretch_store (self->context), test, &error))
    show_error (self, error->message);
}

static void
build_tightness (BkStretchPage   *self,
                 BkStretchAgenda *agenda,
                 guint32          today)
{
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  clear_group (self, TIGHTNESS);
  latest = bk_stretch_store_latest_tightness (bk_context_get_stretch_store (self->context), &error);
  if (latest == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < agenda->stretches->len; i++)
    {
      const BkStretch *stretch = g_ptr_array_index (agenda->stretches, i);
      const BkTightnessTest *test = NULL;
      const BkTightness results[] = { BK_TIGHTNESS_LEFT, BK_TIGHTNESS_EVEN, BK_TIGHTNESS_RIGHT };
      const char *labels[] = { N_("Left tighter"), N_("Even"), N_("Right tighter") };
      /* Short on the buttons, so the row fits a phone; the full words are
       * the tooltip and what a screen reader says. */
      const char *shown[] = { N_("Left"), N_("Even"), N_("Right") };
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *box;

      if (!stretch->sided || stretch->kind != BK_STRETCH_KIND_STRETCH ||
          g_hash_table_contains (seen, stretch->muscle))
        continue;
      g_hash_table_add (seen, stretch->muscle);

      for (guint j = 0; j < latest->len; j++)
        if (g_strcmp0 (((BkTightnessTest *) g_ptr_array_index (latest, j))->muscle, stretch->muscle) == 0)
          test = g_ptr_array_index (latest, j);

      if (test == NULL)
        subtitle = g_strdup_printf (_("Not tested yet · test with the %s"), stretch->name);
      else
        {
          g_autofree char *date = bk_date_format_short (test->julian);

          subtitle = g_strdup_printf ("%s · %s%s",
                                      test->result == BK_TIGHTNESS_LEFT ? _("Left is tighter")
                                      : test->result == BK_TIGHTNESS_RIGHT ? _("Right is tighter")
                                      : _("Both sides even"),
                                      date,
                                      bk_tightness_retest_due (test->julian, today) ? _(" · time to test again") : "");
        }
      row = text_row (bk_stretch_muscle_label (stretch->muscle), subtitle);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_add_css_class (box, "linked");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      for (guint j = 0; j < G_N_ELEMENTS (results); j++)
        {
          GtkWidget *button = gtk_button_new_with_label (_(shown[j]));
          g_autofree char *a11y = g_strdup_printf ("%s: %s", bk_stretch_muscle_label (stretch->muscle), _(labels[j]));

          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
          gtk_widget_set_tooltip_text (button, _(labels[j]));
          if (test != NULL && test->result == results[j])
            gtk_widget_add_css_class (button, "suggested-action");
          g_object_set_data_full (G_OBJECT (button), "muscle", g_strdup (stretch->muscle), g_free);
          g_object_set_data (G_OBJECT (button), "result", GINT_TO_POINTER (results[j]));
          g_signal_connect (button, "clicked", G_CALLBACK (tightness_clicked_cb), self);
          gtk_box_append (GTK_BOX (box), button);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      add_row (self, TIGHTNESS, row);
    }
}

static void
build_history (BkStretchPage *self,
               guint32        today)
{
  GDateWeekday first = bk_context_get_first_weekday (self->context);
  guint32 this_week = bk_date_week_start (today, first);
  guint32 from = this_week - 7 * (HISTORY_WEEKS - 1);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GString) weeks = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *streak_text = NULL;
  g_autofree char *week_text = NULL;
  guint per_week[HISTORY_WEEKS] = { 0 };
  guint complete_this_week = 0;
  guint streak;

  clear_group (self, HISTORY);
  sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (self->context), from, today, &error);
  if (sessions == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < sessions->len; i++)
    {
      BkStretchSession *s = g_ptr_array_index (sessions, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (s->started_at);
      guint32 day = bk_date_julian_of (local);
      guint week = (bk_date_week_start (day, first) - from) / 7;

      g_array_append_val (days, day);
      if (week < HISTORY_WEEKS)
        per_week[week]++;
      if (week == HISTORY_WEEKS - 1 && s->completed)
        complete_this_week++;
    }

  week_text = g_strdup_printf (ngettext ("%u session, %u complete", "%u sessions, %u complete",
                                         per_week[HISTORY_WEEKS - 1]),
                               per_week[HISTORY_WEEKS - 1], complete_this_week);
  add_row (self, HISTORY, text_row (_("This week"), week_text));

  streak = bk_stretch_streak ((const guint32 *) (gpointer) days->data, days->len, today);
  streak_text = g_strdup_printf (ngettext ("%u day in a row", "%u days in a row", streak), streak);
  add_row (self, HISTORY, text_row (_("Current streak"), streak_text));

  for (guint i = 0; i < HISTORY_WEEKS; i++)
    g_string_append_printf (weeks, "%s%u", i > 0 ? " · " : "", per_week[i]);
  add_row (self, HISTORY, text_row (_("Sessions per week, oldest first"), weeks->str));
}

static gboolean due_passed_cb (gpointer user_data);

/* Once the next reminder has fired its time is history: the page then
 * shows the one after it. Checked at least every five minutes, as the
 * reminder service does, so a clock jump is caught. */
static void
schedule_due_refresh (BkStretchPage   *self,
                      BkStretchAgenda *agenda,
                      GDateTime       *now)
{
  GTimeSpan wait;

  g_clear_handle_id (&self->due_id, g_source_remove);
  if (agenda->next_index < 0)
    return;
  wait = g_date_time_difference (g_ptr_array_index (agenda->due, agenda->next_index), now) / 1000;
  self->due_id = g_timeout_add (CLAMP (wait + 1000, 1000, 5 * 60 * 1000), due_passed_cb, self);
}

/* Where the runner was before a rebuild: the routine and the control
 * in it that had the focus, and how far the page was scrolled. Every edit
 * rebuilds the rows, and without this the page jumped and the focus went
 * to the top (issue 15). */
typedef struct {
  gint64  routine_id;
  char   *key;       /* the control's "bk-focus-key", or NULL */
  int     ordinal;   /* else its place among the row's focusable widgets */
  double  scroll;
} Place;

static int
focusable_ordinal (GtkWidget *root,
                   GtkWidget *target,
                   int       *counter)
{
  if (root == target)
    return *counter;
  if (gtk_widget_get_focusable (root))
    (*counter)++;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      int found = focusable_ordinal (c, target, counter);

      if (found >= 0)
        return found;
    }
  return -1;
}

/* The widget under @root with @key, or else the @ordinal-th focusable. */
static GtkWidget *
find_place (GtkWidget  *root,
            const char *key,
            int         ordinal,
            int        *counter)
{
  if (key != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (root), "bk-focus-key"), key) == 0)
    return root;
  if (key == NULL && gtk_widget_get_focusable (root) && (*counter)++ == ordinal)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_place (c, key, ordinal, counter);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
remember_place (BkStretchPage *self,
                Place         *place)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, BK_TYPE_ROUTINE_ROW) : NULL;

  place->scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  place->routine_id = 0;
  place->key = NULL;
  place->ordinal = -1;
  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self)))
    return;
  place->routine_id = bk_routine_row_get_id (BK_ROUTINE_ROW (row));
  place->key = g_strdup (g_object_get_data (G_OBJECT (focus), "bk-focus-key"));
  if (place->key == NULL)
    {
      int counter = 0;

      place->ordinal = focusable_ordinal (row, focus, &counter);
    }
}

/* Each frame while the rebuilt rows settle (an expander row opening
 * animates, so the page is shorter for a few frames and the scroll would be
 * clamped), puts the scroll back where the runner had it. */
static gboolean
keep_scroll_tick_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  BkStretchPage *self = user_data;
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (self->scroller);

  if (ABS (gtk_adjustment_get_value (scroll) - self->kept_scroll) > 0.5)
    gtk_adjustment_set_value (scroll, self->kept_scroll);
  /* Long enough for the animation on a busy machine too: a time and a
   * number of frames. */
  if (self->keep_scroll_frames > 0)
    self->keep_scroll_frames--;
  if (gdk_frame_clock_get_frame_time (clock) < self->keep_scroll_until || self->keep_scroll_frames > 0)
    return G_SOURCE_CONTINUE;
  self->keep_scroll_id = 0;
  return G_SOURCE_REMOVE;
}

static void
restore_place (BkStretchPage *self,
               Place         *place)
{
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (self->scroller);

  for (guint i = 0; place->routine_id != 0 && i < self->rows[ROUTINES]->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows[ROUTINES], i);
      GtkWidget *target = NULL;
      int counter = 0;

      if (bk_routine_row_get_id (BK_ROUTINE_ROW (row)) != place->routine_id)
        continue;
      target = find_place (row, place->key, place->ordinal, &counter);
      /* A stretch moved to the top has no Up any more: its Down then. */
      if ((target == NULL || !gtk_widget_get_sensitive (target)) && place->key != NULL &&
          g_str_has_prefix (place->key, "up:"))
        {
          g_autofree char *down = g_strconcat ("down:", place->key + 3, NULL);

          target = find_place (row, down, -1, &counter);
        }
      else if ((target == NULL || !gtk_widget_get_sensitive (target)) && place->key != NULL &&
               g_str_has_prefix (place->key, "down:"))
        {
          g_autofree char *up = g_strconcat ("up:", place->key + 5, NULL);

          target = find_place (row, up, -1, &counter);
        }
      if (target == NULL || !gtk_widget_grab_focus (target))
        gtk_widget_grab_focus (row);
    }
  /* Now and once the rebuilt rows are laid out: the adjustment's range
   * is only right after that. */
  gtk_adjustment_set_value (scroll, place->scroll);
  self->kept_scroll = place->scroll;
  self->keep_scroll_until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;
  self->keep_scroll_frames = 20;
  if (self->keep_scroll_id == 0)
    self->keep_scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->scroller), keep_scroll_tick_cb,
                                                         self, NULL);
  g_clear_pointer (&place->key, g_free);
}

static void
refresh (BkStretchPage *self)
{
  Place place;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  guint32 today = bk_date_julian_of (now);

  agenda = bk_stretch_agenda_load (self->context, now, &error);
  if (agenda == NULL)
    {
      show_error (self, error->message);
      return;
    }
  schedule_due_refresh (self, agenda, now);
  remember_place (self, &place);
  build_today (self, agenda);
  build_routines (self, agenda);
  build_tightness (self, agenda, today);
  build_history (self, today);
  restore_place (self, &place);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  BkStretchPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static gboolean
due_passed_cb (gpointer user_data)
{
  BkStretchPage *self = user_data;

  self->due_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Rebuilt from an idle: the change may come from a button in a row that
 * the rebuild removes. */
static void
store_changed_cb (BkStretchStore *store,
                  BkStretchPage  *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
settings_changed_cb (GSettings     *settings,
                     const char    *key,
                     BkStretchPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
today_start_clicked_cb (BkStretchPage *self)
{
  if (self->today_routine_id > 0)
    bk_stretch_page_start_routine (self, self->today_routine_id);
}

static void
new_routine_clicked_cb (BkStretchPage *self)
{
  g_autoptr(BkRoutine) routine = bk_routine_new (_("New routine"), BK_TIMING_AFTER_RUN);
  g_autoptr(GError) error = NULL;

  if (!bk_stretch_store_add_routine (bk_context_get_stretch_store (self->context), routine, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_hash_table_add (self->expanded, g_memdup2 (&routine->id, sizeof routine->id));
}

static void
bk_stretch_page_dispose (GObject *object)
{
  BkStretchPage *self = (BkStretchPage *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->due_id, g_source_remove);
  if (self->keep_scroll_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->scroller), self->keep_scroll_id);
  self->keep_scroll_id = 0;
  if (self->context != NULL)
    g_clear_signal_handler (&self->changed_id, bk_context_get_stretch_store (self->context));
  /* AdwBin unparents its child in its own dispose: let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_STRETCH_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_stretch_page_parent_class)->dispose (object);
}

static void
bk_stretch_page_finalize (GObject *object)
{
  BkStretchPage *self = (BkStretchPage *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->rows); i++)
    g_ptr_array_unref (self->rows[i]);
  g_hash_table_unref (self->expanded);

  G_OBJECT_CLASS (bk_stretch_page_parent_class)->finalize (object);
}

static void
bk_stretch_page_class_init (BkStretchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_stretch_page_dispose;
  object_class->finalize = bk_stretch_page_finalize;

  g_type_ensure (BK_TYPE_CATALOGUE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-stretch-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, today_group);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, routines_group);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, tightness_group);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, catalogue_group);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, today_start_button);
  gtk_widget_class_bind_template_child (widget_class, BkStretchPage, paused_banner);
  gtk_widget_class_bind_template_callback (widget_class, today_start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_routine_clicked_cb);
}

static void
bk_stretch_page_init (BkStretchPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->rows); i++)
    self->rows[i] = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The advice gate (issue 9): under urgent pain advice the reminder service
 * pauses stretching reminders; the banner says so until it is cleared, and
 * today's routine is not suggested (the routines stay, to look at). */
static void
update_paused_banner (BkStretchPage *self)
{
  gboolean urgent = bk_pain_advice_current (self->context) == BK_PAIN_ADVICE_URGENT;

  gtk_revealer_set_reveal_child (self->paused_banner, urgent);
  gtk_widget_set_visible (GTK_WIDGET (self->paused_banner), urgent);
  gtk_widget_set_visible (GTK_WIDGET (self->today_group), !urgent);
}

void
bk_stretch_page_set_context (BkStretchPage *self,
                             BkContext     *context)
{
  g_return_if_fail (BK_IS_STRETCH_PAGE (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->changed_id = g_signal_connect (bk_context_get_stretch_store (context), "changed",
                                       G_CALLBACK (store_changed_cb), self);
  /* The notes by each reminder time follow the background choice. */
  g_signal_connect_object (bk_context_get_settings (context), "changed::run-in-background",
                           G_CALLBACK (settings_changed_cb), self, 0);
  g_signal_connect_object (bk_context_get_settings (context), "changed::background-asked",
                           G_CALLBACK (settings_changed_cb), self, 0);
  g_signal_connect_swapped (self->catalogue_group, "error", G_CALLBACK (show_error), self);
  bk_catalogue_group_set_context (self->catalogue_group, context);
  g_signal_connect_object (bk_context_get_pain_store (context), "changed",
                           G_CALLBACK (update_paused_banner), self, G_CONNECT_SWAPPED);
  update_paused_banner (self);
  refresh (self);
}

/**
 * bk_stretch_page_start_routine:
 *
 * Opens the player on @routine_id over the page's window.
 *
 * Returns: (transfer none) (nullable): the player, or %NULL after showing
 *   why it could not start
 */
GtkWindow *
bk_stretch_page_start_routine (BkStretchPage *self,
                               gint64         routine_id)
{
  g_autoptr(GError) error = NULL;
  BkRoutinePlayer *player;

  g_return_val_if_fail (BK_IS_STRETCH_PAGE (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  player = bk_routine_player_new (self->context, routine_id, &error);
  if (player == NULL)
    {
      show_error (self, error->message);
      return NULL;
    }
  bk_dialog_present (GTK_WINDOW (player), GTK_WIDGET (self));
  return GTK_WINDOW (player);
}
