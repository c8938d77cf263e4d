# SPDX-License-Identifier: GPL-3.0-or-later
"""--add-pain and --seen-clinician while the window is open: the running
window carries them out and shows the entry at once."""

import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bkdriver import App, label_texts, wait_for  # noqa: E402


def main():
    app = App(sys.argv[1])
    try:
        window = app.window("Backstretch")
        assert not any("Get urgent medical help" in t for t in label_texts(window))

        result = app.run_cli("--add-pain", "today", "--rating", "3", "--context", "after-run",
                             "--where", "central-lower-back", "--red-flags", "saddle-numbness")
        assert result.returncode == 0, result.stderr
        assert "Recorded pain" in result.stdout and "URGENT: Get urgent medical help now" in result.stdout, \
            result.stdout
        # The Training page, open at start, shows the advice at once.
        wait_for(lambda: any("Get urgent medical help now" in t for t in label_texts(window)),
                 "the urgent advice in the open window")

        # A bad id from the command line changes nothing in the window.
        result = app.run_cli("--add-pain", "today", "--rating", "5", "--red-flags", "saddle")
        assert result.returncode == 2 and "--red-flags" in result.stderr, (result.returncode, result.stderr)

        result = app.run_cli("--seen-clinician", "today", "--outcome", "cleared")
        assert result.returncode == 0 and "Recorded that a clinician assessed you" in result.stdout, \
            (result.stdout, result.stderr)

        with sqlite3.connect(os.path.join(app.data_dir, "backstretch.sqlite3")) as db:
            rows = db.execute("SELECT rating, sign_saddle_numbness, sign_bowel FROM pain_entries").fetchall()
            visits = db.execute("SELECT outcome FROM clinician_assessments").fetchall()
        assert rows == [(3, 1, 0)], rows
        assert visits == [("cleared",)], visits

        status = app.quit()
        assert status == 0, f"exit status {status}"
    finally:
        app.kill()
    print("ok")


if __name__ == "__main__":
    main()
