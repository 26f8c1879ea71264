#!/usr/bin/env python3
"""The libraries as built: the shared one exports exactly the functions the
header declares and the version script lists, all migproc_*, each in the
version node that lists it; its SONAME is libmigproc.so.1; it has no more
data relocations and writable bytes than an empty library built the same way
(what the C runtime's start files bring), none in read-only data, and
imports nothing but memcmp and memset (and, on x86-64, strnlen: the
sixteen-bytes-a-step key folding of lib/fold.c must know a key's length
before it reads a block; a Cortex-M build folds a byte at a time and needs
only the two).  The library's own objects
hold no .data or .bss and no relocated data.

Usage: check-elf.py LIBMIGPROC_SO LIBMIGPROC_A MIGPROC_H MIGPROC_MAP EMPTY_SO
(needs binutils)
"""
import platform
import re
import shutil
import subprocess
import sys

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

so, archive, header, version_script, empty_so = sys.argv[1:6]
if not all(shutil.which(t) for t in ("nm", "readelf", "size")):
    print("binutils not installed: skipped")
    sys.exit(77)


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


dynsyms = [line.split() for line in tool("nm", "-D", "--defined-only", so).splitlines()]
exported = {name.split("@")[0] for _addr, kind, name in dynsyms if kind != "A"}
declared = set(re.findall(r"^MIGPROC_API [^;]*?\b(migproc_\w+)\(",
                          open(header, encoding="utf-8").read(), re.M))
check("only migproc_* symbols are exported",
      all(n.startswith("migproc_") for n in exported),
      " ".join(sorted(n for n in exported if not n.startswith("migproc_"))))
check("exports equal the header's %d functions" % len(declared), exported == declared,
      "extra %s, missing %s" % (sorted(exported - declared), sorted(declared - exported)))
script = re.sub(r"/\*.*?\*/", "", open(version_script, encoding="utf-8").read(), flags=re.S)
listed = {}
for node, body in re.findall(r"(\w[\w.]*)\s*\{(.*?)\}", script, re.S):
    globals_ = body.split("local:")[0].replace("global:", "")
    for name in re.findall(r"(\w+)\s*;", globals_):
        listed[name] = node
check("exports equal the version script's %d names" % len(listed), exported == set(listed),
      "extra %s, missing %s" % (sorted(exported - set(listed)), sorted(set(listed) - exported)))
check("every export is in the node that lists it",
      all(name.split("@@")[1:] == [listed.get(name.split("@")[0])]
          for _a, kind, name in dynsyms if kind != "A"),
      str([n for _a, k, n in dynsyms if k != "A"][:5]))

soname = re.search(r"\(SONAME\).*\[(.*)\]", tool("readelf", "-d", so))
check("SONAME is libmigproc.so.1", soname and soname.group(1) == "libmigproc.so.1",
      soname.group(1) if soname else "none")

sections = []
for line in tool("readelf", "-S", "-W", so).splitlines():
    m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", line)
    if m:
        sections.append((m.group(1), int(m.group(2), 16), int(m.group(3), 16)))
relocs = [int(m.group(1), 16) for m in
          re.finditer(r"^([0-9a-f]{8,})\s", tool("readelf", "-r", "-W", so), re.M)]
where = [next((n for n, lo, size in sections if lo <= off < lo + size), "?") for off in relocs]
check("no dynamic relocation in read-only data (%d in all, in %s: the C runtime's)"
      % (len(relocs), ", ".join(sorted(set(where)))),
      not any(n.startswith((".rodata", ".data.rel.ro")) or n == "?" for n in where), str(where))
check("no .data.rel.ro section", not any(n.startswith(".data.rel.ro") for n, _l, _s in sections))

def dynamic_profile(path):
    """Data relocations (.rela.dyn), writable bytes, imported functions."""
    text = tool("readelf", "-r", "-W", path)
    dyn = re.search(r"'\.rela?\.dyn' at offset \S+ contains (\d+) entr", text)
    writable = sum(int(m.group(2), 16) for m in re.finditer(
        r"^\s*\[\s*\d+\]\s+(\.data|\.bss)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)",
        tool("readelf", "-S", "-W", path), re.M))
    imports = {n.split("@")[0] for _k, n in
               (line.split()[-2:] for line in tool("nm", "-D", "--undefined-only", path).splitlines())
               if _k == "U"}
    return int(dyn.group(1)) if dyn else 0, writable, imports


lib_relocs, lib_writable, lib_imports = dynamic_profile(so)
empty_relocs, empty_writable, empty_imports = dynamic_profile(empty_so)
check("data relocations: %d, as many as an empty library's %d" % (lib_relocs, empty_relocs),
      lib_relocs <= empty_relocs)
check(".data + .bss: %d bytes, as many as an empty library's %d" % (lib_writable, empty_writable),
      lib_writable <= empty_writable)
allowed = {"memcmp", "memset"}  # what the README says the library needs
if platform.machine() in ("x86_64", "AMD64"):
    allowed.add("strnlen")  # lib/fold.h: MP_WORDWISE
check("imports only %s (besides the C runtime's own)" % ", ".join(sorted(lib_imports - empty_imports)),
      lib_imports - empty_imports <= allowed, str(sorted(lib_imports - empty_imports - allowed)))

writable = [line for line in tool("size", "-A", archive).splitlines()
            if re.match(r"\.(data|bss)\S*\s+[1-9]", line)]
check("0 bytes of .data and .bss in the library's objects", not writable, str(writable))
relocated = re.findall(r"\.rela?\.(?:rodata|data)\S*", tool("readelf", "-S", "-W", archive))
check("no relocation against data in the library's objects", not relocated, str(relocated))

sys.exit(finish())
