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

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

build, dest = sys.argv[1:3]


def introspect(what):
    return json.loads(subprocess.run(["meson", "introspect", "--" + what, build],
                                     capture_output=True, text=True, check=True).stdout)


tests = [t["name"] for t in introspect("tests")]
benchmarks = [t["name"] for t in introspect("benchmarks")]
targets = sorted({t["name"] for t in introspect("targets")})
check("no test or benchmark registered in the parent", not tests and not benchmarks,
      "tests %s, benchmarks %s" % (tests, benchmarks))
check("no target but the library and the parent's program",
      set(targets) == {"both-rcm-mirps", "migproc"}, " ".join(targets))
subprocess.run(["meson", "install", "-C", build, "--destdir", dest, "--quiet"], check=True)
installed = sorted(os.path.relpath(os.path.join(d, f), dest)
                   for d, _, files in os.walk(dest) for f in files)
unwanted = [f for f in installed
            if not (f.endswith("bin/both-rcm-mirps") or os.path.basename(f).startswith("libmigproc."))]
check("installs nothing beyond the program and the library", not unwanted, " ".join(unwanted))
check("installs the shared library the program loads",
      any(".so" in os.path.basename(f) for f in installed), " ".join(installed))
sys.exit(finish())
