#!/usr/bin/env python3
"""Measure the WebAssembly module's size, and check what it imports and exports.

For each configuration that examples/firmware/footprint.py measures (full, and
the trimming options alone and together), builds examples/wasm/migproc.wasm
with cross/wasm32.ini and reports its size, its size gzipped (what a web
server sends) and its initial linear memory.  Every build must import nothing
(no libc, no host function) and export exactly lib/migproc.map's functions,
the scratch helpers of wasm.c and the memory.

  size.py                 print the table
  size.py --write FILE    print it and write it into FILE between the markers
  size.py --check FILE    print it; fail when the full module grew more than
                          10% over FILE's figure, or imports or exports differ
"""
import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "examples", "firmware"))
from footprint import CONFIGS, GROWTH_LIMIT, replace_section  # noqa: E402  (one list of configurations)

HELPERS = {"wasm_set", "wasm_key", "wasm_key_capacity"}  # defined in wasm.c
BEGIN, END = "<!-- wasm size table: begin -->", "<!-- wasm size table: end -->"
PAGE = 65536


def leb128(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    """{section id: payload} of a WebAssembly binary (custom sections skipped)."""
    if data[:8] != b"\0asm\1\0\0\0":
        sys.exit("size: not a WebAssembly 1 module")
    found, at = {}, 8
    while at < len(data):
        ident, at = data[at], at + 1
        size, at = leb128(data, at)
        if ident:
            found[ident] = data[at:at + size]
        at += size
    return found


def exports(payload):
    """The names in an export section (7)."""
    count, at = leb128(payload, 0)
    out = set()
    for _ in range(count):
        length, at = leb128(payload, at)
        out.add(payload[at:at + length].decode())
        at += length
        _kind, at = payload[at], at + 1
        _index, at = leb128(payload, at)
    return out


def initial_memory(payload):
    """The minimum size, in bytes, of the module's one memory (section 5)."""
    _count, at = leb128(payload, 0)
    _flags, at = payload[at], at + 1
    pages, _ = leb128(payload, at)
    return pages * PAGE


def api():
    with open(os.path.join(ROOT, "lib", "migproc.map"), encoding="utf-8") as f:
        return set(re.findall(r"^\s*(migproc_\w+);", f.read(), re.M))


def measure(tmp, index, options):
    build = os.path.join(tmp, "build-wasm-%d" % index)
    subprocess.run(["meson", "setup", build, "--cross-file",
                    os.path.join(HERE, "cross", "wasm32.ini")] + options,
                   cwd=ROOT, check=True, capture_output=True)
    subprocess.run(["ninja", "-C", build], check=True, capture_output=True)
    with open(os.path.join(build, "examples", "wasm", "migproc.wasm"), "rb") as f:
        data = f.read()
    found = sections(data)
    return dict(size=len(data), gzipped=len(gzip.compress(data, 9, mtime=0)),
                memory=initial_memory(found[5]),
                imports=leb128(found[2], 0)[0] if 2 in found else 0,
                exports=exports(found[7]))


def table(results):
    full = results["full"]["size"]
    lines = ["| configuration | .wasm (bytes) | saving | gzip -9 (bytes) | initial memory (KiB) |",
             "|---|---:|---:|---:|---:|"]
    for name, _options in CONFIGS:
        r = results[name]
        saving = "" if name == "full" else "%d (%.0f%%)" % (
            full - r["size"], 100.0 * (full - r["size"]) / full)
        lines.append("| %s | %d | %s | %d | %d |" % (name, r["size"], saving, r["gzipped"],
                                                      r["memory"] // 1024))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="FILE")
    parser.add_argument("--check", metavar="FILE")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {name: measure(tmp, i, options) for i, (name, options) in enumerate(CONFIGS)}
    text = table(results)
    print(text)
    failures = []
    expected = api() | HELPERS | {"memory"}
    for name, r in results.items():
        if r["imports"]:
            failures.append("%s: the module imports %d things" % (name, r["imports"]))
        if r["exports"] != expected:
            failures.append("%s: exports differ from lib/migproc.map: missing %s, extra %s" % (
                name, sorted(expected - r["exports"]), sorted(r["exports"] - expected)))
    print("exports: %d functions of lib/migproc.map, %s, memory; imports: %d"
          % (len(api()), ", ".join(sorted(HELPERS)), results["full"]["imports"]))
    if args.write:
        replace_section(args.write, BEGIN, END, text)
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            m = re.search(r"^\| full \| (\d+) \|", f.read().split(BEGIN, 1)[-1], re.M)
        if not m:
            sys.exit("size: no recorded figure in %s" % args.check)
        recorded, now = int(m.group(1)), results["full"]["size"]
        print(".wasm: %d bytes, recorded %d, budget %d (+%d%%)"
              % (now, recorded, int(recorded * GROWTH_LIMIT), round((GROWTH_LIMIT - 1) * 100)))
        if now > recorded * GROWTH_LIMIT:
            failures.append("the module grew from %d to %d bytes: more than 10%%; if that is "
                            "meant, update the table with --write %s" % (recorded, now, args.check))
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
