# SPDX-License-Identifier: GPL-3.0-or-later
"""The routine player keeps the screen from blanking while its clock runs
(the runner is on the floor, not at the keyboard) and lets go when paused
or closed: seen from the session's side, through a stand-in for
gnome-session on the test's bus (session_manager.py), as the real one is
not on it. An idle inhibitor (flags 8) with a reason a person can read,
released with the same cookie."""

import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import App, click, exit_status_ok, find, find_all, screenshot, wait_for  # noqa: E402

bkdriver.wait_for.__defaults__ = (60.0,)
IDLE = 8


class SessionManager:
    """The stand-in's process and the lines it has printed so far."""

    def __init__(self):
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "session_manager.py")
        self.proc = subprocess.Popen(["/usr/bin/python3", script], stdout=subprocess.PIPE, text=True)
        self.lines = []
        threading.Thread(target=self._read, daemon=True).start()
        wait_for(lambda: "ready" in self.lines, "the stand-in session manager")

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def calls(self, verb):
        return [line.split(" ", 4) for line in self.lines if line.startswith(verb + " ")]

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def button(root, text):
    def lookup():
        for node in find_all(root, role="push button"):
            if (node.name or "").replace("_", "").startswith(text):
                return node
        return None
    return wait_for(lookup, f"the button {text!r}")


def player_window(app):
    def lookup():
        for i in range(app.app.childCount):
            child = app.app.getChildAtIndex(i)
            if child is not None and child.name == "Stretching":
                return child
        return None
    return wait_for(lookup, "the routine player")


def main(binary):
    session = SessionManager()
    app = App(binary, "--demo")
    try:
        window = app.window("Backstretch (Demo Data)")
        click(find(window, role="page tab", name="Stretching"))
        time.sleep(1.5)
        assert session.calls("inhibit") == [], session.lines
        click(button(window, "Start"))
        player = player_window(app)

        inhibits = wait_for(lambda: session.calls("inhibit"), "an Inhibit call")
        cookie, flags, app_id, reason = inhibits[0][1:]
        assert int(flags) == IDLE, inhibits
        assert app_id == "io.github.backstretch.Backstretch", inhibits
        assert reason == "A stretching routine is under way", inhibits
        print("ok - starting a routine asks the session not to blank the screen")
        screenshot("keep-awake-player")

        click(button(player, "Pause"))
        released = wait_for(lambda: session.calls("uninhibit"), "an Uninhibit call")
        assert released[0][1] == cookie, (released, cookie)
        print("ok - pausing lets the screen blank again, with the same cookie")

        click(button(player, "Resume"))
        wait_for(lambda: len(session.calls("inhibit")) == 2, "a second Inhibit on resume")
        second = session.calls("inhibit")[1][1]
        click(button(player, "Close"))
        wait_for(lambda: len(session.calls("uninhibit")) == 2, "an Uninhibit on closing")
        assert session.calls("uninhibit")[1][1] == second, session.lines
        print("ok - resuming holds it again and closing the player lets go")
        status = app.quit()
        assert exit_status_ok(status), status
    finally:
        app.kill()
        session.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
