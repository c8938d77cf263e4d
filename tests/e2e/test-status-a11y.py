#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The status card and the mileage chart as a screen reader meets them:
the app on demo data, read through the accessibility tree."""

import os
import subprocess
import sys
import time

# fatal-warnings is for the application, not for this AT-SPI client, whose
# library warns about harmless races with a window that is still appearing.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

import pyatspi  # noqa: E402

BINARY = os.path.join(os.environ["BACKSTRETCH_BUILD_DIR"], "src", "backstretch")


def walk(node):
    try:
        yield node
        for i in range(node.childCount):
            yield from walk(node.getChildAtIndex(i))
    except Exception:
        return


def find_app(deadline):
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "backstretch":
                return app
        time.sleep(0.3)
    sys.exit("FAIL: the app never appeared in the accessibility tree")


def main():
    if "DISPLAY" not in os.environ or "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
        print("SKIP: needs a display and a session bus")
        sys.exit(77)
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    if APP_G_DEBUG:
        env["G_DEBUG"] = APP_G_DEBUG
    proc = subprocess.Popen([BINARY, "--demo"], env=env)
    try:
        deadline = time.time() + 30
        app = find_app(deadline)
        chart = level = card = None
        while time.time() < deadline and not (chart and level and card):
            for node in walk(app):
                name = node.name or ""
                if node.getRoleName() == "image" and name.startswith("Weekly mileage: "):
                    chart = node
                elif node.getRoleName() == "label" and name.startswith("Ramp-up risk: "):
                    level = node
                elif name == "Ramp-up risk and weekly mileage":
                    card = node
            time.sleep(0.3)
        if chart is None or level is None or card is None:
            sys.exit(f"FAIL: chart {chart}, level {level}, card {card}")
        # The selected week is in the chart's name (this week at first), and
        # moves with the arrows, as Orca hears it on the focused chart.
        name = chart.name
        if "Week of " not in name or " km in " not in name or len(name) > 300:
            sys.exit(f"FAIL: chart name: {name}")
        if "week 8 of the block" not in name:
            sys.exit(f"FAIL: the demo's current week is not the one named: {name}")
        # GTK 4.8 cannot grab focus over AT-SPI: click the chart's left
        # margin, outside any week, as a person would to focus it. With no
        # window manager the window sits at the screen's top-left corner.
        box = chart.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        pyatspi.Registry.generateMouseEvent(box.x + 20, box.y + box.height // 2, "b1c")
        time.sleep(0.5)
        for _ in range(2):
            pyatspi.Registry.generateKeyboardEvent(0xff51, None, pyatspi.KEY_SYM)  # Left
            time.sleep(0.3)
        deadline = time.time() + 20
        while time.time() < deadline and "week 6 of the block" not in (chart.name or ""):
            time.sleep(0.2)
        if "week 6 of the block" not in (chart.name or ""):
            sys.exit(f"FAIL: two weeks back, the chart is named {chart.name}")
        # Inside the card nothing a screen reader stops at is read out by its
        # type name (fillers, such as GTK's own menu arrow, are skipped).
        for node in walk(card):
            if node.getRoleName() != "filler" and (node.name or "").startswith(("Gtk", "Adw", "Bk")):
                sys.exit(f"FAIL: a {node.getRoleName()} in the card is read out as {node.name}")
        print("ok")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
