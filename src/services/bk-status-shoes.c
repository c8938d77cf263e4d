/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-status"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "core/bk-guide-ids.h"
#include "core/bk-shoe.h"
#include "bk-status-shoes.h"

/**
 * bk_status_append_shoes:
 *
 * One line per pair in use that is worn near or past its limit, pointing
 * to the guide's shoes question; nothing when none is. A retired pair is
 * done with and says nothing.
 */
void
bk_status_append_shoes (GPtrArray *shoes,
                        BkUnits    units,
                        GString   *out)
{
  gboolean headed = FALSE;

  g_return_if_fail (shoes != NULL);

  for (guint i = 0; i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);
      g_autofree char *notice = NULL;

      if (bk_shoe_get_retired (shoe))
        continue;
      notice = bk_shoe_describe_wear (shoe, units);
      if (notice == NULL)
        continue;
      if (!headed)
        g_string_append (out, _("\nShoes:\n"));
      headed = TRUE;
      /* TRANSLATORS: a notice about worn shoes, then the guide section that explains it */
      g_string_append_printf (out, _("  • %s (guide: %s)\n"), notice, BK_GUIDE_TRIGGERS_SHOES);
    }
}

static const char *
wear_name (BkShoeWear wear)
{
  switch (wear)
    {
    case BK_SHOE_WEAR_NEAR_LIMIT:
      return "near-limit";
    case BK_SHOE_WEAR_PAST_LIMIT:
      return "past-limit";
    case BK_SHOE_WEAR_FINE:
    default:
      return "fine";
    }
}

/**
 * bk_status_json_add_shoes:
 *
 * `shoes: [{name, distance_m, limit_m, retired, wear}]`, distance_m
 * including the distance the pair had when added.
 */
void
bk_status_json_add_shoes (JsonBuilder *builder,
                          GPtrArray   *shoes)
{
  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (shoes != NULL);

  json_builder_set_member_name (builder, "shoes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, bk_shoe_get_name (shoe));
      /* Metres to the decimetre, as the runs' distances are given. */
      json_builder_set_member_name (builder, "distance_m");
      json_builder_add_double_value (builder, round (bk_shoe_get_distance (shoe) * 10) / 10);
      json_builder_set_member_name (builder, "limit_m");
      json_builder_add_double_value (builder, round (bk_shoe_get_limit (shoe) * 10) / 10);
      json_builder_set_member_name (builder, "retired");
      json_builder_add_boolean_value (builder, bk_shoe_get_retired (shoe));
      json_builder_set_member_name (builder, "wear");
      json_builder_add_string_value (builder, wear_name (bk_shoe_get_wear (shoe)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
