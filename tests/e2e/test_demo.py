# SPDX-License-Identifier: GPL-3.0-or-later
"""--demo keeps its settings to itself: a demo window leaves the real
preferences exactly as they were, where a window on the real log keeps its
size in them (which shows this test can see a write)."""

import os
import subprocess
import sys
import tempfile
import time

BINARY = sys.argv[1]
APP_ID = "io.github.backstretch.Backstretch"
APP_PATH = "/" + APP_ID.replace(".", "/")


def fail(message):
    print("not ok 1 demo settings: " + message)
    sys.exit(1)


def name_has_owner(env):
    out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                          "--object-path", "/org/freedesktop/DBus", "--method",
                          "org.freedesktop.DBus.NameHasOwner", APP_ID],
                         env=env, capture_output=True, text=True).stdout
    return "true" in out


def open_and_quit(env, *args):
    app = subprocess.Popen([BINARY, *args], env=env)
    deadline = time.monotonic() + 120
    while not name_has_owner(env):
        if time.monotonic() > deadline or app.poll() is not None:
            app.kill()
            fail("backstretch %s did not start" % " ".join(args))
        time.sleep(0.25)
    # Let the window map and settle.
    time.sleep(3)
    subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path", APP_PATH,
                    "--method", "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                   env=env, capture_output=True, timeout=30)
    try:
        status = app.wait(60)
    except subprocess.TimeoutExpired:
        app.kill()
        fail("backstretch %s did not quit" % " ".join(args))
    if status != 0:
        fail("backstretch %s exited with %d" % (" ".join(args), status))


def main():
    print("1..1")
    work = tempfile.mkdtemp(prefix="bk-e2e-demo-")
    config = os.path.join(work, "config")
    keyfile = os.path.join(config, "glib-2.0", "settings", "keyfile")
    env = dict(os.environ, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
               XDG_DATA_HOME=os.path.join(work, "data"))
    env.pop("GTK_A11Y", None)

    # The runner's own preferences: miles, weeks from Sunday.
    os.makedirs(os.path.dirname(keyfile))
    mine = "[io/github/backstretch/Backstretch]\nunits='miles'\nfirst-weekday='sunday'\n"
    with open(keyfile, "w") as f:
        f.write(mine)

    open_and_quit(env, "--demo")
    with open(keyfile) as f:
        after = f.read()
    if after != mine:
        fail("the demo changed the real preferences:\n%s" % after)
    print("# the real preferences are untouched by --demo")

    # The same on the real log writes the window's size: the check above
    # would have seen the demo's.
    open_and_quit(env)
    with open(keyfile) as f:
        after = f.read()
    if "window-width" not in after or "units='miles'" not in after:
        fail("a window on the real log did not keep its size: %r" % after)
    print("ok 1 demo settings")


if __name__ == "__main__":
    main()
