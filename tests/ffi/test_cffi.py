#!/usr/bin/env python3
"""examples/python/cffi_example.py: the public header, as it stands, parsed
by cffi in ABI mode, and the library answering through it.  Exit 77 when
cffi is not installed (Debian: python3-cffi)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "examples", "python"))
try:
    import cffi  # noqa: F401
except ImportError:
    print("cffi not installed: skipped")
    sys.exit(77)
import cffi_example  # noqa: E402

sys.path.insert(0, os.path.join(HERE, ".."))
from testlib import check, finish  # noqa: E402  (tests/testlib.py)

FACTS = json.load(open(os.path.join(HERE, "seed-facts.json"), encoding="utf-8"))

ffi = cffi.FFI()
with open(cffi_example.HEADER, encoding="utf-8") as f:
    ffi.cdef(cffi_example.declarations(f.read()))
lib = ffi.dlopen(os.environ["MIGPROC_LIBRARY"])
check("the example runs", cffi_example.main() == 0)
check("sizeof(migproc_set) is 128 through cffi", ffi.sizeof("migproc_set") == 128)
# The header's enums, as cffi parsed them, are the library's: every value
# by its name, and no name past the last.
for enum, prefix, name_of, spelled in (
        ("migproc_rel", "MIGPROC_REL_", lib.migproc_rel_name, lambda s: s.lower()),
        ("migproc_kind", "MIGPROC_KIND_", lib.migproc_kind_name,
         lambda s: s.lower().replace("_", "-"))):
    elements = ffi.typeof(enum).elements  # {value: "MIGPROC_..."}
    named = {v: n[len(prefix):] for v, n in elements.items() if n != prefix + "NONE"}
    answers = {v: name_of(v) for v in named}
    check("%s: the library names every value as the header does (%d)" % (enum, len(named)),
          all(answers[v] != ffi.NULL and ffi.string(answers[v]).decode() == spelled(n)
              for v, n in named.items()))
    check("%s: no name past the header's last" % enum, name_of(max(elements) + 1) == ffi.NULL)
members = ffi.new("migproc_set *")
for process, seed_list in FACTS["members"].items():
    expected = seed_list + FACTS["joined_since_seed"].get(process, [])
    n = lib.migproc_related(lib.migproc_find(process.encode()), lib.MIGPROC_REL_HAS_MEMBER, members)
    codes, i = [], lib.migproc_set_next(members, 0xFFFF)
    while i != 0xFFFF:
        codes.append(ffi.string(lib.migproc_code(i)).decode())
        i = lib.migproc_set_next(members, i)
    check("%s members through cffi" % process, n == len(expected) and sorted(codes) == sorted(expected))
check("NULL key", lib.migproc_find(ffi.NULL) == 0xFFFF)
check("embedded NUL through findn", lib.migproc_findn(b"MX\0junk", 7) == 0xFFFF)
check("invalid UTF-8", lib.migproc_find(b"\xff\xfe") == 0xFFFF)
sys.exit(finish())
