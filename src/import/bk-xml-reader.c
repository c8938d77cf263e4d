/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-xml-reader"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <math.h>
#include <string.h>

#include "bk-track.h"
#include "bk-xml-reader.h"

/* GPX 1.0/1.1 and TCX, read as a stream so that memory stays flat for a
 * track of any length. Elements are matched by namespace URI and local
 * name, never by prefix: TCX writers choose their prefixes freely. */

#define NS_GPX_10 "http://www.topografix.com/GPX/1/0"
#define NS_GPX_11 "http://www.topografix.com/GPX/1/1"
#define NS_TCX    "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"

/* Deeper nesting than any GPX or TCX file has is refused, which also keeps
 * the element stack below a fixed size. */
#define MAX_DEPTH 64

typedef enum {
  EL_OTHER,
  EL_GPX,
  EL_TRK,
  EL_TRKSEG,
  EL_TRKPT,
  EL_TCX,
  EL_ACTIVITY,
  EL_LAP,
  EL_TRACK,
  EL_TRACKPOINT,
  /* Elements whose text is read; keep them last. */
  EL_TRK_TYPE,
  EL_TRKPT_ELE,
  EL_TRKPT_TIME,
  EL_ACTIVITY_ID,
  EL_LAP_TIME,
  EL_LAP_DISTANCE,
  EL_TP_TIME,
  EL_TP_LAT,
  EL_TP_LON,
  EL_TP_ALT,
  EL_TP_DISTANCE,
} Element;

typedef enum {
  FORMAT_UNKNOWN,
  FORMAT_GPX,
  FORMAT_TCX,
} Format;

typedef struct
{
  GInputStream *stream;
  GCancellable *cancellable;
  GError       *io_error;
  gboolean      started;
} Input;

typedef struct
{
  const char *source;
  GTimeZone  *local_zone;
  Format      format;
  char       *ns;
  Element     stack[MAX_DEPTH];
  GString    *text;
  GPtrArray  *activities;
  GError     *xml_error;

  /* The activity being read, with its point-by-point totals. */
  BkActivity *current;
  BkTrack     track;
  double      laps_distance;
  double      laps_time;
  gboolean    have_lap_distance;
  double      last_point_distance;
  /* The trackpoint being read. */
  double      pt_time, pt_lat, pt_lon, pt_ele, pt_distance;
} Reader;

/* Strava writes spaces before "<?xml", which libxml2 2.9 rejects: they are
 * dropped here, before the parser sees the first byte. */
static int
input_read_cb (void *context,
               char *buffer,
               int   length)
{
  Input *input = context;

  for (;;)
    {
      gssize n = g_input_stream_read (input->stream, buffer, length, input->cancellable,
                                      input->io_error == NULL ? &input->io_error : NULL);
      gssize skip = 0;

      if (n <= 0)
        return n < 0 ? -1 : 0;
      if (input->started)
        return (int) n;
      while (skip < n && g_ascii_isspace (buffer[skip]))
        skip++;
      if (skip == n)
        continue;
      memmove (buffer, buffer + skip, n - skip);
      input->started = TRUE;
      return (int) (n - skip);
    }
}

static int
input_close_cb (void *context)
{
  return 0;
}

static void
structured_error_cb (void        *context,
                     xmlErrorPtr  error)
{
  Reader *r = context;
  g_autofree char *message = NULL;

  if (r->xml_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  g_set_error (&r->xml_error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
               _("%s is not well-formed XML (line %d: %s)"), r->source, error->line, message);
}

static double
parse_number (const char *text)
{
  char *end = NULL;
  double value;

  while (g_ascii_isspace (*text))
    text++;
  value = g_ascii_strtod (text, &end);
  if (end == text)
    return NAN;
  while (g_ascii_isspace (*end))
    end++;
  return *end == '\0' && isfinite (value) ? value : NAN;
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar. */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static gboolean
two_digits (const char *p,
            int        *out)
{
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;
  *out = (p[0] - '0') * 10 + (p[1] - '0');
  return TRUE;
}

/* "2023-01-16T18:02:26Z" and "2023-01-16T18:02:26.000Z", which nearly
 * every point of every file has, without allocating; anything else (an
 * offset, no zone, padding) goes through GLib's full parser. */
static gboolean
parse_utc_fast (const char *t,
                double     *out)
{
  int year, century, month, day, hour, minute, second;
  double fraction = 0;
  const char *p;

  if (!two_digits (t, &century) || !two_digits (t + 2, &year) || t[4] != '-' ||
      !two_digits (t + 5, &month) || t[7] != '-' || !two_digits (t + 8, &day) || t[10] != 'T' ||
      !two_digits (t + 11, &hour) || t[13] != ':' || !two_digits (t + 14, &minute) || t[16] != ':' ||
      !two_digits (t + 17, &second))
    return FALSE;
  p = t + 19;
  if (*p == '.')
    {
      double scale = 0.1;

      for (p++; g_ascii_isdigit (*p); p++, scale /= 10)
        fraction += (*p - '0') * scale;
    }
  if (p[0] != 'Z' || p[1] != '\0')
    return FALSE;
  year += century * 100;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, year) ||
      hour > 23 || minute > 59 || second > 59)
    return FALSE;
  *out = (double) (days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second) + fraction;
  return TRUE;
}

static double
parse_time (Reader     *r,
            const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  double fast;

  if (parse_utc_fast (text, &fast))
    return fast;
  time = bk_parse_xml_time (text, r->local_zone);
  if (time == NULL)
    return NAN;
  return (double) g_date_time_to_unix (time) + fmod (g_date_time_get_seconds (time), 1.0);
}

static Element
classify (Reader        *r,
          Element        parent,
          const xmlChar *ns,
          const xmlChar *name)
{
  const char *n = (const char *) name;
  gboolean ours = r->ns != NULL && g_strcmp0 ((const char *) ns, r->ns) == 0;

  if (!ours)
    return EL_OTHER;

  /* Every other parent holds nothing this reader wants. */
  switch ((int) parent)
    {
    case EL_GPX:
      return g_str_equal (n, "trk") ? EL_TRK : EL_OTHER;
    case EL_TRK:
      if (g_str_equal (n, "trkseg"))
        return EL_TRKSEG;
      return g_str_equal (n, "type") ? EL_TRK_TYPE : EL_OTHER;
    case EL_TRKSEG:
      return g_str_equal (n, "trkpt") ? EL_TRKPT : EL_OTHER;
    case EL_TRKPT:
      if (g_str_equal (n, "ele"))
        return EL_TRKPT_ELE;
      return g_str_equal (n, "time") ? EL_TRKPT_TIME : EL_OTHER;
    case EL_TCX:
      /* Activities and MultiSportSession/FirstSport and NextSport hold
       * Activity elements; looking through them finds every one. */
      if (g_str_equal (n, "Activities") || g_str_equal (n, "MultiSportSession") ||
          g_str_equal (n, "FirstSport") || g_str_equal (n, "NextSport"))
        return EL_TCX;
      return g_str_equal (n, "Activity") ? EL_ACTIVITY : EL_OTHER;
    case EL_ACTIVITY:
      if (g_str_equal (n, "Id"))
        return EL_ACTIVITY_ID;
      return g_str_equal (n, "Lap") ? EL_LAP : EL_OTHER;
    case EL_LAP:
      if (g_str_equal (n, "TotalTimeSeconds"))
        return EL_LAP_TIME;
      if (g_str_equal (n, "DistanceMeters"))
        return EL_LAP_DISTANCE;
      return g_str_equal (n, "Track") ? EL_TRACK : EL_OTHER;
    case EL_TRACK:
      return g_str_equal (n, "Trackpoint") ? EL_TRACKPOINT : EL_OTHER;
    case EL_TRACKPOINT:
      if (g_str_equal (n, "Time"))
        return EL_TP_TIME;
      if (g_str_equal (n, "AltitudeMeters"))
        return EL_TP_ALT;
      if (g_str_equal (n, "DistanceMeters"))
        return EL_TP_DISTANCE;
      /* Position's children are read as if they were the point's own. */
      return g_str_equal (n, "Position") ? EL_TRACKPOINT : EL_OTHER;
    default:
      return EL_OTHER;
    }
}

static Element
classify_position (Element        parent_kind,
                   Element        kind,
                   const xmlChar *name)
{
  /* Inside <Position>, the coordinates. */
  if (parent_kind == EL_TRACKPOINT && kind == EL_OTHER)
    {
      if (xmlStrEqual (name, BAD_CAST "LatitudeDegrees"))
        return EL_TP_LAT;
      if (xmlStrEqual (name, BAD_CAST "LongitudeDegrees"))
        return EL_TP_LON;
    }
  return kind;
}

static void
begin_activity (Reader *r)
{
  g_clear_pointer (&r->current, bk_activity_free);
  r->current = bk_activity_new ();
  r->current->source = g_strdup (r->source);
  bk_track_init (&r->track);
  r->laps_distance = 0;
  r->laps_time = 0;
  r->have_lap_distance = FALSE;
  r->last_point_distance = NAN;
}

/* An activity's totals: the device's lap totals in a TCX file, the track's
 * own in GPX, which has none. */
static void
end_activity (Reader *r)
{
  BkActivity *a = r->current;
  BkTrack *t = &r->track;

  if (a == NULL)
    return;
  r->current = NULL;

  if (a->started_at == NULL && isfinite (t->first_time))
    a->started_at = g_date_time_new_from_unix_utc ((gint64) floor (t->first_time));
  if (isfinite (t->first_time) && t->last_time > t->first_time)
    a->elapsed_s = t->last_time - t->first_time;

  if (r->format == FORMAT_TCX)
    {
      if (r->have_lap_distance && r->laps_distance > 0)
        a->distance_m = r->laps_distance;
      else if (isfinite (r->last_point_distance))
        a->distance_m = r->last_point_distance;
      else if (t->distance_m > 0)
        a->distance_m = t->distance_m;
      if (r->laps_time > 0)
        a->timer_s = r->laps_time;
    }
  else
    {
      if (t->distance_m > 0)
        a->distance_m = t->distance_m;
      if (t->moving_s > 0)
        a->timer_s = t->moving_s;
      /* A track without a <type> is taken for a run unless it moved at a
       * speed no runner keeps up for long (21.6 km/h). */
      if (a->sport_name == NULL && a->distance_m > 0 && a->timer_s > 0 &&
          a->distance_m / a->timer_s > 6.0)
        a->sport = BK_SPORT_OTHER;
      else if (a->sport_name == NULL)
        a->sport = BK_SPORT_RUNNING;
    }
  if (t->have_ele)
    a->ascent_m = t->ascent_m;
  a->n_points = t->n_points;

  /* A track with no time at all (a route, a drawn course) is no activity. */
  if (a->started_at == NULL)
    {
      bk_activity_free (a);
      return;
    }
  g_ptr_array_add (r->activities, a);
}

static void
start_element (Reader           *r,
               xmlTextReaderPtr  reader,
               Element           kind)
{
  switch ((int) kind)
    {
    case EL_TRK:
    case EL_ACTIVITY:
      begin_activity (r);
      if (kind == EL_ACTIVITY)
        {
          g_autofree char *sport = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "Sport");

          r->current->sport = bk_sport_from_name (sport, &r->current->surface);
          r->current->sport_name = g_strdup (sport != NULL ? sport : "Other");
        }
      break;
    case EL_TRKSEG:
      bk_track_break (&r->track);
      break;
    case EL_TRKPT:
    case EL_TRACKPOINT:
      if (kind == EL_TRACKPOINT && r->stack[xmlTextReaderDepth (reader) - 1] == EL_TRACKPOINT)
        break; /* <Position> */
      r->pt_time = r->pt_lat = r->pt_lon = r->pt_ele = r->pt_distance = NAN;
      if (kind == EL_TRKPT)
        {
          g_autofree char *lat = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "lat");
          g_autofree char *lon = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "lon");

          if (lat != NULL && lon != NULL)
            {
              r->pt_lat = parse_number (lat);
              r->pt_lon = parse_number (lon);
            }
        }
      break;
    case EL_LAP:
      if (r->current != NULL && r->current->started_at == NULL)
        {
          g_autofree char *start = (char *) xmlTextReaderGetAttribute (reader, BAD_CAST "StartTime");
          g_autoptr(GDateTime) time = bk_parse_xml_time (start, r->local_zone);

          if (time != NULL)
            r->current->started_at = g_date_time_to_utc (time);
        }
      break;
    default:
      break;
    }
  g_string_truncate (r->text, 0);
}

static void
end_element (Reader  *r,
             Element  kind,
             Element  parent)
{
  const char *text = r->text->str;

  if (r->current == NULL && kind != EL_OTHER)
    return;

  switch ((int) kind)
    {
    case EL_TRK:
    case EL_ACTIVITY:
      end_activity (r);
      break;
    case EL_TRK_TYPE:
      {
        g_autofree char *type = g_strstrip (g_strdup (text));

        r->current->sport = bk_sport_from_name (type, &r->current->surface);
        /* Strava's older exports number the types: 9 is a run. */
        if (g_str_equal (type, "9"))
          r->current->sport = BK_SPORT_RUNNING;
        g_free (r->current->sport_name);
        r->current->sport_name = g_steal_pointer (&type);
      }
      break;
    case EL_TRKPT:
    case EL_TRACKPOINT:
      if (kind == EL_TRACKPOINT && parent == EL_TRACKPOINT)
        break; /* </Position> */
      bk_track_add (&r->track, r->pt_time, r->pt_lat, r->pt_lon, r->pt_ele);
      if (isfinite (r->pt_distance))
        r->last_point_distance = r->pt_distance;
      break;
    case EL_TRKPT_ELE:
    case EL_TP_ALT:
      r->pt_ele = parse_number (text);
      break;
    case EL_TRKPT_TIME:
    case EL_TP_TIME:
      r->pt_time = parse_time (r, text);
      break;
    case EL_TP_LAT:
      r->pt_lat = parse_number (text);
      break;
    case EL_TP_LON:
      r->pt_lon = parse_number (text);
      break;
    case EL_TP_DISTANCE:
      r->pt_distance = parse_number (text);
      break;
    case EL_ACTIVITY_ID:
      {
        g_autoptr(GDateTime) time = bk_parse_xml_time (text, r->local_zone);

        if (time != NULL)
          {
            g_clear_pointer (&r->current->started_at, g_date_time_unref);
            r->current->started_at = g_date_time_to_utc (time);
          }
      }
      break;
    case EL_LAP_TIME:
      {
        double value = parse_number (text);

        if (value > 0)
          r->laps_time += value;
      }
      break;
    case EL_LAP_DISTANCE:
      {
        double value = parse_number (text);

        if (value >= 0)
          {
            r->laps_distance += value;
            r->have_lap_distance = TRUE;
          }
      }
      break;
    case EL_TRACK:
      bk_track_break (&r->track);
      break;
    default:
      break;
    }
}

static gboolean
is_text_element (Element kind)
{
  return kind >= EL_TRK_TYPE;
}

static gboolean
refuse (GError     **error,
        const char  *source,
        const char  *what)
{
  g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_REFUSED, _("%s was refused: %s"), source, what);
  return FALSE;
}

static gboolean
read_root (Reader           *r,
           xmlTextReaderPtr  reader,
           GError          **error)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (reader);

  if (g_strcmp0 (name, "gpx") == 0 &&
      (ns == NULL || g_str_equal (ns, NS_GPX_10) || g_str_equal (ns, NS_GPX_11)))
    r->format = FORMAT_GPX;
  else if (g_strcmp0 (name, "TrainingCenterDatabase") == 0 && g_strcmp0 (ns, NS_TCX) == 0)
    r->format = FORMAT_TCX;
  else
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is XML but neither GPX nor TCX (its root element is “%s”)"),
                   r->source, name != NULL ? name : "");
      return FALSE;
    }
  r->ns = g_strdup (ns);
  r->stack[0] = r->format == FORMAT_GPX ? EL_GPX : EL_TCX;
  return TRUE;
}

static gboolean
read_nodes (Reader           *r,
            xmlTextReaderPtr  reader,
            Input            *input,
            GError          **error)
{
  gboolean seen_root = FALSE;
  int status;

  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      int depth = xmlTextReaderDepth (reader);

      if (g_cancellable_set_error_if_cancelled (input->cancellable, error))
        return FALSE;
      if (depth < 0 || depth >= MAX_DEPTH)
        return refuse (error, r->source, _("its elements are nested too deeply"));

      switch (type)
        {
        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_ENTITY:
          /* GPX and TCX never need a DTD; entities are how XML attacks
           * (external entities, exponential expansion) get in. */
          return refuse (error, r->source, _("it declares a document type or entities, "
                                             "which GPX and TCX files never do"));
        case XML_READER_TYPE_ELEMENT:
          {
            gboolean empty = xmlTextReaderIsEmptyElement (reader);
            Element parent, kind;

            if (!seen_root)
              {
                if (!read_root (r, reader, error))
                  return FALSE;
                seen_root = TRUE;
                break;
              }
            parent = r->stack[depth - 1];
            kind = classify (r, parent, xmlTextReaderConstNamespaceUri (reader),
                             xmlTextReaderConstLocalName (reader));
            if (g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (reader), r->ns) == 0)
              kind = classify_position (parent, kind, xmlTextReaderConstLocalName (reader));
            r->stack[depth] = kind;
            start_element (r, reader, kind);
            if (empty)
              end_element (r, kind, parent);
          }
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          if (depth >= 1 && is_text_element (r->stack[depth - 1]) && r->text->len < 256)
            g_string_append (r->text, (const char *) xmlTextReaderConstValue (reader));
          break;
        case XML_READER_TYPE_END_ELEMENT:
          if (depth >= 1)
            end_element (r, r->stack[depth], r->stack[depth - 1]);
          break;
        default:
          break;
        }
    }

  if (input->io_error != NULL)
    {
      if (g_error_matches (input->io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&input->io_error));
      else
        g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ,
                     _("%s could not be read: %s"), r->source, input->io_error->message);
      return FALSE;
    }
  if (status < 0 || r->xml_error != NULL)
    {
      if (r->xml_error != NULL)
        g_propagate_error (error, g_steal_pointer (&r->xml_error));
      else
        g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_DAMAGED,
                     _("%s is not well-formed XML"), r->source);
      return FALSE;
    }
  if (!seen_root)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is empty"), r->source);
      return FALSE;
    }
  return TRUE;
}

/**
 * bk_xml_read:
 * @stream: the file's bytes, already decompressed
 * @source: the file's name, for messages
 *
 * Returns: (transfer container) (element-type BkActivity): every track
 *   (GPX) or activity (TCX) with times, possibly none; %NULL with @error
 *   naming the file and what is wrong
 */
GPtrArray *
bk_xml_read (GInputStream  *stream,
             const char    *source,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free);
  Input input = { stream, cancellable, NULL, FALSE };
  Reader r = { 0 };
  xmlTextReaderPtr reader;
  gboolean ok;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  /* No network, no DTD loading, no entity substitution; the size limits
   * of libxml2 stay on (no XML_PARSE_HUGE), so a 1 GB line is refused once
   * it passes 10 MB instead of filling memory. */
  reader = xmlReaderForIO (input_read_cb, input_close_cb, &input, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOBLANKS | XML_PARSE_COMPACT);
  if (reader == NULL)
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_READ, _("%s could not be read"), source);
      return NULL;
    }

  r.source = source;
  r.local_zone = g_time_zone_new_local ();
  r.text = g_string_new (NULL);
  r.activities = activities;
  xmlTextReaderSetStructuredErrorHandler (reader, structured_error_cb, &r);

  ok = read_nodes (&r, reader, &input, error);

  xmlFreeTextReader (reader);
  g_clear_pointer (&r.current, bk_activity_free);
  g_clear_error (&r.xml_error);
  g_clear_error (&input.io_error);
  g_string_free (r.text, TRUE);
  g_time_zone_unref (r.local_zone);
  g_free (r.ns);

  return ok ? g_steal_pointer (&activities) : NULL;
}
