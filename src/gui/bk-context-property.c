/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-context-property"

#include "bk-config.h"

#include "services/bk-context.h"
#include "bk-context-property.h"

/* The construct-only "context" property that dialogs and windows take,
 * written once (issue 14: the same get_property/set_property pair stood in
 * bk-assessment-dialog.c, bk-log-care-group.c and bk-window.c). For a
 * class whose only property it is: the class's instance struct keeps a
 * `BkContext *` at the offset given, which dispose clears as before. */

enum {
  PROP_0,
  PROP_CONTEXT,
};

static GQuark
offset_quark (void)
{
  return g_quark_from_static_string ("bk-context-property-offset");
}

static BkContext **
context_field (GObject *object)
{
  gsize offset = GPOINTER_TO_SIZE (g_type_get_qdata (G_OBJECT_TYPE (object), offset_quark ()));

  g_assert (offset > 0);
  return G_STRUCT_MEMBER_P (object, offset - 1);
}

static void
context_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  if (prop_id == PROP_CONTEXT)
    g_value_set_object (value, *context_field (object));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
context_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  if (prop_id == PROP_CONTEXT)
    *context_field (object) = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/**
 * bk_context_property_install:
 * @object_class: the class, in its class_init
 * @context_offset: G_STRUCT_OFFSET of its `BkContext *context` field
 *
 * Installs "context" (a BkContext, construct-only) as the class's one
 * property, with the get_property and set_property that go with it.
 */
void
bk_context_property_install (GObjectClass *object_class,
                             gsize         context_offset)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (object_class));

  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), offset_quark (), GSIZE_TO_POINTER (context_offset + 1));
  object_class->get_property = context_get_property;
  object_class->set_property = context_set_property;
  g_object_class_install_property (object_class, PROP_CONTEXT,
                                   g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                                                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS));
}
