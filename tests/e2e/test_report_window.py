# SPDX-License-Identifier: GPL-3.0-or-later
"""The clinician's report saved from the window as a person does: Report for
a Clinician… on the Back Pain page, the period dialog, Save…, the file
chooser (opened in the Documents folder under a dated name, accepted with
Return), the PDF on disk and the message with Open."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import App, click, exit_status_ok, find, label_texts, screenshot, wait_for  # noqa: E402

bkdriver.wait_for.__defaults__ = (60.0,)


def labels(node):
    try:
        return label_texts(node)
    except Exception:
        return []


def key(*keys):
    """Keys go to the window under the pointer (no window manager)."""
    subprocess.run(["xdotool", "mousemove", "300", "300"], check=True)
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", *keys], check=True)


def main():
    binary = sys.argv[1]
    home = tempfile.mkdtemp(prefix="bk-e2e-report-")
    documents = os.path.join(home, "Documents")
    config = os.path.join(home, "config")
    os.makedirs(documents)
    os.makedirs(config)
    # The chooser starts in the Documents folder the user dirs name.
    with open(os.path.join(config, "user-dirs.dirs"), "w") as f:
        f.write('XDG_DOCUMENTS_DIR="%s"\n' % documents)
    os.environ["XDG_CONFIG_HOME"] = config

    data = os.path.join(home, "data")
    os.makedirs(data)
    env = dict(os.environ, BACKSTRETCH_DATA_DIR=data)
    env.pop("G_DEBUG", None)
    for args in (["--add-run", "yesterday", "--distance", "8km", "--duration", "45:00"],
                 ["--add-pain", "yesterday", "--rating", "3", "--red-flags", "none"]):
        done = subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr

    app = App(binary, data_dir=data)
    try:
        window = app.window("Backstretch")
        key("alt+3")
        time.sleep(1)
        screenshot("e2e-report-pain-page")
        # GTK 4.8 names a mnemonic button twice; the prefix finds it either way.
        click(find(window, role="push button", prefix="Report for a"))
        dialog = app.window("Report for a Clinician")
        wait_for(lambda: any("1 pain entry" in t for t in labels(dialog)), "the period's summary")
        screenshot("e2e-report-dialog")
        click(wait_for(lambda: next((n for n in bkdriver.find_all(dialog, role="push button") if "Save" in n.name),
                                    None), "the dialog's Save button"))
        wait_for(lambda: subprocess.run(["xdotool", "search", "--name", "^Save Report for a Clinician$"],
                                        capture_output=True).returncode == 0, "the file chooser")
        time.sleep(1.5)
        screenshot("e2e-report-chooser")
        key("Return")

        def saved():
            names = [n for n in os.listdir(documents) if n.endswith(".pdf")]
            return names[0] if names else None
        name = wait_for(saved, "the report in Documents")
        assert name.startswith("back-pain-report-"), name
        path = os.path.join(documents, name)
        wait_for(lambda: os.path.getsize(path) > 1000, "a whole PDF")
        with open(path, "rb") as f:
            assert f.read(5) == b"%PDF-", "not a PDF"
        # No temporary file is left beside it.
        assert os.listdir(documents) == [name], os.listdir(documents)
        toast = wait_for(lambda: [t for t in labels(window) if "saved as" in t], "the message")
        print("# message:", toast)
        wait_for(lambda: [n for n in bkdriver.find_all(window, role="push button") if "Open" in n.name],
                 "the message's Open button")
        screenshot("e2e-report-saved")
        status = app.quit()
        assert exit_status_ok(status), status
    finally:
        app.kill()
        shutil.rmtree(home, ignore_errors=True)
    print("ok - report saved from the window")


if __name__ == "__main__":
    main()
