# SPDX-License-Identifier: GPL-3.0-or-later
"""The welcome page of a new log, through the accessibility tree: state a
baseline, then enter a run that spikes against it, and see the warning in
the run editor's live line and on the Training page."""

import datetime
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import App, click, find, label_texts, type_text, wait_for  # noqa: E402

# A sanitizer build on a machine shared with other work starts and redraws
# slowly: give every wait in this test a minute rather than the default.
bkdriver.wait_for.__defaults__ = (60.0,)


def screenshot(name):
    out = os.path.join(os.environ.get("BACKSTRETCH_BUILD_DIR", "."), "screenshots")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")],
                   check=False, capture_output=True)


def labels(node):
    """The labels' texts; an empty list while the application is busy (it
    blocks on the notification server while a warning is announced)."""
    try:
        return label_texts(node)
    except Exception:
        return []


def start_dunst():
    """The notification server of this test's own bus, started before the
    app, so announcing the warning does not wait for it to be activated."""
    env = {k: v for k, v in os.environ.items() if k not in ("G_DEBUG", "MALLOC_CHECK_")}
    dunst = subprocess.Popen(["dunst", "-config", "/dev/null"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def owned():
        out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                              "--object-path", "/org/freedesktop/DBus", "--method",
                              "org.freedesktop.DBus.NameHasOwner", "org.freedesktop.Notifications"],
                             capture_output=True, text=True).stdout
        return "true" in out
    wait_for(owned, "dunst on the session bus")
    return dunst


def main():
    binary = sys.argv[1]
    dunst = start_dunst()
    app = App(binary)
    try:
        window = app.window("Backstretch")
        find(window, role="label", name="Welcome to Backstretch")
        longest = find(window, role="text", prefix="Longest run in the last 30 days")
        weekly = find(window, role="text", prefix="A typical week")
        save = find(window, role="push button", name="Save")

        # A bad value is named on the page and nothing is stored.
        type_text(longest, "a long way")
        type_text(weekly, "30 km")
        wait_for(lambda: any(t.startswith("Longest run: ") for t in labels(window)),
                 "the error naming the longest run")
        type_text(longest, "10 km")
        wait_for(lambda: not any(t.startswith("Longest run: ") for t in label_texts(window)),
                 "the error to go")
        screenshot("e2e-welcome")
        click(save)
        find(window, name="No Runs Yet")

        status = json.loads(app.run_cli("--status", "--json").stdout)
        assert status["baseline"] is not None, status["baseline"]
        assert status["baseline"]["longest_m"] == 10000.0, status["baseline"]
        assert status["baseline"]["set_on"] == datetime.date.today().isoformat(), status["baseline"]

        # The first run: 16 km, 60% more than the 10 km stated.
        click(find(window, role="push button", name="Add Run"))
        editor = app.window("Add Run")
        distance = find(editor, role="text", prefix="Distance")
        duration = find(editor, role="text", prefix="Duration")
        type_text(distance, "16 km")
        type_text(duration, "1:36:00")
        line = wait_for(lambda: [t for t in labels(editor) if "you said on" in t],
                        "the live line comparing with the baseline")[0]
        assert line.startswith("60% longer than the 10 km you said on"), line
        assert line.endswith(": warning"), line
        screenshot("e2e-welcome-editor")
        click(find(editor, role="push button", name="Save"))

        wait_for(lambda: "Ramp-up risk: Warning" in labels(window), "the warning on the card")
        reasons = [t for t in labels(window) if "you said on" in t]
        assert any("16 km was 60% longer than the 10 km you said on" in t for t in reasons), reasons
        screenshot("e2e-welcome-warning")

        exit_status = app.quit()
        assert exit_status == 0, f"exit status {exit_status}"
    finally:
        app.kill()
        dunst.terminate()
        dunst.wait()


if __name__ == "__main__":
    main()
