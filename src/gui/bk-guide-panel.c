/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-guide-panel"

#include "bk-config.h"

#include <glib/gi18n.h>

#include "bk-guide-panel.h"
#include "bk-guide-renderer.h"
#include "bk-guide-scroller.h"

/* The guide in the side panel: the list of articles, search, and one
 * article at a time, with its own back and forward history. A location is
 * "article#section", "article", or "" for the list of articles. */

#define TARGET_DATA "bk-guide-target"
#define MIN_WIDTH 280
#define MAX_WIDTH 900

struct _BkGuidePanel
{
  GtkWidget       parent_instance;

  BkGuideLibrary *library;
  GPtrArray      *history;        /* char* locations */
  guint           position;       /* index of the current location */
  char           *shown_article;  /* id of the article in the buffer */
  BkGuideScroller *scroller;      /* the section being brought to the top */
  int             drag_start_width;
  double          drag_start_x;

  GtkWidget      *content;
  GtkWidget      *resize_handle;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkListBox     *articles_list;
  GtkListBox     *results_list;
  GtkTextView    *text_view;
  /* The search that led to the article shown, its words highlighted. */
  char           *highlight_query;
};

G_DEFINE_FINAL_TYPE (BkGuidePanel, bk_guide_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_LOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (BkGuidePanel *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.forward",
                                 self->position + 1 < self->history->len);
}

static const char *
current_location (BkGuidePanel *self)
{
  return g_ptr_array_index (self->history, self->position);
}

static gboolean
is_external (const char *href)
{
  return g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://") ||
         g_str_has_prefix (href, "mailto:");
}

/* The reader scrolls: stop steering. */
static gboolean
user_scroll_cb (BkGuidePanel *self)
{
  bk_guide_scroller_stop (self->scroller);
  return FALSE;
}

/* Shows a location without touching the history. */
static gboolean
display (BkGuidePanel *self,
         const char   *location)
{
  BkGuideArticle *article = NULL;
  const BkGuideSection *section = NULL;
  g_autofree char *mark_name = NULL;

  if (*location == '\0')
    {
      gtk_stack_set_visible_child_name (self->stack, "contents");
      return TRUE;
    }

  if (self->library == NULL ||
      !bk_guide_library_resolve (self->library, location, self->shown_article, &article, &section))
    return FALSE;

  if (g_strcmp0 (self->shown_article, bk_guide_article_get_id (article)) != 0)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

      bk_guide_scroller_stop (self->scroller);
      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      bk_guide_renderer_render_into (buffer, article);
      bk_guide_renderer_update_colors (buffer, GTK_WIDGET (self->text_view));
      g_free (self->shown_article);
      self->shown_article = g_strdup (bk_guide_article_get_id (article));
    }

  bk_guide_renderer_highlight (gtk_text_view_get_buffer (self->text_view), self->highlight_query);
  gtk_stack_set_visible_child_name (self->stack, "article");

  mark_name = bk_guide_renderer_mark_name (section->id);
  bk_guide_scroller_scroll_to (self->scroller, mark_name);
  return TRUE;
}

/* Canonical form, so "#x" inside an article is stored as "article#x". */
static char *
canonical_location (BkGuidePanel *self,
                    const char   *target)
{
  BkGuideArticle *article = NULL;
  const BkGuideSection *section = NULL;

  if (target == NULL || *target == '\0')
    return g_strdup ("");
  if (self->library == NULL ||
      !bk_guide_library_resolve (self->library, target, self->shown_article, &article, &section))
    return NULL;
  if (*section->id == '\0')
    return g_strdup (bk_guide_article_get_id (article));
  return g_strdup_printf ("%s#%s", bk_guide_article_get_id (article), section->id);
}

static gboolean
navigate (BkGuidePanel *self,
          const char   *target)
{
  g_autofree char *location = canonical_location (self, target);

  if (location == NULL)
    return FALSE;

  /* Leaving search for a result: the history holds pages, not queries;
   * the page shows where the words were found. */
  g_clear_pointer (&self->highlight_query, g_free);
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    {
      self->highlight_query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }

  if (!g_str_equal (location, current_location (self)))
    {
      g_ptr_array_set_size (self->history, self->position + 1);
      g_ptr_array_add (self->history, g_strdup (location));
      self->position = self->history->len - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
    }

  update_actions (self);
  return display (self, location);
}

static void
go (BkGuidePanel *self,
    int           step)
{
  if ((step < 0 && self->position == 0) ||
      (step > 0 && self->position + 1 >= self->history->len))
    return;

  self->position += step;
  g_clear_pointer (&self->highlight_query, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  display (self, current_location (self));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go (BK_GUIDE_PANEL (widget), -1);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go (BK_GUIDE_PANEL (widget), +1);
}

static void
contents_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  navigate (BK_GUIDE_PANEL (widget), "");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  bk_guide_panel_focus_search (BK_GUIDE_PANEL (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *target = g_variant_get_string (parameter, NULL);

  if (!navigate (BK_GUIDE_PANEL (widget), target))
    g_warning ("No guide section “%s”", target);
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle,
          const char *target,
          const char *query)
{
  g_autofree char *title_markup = g_markup_escape_text (title, -1);
  g_autofree char *subtitle_markup = bk_guide_renderer_markup_matches (subtitle, query);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title_markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_markup);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), TARGET_DATA, g_strdup (target), g_free);
  return row;
}

static GtkWidget *
create_article_row (gpointer item,
                    gpointer user_data)
{
  BkGuideArticle *article = item;

  return make_row (bk_guide_article_get_title (article),
                   bk_guide_article_get_summary (article),
                   bk_guide_article_get_id (article), NULL);
}

static GtkWidget *
create_hit_row (gpointer item,
                gpointer user_data)
{
  BkGuidePanel *self = user_data;
  BkGuideHit *hit = item;
  BkGuideArticle *article = bk_guide_hit_get_article (hit);
  g_autofree char *target = bk_guide_hit_dup_target (hit);
  g_autofree char *title = NULL;

  if (*bk_guide_hit_get_section_id (hit) == '\0')
    title = g_strdup (bk_guide_article_get_title (article));
  else
    /* Translators: a search result: article title › section heading */
    title = g_strdup_printf (_("%s › %s"), bk_guide_article_get_title (article),
                             bk_guide_hit_get_heading (hit));

  return make_row (title, bk_guide_hit_get_snippet (hit), target,
                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
row_activated_cb (BkGuidePanel  *self,
                  GtkListBoxRow *row)
{
  const char *target = g_object_get_data (G_OBJECT (row), TARGET_DATA);

  if (target != NULL)
    navigate (self, target);
}

static void
search_changed_cb (BkGuidePanel   *self,
                   GtkSearchEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GListModel) hits = NULL;

  if (*text == '\0' || self->library == NULL)
    {
      gtk_list_box_bind_model (self->results_list, NULL, NULL, NULL, NULL);
      display (self, current_location (self));
      return;
    }

  hits = bk_guide_library_search (self->library, text);
  gtk_list_box_bind_model (self->results_list, hits, create_hit_row, self, NULL);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (hits) > 0 ? "results" : "no-results");
}

static void
search_activate_cb (BkGuidePanel   *self,
                    GtkSearchEntry *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "results"))
    row_activated_cb (self, first);
}

static void
stop_search_cb (BkGuidePanel   *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->stack));
}

static void
follow_link (BkGuidePanel *self,
             const char   *href)
{
  if (is_external (href))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, href, GDK_CURRENT_TIME);
    }
  else if (!navigate (self, href))
    g_debug ("Guide link to unknown section %s", href);
}

/* Return on a link follows it, for readers who move the caret with the
 * keyboard (F7 turns caret browsing on). */
static void
follow_link_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BkGuidePanel *self = BK_GUIDE_PANEL (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  const char *href;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  href = bk_guide_renderer_get_link (&iter);
  if (href != NULL)
    follow_link (self, href);
}

/* Tab and Shift+Tab go from link to link, as in a browser or Yelp: the
 * link is selected, the caret on it for Return; past the last one, focus
 * moves on out of the text. */
static gboolean
focus_link (BkGuidePanel *self,
            gboolean      forward)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  /* With no link chosen yet, start from what is on screen. */
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      GdkRectangle visible;

      gtk_text_view_get_visible_rect (self->text_view, &visible);
      gtk_text_view_get_iter_at_location (self->text_view, &start, visible.x,
                                          forward ? visible.y : visible.y + visible.height);
      end = start;
    }
  if (!bk_guide_renderer_next_link (buffer, &start, &end, forward))
    return FALSE;
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, FALSE, 0, 0);
  return TRUE;
}

static gboolean
text_view_key_pressed_cb (BkGuidePanel    *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    return focus_link (self, keyval != GDK_KEY_ISO_Left_Tab && (state & GDK_SHIFT_MASK) == 0);
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "guide.follow-link", NULL);
}

static void
link_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  BkGuidePanel    *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  const char *href;
  int bx, by;

  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int)x, (int)y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;

  href = bk_guide_renderer_get_link (&iter);
  if (href != NULL)
    follow_link (self, href);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BkGuidePanel             *self)
{
  GtkTextIter iter;
  gboolean over_link = FALSE;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int)x, (int)y, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    over_link = bk_guide_renderer_get_link (&iter) != NULL;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), over_link ? "pointer" : "text");
}

/* Light/dark and high-contrast switches arrive as a CSS change. */
static void
bk_guide_panel_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  BkGuidePanel *self = BK_GUIDE_PANEL (widget);

  GTK_WIDGET_CLASS (bk_guide_panel_parent_class)->css_changed (widget, change);

  if (self->text_view != NULL)
    bk_guide_renderer_update_colors (gtk_text_view_get_buffer (self->text_view), widget);
}

/* Pointer position in the window, which stays put while the handle moves
 * with the panel's edge. */
static gboolean
pointer_x (GtkGesture *gesture,
           double     *x)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (gesture));
  double y;

  return event != NULL && gdk_event_get_position (event, x, &y);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               BkGuidePanel   *self)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self));
  if (!pointer_x (GTK_GESTURE (gesture), &self->drag_start_x))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                BkGuidePanel   *self)
{
  double x;
  int width;

  if (!pointer_x (GTK_GESTURE (gesture), &x))
    return;

  /* The panel sits at the window's end: dragging left widens it. */
  width = CLAMP (self->drag_start_width + (int)(self->drag_start_x - x), MIN_WIDTH, MAX_WIDTH);
  gtk_widget_set_size_request (GTK_WIDGET (self), width, -1);
}

static void
bk_guide_panel_dispose (GObject *object)
{
  BkGuidePanel *self = (BkGuidePanel *)object;

  g_clear_pointer (&self->scroller, bk_guide_scroller_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BK_TYPE_GUIDE_PANEL);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (bk_guide_panel_parent_class)->dispose (object);
}

static void
bk_guide_panel_finalize (GObject *object)
{
  BkGuidePanel *self = (BkGuidePanel *)object;

  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->shown_article, g_free);
  g_clear_pointer (&self->highlight_query, g_free);

  G_OBJECT_CLASS (bk_guide_panel_parent_class)->finalize (object);
}

static void
bk_guide_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BkGuidePanel *self = BK_GUIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, current_location (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_guide_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BkGuidePanel *self = BK_GUIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      bk_guide_panel_set_library (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bk_guide_panel_class_init (BkGuidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bk_guide_panel_dispose;
  object_class->finalize = bk_guide_panel_finalize;
  object_class->get_property = bk_guide_panel_get_property;
  object_class->set_property = bk_guide_panel_set_property;
  widget_class->css_changed = bk_guide_panel_css_changed;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, BK_TYPE_GUIDE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bk-guide-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, content);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, resize_handle);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, articles_list);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, results_list);
  gtk_widget_class_bind_template_child (widget_class, BkGuidePanel, text_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "guide.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "guide.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "guide.contents", NULL, contents_action);
  gtk_widget_class_install_action (widget_class, "guide.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "guide.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "guide.follow-link", NULL, follow_link_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "guide.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "guide.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "guide.forward", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "guidepanel");
}

static void
bk_guide_panel_init (BkGuidePanel *self)
{
  GtkGesture *click;
  GtkEventController *motion;
  GtkGesture *drag;
  GtkEventController *scroll;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scroller = bk_guide_scroller_new (self->text_view);
  self->history = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->history, g_strdup (""));
  update_actions (self);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (link_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll-begin", G_CALLBACK (user_scroll_cb), self);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (user_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), scroll);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (text_view_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (self->resize_handle, GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (self->resize_handle, "col-resize");
}

BkGuidePanel *
bk_guide_panel_new (BkGuideLibrary *library)
{
  g_return_val_if_fail (library == NULL || BK_IS_GUIDE_LIBRARY (library), NULL);

  return g_object_new (BK_TYPE_GUIDE_PANEL, "library", library, NULL);
}

BkGuideLibrary *
bk_guide_panel_get_library (BkGuidePanel *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_PANEL (self), NULL);
  return self->library;
}

void
bk_guide_panel_set_library (BkGuidePanel   *self,
                            BkGuideLibrary *library)
{
  g_return_if_fail (BK_IS_GUIDE_PANEL (self));
  g_return_if_fail (library == NULL || BK_IS_GUIDE_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  g_clear_pointer (&self->shown_article, g_free);
  gtk_list_box_bind_model (self->articles_list,
                           library != NULL ? bk_guide_library_get_articles (library) : NULL,
                           create_article_row, NULL, NULL);
  g_ptr_array_set_size (self->history, 0);
  g_ptr_array_add (self->history, g_strdup (""));
  self->position = 0;
  update_actions (self);
  display (self, "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

/**
 * bk_guide_panel_show:
 * @target: "article#section", "article", or "" for the list of articles
 *
 * Opens @target as a new step in the panel's history.
 *
 * Returns: %FALSE if there is no such article or section.
 */
gboolean
bk_guide_panel_show (BkGuidePanel *self,
                     const char   *target)
{
  g_return_val_if_fail (BK_IS_GUIDE_PANEL (self), FALSE);

  return navigate (self, target);
}

const char *
bk_guide_panel_get_location (BkGuidePanel *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_PANEL (self), NULL);
  return current_location (self);
}

GtkTextView *
bk_guide_panel_get_text_view (BkGuidePanel *self)
{
  g_return_val_if_fail (BK_IS_GUIDE_PANEL (self), NULL);
  return self->text_view;
}

void
bk_guide_panel_focus_search (BkGuidePanel *self)
{
  g_return_if_fail (BK_IS_GUIDE_PANEL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
