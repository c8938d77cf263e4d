/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "core/bk-advice-episode.h"
#include "core/bk-load.h"
#include "core/bk-training-status.h"
#include "bk-context.h"

G_BEGIN_DECLS

/* `--status --json`, built with json-glib in this one place.
 *
 * How to use: bk_status_json_build() returns the whole document. To add a
 * field, add it in the builder function of its section below (training,
 * advice, pain, stretching); each one adds members to the open top-level
 * object and follows the advice: under urgent advice
 * (bk_advice_episode_withholds_training()) every training judgement and
 * today's routine are null, under see-a-clinician the next-run hints are.
 * Timestamps are RFC 3339 with a "+HH:MM" offset (bk_status_json_timestamp). */

char *bk_status_json_build           (BkContext          *context,
                                      GDateTime          *now,
                                      guint32             today,
                                      BkTrainingStatus   *training,
                                      const BkWeekTotal  *this_week,
                                      const BkWeekTotal  *last_week,
                                      BkAdviceEpisode    *episode,
                                      GPtrArray          *shoes);
void  bk_status_json_add_training    (JsonBuilder        *builder,
                                      BkTrainingStatus   *training,
                                      BkAdviceEpisode    *episode);
void  bk_status_json_add_advice      (JsonBuilder        *builder,
                                      BkAdviceEpisode    *episode);
void  bk_status_json_add_pain        (JsonBuilder        *builder,
                                      BkContext          *context,
                                      BkAdviceEpisode    *episode);
void  bk_status_json_add_stretching  (JsonBuilder        *builder,
                                      BkContext          *context,
                                      GDateTime          *now,
                                      BkAdviceEpisode    *episode);
char *bk_status_json_timestamp       (GDateTime          *datetime);

G_END_DECLS
