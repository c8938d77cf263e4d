/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-pain-advice-box"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "services/bk-advice.h"
#include "bk-pain-advice-box.h"
#include "bk-guide-link.h"

/* The advice of the open pain episode, for pages other than Back Pain
 * (the Training page puts it above its status): shown only when it is
 * "see a clinician" or "urgent", in the same words and style as the
 * Back Pain page's box, with the same "Why?" link into the guide. It
 * follows the pain journal as entries are added, edited or deleted. */
struct _BkPainAdviceBox
{
  GtkWidget     parent_instance;

  BkContext    *context;
  BkPainAdvice  advice;

  GtkWidget    *box;
  GtkLabel     *title;
  GtkLabel     *text;
  GtkWidget    *why;
};

G_DEFINE_FINAL_TYPE (BkPainAdviceBox, bk_pain_advice_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ADVICE,
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

static void
update (BkPainAdviceBox *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BkAdviceEpisode) episode = bk_advice_get_current (self->context, now, &error);
  BkPainAdvice advice = episode != NULL ? episode->level : BK_PAIN_ADVICE_NONE;

  if (episode == NULL)
    g_debug ("Could not read the pain journal: %s", error->message);

  gtk_widget_remove_css_class (self->box, "urgent");
  gtk_widget_remove_css_class (self->box, "clinician");
  gtk_widget_set_visible (GTK_WIDGET (self), advice != BK_PAIN_ADVICE_NONE);
  if (advice != BK_PAIN_ADVICE_NONE)
    {
      gtk_widget_add_css_class (self->box, advice == BK_PAIN_ADVICE_URGENT ? "urgent" : "clinician");
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
bk_pain_advice_box_dispose (GObject *object)
{
  BkPainAdviceBox *self = BK_PAIN_ADVICE_BOX (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
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

  /* A BkPainAdvice; an int so that no enum type needs registering. */
  properties[PROP_ADVICE] =
    g_param_spec_int ("advice", NULL, NULL, BK_PAIN_ADVICE_NONE, BK_PAIN_ADVICE_URGENT, BK_PAIN_ADVICE_NONE,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "painadvice");
}

static void
bk_pain_advice_box_init (BkPainAdviceBox *self)
{
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *why = gtk_button_new_with_label (_("Why?"));
  GtkWidget *assessed = gtk_button_new_with_mnemonic (_("A Clinician Has _Assessed Me…"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  g_object_set (self->box, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT, NULL);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "pain-advice");

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-3");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_halign (why, GTK_ALIGN_START);
  gtk_widget_add_css_class (why, "link");

  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box), text);
  gtk_box_append (GTK_BOX (self->box), why);
  /* The record that ends the advice, from where the advice is read. */
  gtk_widget_set_halign (assessed, GTK_ALIGN_START);
  /* In a narrow window the label wraps rather than widen the page. */
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (assessed))), TRUE);
  gtk_widget_add_css_class (assessed, "pill");
  gtk_widget_set_tooltip_text (assessed, _("Record the day a doctor or physiotherapist examined your back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (assessed), "win.record-assessment");
  gtk_box_append (GTK_BOX (self->box), assessed);
  self->title = GTK_LABEL (title);
  self->text = GTK_LABEL (text);
  self->why = why;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bk_pain_advice_box_new (void)
{
  return g_object_new (BK_TYPE_PAIN_ADVICE_BOX, NULL);
}

void
bk_pain_advice_box_set_context (BkPainAdviceBox *self,
                                BkContext       *context)
{
  g_return_if_fail (BK_IS_PAIN_ADVICE_BOX (self));
  g_return_if_fail (BK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (bk_context_get_pain_store (context), "changed",
                           G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
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
