#!/usr/bin/env python3
"""Write tests/abi/keys-1.0.tsv: every lookup key libmigproc 1.0 shipped.

Reads the tables of 1.0.0 as released (lib/migproc_tables.c at commit
eef0025) from git, decodes mp_pool, mp_entities and mp_keys, and writes one
row per folded key with the codes of the entities it named.  The test
`keys` (tests/test-keys.c) asserts that every key still finds the same
entity (or, for a key that named several, at least the same entities).

  tests/abi/extract-keys.py [--commit REV] [--output FILE]

Run once, when 1.0's keys were frozen; rows are never removed.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RELEASE = "eef0025"  # 1.0.0 as released
TABLES = "lib/migproc_tables.c"


def array_body(text, name):
    m = re.search(r"\b%s\[\d+\] = \{\n(.*?)\n\};" % re.escape(name), text, re.S)
    if not m:
        sys.exit("extract-keys: no %s in %s" % (name, TABLES))
    return m.group(1)


def decode_pool(body):
    out = bytearray()
    for tok in re.findall(r"'(\\[0-7]{3}|[^'\\])'", body):
        out.append(int(tok[1:], 8) if tok.startswith("\\") else ord(tok))
    return bytes(out)


def string_at(pool, offset):
    return pool[offset:pool.index(b"\0", offset)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", default=RELEASE)
    parser.add_argument("--output", default=os.path.join(HERE, "keys-1.0.tsv"))
    args = parser.parse_args()
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=HERE, check=True,
                         capture_output=True, text=True).stdout.strip()
    text = subprocess.run(["git", "show", "%s:%s" % (args.commit, TABLES)], cwd=top,
                          check=True, capture_output=True, text=True).stdout
    pool = decode_pool(array_body(text, "mp_pool"))
    codes = [string_at(pool, int(m.group(1))).decode()
             for m in re.finditer(r"^    \{(\d+), \{", array_body(text, "mp_entities"), re.M)]
    keys = {}
    for m in re.finditer(r"^    \{(\d+), (\d+), (\d+)\},$", array_body(text, "mp_keys"), re.M):
        offset, length, ident = map(int, m.groups())
        folded = pool[offset:offset + length]
        if string_at(pool, offset) != folded:
            sys.exit("extract-keys: key row %s does not match the pool" % m.group(0))
        keys.setdefault(folded.decode("utf-8"), []).append(codes[ident])
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("# Every lookup key libmigproc 1.0.0 shipped, as folded (lib/fold.c), with the\n"
                "# code(s) of the entity or entities it named.  Written by tests/abi/extract-keys.py\n"
                "# from the released tables (%s:%s).\n"
                "# Frozen: rows are never removed or changed.  The test `keys` asserts that a key\n"
                "# naming one entity here still finds exactly that entity, and that a key naming\n"
                "# several still finds at least all of them.\n"
                "# Columns (tab-separated): folded key  entity codes (space-separated)\n"
                % (args.commit, TABLES))
        for key in sorted(keys, key=lambda k: k.encode("utf-8")):
            f.write("%s\t%s\n" % (key, " ".join(keys[key])))
    print("%d keys (%d rows of mp_keys) written to %s"
          % (len(keys), sum(map(len, keys.values())), args.output))


if __name__ == "__main__":
    main()
