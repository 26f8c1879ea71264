"""libmigproc through cffi in ABI mode: the declarations come from the public
header itself, with only the preprocessor lines taken out, to show that the
header is FFI-parseable as it stands.

    MIGPROC_LIBRARY=build/lib/libmigproc.so.1 python3 examples/python/cffi_example.py
"""
import os
import re
import sys

from cffi import FFI

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.environ.get("MIGPROC_HEADER",
                        os.path.join(HERE, "..", "..", "include", "migproc.h"))


def declarations(header_text):
    """The header as cffi's cdef() takes it: no comments, no preprocessor
    lines or C++ guards, no export macro; integer #defines kept."""
    text = re.sub(r"/\*.*?\*/", "", header_text, flags=re.S)
    text = text.replace("\\\n", " ")  # join continued macro lines
    text = re.sub(r"#ifdef __cplusplus.*?#endif", "", text, flags=re.S)
    constants, lines, skipping = {}, [], 0
    for line in text.splitlines():
        if line.startswith("#ifndef MIGPROC_H"):
            continue  # the include guard encloses everything
        if line.startswith("#if"):
            skipping += 1
        elif line.startswith("#endif"):
            skipping -= 1
        elif line.startswith("#define"):
            m = re.match(r"#define (MIGPROC_[A-Z_]+) (\d+)$", line.strip())
            if m:  # plain integer constants; cast and function-like macros are C-only
                constants[m.group(1)] = m.group(2)
                lines.append(line)
        elif line.startswith("#") or (skipping and line.strip()):
            continue
        else:
            lines.append(line)
    text = "\n".join(lines).replace("MIGPROC_API ", "")
    # cffi sizes arrays from literal numbers: write the constant's value in.
    return re.sub(r"\[(MIGPROC_\w+) / (\d+)\]",
                  lambda m: "[%d]" % (int(constants[m.group(1)]) // int(m.group(2))), text)


def main():
    ffi = FFI()
    with open(HEADER, encoding="utf-8") as f:
        ffi.cdef(declarations(f.read()))
    lib = ffi.dlopen(os.environ.get("MIGPROC_LIBRARY", "libmigproc.so.1"))

    none = 0xFFFF
    rcm, mirps, both = (ffi.new("migproc_set *") for _ in range(3))
    lib.migproc_related(lib.migproc_find(b"RCM"), lib.MIGPROC_REL_HAS_MEMBER, rcm)
    lib.migproc_related(lib.migproc_find(b"MIRPS"), lib.MIGPROC_REL_HAS_MEMBER, mirps)
    lib.migproc_set_intersect(both, rcm, mirps)
    codes = []
    i = lib.migproc_set_next(both, none)
    while i != none:
        codes.append(ffi.string(lib.migproc_code(i)).decode())
        i = lib.migproc_set_next(both, i)
    print("RCM and MIRPS:", " ".join(codes))

    mx = lib.migproc_find("México".encode())
    print("México:", ffi.string(lib.migproc_name(mx, b"es")).decode(),
          ffi.string(lib.migproc_alpha3(mx)).decode(), lib.migproc_numeric(mx))
    print("MIRPS members as of 2018:",
          lib.migproc_related_asof(lib.migproc_find(b"MIRPS"), lib.MIGPROC_REL_HAS_MEMBER,
                                   20180000, ffi.NULL))
    print("CONARE names", lib.migproc_find_all(b"CONARE", ffi.NULL), "entities")
    print("set size:", ffi.sizeof("migproc_set"), "bytes")
    return 0 if codes == ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"] else 1


if __name__ == "__main__":
    sys.exit(main())
