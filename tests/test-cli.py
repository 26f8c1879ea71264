#!/usr/bin/env python3
"""The migproc command line program, run as a user runs it: output in each
format, exit statuses, messages.

usage: test-cli.py MIGPROC [--trimmed [--no-provenance] | --memcheck]
  --trimmed    a program built on trimmed tables: every command prints no NULL
  --memcheck   every command and the bad-input paths under valgrind's memcheck"""
import csv
import datetime
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

MIGPROC = sys.argv[1]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ffi", "seed-facts.json"),
          encoding="utf-8") as f:
    FACTS = json.load(f)


# A sanitizer's report fails the test whatever the exit status (.ci/run's
# sanitizer builds run this script too).
SANITIZER_REPORTS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                     "WARNING: ThreadSanitizer", "ERROR: MemorySanitizer")


def run(*args, stdout=subprocess.PIPE):
    p = subprocess.run([MIGPROC, *args], stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.decode("utf-8", "replace")
    for report in SANITIZER_REPORTS:
        if report in err:
            sys.exit("sanitizer report from migproc %s:\n%s" % (" ".join(args), err))
    out = p.stdout.decode("utf-8") if p.stdout is not None else ""
    return p.returncode, out, err


def calendar_date(text):
    """Python's own answer, independent of the C code: is text a YYYY,
    YYYY-MM or YYYY-MM-DD the CLI must accept?"""
    if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        datetime.date(*parts[:3])
    except ValueError:
        return False
    return True


def strict_input():
    """Item 4 of issue 15: dates, languages, exit statuses, echoed keys."""
    rng = random.Random(15)
    samples = ["-001", "2018-02-31", " 201", "0000", "2018-13", "2018-00", "2018-01-00",
               "2020-02-29", "2019-02-29", "1900-02-29", "2000-02-29", "2018-04-31", "2018-4-1",
               "+2018", "2018 ", "20180101", "2018-01-01x", "２０１８", "9999-12-31", "0001",
               "2018/01/01", "2018-1-01", "", "2018-01-1", "0000-01-01", "2018--1"]
    for _ in range(300):
        samples.append("%04d-%02d-%02d" % (rng.randrange(0, 10000), rng.randrange(0, 15),
                                           rng.randrange(0, 34)))
        samples.append("%04d-%02d" % (rng.randrange(0, 3000), rng.randrange(0, 15)))
    wrong = []
    for text in samples:
        rc, out, err = run("members", "RCM", "--asof", text)
        expect = 0 if calendar_date(text) else 2
        if rc != expect or (rc == 2 and "bad date" not in err):
            wrong.append((text, rc, err))
    check("--asof accepts exactly the calendar dates Python's datetime accepts (%d tried)"
          % len(samples), not wrong, repr(wrong[:5]))
    rc, out, err = run("members", "MIRPS", "--asof", "2018-02-28", "--format", "json")
    check("--asof 2018-02-28 answers", rc == 0 and len(json.loads(out)) == 6, out + err)

    for text in ("20a8", "2018-0a", "2018-1a-01", "201:", "2018-01-0/"):
        rc, out, err = run("members", "RCM", "--asof", text)
        check("--asof %s: a date has digits only" % text, rc == 2 and "bad date" in err,
              "%d %r" % (rc, err))

    rc, out, err = run("--lang", "klingon", "members", "MIRPS")
    check("--lang klingon is bad usage naming the languages",
          rc == 2 and out == "" and "klingon" in err and "en, es, pt" in err, "%d %r" % (rc, err))
    for lang in ("es-MX", "EN", ""):
        rc, out, err = run("--lang", lang, "members", "MIRPS")
        check("--lang %r is bad usage" % lang, rc == 2, "%d %r" % (rc, err))
    rc, out, err = run("--lang", "pt", "show", "MX")
    check("--lang pt", rc == 0 and out.startswith("MX  México\n"), out + err)

    rc, out, err = run("find", "\x1b[31mAtlantis\x07\\")
    check("an unknown key is echoed with control characters escaped",
          rc == 1 and "\x1b" not in err and "\x07" not in err and
          "unknown key: \\x1b[31mAtlantis\\x07\\\\" in err, repr(err))
    for key, echoed in (("Atlantis Island", "Atlantis Island"), ("Atl\x7fantis", "Atl\\x7fantis"),
                        ("\u0080X", "\\u0080X"), ("\u009fX", "\\u009fX"), ("\u00a0X", "\u00a0X"),
                        ("\u00c2\u0080", "\u00c2\\u0080")):
        rc, out, err = run("find", key)
        check("an unknown key %r is echoed as %r" % (key, echoed),
              rc == 1 and "unknown key: %s\n" % echoed in err, repr(err))
    rc, out, err = run("find", "\u009b31mX")
    check("a C1 control in a key is escaped", rc == 1 and "\u009b" not in err and
          "\\u009b31mX" in err, repr(err))
    rc, out, err = run("list", "\x1b]0;x\x07")
    check("an unknown kind is echoed escaped", rc == 2 and "\x1b" not in err, repr(err))
    rc, out, err = run("--frobnicate\x1b", "list")
    check("an unknown option is echoed escaped", rc == 2 and "\x1b" not in err, repr(err))

    for args in (("--help",), ("--version",), ("list",), ("show", "MX"), ("stats",),
                 ("members", "RCM", "--format", "json")):
        with open("/dev/full", "wb") as full:
            rc, out, err = run(*args, stdout=full)
        check("%s to a full disk exits 3 with a message" % " ".join(args),
              rc == 3 and "cannot write the output" in err, "%d %r" % (rc, err))
        rc, out, err = run(*args, stdout=subprocess.DEVNULL)
        check("%s to /dev/null exits 0" % " ".join(args), rc == 0, "%d %r" % (rc, err))
    with open("/dev/full", "wb") as full:
        rc, out, err = run("list", stdout=full)
    check("the error a full disk gives is named", "No space left on device" in err, err)
    p = subprocess.run(["sh", "-c", 'exec "$0" --help >&-', MIGPROC], stderr=subprocess.PIPE)
    check("--help with stdout closed exits 3", p.returncode == 3 and
          b"cannot write the output" in p.stderr, "%d %r" % (p.returncode, p.stderr))
    rc, out, err = run("find", "Atlantis", stdout=subprocess.DEVNULL)
    check("an unknown key still exits 1", rc == 1, str(rc))


# Every command, each with an argument that has much to print.
COMMANDS = [("show", "MX"), ("show", "MIRPS"), ("show", "CONARE-AR"), ("why", "VE", "MERCOSUR"),
            ("why", "MIRPS", "GCR"), ("members", "RCM"), ("memberships", "MX"),
            ("list",), ("stats",), ("find", "MEX"), ("dot",), ("dot", "VE"),
            ("and", "RCM", "MIRPS")]


def formats(args):
    return ("text",) if args[0] == "dot" else ("text", "json", "csv")


def trimmed():
    """A CLI built on trimmed tables: every command, every format, exits 0
    and never prints a NULL (glibc would print "(null)")."""
    for args in COMMANDS:
        for fmt in formats(args):
            rc, out, err = run(*args, "--format", fmt, "--lang", "es")
            check("trimmed: %s --format %s" % (" ".join(args), fmt),
                  rc == 0 and "(null)" not in out and "(null)" not in err, "%d %r" % (rc, err))
            if fmt == "json":
                try:
                    json.loads(out)
                except ValueError as e:
                    check("trimmed: %s json parses" % " ".join(args), False, str(e))
    if "--no-provenance" in sys.argv[2:]:
        rc, out, err = run("show", "MX")
        check("trimmed: a source this build left out prints as the placeholder -",
              rc == 0 and "  member_of          RCM  Regional Conference on Migration  (source: -)"
              in out.splitlines(), out)


def memcheck():
    """Every command in every format, and the paths of bad input, under
    valgrind's memcheck (which sees what ASan does not: a read of memory
    never written), with the status the project's memcheck setup uses
    (tests/meson.build) for an error or a leak."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind not installed: skipped")
        return 77
    runs = [(args + ("--format", fmt), 0) for args in COMMANDS for fmt in formats(args)]
    runs += [(("--help",), 0), (("-h",), 0), (("--version",), 0), (("--lang", "pt", "show", "BR"), 0),
             (("why", "BO", "MERCOSUR", "--asof", "2024-07-20"), 0), (("find", "conare"), 1),
             (("find", "Atlantis\x1b"), 1), (("list", "bogus"), 2), (("--asof", "2018-13", "list"), 2),
             (("--lang", "xx", "list"), 2), (("--frobnicate",), 2), ((), 2)]
    for args, status in runs:
        p = subprocess.run([valgrind, "-q", "--error-exitcode=88", "--leak-check=full",
                            "--errors-for-leak-kinds=definite", MIGPROC, *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        check("memcheck: migproc %s" % " ".join(args), p.returncode == status,
              "%d %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-2000:]))
    return None


def header_version():
    """MAJOR.MINOR.PATCH from include/migproc.h, the one place it is written."""
    header = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "include", "migproc.h")
    with open(header, encoding="utf-8") as f:
        text = f.read()
    return ".".join(re.search(r"#define MIGPROC_VERSION_%s (\d+)" % part, text).group(1)
                    for part in ("MAJOR", "MINOR", "PATCH"))


def codes_text(out):
    return [line.split("  ", 1)[0] for line in out.splitlines()]


def main():
    if "--trimmed" in sys.argv[2:]:
        trimmed()
        return finish()
    if "--memcheck" in sys.argv[2:]:
        return memcheck() or finish()
    strict_input()
    rc, out, err = run("and", "RCM", "MIRPS")
    check("and RCM MIRPS: the states of both (tests/ffi/seed-facts.json)", rc == 0 and
          sorted(codes_text(out)) == sorted(FACTS["rcm_and_mirps"]), out + err)
    check("text lines are CODE  Name", "MX  Mexico" in out.splitlines(), out)

    rc, out, err = run("memberships", "Mexico")
    check("memberships Mexico", rc == 0 and codes_text(out) == FACTS["memberships"]["MX"],
          out + err)

    rc, out, err = run("find", "conare")
    check("find conare exits 1", rc == 1, str(rc))
    check("find conare names the candidates on stderr",
          all(c in err for c in ["CONARE-AR", "CONARE-BR", "CONARE-BO", "CONARE-PY", "CONARE-CO"])
          and "ambiguous" in err and "CORE-UY" not in err, err)
    check("find conare lists them on stdout", len(codes_text(out)) == 5, out)

    rc, out, err = run("members", "Proceso de Quito", "--format", "json")
    data = json.loads(out) if rc == 0 else None
    check("members \"Proceso de Quito\" --format json: the seed's 13 and Guatemala (2024)",
          data is not None and
          len(data) == 14 and all(e["kind"] == "state" for e in data) and
          sorted(e["code"] for e in data) == sorted("AR BR CO CL CR EC GY MX PA PY PE DO UY GT".split()),
          out + err)
    check("json entries carry id, code, kind, name", data and
          all(list(e) == ["id", "code", "kind", "name"] for e in data), out)
    check("json is stable", run("members", "Proceso de Quito", "--format", "json")[1] == out)

    rc, out, err = run("--format=csv", "members", "SACM")
    rows = list(csv.reader(io.StringIO(out)))
    check("csv: header and 12 rows", rc == 0 and rows[0] == ["id", "code", "kind", "name"] and
          len(rows) == 13, out + err)
    check("csv quotes names with commas",
          ["BO", "state", "Bolivia, Plurinational State of"] in [r[1:] for r in rows], out)

    rc, out, err = run("or", "RCM", "SACM")
    check("or RCM SACM: 23", rc == 0 and len(codes_text(out)) == 23, out + err)
    rc, out, err = run("minus", "RIAM", "SACM", "RCM")
    check("minus RIAM SACM RCM", rc == 0 and
          sorted(codes_text(out)) == sorted("AD CU ES".split()), out + err)
    rc, out, err = run("and", "RCM", "Atlantis")
    check("set command with an unknown key exits 1", rc == 1 and "unknown key: Atlantis" in err,
          err)

    rc, out, err = run("--lang", "es", "members", "MIRPS")
    check("--lang es", rc == 0 and "MX  México" in out.splitlines(), out + err)
    rc, out, err = run("members", "MIRPS", "--asof", "2016")
    check("--asof before the MIRPS existed: nobody", rc == 0 and out == "", out + err)
    rc, out, err = run("members", "MIRPS", "--asof", "2018", "--format", "json")
    check("--asof 2018: six (El Salvador joined in 2019)", rc == 0 and
          sorted(e["code"] for e in json.loads(out)) == sorted("BZ CR GT HN MX PA".split()), out + err)
    rc, out, err = run("members", "MIRPS", "--asof", "2020", "--format", "json")
    check("--asof 2020: seven", rc == 0 and len(json.loads(out)) == 7, out + err)
    rc, out, err = run("members", "FR", "--format", "json")
    check("empty json list", rc == 0 and json.loads(out) == [], out + err)

    rc, out, err = run("show", "MX")
    check("show MX", rc == 0 and out.startswith("MX  Mexico\n") and "member_of" in out and
          "(source: seed)" in out, out + err)
    rc, out, err = run("show", "Regional Conference on Migration", "--format", "json")
    data = json.loads(out) if rc == 0 else {}
    check("show RCM json", data.get("code") == "RCM" and data.get("established") == "1996" and
          sum(r["relation"] == "has_member" for r in data.get("relations", [])) == 11, out + err)
    rc, out, err = run("show", "MIRPS-SP", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    supports = [r for r in rows if r[:2] == ["supports", "MIRPS"]]
    check("show csv", rc == 0 and rows[0][0] == "relation" and
          sorted(r[3] for r in supports) == ["2019", "2019-12"], out + err)

    rc, out, err = run("why", "Venezuela", "MERCOSUR")
    lines = out.splitlines()
    order = [i for i, l in enumerate(lines) for needle in
             ("VE associate_of MERCOSUR  [2004..2012-08-12]", "VE member_of MERCOSUR  [2012-08-12..]",
              "VE suspended_from MERCOSUR  [2016-12-01..]", "VE suspended_from MERCOSUR  [2017-08-05..]")
             if needle in l]
    check("why Venezuela MERCOSUR: associate, State Party, both suspensions, in order",
          rc == 0 and len(order) >= 4 and order == sorted(order), out + err)
    check("why Venezuela MERCOSUR: a member now, suspended, no longer associated",
          "  member_of        yes  decided by g1 (in force)" in lines and
          "  suspended_from   yes  decided by diarioregistrado-ve-2017 (in force)" in lines and
          "  associate_of     no   decided by g1 (ended)" in lines and
          "source: rebelion:" in out and "source: g1:" in out, out + err)
    rc, out, err = run("why", "Bolivia", "MERCOSUR", "--asof", "2024-07-20")
    check("why Bolivia MERCOSUR as of 2024-07-20: associated, not yet a member",
          rc == 0 and "  member_of        no   decided by laventana-bo-2024 (not yet in force)" in out
          and "  associate_of     yes" in out, out + err)
    rc, out, err = run("why", "MIRPS", "Global Compact on Refugees", "--format", "json")
    data = json.loads(out) if rc == 0 else {}
    check("why MIRPS GCR cites the seed page", [r["source"]["key"] for r in data["relations"]]
          == ["seed"] and data["relations"][0]["source"]["title"] == "Intergovernmental Processes"
          and data["answers"] == [{"relation": "aligned_with", "holds": True, "decided_by": 0}],
          out + err)
    rc, out, err = run("why", "MERCOSUR", "VE", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    check("why read from the other end, csv", rc == 0 and rows[0][-4:] == ["from", "until", "holds", "decides"]
          and sorted(set(r[0] for r in rows[1:])) == ["has_associate", "has_member", "has_suspended"]
          and all(r[10] == "no" for r in rows[1:] if r[0] == "has_associate"), out + err)
    rc, out, err = run("stats", "--format", "json")
    data = json.loads(out) if rc == 0 else {}
    check("stats: counts that add up", rc == 0 and data["entities_by_kind"]["state"] == 249 and
          sum(data["entities_by_kind"].values()) == data["entities"] and
          sum(data["statements_by_relation"].values()) == data["statements"] and
          data["statements_by_relation"]["presides"] > 0 and data["oldest_review"] is not None,
          out + err)
    rc, out, err = run("show", "MIRPS")
    check("show prints the review date", rc == 0 and "reviewed: " in out, out + err)
    rc, out, err = run("show", "PADF", "--format", "json")
    data = json.loads(out) if rc == 0 else {}
    check("show json: no English name presented as a translation", data.get("names") ==
          {"en": "Pan American Development Foundation", "es": None, "pt": None}, out + err)
    rc, out, err = run("why", "MX", "FR")
    check("why with no relation", rc == 0 and "no stated relation" in out, out + err)
    rc, out, err = run("why", "MX", "conare")
    check("why with an ambiguous key exits 1", rc == 1 and "ambiguous" in err, err)
    rc, out, err = run("show", "CONARE-AR")
    check("show prints notes and edge notes", rc == 0 and "2006: created by Law 26.165" in out and
          "note: voice, no vote" in out, out + err)
    rc, out, err = run("and", "MERCOSUR", "SACM", "--asof", "2013")
    check("set commands take --asof", rc == 0 and
          sorted(codes_text(out)) == sorted("AR BR PY UY VE".split()), out + err)

    rc, out, err = run("find", "MEX")
    check("find MEX", rc == 0 and codes_text(out) == ["MX"], out + err)
    rc, out, err = run("find", "Comisión Nacional para los Refugiados")
    check("find, a key of two entities: both, and why it exits 1", rc == 1 and
          codes_text(out) == ["CONARE-AR", "CNR-VE"] and
          err == "migproc: ambiguous key: Comisión Nacional para los Refugiados could be "
          "CONARE-AR (National Refugee Commission of Argentina), CNR-VE (National Refugee "
          "Commission of Venezuela)\n", out + err)
    rc, out, err = run("find", "Atlantis")
    check("find unknown exits 1", rc == 1 and "unknown key" in err and out == "", out + err)

    rc, out, err = run("list")
    check("list: every entity", rc == 0 and len(out.splitlines()) > 249, str(rc))
    rc, out, err = run("list", "state", "--format", "json")
    check("list state: 249", rc == 0 and len(json.loads(out)) == 249, out[:200] + err)
    rc, out, err = run("list", "process")
    check("list process", rc == 0 and
          codes_text(out)[:6] == ["RCM", "SACM", "RIAM", "QUITO", "MIRPS", "FEM"] and
          "CMC" in codes_text(out), out + err)

    for args, name in [((), "no command"), (("bogus",), "unknown command"),
                       (("members",), "missing key"), (("members", "a", "b"), "extra argument"),
                       (("and", "RCM"), "one key for and"), (("--format", "xml", "list"), "bad format"),
                       (("--asof", "2018-13", "members", "RCM"), "bad date"),
                       (("--frobnicate", "list"), "unknown option"), (("list", "bogus"), "unknown kind"),
                       (("list", "--format"), "option without value")]:
        rc, out, err = run(*args)
        check("bad usage exits 2: " + name, rc == 2 and err, "%d %r" % (rc, err))
    for args, message in [(("--frobnicate", "list"), "unknown option: --frobnicate"),
                          (("-", "list"), "unknown command or wrong number of arguments: -"),
                          (("--", "list"), "unknown command or wrong number of arguments: --"),
                          (("list", "--format"), "option needs a value: --format"),
                          (("list", "--lang"), "option needs a value: --lang"),
                          (("list", "--asof"), "option needs a value: --asof"),
                          (("list", "state", "process"), "unknown command or wrong number of "
                           "arguments: list"),
                          (("stats", "x"), "unknown command or wrong number of arguments: stats"),
                          (("why", "MX"), "unknown command or wrong number of arguments: why"),
                          (("--format", "yaml", "list"), "unknown format: yaml")]:
        rc, out, err = run(*args)
        check("%s: %s" % (" ".join(args), message), rc == 2 and out == "" and
              err.startswith("migproc: %s\n" % message), "%d %r" % (rc, err))
    rc, out, err = run("list", "bogus")
    kinds = [line.split()[0] for line in run("stats")[1].split("relations (")[0].splitlines()[2:]]
    check("an unknown kind names every kind", rc == 2 and
          err.startswith("migproc: unknown kind: bogus; kinds are: state process ") and
          len(kinds) > 5 and err.rstrip().split(": ")[-1].split() == kinds,
          "%r %r" % (err, kinds))

    for args in (("--format", "json", "--format", "text", "members", "SACM"),
                 ("--lang", "es", "--lang", "en", "members", "SACM")):
        rc, out, err = run(*args)
        check("the last %s counts" % args[0], rc == 0 and "BO  Bolivia, Plurinational State of"
              in out.splitlines(), out + err)

    rc, out, err = run("dot")
    check("dot: the processes and their members", rc == 0 and out.startswith("digraph migproc {")
          and out.rstrip().endswith("}") and out.count(" -> ") == 11 + 12 + 21 + 14 + 7 + 4, out[:300])
    rc, out, err = run("dot", "Venezuela")
    check("dot KEY: the entity and its relations", rc == 0 and "suspended_from" in out and
          "label=\"VE\"" in out, out)
    rc, out, err = run("--format", "json", "dot")
    check("dot --format json: a usage error, not DOT under another name",
          rc == 2 and "dot writes Graphviz only" in err and out == "", err)
    rc, out, err = run("dot", "Atlantis")
    check("dot with an unknown key exits 1", rc == 1 and "unknown key" in err, err)

    rc, out, err = run("--help")
    check("--help", rc == 0 and "usage: migproc" in out, out)
    check("--help lists the languages", "  --lang LANG             language of names: en|es|pt "
          "(default en)\n" in out, out)
    check("-h is --help", run("-h") == (rc, out, err))
    rc, out, err = run("--version")
    check("--version", rc == 0 and out.startswith("migproc %s (data " % header_version()), out)
    data_date = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "data",
                             "data-date.txt")
    with open(data_date, encoding="utf-8") as f:
        reviewed = [l.strip() for l in f if l.strip() and not l.startswith("#")][0]
    check("--version gives lib/data/data-date.txt's date", "(data %s, " % reviewed in out, out)

    return finish()


if __name__ == "__main__":
    sys.exit(main())
