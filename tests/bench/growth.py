#!/usr/bin/env python3
"""Lookups cost no more instructions with ten times the keys.

  growth.py CC... -- ROOT

Copies lib/data/ into a temporary directory and adds synthetic aliases (a
fixed seed; names of one to five made-up words, some accented, spread over
every entity and language) until there are ten times today's keys; generates
tables from it with lib/gen-tables.py --data; builds tests/bench/allkeys.c
twice with the same compiler and flags, once with the committed tables and
once with the grown ones; checks that both answer every key of today's data
(tests/bench/keys.py) the same; and counts, under callgrind, the
instructions of every lookup of today's keys in both.  Fails when the mean
or the max of any class grows by more than TOLERANCE: what an index whose
cost depends on the number of keys would show (a binary search over ten
times the keys takes three or four more steps: about 50 instructions), but
not the few instructions by which an unknown key may cost more when it
lands on an occupied slot and is compared.  Exit 77 (skipped) without
valgrind.
"""
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GROWTH = 10
SEED = 16
TOLERANCE = 0.02
# Instructions by which one key's count may move without the index growing:
# glibc's memcmp takes another path with its operands' alignment, which the
# grown pool's layout changes.
SLACK = 8


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grow(gen, data_dir, out_dir):
    """Copies data_dir to out_dir with aliases added up to GROWTH times the
    keys; returns (keys before, keys after)."""
    shutil.copytree(data_dir, out_dir)
    data = gen.Data(data_dir)
    before = len(data.keys)
    rng = random.Random(SEED)
    syllables = ["ta", "ro", "mi", "sen", "qua", "dor", "lé", "ña", "vi", "ço", "ber", "ka",
                 "zu", "ló", "pra", "nes", "gui", "tém", "ol", "ri"]
    codes = [e["code"] for e in data.entities]
    source = data.sources[0]["key"]
    words = set()
    lines = []
    while len(lines) < before * (GROWTH - 1):
        name = " ".join("".join(rng.choice(syllables) for _ in range(rng.randrange(2, 5)))
                        .capitalize() for _ in range(rng.randrange(1, 6)))
        name += " %d" % len(lines)  # no two alike, and no key of today's data
        if name in words:
            continue
        words.add(name)
        lines.append("%s\t%s\t%s\t%s\n" % (rng.choice(codes), rng.choice(gen.LANGS), name, source))
    with open(os.path.join(out_dir, "aliases.tsv"), "a", encoding="utf-8") as f:
        f.writelines(lines)
    return before, len(gen.Data(out_dir).keys)


def main():
    if "--" not in sys.argv:
        sys.exit("usage: growth.py CC... -- ROOT")
    split = sys.argv.index("--")
    cc, root = sys.argv[1:split], sys.argv[split + 1]
    if shutil.which("valgrind") is None:
        print("valgrind not installed: skipped")
        return 77
    gen = load("gen_tables", os.path.join(root, "lib", "gen-tables.py"))
    budgets = load("budgets", os.path.join(HERE, "budgets.py"))
    with tempfile.TemporaryDirectory() as tmp:
        grown = os.path.join(tmp, "data")
        before, after = grow(gen, os.path.join(root, "lib", "data"), grown)
        print("keys: %d today, %d grown (%.1fx)" % (before, after, after / before))
        tables = os.path.join(tmp, "tables.c")
        subprocess.run([sys.executable, os.path.join(root, "lib", "gen-tables.py"),
                        "--data", grown, "--output", tables], check=True)
        keys = os.path.join(tmp, "keys.tsv")
        subprocess.run([sys.executable, os.path.join(HERE, "keys.py"), "--data",
                        os.path.join(root, "lib", "data"), "--output", keys], check=True)
        lib = os.path.join(root, "lib")
        # The library's sources: every lib/*.c but the generated tables.
        core = sorted(os.path.join(lib, f) for f in os.listdir(lib)
                      if f.endswith(".c") and f != "migproc_tables.c")
        programs = {}
        for label, table in (("today", os.path.join(lib, "migproc_tables.c")),
                             ("grown", tables)):
            exe = os.path.join(tmp, "allkeys-" + label)
            subprocess.run(cc + ["-std=c11", "-O2", "-I" + os.path.join(root, "include"),
                                 "-I" + lib, os.path.join(HERE, "allkeys.c"), table] + core +
                           ["-o", exe], check=True)
            check = subprocess.run([exe, keys, "--check"], capture_output=True, text=True)
            print("%s: %s" % (label, check.stdout.strip()))
            if check.returncode != 0:
                print(check.stderr)
                return 1
            programs[label] = exe
        classes = [line.split()[0] for line in subprocess.run(
            [programs["today"], keys, "--list"], capture_output=True, text=True,
            check=True).stdout.splitlines() if line.startswith("find_")]
        counts = {label: budgets.count(exe, keys, classes, tmp)
                  for label, exe in programs.items()}
    failures = 0
    print("%-22s %10s %10s %10s %10s" % ("class", "mean today", "mean grown", "max today",
                                         "max grown"))
    for cls in classes:
        figures = []
        for label in ("today", "grown"):
            items = [i for i, _ in counts[label][cls]]
            figures += [sum(items) / len(items), max(items)]
        # The maximum of an unknown key depends on which slot it lands on
        # and how long the key there is, which any new key may change: only
        # the mean says whether a lookup costs more.
        grew = figures[2] > figures[0] * (1 + TOLERANCE) or \
            (not cls.startswith("find_unknown") and
             figures[3] > max(figures[1] * (1 + TOLERANCE), figures[1] + SLACK))
        failures += grew
        print("%-22s %10.1f %10.1f %10.0f %10.0f%s" % (cls, figures[0], figures[2], figures[1],
                                                      figures[3], "  GREW" if grew else ""))
    print("%d classes grew by more than %d%%" % (failures, TOLERANCE * 100))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
