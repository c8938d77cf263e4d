# SPDX-License-Identifier: GPL-3.0-or-later
"""backstretch --import from outside: real files, exit statuses, no
duplicates on a second run, nothing stored from a file that cannot be read,
and the source column of --export-csv."""

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

BINARY = os.path.abspath(sys.argv[1])
DATA = os.path.join(os.environ["BACKSTRETCH_SOURCE_DIR"], "tests", "import", "data")
failures = []


def run(*args, data_dir):
    env = dict(os.environ)
    env.pop("BACKSTRETCH_DATA_DIR", None)
    return subprocess.run([BINARY, "--data-dir", data_dir] + list(args), env=env,
                          capture_output=True, text=True, timeout=120)


def runs(data_dir):
    with sqlite3.connect(os.path.join(data_dir, "backstretch.sqlite3")) as db:
        return db.execute("SELECT started_at, distance_m, duration_s, source FROM runs ORDER BY id").fetchall()


def watch_folder(names):
    folder = tempfile.mkdtemp(prefix="bk-watch-")
    for name in names:
        shutil.copy(os.path.join(DATA, name), folder)
    return folder


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


@case("a folder imports its runs, and a second import adds nothing")
def _():
    d = tempfile.mkdtemp()
    folder = watch_folder(["fit-sample.fit", "garmin-fenix-5-run.fit", "garmin-fenix-5-bike.fit",
                           "gtrnctr-lap_s.tcx.gz", "Settings.fit"])
    first = run("--import", folder, data_dir=d)
    assert first.returncode == 0, (first.returncode, first.stderr)
    assert "Imported 3 runs from 5 files" in first.stdout, first.stdout
    assert "1 cycling" in first.stdout, first.stdout
    assert "Skipped Settings.fit (user settings)" in first.stdout, first.stdout
    before = runs(d)
    assert len(before) == 3, before
    # Europe/Berlin: the FR110's 08:30:54Z is 10:30:54 summer time.
    assert ("2011-05-02T10:30:54+02:00", 9986.82, 2810, "fit-sample.fit") in before, before

    second = run("--import", folder, data_dir=d)
    assert second.returncode == 0, (second.returncode, second.stderr)
    assert "Imported 0 runs" in second.stdout and "4 already in the log" in second.stdout, second.stdout
    assert runs(d) == before


@case("several paths after --import, relative to the working folder")
def _():
    d = tempfile.mkdtemp()
    env = dict(os.environ)
    result = subprocess.run([BINARY, "--data-dir", d, "--import", "fit-sample.fit", "garmin-fenix-5-run.fit"],
                            cwd=DATA, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert len(runs(d)) == 2, runs(d)


@case("a truncated FIT exits 1 naming it; the log is unchanged for it and the rest is imported")
def _():
    d = tempfile.mkdtemp()
    folder = watch_folder(["garmin-fenix-5-run.fit"])
    with open(os.path.join(DATA, "fit-sample.fit"), "rb") as f:
        whole = f.read()
    with open(os.path.join(folder, "cut.fit"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    result = run("--import", folder, data_dir=d)
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "cut.fit" in result.stderr and "cut short" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert [r[3] for r in runs(d)] == ["garmin-fenix-5-run.fit"], runs(d)


@case("bad arguments exit 2 and write nothing")
def _():
    d = tempfile.mkdtemp()
    for args in (["--import"], ["stray.fit"], ["--import", "a.fit", "--status"], ["--import", ""]):
        result = run(*args, data_dir=d)
        assert result.returncode == 2, (args, result.returncode, result.stderr)
        assert result.stderr.startswith("backstretch: "), (args, result.stderr)
    assert not os.path.exists(os.path.join(d, "backstretch.sqlite3")) or runs(d) == []


@case("a path that does not exist exits 1 naming it")
def _():
    d = tempfile.mkdtemp()
    result = run("--import", "/nonexistent/run.fit", data_dir=d)
    assert result.returncode == 1, result.returncode
    assert "/nonexistent/run.fit" in result.stderr, result.stderr


@case("--export-csv has a source column")
def _():
    d = tempfile.mkdtemp()
    run("--import", os.path.join(DATA, "fit-sample.fit"), data_dir=d)
    run("--add-run", "2026-01-05", "--distance", "5km", "--duration", "30:00", data_dir=d)
    out = os.path.join(d, "runs.csv")
    result = run("--export-csv", out, data_dir=d)
    assert result.returncode == 0, result.stderr
    with open(out, newline="") as f:
        table = list(csv.DictReader(f))
    assert [row["source"] for row in table] == ["fit-sample.fit", ""], table


sys.exit(1 if failures else 0)
