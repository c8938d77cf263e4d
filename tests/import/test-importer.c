/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer on a real SQLite file: dedupe, one transaction per file,
 * other sports kept apart, one update of the pages, Undo. */
#include <glib/gstdio.h>
#include <string.h>

#include "services/bk-context.h"
#include "services/bk-importer.h"
#include "store/bk-other-activities.h"

typedef struct
{
  char      *dir;
  char      *files;
  GSettings *settings;
  BkContext *context;
} Fixture;

static void
copy_data (Fixture    *f,
           const char *name)
{
  g_autofree char *from = g_build_filename (g_getenv ("BK_IMPORT_DATA"), name, NULL);
  g_autofree char *to = g_build_filename (f->files, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bk-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->files = g_build_filename (f->dir, "watch", NULL);
  g_assert_cmpint (g_mkdir (f->files, 0700), ==, 0);
  f->settings = bk_context_create_settings (&error);
  g_assert_no_error (error);
  f->context = bk_context_new (f->dir, f->settings, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_finalize_object (f->context);
  g_clear_object (&f->settings);
  g_assert_cmpint (system (command), ==, 0);
  g_free (f->files);
  g_free (f->dir);
}

static gint64
count_runs (Fixture *f)
{
  return bk_run_store_count (bk_context_get_run_store (f->context), NULL);
}

static BkImportSummary *
import_folder (Fixture *f)
{
  const char *paths[] = { f->files, NULL };

  return bk_import_paths (f->context, paths, NULL);
}

static void
changed_cb (BkRunStore *store,
            guint      *count)
{
  (*count)++;
}

/* A folder of a watch's files: runs in, rides and walks counted, settings
 * skipped and named, and the pages told once. */
static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  guint changes = 0;
  gulong handler;

  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  copy_data (f, "garmin-fenix-5-bike.fit");
  copy_data (f, "garmin-fenix-5-walk.fit");
  copy_data (f, "Settings.fit");
  copy_data (f, "gtrnctr-lap_s.tcx.gz");

  handler = g_signal_connect (bk_context_get_run_store (f->context), "changed", G_CALLBACK (changed_cb), &changes);
  summary = import_folder (f);
  g_signal_handler_disconnect (bk_context_get_run_store (f->context), handler);

  g_assert_cmpuint (summary->files, ==, 6);
  g_assert_cmpuint (summary->imported, ==, 3);
  g_assert_cmpuint (summary->duplicates, ==, 0);
  g_assert_cmpuint (summary->others, ==, 2);
  g_assert_cmpuint (summary->problems->len, ==, 0);
  g_assert_cmpuint (summary->skipped->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->skipped, 0), "Settings.fit"));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (count_runs (f), ==, 3);
  g_assert_cmpint (bk_other_activities_count (bk_context_get_database (f->context), NULL), ==, 2);

  /* The device's totals, its moving time, and where each run came from. */
  runs = bk_run_store_list (bk_context_get_run_store (f->context), 0, 0, NULL);
  for (guint i = 0; i < runs->len; i++)
    {
      BkRun *run = g_ptr_array_index (runs, i);

      if (g_str_equal (bk_run_get_source (run), "fit-sample.fit"))
        {
          g_assert_cmpfloat_with_epsilon (bk_run_get_distance (run), 9986.82, 0.005);
          g_assert_cmpint (bk_run_get_duration (run), ==, 2810);
          g_assert_cmpfloat (bk_run_get_elevation (run), ==, 41);
        }
    }
}

/* The same folder twice, and a FIT and a GPX of the same run: nothing is
 * doubled. */
static void
test_twice (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(BkImportSummary) first = NULL;
  g_autoptr(BkImportSummary) second = NULL;

  copy_data (f, "fit-sample.fit");
  copy_data (f, "fit-sample.gpx.gz");
  copy_data (f, "garmin-fenix-5-bike.fit");
  first = import_folder (f);
  g_assert_cmpuint (first->imported, ==, 1);
  g_assert_cmpuint (first->duplicates, ==, 1);
  g_assert_cmpuint (first->others, ==, 1);

  second = import_folder (f);
  g_assert_cmpuint (second->imported, ==, 0);
  g_assert_cmpuint (second->others, ==, 0);
  g_assert_cmpuint (second->duplicates, ==, 3);
  g_assert_cmpint (count_runs (f), ==, 1);
  g_assert_cmpint (bk_other_activities_count (bk_context_get_database (f->context), NULL), ==, 1);
}

static void
add_typed_run (Fixture    *f,
               const char *iso_start,
               double      distance_m)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso_start, NULL);
  g_autoptr(BkRun) run = bk_run_new (start, distance_m, 2800);

  g_assert_true (bk_run_store_add (bk_context_get_run_store (f->context), run, NULL));
}

/* A run typed by hand with the same start (within 2 minutes) and the same
 * distance (within 3%) is the same run. fit-sample.fit starts at
 * 08:30:54Z and covers 9986.82 m. */
static void
test_typed_run (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;

  add_typed_run (f, "2011-05-02T10:32:00+02:00", 10000);
  copy_data (f, "fit-sample.fit");
  summary = import_folder (f);
  g_assert_cmpuint (summary->duplicates, ==, 1);
  g_assert_cmpuint (summary->imported, ==, 0);
  g_assert_cmpint (count_runs (f), ==, 1);
}

static void
test_typed_run_differs (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;

  /* Three minutes later, and the same start with 5% more distance. */
  add_typed_run (f, "2011-05-02T10:33:55+02:00", 9986.82);
  add_typed_run (f, "2011-05-02T10:30:54+02:00", 10490);
  copy_data (f, "fit-sample.fit");
  summary = import_folder (f);
  g_assert_cmpuint (summary->duplicates, ==, 0);
  g_assert_cmpuint (summary->imported, ==, 1);
  g_assert_cmpint (count_runs (f), ==, 3);
}

/* A file that cannot be read is named and changes nothing; the files
 * beside it are still imported. */
static void
test_truncated_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;

  copy_data (f, "activity-unexpected-eof.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  summary = import_folder (f);
  g_assert_cmpuint (summary->imported, ==, 1);
  g_assert_cmpuint (summary->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->problems, 0), "activity-unexpected-eof.fit"));
  g_assert_cmpint (count_runs (f), ==, 1);
}

/* A TCX file with two runs, the second impossible (in 2099): neither is
 * stored, so the file never lands half in the log. */
static void
test_one_transaction_per_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *from = g_build_filename (g_getenv ("BK_IMPORT_DATA"), "tcxdata.tcx", NULL);
  g_autofree char *to = g_build_filename (f->files, "two.tcx", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) doubled = NULL;
  g_autoptr(BkImportSummary) summary = NULL;
  const char *open, *close;

  g_assert_true (g_file_get_contents (from, &text, NULL, NULL));
  doubled = g_string_new (text);
  /* A running copy of the activity, moved to 2099, after the first. */
  open = strstr (text, "<Activity ");
  close = strstr (text, "</Activity>") + strlen ("</Activity>");
  {
    g_autoptr(GString) copy = g_string_new_len (open, close - open);

    g_string_replace (copy, "2026-02-23", "2099-02-23", 0);
    g_string_insert (doubled, close - text, copy->str);
  }
  g_string_replace (doubled, "Sport=\"Other\"", "Sport=\"Running\"", 0);
  g_assert_true (g_file_set_contents (to, doubled->str, -1, NULL));

  summary = import_folder (f);
  g_assert_cmpuint (summary->imported, ==, 0);
  g_assert_cmpuint (summary->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary->problems, 0), "two.tcx"));
  g_assert_cmpint (count_runs (f), ==, 0);
}

static void
count_told_cb (guint *told)
{
  (*told)++;
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  add_typed_run (f, "2026-01-05T07:00:00+01:00", 8000);
  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-run.fit");
  copy_data (f, "garmin-fenix-5-walk.fit");
  summary = import_folder (f);
  g_assert_cmpint (count_runs (f), ==, 3);

  {
    guint told = 0;
    gulong handler = g_signal_connect_swapped (f->context, "training-settings-changed",
                                               G_CALLBACK (count_told_cb), &told);

    g_assert_true (bk_import_undo (f->context, summary, &error));
    g_signal_handler_disconnect (f->context, handler);
    /* The walk taken out leaves the status's load: the pages are told. */
    g_assert_cmpuint (told, ==, 1);
  }
  g_assert_no_error (error);
  g_assert_cmpint (count_runs (f), ==, 1);
  g_assert_cmpint (bk_other_activities_count (bk_context_get_database (f->context), NULL), ==, 0);
}

static void
test_summary_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BkImportSummary) summary = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  copy_data (f, "fit-sample.fit");
  copy_data (f, "garmin-fenix-5-bike.fit");
  copy_data (f, "activity-unexpected-eof.fit");
  copy_data (f, "MonitoringFile.fit");
  summary = import_folder (f);
  bk_import_summary_format (summary, out, err);
  g_assert_cmpstr (out->str, ==,
                   "Imported 1 run from 4 files; 1 other activity not added as a run (1 cycling); "
                   "1 file could not be read\n"
                   "Skipped MonitoringFile.fit (monitoring)\n");
  g_assert_nonnull (strstr (err->str, "activity-unexpected-eof.fit is cut short"));
  /* One line per problem file. */
  g_assert_true (strchr (err->str, '\n') == err->str + err->len - 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/importer/folder", test_folder);
  ADD ("/importer/twice", test_twice);
  ADD ("/importer/typed-run", test_typed_run);
  ADD ("/importer/typed-run-differs", test_typed_run_differs);
  ADD ("/importer/truncated-file", test_truncated_file);
  ADD ("/importer/one-transaction-per-file", test_one_transaction_per_file);
  ADD ("/importer/undo", test_undo);
  ADD ("/importer/summary-text", test_summary_text);
#undef ADD
  return g_test_run ();
}
