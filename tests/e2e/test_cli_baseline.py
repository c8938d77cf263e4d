# SPDX-License-Identifier: GPL-3.0-or-later
"""--baseline and --clear-baseline: stored with its date, reported by
--status --json, used for a young log; every bad value exits 2 and leaves
the database exactly as it was."""

import datetime
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

BINARY = sys.argv[1]
failures = []


def run(data_dir, *args):
    env = dict(os.environ)
    env.pop("BACKSTRETCH_DATA_DIR", None)
    return subprocess.run([BINARY, "--data-dir", data_dir, *args], env=env,
                          capture_output=True, text=True, timeout=60)


def digest(data_dir):
    con = sqlite3.connect(os.path.join(data_dir, "backstretch.sqlite3"))
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    return hashlib.sha256(dump.encode()).hexdigest()


def status(data_dir):
    result = run(data_dir, "--status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


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


@case("set, report, use and clear a baseline")
def _():
    data = tempfile.mkdtemp(prefix="bk-baseline-")
    assert status(data)["baseline"] is None, "a new log has no baseline"
    said = (datetime.date.today() - datetime.timedelta(days=2)).isoformat()
    result = run(data, "--baseline", "--longest", "14km", "--weekly", "30 km", "--today", said)
    assert result.returncode == 0, result.stderr
    assert "longest run 14" in result.stdout, result.stdout
    baseline = status(data)["baseline"]
    assert baseline == {"set_on": said, "longest_m": 14000.0, "weekly_m": 30000.0}, baseline

    # The first run of the log is judged against it.
    today = datetime.date.today().isoformat()
    added = run(data, "--add-run", today, "--distance", "20km", "--duration", "2:00:00")
    assert added.returncode == 0, added.stderr
    s = status(data)
    assert s["spike_tier"] == "warning", s["spike_tier"]
    assert any("the 14 km you said on" in r for r in s["reasons"]), s["reasons"]
    text = run(data, "--status").stdout
    assert "you said on" in text, text

    cleared = run(data, "--clear-baseline")
    assert cleared.returncode == 0, cleared.stderr
    s = status(data)
    assert s["baseline"] is None, s["baseline"]
    # Alone, the log's first run has nothing to compare with.
    assert s["spike_tier"] == "none", s["spike_tier"]


@case("miles when the user's units are miles, or with the unit given")
def _():
    data = tempfile.mkdtemp(prefix="bk-baseline-")
    result = run(data, "--baseline", "--longest", "8mi", "--weekly", "20 mi")
    assert result.returncode == 0, result.stderr
    baseline = status(data)["baseline"]
    assert abs(baseline["longest_m"] - 8 * 1609.344) < 0.1, baseline
    assert abs(baseline["weekly_m"] - 20 * 1609.344) < 0.1, baseline


@case("bad values exit 2 and change nothing")
def _():
    data = tempfile.mkdtemp(prefix="bk-baseline-")
    assert run(data, "--baseline", "--longest", "12km", "--weekly", "25km").returncode == 0
    before = digest(data)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    bad = [
        (("--baseline", "--longest", "14km"), "--weekly"),
        (("--baseline", "--weekly", "30km"), "--longest"),
        (("--baseline",), "--longest"),
        (("--baseline", "--longest", "fourteen", "--weekly", "30km"), "--longest"),
        (("--baseline", "--longest", "14km", "--weekly", "-3km"), "--weekly"),
        (("--baseline", "--longest", "0", "--weekly", "30km"), "--longest"),
        (("--baseline", "--longest", "14km", "--weekly", "5000km"), "--weekly"),
        (("--baseline", "--longest", "14 parsecs", "--weekly", "30km"), "--longest"),
        (("--baseline", "--longest", "14km", "--weekly", "30km", "--today", "2026-02-31"), "--today"),
        (("--baseline", "--longest", "14km", "--weekly", "30km", "--today", tomorrow), "--today"),
        (("--baseline", "--longest", "14km", "--weekly", "30km", "--json"), "--json"),
        (("--longest", "14km"), "--longest"),
        (("--weekly", "14km"), "--weekly"),
        (("--baseline", "--clear-baseline", "--longest", "1km", "--weekly", "2km"), "--clear-baseline"),
        (("--baseline", "--longest", "14km", "--weekly", "30km", "--status"), "one of"),
        (("--clear-baseline", "--plan-start", "2026-01-01"), "one of"),
    ]
    for args, named in bad:
        result = run(data, *args)
        assert result.returncode == 2, f"{args}: exit {result.returncode}, {result.stderr}"
        line = result.stderr.strip()
        assert line.count("\n") == 0 and named in line, f"{args}: {line!r}"
        assert digest(data) == before, f"{args} changed the database"
    assert status(data)["baseline"]["longest_m"] == 12000.0


sys.exit(1 if failures else 0)
