/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-routine-player"

#include "bk-config.h"

#include <glib/gi18n.h>
#include <gsound.h>

#include "services/bk-stretch-agenda.h"
#include "bk-routine-player.h"
#include "bk-routine-player-keys.h"

/* Seconds to get into position before each side, and to breathe between
 * repetitions. */
#define READY_S 5
#define RELAX_S 3
/* Below this width the player's type shrinks, so the clock and the cautions
 * both fit on a phone-sized window without scrolling. */
#define NARROW_WIDTH 560

typedef enum {
  PHASE_READY,
  PHASE_HOLD,
  PHASE_RELAX,
  PHASE_DONE,
} Phase;

struct _BkRoutinePlayer
{
  AdwWindow         parent_instance;

  BkContext        *context;
  BkRoutine        *routine;
  GPtrArray        *stretches;   /* borrowed by plan */
  GArray           *plan;        /* (element-type BkPlanStep) */
  GDateTime        *started_at;

  guint             step;
  guint             rep;
  Phase             phase;
  guint             remaining_s;
  gboolean          paused;
  double            speed;
  guint             tick_id;
  gboolean          manual_clock;

  guint             done_s;
  guint             steps_done;
  gboolean          recorded;
  /* Created on the first cue; NULL when no sound can be played. */
  GSoundContext    *sounds;
  gboolean          sounds_failed;
  guint             inhibit_cookie;
  gboolean          keeping_awake;

  AdwWindowTitle   *window_title;
  GtkStack         *stack;
  GtkLabel         *progress_label;
  GtkLabel         *title_label;
  GtkLabel         *side_label;
  GtkLabel         *countdown_label;
  GtkLabel         *phase_label;
  GtkLabel         *why_label;
  GtkLabel         *instructions_label;
  GtkWidget        *cautions_box;
  GtkLabel         *cautions_label;
  GtkLabel         *next_label;
  GtkButton        *pause_button;
  AdwStatusPage    *done_page;
};

G_DEFINE_FINAL_TYPE (BkRoutinePlayer, bk_routine_player, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SPEED,
  PROP_FINISHED,
  PROP_KEEPING_AWAKE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Event ids of the freedesktop sound theme: a bell when a side ends and the
 * next begins, the "complete" chime at the end of the routine. */
#define CUE_NEXT_SIDE "bell"
#define CUE_FINISHED  "complete"

static void arm_timer (BkRoutinePlayer *self);

static const BkPlanStep *
current_step (BkRoutinePlayer *self)
{
  if (self->step >= self->plan->len)
    return NULL;
  return &g_array_index (self->plan, BkPlanStep, self->step);
}

static guint
rep_hold (const BkPlanStep *step,
          guint             rep)
{
  BkSideDose dose = { step->side, step->reps, step->total_s, step->tighter };

  return bk_side_dose_rep_hold (&dose, rep);
}

/* "Left: your tighter side, 45 s" */
static char *
side_text (const BkPlanStep *step)
{
  g_autofree char *time = bk_stretch_format_seconds (step->total_s);

  if (step->side == BK_SIDE_NONE)
    return g_strdup (time);
  if (step->tighter)
    return g_strdup_printf (step->side == BK_SIDE_LEFT ? _("Left: your tighter side, %s")
                                                       : _("Right: your tighter side, %s"), time);
  return g_strdup_printf (step->side == BK_SIDE_LEFT ? _("Left side, %s") : _("Right side, %s"), time);
}

static const char *
why_text (BkRoutinePlayer  *self,
          const BkPlanStep *step)
{
  if (step->stretch->kind != BK_STRETCH_KIND_STRETCH)
    return step->side == BK_SIDE_NONE ? "" : _("Strength work: the same on both sides.");
  if (step->tighter)
    return _("It gets half as long again as the other side, so the difference shrinks instead of staying.");
  if (step->side != BK_SIDE_NONE && self->step > 0 &&
      g_array_index (self->plan, BkPlanStep, self->step - 1).stretch == step->stretch &&
      g_array_index (self->plan, BkPlanStep, self->step - 1).tighter)
    return _("Your looser side: the usual time.");
  if (step->side != BK_SIDE_NONE)
    return _("Both sides the same for now: the tightness test finds your tighter side.");
  return "";
}

static void
update_labels (BkRoutinePlayer *self)
{
  const BkPlanStep *step = current_step (self);
  g_autofree char *progress = NULL;
  g_autofree char *side = NULL;
  g_autofree char *count = NULL;
  g_autofree char *next = NULL;
  g_autofree char *phase = NULL;

  if (step == NULL)
    return;

  progress = g_strdup_printf (_("Step %u of %u"), self->step + 1, self->plan->len);
  gtk_label_set_label (self->progress_label, progress);
  gtk_label_set_label (self->title_label, step->stretch->name);
  side = side_text (step);
  gtk_label_set_label (self->side_label, side);

  count = g_strdup_printf ("%u", self->remaining_s);
  gtk_label_set_label (self->countdown_label, count);
  switch (self->phase)
    {
    case PHASE_READY:
      phase = g_strdup (_("Get into position"));
      break;
    case PHASE_RELAX:
      phase = g_strdup (_("Relax"));
      break;
    case PHASE_HOLD:
      phase = g_strdup_printf (_("Hold · repetition %u of %u"), self->rep + 1, step->reps);
      break;
    case PHASE_DONE:
    default:
      phase = g_strdup ("");
      break;
    }
  if (self->paused)
    {
      g_autofree char *paused = g_strdup_printf (_("Paused · %s"), phase);

      g_free (phase);
      phase = g_steal_pointer (&paused);
    }
  gtk_label_set_label (self->phase_label, phase);

  gtk_label_set_label (self->why_label, why_text (self, step));
  gtk_label_set_label (self->instructions_label,
                       self->routine->timing == BK_TIMING_BEFORE_RUN && step->stretch->before_run[0] != '\0'
                       ? step->stretch->before_run : step->stretch->instructions);
  /* Shown the whole time the stretch is on screen, not only while getting
   * into position: a hold is when a nerve or a tendon complains. */
  gtk_label_set_label (self->cautions_label, step->stretch->cautions != NULL ? step->stretch->cautions : "");
  gtk_widget_set_visible (self->cautions_box,
                          step->stretch->cautions != NULL && step->stretch->cautions[0] != '\0');

  if (self->step + 1 < self->plan->len)
    {
      const BkPlanStep *after = &g_array_index (self->plan, BkPlanStep, self->step + 1);
      g_autofree char *after_side = side_text (after);

      next = g_strdup_printf (_("Next: %s — %s"), after->stretch->name, after_side);
    }
  else
    next = g_strdup (self->routine->timing == BK_TIMING_BEFORE_RUN
                     ? _("Last one. Then a few minutes of easy dynamic movement before you run.")
                     : _("Last one."));
  gtk_label_set_label (self->next_label, next);

  gtk_button_set_label (self->pause_button, self->paused ? _("_Resume") : _("_Pause"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.back", self->step > 0 || self->phase != PHASE_READY);
}

/* Plays @event_id unless the user turned sounds off. A machine without a
 * sound device plays nothing, and the routine goes on in silence. */
static void
play_cue (BkRoutinePlayer *self,
          const char      *event_id)
{
  g_autoptr(GError) error = NULL;

  if (!g_settings_get_boolean (bk_context_get_settings (self->context), "sounds"))
    return;
  g_signal_emit (self, signals[CUE], g_quark_from_string (event_id), event_id);
  if (self->sounds == NULL && !self->sounds_failed)
    {
      self->sounds = gsound_context_new (NULL, &error);
      if (self->sounds == NULL)
        {
          g_debug ("No sounds: %s", error->message);
          self->sounds_failed = TRUE;
          return;
        }
    }
  if (self->sounds == NULL)
    return;
  if (!gsound_context_play_simple (self->sounds, NULL, &error,
                                   GSOUND_ATTR_EVENT_ID, event_id,
                                   GSOUND_ATTR_EVENT_DESCRIPTION, _("Stretching routine"),
                                   NULL))
    g_debug ("Could not play “%s”: %s", event_id, error->message);
}

/* Keeps the screen from blanking while the clock runs: the runner is on
 * the floor, not at the keyboard. */
static void
keep_awake (BkRoutinePlayer *self,
            gboolean         awake)
{
  GApplication *app = g_application_get_default ();

  if (awake == self->keeping_awake)
    return;
  self->keeping_awake = awake;
  if (awake && GTK_IS_APPLICATION (app))
    self->inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (app), GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A stretching routine is under way"));
  else if (!awake && self->inhibit_cookie != 0 && GTK_IS_APPLICATION (app))
    {
      gtk_application_uninhibit (GTK_APPLICATION (app), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEEPING_AWAKE]);
}

static void
record_session (BkRoutinePlayer *self)
{
  g_autoptr(BkStretchSession) session = NULL;
  g_autoptr(GError) error = NULL;

  /* A session with every side skipped is not stretching: it is neither
   * kept nor counted for the streak. */
  if (self->recorded || self->steps_done == 0)
    return;
  self->recorded = TRUE;

  session = bk_stretch_session_new (self->routine->id, self->routine->name, self->started_at);
  session->planned_s = bk_routine_plan_total_s (self->plan);
  session->done_s = MIN (self->done_s, 86400);
  session->steps_total = self->plan->len;
  session->steps_done = self->steps_done;
  session->completed = self->steps_done == self->plan->len;
  if (!bk_stretch_store_add_session (bk_context_get_stretch_store (self->context), session, &error))
    g_warning ("Could not record the stretching session: %s", error->message);
}

static void
finish (BkRoutinePlayer *self)
{
  g_autofree char *done = NULL;
  g_autofree char *summary = NULL;

  self->phase = PHASE_DONE;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  keep_awake (self, FALSE);
  record_session (self);

  done = bk_stretch_format_seconds (self->done_s);
  if (self->steps_done == 0)
    {
      adw_status_page_set_icon_name (self->done_page, "media-skip-forward-symbolic");
      adw_status_page_set_title (self->done_page, _("Every Side Skipped"));
      summary = g_strdup (_("Nothing was held to the end, so this session is not kept "
                            "and does not count toward your streak."));
    }
  else
    summary = g_strdup_printf (ngettext ("%u of %u side done, %s of stretching.",
                                         "%u of %u sides done, %s of stretching.",
                                         self->plan->len),
                               self->steps_done, self->plan->len, done);
  adw_status_page_set_description (self->done_page, summary);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.pause", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.skip", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.back", FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

static void
go_to_step (BkRoutinePlayer *self,
            guint            step)
{
  if (step >= self->plan->len)
    {
      finish (self);
      return;
    }
  self->step = step;
  self->rep = 0;
  self->phase = PHASE_READY;
  self->remaining_s = READY_S;
  update_labels (self);
}

static void
advance (BkRoutinePlayer *self)
{
  const BkPlanStep *step = current_step (self);

  switch (self->phase)
    {
    case PHASE_READY:
    case PHASE_RELAX:
      self->phase = PHASE_HOLD;
      self->remaining_s = rep_hold (step, self->rep);
      break;
    case PHASE_HOLD:
      if (self->rep + 1 < step->reps)
        {
          self->rep++;
          self->phase = PHASE_RELAX;
          self->remaining_s = RELAX_S;
        }
      else
        {
          self->steps_done++;
          play_cue (self, self->step + 1 < self->plan->len ? CUE_NEXT_SIDE : CUE_FINISHED);
          go_to_step (self, self->step + 1);
          return;
        }
      break;
    case PHASE_DONE:
    default:
      return;
    }
  update_labels (self);
}

/* One second of the routine's clock. */
static void
tick (BkRoutinePlayer *self)
{
  if (self->paused || self->phase == PHASE_DONE)
    return;

  if (self->phase == PHASE_HOLD)
    self->done_s++;
  if (self->remaining_s > 1)
    {
      self->remaining_s--;
      update_labels (self);
    }
  else
    advance (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  tick (user_data);
  return G_SOURCE_CONTINUE;
}

static void
arm_timer (BkRoutinePlayer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->phase == PHASE_DONE || self->manual_clock)
    return;
  self->tick_id = g_timeout_add (MAX (1, (guint) (1000.0 / self->speed)), tick_cb, self);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (widget);

  if (self->phase == PHASE_DONE)
    return;
  self->paused = !self->paused;
  keep_awake (self, !self->paused && gtk_widget_get_mapped (widget));
  update_labels (self);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (widget);

  if (self->phase == PHASE_DONE)
    return;
  go_to_step (self, self->step + 1);
  if (self->phase != PHASE_DONE)
    arm_timer (self);
}

/* Back restarts this side when it is under way, else goes to the one before. */
static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (widget);

  if (self->phase == PHASE_DONE)
    return;
  if (self->phase == PHASE_READY && self->step > 0)
    go_to_step (self, self->step - 1);
  else
    go_to_step (self, self->step);
  arm_timer (self);
}

static gboolean
bk_routine_player_close_request (GtkWindow *window)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (window);

  /* Stopping part way still counts what was done. */
  g_clear_handle_id (&self->tick_id, g_source_remove);
  keep_awake (self, FALSE);
  record_session (self);
  return GTK_WINDOW_CLASS (bk_routine_player_parent_class)->close_request (window);
}

static void
bk_routine_player_map (GtkWidget *widget)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (widget);

  GTK_WIDGET_CLASS (bk_routine_player_parent_class)->map (widget);
  keep_awake (self, !self->paused && self->phase != PHASE_DONE);
}

static void
bk_routine_player_unmap (GtkWidget *widget)
{
  keep_awake (BK_ROUTINE_PLAYER (widget), FALSE);
  GTK_WIDGET_CLASS (bk_routine_player_parent_class)->unmap (widget);
}

/* libadwaita 1.2 has no breakpoints; the default size follows the window's
 * size as the user resizes it, so it says when to switch. */
static void
default_width_changed_cb (BkRoutinePlayer *self)
{
  int width, height;

  /* GTK 4.8 writes both, without a NULL check. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && width < NARROW_WIDTH)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
}

static void
bk_routine_player_dispose (GObject *object)
{
  BkRoutinePlayer *self = (BkRoutinePlayer *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->context != NULL)
    keep_awake (self, FALSE);
  g_clear_object (&self->sounds);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_ROUTINE_PLAYER);
  g_clear_pointer (&self->plan, g_array_unref);
  g_clear_pointer (&self->stretches, g_ptr_array_unref);
  g_clear_pointer (&self->routine, bk_routine_free);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bk_routine_player_parent_class)->dispose (object);
}

static void
bk_routine_player_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SPEED:
      g_value_set_double (value, self->speed);
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->phase == PHASE_DONE);
      break;
    case PROP_KEEPING_AWAKE:
      g_value_set_boolean (value, self->keeping_awake);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_routine_player_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BkRoutinePlayer *self = BK_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_SPEED:
      bk_routine_player_set_speed (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_routine_player_class_init (BkRoutinePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bk_routine_player_dispose;
  object_class->get_property = bk_routine_player_get_property;
  object_class->set_property = bk_routine_player_set_property;
  window_class->close_request = bk_routine_player_close_request;
  widget_class->map = bk_routine_player_map;
  widget_class->unmap = bk_routine_player_unmap;

  /**
   * BkRoutinePlayer:speed:
   *
   * How many player seconds pass per real second; tests run a routine at
   * a hundred times speed instead of waiting for it.
   */
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.1, 1000.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BkRoutinePlayer:keeping-awake:
   *
   * Whether the player has asked the session not to blank the screen:
   * from when it is shown until it is paused, finished or closed.
   */
  properties[PROP_KEEPING_AWAKE] =
    g_param_spec_boolean ("keeping-awake", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BkRoutinePlayer::cue:
   * @event_id: the sound theme's event id
   *
   * Emitted, with the event id as detail, each time the player plays a
   * sound (sounds on), whether or not a sound device is there to hear it.
   */
  signals[CUE] =
    g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-routine-player.ui");
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, window_title);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, title_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, side_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, phase_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, why_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, cautions_box);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, cautions_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, next_label);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, pause_button);
  gtk_widget_class_bind_template_child (widget_class, BkRoutinePlayer, done_page);

  gtk_widget_class_install_action (widget_class, "player.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "player.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "player.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bk_routine_player_init (BkRoutinePlayer *self)
{
  self->speed = 1.0;
  gtk_widget_init_template (GTK_WIDGET (self));
  bk_routine_player_add_keys (self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (default_width_changed_cb), NULL);
  default_width_changed_cb (self);
}

/**
 * bk_routine_player_new:
 *
 * A player for one routine, dosed with the latest tightness tests. It
 * starts counting at once.
 *
 * Returns: (transfer none): the window, owned by GTK like any toplevel, or %NULL when the routine
 *   cannot be read or has nothing in it
 */
BkRoutinePlayer *
bk_routine_player_new (BkContext  *context,
                       gint64      routine_id,
                       GError    **error)
{
  g_autoptr(BkStretchAgenda) agenda = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkRoutinePlayer *self;
  BkRoutine *routine = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), NULL);

  agenda = bk_stretch_agenda_load (context, now, error);
  if (agenda == NULL)
    return NULL;
  for (guint i = 0; i < agenda->routines->len; i++)
    if (((BkRoutine *) g_ptr_array_index (agenda->routines, i))->id == routine_id)
      routine = g_ptr_array_index (agenda->routines, i);
  if (routine == NULL)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("That routine no longer exists"));
      return NULL;
    }

  self = g_object_new (BK_TYPE_ROUTINE_PLAYER, NULL);
  self->context = g_object_ref (context);
  self->routine = bk_routine_copy (routine);
  /* The plan borrows its stretches: keep copies that live as long. */
  {
    g_autoptr(GPtrArray) borrowed = bk_routine_resolve (routine, agenda->stretches);

    self->stretches = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
    for (guint i = 0; i < borrowed->len; i++)
      g_ptr_array_add (self->stretches, bk_stretch_copy (g_ptr_array_index (borrowed, i)));
    self->plan = bk_routine_plan (self->stretches, agenda->tightness, self->routine->timing);
  }

  if (self->plan->len == 0)
    {
      g_set_error (error, BK_STORE_ERROR, BK_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no stretches yet: add some first"), self->routine->name);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  self->started_at = g_date_time_ref (now);
  adw_window_title_set_title (self->window_title, self->routine->name);
  go_to_step (self, 0);
  arm_timer (self);
  return self;
}

void
bk_routine_player_set_speed (BkRoutinePlayer *self,
                             double           speed)
{
  g_return_if_fail (BK_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (speed > 0);

  if (self->speed == speed)
    return;
  self->speed = speed;
  if (self->tick_id != 0 && !self->manual_clock)
    arm_timer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

double
bk_routine_player_get_speed (BkRoutinePlayer *self)
{
  g_return_val_if_fail (BK_IS_ROUTINE_PLAYER (self), 1.0);
  return self->speed;
}

gboolean
bk_routine_player_get_finished (BkRoutinePlayer *self)
{
  g_return_val_if_fail (BK_IS_ROUTINE_PLAYER (self), FALSE);
  return self->phase == PHASE_DONE;
}

const char *
bk_routine_player_get_side_text (BkRoutinePlayer *self)
{
  g_return_val_if_fail (BK_IS_ROUTINE_PLAYER (self), NULL);
  return gtk_label_get_label (self->side_label);
}

/**
 * bk_routine_player_use_manual_clock:
 *
 * Stops the player's own timer for good: from now on its clock moves only
 * when bk_routine_player_advance() is called. Tests use it to step through
 * a routine second by second, whatever the machine's speed.
 */
void
bk_routine_player_use_manual_clock (BkRoutinePlayer *self)
{
  g_return_if_fail (BK_IS_ROUTINE_PLAYER (self));

  self->manual_clock = TRUE;
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

/**
 * bk_routine_player_advance:
 * @seconds: how many seconds of the routine pass
 *
 * Moves the routine's clock on as its timer would: a paused player does
 * not move, and a finished one stays finished.
 */
void
bk_routine_player_advance (BkRoutinePlayer *self,
                           guint            seconds)
{
  g_return_if_fail (BK_IS_ROUTINE_PLAYER (self));

  for (guint i = 0; i < seconds && self->phase != PHASE_DONE; i++)
    tick (self);
}
