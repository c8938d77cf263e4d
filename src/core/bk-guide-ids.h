/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Places in the guide that other parts of the app link to, for
 * bk_window_show_guide() and the win.show-guide action, and that core's
 * advice and training reasons name: the one list of them. A test resolves
 * every target in this file, so renaming a section in seeds/guide/ without
 * updating it here fails the build. */

/* Training load: what the warnings rest on. */
#define BK_GUIDE_LOAD               "load"
#define BK_GUIDE_LOAD_RAMP_UP       "load#ramp-up"
#define BK_GUIDE_LOAD_SPIKES        "load#spikes"
#define BK_GUIDE_LOAD_WEEKLY        "load#weekly"
#define BK_GUIDE_LOAD_TEN_PERCENT   "load#ten-percent"
#define BK_GUIDE_LOAD_ACWR          "load#acwr"
#define BK_GUIDE_LOAD_MONOTONY      "load#monotony"
#define BK_GUIDE_LOAD_UNITS         "load#units"
#define BK_GUIDE_LOAD_WHAT_TO_DO    "load#what-to-do"
#define BK_GUIDE_LOAD_RETURNS       "load#returns"
#define BK_GUIDE_LOAD_BASELINE      "load#baseline"

/* The four conditions. */
#define BK_GUIDE_CONDITIONS_FACET           "conditions#facet"
#define BK_GUIDE_CONDITIONS_SACROILIAC      "conditions#sacroiliac"
#define BK_GUIDE_CONDITIONS_WEAK_CORE       "conditions#weak-core"
#define BK_GUIDE_CONDITIONS_TRIGGER_POINTS  "conditions#trigger-points"

/* Symptoms and when to see a clinician. */
#define BK_GUIDE_SYMPTOMS_RED_FLAGS  "symptoms#red-flags"
#define BK_GUIDE_SYMPTOMS_NOT_RLBS   "symptoms#not-rlbs"
#define BK_GUIDE_SYMPTOMS_TYPICAL    "symptoms#typical"
#define BK_GUIDE_SYMPTOMS_RATING     "symptoms#rating"
#define BK_GUIDE_SYMPTOMS_SERIOUS_CAUSES  "symptoms#serious-causes"
#define BK_GUIDE_SYMPTOMS_BONE_STRESS     "symptoms#bone-stress"
#define BK_GUIDE_SYMPTOMS_EPISODES        "symptoms#how-advice-works"

/* The eight questions. */
#define BK_GUIDE_TRIGGERS              "triggers"
#define BK_GUIDE_TRIGGERS_SLEEP        "triggers#sleep"
#define BK_GUIDE_TRIGGERS_RAMP_UP      "triggers#ramp-up"
#define BK_GUIDE_TRIGGERS_SHOES        "triggers#shoes"
#define BK_GUIDE_TRIGGERS_SURFACES     "triggers#surfaces"
#define BK_GUIDE_TRIGGERS_CORE         "triggers#core"
#define BK_GUIDE_TRIGGERS_OLD_INJURIES "triggers#old-injuries"
#define BK_GUIDE_TRIGGERS_HILLS        "triggers#hills"
#define BK_GUIDE_TRIGGERS_ASYMMETRY    "triggers#asymmetry"
#define BK_GUIDE_TRIGGERS_PROFESSIONAL "triggers#professional"
#define BK_GUIDE_TRIGGERS_SITTING      "triggers#sitting"

/* Self-help. */
#define BK_GUIDE_TREATMENT_ADJUST        "treatment#adjust"
#define BK_GUIDE_TREATMENT_STRETCHES     "treatment#stretches"
#define BK_GUIDE_TREATMENT_STRENGTH      "treatment#strength"
#define BK_GUIDE_TREATMENT_TRIGGER_POINT_RELEASE "treatment#trigger-point-release"
#define BK_GUIDE_TREATMENT_WHEN_TO_STOP  "treatment#when-to-stop"
#define BK_GUIDE_TREATMENT_STAY_ACTIVE   "treatment#stay-active"
#define BK_GUIDE_TREATMENT_RETURN        "treatment#return-to-running"

/* What runner's lower back syndrome is. */
#define BK_GUIDE_ABOUT                "about"
