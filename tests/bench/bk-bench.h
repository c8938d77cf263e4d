/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdlib.h>

G_BEGIN_DECLS

/* What every benchmark here measures with: a monotonic clock in
 * milliseconds and the median of a set of runs (which sorts them, so the
 * fastest is then values[0]). */

static inline int
bk_bench_compare_doubles (const void *a,
                          const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static inline double
bk_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), bk_bench_compare_doubles);
  return values[n / 2];
}

static inline double
bk_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

G_END_DECLS
