# SPDX-License-Identifier: GPL-3.0-or-later
"""Every page and dialog as a screen reader meets it: the whole
accessibility tree is walked, and no name may show a mnemonic underscore,
say itself twice, be a GTK type name, or be missing on something that
takes focus."""

import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import App, click, find, find_all, visible, wait_for  # noqa: E402
import pyatspi  # noqa: E402

# A sanitizer build on a shared machine starts and redraws slowly.
bkdriver.wait_for.__defaults__ = (60.0,)

APP_ID = "io.github.backstretch.Backstretch"
APP_PATH = "/io/github/backstretch/Backstretch"
TYPE_NAME = re.compile(r"^(Gtk|Adw|Bk)[A-Z][A-Za-z]+$")
# Containers a screen reader passes through without a word. libadwaita and
# GTK name their own internal boxes and gizmos after their types; what a
# person hears is the content inside, which is checked.
SILENT_ROLES = {"filler", "panel", "scroll bar", "separator", "redundant object"}


def problems_in(root, where):
    """Every name in root's tree a screen reader would read out wrongly."""
    found = []

    def report(here, role, name, problem):
        found.append(f"{here}: {problem}")

    def walk(node, depth, path):
        if node is None or depth > 80 or (depth > 0 and not visible(node)):
            return
        try:
            role = node.getRoleName()
            name = node.name or ""
            focusable = node.getState().contains(pyatspi.STATE_FOCUSABLE)
            count = node.childCount
        except Exception:
            return
        here = f"{where}: {path} > {role} {name!r}"
        if "_" in name:
            report(here, role, name, "shows a mnemonic underscore")
        words = name.split()
        half = len(words) // 2
        if half > 0 and len(words) % 2 == 0 and \
                [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]:
            report(here, role, name, "says itself twice")
        if TYPE_NAME.match(name) and role not in SILENT_ROLES:
            report(here, role, name, "is read out by its type name")
        if focusable and (not name.strip() or TYPE_NAME.match(name)):
            report(here, role, name, "takes focus but has no name")
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            # The path keeps the named ancestors, so a report says where.
            walk(child, depth + 1, f"{path} > {name}" if name and role not in SILENT_ROLES else path)

    walk(root, 0, "")
    return found


def gdbus_activate(path, action, *target):
    subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path", path,
                    "--method", "org.gtk.Actions.Activate", action,
                    "[" + ", ".join(target) + "]", "{}"],
                   check=True, capture_output=True, timeout=30)


def toplevel(app, title):
    return app.window(title)


def other_window(app, main_title, what):
    """The one visible window besides the main one, whatever its title."""
    def lookup():
        for i in range(app.app.childCount):
            child = app.app.getChildAtIndex(i)
            if child is not None and child.name != main_title and visible(child):
                return child
        return None
    return wait_for(lookup, what)


def settle():
    # Rows and lazily built pages appear a moment after a click.
    time.sleep(1.5)


def press(root, text, role="push button"):
    """Clicks the first button whose name starts with text, matched loosely
    so that a wrong name is reported by the walk, not stumbled over here."""
    def lookup():
        for node in find_all(root, role=role):
            name = (node.name or "").replace("_", "")
            if name.startswith(text) or name.lower().startswith(text.lower()):
                return node
        return None
    click(wait_for(lookup, f"{role} {text!r}"))


def close_window(node, *button_names):
    # Matched loosely, so that the walk can report a wrong name in full
    # rather than stop at a button it cannot find.
    for name in button_names:
        buttons = [b for b in find_all(node, role="push button")
                   if (b.name or "").replace("_", "").startswith(name)]
        if buttons:
            click(buttons[0])
            return
    raise AssertionError(f"no {button_names} button to close {node.name}")


def wait_gone(app, title):
    def gone():
        for i in range(app.app.childCount):
            child = app.app.getChildAtIndex(i)
            if child is not None and child.name == title and visible(child):
                return False
        return True
    wait_for(gone, f"window {title!r} to close")


def check_dialog(app, window, button, title, where, report, *close):
    """Opens a dialog with the button of that name, walks it, closes it."""
    press(window, button)
    dialog = toplevel(app, title)
    settle()
    report += problems_in(dialog, where)
    close_window(dialog, *(close or ("Cancel",)))
    wait_gone(app, title)


def check_demo(binary, report):
    app = App(binary, "--demo")
    try:
        window = toplevel(app, "Backstretch (Demo Data)")
        find(window, role="image", prefix="Weekly mileage: ")
        settle()
        report += problems_in(window, "Training")

        click(find(window, role="page tab", name="Stretching"))
        settle()
        report += problems_in(window, "Stretching")

        click(find(window, role="page tab", name="Back Pain"))
        find(window, role="list", name="Pain entries")
        settle()
        report += problems_in(window, "Back Pain")

        click(find(window, role="push button", name="Guide"))
        find(window, role="entry", name="Search the guide")
        settle()
        report += problems_in(window, "guide panel")
        click(find(window, role="push button", name="Guide"))

        check_dialog(app, window, "Record a clinician", "Clinician Assessment", "assessment dialog", report)
        check_dialog(app, window, "Record Pain", "Record Pain", "pain editor", report)
        click(find(window, role="page tab", name="Training"))
        check_dialog(app, window, "Add Run", "Add Run", "run editor", report)
        click(find(window, role="page tab", name="Stretching"))
        check_dialog(app, window, "Start", "Stretching", "routine player", report, "Close", "Stop")

        gdbus_activate(APP_PATH, "preferences")
        prefs = toplevel(app, "Preferences")
        settle()
        report += problems_in(prefs, "Preferences")
        close_window(prefs, "Close")
        wait_gone(app, "Preferences")

        # Ctrl+? as a person asks for it: the window builds the shortcuts
        # window only now, so the key is the application's to set.
        bkdriver.press_keys("ctrl+question")
        shortcuts = other_window(app, window.name, "the shortcuts window")
        settle()
        report += problems_in(shortcuts, "shortcuts window")
        close_window(shortcuts, "Close")
        wait_gone(app, shortcuts.name)

        gdbus_activate(APP_PATH, "about")
        about = other_window(app, window.name, "the about window")
        settle()
        report += problems_in(about, "about window")
        close_window(about, "Close")
        app.quit()
    finally:
        app.kill()


def check_welcome(binary, report):
    app = App(binary)
    try:
        window = toplevel(app, "Backstretch")
        find(window, role="label", name="Welcome to Backstretch")
        settle()
        report += problems_in(window, "welcome page")
        app.quit()
    finally:
        app.kill()


def main():
    binary = sys.argv[1]
    report = []
    check_welcome(binary, report)
    check_demo(binary, report)
    for line in report:
        print(line)
    if report:
        sys.exit(f"FAIL: {len(report)} names a screen reader reads out wrongly")
    print("ok")


if __name__ == "__main__":
    main()
