# SPDX-License-Identifier: GPL-3.0-or-later
"""Log a run the way a person does, and watch a command-line run appear."""

import os
import sys
import subprocess

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bkdriver import App, click, find, find_all, label_texts, type_text, wait_for  # noqa: E402


def screenshot(name):
    out = os.path.join(os.environ.get("BACKSTRETCH_BUILD_DIR", "."), "screenshots")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")],
                   check=False, capture_output=True)


def main():
    binary = sys.argv[1]
    app = App(binary)
    try:
        window = app.window("Backstretch")

        # A new log is greeted first (issue 10); skipped, the empty log
        # invites the first run.
        find(window, role="label", name="Welcome to Backstretch")
        click(find(window, role="push button", name="Skip"))
        find(window, name="No Runs Yet")

        buttons = wait_for(lambda: find_all(window, role="push button", name="Add Run"),
                           "an Add Run button")
        click(buttons[0])

        editor = app.window("Add Run")
        distance = find(editor, role="text", prefix="Distance")
        duration = find(editor, role="text", prefix="Duration")
        save = find(editor, role="push button", name="Save")

        type_text(distance, "12.3 km")
        type_text(duration, "1:04:30")
        wait_for(lambda: "Pace 5:15 /km" in label_texts(editor), "the pace preview")
        screenshot("e2e-run-editor")
        click(save)

        table = find(window, role="tree table", name="Runs")
        wait_for(lambda: "12.30 km" in label_texts(table), "the new run in the list")
        texts = label_texts(table)
        assert "1:04:30" in texts, texts
        assert "5:15 /km" in texts, texts
        wait_for(lambda: "12.3 km" in label_texts(window), "this week's total")

        # A run added from the command line goes to the open window.
        result = app.run_cli("--add-run", "today", "--distance", "7km", "--duration", "35:00")
        assert result.returncode == 0, result.stderr
        assert "Added a run" in result.stdout, result.stdout
        wait_for(lambda: "7.00 km" in label_texts(table), "the command-line run in the list")
        wait_for(lambda: "19.3 km" in label_texts(window), "the updated weekly total")
        screenshot("e2e-training-page")

        # Bad input from the command line changes nothing in the window.
        result = app.run_cli("--add-run", "today", "--distance", "far", "--duration", "35:00")
        assert result.returncode == 2, (result.returncode, result.stderr)
        assert "--distance" in result.stderr, result.stderr
        distances = [t for t in label_texts(table) if t.endswith(" km")]
        assert sorted(distances) == ["12.30 km", "7.00 km"], distances

        status = app.quit()
        assert status == 0, f"exit status {status}"
    finally:
        app.kill()


if __name__ == "__main__":
    main()
