#!/usr/bin/env python3
"""Instructions per operation, counted by valgrind's callgrind (the same
count on every run, however busy the machine), checked against budgets.

For each operation the benchmark runs it N and 11N times under callgrind,
collecting only inside the functions measured (migproc_*, ICU's uregion_*,
or the naive scan), so the benchmark's own loop does not count; the
difference over 10N is the cost of one call, everything it calls included.

  budgets.py BENCH                 print instructions/op for every budgeted operation
  budgets.py BENCH --check FILE    also fail when an operation exceeds FILE's budget
  budgets.py BENCH --json          print JSON lines (for doc/PERFORMANCE.md)
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

N = 2000


def measured_functions(op):
    if op.startswith("icu_"):
        return "uregion_*"
    if op.startswith("naive_scan"):
        return "naive_scan"
    return "migproc_*"


def instructions(bench, op, n, tmp):
    out = os.path.join(tmp, "callgrind.out")
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                             "--toggle-collect=" + measured_functions(op),
                             bench, "--count", op, str(n)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("budgets: %s --count %s failed:\n%s" % (bench, op, result.stderr))
    with open(out) as f:
        m = re.search(r"^(?:summary|totals): (\d+)", f.read(), re.M)
    return int(m.group(1))


def per_op(bench, op, tmp):
    return (instructions(bench, op, 11 * N, tmp) - instructions(bench, op, N, tmp)) / (10.0 * N)


def read_budgets(path):
    budgets = {}
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0]
            if line.strip():
                op, budget = line.split()[:2]
                budgets[op] = int(budget)
    return budgets


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench")
    parser.add_argument("--check", metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--budgets", default=os.path.join(os.path.dirname(__file__), "budgets.tsv"))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("budgets: valgrind is needed (Debian: valgrind)")
    budgets = read_budgets(args.check or args.budgets)
    extra = ["icu_region_from_code", "icu_contains", "naive_scan_alpha2"]
    available = subprocess.run([args.bench, "--list"], capture_output=True, text=True,
                               check=True).stdout.split()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        if not args.json:
            print("%-26s %12s %8s" % ("operation", "instr/call", "budget"))
        for op in list(budgets) + [e for e in extra if e in available]:
            count = per_op(args.bench, op, tmp)
            budget = budgets.get(op)
            over = budget is not None and count > budget
            failures += over
            if args.json:
                print(json.dumps({"op": op, "instructions": round(count, 1), "budget": budget}))
            else:
                print("%-26s %12.1f %8s%s" % (op, count, budget if budget is not None else "-",
                                             "  OVER BUDGET" if over else ""))
    if args.check:
        print("%d within budget, %d over" % (len(budgets) - failures, failures))
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
