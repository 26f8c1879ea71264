#!/usr/bin/env python3
"""Rewrites the ABI baseline on purpose (ninja -C build abi-baseline): the
abidw description of the library, a copy of the public header that the
old-client test compiles against, and the IDs every later release must keep.
Run it when a release adds to the ABI, review the diff, and commit it.

Usage: update-abi-baseline.py LIBMIGPROC_SO SOURCE_ROOT
"""
import os
import shutil
import subprocess
import sys

library, root = sys.argv[1:3]
abi = os.path.join(root, "tests", "abi")
abidw = shutil.which("abidw")
if abidw is None:
    sys.exit("abidw (Debian: abigail-tools) is needed to write the baseline")
subprocess.run([abidw, "--headers-dir", os.path.join(root, "include"), "--no-corpus-path",
                "--no-comp-dir-path", "--short-locs",
                "--out-file", os.path.join(abi, "libmigproc.abi"), library], check=True)
shutil.copyfile(os.path.join(root, "include", "migproc.h"),
                os.path.join(abi, "include", "migproc.h"))
with open(os.path.join(abi, "ids.tsv"), "w", encoding="utf-8") as out:
    out.write("# Entity IDs as released: every later release keeps each (id, code) pair.\n")
    for name, code_column in (("states.tsv", 1), ("entities.tsv", 1)):
        with open(os.path.join(root, "lib", "data", name), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    fields = line.rstrip("\n").split("\t")
                    out.write("%s\t%s\n" % (fields[0], fields[code_column]))
print("baseline written to", abi)
