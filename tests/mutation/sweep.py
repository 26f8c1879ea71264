#!/usr/bin/env python3
"""A generated mutation sweep, for a maintainer to read: every comparison,
logical operator, `+`, `-`, `&`, `|`, integer literal (plus one) and
`return true`/`return false` of the given files is changed, one at a time,
and run through run.py's machinery (a scratch tree, an incremental
rebuild, the tests that concern the file).  Where catalogue.py holds the
mutations CI keeps killed, this finds the ones nobody thought of: each
survivor is a test missing, or an equivalent mutant (a bound that cannot be
reached, a fast path whose slow twin answers alike).  Not a CI stage: about
5 s a mutant on two cores, an hour for lib/fold.c, lookup.c, set.c and
relation.c.  A test written for a survivor goes in catalogue.py too.

usage: sweep.py FILE... [--jobs N] [--scratch DIR] [--list] [--only ID,...]

Mutant IDs are FILE:LINE:OPERATOR:COLUMN.  A mutant stops at its first
failing test (meson test --maxfail 1), run first where it fails most often.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalogue  # noqa: E402
import run  # noqa: E402

# (pattern, replacement); None replaces an integer literal by the next one.
OPERATORS = [
    (r"(?<![<>=!-])<=(?!=)", "<"), (r"(?<![<>=!-])>=(?!=)", ">"),
    (r"(?<![<>\-=!])<(?![<=])", "<="), (r"(?<![<>\-=!])>(?![>=])", ">="),
    (r"==", "!="), (r"!=", "=="), (r"&&", "||"), (r"\|\|", "&&"),
    (r"(?<![\w.])(0x[0-9A-Fa-f]+|\d+)(u|U|ul|UL)?(?![\w.])", None),
    (r"\breturn true\b", "return false"), (r"\breturn false\b", "return true"),
    (r" \+ ", " - "), (r" - ", " + "), (r" & ", " | "), (r" \| ", " & "),
]
# The tests that kill most mutants, first: with --maxfail 1 a mutant stops there.
FIRST = ["fold", "lookup", "keys", "sets", "api", "known"]
# The files of the example CLI and of the Python and Ruby packages: only their own tests run them.
TESTS_OF = {"examples/cli/": ["cli", "cli-library", "cli-memcheck", "fuzz-cli", "cli-trimmed-names-en",
                              "cli-trimmed-no-provenance", "cli-trimmed-states-related",
                              "cli-trimmed-all-trims"],
            "examples/python/": ["ffi-python"], "examples/ruby/": ["ffi-ruby"],
            # The generator: the library's answers first, then its own refusals and folding.
            "lib/gen-tables.py": sorted(run.CORE, key=lambda t: t not in FIRST) +
            ["fold", "data-doc", "data-deps", "generator"]}


def tests_of(path):
    return next((tests for prefix, tests in TESTS_OF.items() if path.startswith(prefix)), None)


def code_lines(lines):
    """(index, code) of each line of C that is neither a comment, a
    preprocessor line nor a static assertion; code is the line before any
    comment that starts on it."""
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            in_comment = "*/" not in s
            continue
        if s.startswith("/*") or s.startswith("*"):
            in_comment = s.startswith("/*") and "*/" not in s
            continue
        if not s or s.startswith(("#", "//")) or "_Static_assert" in s:
            continue
        yield i, line.split("/*")[0]


def python_lines(lines):
    """(index, code) of each line of Python outside docstrings and comments;
    code is the line before a comment that starts outside a string."""
    in_docstring = False
    for i, line in enumerate(lines):
        s = line.strip()
        quotes = s.count('"""')
        if in_docstring or quotes:
            in_docstring = in_docstring != (quotes % 2 == 1)
            continue
        if not s or s.startswith("#"):
            continue
        code = line
        for m in re.finditer(" #", line):
            if line[:m.start()].count('"') % 2 == 0 and line[:m.start()].count("'") % 2 == 0:
                code = line[:m.start()]
                break
        yield i, code


def mutants(path):
    lines = open(os.path.join(run.ROOT, path), encoding="utf-8").read().split("\n")
    text = "\n".join(lines)
    for i, code in (python_lines if path.endswith(".py") else code_lines)(lines):
        for k, (pattern, replacement) in enumerate(OPERATORS):
            for m in re.finditer(pattern, code):
                if code[:m.start()].count('"') % 2:
                    continue  # inside a string
                if replacement is None:
                    literal = m.group(1)
                    hexadecimal = literal.lower().startswith("0x")
                    value = int(literal, 16 if hexadecimal else 10) + 1
                    replacement_text = (hex(value) if hexadecimal else str(value)) + (m.group(2) or "")
                else:
                    replacement_text = replacement
                new = code[:m.start()] + replacement_text + code[m.end():] + lines[i][len(code):]
                # The line, and as many lines before it as make it unique (at most five).
                first = i
                while text.count("\n".join(lines[first:i + 1])) > 1 and first > 0 and i - first < 5:
                    first -= 1
                old = "\n".join(lines[first:i + 1])
                if text.count(old) != 1:
                    continue
                yield dict(id="%s:%d:%d:%d" % (os.path.basename(path), i + 1, k, m.start()),
                           path=path, old=old, new="\n".join(lines[first:i] + [new]),
                           equivalent=None, tests=None, issue15=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", help="paths from the project's root, e.g. lib/set.c")
    ap.add_argument("--jobs", default="2")
    ap.add_argument("--scratch", default=os.path.join(run.ROOT, "build-sweep"))
    ap.add_argument("--list", action="store_true", help="print the mutants, run nothing")
    ap.add_argument("--only", help="these mutant IDs (comma-separated) alone")
    args = ap.parse_args()
    generated = [m for f in args.files for m in mutants(f)]
    if args.only:
        generated = [m for m in generated if m["id"] in args.only.split(",")]
    if args.list:
        for m in generated:
            print("%s | %s" % (m["id"], m["new"].split("\n")[-1].strip()))
        return 0
    catalogue.M[:] = generated
    tests_for = run.Worker.tests_for
    run.Worker.tests_for = lambda self, m: tests_of(m["path"]) or sorted(
        tests_for(self, m), key=lambda t: t not in FIRST)
    sh = run.sh
    run.sh = lambda a, cwd=None, timeout=900: sh(
        a[:2] + ["--maxfail", "1"] + a[2:] if a[:2] == ["meson", "test"] else a, cwd, timeout)
    sys.argv = ["run.py", "--jobs", args.jobs, "--scratch", args.scratch]
    return run.main()


if __name__ == "__main__":
    sys.exit(main())
