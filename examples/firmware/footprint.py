#!/usr/bin/env python3
"""Measure libmigproc's footprint on bare-metal Cortex-M builds.

For each CPU (Cortex-M0+, Cortex-M4) and each configuration (full, and the
trimming options alone and together), builds the library and the firmware
example with the meson cross files, then reports arm-none-eabi-size figures:
the library's objects (flash = text + rodata + data; RAM = data + bss) and
the linked firmware ELF.  It also checks that the library's objects need no
symbol beyond memcmp and memset.

  footprint.py                 print the table
  footprint.py --write FILE    print it and write it into FILE between the markers
  footprint.py --check FILE    print it; fail when the full library's flash on
                               Cortex-M0+ grew more than 10% over FILE's figure,
                               or when the library has data, bss or other imports
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CROSS = os.path.join(ROOT, "examples", "firmware", "cross")
CPUS = ("cortex-m0plus", "cortex-m4")
CONFIGS = (("full", []),
           ("-Dnames=en", ["-Dnames=en"]),
           ("-Dprovenance=false", ["-Dprovenance=false"]),
           ("-Dstates=related", ["-Dstates=related"]),
           ("all three", ["-Dnames=en", "-Dprovenance=false", "-Dstates=related"]))
ALLOWED_IMPORTS = {"memcmp", "memset"}  # README and doc/FOOTPRINT.md list exactly these
BEGIN, END = "<!-- footprint table: begin -->", "<!-- footprint table: end -->"
GROWTH_LIMIT = 1.10


def run(*args, cwd=None):
    return subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True).stdout


def sizes(path):
    """(text, data, bss) totals from arm-none-eabi-size; text includes rodata."""
    last = run("arm-none-eabi-size", "-t", path).strip().splitlines()[-1].split()
    return int(last[0]), int(last[1]), int(last[2])


def measure(tmp, cpu, options):
    build = os.path.join(tmp, "build-%s-%d" % (cpu, abs(hash(tuple(options)))))
    run("meson", "setup", build, "--cross-file", os.path.join(CROSS, cpu + ".ini"), *options,
        cwd=ROOT)
    run("ninja", "-C", build)
    library = os.path.join(build, "lib", "libmigproc.a")
    lib_text, lib_data, lib_bss = sizes(library)
    fw_text, fw_data, fw_bss = sizes(os.path.join(build, "examples", "firmware", "firmware.elf"))
    imports = {line.split()[-1] for line in run("arm-none-eabi-nm", "-u", library).splitlines()
               if line.strip().startswith("U ")}
    internal = {line.split()[-1] for line in run("arm-none-eabi-nm", "--defined-only",
                                                 library).splitlines() if len(line.split()) == 3}
    return dict(lib_flash=lib_text + lib_data, lib_data=lib_data, lib_bss=lib_bss,
                fw_flash=fw_text + fw_data, fw_ram=fw_data + fw_bss,
                imports=sorted(imports - internal))


def table(results):
    full = {cpu: results[(cpu, "full")]["lib_flash"] for cpu in CPUS}
    lines = ["| CPU | configuration | library flash (bytes) | saving | library .data + .bss | "
             "firmware flash | firmware RAM |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for cpu in CPUS:
        for name, _options in CONFIGS:
            r = results[(cpu, name)]
            saving = "" if name == "full" else "%d (%.0f%%)" % (
                full[cpu] - r["lib_flash"], 100.0 * (full[cpu] - r["lib_flash"]) / full[cpu])
            lines.append("| %s | %s | %d | %s | %d | %d | %d |" % (
                cpu, name, r["lib_flash"], saving, r["lib_data"] + r["lib_bss"], r["fw_flash"],
                r["fw_ram"]))
    return "\n".join(lines) + "\n"


def recorded_flash(path):
    """The full Cortex-M0+ library flash figure recorded in FILE's table."""
    with open(path, encoding="utf-8") as f:
        m = re.search(r"^\| cortex-m0plus \| full \| (\d+) \|", f.read(), re.M)
    if not m:
        sys.exit("footprint: no recorded figure in %s" % path)
    return int(m.group(1))


def replace_section(path, begin, end, text):
    """Rewrites the part of the file at path between the markers begin and end."""
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    start, stop = doc.index(begin) + len(begin), doc.index(end)
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc[:start] + "\n" + text + doc[stop:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="FILE")
    parser.add_argument("--check", metavar="FILE")
    args = parser.parse_args()
    for tool in ("arm-none-eabi-gcc", "arm-none-eabi-size", "arm-none-eabi-nm", "meson", "ninja"):
        if shutil.which(tool) is None:
            sys.exit("footprint: %s not found (Debian: gcc-arm-none-eabi, meson, ninja-build)"
                     % tool)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for cpu in CPUS:
            for name, options in CONFIGS:
                results[(cpu, name)] = measure(tmp, cpu, options)
    text = table(results)
    print(text)
    failures = []
    for key, r in results.items():
        if r["lib_data"] or r["lib_bss"]:
            failures.append("%s %s: the library has %d bytes of .data and %d of .bss"
                            % (key + (r["lib_data"], r["lib_bss"])))
        if not set(r["imports"]) <= ALLOWED_IMPORTS:
            failures.append("%s %s: the library needs %s" % (key + (", ".join(r["imports"]),)))
    print("library imports: %s" % ", ".join(results[(CPUS[0], "full")]["imports"]))
    if args.write:
        replace_section(args.write, BEGIN, END, text)
    if args.check:
        recorded, now = recorded_flash(args.check), results[(CPUS[0], "full")]["lib_flash"]
        print("Cortex-M0+ library flash: %d bytes, recorded %d, budget %d (+%d%%)"
              % (now, recorded, int(recorded * GROWTH_LIMIT), round((GROWTH_LIMIT - 1) * 100)))
        if now > recorded * GROWTH_LIMIT:
            failures.append("the library grew from %d to %d bytes of flash: more than 10%%; if "
                            "that is meant, update the table with --write %s"
                            % (recorded, now, args.check))
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
