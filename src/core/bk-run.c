/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-run"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-date.h"
#include "bk-run.h"
#include "bk-units.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

struct _BkRun
{
  GObject    parent_instance;

  gint64     id;
  GDateTime *started_at;
  double     distance_m;
  gint64     duration_s;
  int        rpe;
  BkSurface  surface;
  double     elevation_m;
  char      *notes;
  /* The file an imported run came from; empty for a typed one. */
  char      *source;
  /* The pair of shoes the run was in (a BkShoe's id), or 0. */
  gint64     shoe_id;
};

G_DEFINE_FINAL_TYPE (BkRun, bk_run, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STARTED_AT,
  PROP_TIMESTAMP,
  PROP_DISTANCE,
  PROP_DURATION,
  PROP_PACE,
  PROP_RPE,
  PROP_SURFACE,
  PROP_ELEVATION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bk_run_finalize (GObject *object)
{
  BkRun *self = (BkRun *)object;

  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (bk_run_parent_class)->finalize (object);
}

static void
bk_run_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  BkRun *self = BK_RUN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_STARTED_AT:
      g_value_set_boxed (value, self->started_at);
      break;
    case PROP_TIMESTAMP:
      g_value_set_int64 (value, bk_run_get_timestamp (self));
      break;
    case PROP_DISTANCE:
      g_value_set_double (value, self->distance_m);
      break;
    case PROP_DURATION:
      g_value_set_int64 (value, self->duration_s);
      break;
    case PROP_PACE:
      g_value_set_double (value, bk_run_get_pace (self));
      break;
    case PROP_RPE:
      g_value_set_int (value, self->rpe);
      break;
    case PROP_SURFACE:
      g_value_set_int (value, self->surface);
      break;
    case PROP_ELEVATION:
      g_value_set_double (value, self->elevation_m);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_run_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  BkRun *self = BK_RUN (object);

  switch (prop_id)
    {
    case PROP_ID:
      bk_run_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_STARTED_AT:
      bk_run_set_started_at (self, g_value_get_boxed (value));
      break;
    case PROP_DISTANCE:
      bk_run_set_distance (self, g_value_get_double (value));
      break;
    case PROP_DURATION:
      bk_run_set_duration (self, g_value_get_int64 (value));
      break;
    case PROP_RPE:
      bk_run_set_rpe (self, g_value_get_int (value));
      break;
    case PROP_SURFACE:
      bk_run_set_surface (self, g_value_get_int (value));
      break;
    case PROP_ELEVATION:
      bk_run_set_elevation (self, g_value_get_double (value));
      break;
    case PROP_NOTES:
      bk_run_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_run_class_init (BkRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bk_run_finalize;
  object_class->get_property = bk_run_get_property;
  object_class->set_property = bk_run_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTED_AT] =
    g_param_spec_boxed ("started-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMESTAMP] =
    g_param_spec_int64 ("timestamp", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISTANCE] =
    g_param_spec_double ("distance", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PACE] =
    g_param_spec_double ("pace", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RPE] =
    g_param_spec_int ("rpe", NULL, NULL, 0, 10, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SURFACE] =
    g_param_spec_int ("surface", NULL, NULL, 0, BK_N_SURFACES - 1, BK_SURFACE_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ELEVATION] =
    g_param_spec_double ("elevation", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bk_run_init (BkRun *self)
{
  self->elevation_m = -1;
  self->notes = g_strdup ("");
}

/**
 * bk_run_new:
 * @started_at: when the run started, in the time zone the runner was in
 *
 * The local calendar day of @started_at is the day the run counts for, so a
 * run at 23:30 stays on its evening even across a change of clocks.
 */
BkRun *
bk_run_new (GDateTime *started_at,
            double     distance_m,
            gint64     duration_s)
{
  BkRun *self;

  g_return_val_if_fail (started_at != NULL, NULL);

  self = g_object_new (BK_TYPE_RUN, NULL);
  self->started_at = g_date_time_ref (started_at);
  self->distance_m = distance_m;
  self->duration_s = duration_s;
  return self;
}

BkRun *
bk_run_copy (BkRun *self)
{
  BkRun *copy;

  g_return_val_if_fail (BK_IS_RUN (self), NULL);

  copy = bk_run_new (self->started_at, self->distance_m, self->duration_s);
  copy->id = self->id;
  copy->rpe = self->rpe;
  copy->surface = self->surface;
  copy->elevation_m = self->elevation_m;
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  copy->source = g_strdup (self->source);
  copy->shoe_id = self->shoe_id;
  return copy;
}

gint64
bk_run_get_id (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->id;
}

void
bk_run_set_id (BkRun  *self,
               gint64  id)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

GDateTime *
bk_run_get_started_at (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), NULL);
  return self->started_at;
}

void
bk_run_set_started_at (BkRun     *self,
                       GDateTime *started_at)
{
  g_return_if_fail (BK_IS_RUN (self));
  g_return_if_fail (started_at != NULL);

  if (self->started_at != NULL && g_date_time_equal (self->started_at, started_at) &&
      g_date_time_get_utc_offset (self->started_at) == g_date_time_get_utc_offset (started_at))
    return;
  g_clear_pointer (&self->started_at, g_date_time_unref);
  self->started_at = g_date_time_ref (started_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_AT]);
}

gint64
bk_run_get_timestamp (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->started_at != NULL ? g_date_time_to_unix (self->started_at) : 0;
}

guint32
bk_run_get_julian (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return bk_date_julian_of (self->started_at);
}

double
bk_run_get_distance (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->distance_m;
}

void
bk_run_set_distance (BkRun  *self,
                     double  distance_m)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (self->distance_m == distance_m)
    return;
  self->distance_m = distance_m;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTANCE]);
}

gint64
bk_run_get_duration (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->duration_s;
}

void
bk_run_set_duration (BkRun  *self,
                     gint64  duration_s)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (self->duration_s == duration_s)
    return;
  self->duration_s = duration_s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

double
bk_run_get_pace (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return bk_pace_seconds_per_km (self->distance_m, self->duration_s);
}

int
bk_run_get_rpe (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->rpe;
}

void
bk_run_set_rpe (BkRun *self,
                int    rpe)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (self->rpe == rpe)
    return;
  self->rpe = rpe;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RPE]);
}

BkSurface
bk_run_get_surface (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), BK_SURFACE_NONE);
  return self->surface;
}

void
bk_run_set_surface (BkRun     *self,
                    BkSurface  surface)
{
  g_return_if_fail (BK_IS_RUN (self));
  g_return_if_fail (surface < BK_N_SURFACES);
  if (self->surface == surface)
    return;
  self->surface = surface;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SURFACE]);
}

double
bk_run_get_elevation (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), -1);
  return self->elevation_m;
}

void
bk_run_set_elevation (BkRun  *self,
                      double  elevation_m)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (self->elevation_m == elevation_m)
    return;
  self->elevation_m = elevation_m;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELEVATION]);
}

const char *
bk_run_get_notes (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), NULL);
  return self->notes;
}

void
bk_run_set_notes (BkRun      *self,
                  const char *notes)
{
  g_return_if_fail (BK_IS_RUN (self));
  if (notes == NULL)
    notes = "";
  if (g_strcmp0 (self->notes, notes) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
bk_run_get_source (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), NULL);
  return self->source != NULL ? self->source : "";
}

/**
 * bk_run_set_source:
 * @source: (nullable): the file the run was imported from
 */
void
bk_run_set_source (BkRun      *self,
                   const char *source)
{
  g_return_if_fail (BK_IS_RUN (self));
  g_free (self->source);
  self->source = g_strdup (source);
}

/* The shoes the run was in, or 0 for none. */
gint64
bk_run_get_shoe_id (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), 0);
  return self->shoe_id;
}

void
bk_run_set_shoe_id (BkRun  *self,
                    gint64  shoe_id)
{
  g_return_if_fail (BK_IS_RUN (self));
  self->shoe_id = MAX (shoe_id, 0);
}

/**
 * bk_run_validate:
 * @now: the moment to judge "in the future" against
 *
 * The same ranges the database's CHECK constraints hold, with messages a
 * runner can act on.
 */
gboolean
bk_run_validate (BkRun      *self,
                 GDateTime  *now,
                 GError    **error)
{
  g_autoptr(GDateTime) limit = NULL;

  g_return_val_if_fail (BK_IS_RUN (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!(self->distance_m > 0.0) || self->distance_m > BK_MAX_RUN_DISTANCE_M)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The distance must be more than zero and at most 1000 km"));
      return FALSE;
    }
  if (self->duration_s <= 0 || self->duration_s > BK_MAX_RUN_DURATION_S)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The duration must be more than zero and at most a week"));
      return FALSE;
    }
  if (self->rpe < 0 || self->rpe > 10)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The effort must be a whole number from 1 to 10"));
      return FALSE;
    }
  if (self->elevation_m != -1 && (self->elevation_m < 0 || self->elevation_m > 20000))
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The elevation gain must be from 0 to 20,000 m"));
      return FALSE;
    }
  if (g_utf8_strlen (self->notes, -1) > 10000)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The notes are longer than 10,000 characters"));
      return FALSE;
    }

  limit = g_date_time_add_days (now, 1);
  if (g_date_time_compare (self->started_at, limit) > 0)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The date is more than a day in the future"));
      return FALSE;
    }
  if (g_date_time_get_year (self->started_at) < 1970)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("The date is before 1970"));
      return FALSE;
    }

  return TRUE;
}

gboolean
bk_run_is_implausibly_fast (BkRun *self)
{
  g_return_val_if_fail (BK_IS_RUN (self), FALSE);
  return bk_run_get_pace (self) < BK_FASTEST_PLAUSIBLE_PACE_S_PER_KM;
}

int
bk_run_compare_newest_first (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  BkRun *ra = (BkRun *) a;
  BkRun *rb = (BkRun *) b;
  gint64 ta = bk_run_get_timestamp (ra);
  gint64 tb = bk_run_get_timestamp (rb);

  if (ta != tb)
    return ta > tb ? -1 : 1;
  return ra->id > rb->id ? -1 : ra->id < rb->id ? 1 : 0;
}

const char *
bk_surface_to_string (BkSurface surface)
{
  g_return_val_if_fail (surface < BK_N_SURFACES, NULL);
  /* No surface has no id: it is stored as NULL. */
  return bk_enum_to_nick (BK_TYPE_SURFACE, surface);
}

gboolean
bk_surface_from_string (const char *name,
                        BkSurface  *out_surface)
{
  g_autofree char *lower = NULL;
  int value;

  g_return_val_if_fail (out_surface != NULL, FALSE);

  if (name == NULL || *name == '\0')
    {
      *out_surface = BK_SURFACE_NONE;
      return TRUE;
    }
  lower = g_ascii_strdown (name, -1);
  if (!bk_enum_from_nick (BK_TYPE_SURFACE, lower, &value))
    return FALSE;
  *out_surface = value;
  return TRUE;
}

const char *
bk_surface_get_label (BkSurface surface)
{
  switch (surface)
    {
    case BK_SURFACE_ROAD: return _("Road");
    case BK_SURFACE_TRAIL: return _("Trail");
    case BK_SURFACE_GRASS: return _("Grass");
    case BK_SURFACE_TRACK: return _("Track");
    case BK_SURFACE_TREADMILL: return _("Treadmill");
    case BK_SURFACE_MIXED: return _("Mixed");
    case BK_SURFACE_NONE:
    case BK_N_SURFACES:
    default:
      return "";
    }
}
