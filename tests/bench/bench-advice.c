/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-config.h"

#include <gio/gio.h>

#include "services/bk-advice.h"
#include "tests/bk-test-long-log.h"
#include "tests/store/bk-test-files.h"

/* The pain advice on the twenty-year log (issue 13): the window, --status
 * and the reminders ask for it, the window at start-up. Prints the median
 * of 21 calls for the bounded read the app makes and for the old read of
 * every entry as an object, which the advice must equal
 * (tests/services/test-advice-bounded.c). */

#define CALLS 21

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static double
median_ms (BkPainStore *store,
           GDateTime   *now,
           gboolean     whole)
{
  double times[CALLS];

  for (guint i = 0; i < CALLS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BkAdviceEpisode) episode = NULL;
      gint64 start = g_get_monotonic_time ();

      if (whole)
        {
          g_autoptr(GPtrArray) entries = bk_pain_store_list (store, 0, 0, 0, &error);
          g_autoptr(GPtrArray) screens = bk_pain_store_list_screens (store, &error);
          g_autoptr(GPtrArray) assessments = bk_pain_store_list_assessments (store, &error);

          g_assert_no_error (error);
          episode = bk_advice_episode_compute ((BkPainEntry **) entries->pdata, entries->len,
                                               (BkHealthScreen **) screens->pdata, screens->len,
                                               (BkClinicianAssessment **) assessments->pdata,
                                               assessments->len, now);
        }
      else
        episode = bk_advice_compute_for_store (store, now, &error);
      g_assert_no_error (error);
      g_assert_nonnull (episode);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, CALLS, sizeof times[0], compare_doubles);
  return times[CALLS / 2];
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("backstretch-bench-advice-XXXXXX", &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_no_error (error);
  {
    g_autoptr(BkContext) context = bk_context_new (dir, settings, &error);
    BkPainStore *store;

    g_assert_no_error (error);
    bk_long_log_fill (context, NULL, NULL);
    store = bk_context_get_pain_store (context);
    /* Warm the statement cache and SQLite's pages, as a running app has. */
    median_ms (store, now, FALSE);
    g_print ("advice on %d pain entries (median of %d calls)\n", BK_LONG_LOG_ENTRIES, CALLS);
    g_print ("  bounded read (the app):     %6.2f ms\n", median_ms (store, now, FALSE));
    g_print ("  every entry as an object:   %6.2f ms\n", median_ms (store, now, TRUE));
  }
  bk_test_remove_tree (dir);
  return 0;
}
