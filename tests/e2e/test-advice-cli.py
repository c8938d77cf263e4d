#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""--add-pain, --seen-clinician and --status --json under each advice level
(issue 9), read with a JSON parser, and bad values that must write nothing."""

import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

BINARY = os.path.join(os.environ["BACKSTRETCH_BUILD_DIR"], "src", "backstretch")
TODAY = "2026-11-10"
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$")


def run(data_dir, *args, expect=0):
    proc = subprocess.run([BINARY, "--data-dir", data_dir, *args],
                          capture_output=True, text=True, timeout=60)
    if proc.returncode != expect:
        sys.exit(f"{args}: exit {proc.returncode}, wanted {expect}\n{proc.stdout}{proc.stderr}")
    return proc


def status(data_dir):
    doc = json.loads(run(data_dir, "--status", "--json", "--today", TODAY).stdout)
    check_timestamps(doc)
    return doc


def check(cond, message):
    if not cond:
        sys.exit("FAIL: " + message)


def check_timestamps(node, path="$"):
    """Every date-time string is RFC 3339, with its offset as +HH:MM."""
    if isinstance(node, dict):
        for key, value in node.items():
            check_timestamps(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            check_timestamps(value, f"{path}[{i}]")
    elif isinstance(node, str) and re.match(r"^\d{4}-\d\d-\d\dT", node):
        check(TIMESTAMP.match(node), f"{path} is not RFC 3339: {node}")


def files_digest(data_dir):
    digest = hashlib.sha256()
    for name in sorted(os.listdir(data_dir)):
        with open(os.path.join(data_dir, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read())
    return digest.hexdigest()


def seed(data_dir):
    """Six base weeks, two off, then a plan whose week 6 has a 21 km spike
    (50% over the 14 km before it: a warning, and a hint back to 14 km)."""
    day = datetime.date(2026, 8, 3)
    base = [(1, 5), (3, 6), (6, 10)]
    plan = [[(1, 5), (3, 6), (6, 10)], [(1, 6), (3, 6), (6, 12)],
            [(1, 6), (3, 7), (6, 13)], [(1, 7), (3, 7), (6, 14)],
            [(1, 7), (3, 8), (6, 14)], [(1, 8), (3, 8), (6, 21)]]
    for w, runs in enumerate([base] * 6 + [[], []] + plan):
        for weekday, km in runs:
            date = day + datetime.timedelta(days=7 * w + weekday)
            minutes = km * 6
            run(data_dir, "--add-run", f"{date} 07:30", "--distance", f"{km}km",
                "--duration", f"{minutes // 60}:{minutes % 60:02d}:00")


def check_advice_object(advice, level):
    check(set(advice) >= {"level", "since", "reasons", "title", "text"}, f"advice keys {advice}")
    check(advice["level"] == level, f"advice level {advice['level']}, wanted {level}")
    if level == "none":
        check(advice["since"] is None and advice["reasons"] == [], f"no advice: {advice}")
    else:
        check(re.match(r"^\d{4}-\d\d-\d\d$", advice["since"]), f"since {advice['since']}")
        check(advice["reasons"] and all(set(r) >= {"id", "text"} and r["text"] for r in advice["reasons"]),
              f"reasons {advice['reasons']}")
        check(advice["title"] and advice["text"], "title and text")


def main():
    with tempfile.TemporaryDirectory() as data_dir:
        seed(data_dir)

        none = status(data_dir)
        check_advice_object(none["advice"], "none")
        check(none["training_advice_withheld"] is False, "nothing withheld without advice")
        check(none["level"] == "warning" and none["reasons"], "the ramp-up is judged")
        check(abs(none["next_long_run_max_m"] - 14000) < 1, f"next long run {none['next_long_run_max_m']}")
        check(none["next_week_max_m"] is None or isinstance(none["next_week_max_m"], float), "next week")
        check(none["pain"]["screen_due"] is True, "first use asks the health screen")

        # A bad --red-flags id: exit 2, one line naming the option and the
        # accepted ids, and the database untouched.
        before = files_digest(data_dir)
        bad = run(data_dir, "--add-pain", "2026-11-09", "--rating", "3", "--red-flags", "saddle,bowel",
                  expect=2)
        check(bad.stderr.count("\n") == 1 and "--red-flags" in bad.stderr and "saddle-numbness" in bad.stderr
              and "passing-sensation" in bad.stderr, f"message: {bad.stderr}")
        run(data_dir, "--add-pain", "2026-11-09", "--rating", "12", expect=2)
        run(data_dir, "--add-pain", "2026-11-09", "--rating", "3", "--where", "neck", expect=2)
        run(data_dir, "--seen-clinician", "2026-11-09", "--outcome", "fine", expect=2)
        check(files_digest(data_dir) == before, "a bad value changed the database")

        # Tingling in a leg: see a clinician. Numbers stay, limits go.
        run(data_dir, "--add-pain", "2026-11-08 19:00", "--rating", "4", "--context", "after-run",
            "--where", "left-sacroiliac-joint", "--signs", "tingling", "--red-flags", "none")
        see = status(data_dir)
        check_advice_object(see["advice"], "see_clinician")
        check(see["advice"]["reasons"][0]["id"] == "nerve-signs", f"reasons {see['advice']['reasons']}")
        check(see["training_advice_withheld"] is False, "see-a-clinician keeps the numbers")
        check(see["level"] == "warning", f"level {see['level']}")
        check(see["next_long_run_max_m"] is None and see["next_week_max_m"] is None, "no next-run limits")
        check(see["hints"] == [], f"hints {see['hints']}")
        check(all(r.startswith("Once you have been checked: ") for r in see["reasons"]), see["reasons"])
        check(see["today_routine"] is not None or see["next_reminder_at"] is not None, "stretching stays")

        # A 3/10 entry with saddle numbness: urgent, whatever the rating.
        added = run(data_dir, "--add-pain", "2026-11-09 07:40", "--rating", "3",
                    "--red-flags", "saddle-numbness").stdout
        check("URGENT: Get urgent medical help now" in added, added)
        urgent = status(data_dir)
        check_advice_object(urgent["advice"], "urgent")
        check(urgent["advice"]["since"] == "2026-11-09", urgent["advice"]["since"])
        check(urgent["advice"]["reasons"][0]["id"] == "saddle-numbness", urgent["advice"]["reasons"])
        check(urgent["training_advice_withheld"] is True, "urgent withholds training advice")
        for key in ("level", "next_long_run_max_m", "next_week_max_m", "today_routine", "next_reminder_at"):
            check(urgent[key] is None, f"{key} is {urgent[key]!r} under urgent advice")
        check(urgent["reasons"] == [] and urgent["hints"] == [], "no reasons or hints")
        check(urgent["reminders_paused"] is True, "reminders paused")
        check(urgent["week_distance_m"] == 0 and urgent["last_week_distance_m"] == 37000, "numbers stay")
        check(all(w["level"] is None for w in urgent["weekly"]), "no risk colours")

        text = run(data_dir, "--status", "--today", TODAY).stdout
        check(text.startswith("URGENT: Get urgent medical help now\n"), text[:200])
        check("Ramp-up risk" not in text and "Keep your next long run" not in text, text)
        check("Stretching" not in text and "Trend:" not in text, text)

        # A mild entry the next morning, questions unasked: still urgent.
        run(data_dir, "--add-pain", "2026-11-10 08:00", "--rating", "2", "--context", "next-morning")
        check(status(data_dir)["advice"]["level"] == "urgent", "a mild entry must not clear urgent advice")

        # Assessed, not yet cleared: hints stay off, the numbers come back.
        run(data_dir, "--seen-clinician", "2026-11-10", "--outcome", "not-cleared", "--notes", "physio Tuesday")
        held = status(data_dir)
        check_advice_object(held["advice"], "see_clinician")
        check(held["advice"]["reasons"][0]["id"] == "not-cleared", held["advice"]["reasons"])
        check(held["level"] == "warning" and held["next_long_run_max_m"] is None, "numbers without limits")
        check(held["pain"]["last_assessment"]["outcome"] == "not-cleared", held["pain"]["last_assessment"])

        # Cleared: everything back.
        seen = run(data_dir, "--seen-clinician", "2026-11-10", "--outcome", "cleared").stdout
        check("Recorded that a clinician assessed you" in seen, seen)
        cleared = status(data_dir)
        check_advice_object(cleared["advice"], "none")
        check(cleared["training_advice_withheld"] is False and cleared["level"] == "warning", "advice back")
        check(abs(cleared["next_long_run_max_m"] - 14000) < 1, "the next-run limit is back")
    print("ok")


if __name__ == "__main__":
    main()
