/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "services/bk-context.h"
#include "tests/store/bk-test-files.h"

G_BEGIN_DECLS

/* The services tests' fixture: a fresh log in a scratch folder, opened
 * through a real context with the test run's settings, and removed with
 * everything in it (backups included) once the context is finalized. */
typedef struct {
  char      *dir;
  BkContext *context;
} BkTestContext;

static inline void
bk_test_context_set_up (BkTestContext *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  fixture->dir = g_dir_make_tmp ("bk-services-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->context = bk_context_new (fixture->dir, settings, &error);
  g_assert_no_error (error);
}

static inline void
bk_test_context_tear_down (BkTestContext *fixture,
                           gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  bk_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

#define BK_TEST_CONTEXT_ADD(path, func) \
  g_test_add (path, BkTestContext, NULL, bk_test_context_set_up, func, bk_test_context_tear_down)

G_END_DECLS
