# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file with a translatable string is listed in po/POTFILES.in, and
every listed file exists, so no string silently escapes translation."""

import os
import re
import sys

root = sys.argv[1]
marker = re.compile(r'\b(?:_|N_|C_|ngettext)\s*\(\s*"|translatable="yes"')

with open(os.path.join(root, "po", "POTFILES.in")) as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

problems = []
for name in sorted(listed):
    if not os.path.exists(os.path.join(root, name)):
        problems.append(f"po/POTFILES.in lists {name}, which does not exist")

for top in ("src", "ui", "data"):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for file in files:
            if not file.endswith((".c", ".ui", ".in")):
                continue
            path = os.path.join(folder, file)
            rel = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as f:
                if marker.search(f.read()) and rel not in listed:
                    problems.append(f"{rel} has translatable strings but is not in po/POTFILES.in")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
