# SPDX-License-Identifier: GPL-3.0-or-later
"""On an X server that offers no direct rendering (Xvfb, as on a remote or
virtual display) the only OpenGL is Mesa's software rasteriser, which GDK
would load as it opens the display whatever draws the windows: tens of
megabytes of LLVM and a slower start (issue 13). The app keeps GDK from
setting GL up there and draws with cairo; a user's own $GSK_RENDERER still
wins, and with it GL is set up as before. Run with the suite's GL switches
taken out of the environment."""

import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bkdriver  # noqa: E402
from bkdriver import App, exit_status_ok  # noqa: E402

# The suite turns GL off for every test; this one needs GDK's own default.
os.environ.pop("GSK_RENDERER", None)
os.environ.pop("GDK_DEBUG", None)
os.environ["GDK_BACKEND"] = "x11"


def mapped_gl(pid):
    """The OpenGL libraries the process has mapped."""
    with open(f"/proc/{pid}/maps") as maps:
        paths = {line.split()[-1] for line in maps if ".so" in line}
    return sorted(p for p in paths
                  if "libLLVM" in p or "_dri.so" in p or "_mesa.so" in p)


def window_gl(binary, renderer=None):
    if renderer is not None:
        os.environ["GSK_RENDERER"] = renderer
    app = App(binary)
    try:
        app.window("Backstretch")
        libraries = mapped_gl(app.proc.pid)
        status = app.quit()
        assert exit_status_ok(status), status
        return libraries
    finally:
        app.kill()
        os.environ.pop("GSK_RENDERER", None)


def main(binary):
    bkdriver.wait_for.__defaults__ = (60.0,)
    if not glob.glob("/usr/lib/*/dri/swrast_dri.so") and not glob.glob("/usr/lib/*/libEGL_mesa.so*"):
        print("SKIP: no Mesa here, so no GL to keep from loading")
        return 77
    libraries = window_gl(binary)
    assert libraries == [], libraries
    print("ok - without direct rendering the window opens without loading Mesa or LLVM")
    libraries = window_gl(binary, "gl")
    assert libraries != [], "GSK_RENDERER=gl did not set up OpenGL"
    print("ok - GSK_RENDERER=gl still sets up OpenGL:", " ".join(os.path.basename(p) for p in libraries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
