/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-date.h"
#include "core/bk-guide-ids.h"
#include "bk-status-surfaces.h"

/**
 * bk_status_append_surfaces:
 * @episode: the open advice
 *
 * "Soft surfaces (grass, trail, track): 35 % this week, 20 % last week",
 * then the hint with its guide section while the road-streak rule holds.
 * Under urgent advice nothing; under see-a-clinician the hint waits, as
 * every hint does.
 */
void
bk_status_append_surfaces (const BkSurfaceShare *share,
                           BkAdviceEpisode      *episode,
                           GString              *out)
{
  g_autofree char *week = NULL;
  g_autofree char *last = NULL;
  g_autofree char *hint = NULL;

  g_return_if_fail (share != NULL);
  g_return_if_fail (episode != NULL);

  if (bk_advice_episode_withholds_training (episode))
    return;
  week = bk_surface_format_percent (share->share_week);
  last = bk_surface_format_percent (share->share_last_week);
  /* TRANSLATORS: the share of distance run on soft ground; each %s is
   * "35 %" or "not known" */
  g_string_append_printf (out, _("\nSoft surfaces (grass, trail, track): %s this week, %s last week\n"),
                          week, last);
  if (bk_advice_episode_withholds_hints (episode))
    return;
  hint = bk_surface_share_describe_hint (share);
  if (hint != NULL)
    /* TRANSLATORS: a hint, then the guide section that explains it */
    g_string_append_printf (out, _("  • %s (guide: %s)\n"), hint, BK_GUIDE_TRIGGERS_SURFACES);
}

static void
add_share (JsonBuilder *builder,
           const char  *key,
           double       share)
{
  json_builder_set_member_name (builder, key);
  if (isnan (share))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, round (share * 1000) / 1000);
}

static void
add_metres (JsonBuilder *builder,
            const char  *key,
            double       metres)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_double_value (builder, round (metres * 10) / 10);
}

/**
 * bk_status_json_add_surfaces:
 * @episode: the open advice
 *
 * `"surfaces": {"soft_share_week", "soft_share_last_week",
 * "firm_streak_weeks", "hint", "hint_section", "weekly": [{"week_start",
 * "soft_m", "firm_m", "unknown_m", "soft_share"}]}`; a share is 0 to 1 or
 * null. The numbers stay under any advice; the hint is null while any
 * advice is open, as the other hints are empty.
 */
void
bk_status_json_add_surfaces (JsonBuilder          *builder,
                             const BkSurfaceShare *share,
                             BkAdviceEpisode      *episode)
{
  g_autofree char *hint = NULL;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (share != NULL);
  g_return_if_fail (episode != NULL);

  if (!bk_advice_episode_withholds_hints (episode))
    hint = bk_surface_share_describe_hint (share);

  json_builder_set_member_name (builder, "surfaces");
  json_builder_begin_object (builder);
  add_share (builder, "soft_share_week", share->share_week);
  add_share (builder, "soft_share_last_week", share->share_last_week);
  json_builder_set_member_name (builder, "firm_streak_weeks");
  json_builder_add_int_value (builder, share->firm_streak);
  json_builder_set_member_name (builder, "hint");
  if (hint != NULL)
    json_builder_add_string_value (builder, hint);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "hint_section");
  json_builder_add_string_value (builder, BK_GUIDE_TRIGGERS_SURFACES);

  json_builder_set_member_name (builder, "weekly");
  json_builder_begin_array (builder);
  for (guint i = 0; i < share->weeks->len; i++)
    {
      const BkSurfaceWeek *week = &g_array_index (share->weeks, BkSurfaceWeek, i);
      g_autofree char *start = bk_date_to_iso (week->week_start);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "week_start");
      json_builder_add_string_value (builder, start);
      add_metres (builder, "soft_m", week->soft_m);
      add_metres (builder, "firm_m", week->firm_m);
      add_metres (builder, "unknown_m", week->unknown_m);
      add_share (builder, "soft_share", week->soft_share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}
