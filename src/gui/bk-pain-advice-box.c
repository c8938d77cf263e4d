/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-advice-box"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-guide-link.h"
#include "bk-pain-advice-box.h"

/* The one pain advice card (issue 14): "see a clinician" or "urgent", its
 * text, a "Why?" into the guide and, outside dialogs, the button that
 * records a clinician's assessment. Hidden when there is no advice.
 *
 * It is set from an advice episode (bk_pain_advice_box_set_episode: the
 * Back Pain page's current one, the pain editor's draft one) or follows
 * the pain journal by itself (bk_pain_advice_box_set_context: the
 * Training page's status card). */
struct _BkPainAdviceBox
{
  GtkWidget     parent_instance;

  BkContext    *context;
  BkPainAdvice  advice;
  gboolean      compact;

  GtkLabel     *title;
  GtkLabel     *text;
  GtkWidget    *why;
  GtkWidget    *assessed;
};

G_DEFINE_FINAL_TYPE (BkPainAdviceBox, bk_pain_advice_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVICE,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * bk_pain_advice_current:
 *
 * The advice of the open pain episode, for the window's advice gates.
 * When the journal cannot be read the answer is urgent: withholding
 * training advice is the safe side.
 */
BkPainAdvice
bk_pain_advice_current (BkContext *context)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BkAdviceEpisode) episode = NULL;

  g_return_val_if_fail (BK_IS_CONTEXT (context), BK_PAIN_ADVICE_NONE);

  episode = bk_advice_get_current (context, now, &error);
  if (episode == NULL)
    {
      g_debug ("Could not read the pain journal: %s", error->message);
      return BK_PAIN_ADVICE_URGENT;
    }
  return episode->level;
}

/**
 * bk_pain_advice_box_set_episode:
 * @episode: (nullable): the advice to show; %NULL or BK_PAIN_ADVICE_NONE hides the box
 */
void
bk_pain_advice_box_set_episode (BkPainAdviceBox       *self,
                                const BkAdviceEpisode *episode)
{
  BkPainAdvice advice;

  g_return_if_fail (BK_IS_PAIN_ADVICE_BOX (self));

  advice = episode != NULL ? episode->level : BK_PAIN_ADVICE_NONE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "urgent");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "clinician");
  gtk_widget_set_visible (GTK_WIDGET (self), advice != BK_PAIN_ADVICE_NONE);
  if (advice != BK_PAIN_ADVICE_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), advice == BK_PAIN_ADVICE_URGENT ? "urgent" : "clinician");
      gtk_label_set_text (self->title, episode->title);
      gtk_label_set_text (self->text, episode->text);
      bk_guide_link_set_section (self->why, episode->guide_id, episode->title);
    }
  if (advice != self->advice)
    {
      self->advice = advice;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE]);
    }
}

static void
journal_changed_cb (BkPainAdviceBox *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BkAdviceEpisode) episode = bk_advice_get_current (self->context, now, &error);

  if (episode == NULL)
    g_debug ("Could not read the pain journal: %s", error->message);
  bk_pain_advice_box_set_episode (self, episode);
}

static void
bk_pain_advice_box_dispose (GObject *object)
{
  BkPainAdviceBox *self = BK_PAIN_ADVICE_BOX (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_PAIN_ADVICE_BOX);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (bk_pain_advice_box_parent_class)->dispose (object);
}

static void
bk_pain_advice_box_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BkPainAdviceBox *self = BK_PAIN_ADVICE_BOX (object);

  switch (prop_id)
    {
    case PROP_ADVICE:
      g_value_set_int (value, self->advice);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In a dialog: a heading-sized title, and no assessment to record from
 * there (it would open a dialog over the dialog). */
static void
set_compact (BkPainAdviceBox *self,
             gboolean         compact)
{
  if (self->compact == compact)
    return;
  self->compact = compact;
  gtk_widget_remove_css_class (GTK_WIDGET (self->title), compact ? "title-3" : "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->title), compact ? "heading" : "title-3");
  gtk_widget_set_visible (self->assessed, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

static void
bk_pain_advice_box_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BkPainAdviceBox *self = BK_PAIN_ADVICE_BOX (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_pain_advice_box_class_init (BkPainAdviceBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_pain_advice_box_dispose;
  object_class->get_property = bk_pain_advice_box_get_property;
  object_class->set_property = bk_pain_advice_box_set_property;

  /* A BkPainAdvice; an int so that no enum type needs registering. */
  properties[PROP_ADVICE] =
    g_param_spec_int ("advice", NULL, NULL, BK_PAIN_ADVICE_NONE, BK_PAIN_ADVICE_URGENT, BK_PAIN_ADVICE_NONE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-pain-advice-box.ui");
  gtk_widget_class_bind_template_child (widget_class, BkPainAdviceBox, title);
  gtk_widget_class_bind_template_child (widget_class, BkPainAdviceBox, text);
  gtk_widget_class_bind_template_child (widget_class, BkPainAdviceBox, why);
  gtk_widget_class_bind_template_child (widget_class, BkPainAdviceBox, assessed);
  gtk_widget_class_set_css_name (widget_class, "painadvice");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
bk_pain_advice_box_init (BkPainAdviceBox *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bk_pain_advice_box_new (void)
{
  return g_object_new (BK_TYPE_PAIN_ADVICE_BOX, NULL);
}

/* Follows the open pain episode of @context from now on. */
void
bk_pain_advice_box_set_context (BkPainAdviceBox *self,
                                BkContext       *context)
{
  g_autoptr(BkAdviceEpisode) prefetched = NULL;

  g_return_if_fail (BK_IS_PAIN_ADVICE_BOX (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (bk_context_get_pain_store (context), "changed",
                           G_CALLBACK (journal_changed_cb), self, G_CONNECT_SWAPPED);
  /* The first box of a window started from the command line shows the
   * advice computed while the log opened. */
  prefetched = bk_advice_take_prefetched (context);
  if (prefetched != NULL)
    bk_pain_advice_box_set_episode (self, prefetched);
  else
    journal_changed_cb (self);
}

BkPainAdvice
bk_pain_advice_box_get_advice (BkPainAdviceBox *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ADVICE_BOX (self), BK_PAIN_ADVICE_NONE);
  return self->advice;
}

/* The advice's title as shown, or %NULL when the box is hidden. */
const char *
bk_pain_advice_box_get_title (BkPainAdviceBox *self)
{
  g_return_val_if_fail (BK_IS_PAIN_ADVICE_BOX (self), NULL);
  return self->advice != BK_PAIN_ADVICE_NONE ? gtk_label_get_text (self->title) : NULL;
}
