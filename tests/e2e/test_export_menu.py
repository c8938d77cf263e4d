# SPDX-License-Identifier: GPL-3.0-or-later
"""Both exports of the primary menu, as a person uses them: the Main Menu
button, Export Runs as CSV… and Report for a Clinician…, the file chooser
(opened in the Documents folder under a dated name, accepted with Return),
and the files on disk: the CSV holds the runs typed in, the report is a
whole PDF, and nothing temporary is left beside them."""

import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import (App, click, exit_status_ok, find, find_all, labels_or_none as labels,  # noqa: E402
                      press_keys, screenshot, wait_for)

bkdriver.wait_for.__defaults__ = (60.0,)


def menu_item(app, window, text):
    """Opens the primary menu and returns its item that reads @text."""
    def button():
        # GtkMenuButton is named, and so is the toggle button inside it
        # that can be pressed.
        for node in find_all(window, name="Main Menu"):
            try:
                if node.queryAction().nActions > 0:
                    return node
            except NotImplementedError:
                pass
        return None
    click(wait_for(button, "the Main Menu button"))

    def lookup():
        for node in find_all(app.app, role="menu item"):
            if (node.name or "").replace("_", "").startswith(text):
                return node
        return None
    return wait_for(lookup, f"the menu item {text!r}")


def save_in_chooser(title, documents, suffix, shot):
    """Waits for the chooser called @title and accepts its suggestion;
    returns the path of the one new file ending in @suffix."""
    wait_for(lambda: subprocess.run(["xdotool", "search", "--name", f"^{title}$"],
                                    capture_output=True).returncode == 0, f"the chooser {title!r}")
    time.sleep(1.5)
    screenshot(shot)
    press_keys("Return")

    def saved():
        names = [n for n in os.listdir(documents) if n.endswith(suffix)]
        return names[0] if names else None
    return os.path.join(documents, wait_for(saved, f"the {suffix} file in Documents"))


def main():
    binary = sys.argv[1]
    home = tempfile.mkdtemp(prefix="bk-e2e-export-")
    documents = os.path.join(home, "Documents")
    config = os.path.join(home, "config")
    data = os.path.join(home, "data")
    for folder in (documents, config, data):
        os.makedirs(folder)
    # The chooser starts in the Documents folder the user dirs name.
    with open(os.path.join(config, "user-dirs.dirs"), "w") as f:
        f.write('XDG_DOCUMENTS_DIR="%s"\n' % documents)
    os.environ["XDG_CONFIG_HOME"] = config

    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    three_days_ago = (datetime.date.today() - datetime.timedelta(days=3)).isoformat()
    env = dict(os.environ, BACKSTRETCH_DATA_DIR=data)
    env.pop("G_DEBUG", None)
    for args in (["--add-run", "yesterday", "--distance", "8km", "--duration", "45:00"],
                 ["--add-run", three_days_ago, "--distance", "12.5km", "--duration", "1:10:00"],
                 ["--add-pain", "yesterday", "--rating", "3", "--red-flags", "none"]):
        done = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (args, done.stderr)

    app = App(binary, data_dir=data)
    try:
        window = app.window("Backstretch")
        find(window, role="image", prefix="Weekly mileage: ")

        # Export Runs as CSV…: straight to the chooser.
        click(menu_item(app, window, "Export Runs as CSV"))
        path = save_in_chooser("Export Runs as CSV", documents, ".csv", "e2e-export-csv-chooser")
        assert os.path.basename(path).startswith("runs-"), path
        wait_for(lambda: [t for t in labels(window) if "2 runs exported to" in t], "the CSV message")
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 2, rows
        assert sorted(float(r["distance_m"]) for r in rows) == [8000.0, 12500.0], rows
        assert sorted(int(r["duration_s"]) for r in rows) == [2700, 4200], rows
        assert sorted(r["started_at"][:10] for r in rows) == sorted([yesterday, three_days_ago]), rows
        assert os.listdir(documents) == [os.path.basename(path)], os.listdir(documents)
        screenshot("e2e-export-csv-saved")

        # Report for a Clinician…: the period first, then the chooser.
        click(menu_item(app, window, "Report for a Clinician"))
        dialog = app.window("Report for a Clinician")
        wait_for(lambda: any("1 pain entry" in t for t in labels(dialog)), "the period's summary")
        click(wait_for(lambda: next((n for n in find_all(dialog, role="push button") if "Save" in n.name),
                                    None), "the dialog's Save button"))
        report = save_in_chooser("Save Report for a Clinician", documents, ".pdf", "e2e-export-report-chooser")
        assert os.path.basename(report).startswith("back-pain-report-"), report
        wait_for(lambda: os.path.getsize(report) > 1000, "a whole PDF")
        with open(report, "rb") as f:
            assert f.read(5) == b"%PDF-", "not a PDF"
        wait_for(lambda: [t for t in labels(window) if "saved as" in t], "the report message")
        assert sorted(os.listdir(documents)) == sorted([os.path.basename(path), os.path.basename(report)]), \
            os.listdir(documents)
        screenshot("e2e-export-report-saved")
        status = app.quit()
        assert exit_status_ok(status), status
    finally:
        app.kill()
        shutil.rmtree(home, ignore_errors=True)
    print("ok - runs exported and report saved from the primary menu")


if __name__ == "__main__":
    main()
