/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "core/bk-clinician-assessment.h"
#include "core/bk-pain-entry.h"
#include "bk-command.h"

G_BEGIN_DECLS

/* The pain journal's command-line actions (bk-command-pain.c), kept out
 * of bk-command.c so each file stays about one thing. */

/* Options that belong to --add-pain, checked by bk_command_parse(). */
extern const char * const bk_command_add_pain_only[];
extern const gsize bk_command_n_add_pain_only;
extern const char * const bk_command_seen_clinician_only[];
extern const gsize bk_command_n_seen_clinician_only;

/* A string option, given as text or as a file name. */
gboolean               bk_command_lookup_string        (GVariantDict           *options,
                                                        const char             *name,
                                                        const char            **out);
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

G_END_DECLS
