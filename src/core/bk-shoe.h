/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "bk-units.h"

G_BEGIN_DECLS

/* The retirement distance a new pair gets: 700 km, or 435 mi for a runner
 * who counts in miles (the two are the same pair of shoes, rounded). */
#define BK_SHOE_DEFAULT_LIMIT_KM 700
#define BK_SHOE_DEFAULT_LIMIT_MI 435
/* The longest a name, brand or model may be. */
#define BK_SHOE_MAX_NAME 100

/* How worn a pair is against its limit: the notice comes at 90% and again
 * at 100%. */
typedef enum {
  BK_SHOE_WEAR_FINE,
  BK_SHOE_WEAR_NEAR_LIMIT,
  BK_SHOE_WEAR_PAST_LIMIT,
} BkShoeWear;

#define BK_TYPE_SHOE (bk_shoe_get_type ())

G_DECLARE_FINAL_TYPE (BkShoe, bk_shoe, BK, SHOE, GObject)

BkShoe     *bk_shoe_new                (const char  *name);
gint64      bk_shoe_get_id             (BkShoe      *self);
void        bk_shoe_set_id             (BkShoe      *self,
                                        gint64       id);
const char *bk_shoe_get_name           (BkShoe      *self);
void        bk_shoe_set_name           (BkShoe      *self,
                                        const char  *name);
const char *bk_shoe_get_brand          (BkShoe      *self);
void        bk_shoe_set_brand          (BkShoe      *self,
                                        const char  *brand);
const char *bk_shoe_get_model          (BkShoe      *self);
void        bk_shoe_set_model          (BkShoe      *self,
                                        const char  *model);
guint32     bk_shoe_get_started_on     (BkShoe      *self);
void        bk_shoe_set_started_on     (BkShoe      *self,
                                        guint32      julian);
double      bk_shoe_get_start_distance (BkShoe      *self);
void        bk_shoe_set_start_distance (BkShoe      *self,
                                        double       metres);
double      bk_shoe_get_limit          (BkShoe      *self);
void        bk_shoe_set_limit          (BkShoe      *self,
                                        double       metres);
gboolean    bk_shoe_get_retired        (BkShoe      *self);
void        bk_shoe_set_retired        (BkShoe      *self,
                                        gboolean     retired);
double      bk_shoe_get_distance       (BkShoe      *self);
void        bk_shoe_set_distance       (BkShoe      *self,
                                        double       metres);
BkShoeWear  bk_shoe_get_wear           (BkShoe      *self);
double      bk_shoe_get_fraction       (BkShoe      *self);
gboolean    bk_shoe_validate           (BkShoe      *self,
                                        GError     **error);
char       *bk_shoe_describe_wear      (BkShoe      *self,
                                        BkUnits      units);

double      bk_shoe_default_limit      (BkUnits      units);
BkShoeWear  bk_shoe_wear_for           (double       distance_m,
                                        double       limit_m);
char       *bk_shoe_journal_hint       (GPtrArray   *shoes,
                                        guint32      day,
                                        BkUnits      units);

G_END_DECLS
