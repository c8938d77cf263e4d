/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bk-command"

#include "bk-config.h"

#include <glib/gi18n-lib.h>

#include "core/bk-date.h"
#include "bk-advice.h"
#include "bk-command-private.h"
#include "bk-status.h"

/* --add-pain DATE --rating N [--context C] [--minutes-in N] [--where IDS]
 * [--spreads S] [--signs IDS] [--red-flags none|IDS] [--notes TEXT] and
 * --seen-clinician DATE [--outcome O] [--notes TEXT]. Every value is
 * checked before the journal is opened, so a mistake writes nothing. */

static const struct {
  const char *id;
  guint       character;
} spreads[] = {
  { "none", BK_PAIN_CHARACTER_NO_SPREAD },
  { "buttock", BK_PAIN_CHARACTER_SPREADS_BUTTOCK },
  { "thigh", BK_PAIN_CHARACTER_SPREADS_THIGH },
  { "below-knee", BK_PAIN_CHARACTER_SPREADS_BELOW_KNEE },
}, leg_signs[] = {
  { "tingling", BK_PAIN_CHARACTER_TINGLING },
  { "numbness", BK_PAIN_CHARACTER_NUMBNESS },
  { "leg-weakness", BK_PAIN_CHARACTER_LEG_WEAKNESS },
};

static gboolean
bad_value (GError     **error,
           const char  *option,
           const char  *message)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--%s: %s", option, message);
  return FALSE;
}

/* "2026-11-20", "2026-11-20 07:30" or "2026-11-20T07:30"; without a time,
 * now on today and noon on another day. */
static GDateTime *
parse_when (const char  *text,
            GDateTime   *now,
            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " T", 2);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  guint32 julian;
  int hour = 12, minute = 0;
  GDate date;

  if (!bk_date_parse (parts[0], now, &julian, &local_error))
    {
      bad_value (error, "add-pain", local_error->message);
      return NULL;
    }
  if (parts[0] != NULL && parts[1] != NULL)
    {
      if (!bk_time_parse (parts[1], &hour, &minute, &local_error))
        {
          bad_value (error, "add-pain", local_error->message);
          return NULL;
        }
    }
  else if (julian == bk_date_julian_of (now))
    {
      hour = g_date_time_get_hour (now);
      minute = g_date_time_get_minute (now);
    }

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), hour, minute, 0);
}

static char *
join_ids (const char * const *ids,
          gsize               n_ids)
{
  GString *text = g_string_new (NULL);

  for (gsize i = 0; i < n_ids; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, ids[i]);
    }
  return g_string_free (text, FALSE);
}

static gboolean
parse_where (const char  *text,
             guint       *out_locations,
             GError     **error)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);
  guint locations = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint bit = 0;

      for (guint j = 0; j < BK_N_PAIN_LOCATIONS && bit == 0; j++)
        if (g_str_equal (g_strstrip (ids[i]), bk_pain_location_to_string (1u << j)))
          bit = 1u << j;
      if (bit == 0)
        {
          const char *names[BK_N_PAIN_LOCATIONS];
          g_autofree char *accepted = NULL;
          g_autofree char *message = NULL;

          for (guint j = 0; j < BK_N_PAIN_LOCATIONS; j++)
            names[j] = bk_pain_location_to_string (1u << j);
          accepted = join_ids (names, BK_N_PAIN_LOCATIONS);
          message = g_strdup_printf (_("“%s” is not a place on the back: use one or more of %s, "
                                       "separated by commas"), ids[i], accepted);
          return bad_value (error, "where", message);
        }
      locations |= bit;
    }
  *out_locations = locations;
  return TRUE;
}

static gboolean
parse_spreads (const char  *text,
               guint       *out_character,
               GError     **error)
{
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (spreads); i++)
    if (g_str_equal (text, spreads[i].id))
      {
        *out_character |= spreads[i].character;
        return TRUE;
      }
  message = g_strdup_printf (_("“%s” is not how far the pain spreads: use none, buttock, thigh or "
                               "below-knee"), text);
  return bad_value (error, "spreads", message);
}

static gboolean
parse_signs (const char  *text,
             guint       *out_character,
             GError     **error)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint bit = 0;

      for (guint j = 0; j < G_N_ELEMENTS (leg_signs) && bit == 0; j++)
        if (g_str_equal (g_strstrip (ids[i]), leg_signs[j].id))
          bit = leg_signs[j].character;
      if (bit == 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a leg sign: use one or more of tingling, numbness, "
                               "leg-weakness, separated by commas"), ids[i]);

          return bad_value (error, "signs", message);
        }
      *out_character |= bit;
    }
  return TRUE;
}

/* "none" answers every warning sign no; a list answers those yes and the
 * rest no, since the runner was asked about all of them. */
static gboolean
parse_red_flags (const char   *text,
                 BkPainEntry  *entry,
                 GError      **error)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  bk_pain_entry_answer_no_warning_signs (entry);
  if (g_str_equal (text, "none"))
    return TRUE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BkWarningSign sign;

      if (!bk_warning_sign_from_string (g_strstrip (ids[i]), &sign))
        {
          const char *names[BK_N_WARNING_SIGNS];
          g_autofree char *accepted = NULL;
          g_autofree char *message = NULL;

          for (guint j = 0; j < BK_N_WARNING_SIGNS; j++)
            names[j] = bk_warning_sign_to_string (j);
          accepted = join_ids (names, BK_N_WARNING_SIGNS);
          message =
            g_str_equal (ids[i], "none")
              ? g_strdup (_("“none” cannot be combined with warning signs"))
              : g_strdup_printf (_("“%s” is not a warning sign: use none, or one or more of %s, "
                                   "separated by commas"), ids[i], accepted);

          return bad_value (error, "red-flags", message);
        }
      bk_pain_entry_set_warning_sign (entry, sign, BK_ANSWER_YES);
    }
  return TRUE;
}

/* --notes: text kept as given, if it is text. */
static gboolean
parse_notes (GVariantDict  *options,
             const char   **out_notes,
             GError       **error)
{
  *out_notes = NULL;
  if (!bk_command_lookup_string (options, "notes", out_notes))
    return TRUE;
  if (!g_utf8_validate (*out_notes, -1, NULL))
    return bad_value (error, "notes", _("the text is not valid UTF-8"));
  return TRUE;
}

static const char *
option_of_field (BkPainField field)
{
  switch (field)
    {
    case BK_PAIN_FIELD_MINUTES: return "minutes-in";
    case BK_PAIN_FIELD_RATING: return "rating";
    case BK_PAIN_FIELD_LOCATIONS: return "where";
    case BK_PAIN_FIELD_CHARACTER: return "spreads";
    case BK_PAIN_FIELD_EMERGENCY: return "red-flags";
    case BK_PAIN_FIELD_NOTES: return "notes";
    case BK_PAIN_FIELD_WHEN:
    case BK_PAIN_FIELD_TRIGGERS:
    case BK_PAIN_FIELD_NONE:
    default: return "add-pain";
    }
}

/**
 * bk_command_parse_add_pain:
 * @date_text: the value of --add-pain
 *
 * Returns: (transfer full) (nullable): a valid entry, or %NULL with @error
 *   naming the option that is wrong and what it accepts
 */
BkPainEntry *
bk_command_parse_add_pain (GVariantDict  *options,
                           const char    *date_text,
                           GDateTime     *now,
                           GError       **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(BkPainEntry) entry = NULL;
  g_autoptr(GError) local_error = NULL;
  BkPainContext context = BK_PAIN_CONTEXT_AT_REST;
  BkPainField field = BK_PAIN_FIELD_NONE;
  const char *text = NULL;
  guint character = 0;
  guint64 number;

  when = parse_when (date_text, now, error);
  if (when == NULL)
    return NULL;

  if (!bk_command_lookup_string (options, "rating", &text))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--add-pain needs --rating, from 0 (no pain) to 10 (worst imaginable)"));
      return NULL;
    }
  if (!g_ascii_string_to_unsigned (text, 10, BK_PAIN_RATING_MIN, BK_PAIN_RATING_MAX, &number, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a rating: use a whole number from 0 "
                                                    "(no pain) to 10 (worst imaginable)"), text);
      bad_value (error, "rating", message);
      return NULL;
    }

  if (bk_command_lookup_string (options, "context", &text) && !bk_pain_context_from_string (text, &context))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not when the pain came: use during-run, "
                                                    "after-run, next-morning or at-rest"), text);
      bad_value (error, "context", message);
      return NULL;
    }
  entry = bk_pain_entry_new (when, context, (int) number);

  if (bk_command_lookup_string (options, "minutes-in", &text))
    {
      if (!g_ascii_string_to_unsigned (text, 10, BK_PAIN_MINUTES_MIN, BK_PAIN_MINUTES_MAX, &number, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a number of minutes: use a whole "
                                                        "number from 1 to 600"), text);
          bad_value (error, "minutes-in", message);
          return NULL;
        }
      bk_pain_entry_set_minutes_in (entry, (int) number);
    }

  if (bk_command_lookup_string (options, "where", &text))
    {
      guint locations;

      if (!parse_where (text, &locations, error))
        return NULL;
      bk_pain_entry_set_locations (entry, locations);
    }
  if (bk_command_lookup_string (options, "spreads", &text) && !parse_spreads (text, &character, error))
    return NULL;
  if (bk_command_lookup_string (options, "signs", &text) && !parse_signs (text, &character, error))
    return NULL;
  bk_pain_entry_set_character (entry, character);
  if (bk_command_lookup_string (options, "red-flags", &text) && !parse_red_flags (text, entry, error))
    return NULL;

  if (!parse_notes (options, &text, error))
    return NULL;
  bk_pain_entry_set_notes (entry, text);

  if (!bk_pain_entry_validate (entry, now, &field, &local_error))
    {
      bad_value (error, option_of_field (field), local_error->message);
      return NULL;
    }
  return g_steal_pointer (&entry);
}

/**
 * bk_command_parse_seen_clinician:
 * @date_text: the value of --seen-clinician
 *
 * Returns: (transfer full) (nullable): a valid assessment, or %NULL with
 *   @error naming the option that is wrong
 */
BkClinicianAssessment *
bk_command_parse_seen_clinician (GVariantDict  *options,
                                 const char    *date_text,
                                 GDateTime     *now,
                                 GError       **error)
{
  g_autoptr(BkClinicianAssessment) assessment = NULL;
  g_autoptr(GError) local_error = NULL;
  BkClinicianOutcome outcome = BK_CLINICIAN_OUTCOME_NONE;
  const char *text = NULL;
  guint32 julian;

  if (!bk_date_parse (date_text, now, &julian, &local_error))
    {
      bad_value (error, "seen-clinician", local_error->message);
      return NULL;
    }
  if (bk_command_lookup_string (options, "outcome", &text) &&
      (g_str_equal (text, "none") || !bk_clinician_outcome_from_string (text, &outcome)))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an outcome: use cleared or not-cleared"),
                                                  text);
      bad_value (error, "outcome", message);
      return NULL;
    }
  assessment = bk_clinician_assessment_new (julian, outcome);

  if (!parse_notes (options, &text, error))
    return NULL;
  bk_clinician_assessment_set_notes (assessment, text);

  if (!bk_clinician_assessment_validate (assessment, bk_date_julian_of (now), &local_error))
    {
      bad_value (error, "seen-clinician", local_error->message);
      return NULL;
    }
  return g_steal_pointer (&assessment);
}

/* What the advice is now, so a runner who just recorded a warning sign
 * reads what to do at once. */
static void
append_advice_now (BkContext *context,
                   GDateTime *now,
                   GString   *out,
                   GString   *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BkAdviceEpisode) episode = bk_advice_get_current (context, now, &error);

  if (episode == NULL)
    {
      g_string_append_printf (err, _("Could not read the pain journal: %s\n"), error->message);
      return;
    }
  if (episode->level == BK_PAIN_ADVICE_NONE)
    return;
  g_string_append_c (out, '\n');
  bk_status_append_advice (episode, out);
}

int
bk_command_run_add_pain (BkPainEntry *entry,
                         BkContext   *context,
                         GDateTime   *now,
                         GString     *out,
                         GString     *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  int rating;

  g_return_val_if_fail (BK_IS_PAIN_ENTRY (entry), BK_EXIT_FAILURE);

  if (!bk_pain_store_add (bk_context_get_pain_store (context), entry, &error))
    {
      g_string_append_printf (err, _("Could not save the pain entry: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  when = g_date_time_format (bk_pain_entry_get_when (entry), _("%a %-d %b %Y, %H:%M"));
  rating = bk_pain_entry_get_rating (entry);
  g_string_append_printf (out, _("Recorded pain on %s: %d/10 (%s), %s\n"), when, rating,
                          bk_pain_rating_get_band_label (rating),
                          bk_pain_context_get_label (bk_pain_entry_get_context (entry)));
  if (!bk_pain_entry_get_warning_signs_answered (entry))
    g_string_append (out, _("The warning signs were not asked (add --red-flags none or the signs "
                            "that apply to answer them).\n"));
  append_advice_now (context, now, out, err);
  return BK_EXIT_OK;
}

int
bk_command_run_seen_clinician (BkClinicianAssessment *assessment,
                               BkContext             *context,
                               GDateTime             *now,
                               GString               *out,
                               GString               *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (BK_IS_CLINICIAN_ASSESSMENT (assessment), BK_EXIT_FAILURE);

  if (!bk_pain_store_add_assessment (bk_context_get_pain_store (context), assessment, &error))
    {
      g_string_append_printf (err, _("Could not save the assessment: %s\n"), error->message);
      return BK_EXIT_FAILURE;
    }
  date = bk_date_format_long (bk_clinician_assessment_get_assessed_on (assessment));
  g_string_append_printf (out, _("Recorded that a clinician assessed you on %s (%s)\n"), date,
                          bk_clinician_outcome_get_label (bk_clinician_assessment_get_outcome (assessment)));
  append_advice_now (context, now, out, err);
  return BK_EXIT_OK;
}
