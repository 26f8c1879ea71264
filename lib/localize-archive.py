#!/usr/bin/env python3
"""Rewrites an installed libmigproc.a as one partially linked object in which
every symbol but the exported migproc_* is local, so that a static link brings
no mp_* name into the user's program (the shared library hides them with its
version script).  meson runs it at install (lib/meson.build).

Usage: localize-archive.py ARCHIVE AR OBJCOPY CC [CC ARGS...]
ARCHIVE is relative to the install prefix (DESTDIR included); CC is the C
compiler meson uses, which does the partial link (-r), also when cross
compiling.
"""
import os
import subprocess
import sys
import tempfile

archive, ar, objcopy, cc = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
path = os.path.join(os.environ.get("MESON_INSTALL_DESTDIR_PREFIX", ""), archive)
if os.environ.get("MESON_INSTALL_DRY_RUN"):
    sys.exit(0)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([ar, "x", os.path.abspath(path)], cwd=tmp, check=True)
    members = sorted(f for f in os.listdir(tmp) if f.endswith((".o", ".obj")))
    merged = os.path.join(tmp, "libmigproc.o")
    # Every object into one (-r): the calls between them resolve here, so the
    # hidden symbols they use can become local.
    subprocess.run(cc + ["-r", "-nostdlib", "-o", merged] + members, cwd=tmp, check=True)
    subprocess.run([objcopy, "--localize-hidden", merged], check=True)
    os.remove(path)
    subprocess.run([ar, "rcs", path, merged], check=True)
print("localized %s: %d objects into one, only migproc_* global" % (path, len(members)))
