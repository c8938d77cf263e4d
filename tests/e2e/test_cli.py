# SPDX-License-Identifier: GPL-3.0-or-later
"""Every command-line option, and every kind of bad argument."""

import csv
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

BINARY = sys.argv[1]
failures = []


def run(*args, data_dir=None, env_dir=None):
    env = dict(os.environ)
    env.pop("BACKSTRETCH_DATA_DIR", None)
    if env_dir:
        env["BACKSTRETCH_DATA_DIR"] = env_dir
    argv = [BINARY]
    if data_dir:
        argv += ["--data-dir", data_dir]
    return subprocess.run(argv + list(args), env=env, capture_output=True, text=True, timeout=60)


def db_path(data_dir):
    return os.path.join(data_dir, "backstretch.sqlite3")


def rows(data_dir):
    with sqlite3.connect(db_path(data_dir)) as db:
        return db.execute("SELECT started_at, distance_m, duration_s, rpe, surface, elevation_m, notes "
                          "FROM runs ORDER BY id").fetchall()


def digest(data_dir):
    con = sqlite3.connect(db_path(data_dir))
    try:
        return hashlib.sha256(repr(con.execute("SELECT * FROM runs ORDER BY id").fetchall()).encode()).hexdigest()
    finally:
        con.close()


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


@case("version")
def _():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("backstretch "), result.stdout


@case("add-run stores every field")
def _():
    d = tempfile.mkdtemp()
    result = run("--add-run", "2026-11-20 07:15", "--distance", "10.5km", "--duration", "55:20",
                 "--rpe", "6", "--surface", "trail", "--elevation", "240", "--notes", "hills, then flat",
                 data_dir=d)
    assert result.returncode == 0, result.stderr
    assert "Added a run on Fri 20 Nov 2026: 10.50 km in 55:20 (5:16 /km)" in result.stdout, result.stdout
    assert rows(d) == [("2026-11-20T07:15:00+01:00", 10500.0, 3320, 6, "trail", 240.0, "hills, then flat")], rows(d)


@case("add-run with miles and a bare number of minutes")
def _():
    d = tempfile.mkdtemp()
    assert run("--add-run", "2026-11-21", "--distance", "6.2 mi", "--duration", "50", data_dir=d).returncode == 0
    (row,) = rows(d)
    assert abs(row[1] - 9977.93) < 0.01 and row[2] == 3000, row


@case("BACKSTRETCH_DATA_DIR is honoured and --data-dir wins over it")
def _():
    a, b = tempfile.mkdtemp(), tempfile.mkdtemp()
    assert run("--add-run", "2026-11-21", "--distance", "5", "--duration", "25:00", env_dir=a).returncode == 0
    assert len(rows(a)) == 1
    assert run("--add-run", "2026-11-21", "--distance", "5", "--duration", "25:00",
               data_dir=b, env_dir=a).returncode == 0
    assert len(rows(a)) == 1 and len(rows(b)) == 1


def seeded():
    d = tempfile.mkdtemp()
    for date, km, time in [("2026-11-10", "8", "48:00"), ("2026-11-15", "21", "2:10:00"),
                           ("2026-11-17", "10", "55:00"), ("2026-11-24", "12", "1:05:00")]:
        result = run("--add-run", date, "--distance", km, "--duration", time, data_dir=d)
        assert result.returncode == 0, result.stderr
    return d


@case("status as JSON, in metres and seconds")
def _():
    d = seeded()
    result = run("--status", "--json", "--today", "2026-11-26", data_dir=d)
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["today"] == "2026-11-26"
    assert status["week_distance_m"] == 12000.0, status
    assert status["last_week_distance_m"] == 10000.0, status
    weekly = status["weekly"]
    assert len(weekly) == 16
    last = {k: weekly[-1][k] for k in ("week_start", "distance_m", "duration_s", "runs")}
    assert last == {"week_start": "2026-11-23", "distance_m": 12000.0, "duration_s": 3900, "runs": 1}, last
    assert weekly[-3]["week_start"] == "2026-11-09" and weekly[-3]["distance_m"] == 29000.0, weekly[-3]
    assert all(w["runs"] == 0 for w in weekly[:-3])


@case("status for a person, with miles after a units change is not needed: metric by default")
def _():
    d = seeded()
    result = run("--status", "--today", "2026-11-18", data_dir=d)
    assert result.returncode == 0, result.stderr
    assert "This week: 10.0 km in 55:00, 1 run" in result.stdout, result.stdout
    assert "Last week: 29.0 km in 2:58:00, 2 runs" in result.stdout, result.stdout


@case("status on an empty log")
def _():
    d = tempfile.mkdtemp()
    status = json.loads(run("--status", "--json", data_dir=d).stdout)
    assert status["week_distance_m"] == 0 and all(w["runs"] == 0 for w in status["weekly"])
    assert status["advice"]["level"] == "none" and status["pain"]["last_entry"] is None, status.get("pain")


@case("export CSV")
def _():
    d = seeded()
    out = os.path.join(d, "runs.csv")
    result = run("--export-csv", out, data_dir=d)
    assert result.returncode == 0, result.stderr
    assert "Exported 4 runs" in result.stdout
    with open(out, newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["distance_m"] for r in table] == ["8000.0", "21000.0", "10000.0", "12000.0"], table
    assert table[1]["duration_s"] == "7800"


@case("export CSV to a folder that does not exist fails clearly")
def _():
    d = seeded()
    result = run("--export-csv", "/nonexistent/dir/runs.csv", data_dir=d)
    assert result.returncode == 1, result.returncode
    assert "/nonexistent/dir/runs.csv" in result.stderr, result.stderr


BAD = [
    (["--add-run", "2026-13-01", "--distance", "5", "--duration", "30:00"], "--add-run"),
    (["--add-run", "yesterday-ish", "--distance", "5", "--duration", "30:00"], "--add-run"),
    (["--add-run", "2099-01-01", "--distance", "5", "--duration", "30:00"], "future"),
    (["--add-run", "2026-11-20 25:00", "--distance", "5", "--duration", "30:00"], "--add-run"),
    (["--add-run", "2026-11-20", "--distance", "far", "--duration", "30:00"], "--distance"),
    (["--add-run", "2026-11-20", "--distance", "0", "--duration", "30:00"], "--distance"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "99:99"], "--duration"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "0:00"], "--duration"),
    (["--add-run", "2026-11-20", "--duration", "30:00"], "--distance"),
    (["--add-run", "2026-11-20", "--distance", "5"], "--duration"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00", "--rpe", "11"], "--rpe"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00", "--rpe", "hard"], "--rpe"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00", "--surface", "lava"], "--surface"),
    (["--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00", "--elevation", "high"], "--elevation"),
    (["--add-run", "2026-11-20", "--distance", "50", "--duration", "30:00"], "2:30"),
    (["--add-run"], "--add-run"),
    (["--distance", "5"], "--distance"),
    (["--json"], "--json"),
    (["--status", "--today", "someday"], "--today"),
    (["--status", "--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00"], "only one"),
    (["--bogus"], "--bogus"),
    (["stray"], "stray"),
    (["--export-csv", ""], "--export-csv"),
]


@case("bad arguments: one line naming the problem, exit 2, nothing written")
def _():
    d = seeded()
    before = digest(d)
    for args, needle in BAD:
        result = run(*args, data_dir=d)
        assert result.returncode == 2, (args, result.returncode, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, result.stderr)
        assert needle.lower() in lines[0].lower(), (args, lines[0])
        assert result.stdout == "", (args, result.stdout)
    assert digest(d) == before


@case("bad arguments do not even create the data folder")
def _():
    d = os.path.join(tempfile.mkdtemp(), "fresh")
    result = run("--add-run", "2026-11-20", "--distance", "far", "--duration", "30:00", data_dir=d)
    assert result.returncode == 2
    assert not os.path.exists(d)


@case("a file that is not a database is named and left alone")
def _():
    d = tempfile.mkdtemp()
    with open(db_path(d), "w") as f:
        f.write("my notes\n")
    result = run("--status", data_dir=d)
    assert result.returncode == 1, result.returncode
    assert db_path(d) in result.stderr, result.stderr
    with open(db_path(d)) as f:
        assert f.read() == "my notes\n"


@case("a database from a newer version is refused and left alone")
def _():
    d = seeded()
    with sqlite3.connect(db_path(d)) as db:
        db.execute("PRAGMA user_version = 999")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(db_path(d), "rb") as f:
        before = f.read()
    result = run("--add-run", "2026-11-20", "--distance", "5", "--duration", "30:00", data_dir=d)
    assert result.returncode == 1
    assert "newer version" in result.stderr, result.stderr
    with open(db_path(d), "rb") as f:
        assert f.read() == before


@case("an unwritable data folder gives a clear error")
def _():
    parent = tempfile.mkdtemp()
    blocker = os.path.join(parent, "file")
    with open(blocker, "w") as f:
        f.write("x")
    result = run("--status", data_dir=os.path.join(blocker, "data"))
    assert result.returncode == 1
    assert "data folder" in result.stderr, result.stderr


if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
