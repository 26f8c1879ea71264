#!/usr/bin/env python3
"""The migproc command line program, run as a user runs it: output in each
format, exit statuses, messages."""
import csv
import io
import json
import os
import re
import subprocess
import sys

MIGPROC = sys.argv[1]
results = []


def run(*args):
    p = subprocess.run([MIGPROC, *args], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(name, condition, detail=""):
    results.append(bool(condition))
    print("%s %s%s" % ("ok  " if condition else "FAIL", name, "" if condition else ": " + detail))


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
    rc, out, err = run("and", "RCM", "MIRPS")
    check("and RCM MIRPS: the seven MIRPS states", rc == 0 and
          sorted(codes_text(out)) == sorted("BZ CR SV GT HN MX PA".split()), out + err)
    check("text lines are CODE  Name", "MX  Mexico" in out.splitlines(), out)

    rc, out, err = run("memberships", "Mexico")
    check("memberships Mexico", rc == 0 and codes_text(out) == ["RCM", "RIAM", "QUITO", "MIRPS"],
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

    rc, out, err = run("dot")
    check("dot: the processes and their members", rc == 0 and out.startswith("digraph migproc {")
          and out.rstrip().endswith("}") and out.count(" -> ") == 11 + 12 + 21 + 14 + 7 + 4, out[:300])
    rc, out, err = run("dot", "Venezuela")
    check("dot KEY: the entity and its relations", rc == 0 and "suspended_from" in out and
          "label=\"VE\"" in out, out)
    rc, out, err = run("dot", "Atlantis")
    check("dot with an unknown key exits 1", rc == 1 and "unknown key" in err, err)

    rc, out, err = run("--help")
    check("--help", rc == 0 and "usage: migproc" in out, out)
    rc, out, err = run("--version")
    check("--version", rc == 0 and out.startswith("migproc %s (data " % header_version()), out)

    passed = sum(results)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
