#!/usr/bin/env python3
"""Refresh lib/data/states.tsv and the iso-codes rows of lib/data/aliases.tsv
from Debian's iso-codes package (JSON plus its es/pt gettext catalogues).

This is a maintainer's tool, run by hand when iso-codes changes; the build
never needs it.  Rows of aliases.tsv whose source is not "iso-codes" are
hand-written and kept as they are.  Entity IDs of states already in
states.tsv never change; a code new to ISO 3166-1 is reported, because it
must be given the next free ID by hand (IDs are only ever appended).

Usage: lib/import-iso-codes.py [ISO_CODES_PREFIX]   (default /usr/share)
"""
import gettext
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SOURCE = "iso-codes"


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f
                if line.strip() and not line.startswith("#")]


def header(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f if line.startswith("#")]


def main():
    prefix = sys.argv[1] if len(sys.argv) > 1 else "/usr/share"
    with open(os.path.join(prefix, "iso-codes/json/iso_3166-1.json"),
              encoding="utf-8") as f:
        iso = {e["alpha_2"]: e for e in json.load(f)["3166-1"]}
    tr = {lang: gettext.translation("iso_3166-1", os.path.join(prefix, "locale"),
                                    languages=[lang])
          for lang in ("es", "pt")}

    states_path = os.path.join(DATA, "states.tsv")
    old = read_rows(states_path)
    ids = {row[1]: row[0] for row in old}
    new_codes = sorted(set(iso) - set(ids))
    if new_codes:
        sys.exit("new ISO 3166-1 codes need IDs by hand: " + " ".join(new_codes))
    states_header = header(states_path)
    rows = []
    for row in old:
        e = iso.get(row[1])
        if e is None:  # withdrawn codes stay: IDs are never removed
            rows.append(row)
            continue
        name = e["name"]
        rows.append([row[0], e["alpha_2"], e["alpha_3"], e["numeric"], name,
                     tr["es"].gettext(name), tr["pt"].gettext(name)])
    with open(states_path, "w", encoding="utf-8") as f:
        f.writelines(states_header)
        for row in rows:
            f.write("\t".join(row) + "\n")

    aliases_path = os.path.join(DATA, "aliases.tsv")
    aliases_header = header(aliases_path)
    kept = [r for r in read_rows(aliases_path) if r[3] != SOURCE]
    imported = []
    for code in sorted(iso):
        e = iso[code]
        for field in ("common_name", "official_name"):
            if field not in e:
                continue
            imported.append([code, "en", e[field], SOURCE])
            for lang in ("es", "pt"):
                text = tr[lang].gettext(e[field])
                if text != e[field]:
                    imported.append([code, lang, text, SOURCE])
    with open(aliases_path, "w", encoding="utf-8") as f:
        f.writelines(aliases_header)
        for row in imported + kept:  # imported first, as the file keeps them
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
