/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The routine player by keyboard (issue 15): its keys act wherever focus
 * is, it cues each switch of side with a sound, keeps the screen awake
 * while it runs, and does not praise or count a session of skips. */
#include "bk-config.h"

#include <string.h>

#include "core/bk-date.h"
#include "gui/bk-preferences-window.h"
#include "gui/bk-routine-player.h"
#include "bk-test-gui.h"
#include "bk-test-keys.h"

typedef struct {
  char            *dir;
  BkContext       *context;
  GSettings       *settings;
  BkRoutinePlayer *player;
  GPtrArray       *cues;
} Fixture;

static void
cue_cb (BkRoutinePlayer *player,
        const char      *event_id,
        Fixture         *f)
{
  g_ptr_array_add (f->cues, g_strdup (event_id));
}

/* A routine of two stretches, calves tighter on the left: three sides of
 * 3 s, 2 s and 2 s, on a clock the test moves by hand. */
static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkTightnessTest) test = bk_tightness_test_new ("calves", BK_TIGHTNESS_LEFT, bk_date_julian_of (now));
  g_autoptr(BkRoutine) routine = bk_routine_new ("Quick", BK_TIMING_AFTER_RUN);
  g_autoptr(GError) error = NULL;
  BkStretchStore *store;

  f->context = bk_test_context_new (&f->dir);
  f->settings = g_object_ref (bk_context_get_settings (f->context));
  g_settings_set_boolean (f->settings, "sounds", TRUE);
  store = bk_context_get_stretch_store (f->context);
  g_assert_true (bk_stretch_store_set_hold (store, "calf-wall", 2, 1, &error));
  g_assert_true (bk_stretch_store_set_hold (store, "childs-pose", 2, 1, &error));
  g_assert_true (bk_stretch_store_add_tightness (store, test, &error));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("calf-wall"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("childs-pose"));
  g_assert_true (bk_stretch_store_add_routine (store, routine, &error));
  g_assert_no_error (error);

  f->player = bk_routine_player_new (f->context, routine->id, &error);
  g_assert_no_error (error);
  bk_routine_player_use_manual_clock (f->player);
  f->cues = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (f->player, "cue", G_CALLBACK (cue_cb), f);
  bk_test_present (f->player);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  if (f->player != NULL)
    gtk_window_destroy (GTK_WINDOW (f->player));
  bk_test_spin ();
  g_settings_reset (f->settings, "sounds");
  g_clear_object (&f->settings);
  g_ptr_array_unref (f->cues);
  g_assert_finalize_object (f->context);
  bk_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
shows (BkRoutinePlayer *player,
       const char      *text)
{
  g_autofree char *shown = bk_test_shown_text (player);

  return strstr (shown, text) != NULL;
}

static guint
n_sessions (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = bk_date_julian_of (now);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (f->context), today - 1, today + 1, &error);
  g_assert_no_error (error);
  return sessions->len;
}

/* Space pauses and Right skips whichever button has the focus: before,
 * Space on the focused Skip button skipped and Right only moved focus. */
static void
test_keys_anywhere (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *skip = bk_test_find_icon_button (GTK_WIDGET (f->player), "media-skip-forward-symbolic");
  GtkWidget *pause = bk_test_child (f->player, BK_TYPE_ROUTINE_PLAYER, "pause_button");

  g_assert_cmpstr (bk_routine_player_get_side_text (f->player), ==, "Left: your tighter side, 3 s");

  gtk_widget_grab_focus (skip);
  bk_test_save_looks (GTK_WIDGET (f->player), "player");
  bk_test_press_keys (GTK_WIDGET (f->player), "space");
  g_assert_true (shows (f->player, "Paused"));
  g_assert_cmpstr (bk_routine_player_get_side_text (f->player), ==, "Left: your tighter side, 3 s");
  bk_test_press_keys (GTK_WIDGET (f->player), "space");
  g_assert_false (shows (f->player, "Paused"));

  gtk_widget_grab_focus (pause);
  bk_test_press_keys (GTK_WIDGET (f->player), "Right");
  g_assert_cmpstr (bk_routine_player_get_side_text (f->player), ==, "Right side, 2 s");
  g_assert_true (gtk_widget_has_focus (pause));
  /* Back at the first side, the Back button goes insensitive. */
  bk_test_press_keys (GTK_WIDGET (f->player), "Left");
  g_assert_cmpstr (bk_routine_player_get_side_text (f->player), ==, "Left: your tighter side, 3 s");

  /* At the end the keys are the Close button's again: Space closes. */
  bk_test_press_keys (GTK_WIDGET (f->player), "Right Right Right");
  g_assert_true (bk_routine_player_get_finished (f->player));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->player)));
}

/* Moves the clock a second at a time until the side @side is on, and
 * checks no cue came before the last second. */
static void
advance_to (Fixture    *f,
            const char *side)
{
  guint before = f->cues->len;

  for (int i = 0; i < 60 && g_strcmp0 (bk_routine_player_get_side_text (f->player), side) != 0; i++)
    {
      g_assert_cmpuint (f->cues->len, ==, before);
      bk_routine_player_advance (f->player, 1);
    }
  g_assert_cmpstr (bk_routine_player_get_side_text (f->player), ==, side);
}

/* A bell at each switch of side, the chime at the end; none with sounds
 * off. The test machine has no sound device: the routine still runs. */
static void
test_cues (Fixture       *f,
           gconstpointer  data)
{
  /* Silent while the side runs; the bell rings as the next one begins. */
  advance_to (f, "Right side, 2 s");
  g_assert_cmpuint (f->cues->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->cues, 0), ==, "bell");

  g_settings_set_boolean (f->settings, "sounds", FALSE);
  advance_to (f, "2 s");
  g_assert_cmpuint (f->cues->len, ==, 1);

  g_settings_set_boolean (f->settings, "sounds", TRUE);
  bk_routine_player_advance (f->player, 60);
  g_assert_true (bk_routine_player_get_finished (f->player));
  g_assert_cmpuint (f->cues->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (f->cues, 1), ==, "complete");
  g_assert_true (shows (f->player, "3 of 3 sides done"));
}

/* The player asks the session not to blank the screen while its clock
 * runs, and lets go when paused, finished or closed. */
static void
test_keeps_awake (Fixture       *f,
                  gconstpointer  data)
{
  gboolean awake;

  g_object_get (f->player, "keeping-awake", &awake, NULL);
  g_assert_true (awake);
  gtk_widget_activate_action (GTK_WIDGET (f->player), "player.pause", NULL);
  g_object_get (f->player, "keeping-awake", &awake, NULL);
  g_assert_false (awake);
  gtk_widget_activate_action (GTK_WIDGET (f->player), "player.pause", NULL);
  g_object_get (f->player, "keeping-awake", &awake, NULL);
  g_assert_true (awake);
  bk_routine_player_advance (f->player, 30);
  g_assert_true (bk_routine_player_get_finished (f->player));
  g_object_get (f->player, "keeping-awake", &awake, NULL);
  g_assert_false (awake);
}

static void
test_closed_lets_go (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkRoutinePlayer) player = g_object_ref (f->player);
  gboolean awake;

  gtk_window_close (GTK_WINDOW (player));
  bk_test_spin ();
  g_object_get (player, "keeping-awake", &awake, NULL);
  g_assert_false (awake);
  f->player = NULL;
}

/* Skipping every side is not a session: no "Well Done", nothing kept for
 * the streak, even after a second of holding. */
static void
test_all_skipped (Fixture       *f,
                  gconstpointer  data)
{
  bk_routine_player_advance (f->player, 6);
  for (int i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->player), "player.skip", NULL);
  g_assert_true (bk_routine_player_get_finished (f->player));
  g_assert_false (shows (f->player, "Well Done"));
  g_assert_true (shows (f->player, "Every Side Skipped"));
  g_assert_true (shows (f->player, "does not count toward your streak"));
  bk_test_save_png (GTK_WIDGET (f->player), "player-all-skipped");
  bk_test_save_looks (GTK_WIDGET (f->player), "player-all-skipped");
  gtk_window_close (GTK_WINDOW (f->player));
  bk_test_spin ();
  f->player = NULL;
  g_assert_cmpuint (n_sessions (f), ==, 0);
}

/* Preferences has the Sounds switch, on the new key. */
static void
test_sounds_switch (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BkPreferencesWindow *prefs = bk_preferences_window_new (settings);
  GtkSwitch *sounds = GTK_SWITCH (bk_test_child (prefs, BK_TYPE_PREFERENCES_WINDOW, "sounds_switch"));

  g_assert_true (g_settings_get_boolean (settings, "sounds"));
  g_assert_true (gtk_switch_get_active (sounds));
  gtk_switch_set_active (sounds, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "sounds"));
  gtk_window_present (GTK_WINDOW (prefs));
  bk_test_save_looks (GTK_WIDGET (prefs), "preferences-sounds");
  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (settings, "sounds");
}

/* The shortcuts window lists the player's keys and the chart's. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/bk-shortcuts-window.ui");
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) listed = g_string_new (NULL);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  const char *expected[] = {
    "Pause or resume=space p", "Skip to the next side=Right n", "Stop the routine=Escape",
    "Week before or after=Left Right", "First or last week=Home End", "Show more weeks=minus",
    "Save the run or pain entry=<Control>Return", "Next or previous link in an article=Tab <Shift>Tab",
  };

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
  bk_test_save_png (window, "shortcuts-window");
  g_object_set (window, "section-name", "routine-chart", NULL);
  bk_test_save_png (window, "shortcuts-window-routine-chart");
  bk_test_save_looks (window, "shortcuts-window-routine-chart");
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *title = NULL;
        g_autofree char *accel = NULL;

        g_object_get (l->data, "title", &title, "accelerator", &accel, NULL);
        g_string_append_printf (listed, "%s=%s\n", title, accel);
      }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("%s\n", expected[i]);

      g_assert_nonnull (strstr (listed->str, line));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bk_test_gui_init (&argc, &argv);

  g_test_add_func ("/player/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/player/sounds-switch", test_sounds_switch);
  g_test_add ("/player/keys-anywhere", Fixture, NULL, setup, test_keys_anywhere, teardown);
  g_test_add ("/player/cues", Fixture, NULL, setup, test_cues, teardown);
  g_test_add ("/player/keeps-awake", Fixture, NULL, setup, test_keeps_awake, teardown);
  g_test_add ("/player/closed-lets-go", Fixture, NULL, setup, test_closed_lets_go, teardown);
  g_test_add ("/player/all-skipped", Fixture, NULL, setup, test_all_skipped, teardown);
  return g_test_run ();
}
