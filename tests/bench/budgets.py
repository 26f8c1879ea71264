#!/usr/bin/env python3
"""Instructions per call over every key and every question, counted by
valgrind's callgrind (the same count on every run, however busy the
machine), checked against budgets.

allkeys (tests/bench/allkeys.c) runs each item of a class once, alone,
between callgrind client requests: the counters are zeroed before the call
and dumped after it, collecting only inside the functions measured
(migproc_*, or the wrappers of ICU, the naive scan and the hand-written
baselines), so the harness does not
count and every item's count is exact.  A class's figures are the mean and
the MAX over all its items; the budgets apply to the max (and, where
budgets.tsv gives one, to the mean).

  budgets.py ALLKEYS KEYS                 print mean and max instructions of every budgeted class
  budgets.py ALLKEYS KEYS --check FILE    also fail when a class exceeds FILE's budget
  budgets.py ALLKEYS KEYS --json          print JSON lines (for doc/PERFORMANCE.md)
  budgets.py ALLKEYS KEYS --classes C...  measure these classes (budgeted or not)

ALLKEYS and KEYS are build-release/tests/bench/allkeys and allkeys.tsv.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def measured_functions(cls):
    if cls.startswith("icu_"):
        return "icu_find_*"
    if cls.startswith("naive_"):
        return "naive_find"
    if cls.startswith("base_"):
        return "base_find_code"
    return "migproc_*"


def read_budgets(path):
    """class -> (max budget, mean budget or None)."""
    budgets = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                budgets[line[0]] = (int(line[1]), int(line[2]) if len(line) > 2 else None)
    return budgets


def count(allkeys, keys, classes, tmp):
    """{class: [(instructions per divisor, label key), ...]} for every item."""
    by_pattern = {}
    for cls in classes:
        by_pattern.setdefault(measured_functions(cls), []).append(cls)
    result = {cls: [] for cls in classes}
    env = dict(os.environ, LD_BIND_NOW="1")
    for n, (pattern, group) in enumerate(sorted(by_pattern.items())):
        out = os.path.join(tmp, "cg%d" % n)
        run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                              "--collect-atstart=no", "--toggle-collect=" + pattern,
                              allkeys, keys, "--callgrind"] + group,
                             capture_output=True, text=True, env=env)
        if run.returncode != 0:
            sys.exit("budgets: allkeys --callgrind failed:\n%s" % run.stderr)
        for path in glob.glob(out + ".*"):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            m = re.search(r"^desc: Trigger: Client Request: (\S+) (\d+) (\d+) ?(.*)$", text, re.M)
            if not m:
                continue
            total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            instructions = int(total.group(1)) if total else 0
            result[m.group(1)].append((instructions / int(m.group(3)), m.group(4)))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("allkeys")
    parser.add_argument("keys")
    parser.add_argument("--check", metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--classes", nargs="+")
    parser.add_argument("--budgets", default=os.path.join(os.path.dirname(__file__), "budgets.tsv"))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("budgets: valgrind is needed (Debian: valgrind)")
    budgets = read_budgets(args.check or args.budgets)
    available = dict(line.split() for line in subprocess.run(
        [args.allkeys, args.keys, "--list"], capture_output=True, text=True,
        check=True).stdout.splitlines())
    classes = args.classes or list(budgets)
    missing = [c for c in classes if c not in available]
    if missing:
        sys.exit("budgets: no such class in allkeys: %s" % " ".join(missing))
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        counts = count(args.allkeys, args.keys, classes, tmp)
    if not args.json:
        print("%-26s %6s %8s %8s %8s %8s  %s" % ("class", "items", "mean", "max", "budget",
                                                  "mean bgt", "item at the max"))
    for cls in classes:
        items = counts[cls]
        if len(items) != int(available[cls]):
            sys.exit("budgets: %s: %d of %s items counted" % (cls, len(items), available[cls]))
        mean = sum(i for i, _ in items) / len(items)
        worst, worst_key = max(items)
        budget, mean_budget = budgets.get(cls, (None, None))
        over = (budget is not None and worst > budget) or \
            (mean_budget is not None and mean > mean_budget)
        failures += over
        if args.json:
            print(json.dumps({"class": cls, "items": len(items), "mean": round(mean, 1),
                              "max": round(worst, 1), "max_key": worst_key, "budget": budget,
                              "mean_budget": mean_budget}, ensure_ascii=False))
        else:
            print("%-26s %6d %8.1f %8.1f %8s %8s  %s%s" % (
                cls, len(items), mean, worst, budget if budget is not None else "-",
                mean_budget if mean_budget is not None else "-", worst_key,
                "  OVER BUDGET" if over else ""))
    if args.check:
        print("%d within budget, %d over" % (len(classes) - failures, failures))
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
