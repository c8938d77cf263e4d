/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The log opened on a thread while GTK starts (issue 13): the context it
 * hands over is the one bk_context_new() gives, with the training status
 * already computed and the pain advice the first window shows; a journal
 * change before the window takes that advice drops it, so the window never
 * shows advice older than the journal. */
#include "bk-config.h"

#include <glib/gstdio.h>

#include "services/bk-advice.h"
#include "services/bk-context-opening.h"
#include "services/bk-training-state.h"
#include "tests/store/bk-test-files.h"

typedef struct {
  char      *dir;
  GSettings *settings;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bk-opening-XXXXXX", &error);
  g_assert_no_error (error);
  f->settings = g_settings_new (APP_ID);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->settings);
  bk_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* An entry today with the bladder sign: urgent advice. */
static void
add_urgent_entry (BkContext *context)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) when = g_date_time_add_minutes (now, -5);
  g_autoptr(BkPainEntry) entry = bk_pain_entry_new (when, BK_PAIN_CONTEXT_AT_REST, 6);
  g_autoptr(GError) error = NULL;

  bk_pain_entry_set_emergency (entry, BK_PAIN_EMERGENCY_BLADDER_BOWEL);
  g_assert_true (bk_pain_store_add (bk_context_get_pain_store (context), entry, &error));
  g_assert_no_error (error);
}

static BkContext *
open_ahead (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BkContextOpening *opening = bk_context_opening_start (f->dir, f->settings);
  BkContext *context;

  g_assert_cmpstr (bk_context_opening_get_data_dir (opening), ==, f->dir);
  context = bk_context_opening_finish (opening, &error);
  g_assert_no_error (error);
  g_assert_nonnull (context);
  return context;
}

static void
test_status_and_advice_ready (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkContext) context = NULL;
  g_autoptr(BkAdviceEpisode) prefetched = NULL;
  g_autoptr(BkAdviceEpisode) fresh = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BkTrainingState *state;

  {
    g_autoptr(BkContext) first = bk_context_new (f->dir, f->settings, &error);

    g_assert_no_error (error);
    add_urgent_entry (first);
  }
  context = open_ahead (f);
  state = bk_context_get_training_state (context);
  g_assert_cmpuint (bk_training_state_get_n_computations (state), ==, 1);
  g_assert_nonnull (bk_training_state_get (state, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bk_training_state_get_n_computations (state), ==, 1);

  prefetched = bk_advice_take_prefetched (context);
  fresh = bk_advice_get_current (context, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (prefetched);
  g_assert_cmpint (prefetched->level, ==, BK_PAIN_ADVICE_URGENT);
  g_assert_cmpint (prefetched->level, ==, fresh->level);
  g_assert_cmpstr (prefetched->title, ==, fresh->title);
  /* Once only: the next box computes its own. */
  g_assert_null (bk_advice_take_prefetched (context));
}

static void
test_journal_change_drops_advice (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(BkContext) context = open_ahead (f);

  /* An empty journal's advice (none) is kept too, until an entry comes. */
  add_urgent_entry (context);
  g_assert_null (bk_advice_take_prefetched (context));
  g_assert_finalize_object (g_steal_pointer (&context));
}

/* The same refusal bk_context_new() gives, and nothing opened. */
static void
test_errors_as_new (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, BK_DATABASE_FILENAME, NULL);
  g_autoptr(GError) expected = NULL;
  g_autoptr(GError) error = NULL;
  BkContextOpening *opening;

  g_assert_true (g_file_set_contents (path, "not a database, just text\n", -1, NULL));
  g_assert_null (bk_context_new (f->dir, f->settings, &expected));
  g_assert_nonnull (expected);
  opening = bk_context_opening_start (f->dir, f->settings);
  g_assert_null (bk_context_opening_finish (opening, &error));
  g_assert_error (error, expected->domain, expected->code);
  g_assert_cmpstr (error->message, ==, expected->message);
}

/* Dropped unfinished (the app quit first): the thread is waited for. */
static void
test_free_waits (Fixture       *f,
                 gconstpointer  data)
{
  bk_context_opening_free (bk_context_opening_start (f->dir, f->settings));
  bk_context_opening_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/context-opening/status-and-advice-ready", test_status_and_advice_ready);
  ADD ("/context-opening/journal-change-drops-advice", test_journal_change_drops_advice);
  ADD ("/context-opening/errors-as-new", test_errors_as_new);
  ADD ("/context-opening/free-waits", test_free_waits);
#undef ADD

  return g_test_run ();
}
