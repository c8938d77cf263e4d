/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-shoe"

#include "bk-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bk-core-error.h"
#include "bk-shoe.h"

/* A pair of running shoes: what the runner calls them, when they started
 * and how far they had gone then, the distance at which to retire them,
 * and (filled in by the store) how far they have gone now, start distance
 * included. */
struct _BkShoe
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *brand;
  char    *model;
  guint32  started_on;
  double   start_distance_m;
  double   limit_m;
  gboolean retired;
  double   distance_m;
};

G_DEFINE_FINAL_TYPE (BkShoe, bk_shoe, G_TYPE_OBJECT)

/* Half a metre: a limit typed in miles and stored in metres still counts
 * as reached at exactly its distance. */
#define WEAR_TOLERANCE_M 0.5

static void
bk_shoe_finalize (GObject *object)
{
  BkShoe *self = (BkShoe *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->brand, g_free);
  g_clear_pointer (&self->model, g_free);

  G_OBJECT_CLASS (bk_shoe_parent_class)->finalize (object);
}

static void
bk_shoe_class_init (BkShoeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bk_shoe_finalize;
}

static void
bk_shoe_init (BkShoe *self)
{
  self->limit_m = BK_SHOE_DEFAULT_LIMIT_KM * 1000.0;
}

BkShoe *
bk_shoe_new (const char *name)
{
  BkShoe *self = g_object_new (BK_TYPE_SHOE, NULL);

  bk_shoe_set_name (self, name);
  return self;
}

gint64
bk_shoe_get_id (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  return self->id;
}

void
bk_shoe_set_id (BkShoe *self,
                gint64  id)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->id = id;
}

const char *
bk_shoe_get_name (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), NULL);
  return self->name != NULL ? self->name : "";
}

/* Surrounding blanks are never part of a name: "Pegasus " is "Pegasus". */
static char *
tidy (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

void
bk_shoe_set_name (BkShoe     *self,
                  const char *name)
{
  g_return_if_fail (BK_IS_SHOE (self));
  g_free (self->name);
  self->name = tidy (name);
}

const char *
bk_shoe_get_brand (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), NULL);
  return self->brand != NULL ? self->brand : "";
}

void
bk_shoe_set_brand (BkShoe     *self,
                   const char *brand)
{
  g_return_if_fail (BK_IS_SHOE (self));
  g_free (self->brand);
  self->brand = tidy (brand);
}

const char *
bk_shoe_get_model (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), NULL);
  return self->model != NULL ? self->model : "";
}

void
bk_shoe_set_model (BkShoe     *self,
                   const char *model)
{
  g_return_if_fail (BK_IS_SHOE (self));
  g_free (self->model);
  self->model = tidy (model);
}

/* The Julian day the pair was first worn, or 0 when not given. */
guint32
bk_shoe_get_started_on (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  return self->started_on;
}

void
bk_shoe_set_started_on (BkShoe  *self,
                        guint32  julian)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->started_on = julian;
}

/* Metres the pair had on them before the log knew them. */
double
bk_shoe_get_start_distance (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  return self->start_distance_m;
}

void
bk_shoe_set_start_distance (BkShoe *self,
                            double  metres)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->start_distance_m = metres;
}

double
bk_shoe_get_limit (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  return self->limit_m;
}

void
bk_shoe_set_limit (BkShoe *self,
                   double  metres)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->limit_m = metres;
}

gboolean
bk_shoe_get_retired (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), FALSE);
  return self->retired;
}

void
bk_shoe_set_retired (BkShoe   *self,
                     gboolean  retired)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->retired = !!retired;
}

/* Metres on the pair now: the start distance plus every run in them. */
double
bk_shoe_get_distance (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  return self->distance_m;
}

void
bk_shoe_set_distance (BkShoe *self,
                      double  metres)
{
  g_return_if_fail (BK_IS_SHOE (self));
  self->distance_m = metres;
}

/**
 * bk_shoe_default_limit:
 *
 * Returns: the retirement distance in metres a new pair gets in @units:
 *   exactly 700 km, or exactly 435 mi
 */
double
bk_shoe_default_limit (BkUnits units)
{
  if (units == BK_UNITS_IMPERIAL)
    return BK_SHOE_DEFAULT_LIMIT_MI * BK_METRES_PER_MILE;
  return BK_SHOE_DEFAULT_LIMIT_KM * 1000.0;
}

BkShoeWear
bk_shoe_wear_for (double distance_m,
                  double limit_m)
{
  if (limit_m <= 0)
    return BK_SHOE_WEAR_FINE;
  if (distance_m + WEAR_TOLERANCE_M >= limit_m)
    return BK_SHOE_WEAR_PAST_LIMIT;
  if (distance_m + WEAR_TOLERANCE_M >= 0.9 * limit_m)
    return BK_SHOE_WEAR_NEAR_LIMIT;
  return BK_SHOE_WEAR_FINE;
}

BkShoeWear
bk_shoe_get_wear (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), BK_SHOE_WEAR_FINE);
  return bk_shoe_wear_for (self->distance_m, self->limit_m);
}

/* How far toward the limit, 0 to 1 (for a bar). */
double
bk_shoe_get_fraction (BkShoe *self)
{
  g_return_val_if_fail (BK_IS_SHOE (self), 0);
  if (self->limit_m <= 0)
    return 0;
  return CLAMP (self->distance_m / self->limit_m, 0.0, 1.0);
}

/**
 * bk_shoe_validate:
 *
 * The same ranges the shoes table's CHECK constraints hold, with messages
 * that name the field.
 */
gboolean
bk_shoe_validate (BkShoe  *self,
                  GError **error)
{
  g_return_val_if_fail (BK_IS_SHOE (self), FALSE);

  if (*bk_shoe_get_name (self) == '\0')
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_EMPTY,
                           _("a pair of shoes needs a name, such as “Pegasus”"));
      return FALSE;
    }
  if (!g_utf8_validate (self->name, -1, NULL) || !g_utf8_validate (bk_shoe_get_brand (self), -1, NULL) ||
      !g_utf8_validate (bk_shoe_get_model (self), -1, NULL))
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_INVALID,
                           _("the shoe's name, brand or model is not valid UTF-8"));
      return FALSE;
    }
  if (g_utf8_strlen (self->name, -1) > BK_SHOE_MAX_NAME ||
      g_utf8_strlen (bk_shoe_get_brand (self), -1) > BK_SHOE_MAX_NAME ||
      g_utf8_strlen (bk_shoe_get_model (self), -1) > BK_SHOE_MAX_NAME)
    {
      g_set_error (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                   _("a shoe's name, brand or model may be at most %d characters"), BK_SHOE_MAX_NAME);
      return FALSE;
    }
  if (!isfinite (self->start_distance_m) || self->start_distance_m < 0 || self->start_distance_m > 100000000)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("the distance already on the shoes must be between 0 and 100,000 km"));
      return FALSE;
    }
  if (!isfinite (self->limit_m) || self->limit_m <= 0 || self->limit_m > 100000000)
    {
      g_set_error_literal (error, BK_CORE_ERROR, BK_CORE_ERROR_OUT_OF_RANGE,
                           _("the shoes' retirement distance must be more than 0 and at most 100,000 km"));
      return FALSE;
    }
  return TRUE;
}

static char *
whole_distance (double  metres,
                BkUnits units)
{
  double value = units == BK_UNITS_IMPERIAL ? metres / BK_METRES_PER_MILE : metres / 1000.0;

  /* TRANSLATORS: a whole distance and its unit symbol, e.g. "812 km" */
  return g_strdup_printf (_("%.0f %s"), floor (value), bk_units_distance_symbol (units));
}

/**
 * bk_shoe_describe_wear:
 *
 * Returns: (nullable): the notice for a pair past 90% or 100% of its
 *   limit ("Your Pegasus have 812 km on them, past their 700 km limit"),
 *   or %NULL when the pair is fine
 */
char *
bk_shoe_describe_wear (BkShoe  *self,
                       BkUnits  units)
{
  g_autofree char *distance = NULL;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (BK_IS_SHOE (self), NULL);

  distance = whole_distance (self->distance_m, units);
  limit = whole_distance (self->limit_m + WEAR_TOLERANCE_M, units);
  switch (bk_shoe_get_wear (self))
    {
    case BK_SHOE_WEAR_PAST_LIMIT:
      /* TRANSLATORS: the shoes' name, their distance, their retirement distance */
      return g_strdup_printf (_("Your %s have %s on them, past their %s limit: time for a new pair"),
                              self->name, distance, limit);
    case BK_SHOE_WEAR_NEAR_LIMIT:
      /* TRANSLATORS: the shoes' name, their distance, their retirement distance */
      return g_strdup_printf (_("Your %s have %s on them, nearing their %s limit"),
                              self->name, distance, limit);
    case BK_SHOE_WEAR_FINE:
    default:
      return NULL;
    }
}

/* A pair counts as new for the pain journal for two weeks. */
#define NEW_PAIR_DAYS 14

/**
 * bk_shoe_journal_hint:
 * @shoes: (element-type BkShoe): the pairs in use, with their distances
 * @day: the Julian day of the pain entry
 *
 * The pain journal's "Shoes worn out, or new?" is asked about the pair
 * that answers it: the most worn pair past 90% of its limit ("Your Pegasus
 * have 812 km on them"), else the newest pair started in the two weeks
 * before @day ("Your Clifton are new: started 5 days ago").
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when no pair
 *   is worn or new
 */
char *
bk_shoe_journal_hint (GPtrArray *shoes,
                      guint32    day,
                      BkUnits    units)
{
  BkShoe *worn = NULL;
  BkShoe *fresh = NULL;

  g_return_val_if_fail (shoes != NULL, NULL);

  for (guint i = 0; i < shoes->len; i++)
    {
      BkShoe *shoe = g_ptr_array_index (shoes, i);
      guint32 started = shoe->started_on;

      if (shoe->retired)
        continue;
      if (bk_shoe_get_wear (shoe) != BK_SHOE_WEAR_FINE &&
          (worn == NULL || bk_shoe_get_fraction (shoe) > bk_shoe_get_fraction (worn)))
        worn = shoe;
      if (started > 0 && started <= day && day - started < NEW_PAIR_DAYS &&
          (fresh == NULL || started > fresh->started_on))
        fresh = shoe;
    }
  if (worn != NULL)
    {
      g_autofree char *distance = whole_distance (worn->distance_m, units);

      /* TRANSLATORS: the pain journal's shoes question, pre-filled: the shoes' name, their distance */
      return g_strdup_printf (_("Your %s have %s on them"), worn->name, distance);
    }
  if (fresh != NULL)
    {
      guint days = day - fresh->started_on;

      if (days == 0)
        /* TRANSLATORS: the pain journal's shoes question, pre-filled: the shoes' name */
        return g_strdup_printf (_("Your %s are new: first worn today"), fresh->name);
      /* TRANSLATORS: the pain journal's shoes question, pre-filled: the shoes' name, days since */
      return g_strdup_printf (ngettext ("Your %s are new: first worn %u day ago",
                                        "Your %s are new: first worn %u days ago", days),
                              fresh->name, days);
    }
  return NULL;
}
