/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-fit-reader"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bk-fit-reader.h"
#include "bk-track.h"

/* A decoder for Garmin's Flexible and Interoperable data Transfer format,
 * written from the public description of the protocol: a header, records
 * that are either definitions (the layout of a local message type) or data
 * laid out by one, and a CRC-16 over everything. Only what a training log
 * needs is read: file_id, sport, session, lap and record messages. */

/* 1989-12-31T00:00:00Z, the FIT epoch, in Unix time. */
#define FIT_EPOCH 631065600
/* Smaller timestamps count from the device's power-on, not the epoch. */
#define FIT_MIN_ABSOLUTE 0x10000000u

enum {
  MSG_FILE_ID = 0,
  MSG_SPORT = 12,
  MSG_SESSION = 18,
  MSG_LAP = 19,
  MSG_RECORD = 20,
};

enum {
  FIELD_TIMESTAMP = 253,
};

typedef struct
{
  guint8 number;
  guint8 size;
  guint8 base_type;
} FieldDef;

typedef struct
{
  gboolean defined;
  gboolean big_endian;
  guint16  global;
  guint    n_fields;
  FieldDef fields[255];
  /* Developer fields are skipped by their declared sizes. */
  guint    developer_size;
} Definition;

/* The totals of one session or lap, or of the whole file. */
typedef struct
{
  double start;
  double end;
  double elapsed_s;
  double timer_s;
  double distance_m;
  double ascent_m;
  int    sport;
  int    sub_sport;
  guint  n_points;
} Summary;

typedef struct
{
  guint32 time;
  float   lat, lon, altitude, distance;
} Point;

typedef struct
{
  const char *source;
  Definition  definitions[16];
  guint32     last_timestamp;
  /* The first kind of file other than an activity, and whether any of
   * the chained files is an activity. */
  int         file_type;
  gboolean    is_activity;
  int         sport;
  int         sub_sport;
  GArray     *sessions;
  GArray     *laps;
  GArray     *points;
} Decoder;

static void
summary_init (Summary *s)
{
  s->start = s->end = s->elapsed_s = s->timer_s = s->distance_m = s->ascent_m = NAN;
  s->sport = s->sub_sport = -1;
  s->n_points = 0;
}

/* The CRC-16 of the protocol, a nibble at a time. */
static guint16
fit_crc (guint16       crc,
         const guint8 *data,
         gsize         length)
{
  static const guint16 table[16] = {
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
  };

  for (gsize i = 0; i < length; i++)
    {
      guint16 tmp = table[crc & 0xF];

      crc = (crc >> 4) & 0x0FFF;
      crc = crc ^ tmp ^ table[data[i] & 0xF];
      tmp = table[crc & 0xF];
      crc = (crc >> 4) & 0x0FFF;
      crc = crc ^ tmp ^ table[(data[i] >> 4) & 0xF];
    }
  return crc;
}

static guint64
read_uint (const guint8 *p,
           guint         size,
           gboolean      big_endian)
{
  guint64 value = 0;

  for (guint i = 0; i < size; i++)
    {
      guint shift = big_endian ? 8 * (size - 1 - i) : 8 * i;

      value |= (guint64) p[i] << shift;
    }
  return value;
}

/* Decodes the first value of a field as a number. A field may be declared
 * with fewer bytes than its base type (Coros writes uint32 in one byte) or
 * as an array of it; a value equal to the base type's "invalid" pattern,
 * for the size actually read, is no value. */
static gboolean
read_number (const guint8   *p,
             const FieldDef *field,
             gboolean        big_endian,
             double         *out)
{
  static const guint8 sizes[17] = { 1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8 };
  guint base = field->base_type & 0x1F;
  guint type_size, size;
  guint64 raw, all_ones;

  if (base > 16 || base == 7 || base == 13 || field->size == 0)
    return FALSE;
  type_size = sizes[base];
  size = MIN (type_size, field->size);
  raw = read_uint (p, size, big_endian);
  all_ones = size == 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * size)) - 1;

  switch (base)
    {
    case 0: /* enum */
    case 2: /* uint8 */
    case 4: /* uint16 */
    case 6: /* uint32 */
    case 15: /* uint64 */
      if (raw == all_ones)
        return FALSE;
      *out = (double) raw;
      return TRUE;
    case 10: /* uint8z */
    case 11: /* uint16z */
    case 12: /* uint32z */
    case 16: /* uint64z */
      if (raw == 0)
        return FALSE;
      *out = (double) raw;
      return TRUE;
    case 1: /* sint8 */
    case 3: /* sint16 */
    case 5: /* sint32 */
    case 14: /* sint64 */
      {
        guint64 sign = G_GUINT64_CONSTANT (1) << (8 * size - 1);
        gint64 value;

        if (raw == sign - 1)
          return FALSE;
        value = (raw & sign) ? (gint64) (raw | ~all_ones) : (gint64) raw;
        *out = (double) value;
        return TRUE;
      }
    case 8: /* float32 */
      {
        guint32 bits = (guint32) raw;
        float f;

        if (size != 4 || bits == G_MAXUINT32)
          return FALSE;
        memcpy (&f, &bits, sizeof f);
        *out = f;
        return isfinite (*out);
      }
    case 9: /* float64 */
      {
        double d;

        if (size != 8 || raw == G_MAXUINT64)
          return FALSE;
        memcpy (&d, &raw, sizeof d);
        *out = d;
        return isfinite (d);
      }
    default:
      return FALSE;
    }
}

/* Times stay in FIT's own seconds while decoding, so that a device that
 * counts from power-on still orders its records; only absolute times
 * become dates. */
static double
to_unix_time (double fit_time)
{
  if (!(fit_time >= FIT_MIN_ABSOLUTE))
    return NAN;
  return fit_time + FIT_EPOCH;
}

/* An enum as an int, or -1 for a value no profile has (the fuzzer's). */
static int
to_enum (double value)
{
  return value >= 0 && value <= G_MAXUINT16 ? (int) value : -1;
}

static void
decode_summary (Summary        *s,
                guint           number,
                double          value)
{
  switch (number)
    {
    case FIELD_TIMESTAMP: s->end = value; break;
    case 2: s->start = value; break;
    case 7: s->elapsed_s = value / 1000; break;
    case 8: s->timer_s = value / 1000; break;
    case 9: s->distance_m = value / 100; break;
    default: break;
    }
}

static void
decode_message (Decoder          *d,
                const Definition *def,
                const guint8     *p,
                double            header_time)
{
  Summary summary;
  Point point = { 0, NAN, NAN, NAN, NAN };
  double alt = NAN, enhanced_alt = NAN, time = header_time;

  summary_init (&summary);

  for (guint i = 0; i < def->n_fields; i++)
    {
      const FieldDef *field = &def->fields[i];
      double value;

      if (!read_number (p, field, def->big_endian, &value))
        {
          p += field->size;
          continue;
        }
      p += field->size;

      /* A timestamp is a uint32; a wider field claiming to be one is not. */
      if (field->number == FIELD_TIMESTAMP && !(value >= 0 && value <= G_MAXUINT32))
        continue;
      if (field->number == FIELD_TIMESTAMP)
        {
          time = value;
          d->last_timestamp = (guint32) value;
        }

      switch (def->global)
        {
        case MSG_FILE_ID:
          if (field->number == 0 && value == 4)
            d->is_activity = TRUE;
          else if (field->number == 0 && d->file_type < 0)
            d->file_type = to_enum (value);
          break;
        case MSG_SPORT:
          if (field->number == 0)
            d->sport = to_enum (value);
          else if (field->number == 1)
            d->sub_sport = to_enum (value);
          break;
        case MSG_SESSION:
          decode_summary (&summary, field->number, value);
          if (field->number == 5)
            summary.sport = to_enum (value);
          else if (field->number == 6)
            summary.sub_sport = to_enum (value);
          else if (field->number == 22)
            summary.ascent_m = value;
          break;
        case MSG_LAP:
          decode_summary (&summary, field->number, value);
          if (field->number == 21)
            summary.ascent_m = value;
          else if (field->number == 25)
            summary.sport = to_enum (value);
          else if (field->number == 39)
            summary.sub_sport = to_enum (value);
          break;
        case MSG_RECORD:
          switch (field->number)
            {
            case 0: point.lat = (float) (value * (180.0 / 2147483648.0)); break;
            case 1: point.lon = (float) (value * (180.0 / 2147483648.0)); break;
            case 2: alt = value / 5 - 500; break;
            case 5: point.distance = (float) (value / 100); break;
            case 78: enhanced_alt = value / 5 - 500; break;
            default: break;
            }
          break;
        default:
          break;
        }
    }

  if (def->global == MSG_SESSION || def->global == MSG_LAP)
    {
      /* Summaries may come before or after the records they cover: the
       * span is fixed by start time and elapsed time, not by position. */
      if (!isfinite (summary.start) && isfinite (summary.end) && isfinite (summary.elapsed_s))
        summary.start = summary.end - summary.elapsed_s;
      if (isfinite (summary.start) && isfinite (summary.elapsed_s))
        summary.end = summary.start + summary.elapsed_s;
      g_array_append_val (def->global == MSG_SESSION ? d->sessions : d->laps, summary);
    }
  else if (def->global == MSG_RECORD && isfinite (time))
    {
      point.time = (guint32) time;
      point.altitude = (float) (isfinite (enhanced_alt) ? enhanced_alt : alt);
      g_array_append_val (d->points, point);
    }
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *source,
      gsize        offset,
      const char  *what)
{
  if (code == BK_IMPORT_ERROR_TRUNCATED)
    g_set_error (error, BK_IMPORT_ERROR, code,
                 _("%s is cut short (at byte %" G_GSIZE_FORMAT "): %s"), source, offset, what);
  else
    g_set_error (error, BK_IMPORT_ERROR, code,
                 _("%s is damaged at byte %" G_GSIZE_FORMAT ": %s"), source, offset, what);
  return FALSE;
}

/* One FIT file of a possibly chained sequence: header, records, CRC.
 * Returns the number of bytes it took. */
static gboolean
decode_file (Decoder       *d,
             const guint8  *data,
             gsize          length,
             gsize          start,
             gsize         *out_end,
             GError       **error)
{
  const guint8 *h = data + start;
  gsize header_size, data_size, pos, end;

  if (length - start < 12)
    return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, start, _("the file ends inside its header"));
  header_size = h[0];
  if (header_size < 12 || memcmp (h + 8, ".FIT", 4) != 0)
    return fail (error, BK_IMPORT_ERROR_DAMAGED, d->source, start, _("the header is not that of a FIT file"));
  if (length - start < header_size)
    return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, start, _("the file ends inside its header"));
  if (header_size >= 14)
    {
      guint16 stated = (guint16) read_uint (h + 12, 2, FALSE);

      /* 0 means the writer did not compute one. */
      if (stated != 0 && stated != fit_crc (0, h, 12))
        return fail (error, BK_IMPORT_ERROR_DAMAGED, d->source, start, _("the header checksum does not match"));
    }

  data_size = (gsize) read_uint (h + 4, 4, FALSE);
  /* Always start after the header's stated size, whatever it holds. */
  pos = start + header_size;
  if (data_size > length - pos || length - pos - data_size < 2)
    return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, length,
                 _("the file ends before the records its header announces"));
  end = pos + data_size;
  if (read_uint (data + end, 2, FALSE) != fit_crc (0, h, header_size + data_size))
    return fail (error, BK_IMPORT_ERROR_DAMAGED, d->source, end, _("the file checksum does not match"));

  memset (d->definitions, 0, sizeof d->definitions);

  while (pos < end)
    {
      guint8 header = data[pos];
      gsize record_start = pos++;

      if (header & 0x80)
        {
          /* Compressed timestamp: the low five bits of the time, which
           * roll over every 32 seconds. */
          const Definition *def = &d->definitions[(header >> 5) & 0x3];
          guint32 offset = header & 0x1F;
          guint32 time = d->last_timestamp + ((offset - (d->last_timestamp & 0x1F)) & 0x1F);
          gsize size = 0;

          if (!def->defined)
            return fail (error, BK_IMPORT_ERROR_DAMAGED, d->source, record_start,
                         _("a record uses a message type that was never defined"));
          for (guint i = 0; i < def->n_fields; i++)
            size += def->fields[i].size;
          size += def->developer_size;
          if (size > end - pos)
            return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                         _("the records end in the middle of a message"));
          d->last_timestamp = time;
          decode_message (d, def, data + pos, time);
          pos += size;
        }
      else if (header & 0x40)
        {
          Definition *def = &d->definitions[header & 0x0F];
          guint n_fields;

          if (end - pos < 5)
            return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                         _("the records end in the middle of a definition"));
          memset (def, 0, sizeof *def);
          /* 0 is little-endian and 1 big-endian; Lezyne writes other
           * values for little-endian, as every other device does. */
          def->big_endian = data[pos + 1] == 1;
          def->global = (guint16) read_uint (data + pos + 2, 2, def->big_endian);
          n_fields = data[pos + 4];
          pos += 5;
          if (n_fields * 3u > end - pos)
            return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                         _("the records end in the middle of a definition"));
          def->n_fields = n_fields;
          for (guint i = 0; i < n_fields; i++, pos += 3)
            def->fields[i] = (FieldDef) { data[pos], data[pos + 1], data[pos + 2] };
          if (header & 0x20)
            {
              guint n_developer;

              if (pos >= end)
                return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                             _("the records end in the middle of a definition"));
              n_developer = data[pos++];
              if (n_developer * 3u > end - pos)
                return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                             _("the records end in the middle of a definition"));
              for (guint i = 0; i < n_developer; i++, pos += 3)
                def->developer_size += data[pos + 1];
            }
          def->defined = TRUE;
        }
      else
        {
          const Definition *def = &d->definitions[header & 0x0F];
          gsize size = def->developer_size;

          if (!def->defined)
            return fail (error, BK_IMPORT_ERROR_DAMAGED, d->source, record_start,
                         _("a record uses a message type that was never defined"));
          for (guint i = 0; i < def->n_fields; i++)
            size += def->fields[i].size;
          if (size > end - pos)
            return fail (error, BK_IMPORT_ERROR_TRUNCATED, d->source, record_start,
                         _("the records end in the middle of a message"));
          decode_message (d, def, data + pos, NAN);
          pos += size;
        }
    }

  *out_end = end + 2;
  return TRUE;
}

/* FIT's file types other than activities, named in the import summary. */
static const char *
file_type_name (int type)
{
  switch (type)
    {
    case 1: return _("device settings");
    case 2: return _("user settings");
    case 3: return _("sport settings");
    case 5: return _("a workout");
    case 6: return _("a course");
    case 7: return _("schedules");
    case 9: return _("weight");
    case 10: return _("totals");
    case 11: return _("goals");
    case 14: return _("blood pressure");
    case 15:
    case 32: return _("monitoring");
    case 20: return _("an activity summary");
    case 28: return _("daily monitoring");
    case 34: return _("a segment");
    case 35: return _("a segment list");
    default: return _("not an activity");
    }
}

static BkSport
sport_of (int sport,
          int sub_sport,
          BkSurface *surface)
{
  *surface = BK_SURFACE_NONE;
  switch (sport)
    {
    case 1:
      if (sub_sport == 1 || sub_sport == 45 || sub_sport == 58)
        *surface = BK_SURFACE_TREADMILL;
      else if (sub_sport == 3)
        *surface = BK_SURFACE_TRAIL;
      else if (sub_sport == 4)
        *surface = BK_SURFACE_TRACK;
      else if (sub_sport == 2)
        *surface = BK_SURFACE_ROAD;
      return BK_SPORT_RUNNING;
    case 2: return BK_SPORT_CYCLING;
    case 5: return BK_SPORT_SWIMMING;
    case 11: return BK_SPORT_WALKING;
    case 17: return BK_SPORT_HIKING;
    case 10:
      return sub_sport == 20 ? BK_SPORT_STRENGTH : BK_SPORT_OTHER;
    default: return BK_SPORT_OTHER;
    }
}

static char *
sport_name (int sport)
{
  static const char * const names[] = {
    "generic", "running", "cycling", "transition", "fitness_equipment", "swimming",
    "basketball", "soccer", "tennis", "american_football", "training", "walking",
    "cross_country_skiing", "alpine_skiing", "snowboarding", "rowing", "mountaineering",
    "hiking", "multisport", "paddling",
  };

  if (sport >= 0 && sport < (int) G_N_ELEMENTS (names))
    return g_strdup (names[sport]);
  return g_strdup_printf ("sport %d", sport);
}

/* Fills what a summary lacks from the records inside its span. */
static void
fill_from_points (Summary      *s,
                  const GArray *points)
{
  BkTrack track;
  double last_distance = NAN, first_distance = NAN;

  bk_track_init (&track);
  for (guint i = 0; i < points->len; i++)
    {
      const Point *p = &g_array_index (points, Point, i);
      double t = p->time;

      if (isfinite (s->start) && t < s->start)
        continue;
      if (isfinite (s->end) && t > s->end)
        continue;
      bk_track_add (&track, t, p->lat, p->lon, p->altitude);
      if (isfinite (p->distance))
        {
          if (!isfinite (first_distance))
            first_distance = p->distance;
          last_distance = p->distance;
        }
    }
  s->n_points = track.n_points;
  if (track.n_points == 0)
    return;
  if (!isfinite (s->start))
    s->start = track.first_time;
  if (!isfinite (s->elapsed_s) && isfinite (track.first_time))
    s->elapsed_s = track.last_time - track.first_time;
  if (!isfinite (s->timer_s) && track.moving_s > 0)
    s->timer_s = track.moving_s;
  if (!isfinite (s->distance_m))
    s->distance_m = isfinite (last_distance) ? last_distance - MIN (first_distance, 0.0) : track.distance_m;
  if (!isfinite (s->ascent_m) && track.have_ele)
    s->ascent_m = track.ascent_m;
}

static BkActivity *
activity_from_summary (Decoder *d,
                       Summary *s)
{
  BkActivity *activity = bk_activity_new ();
  int sport = s->sport >= 0 ? s->sport : d->sport;
  int sub_sport = s->sub_sport >= 0 ? s->sub_sport : d->sub_sport;

  fill_from_points (s, d->points);
  activity->sport = sport_of (sport, sub_sport, &activity->surface);
  activity->sport_name = sport_name (sport);
  if (isfinite (to_unix_time (s->start)))
    activity->started_at = g_date_time_new_from_unix_utc ((gint64) to_unix_time (s->start));
  activity->distance_m = isfinite (s->distance_m) ? s->distance_m : -1;
  activity->timer_s = isfinite (s->timer_s) ? s->timer_s : -1;
  activity->elapsed_s = isfinite (s->elapsed_s) ? s->elapsed_s : -1;
  activity->ascent_m = isfinite (s->ascent_m) ? s->ascent_m : -1;
  activity->source = g_strdup (d->source);
  activity->n_points = s->n_points;
  return activity;
}

/* The protocol's CRC-16, for tests that make or repair files. */
guint16
bk_fit_crc (const guint8 *data,
            gsize         length)
{
  g_return_val_if_fail (data != NULL || length == 0, 0);
  return fit_crc (0, data, length);
}

gboolean
bk_fit_sniff (const guint8 *data,
              gsize         length)
{
  return length >= 12 && data[0] >= 12 && memcmp (data + 8, ".FIT", 4) == 0;
}

/**
 * bk_fit_read:
 * @source: the file's name, for messages
 * @out_skipped_kind: (out) (optional): for a FIT file that is not an
 *   activity (settings, monitoring, a workout), what it holds
 *
 * Returns: (transfer container) (element-type BkActivity): the file's
 *   activities (a multisport file has several), empty for a file that is
 *   not an activity, or %NULL with @error naming the file and the damage
 */
GPtrArray *
bk_fit_read (const guint8  *data,
             gsize          length,
             const char    *source,
             char         **out_skipped_kind,
             GError       **error)
{
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func ((GDestroyNotify) bk_activity_free);
  g_autoptr(GArray) sessions = g_array_new (FALSE, FALSE, sizeof (Summary));
  g_autoptr(GArray) laps = g_array_new (FALSE, FALSE, sizeof (Summary));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_autofree Decoder *d = g_new0 (Decoder, 1);
  gsize pos = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (out_skipped_kind != NULL)
    *out_skipped_kind = NULL;
  d->source = source;
  d->file_type = -1;
  d->sport = d->sub_sport = -1;
  d->sessions = sessions;
  d->laps = laps;
  d->points = points;

  if (!bk_fit_sniff (data, length))
    {
      g_set_error (error, BK_IMPORT_ERROR, BK_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("%s is not a FIT file"), source);
      return NULL;
    }

  /* Chained files follow one another, each with its own header and CRC. */
  while (pos < length)
    {
      gboolean padding = TRUE;

      /* Some writers pad the end with zeros; anything else after a file
       * must be the next one, and is checked as such. */
      for (gsize i = pos; i < length && padding; i++)
        padding = data[i] == 0;
      if (pos > 0 && padding)
        break;
      if (!decode_file (d, data, length, pos, &pos, error))
        return NULL;
    }

  if (!d->is_activity && d->file_type != -1)
    {
      if (out_skipped_kind != NULL)
        *out_skipped_kind = g_strdup (file_type_name (d->file_type));
      return g_steal_pointer (&activities);
    }

  if (sessions->len > 0)
    for (guint i = 0; i < sessions->len; i++)
      g_ptr_array_add (activities, activity_from_summary (d, &g_array_index (sessions, Summary, i)));
  else if (laps->len > 0 || points->len > 0)
    {
      /* No session: the laps together, or failing those the records. */
      Summary whole;

      summary_init (&whole);
      for (guint i = 0; i < laps->len; i++)
        {
          Summary *lap = &g_array_index (laps, Summary, i);

          if (isfinite (lap->start) && !(whole.start <= lap->start))
            whole.start = lap->start;
          if (isfinite (lap->end) && !(whole.end >= lap->end))
            whole.end = lap->end;
#define ADD(field) if (isfinite (lap->field)) whole.field = (isfinite (whole.field) ? whole.field : 0) + lap->field
          ADD (elapsed_s);
          ADD (timer_s);
          ADD (distance_m);
          ADD (ascent_m);
#undef ADD
          if (lap->sport >= 0)
            whole.sport = lap->sport;
        }
      g_ptr_array_add (activities, activity_from_summary (d, &whole));
    }
  else if (out_skipped_kind != NULL)
    *out_skipped_kind = g_strdup (_("an activity with no records"));

  return g_steal_pointer (&activities);
}
