#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""--status --json on a log with a ramp-up: the fields a script relies on."""

import datetime
import json
import os
import subprocess
import sys
import tempfile

BINARY = os.path.join(os.environ["BACKSTRETCH_BUILD_DIR"], "src", "backstretch")


def run(data_dir, *args, expect=0):
    proc = subprocess.run([BINARY, "--data-dir", data_dir, *args],
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != expect:
        sys.exit(f"{args}: exit {proc.returncode}, wanted {expect}\n{proc.stdout}{proc.stderr}")
    return proc


def status(data_dir, today="2026-11-10"):
    return json.loads(run(data_dir, "--status", "--json", "--today", today).stdout)


def check(cond, message):
    if not cond:
        sys.exit("FAIL: " + message)


def seed(data_dir):
    day = datetime.date(2026, 8, 3)                 # a Monday
    base = [(1, 5), (3, 6), (6, 10)]                # Tue, Thu, Sun
    plan = [[(1, 5), (3, 6), (6, 10)], [(1, 6), (3, 6), (6, 12)],
            [(1, 6), (3, 7), (6, 13)], [(1, 7), (3, 7), (6, 14)],
            [(1, 7), (3, 8), (6, 14)], [(1, 8), (3, 8), (6, 21)]]
    weeks = [base] * 6 + [[], []] + plan           # two weeks off, then the plan
    for w, runs in enumerate(weeks):
        for weekday, km in runs:
            date = day + datetime.timedelta(days=7 * w + weekday)
            minutes = km * 6
            run(data_dir, "--add-run", f"{date} 07:30", "--distance", f"{km}km",
                "--duration", f"{minutes // 60}:{minutes % 60:02d}:00")


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        empty = status(data_dir)
        check(empty["level"] == "none" and empty["reasons"] == [], "an empty log is steady")
        check(empty["acwr_ewma"] is None and empty["block_start"] is None, "an empty log has no ratio or block")
        check(len(empty["weekly"]) == 16, "16 weeks even without runs")

        seed(data_dir)
        s = status(data_dir)
        for key in ("today", "week_distance_m", "last_week_distance_m", "block_start",
                    "weeks_into_block", "ramp_up_phase", "spike_tier", "progression_tier",
                    "level", "reasons", "acwr_ewma", "acwr_rolling", "monotony", "strain",
                    "next_long_run_max_m", "weekly"):
            check(key in s, f"missing key {key}")
        check(s["today"] == "2026-11-10", "today follows --today")
        # The first run after the two weeks off starts the block.
        check(s["block_start"] == "2026-09-28", f"block_start {s['block_start']}")
        check(s["weeks_into_block"] == 7 and s["ramp_up_phase"] is True, "week 7 is the ramp-up phase")
        check(s["spike_tier"] == "warning", f"spike_tier {s['spike_tier']}")
        # Section 8: the ramp-up phase lifts a caution to a warning at most.
        check(s["level"] == "warning", f"the ramp-up phase leaves a warning a warning, got {s['level']}")
        check("Sunday’s 21 km was 50% longer than your longest run in the last 30 days (14 km)"
              in s["reasons"], f"reasons {s['reasons']}")
        check("load#spikes" in s["reason_sections"], "reasons link to the guide")
        check("anecdotal" in s["block_sentence"], f"the ramp-up wording is honest: {s['block_sentence']}")
        check(s["baseline"] is None, "no baseline was stated")
        check(isinstance(s["acwr_ewma"], float) and s["acwr_ewma"] > 1.0, f"acwr_ewma {s['acwr_ewma']}")
        check(isinstance(s["acwr_rolling"], float), "acwr_rolling is a number")
        check(isinstance(s["monotony"], float) and isinstance(s["strain"], float), "monotony and strain")
        # The hint goes back to what the spike was judged against.
        check(abs(s["next_long_run_max_m"] - 14000) < 1, f"next long run {s['next_long_run_max_m']}")
        check(s["week_distance_m"] == 0 and s["last_week_distance_m"] == 37000, "this and last week")
        weekly = s["weekly"]
        check(len(weekly) == 16 and weekly[-1]["week_start"] == "2026-11-09", "16 weeks ending this week")
        check(weekly[-2]["level"] == "warning" and weekly[-2]["distance_m"] == 37000,
              f"the week of the 21 km is a warning: {weekly[-2]}")
        check(weekly[-2]["week_of_block"] == 6, "that week is week 6 of the block")
        check(all(w["runs"] == 0 for w in weekly if "2026-09-14" <= w["week_start"] <= "2026-09-21"),
              "the two weeks off are empty")

        # A plan start entered by the user wins over detection.
        run(data_dir, "--plan-start", "2026-10-05")
        p = status(data_dir)
        check(p["block_start"] == "2026-10-05" and p["block_from_plan"] is True, "plan start wins")
        check(p["weeks_into_block"] == 6, f"week 6 of the plan, got {p['weeks_into_block']}")
        check(p["block_sentence"].startswith("Week 6 of the plan you started on 5 October"),
              p["block_sentence"])
        run(data_dir, "--clear-plan-start")
        check(status(data_dir)["block_start"] == "2026-09-28", "clearing goes back to detection")

        bad = run(data_dir, "--plan-start", "2026-13-40", expect=2)
        check("plan-start" in bad.stderr, f"bad date names the option: {bad.stderr}")
        run(data_dir, "--plan-start", "2026-10-05", "--clear-plan-start", expect=2)

        text = run(data_dir, "--status", "--today", "2026-11-10").stdout
        check("Ramp-up risk: Warning" in text and "Sunday’s 21 km" in text, text)
        check("Keep your next long run at or under 14 km" in text, text)
        # No run names its surface: no share, no hint.
        check(s["surfaces"]["soft_share_last_week"] is None and s["surfaces"]["hint"] is None,
              f"surfaces without any given: {s['surfaces']}")

    # Issue 16: four Tuesdays on road or treadmill, then grass.
    with tempfile.TemporaryDirectory() as data_dir:
        for date, surface in (("2026-10-20", "road"), ("2026-10-27", "treadmill"),
                              ("2026-11-03", "road"), ("2026-11-10", "road")):
            run(data_dir, "--add-run", f"{date} 07:30", "--distance", "8km", "--duration", "48:00",
                "--surface", surface)
        surfaces = status(data_dir)["surfaces"]
        check(surfaces["soft_share_week"] == 0 and surfaces["firm_streak_weeks"] == 4, f"{surfaces}")
        check(surfaces["hint"].startswith("Your running has been almost all on road or treadmill for 4 weeks"),
              f"the hint: {surfaces['hint']}")
        check(surfaces["hint_section"] == "triggers#surfaces", "the hint links to the guide")
        check(len(surfaces["weekly"]) == 16, "one share per week of the table")
        text = run(data_dir, "--status", "--today", "2026-11-10").stdout
        check("(guide: triggers#surfaces)" in text, text)
        run(data_dir, "--add-run", "2026-11-10 18:00", "--distance", "4km", "--duration", "24:00",
            "--surface", "grass")
        surfaces = status(data_dir)["surfaces"]
        check(abs(surfaces["soft_share_week"] - 0.333) < 1e-9 and surfaces["hint"] is None, f"{surfaces}")
        text = run(data_dir, "--status", "--today", "2026-11-10").stdout
        check("Soft surfaces (grass, trail, track): 33 % this week, 0 % last week\n" in text, text)
    print("ok")


if __name__ == "__main__":
    main()
