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

doxygen, doxyfile, outdir, header = sys.argv[1:5]
result = subprocess.run([doxygen, doxyfile], capture_output=True, text=True)
print(result.stdout + result.stderr)
if result.returncode != 0 or "warning" in result.stderr or "error" in result.stderr:
    sys.exit("FAIL doxygen reported problems")
with open(header, encoding="utf-8") as f:
    text = f.read()
functions = sorted(set(re.findall(r"^MIGPROC_API [^;]*?\b(migproc_\w+)\(", text, re.M)))
man_root = os.path.join(outdir, "man")
failures = 0
for name in functions:
    page = os.path.join("man3", name + ".3")
    if not os.path.exists(os.path.join(man_root, page)):
        print("FAIL no man page for %s" % name)
        failures += 1
        continue
    r = subprocess.run(["man", "-l", page], cwd=man_root, capture_output=True, text=True,
                       env=dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8"))
    # A function's page is the header's page; its detailed entry is the last
    # mention of its signature, up to the next function's.
    start = r.stdout.rfind(name + " (")
    entry = r.stdout[start:]
    nxt = re.search(r"\n   \S[^\n]*\bmigproc_\w+ \(", entry[1:])
    entry = entry[:nxt.start() + 1] if nxt else entry
    if r.returncode != 0 or r.stderr.strip() or start < 0 or "Since" not in entry:
        print("FAIL man -l %s: exit %d %s %s" % (page, r.returncode, r.stderr.strip(),
                                                "" if "Since" in entry else "(no Since)"))
        failures += 1
print("%d passed, %d failed" % (len(functions) - failures, failures))
sys.exit(1 if failures else 0)
