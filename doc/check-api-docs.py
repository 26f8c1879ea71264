#!/usr/bin/env python3
"""Build the API reference with Doxygen (warnings are errors) and check it:
every function the header declares has a section-3 man page that `man -l`
renders without a warning, and says which release added it.

Usage: check-api-docs.py DOXYGEN DOXYFILE OUTDIR HEADER
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from testlib import check, finish  # noqa: E402  (tests/testlib.py)

doxygen, doxyfile, outdir, header = sys.argv[1:5]
result = subprocess.run([doxygen, doxyfile], capture_output=True, text=True)
print(result.stdout + result.stderr)
if result.returncode != 0 or "warning" in result.stderr or "error" in result.stderr:
    sys.exit("FAIL doxygen reported problems")
with open(header, encoding="utf-8") as f:
    text = f.read()
functions = sorted(set(re.findall(r"^MIGPROC_API [^;]*?\b(migproc_\w+)\(", text, re.M)))
man_root = os.path.join(outdir, "man")
for name in functions:
    page = os.path.join("man3", name + ".3")
    if not check("%s has a man page" % name, os.path.exists(os.path.join(man_root, page))):
        continue
    r = subprocess.run(["man", "-l", page], cwd=man_root, capture_output=True, text=True,
                       env=dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8"))
    # A function's page is the header's page; its detailed entry is the last
    # mention of its signature, up to the next function's.
    start = r.stdout.rfind(name + " (")
    entry = r.stdout[start:]
    nxt = re.search(r"\n   \S[^\n]*\bmigproc_\w+ \(", entry[1:])
    entry = entry[:nxt.start() + 1] if nxt else entry
    check("man -l %s renders, with its Since" % page,
          r.returncode == 0 and not r.stderr.strip() and start >= 0 and "Since" in entry,
          "exit %d %s %s" % (r.returncode, r.stderr.strip(),
                             "" if "Since" in entry else "(no Since)"))
sys.exit(finish())
