#!/usr/bin/env python3
"""The public header compiles alone, with -Wall -Wextra -Werror -pedantic,
as C99, C11, C17 and C2x and as C++11 and C++20, with gcc and clang (each
compiler that is installed; CI installs both).

Usage: check-header.py INCLUDE_DIR
"""
import shutil
import subprocess
import sys
import tempfile

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

include = sys.argv[1]
FLAGS = ["-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only", "-I", include]
CASES = [(cc, lang, std) for cc in ("gcc", "clang") for lang, std in
         (("c", "c99"), ("c", "c11"), ("c", "c17"), ("c", "c2x"))] + \
        [(cxx, "c++", std) for cxx in ("g++", "clang++") for std in ("c++11", "c++20")]

checked, missing = 0, set()
with tempfile.TemporaryDirectory() as tmp:
    for compiler, lang, std in CASES:
        if shutil.which(compiler) is None:
            missing.add(compiler)
            continue
        source = "%s/alone.%s" % (tmp, "c" if lang == "c" else "cpp")
        with open(source, "w") as f:
            f.write("#include <migproc.h>\n")
        r = subprocess.run([compiler, "-std=" + std, *FLAGS, source], capture_output=True, text=True)
        check("%s -std=%s" % (compiler, std), r.returncode == 0, "\n" + r.stderr)
        checked += 1
for compiler in sorted(missing):
    print("note: %s not installed, not checked" % compiler)
if not checked:
    print("no compiler found: skipped")
    sys.exit(77)
sys.exit(finish())
