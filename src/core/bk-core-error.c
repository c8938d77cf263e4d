/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "bk-core-error.h"

G_DEFINE_QUARK (bk-core-error-quark, bk_core_error)
