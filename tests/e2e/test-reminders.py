#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stretching reminder through a real notification daemon.

Schedules "Daily back care" for the next whole minute on a temporary data
dir, runs `backstretch --background`, and with dunst as the notification
server checks that the reminder arrives, that "Snooze" delivers it again
(after BACKSTRETCH_SNOOZE_SECONDS, the test-only short snooze) and that
"Start" opens the player on the tighter side with that stretch's cautions,
read back through the accessibility tree.  Needs DISPLAY and a private session bus:
    xvfb-run -a dbus-run-session -- tests/e2e/test-reminders.py BINARY
"""

import json
import os
import queue
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

# G_DEBUG=fatal-warnings is for the application under test, not for this
# driver: pyatspi warns (dbind-WARNING) when it asks an application that is
# still starting for its accessibility cache, which under the sanitizers
# happens, and must not abort the test. Read it before GLib is loaded.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.environ.get("BACKSTRETCH_BUILD_DIR", "build"), "src", "backstretch")
APP_ID = "io.github.backstretch.Backstretch"


def fail(message):
    print("not ok 1 reminders: " + message)
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


def displayed():
    try:
        return int(dunstctl("count", "displayed").strip() or 0)
    except ValueError:
        return 0


def history():
    data = json.loads(dunstctl("history") or '{"data": [[]]}')
    return [{k: v.get("data") for k, v in n.items()} for n in data["data"][0]]


class ActionWatch:
    """What `dbus-monitor` prints of the ActionInvoked signals on the bus
    (dunst sends them to the app alone, so only a monitor sees them)."""

    def __init__(self, env):
        self.lines = queue.Queue()
        self.proc = subprocess.Popen(["dbus-monitor", "--session",
                                      "type=signal,interface=org.freedesktop.Notifications,"
                                      "member=ActionInvoked"],
                                     env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line)

    def wait_for(self, needle, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if needle in line:
                return line
        fail("timed out waiting for " + what)

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def find_label(prefix):
    import pyatspi
    desktop = pyatspi.Registry.getDesktop(0)
    stack = [a for a in desktop if a is not None and a.name and "backstretch" in a.name.lower()]
    while stack:
        node = stack.pop()
        try:
            if node.getRoleName() == "label" and node.name and node.name.startswith(prefix):
                return node.name
            stack.extend(c for c in node if c is not None)
        except Exception:
            continue
    return None


def player_labels():
    """The names of every label in the player's window (titled "Stretching"),
    leaving out the main window, whose catalogue lists every caution."""
    import pyatspi
    desktop = pyatspi.Registry.getDesktop(0)
    stack = []
    for app in desktop:
        try:
            if app is not None and app.name and "backstretch" in app.name.lower():
                stack.extend(w for w in app if w is not None and w.name == "Stretching")
        except Exception:
            continue
    found = []
    while stack:
        node = stack.pop()
        try:
            if node.getRoleName() == "label" and node.name:
                found.append(node.name)
            stack.extend(c for c in node if c is not None)
        except Exception:
            continue
    return found


def shipped_cautions():
    """Name -> Cautions of each entry of the shipped stretch catalogue."""
    import configparser
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seeds", "stretches.ini")
    ini = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    with open(path, encoding="utf-8") as f:
        ini.read_file(f)
    return {ini[g]["Name"]: ini[g].get("Cautions", "") for g in ini.sections()}


def cautions_shown():
    """The cautions of the stretch the player shows, once they and their
    heading are in the accessibility tree."""
    names = player_labels()
    if "Take care" not in names:
        return None
    current = [c for name, c in shipped_cautions().items() if name in names and c]
    if current and all(c in names for c in current):
        return current
    return None


def main():
    work = tempfile.mkdtemp(prefix="bk-e2e-reminders-")
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    pick = os.path.join(work, "pick.sh")
    # dunst hands its menu of actions to this "dmenu"; it picks Snooze.
    with open(pick, "w") as f:
        f.write("#!/bin/sh\nmenu=$(cat)\nprintf '%s\\n' \"$menu\" | grep -i snooze | head -n 1\n")
    os.chmod(pick, 0o755)
    config = os.path.join(work, "dunstrc")
    with open(config, "w") as f:
        f.write("[global]\n    dmenu = %s\n" % pick)

    env = dict(os.environ)
    env.update({
        "GSETTINGS_BACKEND": "memory",
        # Long enough to read "snoozed until" from --status in between.
        "BACKSTRETCH_SNOOZE_SECONDS": "12",
        "XDG_CONFIG_HOME": os.path.join(work, "config"),
    })
    env.pop("GTK_A11Y", None)
    if APP_G_DEBUG:
        env["G_DEBUG"] = APP_G_DEBUG

    # dunst logs its own GLib warnings (a missing icon): not ours to fail on.
    dunst_env = {k: v for k, v in env.items() if k not in ("G_DEBUG", "MALLOC_CHECK_")}
    dunst = subprocess.Popen(["dunst", "-config", config], env=dunst_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = None
    watch = None
    try:
        # Create the database and the starting routines; the JSON status
        # must parse and carry the stretching keys.
        status = json.loads(subprocess.run([BINARY, "--data-dir", data_dir, "--status", "--json"],
                                           env=env, check=True, capture_output=True, text=True).stdout)
        for key in ("next_reminder_at", "next_reminder_routine", "today_routine", "tightness"):
            if key not in status:
                fail("--status --json lacks " + key)
        # At least 30 s ahead: the app must be up before then, since a time
        # passed before its first start does not count as missed, and a
        # sanitizer build on a busy machine takes seconds to start.
        now = time.localtime()
        minute = now.tm_hour * 60 + now.tm_min + (1 if now.tm_sec < 30 else 2)
        if minute >= 24 * 60:
            # Too close to midnight to schedule today: wait for tomorrow.
            time.sleep((24 * 60 - now.tm_hour * 60 - now.tm_min) * 60 - now.tm_sec + 5)
            now = time.localtime()
            minute = now.tm_hour * 60 + now.tm_min + (1 if now.tm_sec < 30 else 2)
        db = sqlite3.connect(os.path.join(data_dir, "backstretch.sqlite3"))
        db.execute("UPDATE schedules SET days = 127, minute_of_day = ?, after_run_min = NULL"
                   " WHERE routine_id = (SELECT id FROM routines WHERE name = 'Daily back care')",
                   (minute,))
        db.execute("UPDATE schedules SET days = 0, minute_of_day = NULL, after_run_min = NULL"
                   " WHERE routine_id = (SELECT id FROM routines WHERE name = 'After your run')")
        db.execute("INSERT INTO tightness_tests (muscle, result, tested_on)"
                   " VALUES ('lower-back', 'left', date ('now', 'localtime'))")
        db.commit()
        db.close()

        app = subprocess.Popen([BINARY, "--background", "--data-dir", data_dir], env=env)
        wait_for(lambda: displayed() >= 1, 150, "the reminder")
        print("# reminder on screen")

        # Snooze through dunst's context menu, as a person would. dunst runs
        # the menu in the background: close the notification only once it
        # has sent the app the action, or the close can beat it.
        watch = ActionWatch(env)
        # The bus takes its unique name away once it is a monitor.
        watch.wait_for("member=NameLost", 20, "dbus-monitor to start")
        dunstctl("context")
        watch.wait_for('string "snooze"', 30, "dunst to invoke Snooze")

        def status_text():
            return subprocess.run([BINARY, "--data-dir", data_dir, "--status"], env=env,
                                  capture_output=True, text=True, timeout=60).stdout

        # The snooze is what --status shows next, in text and in JSON.
        line = wait_for(lambda: next((ln for ln in status_text().splitlines()
                                      if ln.startswith("Next reminder: snoozed until ")), None),
                        10, "--status to show the snooze")
        print("# " + line)
        snoozed = json.loads(subprocess.run([BINARY, "--data-dir", data_dir, "--status", "--json"],
                                            env=env, check=True, capture_output=True, text=True).stdout)
        if snoozed.get("next_reminder_snoozed") is not True:
            fail("--status --json does not say the reminder is snoozed: %r" % snoozed.get("next_reminder_snoozed"))
        # dunst leaves the notification on screen after a menu action.
        dunstctl("close-all")
        if displayed() != 0:
            fail("the reminder stayed on screen")
        wait_for(lambda: displayed() >= 1, 60, "the reminder again after the snooze")
        print("# reminder back after the snooze")
        # Delivered: the snooze is over, and the next one is tomorrow's.
        line = wait_for(lambda: next((ln for ln in status_text().splitlines()
                                      if ln.startswith("Next reminder: ") and "snoozed" not in ln), None),
                        30, "--status to show the real next reminder")
        print("# " + line)

        # Start: the default action of the notification on screen. Opening
        # the player and walking its accessibility tree took 25 s under the
        # sanitizers on an idle machine: the deadline is generous.
        dunstctl("action", "0")
        side = wait_for(lambda: find_label("Left: your tighter side"), 120, "the player")
        print("# player shows: " + side)
        # The stretch's cautions are on screen too, readable by a screen
        # reader under their heading.
        cautions = wait_for(cautions_shown, 60, "the stretch's cautions in the player")
        print("# player cautions: " + " / ".join(cautions))

        dunstctl("close-all")
        shown = [n for n in history() if n.get("summary") == "Time to stretch: Daily back care"]
        if len(shown) < 2:
            fail("expected the reminder twice in dunst's history, got %r" % history())
        if "in all" not in shown[0].get("body", ""):
            fail("body lacks the total time: %r" % shown[0].get("body"))
        if side != "Left: your tighter side, 1 min 30 s":
            fail("player shows %r" % side)
        print("ok 1 reminders")
    finally:
        if watch is not None:
            watch.stop()
        if app is not None:
            subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                            "/" + APP_ID.replace(".", "/"), "--method", "org.gtk.Actions.Activate",
                            "quit", "[]", "{}"], env=env, capture_output=True)
            try:
                app.wait(60)
            except subprocess.TimeoutExpired:
                app.kill()
                fail("backstretch did not quit")
        dunst.terminate()
        dunst.wait()


if __name__ == "__main__":
    print("1..1")
    main()
