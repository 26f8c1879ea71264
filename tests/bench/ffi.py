#!/usr/bin/env python3
"""The migproc Python package through FFI, beside pycountry, in one process.

    python3 tests/bench/ffi.py [--runs 7]

Imports migproc as Python finds it: the installed package (pip install .), or
the source tree's with PYTHONPATH=examples/python and MIGPROC_LIBRARY set.
Prints a Markdown table for doc/PERFORMANCE.md: nanoseconds per call, the
median of the runs (each about 20 ms) with the fastest and slowest, over
every key of a kind in random order where the row says so; the runs of the
two sides of a row alternate.  pycountry
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


def per_call(stmt, calls_per_loop, runs, other=None):
    """(median, min, max) ns per call of a zero-argument function that makes
    calls_per_loop calls, each run about 20 ms.  With other (a function making
    as many calls), a pair of results, the runs of the two alternating so that
    a burst of load on this shared machine hits both alike."""
    timers = [timeit.Timer(f) for f in ([stmt] if other is None else [stmt, other])]
    loops = []
    for timer in timers:
        n = 1
        while timer.timeit(n) < 0.02:
            n *= 2
        loops.append(n)
    times = [[] for _ in timers]
    for _ in range(runs):
        for timer, n, out in zip(timers, loops, times):
            out.append(timer.timeit(n) / n / calls_per_loop * 1e9)
    results = [(statistics.median(t), min(t), max(t)) for t in times]
    return results[0] if other is None else results


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

    def row(label, ours, other_label=None, other=None, calls=1):
        """A row; with other, ours and theirs measured in alternation."""
        if other is None:
            rows.append((label, per_call(ours, calls, runs), other_label, None))
        else:
            mine, theirs = per_call(ours, calls, runs, other)
            rows.append((label, mine, other_label, theirs))

    get = pycountry.countries.get if pycountry else None
    lookup = pycountry.countries.lookup if pycountry else None
    find = migproc.find
    row('`find("MX")`', lambda: find("MX"),
        'pycountry `countries.get(alpha_2="MX")`', get and (lambda: get(alpha_2="MX")))
    row("`find(code)`, every ISO alpha-2 code (%d), random order" % len(codes),
        over(find, codes), "pycountry `countries.get(alpha_2=code)`, same codes",
        get and over(lambda c: get(alpha_2=c), codes), len(codes))
    row('`find("Mexico")`', lambda: find("Mexico"),
        'pycountry `countries.lookup("Mexico")`', lookup and (lambda: lookup("Mexico")))
    row("`find(name)`, every English state name both know (%d), random order" % len(names),
        over(find, names), "pycountry `countries.lookup(name)`, same names",
        lookup and over(lookup, names), len(names))
    row("`find(code)`, the same codes again", over(find, codes),
        "a Python `dict[code]` of the same codes (no library)",
        over(by_code.__getitem__, codes), len(codes))
    row('`get("Atlantis")` (unknown key)', lambda: migproc.get("Atlantis"))
    row('`find("RCM").members` (one `migproc_related_asof` call)',
        lambda: migproc.find("RCM").members)
    row("`list(rcm.members & mirps.members)` (intersection and iteration, 7 states)",
        lambda: list(rcm & mirps))
    row('`"MX" in rcm.members` (by key)', lambda: "MX" in rcm)

    bare = startup_ms("pass", 15)
    ours = startup_ms("import migproc; migproc.find('MX')", 15)
    theirs = pycountry and startup_ms(
        "import pycountry; pycountry.countries.get(alpha_2='MX')", 15)

    print("From one run on %s (%d cores, load average %.1f at the end), %s %s, Python %s, "
          "migproc loaded from `%s`, %s." % (
              platform.machine(), os.cpu_count(), os.getloadavg()[0], platform.system(),
              platform.release(), platform.python_version(),
              migproc.library_path.replace(os.path.expanduser("~"), "~"),
              time.strftime("%Y-%m-%d")))
    print()
    print("| operation | migproc ns | min–max | compared with | ns | min–max |")
    print("|---|---:|---:|---|---:|---:|")
    for label, mine, other_label, other in rows:
        print("| %s | %s | %s | %s | %s | %s |" % (
            (label,) + fmt(mine) + (other_label or "",) +
            (fmt(other) if other_label else ("", ""))))
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
