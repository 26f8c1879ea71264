#!/usr/bin/env python3
"""The migproc Python package through FFI, beside pycountry, in one process.

    python3 tests/bench/ffi.py [--runs 7]

Imports migproc as Python finds it: the installed package (pip install .), or
the source tree's with PYTHONPATH=examples/python and MIGPROC_LIBRARY set.
Prints a Markdown table for doc/PERFORMANCE.md: nanoseconds per call, the
median of the runs (each about 20 ms) with the fastest and slowest, over
every key of a kind in random order where the row says so.  pycountry
(Debian: python3-pycountry) is optional.  A benchmark, never a test.
"""
import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import timeit

import migproc

try:
    import pycountry
except ImportError:  # the table says so
    pycountry = None


def per_call(stmt, calls_per_loop, runs):
    """(median, min, max) ns per call of a zero-argument function that makes
    calls_per_loop calls, each run about 20 ms."""
    timer = timeit.Timer(stmt)
    loops = 1
    while timer.timeit(loops) < 0.02:
        loops *= 2
    times = [timer.timeit(loops) / loops / calls_per_loop * 1e9 for _ in range(runs)]
    return statistics.median(times), min(times), max(times)


def over(function, keys):
    """A zero-argument function calling function(key) for every key."""
    def loop():
        for key in keys:
            function(key)
    return loop


def startup_ms(code, runs):
    """Median wall time, in ms, of a fresh interpreter running code."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def fmt(result):
    if result is None:
        return "–", ""
    median, low, high = result
    return "%.0f" % median, "%.0f–%.0f" % (low, high)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    runs, rng = args.runs, random.Random(args.seed)

    states = list(migproc.entities("state"))
    codes = [e.code for e in states]
    rng.shuffle(codes)
    # English names that both libraries resolve to the same state.
    names = [e.name("en") for e in states]
    if pycountry is not None:
        def pyc_alpha2(name):
            try:
                return pycountry.countries.lookup(name).alpha_2
            except LookupError:
                return None
        names = [n for n in names if pyc_alpha2(n) == migproc.find(n).code]
    rng.shuffle(names)
    rcm, mirps = migproc.find("RCM").members, migproc.find("MIRPS").members
    by_code = {e.code: e for e in states}

    rows = []  # (operation, ours, theirs label, theirs)

    def row(label, ours, other_label=None, other=None):
        rows.append((label, ours, other_label, other))

    get = pycountry.countries.get if pycountry else None
    lookup = pycountry.countries.lookup if pycountry else None
    row('`find("MX")`', per_call(lambda: migproc.find("MX"), 1, runs),
        'pycountry `countries.get(alpha_2="MX")`',
        get and per_call(lambda: get(alpha_2="MX"), 1, runs))
    row("`find(code)`, every ISO alpha-2 code (%d), random order" % len(codes),
        per_call(over(migproc.find, codes), len(codes), runs),
        "pycountry `countries.get(alpha_2=code)`, same codes",
        get and per_call(over(lambda c: get(alpha_2=c), codes), len(codes), runs))
    row('`find("Mexico")`', per_call(lambda: migproc.find("Mexico"), 1, runs),
        'pycountry `countries.lookup("Mexico")`',
        lookup and per_call(lambda: lookup("Mexico"), 1, runs))
    row("`find(name)`, every English state name both know (%d), random order" % len(names),
        per_call(over(migproc.find, names), len(names), runs),
        "pycountry `countries.lookup(name)`, same names",
        lookup and per_call(over(lookup, names), len(names), runs))
    row("`find(code)`, same codes as above", None,
        "a Python `dict[code]` of the same codes (no library)",
        per_call(over(by_code.__getitem__, codes), len(codes), runs))
    row('`get("Atlantis")` (unknown key)', per_call(lambda: migproc.get("Atlantis"), 1, runs))
    row('`find("RCM").members` (one `migproc_related_asof` call)',
        per_call(lambda: migproc.find("RCM").members, 1, runs))
    row("`list(rcm.members & mirps.members)` (intersection and iteration, 7 states)",
        per_call(lambda: list(rcm & mirps), 1, runs))
    row('`"MX" in rcm.members` (by key)', per_call(lambda: "MX" in rcm, 1, runs))

    bare = startup_ms("pass", 15)
    ours = startup_ms("import migproc; migproc.find('MX')", 15)
    theirs = pycountry and startup_ms(
        "import pycountry; pycountry.countries.get(alpha_2='MX')", 15)

    print("From one run on %s (%d cores), %s %s, Python %s, migproc loaded from `%s`, %s." % (
        platform.machine(), os.cpu_count(), platform.system(), platform.release(),
        platform.python_version(), migproc.library_path.replace(os.path.expanduser("~"), "~"),
        time.strftime("%Y-%m-%d")))
    print()
    print("| operation | migproc ns | min–max | compared with | ns | min–max |")
    print("|---|---:|---:|---|---:|---:|")
    for label, mine, other_label, other in rows:
        print("| %s | %s | %s | %s | %s | %s |" % (
            (label,) + fmt(mine) + (other_label or "",) + (fmt(other) if other_label else ("", ""))))
    print()
    print("| start-up (median of 15) | ms |")
    print("|---|---:|")
    print("| `python3 -c pass` | %.1f |" % bare)
    print("| `import migproc` and `find('MX')`, over that | %.1f |" % (ours - bare))
    if theirs:
        print("| `import pycountry` and `countries.get(alpha_2='MX')`, over that | %.1f |"
              % (theirs - bare))

    def median(r):
        return r[1][0] if r[1] else None
    print()
    print("| claim (issue 13) | this run | |")
    print("|---|---:|---|")
    claims = []
    if pycountry:
        claims.append(('`find("MX")` ≤ pycountry `get(alpha_2="MX")`',
                       median(rows[0]) / rows[0][3][0], 1.0))
        claims.append(('`find("Mexico")` ≤ ½ pycountry `lookup("Mexico")`',
                       median(rows[2]) / rows[2][3][0], 0.5))
    for claim, ratio, limit in claims:
        print("| %s | %.2f× theirs | %s |" % (claim, ratio, "met" if ratio <= limit else "NOT met"))
    setop = median(rows[7])
    print("| intersection plus iteration ≤ 2 µs | %.2f µs | %s |"
          % (setop / 1000, "met" if setop <= 2000 else "NOT met"))
    print("| `import migproc` and first answer ≤ 20 ms over a bare interpreter | %.1f ms | %s |"
          % (ours - bare, "met" if ours - bare <= 20 else "NOT met"))


if __name__ == "__main__":
    main()
