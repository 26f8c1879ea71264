#!/usr/bin/env python3
"""Measure libmigproc beside ICU, a naive scan, hand-written baselines and
pycountry, over every key, in one run, and write doc/PERFORMANCE.md from the
figures.

  performance.py BUILD_DIR                  print the report
  performance.py BUILD_DIR --write FILE     print it and write it to FILE

BUILD_DIR is a meson build of this project (a release build:
`meson setup build-release --buildtype=release`).  Needs valgrind; ICU
(libicu-dev) and pycountry (python3-pycountry) are measured when present.
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, check=True, **kw).stdout


def median_of(command, key, runs=11):
    values = []
    for _ in range(runs):
        out = run(*command)
        values.append(float(re.search(r"^%s ([\d.]+)" % key, out, re.M).group(1)))
    return statistics.median(values)


def pycountry_figures():
    """Import time (fresh interpreter, median of 5) and per-call times, with
    Debian's python3 when it has pycountry."""
    for python in ("/usr/bin/python3", sys.executable):
        if os.path.exists(python) and subprocess.run(
                [python, "-c", "import pycountry"], capture_output=True).returncode == 0:
            break
    else:
        return None
    code = ("import time; t = time.perf_counter(); import pycountry; "
            "pycountry.countries.get(alpha_2='MX'); print((time.perf_counter() - t) * 1e3)")
    imports = statistics.median(float(run(python, "-c", code)) for _ in range(5))
    code = ("import timeit, pycountry; n = 20000; c = pycountry.countries\n"
            "c.get(alpha_2='MX')\n"
            "print(min(timeit.repeat(lambda: c.get(alpha_2='MX'), number=n, repeat=5)) / n * 1e9)\n"
            "print(min(timeit.repeat(lambda: c.lookup('Mexico'), number=n, repeat=5)) / n * 1e9)")
    get_ns, lookup_ns = (float(x) for x in run(python, "-c", code).split())
    return dict(import_ms=imports, get_ns=get_ns, lookup_ns=lookup_ns)


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            model = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M).group(1)
    except (OSError, AttributeError):
        pass
    compiler = run("cc", "--version").splitlines()[0]
    return "%s, %d cores, Linux %s, %s" % (model, os.cpu_count(), platform.release(), compiler)


KEY_CLASSES = [  # (class, what), the ICU equivalent is icu_<class>
    ("alpha2", "ISO alpha-2 code (\"MX\")"),
    ("alpha3", "ISO alpha-3 code (\"MEX\")"),
    ("numeric", "ISO numeric code (\"484\", \"8\")"),
    ("code", "the library's own code (\"RCM\")"),
    ("name_en", "English name or alias"),
    ("name_es", "Spanish name or alias"),
    ("name_pt", "Portuguese name or alias"),
    ("lower", "a name or alias in lower case"),
    ("variant", "a name or alias without its accents, or with spaces and hyphens swapped"),
    ("unknown_prefix", "unknown: a prefix of a name"),
    ("unknown_near", "unknown: a name one edit away"),
    ("unknown_random", "unknown: random letters, words, codes"),
]
OTHER_CLASSES = [
    ("holds", "`migproc_holds`: every relation in force, and as many that are not"),
    ("related", "`migproc_related`: every entity and relation"),
    ("related_asof", "`migproc_related_asof`: every statement's dates"),
    ("set_all_of_kind", "`migproc_set_all_of_kind`: every kind"),
    ("rel_from_name", "`migproc_rel_from_name`: every name, upper case, dashed, cut short"),
    ("set_next", "`migproc_set_next`: iterating every related set, per element"),
    ("set_ids", "`migproc_set_ids`: every related set in one call, per element"),
    ("set_intersect", "`migproc_set_intersect`"),
    ("set_union", "`migproc_set_union`"),
    ("set_difference", "`migproc_set_difference`"),
    ("set_symmetric_difference", "`migproc_set_symmetric_difference`"),
    ("set_count", "`migproc_set_count`"),
    ("set_has", "`migproc_set_has`"),
]


def instruction_targets(counts):
    """Issue 16's instruction targets, written in brackets in budgets.tsv
    ("[max]" or "[max, mean]"), beside this run's counts."""
    lines = ["", "Issue 16's instruction targets (`tests/bench/budgets.tsv`, in brackets), this run:",
             "", "| class | target max | max | target mean | mean | |", "|---|---:|---:|---:|---:|---|"]
    with open(os.path.join(HERE, "budgets.tsv"), encoding="utf-8") as f:
        for line in f:
            target = re.search(r"\[(\d+)(?:, (\d+))?\]", line)
            cls = line.split()[0] if line.strip() else "#"
            if cls.startswith("#") or not target or cls not in counts:
                continue
            top, mean = int(target.group(1)), target.group(2) and int(target.group(2))
            got = counts[cls]
            met = got["max"] <= top and (mean is None or got["mean"] <= mean)
            lines.append("| `%s` | %d | %.0f | %s | %.1f | %s |" % (
                cls, top, got["max"], mean if mean is not None else "", got["mean"],
                "met" if met else "NOT MET"))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--write", metavar="FILE")
    args = parser.parse_args()
    bench_dir = os.path.join(args.build, "tests", "bench")
    bench = os.path.join(bench_dir, "bench")
    allkeys = os.path.join(bench_dir, "allkeys")
    keys = os.path.join(bench_dir, "allkeys.tsv")
    library = os.path.join(args.build, "lib", "libmigproc.so.1")

    available = dict(line.split() for line in run(allkeys, keys, "--list").splitlines())
    timing = {r["class"]: r for r in map(json.loads, run(allkeys, keys, "--time").splitlines())
              if "class" in r}
    counts = {r["class"]: r for r in map(json.loads, run(
        sys.executable, os.path.join(HERE, "budgets.py"), allkeys, keys, "--json",
        "--classes", *sorted(available)).splitlines())}
    fixed = {r["op"]: r for r in map(json.loads, run(bench, "--json").splitlines())}
    startup_us = median_of([os.path.join(bench_dir, "startup"), library], "dlopen_to_answer_us")
    resident_kb = median_of([os.path.join(bench_dir, "startup"), library], "resident_kb", 1)
    heap = re.search(r"total heap usage: ([\d,]+) allocs.*?([\d,]+) bytes allocated",
                     subprocess.run(["valgrind", os.path.join(bench_dir, "heap-probe")],
                                    capture_output=True, text=True).stderr)
    icu_first = os.path.join(bench_dir, "icu-first-call")
    icu_first_us = median_of([icu_first], "first_call_us") if os.path.exists(icu_first) else None
    py = pycountry_figures()

    def ns(cls, field="median_ns"):
        return timing[cls][field] if cls in timing else None

    def instr(cls, field="mean"):
        return counts[cls][field] if cls in counts else None

    lines = [
        "# Performance",
        "",
        "Generated by `python3 tests/bench/performance.py build-release --write doc/PERFORMANCE.md`",
        "from one run on %s, %s." % (machine(), datetime.date.today().isoformat()),
        "To reproduce:",
        "",
        "```sh",
        "apt-get install -y valgrind libicu-dev python3-pycountry",
        "meson setup build-release --buildtype=release && ninja -C build-release",
        "python3 tests/bench/performance.py build-release",
        "```",
        "",
        "## Every key, in random order",
        "",
        "`tests/bench/keys.py` lists every key of the data: every state's ISO codes, every other",
        "entity's code, every name and alias in every language, and unknown keys near them (a",
        "prefix of each name, each name one edit away, random letters, words, codes and numbers),",
        "shuffled with a fixed seed; `tests/bench/allkeys` runs them (%d keys) and derives the other"
        % sum(int(available["find_" + c]) for c, _ in KEY_CLASSES if "find_" + c in available),
        "questions from the library (every relation in force, every statement's dates, every kind).",
        "",
        "Times are nanoseconds per call, each call timed alone in a stream of its class's items in",
        "random order (the time-stamp counter, less the cost of timing an empty call; the mean over",
        "41 passes, without outliers): the median and the 90th percentile over the items, on a",
        "shared, noisy machine. Instructions are counted by callgrind for each item alone, inside",
        "the functions measured (callees included): the mean and the maximum over the items. CI",
        "holds the maximum of every class to `tests/bench/budgets.tsv` (`budgets.py --check`).",
        "",
        "ICU 72 answers the same keys like for like: codes with `uregion_getRegionFromCode`; names,",
        "the library's codes and unknown keys with a root collator at primary strength with",
        "punctuation and spaces ignored (so case, accents, spaces and punctuation fold as in",
        "libmigproc), over the sort keys of the same names and codes, sorted, found by binary",
        "search. The naive scan compares the key with `strcmp` to every entity's code, alpha-3",
        "code and names, no index, no folding. The hand-written baselines for codes are a 26×26",
        "table, a 26×26×26 table and a 1000-entry table of IDs, filled from the same keys.",
        "",
        "The ratios divide the stream means (\"mean ns\": whole passes over the class in random",
        "order, about 2 ms of them, divided by its keys, no timer between calls), which the timer's",
        "own cost does not blur for the shortest calls: the fastest of 15 such runs, taken in rounds",
        "over every class, so that a burst of load slows one run of each class rather than every",
        "run of one (`tests/bench/allkeys.c`, `STREAM_ROUNDS`); the instruction ratio is given",
        "beside it. The libmigproc and ICU classes are called alike, through a function of",
        "`allkeys` per class; the hand-written baselines are that function themselves, one call",
        "level less.",
        "",
        "| class | keys | median ns | p90 ns | mean ns | instructions mean | max | ICU mean ns | ICU instructions mean | naive scan mean ns | ICU ÷ libmigproc, ns | instructions |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    claims = []
    for cls, what in KEY_CLASSES:
        lib = "find_" + cls
        if lib not in timing:
            continue
        icu, naive = "icu_" + cls, "naive_" + cls
        ratio = ns(icu, "mean_ns") / ns(lib, "mean_ns") if ns(icu) else None
        lines.append("| %s | %s | %.1f | %.1f | %.1f | %.0f | %.0f | %s | %s | %s | %s | %s |" % (
            what, available[lib], ns(lib), ns(lib, "p90_ns"), ns(lib, "mean_ns"), instr(lib),
            instr(lib, "max"),
            "%.0f" % ns(icu, "mean_ns") if ns(icu) else "–",
            "%.0f" % instr(icu) if instr(icu) else "–",
            "%.0f" % ns(naive, "mean_ns") if ns(naive) else "–",
            "%.1f×" % ratio if ratio else "–",
            "%.1f×" % (instr(icu) / instr(lib)) if instr(icu) else "–"))
        if ratio:
            claims.append(("%s: at least 10× faster than ICU's equivalent" % what, ratio, 10))
    lines += ["", "Hand-written baselines for codes (the same keys):", "",
              "| class | baseline mean ns | baseline instructions | libmigproc ÷ baseline, instructions | ns |",
              "|---|---:|---:|---:|---:|"]
    for cls, what in KEY_CLASSES[:3]:
        base, lib = "base_" + cls, "find_" + cls
        if base in timing:
            r_instr, r_ns = instr(lib) / instr(base), ns(lib, "mean_ns") / ns(base, "mean_ns")
            lines.append("| %s | %.1f | %.0f | %.2f | %.2f |" % (
                what, ns(base, "mean_ns"), instr(base), r_instr, r_ns))
            claims.append(("%s: within 1.5× of the hand-written baseline (instructions)" % what,
                           r_instr, -1.5))
    lines += ["", "The same codes given their length (`migproc_findn`, what the Ruby binding calls:",
              "`lib/lookup.c`'s `code_lookup`):", "",
              "| class | median ns | p90 ns | mean ns | instructions mean | max | ÷ baseline, instructions |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for cls, what in KEY_CLASSES[:3]:
        lib, base = "findn_" + cls, "base_" + cls
        if lib in timing:
            lines.append("| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %s |" % (
                what, ns(lib), ns(lib, "p90_ns"), ns(lib, "mean_ns"), instr(lib), instr(lib, "max"),
                "%.2f" % (instr(lib) / instr(base)) if base in timing else "–"))
    lines += ["", "## Relations and sets, every question", "",
              "| operation | items | median ns | p90 ns | instructions mean | max |",
              "|---|---:|---:|---:|---:|---:|"]
    for cls, what in OTHER_CLASSES:
        if cls in timing:
            lines.append("| %s | %s | %.1f | %.1f | %.1f | %.0f |" % (
                what, available[cls], ns(cls), ns(cls, "p90_ns"), instr(cls), instr(cls, "max")))
    if "icu_contains" in fixed:
        ratio = fixed["icu_contains"]["median_ns"] / fixed["holds"]["median_ns"]
        lines += ["", "Membership beside ICU's `uregion_contains` (a state in the UN M49 group nearest",
                  "each process; `tests/bench/bench`, eight inputs cycled): %.1f ns against %.1f ns."
                  % (fixed["holds"]["median_ns"], fixed["icu_contains"]["median_ns"])]
        claims.append(("membership test ≥ 100× faster than `uregion_contains`", ratio, 100))
    if py:
        lines += ["", "pycountry, for scale: `countries.get(alpha_2=\"MX\")` %.0f ns, "
                  "`countries.lookup(\"Mexico\")` %.0f ns." % (py["get_ns"], py["lookup_ns"])]
    lines += ["", "## Claims, this run", "", "| claim | ratio | |", "|---|---:|---|"]
    for claim, ratio, need in claims:  # need < 0: at most -need
        met = ratio <= -need if need < 0 else ratio >= need
        lines.append("| %s | %.2f× | %s |" % (claim, ratio, "met" if met else "NOT MET"))

    lines += instruction_targets(counts)
    lines += ["", "## Start-up and memory", "", "| | libmigproc | ICU | pycountry |",
              "|---|---:|---:|---:|",
              "| before the first answer | %.0f µs from `dlopen` to the answer | %s | %s |" % (
                  startup_us, "%.0f µs for the first `uregion_getRegionFromCode`" % icu_first_us
                  if icu_first_us else "–",
                  "%.0f ms to import and answer" % py["import_ms"] if py else "–"),
              "| heap allocated | %s (valgrind: %s allocs, %s bytes, whole process) | | |" % (
                  "none" if heap and heap.group(1) == "0" else "SOME",
                  heap.group(1) if heap else "?", heap.group(2) if heap else "?"),
              "| library resident after the first answer | %.0f KiB (its file-backed pages: "
              "code and tables) | | |" % resident_kb,
              "",
              "How each figure was reached: ISO alpha-2 keys read a 26×26 table; alpha-3 keys one",
              "slot of a 26×26×26 table whose rows are packed into one array by displacement; numbers",
              "a 1000-entry table; a name, alias or own code spelled as the data writes it (in any",
              "case of its letters, ASCII or Latin-1) is found by a hash of at most 24 of its bytes",
              "in a perfect hash of those spellings and one comparison (and, for another case, a",
              "caseless one sixteen bytes a step);",
              "every other key is folded sixteen bytes a step (SSE2 on x86-64:",
              "runs of letters copied whole, two-byte Latin letters folded in place), hashed two",
              "words a load, and found with a perfect hash of the folded keys (one multiply to",
              "mix; 12 bits of the hash in the key's row turn other keys away; the string the row",
              "points at, a name, code or alias the pool holds anyway or else the folded key, is",
              "folded again, its length read from the row, and compared: `doc/FOOTPRINT.md`).",
              "`holds` reads one slot of a perfect hash of every relation",
              "in force; `related` reads its (entity, relation) pair at its entity's row plus the",
              "relation (rows packed into one array by displacement), which holds the set in",
              "force now as an image of the set's first twelve words (images overlapping where",
              "one ends as another begins): three sixteen-byte copies and five of zeros, with no",
              "length to look at; `related_asof` checks its date against a bitmap of the valid",
              "month-days and copies the image of the epoch the date falls in (the pair's last",
              "epoch that starts on or before it, the epochs' dates compared from the last back);",
              "`set_all_of_kind` copies a row per",
              "kind; relation names are found by a perfect hash of their spelling."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        # The sections other scripts write (tests/bench/ffi.py: "Through FFI")
        # start at their own heading and are kept as they are.
        kept = ""
        if os.path.exists(args.write):
            with open(args.write, encoding="utf-8") as f:
                old = f.read()
            start = old.find(FFI_HEADING)
            kept = "\n" + old[start:] if start >= 0 else ""
        with open(args.write, "w", encoding="utf-8") as f:
            f.write(text + kept)
    return 0


FFI_HEADING = "## Through FFI: Python and Ruby"


if __name__ == "__main__":
    sys.exit(main())
