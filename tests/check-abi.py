#!/usr/bin/env python3
"""Compares the built libmigproc.so.1 with the committed ABI baseline using
libabigail's abidiff.  Any change other than added functions or variables
fails (a removed or changed function, an enum value moved, a struct
resized, a SONAME changed); added ones are reported and pass.  Exit 77 when
libabigail is not installed.

Usage: check-abi.py BASELINE.abi LIBMIGPROC_SO HEADERS_DIR
"""
import re
import shutil
import subprocess
import sys

baseline, library, headers = sys.argv[1:4]
abidiff = shutil.which("abidiff")
if abidiff is None:
    print("abidiff (Debian: abigail-tools) not installed: skipped")
    sys.exit(77)

result = subprocess.run([abidiff, "--headers-dir2", headers, baseline, library],
                        capture_output=True, text=True)
print(result.stdout + result.stderr)
if result.returncode & (1 | 2):
    print("FAIL abidiff could not compare (exit %d)" % result.returncode)
    sys.exit(1)
if result.returncode & 8:
    print("FAIL incompatible ABI change (exit %d)" % result.returncode)
    sys.exit(1)
if result.returncode & 4:
    # A change: acceptable only when every count in the summaries is of
    # additions.
    problems = []
    for line in result.stdout.splitlines():
        if "summary:" in line:
            counts = re.sub(r"\([^)]*\)", "", line.split("summary:", 1)[1])
            for count, what in re.findall(r"(\d+) (\w+)", counts):
                if int(count) and what not in ("Added",):
                    problems.append(line.strip())
        elif "SONAME" in line:
            problems.append(line.strip())
    if problems or not any("summary:" in l for l in result.stdout.splitlines()):
        print("FAIL ABI change other than additions:\n  " + "\n  ".join(problems or ["(unparsed)"]))
        sys.exit(1)
    print("ok   compatible: only additions (update the baseline when releasing them)")
    sys.exit(0)
print("ok   the ABI equals the baseline")
