# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 12 from outside: kill -9 during --add-run, concurrent first starts,
safe exports and reports, backups and restore, and the command line's
smaller promises, all through the built binary."""

import glob
import json
import os
import random
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

BINARY = sys.argv[1]
failures = []


def env_for(extra=None):
    env = dict(os.environ)
    env.pop("BACKSTRETCH_DATA_DIR", None)
    env.update(extra or {})
    return env


def run(*args, data_dir=None, env=None, timeout=60):
    argv = [BINARY]
    if data_dir is not None:
        argv += ["--data-dir", data_dir]
    return subprocess.run(argv + list(args), env=env_for(env), capture_output=True, text=True,
                          timeout=timeout)


def start(*args, data_dir=None):
    argv = [BINARY]
    if data_dir is not None:
        argv += ["--data-dir", data_dir]
    return subprocess.Popen(argv + list(args), env=env_for(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def db_path(data_dir):
    return os.path.join(data_dir, "backstretch.sqlite3")


def query(data_dir, sql):
    con = sqlite3.connect(f"file:{db_path(data_dir)}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def new_dir():
    return tempfile.mkdtemp(prefix="bk-e2e-safety-")


def case(name):
    def wrap(func):
        try:
            func()
            print(f"ok - {name}")
        except Exception as error:  # a crash of the check is a failure too
            failures.append(name)
            print(f"not ok - {name}: {type(error).__name__}: {error}")
        return func
    return wrap


def add_run_args(i):
    day = 1 + i % 28
    return ["--add-run", f"2026-11-{day:02d} 07:{i % 60:02d}", "--distance", f"{5000 + i}m",
            "--duration", "30:00"]


@case("crash: 50 kill -9 during --add-run lose no committed run")
def _():
    data_dir = new_dir()
    rng = random.Random(12)
    # Time one run on this machine, so the kills spread over the whole of
    # an --add-run however loaded the machine is.
    began = time.monotonic()
    assert run(*add_run_args(100), data_dir=data_dir).returncode == 0
    took = time.monotonic() - began
    committed = {5100}
    for i in range(50):
        proc = start(*add_run_args(i), data_dir=data_dir)
        time.sleep(rng.uniform(0, took * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode == 0:
            committed.add(5000 + i)
    assert query(data_dir, "PRAGMA integrity_check") == [("ok",)]
    stored = {round(d) for (d,) in query(data_dir, "SELECT distance_m FROM runs")}
    assert committed <= stored, f"lost {sorted(committed - stored)}"
    # The log still opens and takes a run after all that.
    result = run(*add_run_args(99), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    print(f"# {len(committed)} of 50 finished before the kill; {len(stored)} runs stored")


IMPORT_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "import", "data")


@case("crash: 50 kill -9 during --import leave whole files or nothing, and no duplicates")
def _():
    import shutil
    data_dir = new_dir()
    folder = tempfile.mkdtemp(prefix="bk-e2e-import-")
    for name in ("garmin-fenix-5-run.fit", "garmin-forerunner-10.fit", "Activity.fit", "fit-sample.fit",
                 "gpx_garmin_extensions.gpx", "garmin-fenix-5-bike.fit"):
        shutil.copy(os.path.join(IMPORT_DATA, name), folder)
    rng = random.Random(13)
    # A clean import on another log gives the whole answer and the timing.
    reference = new_dir()
    began = time.monotonic()
    result = run("--import", folder, data_dir=reference)
    took = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    expected = dict(query(reference, "SELECT source, count(*) FROM runs GROUP BY source"))
    assert len(expected) >= 3, expected
    for i in range(50):
        proc = start("--import", folder, data_dir=data_dir)
        time.sleep(rng.uniform(0, took * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not os.path.exists(db_path(data_dir)):
            continue
        assert query(data_dir, "PRAGMA integrity_check") == [("ok",)], f"after kill {i}"
        if ("source",) not in query(data_dir, "SELECT name FROM pragma_table_info('runs')"):
            continue  # killed before the first start had brought the log up to date
        stored = dict(query(data_dir, "SELECT source, count(*) FROM runs GROUP BY source"))
        # One transaction per file: a file is in whole or not at all, and
        # a second import of it never doubles it.
        for source, count in stored.items():
            assert count == expected.get(source), f"after kill {i}: {source} has {count} runs"
    result = run("--import", folder, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert dict(query(data_dir, "SELECT source, count(*) FROM runs GROUP BY source")) == expected


@case("8 processes start a new log at once: every run stored, routines seeded once")
def _():
    data_dir = new_dir()
    procs = [start(*add_run_args(i), data_dir=data_dir) for i in range(8)]
    procs += [start("--status", data_dir=data_dir) for _ in range(8)]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    assert query(data_dir, "SELECT count(*) FROM runs") == [(8,)]
    assert query(data_dir, "SELECT count(*) FROM routines") == [(2,)]


@case("--report never writes through a planted .part link or over a FIFO")
def _():
    data_dir = new_dir()
    assert run(*add_run_args(1), data_dir=data_dir).returncode == 0
    out = new_dir()
    victim = os.path.join(out, "victim")
    with open(victim, "w") as f:
        f.write("precious")
    report = os.path.join(out, "report.pdf")
    os.symlink(victim, report + ".part")
    result = run("--report", report, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert open(victim).read() == "precious"
    assert open(report, "rb").read(5) == b"%PDF-"
    assert stat.S_IMODE(os.stat(report).st_mode) == 0o600
    fifo = os.path.join(out, "pipe.pdf")
    os.mkfifo(fifo)
    result = run("--report", fifo, data_dir=data_dir, timeout=20)
    assert result.returncode == 1, result
    assert "not a regular file" in result.stderr, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(os.listdir(out)) == ["pipe.pdf", "report.pdf", "report.pdf.part", "victim"], os.listdir(out)


@case("--export-csv refuses a symlink and a device, and writes - to stdout, neutralised")
def _():
    data_dir = new_dir()
    assert run("--add-run", "2026-11-02", "--distance", "5km", "--duration", "30:00",
               "--notes", "=HYPERLINK(\"http://evil\")", data_dir=data_dir).returncode == 0
    out = new_dir()
    victim = os.path.join(out, "victim")
    with open(victim, "w") as f:
        f.write("precious")
    link = os.path.join(out, "runs.csv")
    os.symlink(victim, link)
    result = run("--export-csv", link, data_dir=data_dir)
    assert result.returncode == 1 and "symbolic link" in result.stderr, result
    assert open(victim).read() == "precious"
    result = run("--export-csv", "/dev/full", data_dir=data_dir)
    assert result.returncode == 1, result
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)
    result = run("--export-csv", "-", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,started_at"), lines
    # The notes field, quoted and led by a quote mark (later columns, such
    # as the shoe, may follow it).
    assert ",\"'=HYPERLINK(\"\"http://evil\"\")\"," in lines[1], lines[1]


@case("--data-dir \"\" and --demo with a command are refused")
def _():
    result = run("--data-dir", "", "--status")
    assert result.returncode == 2 and "--data-dir" in result.stderr, result
    data_dir = new_dir()
    assert run(*add_run_args(3), data_dir=data_dir).returncode == 0
    result = run("--demo", *add_run_args(4), data_dir=data_dir)
    assert result.returncode == 2 and "--demo" in result.stderr, result
    assert query(data_dir, "SELECT count(*) FROM runs") == [(1,)]


@case("TODAY and 'Today 07:30' are dates")
def _():
    data_dir = new_dir()
    for date in ("TODAY", "Today 07:30", "today"):
        result = run("--add-run", date, "--distance", "5km", "--duration", "30:00", data_dir=data_dir)
        assert result.returncode == 0, (date, result.stderr)
    times = [t for (t,) in query(data_dir, "SELECT substr (started_at, 12, 5) FROM runs ORDER BY id")]
    assert times == ["12:00", "07:30", "12:00"], times


@case("a text option that does not fit the locale is named")
def _():
    data_dir = new_dir()
    result = run("--add-run", "2026-11-02", "--distance", "5km", "--duration", "30:00",
                 "--notes", "Kälte", data_dir=data_dir, env={"LC_ALL": "C", "LANG": "C"})
    assert result.returncode == 2, result
    assert "--notes" in result.stderr, result.stderr


@case("unknown options exit 2, and --version checks the rest")
def _():
    for args in (["--helpme"], ["--version", "--bogus"], ["--version", "--rpe", "3"]):
        result = run(*args)
        assert result.returncode == 2, (args, result)
    assert run("--version").returncode == 0


@case("every timestamp in --status --json is RFC 3339 with +HH:MM")
def _():
    data_dir = new_dir()
    assert run(*add_run_args(5), data_dir=data_dir).returncode == 0
    result = run("--status", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    at = doc["next_reminder_at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", at), at


@case("a read-only log: --status fails clearly and leaves no -wal or -shm")
def _():
    data_dir = new_dir()
    assert run(*add_run_args(6), data_dir=data_dir).returncode == 0
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db_path(data_dir) + suffix):
            os.remove(db_path(data_dir) + suffix)
    os.chmod(db_path(data_dir), 0o400)
    result = run("--status", data_dir=data_dir)
    assert result.returncode == 1, result
    assert "read-only" in result.stderr and "damaged" not in result.stderr, result.stderr
    assert sorted(os.listdir(data_dir)) == ["backstretch.sqlite3"], os.listdir(data_dir)
    os.chmod(db_path(data_dir), 0o600)


@case("--backup, --check, a damaged log, and --restore from its latest backup")
def _():
    data_dir = new_dir()
    for i in range(30):
        assert run(*add_run_args(i), data_dir=data_dir).returncode == 0
    backup = os.path.join(new_dir(), "copy.sqlite3")
    result = run("--backup", backup, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    result = run("--check", data_dir=data_dir)
    assert result.returncode == 0 and "whole" in result.stdout, result
    # Damage the log where quick_check cannot see it: an index loses a row.
    con = sqlite3.connect(db_path(data_dir))
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_started_at ON runs (started_at) WHERE 0'"
                " WHERE name = 'runs_by_started_at'")
    con.commit()
    con.close()
    con = sqlite3.connect(db_path(data_dir))
    con.execute("INSERT INTO runs (started_at, distance_m, duration_s) VALUES ('2026-11-29T07:00:00+01:00', 9000, 3000)")
    con.commit()
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX runs_by_started_at ON runs (started_at)'"
                " WHERE name = 'runs_by_started_at'")
    con.commit()
    con.close()
    for args in (["--status"], ["--check"], add_run_args(40)):
        result = run(*args, data_dir=data_dir)
        assert result.returncode == 1, (args, result)
        assert "damaged" in result.stderr and "--restore" in result.stderr, result.stderr
    result = run("--restore", backup, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "30 runs" in result.stdout, result.stdout
    kept = glob.glob(os.path.join(data_dir, "backups", "before-restore-*.sqlite3"))
    assert len(kept) == 1, kept
    assert run("--status", data_dir=data_dir).returncode == 0
    assert query(data_dir, "SELECT count(*) FROM runs") == [(30,)]
    result = run("--restore", os.path.join(data_dir, "nothing-here"), data_dir=data_dir)
    assert result.returncode == 1, result


@case("a running instance refuses --restore of its log; it backs up daily")
def _():
    data_dir = new_dir()
    assert run(*add_run_args(7), data_dir=data_dir).returncode == 0
    backup = os.path.join(new_dir(), "copy.sqlite3")
    assert run("--backup", backup, data_dir=data_dir).returncode == 0
    background = start("--background", data_dir=data_dir)
    try:
        deadline = time.monotonic() + 30
        daily = []
        while time.monotonic() < deadline and not daily:
            time.sleep(0.2)
            daily = glob.glob(os.path.join(data_dir, "backups", "daily-*.sqlite3"))
        assert daily, "no daily backup"
        assert stat.S_IMODE(os.stat(daily[0]).st_mode) == 0o600
        result = run("--restore", backup, data_dir=data_dir)
        assert result.returncode == 1, result
        assert "open in Backstretch" in result.stderr, result.stderr
    finally:
        background.send_signal(signal.SIGTERM)
        background.wait(timeout=30)


print(f"1..{12}")
sys.exit(1 if failures else 0)
