/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-warning-sign"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "bk-warning-sign.h"
#include "bk-core-enums.h"
#include "bk-enum-nick.h"

gboolean
bk_warning_sign_is_emergency (BkWarningSign sign)
{
  return (guint) sign < BK_N_EMERGENCY_SIGNS;
}

const char *
bk_warning_sign_to_string (BkWarningSign sign)
{
  g_return_val_if_fail ((guint) sign < BK_N_WARNING_SIGNS, NULL);
  return bk_enum_to_nick (BK_TYPE_WARNING_SIGN, sign);
}

gboolean
bk_warning_sign_from_string (const char    *id,
                             BkWarningSign *out_sign)
{
  int value;

  g_return_val_if_fail (out_sign != NULL, FALSE);

  if (!bk_enum_from_nick (BK_TYPE_WARNING_SIGN, id, &value))
    return FALSE;
  *out_sign = value;
  return TRUE;
}

const char *
bk_warning_sign_get_label (BkWarningSign sign)
{
  switch (sign)
    {
    case BK_WARNING_SIGN_SADDLE_NUMBNESS:
      return _("Numbness between your legs or around your bottom (where you sit on a saddle)");
    case BK_WARNING_SIGN_BLADDER:
      return _("New difficulty passing urine, a weak stream, or leaking");
    case BK_WARNING_SIGN_BOWEL:
      return _("New loss of bowel control");
    case BK_WARNING_SIGN_PASSING_SENSATION:
      return _("You can’t feel urine or stool passing");
    case BK_WARNING_SIGN_SEXUAL:
      return _("New numbness of the genitals, or new sexual problems");
    case BK_WARNING_SIGN_LEG_WEAKNESS:
      return _("Legs getting weaker, a foot that drops or drags, or trouble walking");
    case BK_WARNING_SIGN_BOTH_LEGS:
      return _("Pain, tingling or numbness in both legs");
    case BK_WARNING_SIGN_NIGHT_PAIN:
      return _("Pain that woke you, or that is constant and not eased by rest or changing position");
    case BK_WARNING_SIGN_UNWELL:
      return _("Fever, chills, or feeling generally unwell");
    case BK_WARNING_SIGN_WEIGHT_LOSS:
      return _("Weight loss you can’t explain");
    case BK_WARNING_SIGN_TRAUMA:
      return _("The pain started after a fall or a blow");
    case BK_N_WARNING_SIGNS:
    default:
      return "";
    }
}
