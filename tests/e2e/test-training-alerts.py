#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ramp-up notification with no window: `backstretch --background`
runs, a spike run is added with `--add-run` from another process, and the
notification is read back from dunst, the real notification server.
Needs a private session bus:
    dbus-run-session -- tests/e2e/test-training-alerts.py BINARY
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile
import time

APP_G_DEBUG = os.environ.pop("G_DEBUG", None)
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.environ.get("BACKSTRETCH_BUILD_DIR", "build"), "src", "backstretch")
APP_ID = "io.github.backstretch.Backstretch"


def fail(message):
    print("not ok 1 training alerts: " + message)
    sys.exit(1)


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    fail("timed out waiting for " + what)


def dunstctl(*args):
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True).stdout


def history():
    data = json.loads(dunstctl("history") or '{"data": [[]]}')
    return [{k: v.get("data") for k, v in n.items()} for n in data["data"][0]]


def name_has_owner(env, name):
    out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                          "--object-path", "/org/freedesktop/DBus", "--method",
                          "org.freedesktop.DBus.NameHasOwner", name],
                         env=env, capture_output=True, text=True).stdout
    return "true" in out


def main():
    work = tempfile.mkdtemp(prefix="bk-e2e-alerts-")
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    env = dict(os.environ)
    env.update({"GSETTINGS_BACKEND": "memory", "XDG_CONFIG_HOME": os.path.join(work, "config")})
    env.pop("GTK_A11Y", None)
    if APP_G_DEBUG:
        env["G_DEBUG"] = APP_G_DEBUG

    def cli(*args):
        return subprocess.run([BINARY, "--data-dir", data_dir, *args], env=env,
                              capture_output=True, text=True, timeout=60)

    # Five weeks with a 14 km long run, no window open: stored directly.
    today = datetime.date.today()
    for back in range(36, 0, -1):
        day = today - datetime.timedelta(days=back)
        km = 14 if back % 7 == 1 else 6 if back % 7 in (3, 5) else 0
        if km:
            done = cli("--add-run", day.isoformat(), "--distance", f"{km}km", "--duration", f"{km * 6}m")
            if done.returncode != 0:
                fail("could not seed a run: " + done.stderr)

    dunst_env = {k: v for k, v in env.items() if k not in ("G_DEBUG", "MALLOC_CHECK_")}
    dunst = subprocess.Popen(["dunst", "-config", "/dev/null"], env=dunst_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    try:
        wait_for(lambda: name_has_owner(env, "org.freedesktop.Notifications"), 30, "dunst")
        app = subprocess.Popen([BINARY, "--background", "--data-dir", data_dir], env=env)
        wait_for(lambda: name_has_owner(env, APP_ID), 120, "the background instance")
        # Give it time to read the log and keep the level as it stands.
        time.sleep(2)
        if history() or int(dunstctl("count", "displayed").strip() or 0) != 0:
            fail("a notification came before any new run")

        # 30 km today, more than twice the 14 km longest: carried out by the
        # background instance, which announces the rise.
        # It ended just now: a run is news only when it ended within the
        # hour (a date alone would start it at noon, and after 16:00 it
        # would be an old run).
        start = datetime.datetime.now() - datetime.timedelta(hours=3, minutes=2)
        added = cli("--add-run", start.strftime("%Y-%m-%d %H:%M"), "--distance", "30km",
                    "--duration", "3:00:00")
        if added.returncode != 0:
            fail("--add-run failed: " + added.stderr)
        wait_for(lambda: int(dunstctl("count", "displayed").strip() or 0) >= 1, 60,
                 "the ramp-up notification")
        dunstctl("close-all")
        shown = [n for n in history() if (n.get("summary") or "").startswith("Ramp-up risk")]
        if len(shown) != 1:
            fail("expected one ramp-up notification, got %r" % history())
        if shown[0]["summary"] != "Ramp-up risk: High risk":
            fail("summary is %r" % shown[0]["summary"])
        body = shown[0].get("body") or ""
        if "30 km" not in body or "(14 km)" not in body:
            fail("body does not name the run and its reference: %r" % body)
        print("# notified: %s: %s" % (shown[0]["summary"], body))

        # A second run at the same level is not announced again.
        again = cli("--add-run", today.isoformat(), "--distance", "3km", "--duration", "20m")
        if again.returncode != 0:
            fail("--add-run failed: " + again.stderr)
        time.sleep(2)
        if len([n for n in history() if (n.get("summary") or "").startswith("Ramp-up risk")]) != 1 \
                or int(dunstctl("count", "displayed").strip() or 0) != 0:
            fail("the same level was announced twice")
        print("ok 1 training alerts")
    finally:
        if app is not None:
            subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                            "/" + APP_ID.replace(".", "/"), "--method", "org.gtk.Actions.Activate",
                            "quit", "[]", "{}"], env=env, capture_output=True)
            try:
                status = app.wait(60)
            except subprocess.TimeoutExpired:
                app.kill()
                fail("backstretch did not quit")
            if status != 0:
                fail("backstretch exited with status %d" % status)
        dunst.terminate()
        dunst.wait()


if __name__ == "__main__":
    print("1..1")
    main()
