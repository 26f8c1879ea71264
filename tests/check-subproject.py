#!/usr/bin/env python3
"""A parent meson project built with libmigproc as a subproject: it has no
test or benchmark, no target but its own program and the library, and its
install holds only its program and the library that program loads.

Usage: check-subproject.py PARENT_BUILD_DIR DESTDIR
"""
import json
import os
import subprocess
import sys

build, dest = sys.argv[1:3]


def introspect(what):
    return json.loads(subprocess.run(["meson", "introspect", "--" + what, build],
                                     capture_output=True, text=True, check=True).stdout)


problems = []
tests = [t["name"] for t in introspect("tests")]
benchmarks = [t["name"] for t in introspect("benchmarks")]
targets = sorted({t["name"] for t in introspect("targets")})
print("the parent's tests: %s; benchmarks: %s; targets: %s" % (tests, benchmarks, targets))
if tests or benchmarks:
    problems.append("tests or benchmarks registered in the parent")
if set(targets) != {"both-rcm-mirps", "migproc"}:
    problems.append("targets other than the library and the parent's program")
subprocess.run(["meson", "install", "-C", build, "--destdir", dest, "--quiet"], check=True)
installed = sorted(os.path.relpath(os.path.join(d, f), dest)
                   for d, _, files in os.walk(dest) for f in files)
print("the parent installs: %s" % " ".join(installed))
unwanted = [f for f in installed
            if not (f.endswith("bin/both-rcm-mirps") or os.path.basename(f).startswith("libmigproc."))]
if unwanted:
    problems.append("installed beyond the program and the library: %s" % " ".join(unwanted))
if not any(".so" in os.path.basename(f) for f in installed):
    problems.append("the shared library the program loads is not installed")
for problem in problems:
    print("FAIL " + problem)
sys.exit(1 if problems else 0)
