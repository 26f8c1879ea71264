#!/usr/bin/env python3
"""Refresh the Spanish and Portuguese state names of lib/data/states.tsv and
write lib/data/cldr-aliases.tsv from Unicode CLDR's territory display names.

CLDR (Debian: unicode-cldr-core; common/main/{en,es,pt}.xml) is licensed
Unicode-DFS-2016, which permits embedding with its notice (NOTICE).  This is
a maintainer's tool, run by hand when CLDR changes; the build never needs it.

- states.tsv: the Spanish and Portuguese names become CLDR's standard forms;
  the ISO codes and English short names (facts of ISO 3166) stay as they are.
- cldr-aliases.tsv (same columns as aliases.tsv, source "cldr"): CLDR's other
  forms of each state as lookup keys: alt="short" and alt="variant" in every
  language, and the standard English form where it differs from ISO's short
  name.  A form that folds to a key of another state (its code or a name) is
  left out and reported: it would make that key ambiguous.

Usage: lib/import-cldr.py [--check] [CLDR_MAIN_DIR]
  (default /usr/share/unicode/cldr/common/main).  --check writes nothing and
  exits 1 when either file differs from what CLDR gives (the test
  `cldr-fresh`), 77 when CLDR_MAIN_DIR does not exist (the test is skipped).
"""
import argparse
import importlib.util
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SOURCE = "cldr"

_spec = importlib.util.spec_from_file_location("gen_tables", os.path.join(HERE, "gen-tables.py"))
gen_tables = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_tables)
fold = gen_tables.fold
LANGS = gen_tables.LANGS  # from include/migproc.h


def territories(path):
    """{code: {alt or None: name}} of a CLDR locale file."""
    names = {}
    for t in ET.parse(path).getroot().iter("territory"):
        names.setdefault(t.get("type"), {})[t.get("alt")] = t.text
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("main_dir", nargs="?", default="/usr/share/unicode/cldr/common/main")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check and not os.path.isdir(args.main_dir):
        print("import-cldr: no CLDR at %s (Debian: unicode-cldr-core)" % args.main_dir)
        return 77
    cldr = {lang: territories(os.path.join(args.main_dir, lang + ".xml")) for lang in LANGS}
    written = {}

    path = os.path.join(DATA, "states.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#")]
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    missing = [r[1] for r in rows if any(None not in cldr[l].get(r[1], {}) for l in LANGS)]
    if missing:
        sys.exit("import-cldr: CLDR has no name for " + " ".join(missing))
    # Columns 4.. are the names in LANGS order; the English one is ISO's own.
    names = slice(4, 4 + len(LANGS))
    for r in rows:
        r[5:names.stop] = [cldr[lang][r[1]][None] for lang in LANGS[1:]]
    written[path] = "\n".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)

    # Keys of each state as states.tsv gives them: a form folding to another
    # state's key is left out; one folding to a key of the same state in the
    # same language is not repeated.
    owner = {}
    for r in rows:
        for text in [r[1], r[2], r[3]] + r[names]:
            owner.setdefault(fold(text), set()).add(r[1])
    aliases, skipped = [], []
    for r in rows:
        code, iso_en = r[1], r[4]
        for lang, name in zip(LANGS, r[names]):
            mine = {fold(t) for t in (code, r[2], r[3], name)}  # keys this language has
            forms = cldr[lang][code]
            wanted = [forms[alt] for alt in ("short", "variant") if alt in forms]
            if lang == "en" and forms[None] != iso_en:
                wanted.insert(0, forms[None])
            for text in wanted:
                key = fold(text)
                if owner.get(key, {code}) != {code}:
                    skipped.append("%s %s %r (the key of %s)"
                                   % (code, lang, text, " ".join(sorted(owner[key]))))
                elif key not in mine:
                    mine.add(key)
                    aliases.append((code, lang, text))
    written[os.path.join(DATA, "cldr-aliases.tsv")] = (
        "# Lookup keys of states from Unicode CLDR's territory display names (source cldr):\n"
        "# the short and variant forms (alt=\"short\", alt=\"variant\") in every language, and\n"
        "# the standard English form where it differs from ISO 3166's short name.\n"
        "# Written by lib/import-cldr.py: do not edit; hand-written aliases go in aliases.tsv.\n"
        "# Columns (tab-separated): entity code  language (en, es, pt)  alias  source\n" +
        "".join("%s\t%s\t%s\t%s\n" % (code, lang, text, SOURCE) for code, lang, text in aliases))
    for s in skipped:
        print("import-cldr: left out %s" % s, file=sys.stderr)
    stale = []
    for out, text in written.items():
        with open(out, encoding="utf-8") as f:
            if f.read() == text:
                continue
        stale.append(os.path.relpath(out, os.path.dirname(HERE)))
        if not args.check:
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
    print("import-cldr: %d states, %d aliases from %s; %s" % (
        len(rows), len(aliases), args.main_dir,
        ("differ from it: " if args.check else "rewritten: ") + " ".join(stale) if stale
        else "the data holds them already"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
