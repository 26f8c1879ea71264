#!/usr/bin/env python3
"""Mutation testing: applies each mutation of catalogue.py to a scratch copy
of the tree, regenerates what derives from the data, rebuilds incrementally
(one build directory per worker, reused), runs the tests that concern it,
and expects a failure.  Prints each result and the score; exits 1 when a
mutation that is not marked equivalent survives, or when the catalogue no
longer matches the sources (an entry's text not found exactly once).

usage: run.py [--jobs N] [--scratch DIR] [--only ID[,ID...]] [--list]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import catalogue  # noqa: E402

# What every mutation is tested against: the Check suites, the CLI, the
# trimmed builds, the fuzz corpus replay, the old client.  Not run: the
# checks that derived files were regenerated (tables-fresh, data-doc: the
# run regenerates them, as a maintainer would), and the slow tests that
# look at the build rather than the behaviour (linking, ffi, header).
# cli-library (every output of the program against the library, 5 s) runs
# for the program's own mutations (catalogue.py: CLI_TESTS).
CORE = ["api", "seed", "facts", "lookup", "sets", "badinput", "frozen", "keys", "known",
        "threads", "old-client", "fuzz-lookup", "fuzz-sets", "fuzz-graph", "cli",
        "trimmed-names-en", "trimmed-no-provenance", "trimmed-states-related",
        "trimmed-all-trims"]
EXTRA = {
    "lib/date.h": ["date", "date-portable"],
    # The byte-at-a-time builds (fold-lines-bytewise in fold, the library
    # in fold-bytewise) compile the portable paths of fold.c, fold.h,
    # bitset.h and set.c.
    "lib/bitset.h": ["bitset", "bitset-bytewise", "fold-bytewise"],
    "lib/fold.c": ["fold", "fold-bytewise"],
    "lib/fold.h": ["fold", "fold-bytewise"],
    "lib/lookup.c": ["fold"],
    "lib/set.c": ["fold-bytewise"],
    "include/migproc.h": ["abidiff", "elf", "header-c99"],
    "lib/migproc.map": ["elf", "abidiff"],
}
# Tests that read the sources only, run before the build: a mutation they
# kill costs no rebuild (a header mutation would otherwise rebuild it all,
# twice with the revert).
PREBUILD = {
    "include/migproc.h": ["frozen-header"],
}
# Tests that read the sources only, after a generator mutation has
# regenerated the tables: a mutation run by these alone is not built.
UNBUILT = {"generator"}


SETUP_LOCK = threading.Lock()


def sh(args, cwd=None, timeout=900):
    return subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=timeout)


def tracked_files():
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    return [f for f in out.stdout.decode().split("\0") if f]


def make_scratch(dest):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    for f in tracked_files():
        src = os.path.join(ROOT, f)
        if not os.path.lexists(src):
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, f)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, f), follow_symlinks=False)


def regenerate(src):
    """What derives from lib/data/ (or from a mutated generator): the committed tables (trimmed tables are
    custom targets that the build regenerates itself).  None when the
    generator fails, else why: its last line, or that it ran past a minute
    (a mutant that loops; it takes about a second)."""
    try:
        r = sh([sys.executable, os.path.join(src, "lib", "gen-tables.py"), "--data",
                os.path.join(src, "lib", "data"), "--output",
                os.path.join(src, "lib", "migproc_tables.c")], timeout=60)
    except subprocess.TimeoutExpired:
        return "no tables after 60 s"
    if r.returncode == 0:
        return None
    return (r.stdout.strip().splitlines() or ["exit %d, no message" % r.returncode])[-1]


class Worker:
    def __init__(self, n, scratch):
        self.src = os.path.join(scratch, "src%d" % n)
        self.build = os.path.join(scratch, "build%d" % n)

    def setup(self):
        make_scratch(self.src)
        if os.path.exists(self.build):
            shutil.rmtree(self.build)
        with SETUP_LOCK:  # two meson setups at once trip over CMake's probe of itself
            r = sh(["meson", "setup", self.build, self.src, "--werror"])
        if r.returncode != 0:
            sys.exit("meson setup failed:\n" + r.stdout)
        r = sh(["ninja", "-C", self.build])
        if r.returncode != 0:
            sys.exit("the unmutated tree does not build:\n" + r.stdout[-3000:])

    def tests_for(self, m):
        tests = list(m["tests"] or CORE)
        tests += EXTRA.get(m["path"], [])
        return tests

    def meson_test(self, tests):
        """The names of the tests that failed ([] when all passed)."""
        log = os.path.join(self.build, "meson-logs", "testlog.json")
        if os.path.exists(log):
            os.remove(log)
        # A mutant that loops is killed by the timeout: a quarter of each
        # test's own (7.5 s for the default 30 s; the suites take under 3 s).
        r = sh(["meson", "test", "-C", self.build, "--no-rebuild", "--num-processes", "2",
                "--timeout-multiplier", "0.25", "-q"] + tests)
        failed = []
        if os.path.exists(log):
            with open(log, encoding="utf-8") as f:
                for line in f:
                    t = json.loads(line)
                    if t["result"] not in ("OK", "SKIP", "EXPECTEDFAIL"):
                        failed.append(t["name"].split(" / ")[-1])
        if r.returncode != 0 and not failed:
            failed.append("meson test (exit %d: %s)" % (r.returncode, r.stdout.strip()[-200:]))
        return failed

    def run(self, m):
        path = os.path.join(self.src, m["path"])
        stat = os.stat(path)
        built = False
        original = open(path, encoding="utf-8").read()
        tables = os.path.join(self.src, "lib", "migproc_tables.c")
        original_tables = open(tables, encoding="utf-8").read()
        tables_stat = os.stat(tables)
        start = time.monotonic()
        try:
            if original.count(m["old"]) != 1:
                return "stale", "text found %d times" % original.count(m["old"])
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace(m["old"], m["new"]))
            if m["path"] in PREBUILD:
                failed = self.meson_test(PREBUILD[m["path"]])
                if failed:
                    return "killed", "by " + ", ".join(failed) + " (before the build)"
            if m["path"].startswith("lib/data/") or m["path"] == "lib/gen-tables.py":
                failure = regenerate(self.src)
                if failure:
                    return "killed", "by the generator: " + failure
            tests = self.tests_for(m)
            if not set(tests) <= UNBUILT:  # a test reads the build: rebuild it
                built = True
                r = sh(["ninja", "-C", self.build])
                if r.returncode != 0:
                    errors = [l.strip() for l in r.stdout.splitlines() if "error" in l]
                    first = (errors[0] if errors else "?")[:160]
                    return "killed", "by the build (--werror): " + first
            failed = self.meson_test(tests)
            if failed:
                return "killed", "by " + ", ".join(failed)
            return "survived", "ran " + " ".join(tests)
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
            if not built:  # nothing was built from the mutant: no rebuild needed
                os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            if m["path"].startswith("lib/data/") or m["path"] == "lib/gen-tables.py":
                with open(tables, "w", encoding="utf-8") as f:
                    f.write(original_tables)
                if not built:  # as it was: no rebuild of the tables either
                    os.utime(tables, ns=(tables_stat.st_atime_ns, tables_stat.st_mtime_ns))
            m["seconds"] = time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--scratch", default=os.path.join(ROOT, "build-mutation"))
    ap.add_argument("--only")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    mutations = catalogue.M
    if args.only:
        wanted = args.only.split(",")
        mutations = [m for m in mutations if m["id"] in wanted]
    if args.list:
        for m in mutations:
            print("%-28s %s%s" % (m["id"], m["path"],
                                  "  (equivalent: %s)" % m["equivalent"] if m["equivalent"] else ""))
        return 0
    t0 = time.monotonic()
    os.makedirs(args.scratch, exist_ok=True)
    workers = [Worker(n, args.scratch) for n in range(max(1, min(args.jobs, len(mutations))))]
    failures = []

    def set_up(w):
        # A worker that cannot build its tree fails the run: never count a
        # mutation as killed by a build that was broken before it.
        try:
            w.setup()
        except BaseException as e:  # sys.exit() in a thread would be silent
            failures.append("%s: %s" % (w.src, e))

    setups = [threading.Thread(target=set_up, args=(w,)) for w in workers]
    for t in setups:
        t.start()
    for t in setups:
        t.join()
    if failures:
        print("\n".join(failures), flush=True)
        return 2
    print("scratch trees built in %.0f s" % (time.monotonic() - t0), flush=True)
    # Mutations that rebuild everything (the header, the export map) last, so
    # that no other mutation pays for the rebuild their revert causes.
    queue = sorted(mutations, key=lambda m: m["path"] in ("include/migproc.h", "lib/migproc.map"))
    lock = threading.Lock()
    results = []

    def work(w):
        while True:
            with lock:
                if not queue:
                    return
                m = queue.pop(0)
            verdict, detail = w.run(m)
            with lock:
                results.append((m, verdict, detail))
                print("%-8s %-28s %5.1fs  %s" % (verdict, m["id"], m["seconds"], detail),
                      flush=True)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    killed = [m for m, v, _ in results if v == "killed"]
    survived = [m for m, v, _ in results if v == "survived" and not m["equivalent"]]
    equivalent = [m for m, v, _ in results if v == "survived" and m["equivalent"]]
    stale = [m for m, v, _ in results if v == "stale"]
    print("\nmutation score: %d killed of %d (%d equivalent, %d survived, %d stale) in %.0f s"
          % (len(killed), len(results), len(equivalent), len(survived), len(stale),
             time.monotonic() - t0))
    for m in equivalent:
        print("equivalent: %s: %s" % (m["id"], m["equivalent"]))
    for m in survived:
        print("SURVIVED: %s (%s)" % (m["id"], m["path"]))
    for m in stale:
        print("STALE: %s: %s no longer holds its text; update the catalogue" % (m["id"], m["path"]))
    issue15 = [m["id"] for m in mutations if m["issue15"]]
    print("issue 15's survivors: " + ", ".join(
        "%s %s" % (i, next(v for m, v, _ in results if m["id"] == i)) for i in issue15
        if any(m["id"] == i for m, _, _ in results)))
    return 1 if survived or stale else 0


if __name__ == "__main__":
    sys.exit(main())
