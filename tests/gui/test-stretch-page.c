/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "core/bk-date.h"
#include "gui/bk-catalogue-group.h"
#include "gui/bk-routine-player.h"
#include "gui/bk-window.h"
#include "bk-test-gui.h"

typedef struct {
  char      *dir;
  BkContext *context;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  f->dir = g_dir_make_tmp ("bk-stretch-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->context = bk_context_new (f->dir, settings, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_assert_finalize_object (f->context);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* The first label under @root whose text contains @needle; with
 * @shown_only, only one drawn on screen now (a label in a hidden box does
 * not count). */
static GtkLabel *
find_label_full (GtkWidget  *root,
                 const char *needle,
                 gboolean    shown_only)
{
  if (GTK_IS_LABEL (root) && (!shown_only || gtk_widget_get_mapped (root)) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), needle) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_full (child, needle, shown_only);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *needle)
{
  return find_label_full (root, needle, FALSE);
}

static GtkLabel *
find_shown_label (GtkWidget  *root,
                  const char *needle)
{
  return find_label_full (root, needle, TRUE);
}

typedef struct {
  GtkWidget  *root;
  const char *needle;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_label (wait->root, wait->needle) != NULL;
}

/* Rows are rebuilt from idles after the store changes, which under the
 * sanitizers takes seconds: poll for the label with the shared deadline. */
static GtkLabel *
wait_for_label (GtkWidget  *root,
                const char *needle)
{
  LabelWait wait = { root, needle };

  bk_test_wait_for (label_shown, &wait);
  return find_label (root, needle);
}

static GtkWidget *
find_type (GtkWidget  *root,
           GType       type,
           const char *title)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) &&
      (title == NULL || (ADW_IS_PREFERENCES_ROW (root) &&
                         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
record_tightness (Fixture    *f,
                  const char *muscle,
                  BkTightness result)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BkTightnessTest) test = bk_tightness_test_new (muscle, result, bk_date_julian_of (now));
  g_autoptr(GError) error = NULL;

  g_assert_true (bk_stretch_store_add_tightness (bk_context_get_stretch_store (f->context), test, &error));
  g_assert_no_error (error);
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  BkWindow *window = bk_window_new (NULL, f->context);
  g_autoptr(GHashTable) map = NULL;
  GtkButton *button;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "stretching");
  gtk_window_present (GTK_WINDOW (window));
  bk_test_spin_for (200);

  /* The starting routines are there with their totals. */
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "After your run"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Daily back care"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Today: "));
  g_assert_null (find_label (GTK_WIDGET (window), "(tighter)"));

  /* A tightness test changes the dose shown: calves, 2 x 30 s. */
  record_tightness (f, "calves", BK_TIGHTNESS_RIGHT);
  bk_test_spin_for (200);
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "Right 1 min 30 s (tighter) · Left 1 min"));
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "Right is tighter"));

  /* Pressing "Left" (tighter) on the first muscle (hamstrings) records it. */
  button = GTK_BUTTON (bk_test_find_button (GTK_WIDGET (window), "Left"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  bk_test_spin_for (200);
  map = bk_stretch_store_tightness_map (bk_context_get_stretch_store (f->context), NULL);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (map, "hamstrings")), ==, BK_TIGHTNESS_LEFT);
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "Left is tighter"));

  /* Without a notification server the window shows the reminder. */
  bk_window_show_reminder (window, 1, "Time to stretch: Daily back care");
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "Time to stretch: Daily back care"));

  /* A stretch of one's own, from the catalogue group at the bottom. */
  {
    GtkWidget *catalogue = find_type (GTK_WIDGET (window), BK_TYPE_CATALOGUE_GROUP, NULL);
    GtkWidget *name;
    g_autoptr(GPtrArray) all = NULL;
    BkStretch *mine;

    g_assert_nonnull (catalogue);
    name = find_type (catalogue, ADW_TYPE_ENTRY_ROW, "Name");
    g_assert_nonnull (name);
    gtk_editable_set_text (GTK_EDITABLE (name), "Clamshell (physio)");
    button = GTK_BUTTON (bk_test_find_button (catalogue, "_Add Stretch"));
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    g_assert_nonnull (wait_for_label (catalogue, "Clamshell (physio)"));
    all = bk_stretch_store_list_stretches (bk_context_get_stretch_store (f->context), NULL);
    mine = bk_stretch_catalogue_find (all, "my-clamshell-physio");
    g_assert_nonnull (mine);
    g_assert_cmpstr (mine->name, ==, "Clamshell (physio)");
    g_assert_true (mine->sided);
    g_assert_cmpuint (mine->hold_s, ==, 30);
    g_assert_nonnull (find_label (catalogue, "Clamshell (physio)"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
}

/* A snoozed reminder reads "snoozed until 09:06" on the page, and once
 * its time has passed the page shows the real next one by itself. */
static void
test_snoozed_then_past (Fixture       *f,
                        gconstpointer  data)
{
  BkStretchStore *store = bk_context_get_stretch_store (f->context);
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) until = g_date_time_add_seconds (now, 3);
  g_autofree char *at = g_date_time_format (until, "%H:%M");
  g_autofree char *snoozed = g_strdup_printf ("snoozed until %s", at);
  g_autoptr(GError) error = NULL;
  BkWindow *window;
  BkRoutine *routine;

  g_assert_true (bk_stretch_store_ensure_routines (store, &error));
  routines = bk_stretch_store_list_routines (store, &error);
  routine = g_ptr_array_index (routines, 1);
  g_assert_true (bk_stretch_store_snooze (store, routine->id, g_date_time_to_unix (until), &error));
  g_assert_no_error (error);

  window = bk_window_new (NULL, f->context);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "stretching");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), snoozed));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Today: Daily back care"));

  /* No store change: the page notices the time itself. */
  bk_test_spin_for (5000);
  g_assert_null (find_label (GTK_WIDGET (window), "snoozed until"));
  /* The routine's reminder time is back: in the Today group while today's
   * reminder is still to come, on its row in any case (in the evening the
   * next one is tomorrow's, and Today shows the first routine). */
  g_assert_true (find_label (GTK_WIDGET (window), "next reminder ") != NULL ||
                 find_label (GTK_WIDGET (window), "only while the window is open") != NULL ||
                 find_label (GTK_WIDGET (window), "arrives with the window closed") != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
}

/* With reminders set and closing the window ending the app, the page asks
 * once, in place, to keep running; every reminder time says whether it
 * arrives with the window closed, and Start at login follows the choice. */
static void
test_background_question (Fixture       *f,
                          gconstpointer  data)
{
  GSettings *settings = bk_context_get_settings (f->context);
  BkWindow *window;
  GtkButton *keep;

  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  g_settings_set_boolean (settings, "background-asked", FALSE);
  window = bk_window_new (NULL, f->context);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "stretching");
  gtk_window_present (GTK_WINDOW (window));

  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "Reminders stop when the window closes"));
  /* Each routine row with a reminder time says so (and the Today group
   * too while today's routine still has its reminder to come: after it,
   * in the evening, Today is the first routine, which may have none, so
   * that is not asserted here: it made the test fail after 19:00). */
  g_assert_nonnull (find_label (GTK_WIDGET (window), ", only while the window is open"));
  g_assert_null (find_label (GTK_WIDGET (window), "arrives with the window closed"));

  keep = GTK_BUTTON (bk_test_find_button (GTK_WIDGET (window), "_Keep Running"));
  g_assert_nonnull (keep);
  g_signal_emit_by_name (keep, "clicked");
  g_assert_true (g_settings_get_boolean (settings, "run-in-background"));
  g_assert_true (g_settings_get_boolean (settings, "start-at-login"));
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), ", arrives with the window closed"));
  g_assert_null (find_label (GTK_WIDGET (window), "only while the window is open"));
  g_assert_null (find_label (GTK_WIDGET (window), "Reminders stop when the window closes"));

  /* Asked once: turned off again in Preferences, the question stays away. */
  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), ", only while the window is open"));
  g_assert_null (find_label (GTK_WIDGET (window), "Reminders stop when the window closes"));

  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
  g_settings_reset (settings, "run-in-background");
  g_settings_reset (settings, "start-at-login");
  g_settings_reset (settings, "background-asked");
}

/* The demo arms no reminders: every reminder time says so, and nothing
 * asks about running in the background. */
static void
test_demo_reminders_off (Fixture       *f,
                         gconstpointer  data)
{
  BkWindow *window;

  bk_context_set_is_demo (f->context, TRUE);
  window = bk_window_new (NULL, f->context);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "stretching");
  gtk_window_present (GTK_WINDOW (window));
  /* On the routine rows, whatever the time of day (see above). */
  g_assert_nonnull (wait_for_label (GTK_WIDGET (window), ", reminders are off in the demo"));
  g_assert_null (find_label (GTK_WIDGET (window), "only while the window is open"));
  g_assert_null (find_label (GTK_WIDGET (window), "Reminders stop when the window closes"));
  gtk_window_destroy (GTK_WINDOW (window));
  bk_test_spin_for (50);
}

static void
test_make_id (void)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_stretch_free);
  g_autofree char *a = bk_catalogue_make_id ("Hüft-Dehnung  links!", taken);
  g_autofree char *b = NULL;
  g_autofree char *c = bk_catalogue_make_id ("???", taken);

  g_assert_cmpstr (a, ==, "my-huft-dehnung-links");
  g_ptr_array_add (taken, bk_stretch_new (a, "x", TRUE, 30, 2));
  b = bk_catalogue_make_id ("Hüft-Dehnung links", taken);
  g_assert_cmpstr (b, ==, "my-huft-dehnung-links-2");
  g_assert_cmpstr (c, ==, "my-stretch");
}

static gint64
add_two_stretch_routine (Fixture *f)
{
  BkStretchStore *store = bk_context_get_stretch_store (f->context);
  g_autoptr(BkRoutine) routine = bk_routine_new ("Quick", BK_TIMING_AFTER_RUN);
  g_autoptr(GError) error = NULL;

  /* Short holds so the whole routine takes a few ticks. */
  g_assert_true (bk_stretch_store_set_hold (store, "calf-wall", 2, 1, &error));
  g_assert_true (bk_stretch_store_set_hold (store, "childs-pose", 2, 1, &error));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("calf-wall"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("childs-pose"));
  g_assert_true (bk_stretch_store_add_routine (store, routine, &error));
  g_assert_no_error (error);
  record_tightness (f, "calves", BK_TIGHTNESS_LEFT);
  return routine->id;
}

static gboolean
player_finished (gpointer data)
{
  return bk_routine_player_get_finished (data);
}

static GPtrArray *
todays_sessions (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = bk_date_julian_of (now);
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions;

  sessions = bk_stretch_store_list_sessions (bk_context_get_stretch_store (f->context),
                                             today - 1, today + 1, &error);
  g_assert_no_error (error);
  return sessions;
}

static void
test_player_completes (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = add_two_stretch_routine (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  BkRoutinePlayer *player;
  BkStretchSession *s;

  player = bk_routine_player_new (f->context, id, &error);
  g_assert_no_error (error);
  /* Tighter side first, labelled, with 1.5 x the time: 2 s -> 3 s. */
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Left: your tighter side, 3 s");
  bk_routine_player_set_speed (player, 100);
  gtk_window_present (GTK_WINDOW (player));

  g_assert_true (bk_test_wait_for (player_finished, player));
  g_assert_nonnull (find_label (GTK_WIDGET (player), "3 of 3 sides done"));

  sessions = todays_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  s = g_ptr_array_index (sessions, 0);
  g_assert_true (s->completed);
  g_assert_cmpint (s->routine_id, ==, id);
  g_assert_cmpstr (s->routine_name, ==, "Quick");
  g_assert_cmpuint (s->steps_total, ==, 3);
  g_assert_cmpuint (s->steps_done, ==, 3);
  g_assert_cmpuint (s->done_s, ==, 3 + 2 + 2);
  g_assert_cmpuint (s->planned_s, ==, 7);

  /* Closing after the end records nothing more. */
  gtk_window_close (GTK_WINDOW (player));
  bk_test_spin_for (50);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = todays_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
}

static void
test_player_partial (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = add_two_stretch_routine (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  BkRoutinePlayer *player;
  BkStretchSession *s;

  player = bk_routine_player_new (f->context, id, &error);
  g_assert_no_error (error);
  /* The test moves the clock itself, so what happens between two steps
   * does not depend on how fast the machine is. */
  bk_routine_player_use_manual_clock (player);
  gtk_window_present (GTK_WINDOW (player));

  /* Skip the tighter side, back again, then on to the looser one. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Right side, 2 s");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.back", NULL);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Left: your tighter side, 3 s");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Right side, 2 s");

  /* Pause holds the clock, however long it stays paused. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.pause", NULL);
  bk_routine_player_advance (player, 600);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Paused · Get into position"));
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Right side, 2 s");
  g_assert_false (bk_routine_player_get_finished (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.pause", NULL);
  g_assert_null (find_label (GTK_WIDGET (player), "Paused"));

  /* The right side runs out after 5 s to get ready and a 2 s hold: one
   * second short it is still on, then the last stretch comes up. */
  bk_routine_player_advance (player, 6);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Right side, 2 s");
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Hold · repetition 1 of 1"));
  bk_routine_player_advance (player, 1);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "2 s");
  g_assert_false (bk_routine_player_get_finished (player));

  /* Stopping there records the one side done and its 2 s of holding. */
  gtk_window_close (GTK_WINDOW (player));
  bk_test_spin_for (50);

  sessions = todays_sessions (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  s = g_ptr_array_index (sessions, 0);
  g_assert_false (s->completed);
  g_assert_cmpuint (s->steps_done, ==, 1);
  g_assert_cmpuint (s->done_s, ==, 2);
  g_assert_cmpuint (s->steps_total, ==, 3);
}

/* @widget lies wholly inside the part of @window's scrolled area that is on
 * screen: nothing cut off at the sides, scrolled away or hidden under the
 * controls, so it can be read at that width without scrolling. */
static void
assert_inside (GtkWidget *widget,
               GtkWidget *window)
{
  GtkWidget *view = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds, area;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_true (gtk_widget_compute_bounds (view, window, &area));
  g_test_message ("%g,%g %gx%g in %g,%g %gx%g", bounds.origin.x, bounds.origin.y,
                  bounds.size.width, bounds.size.height, area.origin.x, area.origin.y,
                  area.size.width, area.size.height);
  g_assert_true (graphene_rect_contains_rect (&area, &bounds));
  g_assert_cmpfloat (area.origin.x + area.size.width, <=, gtk_widget_get_width (window));
  g_assert_cmpfloat (area.origin.y + area.size.height, <=, gtk_widget_get_height (window));
}

static gint64
add_cautions_routine (Fixture *f)
{
  BkStretchStore *store = bk_context_get_stretch_store (f->context);
  g_autoptr(BkRoutine) routine = bk_routine_new ("Careful", BK_TIMING_BEFORE_RUN);
  g_autoptr(BkStretch) mine = bk_stretch_new ("my-wall-sit", "Wall sit", FALSE, 2, 1);
  g_autoptr(GError) error = NULL;

  /* One of our own without cautions, between two shipped ones with them. */
  g_assert_true (bk_stretch_store_add_stretch (store, mine, &error));
  g_assert_true (bk_stretch_store_set_hold (store, "hamstrings-standing", 2, 1, &error));
  g_assert_true (bk_stretch_store_set_hold (store, "childs-pose", 2, 1, &error));
  g_assert_no_error (error);
  g_ptr_array_add (routine->stretch_ids, g_strdup ("hamstrings-standing"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("my-wall-sit"));
  g_ptr_array_add (routine->stretch_ids, g_strdup ("childs-pose"));
  g_assert_true (bk_stretch_store_add_routine (store, routine, &error));
  g_assert_no_error (error);
  return routine->id;
}

static const char *
cautions_of (GPtrArray  *stretches,
             const char *id)
{
  BkStretch *stretch = bk_stretch_catalogue_find (stretches, id);

  g_assert_nonnull (stretch);
  g_assert_cmpstr (stretch->cautions, !=, "");
  return stretch->cautions;
}

/* During the hold the player shows the cautions of the stretch being held,
 * under a heading, and nothing of another stretch's; a stretch without
 * cautions shows no empty box. */
static void
test_player_cautions (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = add_cautions_routine (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = bk_stretch_store_list_stretches (bk_context_get_stretch_store (f->context), &error);
  const char *hamstrings = cautions_of (all, "hamstrings-standing");
  const char *child = cautions_of (all, "childs-pose");
  BkRoutinePlayer *player;
  GtkLabel *label;

  player = bk_routine_player_new (f->context, id, &error);
  g_assert_no_error (error);
  bk_routine_player_use_manual_clock (player);
  gtk_window_set_default_size (GTK_WINDOW (player), 360, 720);
  gtk_window_present (GTK_WINDOW (player));
  g_assert_true (bk_test_wait_for (bk_test_is_drawn, player));

  /* Into the hold of the first side. */
  bk_routine_player_advance (player, 5);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Hold · repetition 1 of 1"));
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Left side, 2 s");
  bk_test_spin_for (50);
  label = find_shown_label (GTK_WIDGET (player), hamstrings);
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_wrap (label));
  assert_inside (GTK_WIDGET (label), GTK_WIDGET (player));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (player), "Take care"));
  g_assert_null (find_shown_label (GTK_WIDGET (player), child));

  /* The same stretch on the other side keeps them. */
  bk_routine_player_advance (player, 1 + 5);
  g_assert_cmpstr (bk_routine_player_get_side_text (player), ==, "Right side, 2 s");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (player), hamstrings));

  /* Our own stretch has none: neither the old text nor the heading. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL);
  bk_routine_player_advance (player, 5);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Wall sit"));
  bk_test_spin_for (50);
  g_assert_null (find_shown_label (GTK_WIDGET (player), hamstrings));
  g_assert_null (find_shown_label (GTK_WIDGET (player), "Take care"));

  /* Widening the window gives the large type back, narrowing it again
   * shrinks it: the default size follows a resize. */
  gtk_window_set_default_size (GTK_WINDOW (player), 900, 720);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (player), "narrow"));
  gtk_window_set_default_size (GTK_WINDOW (player), 360, 720);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (player), "narrow"));

  /* Child's pose brings its own. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.skip", NULL);
  bk_routine_player_advance (player, 5);
  g_assert_nonnull (find_label (GTK_WIDGET (player), "Hold · repetition 1 of 1"));
  bk_test_spin_for (50);
  label = find_shown_label (GTK_WIDGET (player), child);
  g_assert_nonnull (label);
  assert_inside (GTK_WIDGET (label), GTK_WIDGET (player));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (player), "Take care"));

  gtk_window_close (GTK_WINDOW (player));
  bk_test_spin_for (50);
}

/* The player in the hold of a tighter side with the longest cautions text
 * of the catalogue's stretches, wide and narrow, light and dark: saved for
 * a person to look at, and the cautions never cut off. */
static void
test_player_screenshots (Fixture       *f,
                         gconstpointer  data)
{
  BkStretchStore *store = bk_context_get_stretch_store (f->context);
  g_autoptr(BkRoutine) routine = bk_routine_new ("After your run", BK_TIMING_AFTER_RUN);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = bk_stretch_store_list_stretches (store, &error);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const int widths[] = { 1280, 360 };

  g_ptr_array_add (routine->stretch_ids, g_strdup ("hamstrings-standing"));
  g_assert_true (bk_stretch_store_add_routine (store, routine, &error));
  g_assert_no_error (error);
  record_tightness (f, "hamstrings", BK_TIGHTNESS_LEFT);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *name = g_strdup_printf ("routine-player-cautions-%d%s", widths[w], dark ? "-dark" : "");
        BkRoutinePlayer *player;
        GtkLabel *label;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        player = bk_routine_player_new (f->context, routine->id, &error);
        g_assert_no_error (error);
        bk_routine_player_use_manual_clock (player);
        gtk_window_set_default_size (GTK_WINDOW (player), widths[w], 720);
        gtk_window_present (GTK_WINDOW (player));
        bk_routine_player_advance (player, 5 + 8);
        g_assert_nonnull (find_label (GTK_WIDGET (player), "Hold · repetition 1 of 3"));
        bk_test_save_png (GTK_WIDGET (player), name);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (player)), <=, widths[w]);
        g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (player), "narrow"), ==, widths[w] < 560);
        label = find_shown_label (GTK_WIDGET (player), cautions_of (all, "hamstrings-standing"));
        g_assert_nonnull (label);
        assert_inside (GTK_WIDGET (label), GTK_WIDGET (player));
        gtk_window_close (GTK_WINDOW (player));
        bk_test_spin_for (50);
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* The page with the background question, a snoozed reminder and the notes
 * by every reminder time, wide and narrow, light and dark: saved for a
 * person to look at, nothing wider than the window. */
static void
test_reminder_screenshots (Fixture       *f,
                           gconstpointer  data)
{
  BkStretchStore *store = bk_context_get_stretch_store (f->context);
  GSettings *settings = bk_context_get_settings (f->context);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  const int widths[] = { 1280, 360 };

  g_assert_true (bk_stretch_store_ensure_routines (store, &error));
  routines = bk_stretch_store_list_routines (store, &error);
  g_assert_true (bk_stretch_store_snooze (store, ((BkRoutine *) g_ptr_array_index (routines, 1))->id,
                                          g_date_time_to_unix (now) + 600, &error));
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint dark = 0; dark < 2; dark++)
      {
        g_autofree char *name = g_strdup_printf ("stretch-reminders-%d%s", widths[w], dark ? "-dark" : "");
        BkWindow *window;

        /* Narrow and dark with the question answered: the notes alone. */
        g_settings_set_boolean (settings, "background-asked", dark && w == 1);
        g_settings_set_boolean (settings, "run-in-background", dark && w == 1);
        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        window = bk_window_new (NULL, f->context);
        gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 800);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "stretching");
        gtk_window_present (GTK_WINDOW (window));
        g_assert_nonnull (wait_for_label (GTK_WIDGET (window), "snoozed until"));
        bk_test_save_png (GTK_WIDGET (window), name);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, MAX (widths[w], 505));
        gtk_window_destroy (GTK_WINDOW (window));
        bk_test_spin_for (50);
      }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (settings, "run-in-background");
  g_settings_reset (settings, "background-asked");
}

int
main (int argc, char *argv[])
{
  bk_test_gui_init (&argc, &argv);
  g_test_add ("/stretch-page/page", Fixture, NULL, setup, test_page, teardown);
  g_test_add_func ("/stretch-page/make-id", test_make_id);
  g_test_add ("/stretch-page/background-question", Fixture, NULL, setup, test_background_question, teardown);
  g_test_add ("/stretch-page/demo-reminders-off", Fixture, NULL, setup, test_demo_reminders_off, teardown);
  g_test_add ("/stretch-page/reminder-screenshots", Fixture, NULL, setup, test_reminder_screenshots, teardown);
  g_test_add ("/stretch-page/snoozed-then-past", Fixture, NULL, setup, test_snoozed_then_past, teardown);
  g_test_add ("/stretch-page/player-completes", Fixture, NULL, setup, test_player_completes, teardown);
  g_test_add ("/stretch-page/player-partial", Fixture, NULL, setup, test_player_partial, teardown);
  g_test_add ("/stretch-page/player-cautions", Fixture, NULL, setup, test_player_cautions, teardown);
  g_test_add ("/stretch-page/player-screenshots", Fixture, NULL, setup, test_player_screenshots, teardown);
  return g_test_run ();
}
