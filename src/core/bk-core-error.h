/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BK_CORE_ERROR (bk_core_error_quark ())

typedef enum {
  BK_CORE_ERROR_EMPTY,
  BK_CORE_ERROR_INVALID,
  BK_CORE_ERROR_OUT_OF_RANGE,
} BkCoreError;

GQuark bk_core_error_quark (void);

G_END_DECLS
