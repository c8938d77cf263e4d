# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real backstretch binary through the accessibility tree, the
way a screen reader user would."""

import os
import subprocess
import tempfile
import time

# G_DEBUG=fatal-warnings is for the application under test, not for this
# driver: the AT-SPI client library warns about races that are harmless here.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

import pyatspi  # noqa: E402

DEADLINE = 20.0


def wait_for(condition, what, timeout=DEADLINE):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def visible(node):
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def find_all(root, role=None, name=None, prefix=None):
    found = []

    def walk(node, depth=0):
        # The application node itself is never "visible"; GTK 4.8 marks
        # widgets visible but never showing, so visible is the filter.
        if node is None or depth > 60 or (depth > 0 and not visible(node)):
            return
        try:
            node_role = node.getRoleName()
            node_name = node.name or ""
        except Exception:
            return
        if ((role is None or node_role == role)
                and (name is None or node_name == name)
                and (prefix is None or node_name.startswith(prefix))):
            found.append(node)
        for i in range(node.childCount):
            try:
                walk(node.getChildAtIndex(i), depth + 1)
            except Exception:
                pass

    walk(root)
    return found


def find(root, role=None, name=None, prefix=None, what=None):
    return wait_for(lambda: (find_all(root, role, name, prefix) or [None])[0],
                    what or f"{role} {name or prefix}")


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def type_text(node, text):
    node.queryEditableText().setTextContents(text)


def label_texts(root):
    texts = []
    for node in find_all(root, role="label"):
        # A GTK 4.8 label's accessible name is its text.
        texts.append(node.name or "")
    return texts


def labels_or_none(node):
    """label_texts(), or an empty list while the application is too busy
    to answer (a sanitizer build saving a file)."""
    try:
        return label_texts(node)
    except Exception:
        return []


def press_keys(*keys):
    """Keys go to the window under the pointer (there is no window
    manager to give a window the focus)."""
    subprocess.run(["xdotool", "mousemove", "300", "300"], check=True)
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", *keys], check=True)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


class App:
    """One backstretch process on a temporary data folder."""

    def __init__(self, binary, *args, data_dir=None):
        self.binary = binary
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="bk-e2e-")
        self.env = dict(os.environ, BACKSTRETCH_DATA_DIR=self.data_dir)
        if APP_G_DEBUG:
            self.env["G_DEBUG"] = APP_G_DEBUG
        self.proc = subprocess.Popen([binary, *args], env=self.env)
        self.app = wait_for(self._find_app, "the application on the accessibility bus")

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "backstretch":
                return app
        return None

    def window(self, title):
        """A top-level window of the application, by its title."""
        def lookup():
            for i in range(self.app.childCount):
                child = self.app.getChildAtIndex(i)
                if child is not None and child.name == title:
                    return child
            return None
        return wait_for(lookup, f"window {title!r}")

    def run_cli(self, *args):
        return subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                              text=True, timeout=60)

    def quit(self):
        """Quit through the app.quit action, so leak checks run at exit."""
        app_id = "io.github.backstretch.Backstretch"
        subprocess.run(["gdbus", "call", "--session", "--dest", app_id,
                        "--object-path", "/io/github/backstretch/Backstretch",
                        "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                       check=True, capture_output=True, timeout=30)
        return self.proc.wait(timeout=60)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def screenshot(name):
    """The whole screen as BUILD/screenshots/NAME.png, for a person to look at."""
    out = os.path.join(os.environ.get("BACKSTRETCH_BUILD_DIR", "."), "screenshots")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["import", "-window", "root", os.path.join(out, name + ".png")],
                   check=False, capture_output=True)


def exit_status_ok(status):
    """Under AddressSanitizer, GTK 4.8's file chooser leaves about 16 KB in
    GIO frames at exit (see test_import_window.py): there a leak report's
    status 1 is let through, a crash is not."""
    sanitized = os.environ.get("BACKSTRETCH_BUILD_DIR", "").endswith("-asan")
    return status == 0 or (sanitized and status == 1)
