# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 9, the way a person meets it: a mild-looking 3/10 entry with saddle
numbness ticked replaces the Training page's advice with urgent advice and
pauses the stretching reminders; a mild entry the next day leaves that in
place; recording a clinician's assessment ends it."""

import datetime
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bkdriver import App, click, find, find_all, type_text, wait_for  # noqa: E402

import pyatspi  # noqa: E402  (after bkdriver, which keeps G_DEBUG for the app)

URGENT = "Get urgent medical help now"
SADDLE = "Numbness between your legs or around your bottom"
PAUSED = "Stretching reminders are paused"


def screenshot(name):
    out = os.path.join(os.environ.get("BACKSTRETCH_BUILD_DIR", "."), "screenshots")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")],
                   check=False, capture_output=True)


def label_texts(root):
    """bkdriver.label_texts, but a label destroyed while it is read (the
    journal's rows are rebuilt when it changes) is skipped, not an error."""
    texts = []
    for node in find_all(root, role="label"):
        try:
            texts.append(node.name or "")
        except Exception:
            pass
    return texts


def labels_starting(root, prefix):
    return [t for t in label_texts(root) if t.startswith(prefix)]


def button(root, label, prefix=False):
    """A push or toggle button by its label. GTK 4.8 names a button with a
    mnemonic "_Save Save", so the label is matched at the end too."""
    def lookup():
        for node in find_all(root, role="push button") + find_all(root, role="toggle button"):
            name = node.name or ""
            if name == label or name.endswith(" " + label.replace("_", "")) or (prefix and name.startswith(label)):
                return node
        return None
    return wait_for(lookup, f"button {label}")


def tick(check_box):
    """Ticks a check box through its one action. Not bkdriver.click(): it
    reads the action count, and GTK 4.8 leaks that list for a widget's own
    actions (the count is not needed: a checklist row has one action)."""
    check_box.queryAction().doAction(0)


def sensitive(node):
    return node.getState().contains(pyatspi.STATE_SENSITIVE)


def show_page(window, name):
    click(find(window, role="page tab", name=name))


def record_pain(app, window, day, rating, sign=None):
    """Fills the pain editor as a person would and saves it."""
    show_page(window, "Back Pain")
    click(button(window, "Record Pain", prefix=True))
    editor = app.window("Record Pain")
    save = button(editor, "Save")
    type_text(find(editor, role="text", prefix="Date"), day.isoformat())
    click(button(editor, f"{rating} out of 10"))

    # Save waits until the warning signs are answered, whatever the rating.
    wait_for(lambda: "Tick each sign you have, or “None of these”, to save." in label_texts(editor),
             "the prompt to answer the warning signs")
    assert not sensitive(save), "Save was enabled before the warning signs were answered"

    nones = find_all(editor, role="check box", name="None of these")
    if sign:
        tick(find(editor, role="check box", prefix=sign))
    else:
        tick(nones[0])
    # The health screen is asked the first time the journal is used.
    ages = [n for n in find_all(editor, role="push button") + find_all(editor, role="toggle button")
            if n.name == "20 to 50"]
    if ages:
        click(ages[0])
        tick(nones[-1])
    wait_for(lambda: sensitive(save), "Save to be enabled")
    return editor, save


def main():
    binary = sys.argv[1]
    data_dir = tempfile.mkdtemp(prefix="bk-e2e-advice-")
    today = datetime.date.today()
    yesterday = today - datetime.timedelta(days=1)
    env = dict(os.environ, BACKSTRETCH_DATA_DIR=data_dir)
    # A few weeks of running, so the Training page has a ramp-up headline.
    for days_ago, km in ((20, 6), (16, 8), (13, 6), (9, 10), (6, 7), (2, 14)):
        day = (today - datetime.timedelta(days=days_ago)).isoformat()
        result = subprocess.run([binary, "--add-run", day, "--distance", f"{km}km", "--duration", "40:00"],
                                env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr

    app = App(binary, data_dir=data_dir)
    try:
        window = app.window("Backstretch")
        wait_for(lambda: labels_starting(window, "Ramp-up risk: "), "the ramp-up headline")

        # 3/10, with saddle numbness: urgent, though the pain is mild.
        editor, save = record_pain(app, window, yesterday, 3, sign=SADDLE)
        wait_for(lambda: URGENT in label_texts(editor), "the urgent advice in the editor")
        screenshot("e2e-pain-editor-urgent")
        click(save)
        # Wait on the main window, not on the closing editor: GTK 4.8 warns
        # when a window is queried while it is destroyed.
        wait_for(lambda: labels_starting(window, "3/10 "), "the entry in the journal")

        show_page(window, "Training")
        wait_for(lambda: URGENT in label_texts(window), "urgent advice at the top of the Training page")
        wait_for(lambda: not labels_starting(window, "Ramp-up risk"), "the risk headline to go")
        assert not labels_starting(window, "Keep your next long run"), label_texts(window)
        screenshot("e2e-training-urgent")
        show_page(window, "Stretching")
        wait_for(lambda: labels_starting(window, PAUSED), "the Stretching banner")
        screenshot("e2e-stretching-paused")

        # A mild entry today does not end the urgent advice.
        editor, save = record_pain(app, window, today, 1)
        assert URGENT in label_texts(editor), label_texts(editor)
        click(save)
        wait_for(lambda: labels_starting(window, "1/10 "), "the mild entry in the journal")
        show_page(window, "Training")
        wait_for(lambda: URGENT in label_texts(window), "urgent advice after a mild entry")
        assert not labels_starting(window, "Ramp-up risk"), label_texts(window)
        show_page(window, "Stretching")
        assert labels_starting(window, PAUSED), label_texts(window)

        # "A clinician has assessed me" ends it.
        show_page(window, "Back Pain")
        click(button(window, "A Clinician Has Assessed Me…"))
        dialog = app.window("Clinician Assessment")
        screenshot("e2e-assessment-dialog")
        click(button(dialog, "Save"))
        wait_for(lambda: labels_starting(window, "Assessed by a clinician on "), "the assessment in the journal")
        show_page(window, "Training")
        wait_for(lambda: labels_starting(window, "Ramp-up risk: "), "the ramp-up headline to return")
        assert URGENT not in label_texts(window), label_texts(window)
        show_page(window, "Stretching")
        wait_for(lambda: not labels_starting(window, PAUSED), "the banner to go")
        screenshot("e2e-training-cleared")

        status = app.quit()
        assert status == 0, f"exit status {status}"
    except Exception:
        if app.proc.poll() is not None:
            print(f"the application exited early with status {app.proc.returncode}", file=sys.stderr)
        raise
    finally:
        app.kill()


if __name__ == "__main__":
    main()
