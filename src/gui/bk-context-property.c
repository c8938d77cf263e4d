/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-context-property"

#include "bk-config.h"

#include "services/bk-context.h"
#include "bk-context-property.h"

/* The "context" property that dialogs, windows and pages take, written
 * once (issue 14: the same get_property/set_property pair stood in
 * bk-assessment-dialog.c, bk-log-care-group.c, bk-window.c and the
 * Training and Pain pages). For a class whose only property it is: the
 * class's instance struct keeps a `BkContext *` at the offset given, which
 * dispose clears as before. Dialogs get it construct-only; the pages,
 * built by the window's template before there is a context, get it later
 * through their own setter. */

enum {
  PROP_0,
  PROP_CONTEXT,
};

static GQuark
offset_quark (void)
{
  return g_quark_from_static_string ("bk-context-property-offset");
}

static GQuark
setter_quark (void)
{
  return g_quark_from_static_string ("bk-context-property-setter");
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
  BkContextSetter setter;

  if (prop_id != PROP_CONTEXT)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  setter = (BkContextSetter) g_type_get_qdata (G_OBJECT_TYPE (object), setter_quark ());
  if (setter != NULL)
    setter (object, g_value_get_object (value));
  else
    *context_field (object) = g_value_dup_object (value);
}

static void
install (GObjectClass *object_class,
         gsize         context_offset,
         GParamFlags   flags)
{
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), offset_quark (), GSIZE_TO_POINTER (context_offset + 1));
  object_class->get_property = context_get_property;
  object_class->set_property = context_set_property;
  g_object_class_install_property (object_class, PROP_CONTEXT,
                                   g_param_spec_object ("context", NULL, NULL, BK_TYPE_CONTEXT,
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | flags));
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

  install (object_class, context_offset, G_PARAM_CONSTRUCT_ONLY);
}

/**
 * bk_context_property_install_settable:
 * @setter: the class's public set_context, which takes the context (once)
 *   and calls bk_context_property_notify()
 *
 * Installs "context" as a property that can be set after construction,
 * through @setter; reading it reads the field at @context_offset.
 */
void
bk_context_property_install_settable (GObjectClass    *object_class,
                                      gsize            context_offset,
                                      BkContextSetter  setter)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (object_class));
  g_return_if_fail (setter != NULL);

  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), setter_quark (), (gpointer) setter);
  install (object_class, context_offset, G_PARAM_EXPLICIT_NOTIFY);
}

/* For a settable "context": tells its watchers it has been set. */
void
bk_context_property_notify (GObject *object)
{
  g_return_if_fail (G_IS_OBJECT (object));

  g_object_notify (object, "context");
}
