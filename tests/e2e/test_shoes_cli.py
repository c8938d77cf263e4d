# SPDX-License-Identifier: GPL-3.0-or-later
"""Shoes from the command line (issue 16), on the built binary: a pair
added, runs logged in it, the wear in --status and the CSV, and an unknown
pair refused with the data folder left byte for byte as it was."""

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile

BINARY = sys.argv[1]
failures = []


def run(data_dir, *args):
    env = dict(os.environ)
    env.pop("BACKSTRETCH_DATA_DIR", None)
    return subprocess.run([BINARY, "--data-dir", data_dir] + list(args), env=env,
                          capture_output=True, text=True, timeout=60)


def ok(data_dir, *args):
    result = run(data_dir, *args)
    assert result.returncode == 0, (args, result.returncode, result.stderr)
    return result.stdout


def folder_digest(data_dir):
    """Every file in the folder, by name and content."""
    digest = hashlib.sha256()
    for name in sorted(os.listdir(data_dir)):
        digest.update(name.encode())
        with open(os.path.join(data_dir, name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def case(name):
    def wrap(func):
        try:
            func()
            print(f"ok - {name}")
        except AssertionError as error:
            failures.append(name)
            print(f"not ok - {name}: {error}")
        return func
    return wrap


def shoed_log():
    d = tempfile.mkdtemp()
    ok(d, "--add-shoe", "Pegasus", "--shoe-start", "620km")
    ok(d, "--add-shoe", "Trail shoes", "--shoe-limit", "500mi")
    ok(d, "--add-run", "2026-11-20", "--distance", "12km", "--duration", "1:05:00", "--shoe", "Pegasus")
    return d


@case("a pair's wear in --status and --status --json, start distance included")
def _():
    d = shoed_log()
    text = ok(d, "--status", "--today", "2026-11-22")
    assert "Your Pegasus have 632 km on them, nearing their 700 km limit (guide: triggers#shoes)" in text, text
    status = json.loads(ok(d, "--status", "--json", "--today", "2026-11-22"))
    by_name = {s["name"]: s for s in status["shoes"]}
    assert by_name["Pegasus"] == {"name": "Pegasus", "distance_m": 632000.0, "limit_m": 700000.0,
                                  "retired": False, "wear": "near-limit"}, by_name
    assert abs(by_name["Trail shoes"]["limit_m"] - 804672.0) < 0.1, by_name
    assert by_name["Trail shoes"]["distance_m"] == 0


@case("an unknown --shoe exits 2, names the pairs, and leaves the folder byte-identical")
def _():
    d = shoed_log()
    before = folder_digest(d)
    result = run(d, "--add-run", "2026-11-21", "--distance", "8km", "--duration", "45:00", "--shoe", "Vaporfly")
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "--shoe: there are no shoes named “Vaporfly”; your shoes are: Pegasus, Trail shoes" in result.stderr, \
        result.stderr
    assert result.stdout == "", result.stdout
    assert folder_digest(d) == before, os.listdir(d)


@case("the CSV has the shoe, before the kind column")
def _():
    d = shoed_log()
    ok(d, "--add-run", "2026-11-21", "--distance", "5km", "--duration", "30:00")
    rows = list(csv.DictReader(io.StringIO(ok(d, "--export-csv", "-"))))
    assert list(rows[0].keys())[-2:] == ["shoe", "kind"], rows[0]
    assert [(r["distance_m"], r["shoe"]) for r in rows] == [("12000.0", "Pegasus"), ("5000.0", "")], rows


@case("a retired pair stays in the JSON and leaves the text")
def _():
    d = shoed_log()
    assert ok(d, "--retire-shoe", "pegasus") == "Retired the shoes Pegasus after 632.0 km\n"
    assert "Pegasus" not in ok(d, "--status", "--today", "2026-11-22")
    status = json.loads(ok(d, "--status", "--json", "--today", "2026-11-22"))
    assert [s["retired"] for s in status["shoes"] if s["name"] == "Pegasus"] == [True], status["shoes"]


STRAVA_HEADER = ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
                 "Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,"
                 "Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n")


def strava_row(n, date, kind, km, gear):
    seconds = int(km * 330) if km else 3600
    return (f'{n},"{date}",Activity {n},{kind},,{seconds},{km},,,false,,{gear},,,,'
            f'{seconds},{seconds},{km * 1000:.1f}\n')


def strava_export(path):
    import zipfile
    rows = [
        strava_row(1, "Nov 2, 2026, 7:00:00 AM", "Run", 10.0, "Pegasus 40"),
        strava_row(2, "Nov 9, 2026, 7:00:00 AM", "Trail Run", 12.0, "Speedgoat 5"),
        strava_row(3, "Nov 16, 2026, 7:00:00 AM", "Run", 8.0, " pegasus 40 "),
        strava_row(4, "Nov 17, 2026, 7:00:00 AM", "Ride", 30.0, "Canyon"),
        strava_row(5, "Nov 18, 2026, 7:00:00 AM", "Run", 5.0, ""),
    ]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("export_1/activities.csv", STRAVA_HEADER + "".join(rows))


@case("a Strava export's Activity Gear makes the shoes it names and puts its runs in them")
def _():
    d = tempfile.mkdtemp()
    ok(d, "--add-shoe", "Speedgoat 5", "--shoe-start", "100km")
    export = os.path.join(tempfile.mkdtemp(), "export_1.zip")
    strava_export(export)
    out = ok(d, "--import", export)
    assert "Imported 4 runs" in out, out
    assert "added 1 pair of shoes (Pegasus 40)" in out, out
    status = json.loads(ok(d, "--status", "--json", "--today", "2026-11-22"))
    shoes = {s["name"]: s["distance_m"] for s in status["shoes"]}
    # The ride's bike is not a pair of shoes; case and blanks do not make a second pair.
    assert shoes == {"Pegasus 40": 18000.0, "Speedgoat 5": 112000.0}, status["shoes"]
    rows = list(csv.DictReader(io.StringIO(ok(d, "--export-csv", "-"))))
    assert sorted((r["distance_m"], r["shoe"]) for r in rows) == [
        ("10000.0", "Pegasus 40"), ("12000.0", "Speedgoat 5"), ("5000.0", ""), ("8000.0", "Pegasus 40")], rows
    # Imported again: nothing doubled, no pair added.
    again = ok(d, "--import", export)
    assert "added" not in again, again
    status = json.loads(ok(d, "--status", "--json", "--today", "2026-11-22"))
    assert len(status["shoes"]) == 2, status["shoes"]


if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
