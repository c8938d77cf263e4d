/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-context.h"

G_BEGIN_DECLS

/* What one file (or one member of an archive) held, read without touching
 * the log: safe on a worker thread. */
typedef struct
{
  char      *source;
  GPtrArray *activities;
  /* Set for a file that holds no activity by design (FIT settings). */
  char      *skipped_kind;
  GError    *error;
} BkImportFile;

/* The outcome of an import, for the summary and for Undo. */
typedef struct
{
  guint       files;
  guint       imported;
  guint       duplicates;
  guint       others;
  /* sport label -> count, for "2 cycling, 1 walking" */
  GHashTable *other_sports;
  /* (element-type utf8): one line per file that could not be read */
  GPtrArray  *problems;
  /* (element-type utf8): files that hold no activity, with what they hold */
  GPtrArray  *skipped;
  /* (element-type BkRun): what was added, for Undo */
  GPtrArray  *runs;
  GArray     *other_ids;
  /* (element-type BkShoe): pairs the import created from the files' gear */
  GPtrArray  *new_shoes;
  gboolean    cancelled;
} BkImportSummary;

BkImportSummary *bk_import_summary_new      (void);
void             bk_import_summary_free     (BkImportSummary  *self);
void             bk_import_summary_format   (BkImportSummary  *self,
                                             GString          *out,
                                             GString          *err);
char            *bk_import_summary_describe (BkImportSummary  *self);

void             bk_import_file_free        (BkImportFile     *self);
GPtrArray       *bk_import_collect          (const char *const *paths,
                                             GCancellable     *cancellable,
                                             BkImportSummary  *summary);
GPtrArray       *bk_import_read_item        (GFile            *file,
                                             const char       *source,
                                             GCancellable     *cancellable);
void             bk_import_store_file       (BkContext        *context,
                                             BkImportFile     *file,
                                             BkImportSummary  *summary);
void             bk_import_finish           (BkContext        *context,
                                             BkImportSummary  *summary);
BkImportSummary *bk_import_paths            (BkContext        *context,
                                             const char *const *paths,
                                             GCancellable     *cancellable);
gboolean         bk_import_undo             (BkContext        *context,
                                             BkImportSummary  *summary,
                                             GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkImportSummary, bk_import_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkImportFile, bk_import_file_free)

G_END_DECLS
