#!/usr/bin/env python3
"""Write lib/data/keys-1.0-fingerprints.tsv: the keys of libmigproc 1.0 that
the data no longer gives, kept working without their text.

1.0 shipped Spanish and Portuguese official names of states translated by
Debian's iso-codes, whose LGPL may not be embedded in this MIT library.  Each
such key stays a key (tests/abi/keys-1.0.tsv: no 1.0 key is ever dropped),
but only as a fingerprint: the generator puts it in the perfect hash by its
lookup hash, and the lookup compares a second, unrelated hash of the folded
key instead of its bytes (doc/DATA.md, "Fingerprints").

Run once, when the iso-codes rows were removed.  No fingerprint is ever added
after that; one is removed when a sourced alias gives its key again (the
generator refuses a fingerprint the data gives as a key).  Writing the file
again only ever drops rows: it never fingerprints a key it did not have.

Usage: lib/fingerprint-keys.py   (run from a git clone: it reads 1.0's data
files from the release commit for the keys' languages)
"""
import importlib.util
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
BASELINE = os.path.join(TOP, "tests", "abi", "keys-1.0.tsv")
OUTPUT = os.path.join(DATA, "keys-1.0-fingerprints.tsv")
RELEASE = "eef0025"  # 1.0.0 as released

_spec = importlib.util.spec_from_file_location("gen_tables", os.path.join(HERE, "gen-tables.py"))
gt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gt)


def rows_at_release(name):
    text = subprocess.run(["git", "show", "%s:lib/data/%s" % (RELEASE, name)], cwd=TOP,
                          check=True, capture_output=True, text=True).stdout
    return [l.split("\t") for l in text.splitlines() if l.strip() and not l.startswith("#")]


def main():
    # The language of each (key, entity) of 1.0, from 1.0's own data files.
    langs = {}
    for r in rows_at_release("states.tsv"):
        for lang, name in zip(gt.LANGS, r[4:7]):
            langs.setdefault((gt.fold(name), r[1]), set()).add(lang)
    for code, lang, alias, _source in rows_at_release("aliases.tsv"):
        langs.setdefault((gt.fold(alias), code), set()).add(lang)

    old = set()
    if os.path.exists(OUTPUT):
        old = {tuple(f) for _w, f in gt.read_tsv(DATA, os.path.basename(OUTPUT), 4)}
    # The keys the data gives now, without any fingerprint.
    gt.Data.load_fingerprints = lambda self, produced: setattr(self, "fingerprints", [])
    data = gt.Data(DATA)
    given = set(data.keys)
    given_keys = {k for k, _i in data.keys}
    rows, clash = [], []
    with open(BASELINE, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            text, codes = line.rstrip("\n").split("\t")
            key = text.encode("utf-8")
            for code in codes.split():
                if (key, data.by_code[code]) in given:
                    continue
                if key in given_keys:  # a fingerprint would shadow the text key
                    clash.append("%s (%s)" % (text, code))
                    continue
                lang = next(l for l in gt.LANGS if l in langs[(key, code)])
                row = ("%08x%08x" % (gt.key_hash(key), gt.check_hash(key)), str(len(key)),
                       lang, code)
                if old and row not in old:
                    sys.exit("fingerprint-keys: %s (%s) is not fingerprinted yet: no "
                             "fingerprint is ever added; give it a sourced alias" % (text, code))
                rows.append(row)
    if clash:
        sys.exit("fingerprint-keys: keys the data gives for another entity: give each a "
                 "sourced alias: " + ", ".join(clash))
    rows.sort()
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("# Keys of libmigproc 1.0 (source keys-1.0) that no source of the data gives\n"
                "# any more, kept working as fingerprints, without their text (doc/DATA.md,\n"
                "# \"Fingerprints\").  Written by lib/fingerprint-keys.py.  No row is ever added;\n"
                "# each is to be replaced by a sourced alias when one is found, and the generator\n"
                "# refuses a row whose key the data gives again.\n"
                "# Columns (tab-separated): fingerprint (16 hex digits: the folded key's lookup\n"
                "#   hash mp_key_hash, then its check hash mp_check_hash, 32 bits each)  folded\n"
                "#   length in bytes  language of 1.0's name  entity code\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print("fingerprint-keys: %d fingerprints" % len(rows))


if __name__ == "__main__":
    main()
