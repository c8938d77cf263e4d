/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-enum-nick"

#include "bk-config.h"

#include "bk-enum-nick.h"

/**
 * bk_enum_to_nick:
 *
 * Returns: (nullable): the id of @value, or %NULL when it has none (a
 *   count, a skipped "not set" value, or a number outside the enum)
 */
const char *
bk_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  /* The generated types are static: their nicks outlive the class ref. */
  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value (klass, value);
  return found != NULL ? found->value_nick : NULL;
}

/* For the enums whose "not known" value stands in for anything else. */
const char *
bk_enum_to_nick_or (GType enum_type,
                    int   value,
                    int   fallback)
{
  const char *nick = bk_enum_to_nick (enum_type, value);

  return nick != NULL ? nick : bk_enum_to_nick (enum_type, fallback);
}

gboolean
bk_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *out_value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;
  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;
  *out_value = found->value;
  return TRUE;
}

/**
 * bk_flag_to_nick:
 *
 * Returns: (nullable): the id of the single flag @flag, or %NULL when
 *   @flag is none or several
 */
const char *
bk_flag_to_nick (GType flags_type,
                 guint flag)
{
  g_autoptr(GFlagsClass) klass = NULL;
  GFlagsValue *found;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), NULL);

  if (flag == 0 || (flag & (flag - 1)) != 0)
    return NULL;
  klass = g_type_class_ref (flags_type);
  found = g_flags_get_first_value (klass, flag);
  return found != NULL ? found->value_nick : NULL;
}
