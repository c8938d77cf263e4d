/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/bk-clinician-assessment.h"
#include "core/bk-pain-entry.h"
#include "core/bk-run.h"
#include "core/bk-session.h"
#include "core/bk-shoe.h"
#include "store/bk-training-settings.h"
#include "bk-command.h"
#include "bk-command-options.h"

G_BEGIN_DECLS

/* The command line is read in bk-command.c, checked against the table of
 * bk-command-options.c and carried out by bk-command-run.c; the pain
 * journal's actions are in bk-command-pain.c, --status in bk-status.c. */

/* What bk_command_parse() read, for bk_command_run() (bk-command-run.c). */
struct _BkCommand
{
  BkCommandKind kind;
  GDateTime    *now;
  BkRun        *run;
  guint32       today;
  gboolean      json;
  char         *export_path;
  /* --report: the PDF and its period, both days inclusive. */
  char         *report_path;
  guint32       report_from;
  guint32       report_to;
  guint32       plan_start;
  BkPainEntry  *pain;
  BkClinicianAssessment *assessment;
  /* --backup, --restore: the file written or read */
  char         *log_file;
  /* --baseline (set_on 0: --clear-baseline) */
  BkBaseline    baseline;
  /* --import: absolute paths of files, folders and archives. */
  char        **import_paths;
  /* --add-shoe: the new pair; --retire-shoe and --add-run --shoe: a name */
  BkShoe       *shoe;
  char         *shoe_name;
  /* --add-session: a session that is not a run */
  BkSession    *session;
};

BkPainEntry           *bk_command_parse_add_pain       (GVariantDict           *options,
                                                        const char             *date_text,
                                                        GDateTime              *now,
                                                        GError                **error);
BkClinicianAssessment *bk_command_parse_seen_clinician (GVariantDict           *options,
                                                        const char             *date_text,
                                                        GDateTime              *now,
                                                        GError                **error);
int                    bk_command_run_add_pain         (BkPainEntry            *entry,
                                                        BkContext              *context,
                                                        GDateTime              *now,
                                                        GString                *out,
                                                        GString                *err);
int                    bk_command_run_seen_clinician   (BkClinicianAssessment  *assessment,
                                                        BkContext              *context,
                                                        GDateTime              *now,
                                                        GString                *out,
                                                        GString                *err);

/* Shoes (bk-command-shoe.c). */
BkShoe                *bk_command_parse_add_shoe       (GVariantDict           *options,
                                                        const char             *name,
                                                        BkUnits                 units,
                                                        GError                **error);
char                  *bk_command_parse_shoe_name      (const char             *option,
                                                        const char             *text,
                                                        GError                **error);
int                    bk_command_find_shoe            (BkContext              *context,
                                                        const char             *option,
                                                        const char             *name,
                                                        gint64                 *out_id,
                                                        GString                *err);
int                    bk_command_run_add_shoe         (BkShoe                 *shoe,
                                                        BkContext              *context,
                                                        GString                *out,
                                                        GString                *err);
int                    bk_command_run_retire_shoe      (const char             *name,
                                                        BkContext              *context,
                                                        GString                *out,
                                                        GString                *err);

/* Sessions that are not runs (bk-command-session.c). */
BkSession             *bk_command_parse_add_session    (GVariantDict           *options,
                                                        const char             *kind_text,
                                                        GDateTime              *now,
                                                        GError                **error);
int                    bk_command_run_add_session      (BkSession              *session,
                                                        BkContext              *context,
                                                        GString                *out,
                                                        GString                *err);

G_END_DECLS
