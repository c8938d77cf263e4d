/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "bk-context.h"

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define BK_EXIT_OK        0
#define BK_EXIT_FAILURE   1
#define BK_EXIT_USAGE     2

typedef enum {
  BK_COMMAND_NONE,
  BK_COMMAND_ADD_RUN,
  BK_COMMAND_STATUS,
  BK_COMMAND_EXPORT_CSV,
  BK_COMMAND_REPORT,
  BK_COMMAND_PLAN_START,
  BK_COMMAND_ADD_PAIN,
  BK_COMMAND_SEEN_CLINICIAN,
  BK_COMMAND_BACKUP,
  BK_COMMAND_RESTORE,
  BK_COMMAND_CHECK,
  BK_COMMAND_BASELINE,
  BK_COMMAND_IMPORT,
  BK_COMMAND_ADD_SHOE,
  BK_COMMAND_RETIRE_SHOE,
  BK_COMMAND_ADD_SESSION,
} BkCommandKind;

typedef struct _BkCommand BkCommand;

BkCommand     *bk_command_parse    (GVariantDict  *options,
                                    const char    *cwd,
                                    GDateTime     *now,
                                    BkUnits        default_units,
                                    GError       **error);
BkCommandKind  bk_command_get_kind (BkCommand     *self);
int            bk_command_run      (BkCommand     *self,
                                    BkContext     *context,
                                    GString       *out,
                                    GString       *err);
void           bk_command_free     (BkCommand     *self);
const char    *bk_command_get_log_file (BkCommand *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BkCommand, bk_command_free)

G_END_DECLS
