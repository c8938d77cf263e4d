/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-garmin"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "bk-garmin.h"

/* The activity summaries of a Garmin Connect data export,
 * DI_CONNECT/DI-Connect-Fitness/NAME_summarizedActivities.json:
 * [{"summarizedActivitiesExport": [{...}, ...]}], with times in epoch
 * milliseconds, distances and climbs in centimetres and durations in
 * milliseconds. */

gboolean
bk_garmin_is_summaries (const char *member_name)
{
  g_return_val_if_fail (member_name != NULL, FALSE);
  return g_str_has_suffix (member_name, "summarizedActivities.json");
}

static double
member_number (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;
  switch (json_node_get_value_type (node) == G_TYPE_INT64 ? 1 :
          json_node_get_value_type (node) == G_TYPE_DOUBLE ? 2 : 0)
    {
    case 1: return (double) json_node_get_int (node);
    case 2: return json_node_get_double (node);
    default: return NAN;
    }
}

static const char *
activity_type (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "activityType");

  /* A string in the export; an object with a typeKey in the web API. */
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *key = json_object_get_member (json_node_get_object (node), "typeKey");

      if (key != NULL && JSON_NODE_HOLDS_VALUE (key) && json_node_get_value_type (key) == G_TYPE_STRING)
        return json_node_get_string (key);
    }
  node = json_object_get_member (object, "sportType");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static void
add_summary (GPtrArray  *activities,
             JsonNode   *node,
             const char *source)
{
  JsonObject *object;
  BkActivity *a;
  const char *type;
  double start, distance, moving, duration, elapsed, gain;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  start = member_number (object, "beginTimestamp");
  if (!isfinite (start))
    start = member_number (object, "startTimeGmt");
  if (!isfinite (start) || start < 0 || start > 32503680000000.0)
    return;

  a = bk_activity_new ();
  type = activity_type (object);
  a->sport = bk_sport_from_name (type, &a->surface);
  a->sport_name = g_strdup (type != NULL ? type : "");
  a->started_at = g_date_time_new_from_unix_utc ((gint64) floor (start / 1000));
  distance = member_number (object, "distance");
  a->distance_m = isfinite (distance) && distance >= 0 ? distance / 100 : -1;
  moving = member_number (object, "movingDuration");
  duration = member_number (object, "duration");
  elapsed = member_number (object, "elapsedDuration");
  a->timer_s = isfinite (moving) ? moving / 1000 : isfinite (duration) ? duration / 1000 : -1;
  a->elapsed_s = isfinite (elapsed) ? elapsed / 1000 : isfinite (duration) ? duration / 1000 : -1;
  gain = member_number (object, "elevationGain");
  a->ascent_m = isfinite (gain) && gain >= 0 ? gain / 100 : -1;
  a->source = g_strdup (source);
  g_ptr_array_add (activities, a);
}

static void
add_list (GPtrArray  *activities,
          JsonNode   *node,
          const char *source)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    add_summary (activities, json_array_get_element (array, i), source);
}

/**
 * bk_garmin_read_summaries:
 *
 * Returns: (transfer container) (element-type BkActivity): every summary
 *   with a start time; %NULL with @error when the file is not JSON of that
 *   shape
 */
GPtrArray *
bk_garmin_read_summaries (const char  *text,
                          gsize        length,
                          const char  *source,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free);
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (length > G_MAXSSIZE || !json_parser_load_from_data (parser, text, (gssize) length, &local_error))
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
                   _("%s is not valid JSON: %s"), source, local_error != NULL ? local_error->message : "");
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *chunks = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (chunks); i++)
        {
          JsonNode *chunk = json_array_get_element (chunks, i);

          if (JSON_NODE_HOLDS_OBJECT (chunk) &&
              json_object_has_member (json_node_get_object (chunk), "summarizedActivitiesExport"))
            add_list (activities, json_object_get_member (json_node_get_object (chunk), "summarizedActivitiesExport"),
                      source);
        }
    }
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
           json_object_has_member (json_node_get_object (root), "summarizedActivitiesExport"))
    add_list (activities, json_object_get_member (json_node_get_object (root), "summarizedActivitiesExport"), source);
  else
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s does not hold Garmin activity summaries"), source);
      return NULL;
    }
  return g_steal_pointer (&activities);
}
