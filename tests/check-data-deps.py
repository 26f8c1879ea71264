#!/usr/bin/env python3
"""The build cannot go stale: every file of lib/data/ is in the one list of
data files (lib/data/meson.build), and every target generated from the data
(the tables, trimmed or not, and the benchmark's keys) depends on each of
them in build.ninja, so that touching a data file regenerates them all.

  check-data-deps.py BUILD_NINJA DATA_DIR LISTED_FILE...
"""
import os
import sys
from testlib import check, finish  # noqa: E402  (tests/testlib.py)


def main():
    build_ninja, data_dir, listed = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = sorted(f for f in os.listdir(data_dir)
                   if os.path.isfile(os.path.join(data_dir, f)) and f != "meson.build")
    names = sorted(os.path.basename(f) for f in listed)
    check("every data file is listed in lib/data/meson.build", names == files,
          "listed %s, present %s" % (names, files))
    with open(build_ninja, encoding="utf-8") as f:
        text = f.read().replace("$\n", "")  # ninja's line continuations
    def output(line):
        return line.split(":")[0][len("build "):].strip()
    generated = [line for line in text.splitlines() if line.startswith("build ") and
                 os.path.basename(output(line)).endswith(("migproc_tables.c", ".tsv")) or
                 line.startswith("build ") and os.path.basename(output(line)).startswith("tables-")
                 and output(line).endswith(".c")]
    check("the build has targets generated from the data", len(generated) > 0,
          "no generated table in %s" % build_ninja)
    for line in generated:
        missing = [f for f in files if "lib/data/" + f not in line]
        check("%s depends on every data file" % output(line), not missing, "missing %s" % missing)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
