/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-rating-control"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "core/bk-pain-entry.h"
#include "bk-rating-control.h"

/* A 0 to 10 rating as one control: a row of numbered buttons to click, and
 * a single Tab stop that is a slider to keyboards and screen readers
 * (arrows, Home and End, digits; 1 then 0 for ten). The buttons never take
 * focus themselves. "Not rated yet" is -1. */

#define MAX_RATING BK_PAIN_RATING_MAX
/* How long after a 1 a 0 still makes 10, as when typing a number. */
#define TEN_WINDOW_US (G_USEC_PER_SEC * 3 / 2)

struct _BkRatingControl
{
  GtkWidget        parent_instance;

  GtkToggleButton *buttons[MAX_RATING + 1];
  int              value;
  gboolean         syncing;
  gint64           one_typed_at;
};

G_DEFINE_FINAL_TYPE (BkRatingControl, bk_rating_control, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (BkRatingControl *self)
{
  g_autofree char *text = self->value < 0
    ? g_strdup (_("Not rated"))
    : g_strdup_printf (_("%d out of 10: %s"), self->value, bk_pain_rating_get_band_label (self->value));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) MAX_RATING,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) MAX (self->value, 0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

void
bk_rating_control_set_value (BkRatingControl *self,
                             int              value)
{
  g_return_if_fail (BK_IS_RATING_CONTROL (self));
  g_return_if_fail (value >= -1 && value <= MAX_RATING);

  if (value == self->value)
    return;
  self->value = value;
  self->syncing = TRUE;
  for (int i = 0; i <= MAX_RATING; i++)
    gtk_toggle_button_set_active (self->buttons[i], i == value);
  self->syncing = FALSE;
  if (value >= 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "rated");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "rated");
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
bk_rating_control_get_value (BkRatingControl *self)
{
  g_return_val_if_fail (BK_IS_RATING_CONTROL (self), -1);
  return self->value;
}

static void
button_toggled_cb (BkRatingControl *self,
                   GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  for (int i = 0; i <= MAX_RATING; i++)
    if (self->buttons[i] == button)
      {
        /* A click rates, and brings the keyboard along to the control. */
        if (gtk_widget_get_mapped (GTK_WIDGET (self)))
          gtk_widget_grab_focus (GTK_WIDGET (self));
        bk_rating_control_set_value (self, i);
      }
}

static void
step (BkRatingControl *self,
      int              delta)
{
  int from = self->value < 0 ? (delta > 0 ? -1 : 1) : self->value;

  bk_rating_control_set_value (self, CLAMP (from + delta, 0, MAX_RATING));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BkRatingControl       *self)
{
  gint64 now = g_get_monotonic_time ();
  gint64 one_at = self->one_typed_at;
  int digit = -1;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  self->one_typed_at = 0;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      step (self, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      step (self, 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      bk_rating_control_set_value (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      bk_rating_control_set_value (self, MAX_RATING);
      return TRUE;
    default:
      break;
    }
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = (int) (keyval - GDK_KEY_0);
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = (int) (keyval - GDK_KEY_KP_0);
  if (digit < 0)
    return FALSE;
  if (digit == 0 && one_at != 0 && now - one_at < TEN_WINDOW_US)
    digit = 10;
  else if (digit == 1)
    self->one_typed_at = now;
  bk_rating_control_set_value (self, digit);
  return TRUE;
}

static void
bk_rating_control_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bk_rating_control_parent_class)->dispose (object);
}

static void
bk_rating_control_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BkRatingControl *self = BK_RATING_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_rating_control_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BkRatingControl *self = BK_RATING_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      bk_rating_control_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_rating_control_class_init (BkRatingControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_rating_control_dispose;
  object_class->get_property = bk_rating_control_get_property;
  object_class->set_property = bk_rating_control_set_property;

  /**
   * BkRatingControl:value:
   *
   * The rating from 0 to 10, or -1 while none is chosen.
   */
  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, -1, MAX_RATING, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
  gtk_widget_class_set_css_name (widget_class, "bk-rating");
}

static void
bk_rating_control_init (BkRatingControl *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->value = -1;
  gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_add_css_class (GTK_WIDGET (self), "pain-rating");

  for (int i = 0; i <= MAX_RATING; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      g_autofree char *name = g_strdup_printf (_("%d out of 10"), i);
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (button, "numeric");
      gtk_widget_set_focusable (button, FALSE);
      gtk_widget_set_focus_on_click (button, FALSE);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (button_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  update_accessible (self);
}

GtkWidget *
bk_rating_control_new (void)
{
  return g_object_new (BK_TYPE_RATING_CONTROL, NULL);
}
