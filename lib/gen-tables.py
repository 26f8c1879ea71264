#!/usr/bin/env python3
"""Generate lib/migproc_tables.c from the data files in lib/data/.

Python 3, standard library only.  The output is deterministic: the same data
gives the same bytes, so the committed file can be checked for staleness.

  gen-tables.py [--data DIR] [--output FILE]   write the tables
  gen-tables.py [--data DIR] --check FILE      exit 1 if FILE is stale

Any inconsistency in the data (unknown entity, relation or source, a bad
date, an end before a start, a key shared by two entities without being
declared ambiguous, a seed count that does not add up) is an error: the
generator names the file and line and exits 1 without writing anything.
"""
import argparse
import datetime
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = os.path.join(HERE, "..", "include", "migproc.h")
TABLES_H = os.path.join(HERE, "tables.h")  # the library's internal header


def header_define(name, header=HEADER):
    """The integer value of `#define NAME N` (decimal, or hexadecimal with an
    optional u) in a header: the public one, unless another is given."""
    with open(header, encoding="utf-8") as f:
        found = re.search(r"^#define %s (0x[0-9A-Fa-f]+|\d+)u?\b" % name, f.read(), re.M)
    if found is None:
        raise DataError("%s: no #define %s" % (header, name))
    return int(found.group(1), 0)


def header_enum(name, prefix, header=HEADER):
    """The enumerators of `typedef enum NAME {...}` in the public header, as
    [(suffix after prefix, value)] in order: the header is where kinds and
    relations are named, once."""
    with open(header, encoding="utf-8") as f:
        text = f.read()
    body = re.search(r"typedef enum %s \{(.*?)\}" % name, text, re.S)
    if body is None:
        raise DataError("%s: no enum %s" % (header, name))
    found = [(m.group(1), int(m.group(2)))
             for m in re.finditer(r"\b%s([A-Z0-9_]+)\s*=\s*(\d+)" % prefix, body.group(1))]
    if [v for _, v in found] != list(range(found[0][1], found[0][1] + len(found))):
        raise DataError("%s: the values of %s are not contiguous" % (header, name))
    return found


# Kinds and relations, from include/migproc.h: MIGPROC_KIND_NATIONAL_BODY is
# "national-body"; MIGPROC_REL_MEMBER_OF is "member_of", its inverse the next
# value.
KIND_NAMES = tuple(k.lower().replace("_", "-") for k, _v in
                   header_enum("migproc_kind", "MIGPROC_KIND_"))  # [0] is "none"
KINDS = {name: value for value, name in enumerate(KIND_NAMES) if value}
REL_NAMES = tuple(r.lower() for r, _v in header_enum("migproc_rel", "MIGPROC_REL_"))
# Forward (even) relation values; the inverse is value+1.
RELATIONS = {name: value for value, name in enumerate(REL_NAMES) if value % 2 == 0}
# Languages of the name columns, from the header: MIGPROC_LANG_ES is "es".
LANGS = tuple(lang.lower() for lang, _v in header_enum("migproc_lang", "MIGPROC_LANG_"))
SET_CAPACITY = header_define("MIGPROC_SET_CAPACITY")  # IDs a migproc_set holds
KEY_MAX = header_define("MIGPROC_KEY_MAX")
# A spelling's length above its pool offset in one word (lib/tables.h).
SPELLING_LEN_SHIFT = header_define("MP_SPELLING_LEN_SHIFT", TABLES_H)
assert KEY_MAX < 1 << (32 - SPELLING_LEN_SHIFT)
NO_SOURCE = 0xFFFF
# The code points folding's table covers, U+0080..U+017F: every character of
# two UTF-8 bytes led by 0xC2..0xC5 (lib/tables.h).
FOLD_FIRST = header_define("MP_FOLD_FIRST", TABLES_H)
FOLD_LAST = header_define("MP_FOLD_LAST", TABLES_H)

# Letters of U+00C0..U+017F that do not decompose into an ASCII base letter.
FOLD_SPECIAL = {"ß": "ss", "Æ": "ae", "æ": "ae", "Ð": "d", "ð": "d",
                "Þ": "th", "þ": "th", "Ø": "o", "ø": "o", "Đ": "d", "đ": "d",
                "Ħ": "h", "ħ": "h", "ı": "i", "Ĳ": "ij", "ĳ": "ij", "ĸ": "k",
                "Ŀ": "l", "ŀ": "l", "Ł": "l", "ł": "l", "ŉ": "n", "Ŋ": "n",
                "ŋ": "n", "Œ": "oe", "œ": "oe", "Ŧ": "t", "ŧ": "t", "ſ": "s"}


class DataError(Exception):
    pass


def fold_table():
    """What each of U+0080..U+017F folds to ('' = dropped, as the Latin-1
    controls, punctuation and symbols, x and ÷)."""
    table = []
    for cp in range(FOLD_FIRST, FOLD_LAST + 1):
        ch = chr(cp)
        if cp < 0xC0:
            table.append("")  # Latin-1 controls, punctuation and symbols
        elif ch in FOLD_SPECIAL:
            table.append(FOLD_SPECIAL[ch])
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()
            table.append(base if base.isascii() and base.isalpha() else "")
    return table


FOLD = fold_table()
# lib/fold.c writes an entry's two bytes whole and keeps those not NUL.
assert all(len(f) <= 2 for f in FOLD)


def fold(text, where=None):
    """The library's key folding (lib/fold.c does the same in C); where
    names the key's row in a refusal."""
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp == 0:
            raise DataError("%sNUL in key %r" % (where + ": " if where else "", text))
        if cp < 0x80:
            if ch.isalnum():
                out += ch.lower().encode()
        elif 0x2000 <= cp <= 0x206F:
            pass  # general punctuation
        elif cp <= FOLD_LAST:
            out += FOLD[cp - FOLD_FIRST].encode()
        else:
            out += ch.encode("utf-8")
    return normalize_numeric(bytes(out))


def normalize_numeric(key):
    """An all-digit key is a number: "8", "008" and "0008" are one key."""
    if key and key.isdigit():
        key = key.lstrip(b"0")
        if len(key) <= 3:
            key = key.rjust(3, b"0")
    return key


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text, where):
    if text == "-":
        return 0
    m = DATE_RE.match(text)
    if not m:
        raise DataError("%s: bad date %r (YYYY, YYYY-MM or YYYY-MM-DD)" % (where, text))
    parts = [int(part) for part in m.groups() if part is not None]  # year[, month[, day]]
    try:  # the parts given, of a day of the calendar: no year 0, month 00 or 30 February
        datetime.date(*(parts + [1, 1])[:3])
    except ValueError:
        raise DataError("%s: bad date %r: not in the calendar" % (where, text)) from None
    year, month, day = (parts + [0, 0])[:3]
    return year * 10000 + month * 100 + day


def check_language(lang, where):
    if lang not in LANGS:
        raise DataError("%s: unknown language %r" % (where, lang))


def read_tsv(data_dir, name, columns):
    """Rows of a data file as (where, fields); '#' lines and blanks skipped."""
    path = os.path.join(data_dir, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = "%s:%d" % (name, number)
            if len(fields) != columns:
                raise DataError("%s: %d fields, expected %d" % (where, len(fields), columns))
            if any(not f or f != f.strip() for f in fields):
                raise DataError("%s: empty field or stray spaces" % where)
            rows.append((where, fields))
    return rows


def none_if_dash(text):
    return None if text == "-" else text


class Data:
    def __init__(self, data_dir):
        self.dir = data_dir
        self.load_sources()
        self.load_entities()
        self.load_relations()
        self.load_notes()
        self.load_reviews()
        self.load_keys()
        self.load_name_sources()
        self.check_seed_counts()
        self.check_sources_cited()
        self.options = None  # the full data: no trimming

    def source(self, key, where):
        if key == "-":
            raise DataError("%s: no source: every fact needs one" % where)
        if key not in self.source_index:
            raise DataError("%s: unknown source %r" % (where, key))
        self.cited.add(key)
        return self.source_index[key]

    def check_sources_cited(self):
        """A source no row cites says nothing the data holds."""
        for s in self.sources:
            if s["key"] not in self.cited:
                raise DataError("%s: source %r: no row of the data cites it"
                                % (s["where"], s["key"]))

    def load_sources(self):
        self.sources = []
        self.source_index = {}
        self.cited = set()  # the keys source() was asked for
        for where, (key, title, publisher, url, seen, licence) in read_tsv(self.dir, "sources.tsv", 6):
            if key in self.source_index:
                raise DataError("%s: duplicate source %r" % (where, key))
            self.source_index[key] = len(self.sources)
            self.sources.append(dict(key=key, title=title, publisher=publisher,
                                     url=none_if_dash(url), seen=parse_date(seen, where),
                                     licence=licence, where=where))

    def load_entities(self):
        rows = []
        for where, f in read_tsv(self.dir, "states.tsv", 7):
            ident, alpha2, alpha3, numeric = f[:4]
            if not re.match(r"^[A-Z]{2}$", alpha2) or not re.match(r"^[A-Z]{3}$", alpha3) \
                    or not re.match(r"^\d{3}$", numeric):
                raise DataError("%s: bad ISO codes" % where)
            rows.append((where, dict(id=ident, code=alpha2, kind="state", alpha3=alpha3,
                                     numeric=int(numeric), established=0,
                                     established_source=NO_SOURCE, names=f[4:7])))
        for where, f in read_tsv(self.dir, "entities.tsv", 8):
            ident, code, kind, established, est_source = f[:5]
            if kind not in KINDS or kind == "state":
                raise DataError("%s: bad kind %r" % (where, kind))
            if not re.match(r"^[A-Z][A-Z0-9-]+$", code):
                raise DataError("%s: bad code %r" % (where, code))
            date = parse_date(established, where)
            if (date == 0) != (est_source == "-"):
                raise DataError("%s: a date needs a source, and a source a date" % where)
            rows.append((where, dict(id=ident, code=code, kind=kind, alpha3=None, numeric=0,
                                     established=date,
                                     established_source=NO_SOURCE if date == 0
                                     else self.source(est_source, where),
                                     names=f[5:8])))
        self.entities = []
        self.by_code = {}
        for where, e in rows:
            if e["id"] != str(len(self.entities)):
                raise DataError("%s: id %s, expected %d (IDs are contiguous, in order)"
                                % (where, e["id"], len(self.entities)))
            if e["code"] in self.by_code:
                raise DataError("%s: duplicate code %r" % (where, e["code"]))
            if e["names"][0] == "-":
                raise DataError("%s: an English name is required" % where)
            e["names"] = [none_if_dash(n) for n in e["names"]]
            e["id"] = len(self.entities)
            self.by_code[e["code"]] = e["id"]
            self.entities.append(e)
        if len(self.entities) > SET_CAPACITY:
            raise DataError("more entities than MIGPROC_SET_CAPACITY (%d)" % SET_CAPACITY)

    def entity(self, code, where):
        if code not in self.by_code:
            raise DataError("%s: unknown entity %r" % (where, code))
        return self.by_code[code]

    def load_relations(self):
        self.edges = []
        seen = set()
        for where, f in read_tsv(self.dir, "relations.tsv", 7):
            subject, rel, obj, start, end, source, note = f
            if rel not in RELATIONS:
                raise DataError("%s: unknown relation %r" % (where, rel))
            edge = dict(subject=self.entity(subject, where), rel=RELATIONS[rel],
                        object=self.entity(obj, where), start=parse_date(start, where),
                        end=parse_date(end, where), source=self.source(source, where),
                        note=none_if_dash(note), where=where)
            if edge["subject"] == edge["object"]:
                raise DataError("%s: an entity related to itself" % where)
            if edge["end"] and edge["end"] <= edge["start"]:
                raise DataError("%s: ends before it starts" % where)
            ident = (edge["subject"], edge["rel"], edge["object"], edge["source"],
                     edge["start"], edge["end"])
            if ident in seen:
                raise DataError("%s: duplicate row" % where)
            seen.add(ident)
            self.edges.append(edge)
        if len(self.edges) >= 0xFFFF:
            raise DataError("too many edges for migproc_edge")
        self.date_statements()

    def date_statements(self):
        """How statements about the same (subject, relation, object) combine
        over time (doc/DATA.md, "Statements over time"): each edge gets the
        date it counts from and the date it counts until (0: still holds).
        - A statement with no start counts from the earliest start another
          statement of the same triple gives (before its own end, if it has
          one); failing that, from the later establishment date of its two
          ends (0: always).
        - A statement with no end counts until the earliest end another
          statement of the same triple gives after the date it counts from:
          "it ended" beats silence.  An end before that date belongs to an
          earlier spell (a state that left and came back) and is ignored.
        - A presidency is held by one at a time: a "presides" statement
          that still has no end ends when the next presidency of the same
          body stated in the data begins.
        A statement with an end keeps its own end."""
        starts, ends = {}, {}
        for e in self.edges:
            triple = (e["subject"], e["rel"], e["object"])
            if e["start"]:
                starts.setdefault(triple, []).append(e["start"])
            if e["end"]:
                ends.setdefault(triple, []).append(e["end"])
        for e in self.edges:
            triple = (e["subject"], e["rel"], e["object"])
            earlier = [start for start in starts.get(triple, [])
                       if not e["end"] or start < e["end"]]
            e["from"] = e["start"] or (min(earlier) if earlier else max(
                self.entities[e["subject"]]["established"],
                self.entities[e["object"]]["established"]))
            later = [end for end in ends.get(triple, []) if end > e["from"]]
            e["until"] = e["end"] or (min(later) if later else 0)
            if e["rel"] == RELATIONS["presides"] and not e["until"]:
                successors = [x["start"] for x in self.edges
                              if x["rel"] == e["rel"] and x["object"] == e["object"]
                              and x["subject"] != e["subject"] and x["start"] > e["from"]]
                e["until"] = min(successors) if successors else 0
            if e["until"] and e["until"] <= e["from"]:
                raise DataError(
                    "%s: an undated %s row of %s/%s ends before the date it counts from"
                    % (e["where"], REL_NAMES[e["rel"]], self.entities[e["subject"]]["code"],
                       self.entities[e["object"]]["code"]))

    def load_notes(self):
        self.notes = []  # (entity id, date, text, source), in file order
        for where, (code, date, text, source) in read_tsv(self.dir, "notes.tsv", 4):
            self.notes.append((self.entity(code, where), parse_date(date, where), text,
                               self.source(source, where)))

    def load_name_sources(self):
        """The pages an entity's name in a language was taken from
        (name-sources.tsv): checked here, not shipped in the tables."""
        for where, (code, lang, source) in read_tsv(self.dir, "name-sources.tsv", 3):
            e = self.entities[self.entity(code, where)]
            check_language(lang, where)
            if not e["names"][LANGS.index(lang)]:
                raise DataError("%s: %s has no name in %s" % (where, code, lang))
            self.source(source, where)

    def load_reviews(self):
        """The date each entity's facts were last checked against its own
        sources.  Every entity but a state needs one: a state's facts are
        its relations, reviewed with the processes they belong to."""
        for e in self.entities:
            e["reviewed"] = 0
        for where, (code, date, _scope) in read_tsv(self.dir, "reviewed.tsv", 3):
            e = self.entities[self.entity(code, where)]
            if e["reviewed"]:
                raise DataError("%s: %s reviewed twice: keep the latest row only" % (where, code))
            e["reviewed"] = parse_date(date, where)
            if e["reviewed"] % 100 == 0:
                raise DataError("%s: a review date is a full date YYYY-MM-DD" % where)
        missing = [e["code"] for e in self.entities if e["kind"] != "state" and not e["reviewed"]]
        if missing:
            raise DataError("reviewed.tsv: no review date for %s" % ", ".join(missing))

    def index(self):
        """Per-entity slices of the adjacency and the notes, for the tables."""
        self.adjacency = []
        per_entity = [[] for _ in self.entities]
        for index, e in enumerate(self.edges):
            per_entity[e["subject"]].append((e["rel"], e["object"], e["from"], index))
            per_entity[e["object"]].append((e["rel"] + 1, e["subject"], e["from"], index))
        for e, adj in zip(self.entities, per_entity):
            adj.sort()  # by (rel, other, from): what the C searches rely on
            e["adj_first"] = len(self.adjacency)
            e["adj_count"] = len(adj)
            self.adjacency += [(rel, other, index) for rel, other, _, index in adj]
        self.note_rows = []
        for e in self.entities:  # each entity's notes in file order
            mine = [(date, text, source) for ident, date, text, source in self.notes
                    if ident == e["id"]]
            e["note_first"] = len(self.note_rows)
            e["note_count"] = len(mine)
            self.note_rows += mine

    def load_keys(self):
        keys = {}  # folded key -> {entity id: where first seen}
        self.key_origins = {}  # (folded key, entity id) -> {"code", and languages of LANGS}
        self.spellings = []  # (bytes as written, folded key, entity id, origin)

        def add(text, ident, where, origin="code"):
            if len(text.encode("utf-8")) > KEY_MAX:
                raise DataError("%s: key longer than %d bytes" % (where, KEY_MAX))
            folded = fold(text, where)
            if not folded:
                raise DataError("%s: key %r folds to nothing" % (where, text))
            keys.setdefault(folded, {}).setdefault(ident, where)
            self.key_origins.setdefault((folded, ident), set()).add(origin)
            self.spellings.append((text.encode("utf-8"), folded, ident, origin))

        for e in self.entities:
            where = "entity %s" % e["code"]
            add(e["code"], e["id"], where)
            if e["alpha3"]:
                add(e["alpha3"], e["id"], where)
                add("%03d" % e["numeric"], e["id"], where)
            for lang, name in zip(LANGS, e["names"]):
                if name:
                    add(name, e["id"], where, lang)
        aliases = read_tsv(self.dir, "aliases.tsv", 4) + read_tsv(self.dir, "cldr-aliases.tsv", 4)
        for where, (code, lang, alias, source) in aliases:
            check_language(lang, where)
            self.source(source, where)
            add(alias, self.entity(code, where), where, lang)
        declared = {}
        for where, (key, _why) in read_tsv(self.dir, "ambiguous-keys.tsv", 2):
            declared[fold(key, where)] = where
        for folded, ids in keys.items():
            if len(ids) > 1 and folded not in declared:
                names = ", ".join("%s (%s)" % (self.entities[i]["code"], w)
                                  for i, w in sorted(ids.items()))
                raise DataError("key %r names several entities: %s; declare it in "
                                "ambiguous-keys.tsv if that is meant"
                                % (folded.decode("utf-8"), names))
        for folded, where in declared.items():
            if len(keys.get(folded, {})) < 2:
                raise DataError("%s: declared ambiguous but names at most one entity" % where)
        self.keys = sorted((k, i) for k, ids in keys.items() for i in ids)
        self.load_fingerprints({(key_hash(k), check_hash(k), len(k)): k for k in keys})

    def load_fingerprints(self, produced):
        """Keys of 1.0 whose text may not be shipped, kept as fingerprints:
        mp_keys rows answered by their check hash.  None is ever added; one
        the data gives as a key again must be removed."""
        seen = set()
        self.fingerprints = []  # (lookup hash, check hash, length, id, language)
        for where, (fingerprint, length, lang, code) in read_tsv(
                self.dir, "keys-1.0-fingerprints.tsv", 4):
            self.source("keys-1.0", where)  # every row's: the keys of 1.0
            if not re.match(r"^[0-9a-f]{16}$", fingerprint) or not length.isdigit() \
                    or not 0 < int(length) <= KEY_MAX or lang not in LANGS:
                raise DataError("%s: bad fingerprint row" % where)
            row = (int(fingerprint[:8], 16), int(fingerprint[8:], 16), int(length))
            if row in produced:
                raise DataError("%s: the data gives this key (%r) again: remove its fingerprint"
                                % (where, produced[row].decode("utf-8")))
            ident = self.entity(code, where)
            if (row, ident) in seen:
                raise DataError("%s: duplicate row" % where)
            seen.add((row, ident))
            self.fingerprints.append(row + (ident, lang))
        self.fingerprints.sort()
        checks = {}
        for lookup, check, length, _ident, _lang in self.fingerprints:
            if checks.setdefault((check, length), lookup) != lookup:
                raise DataError("keys-1.0-fingerprints.tsv: two keys share a check hash")

    def trim(self, names="all", provenance=True, states="all"):
        """Leave out what a small build does not want; IDs never change.
        names="en": only English names and keys.  provenance=False: no
        sources, dates or notes, and only the relations in force now (one
        edge a relation).  states="related": no strings or keys for states
        that take part in no relation (their rows stay, of kind 0)."""
        self.options = "names=%s provenance=%s states=%s" % (names, str(provenance).lower(), states)
        keep_origins = {"code", "en"} if names == "en" else {"code", *LANGS}
        if names == "en":
            for e in self.entities:
                e["names"] = e["names"][:1] + [None] * (len(LANGS) - 1)
        if not provenance:
            current = {}
            for e in self.edges:
                if not e["until"]:
                    triple = (e["subject"], e["rel"], e["object"])
                    current.setdefault(triple, dict(e, start=0, end=0, until=0,
                                                    source=NO_SOURCE, note=None,
                                                    **{"from": 0}))
            self.edges = list(current.values())
            self.notes, self.sources = [], []
            for e in self.entities:
                e["established"], e["established_source"], e["reviewed"] = 0, NO_SOURCE, 0
        if states == "related":
            related = {e["subject"] for e in self.edges} | {e["object"] for e in self.edges}
            for e in self.entities:
                if e["kind"] == "state" and e["id"] not in related:
                    e["omitted"] = True
        omitted = {e["id"] for e in self.entities if e.get("omitted")}
        self.keys = [(k, i) for k, i in self.keys if i not in omitted and
                     self.key_origins[(k, i)] & keep_origins]
        self.fingerprints = [f for f in self.fingerprints
                             if f[3] not in omitted and f[4] in keep_origins]
        self.spellings = [s for s in self.spellings
                          if s[2] not in omitted and s[3] in keep_origins]

    def check_seed_counts(self):
        seed = self.source_index.get("seed")
        for where, (code, count) in read_tsv(self.dir, "seed-counts.tsv", 2):
            process = self.entity(code, where)
            members = {e["subject"] for e in self.edges
                       if e["object"] == process and e["rel"] == RELATIONS["member_of"]
                       and e["source"] == seed}
            if len(members) != int(count):
                raise DataError("%s: the seed gives %s %s members, the data %d"
                                % (where, count, code, len(members)))

    def content_hash(self):
        """The data files' hash; a trimmed build's hash covers its options too."""
        h = hashlib.sha256()
        if self.options:
            h.update(self.options.encode() + b"\0")
        for name in sorted(os.listdir(self.dir)):
            path = os.path.join(self.dir, name)
            if os.path.isfile(path) and name != "meson.build":  # the list of files, not data
                with open(path, "rb") as f:
                    h.update(name.encode() + b"\0" + f.read() + b"\0")
        return h.hexdigest()[:16]

    def data_date(self):
        with open(os.path.join(self.dir, "data-date.txt"), encoding="utf-8") as f:
            text = f.read().strip()
        date = parse_date(text, "data-date.txt")
        if date % 100 == 0:
            raise DataError("data-date.txt: a full date YYYY-MM-DD is required")
        return date


# ---- lookup indexes (chosen by measurement: doc/PERFORMANCE.md) ----------

NO_ENTRY = 0xFFFF
KEY_FINGERPRINT = header_define("MP_KEY_FINGERPRINT", TABLES_H)
# An mp_keys row's len: the folded length, and above it, from this bit, by
# how many bytes (at most KEY_EXTRA_MAX) the string the row points at is longer.
KEY_EXTRA_SHIFT = header_define("MP_KEY_EXTRA_SHIFT", TABLES_H)
KEY_EXTRA_MAX = header_define("MP_KEY_EXTRA_MAX", TABLES_H)
# An mp_keys row's text: the check bits above a pool offset of this many bits.
KEY_OFFSET_BITS = header_define("MP_KEY_OFFSET_BITS", TABLES_H)
assert KEY_MAX < KEY_FINGERPRINT  # a row's len: the fingerprint bit above the length
MASK32 = 0xFFFFFFFF


FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193  # lib/fold.h: mp_fnv_step


def key_hash(data, seed=FNV_OFFSET):
    """FNV-1a's step over 32-bit little-endian words, then the last bytes,
    from seed (lib/fold.h: mp_key_hash)."""
    h = seed
    whole = len(data) // 4 * 4
    for i in range(0, whole, 4):
        h = ((h ^ int.from_bytes(data[i:i + 4], "little")) * FNV_PRIME) & MASK32
    for byte in data[whole:]:
        h = ((h ^ byte) * FNV_PRIME) & MASK32
    return h


def spelling_hash(data, seed):
    """The spelling index's hash (lib/fold.c: spelling_hash): the length, then
    FNV-1a's step over little-endian 32-bit words with every byte's 0x20 bit
    set (ASCII letters alike in either case), of the first eight bytes, the
    next eight when there are sixteen, and the last eight; a key of four to
    seven bytes its first and last four, a shorter one byte by byte."""
    def step(h, word):
        return ((h ^ word) * FNV_PRIME) & MASK32
    caseless = bytes(b | 0x20 for b in data)
    h = step(seed, len(data))
    if len(data) < 8:
        if len(data) >= 4:
            for start in (0, len(data) - 4):
                h = step(h, int.from_bytes(caseless[start:start + 4], "little"))
            return h
        for byte in caseless:
            h = step(h, byte)
        return h
    for start in spelling_hashed(len(data)):
        for half in (start, start + 4):
            h = step(h, int.from_bytes(caseless[half:half + 4], "little"))
    return h


def spelling_hashed(n):
    """Where the eight-byte pieces spelling_hash() reads start, for n >= 8."""
    return [0] + ([8] if n >= 16 else []) + [n - 8]


def spelling_identity(data):
    """What spelling_hash() reads of a key, with its length: two spellings
    with the same identity have the same hash with every seed."""
    caseless = bytes(b | 0x20 for b in data)
    if len(data) < 8:
        return len(data), caseless
    return (len(data),) + tuple(caseless[i:i + 8] for i in spelling_hashed(len(data)))


def check_hash(data):
    """A second hash of a folded key, unrelated to key_hash: what a fingerprint
    row of mp_keys compares instead of the key's bytes (lib/fold.h:
    mp_check_hash)."""
    h = (0x9E3779B9 ^ len(data)) & MASK32
    for byte in data:
        h = ((h ^ byte) * 0x5BD1E995) & MASK32
        h ^= h >> 15
    h = (h * 0x7FEB352D) & MASK32
    h ^= h >> 15
    h = (h * 0x846CA68B) & MASK32
    return h ^ (h >> 16)


def fmix(h):
    """The murmur3 finalizer: spreads a hash's bits (lib/lookup.c: mix)."""
    h ^= h >> 16
    return (h * 0x85EBCA6B) & MASK32


def reduce16(h16, n):
    """Maps a 16-bit value onto 0..n-1 by multiplication: no division, which a
    Cortex-M0 would need a library helper for."""
    return (h16 * n) >> 16


def slot_of(m, displacement, slots):
    """lib/lookup.c: key_range().  m is fmix() of the key's hash; its low half
    picks the bucket, and the bucket's displacement picks an odd multiplier
    that spreads its keys over the slots (one finaliser a lookup)."""
    return reduce16(((m * (2 * displacement + 1)) & MASK32) >> 16, slots)


MAX_SLOTS = 0x10000  # reduce16() reaches 65536 slots at most


def perfect_hash(rows, spare_slots=4, hash_of=key_hash):
    """Hash-and-displace: every distinct key gets its own slot, with one
    spare slot for every spare_slots keys (0: none).  rows are the
    key table's rows as (what identifies the key, its folded text, or None
    and the hash it was fingerprinted with).  Returns the hash seed, the
    bucket displacements and the slot table (index of the key's first row in
    the key table, or NO_ENTRY).  A seed is tried after another until no two
    keys share a 32-bit hash and every bucket finds its displacement; a
    fingerprint keeps the hash of 1.0's seed, FNV_OFFSET, and no other seed
    can place it, so with fingerprints that seed is the only one tried."""
    first_row, text, fixed = {}, {}, {}
    for row, (key, folded, fixed_hash) in enumerate(rows):
        first_row.setdefault(key, row)
        text[key], fixed[key] = folded, fixed_hash
    distinct = list(first_row)
    nbuckets = max(1, len(distinct) // 4)
    nslots = max(2, len(distinct) + len(distinct) // spare_slots if spare_slots else len(distinct))
    if nslots > MAX_SLOTS or len(rows) >= NO_ENTRY:
        raise DataError("%d keys (%d distinct): the key index has 16-bit rows and at most "
                        "%d slots; that many keys do not fit" % (len(rows), len(distinct),
                                                                 MAX_SLOTS))
    fingerprinted = any(h is not None for h in fixed.values())
    seeds = [FNV_OFFSET] + ([] if fingerprinted else list(range(1, 64)))
    for seed in seeds:
        hashes = {k: fixed[k] if fixed[k] is not None else hash_of(text[k], seed)
                  for k in distinct}
        result = displace(distinct, first_row, hashes, nbuckets, nslots)
        if result:
            return (seed,) + result
    raise DataError("no perfect hash for the keys with any of %d seeds%s" % (
        len(seeds), "; fingerprints (keys-1.0-fingerprints.tsv) allow only seed 0x%08X: "
        "replace a fingerprint by a sourced alias" % FNV_OFFSET if fingerprinted else ""))


def displace(distinct, first_row, hashes, nbuckets, nslots):
    """perfect_hash() with one seed's hashes: (displacements, slots), or None."""
    buckets = [[] for _ in range(nbuckets)]
    for key in distinct:
        m = fmix(hashes[key])
        buckets[reduce16(m & 0xFFFF, nbuckets)].append(m)
    displacement = [0] * nbuckets
    slots = [NO_ENTRY] * nslots
    rows = dict(zip((fmix(hashes[k]) for k in distinct), (first_row[k] for k in distinct)))
    if len(rows) != len(distinct):
        return None  # two keys with one hash: no displacement separates them
    for b in sorted(range(nbuckets), key=lambda b: (-len(buckets[b]), b)):
        if not buckets[b]:
            continue
        for d in range(0x10000):
            taken = [slot_of(m, d, nslots) for m in buckets[b]]
            if len(set(taken)) == len(taken) and all(slots[t] == NO_ENTRY for t in taken):
                break
        else:
            return None
        displacement[b] = d
        for m, t in zip(buckets[b], taken):
            slots[t] = rows[m]
    return displacement, slots


def code_indexes(keys):
    """Direct index of two-letter keys, packed three-letter keys, and numbers."""
    def entry(ids):  # what migproc_find() answers: an ambiguous key names none
        return ids[0] if len(ids) == 1 else NO_ENTRY
    by_key = {}
    for key, ident in keys:
        by_key.setdefault(key, []).append(ident)
    alpha2 = [NO_ENTRY] * (26 * 26)
    alpha3 = []
    numeric = [NO_ENTRY] * 1000
    for key, ids in by_key.items():
        if len(key) == 2 and key.isalpha() and key.isascii():
            alpha2[(key[0] - 97) * 26 + key[1] - 97] = entry(ids)
        elif len(key) == 3 and key.isalpha() and key.isascii():
            alpha3.append(((key[0] - 97) * 676 + (key[1] - 97) * 26 + key[2] - 97, entry(ids)))
        elif len(key) == 3 and key.isdigit():
            numeric[int(key)] = entry(ids)
    return alpha2, sorted(alpha3), numeric


def code_shaped(text):
    """Whether migproc_find() answers text from a code index without folding
    (lib/lookup.c: code_lookup): two or three ASCII letters, one to three
    digits."""
    return re.fullmatch(rb"[A-Za-z]{2,3}|[0-9]{1,3}", text) is not None


def spelled_rows(d):
    """{spelling as the data writes it: the first row in mp_keys of what it
    folds to} for every name, alias and code of the (trimmed) data that is
    not code-shaped: the code indexes answer those first."""
    first_row = {}
    for row, (folded, _ident) in enumerate(d.keys):
        first_row.setdefault(folded, row)
    return {text: first_row[folded] for text, folded, _ident, _origin in d.spellings
            if not code_shaped(text) and folded in first_row}


def indexed_spellings(d):
    """spelled_rows() less the spellings the index cannot tell from another
    (the same spelling_identity()): of those, the first in byte order is kept
    (upper case sorts first: "CONARES", the code, before its alias "CONAREs",
    which the comparison then finds as the same letters in another case);
    the others are found by folding, as any key the index misses."""
    rows_of = spelled_rows(d)
    kept = {}
    for text in sorted(rows_of):
        kept.setdefault(spelling_identity(text), text)
    return {text: rows_of[text] for text in kept.values()}


def key_spellings(d):
    """{folded key: the spelling its mp_keys rows point at}: of the spellings
    that fold to it, the shortest (then the first in byte order) that the
    pool holds anyway, as an entity's code, alpha-3 code or name, or in the
    spelling index.  A key that none of those folds to (a number, whose
    spelling "484" the pool has no other use for) keeps its folded bytes."""
    stored = set(indexed_spellings(d))
    for e in d.entities:
        if not e.get("omitted"):
            stored.update(x.encode("utf-8") for x in [e["code"], e["alpha3"]] + e["names"] if x)
    best = {}
    for text, folded, _ident, _origin in d.spellings:
        kept = best.get(folded)
        if text in stored and (kept is None or (len(text), text) < (len(kept), kept)):
            best[folded] = text
    return best


def key_hash_rows(d):
    """What perfect_hash() places for mp_keys (the folded keys, then the
    fingerprints, row by row); its seed is mp_hash_seed."""
    return [(k, k, None) for k, _i in d.keys] + \
        [(("fingerprint",) + f[:3], None, f[0]) for f in d.fingerprints]


def key_rows(d, seed, pool):
    """mp_keys' rows of the data's keys (lib/tables.h: struct mp_key): text
    is the top bits of the key's hash (from seed) above the pool offset of
    the spelling key_spellings() gives it, or else of its folded bytes
    (which fold to themselves, and also stand for a spelling more than
    KEY_EXTRA_MAX bytes longer than them, or shorter: "8" is "008"); len
    is the folded length, and above it by how many bytes the string is
    longer."""
    spelled = key_spellings(d)
    rows = []
    for folded, ident in d.keys:
        text = spelled.get(folded, folded)
        if not 0 <= len(text) - len(folded) <= KEY_EXTRA_MAX:
            text = folded
        offset = pool.add(text)
        if offset >= 1 << KEY_OFFSET_BITS:
            raise DataError("the string pool passed %d bytes: a key's offset no longer fits "
                            "its %d bits (MP_KEY_OFFSET_BITS in lib/tables.h)"
                            % (1 << KEY_OFFSET_BITS, KEY_OFFSET_BITS))
        check = key_hash(folded, seed) >> KEY_OFFSET_BITS
        extra = len(text) - len(folded)
        rows.append((check << KEY_OFFSET_BITS | offset,
                     extra << KEY_EXTRA_SHIFT | len(folded), ident))
    return rows


def spelling_index(d, pool):
    """The index of the keys as the data spells them (lib/fold.c:
    mp_spelling_row), which finds a name or an alias typed as written without
    folding it.  Returns the hash seed, the bucket displacements, each slot's
    text (its length << SPELLING_LEN_SHIFT | its pool offset, 0 when empty)
    and its first row in mp_keys (NO_ENTRY when empty), and the spellings by
    slot for the comments."""
    rows_of = indexed_spellings(d)
    texts = sorted(rows_of)
    for spare_slots in (0, 16, 4):  # a slot for each spelling if a seed allows: 6 bytes a slot
        try:
            seed, displacement, slots = perfect_hash([(t, t, None) for t in texts], spare_slots,
                                                     spelling_hash)
            break
        except DataError:
            if spare_slots == 4:
                raise
    text_words, rows = [], []
    for slot in slots:
        if slot == NO_ENTRY:
            text_words.append(0)
            rows.append(NO_ENTRY)
            continue
        offset = pool.add(texts[slot])
        if offset >= 1 << SPELLING_LEN_SHIFT:
            raise DataError("the string pool passed %d bytes: a spelling's offset no longer "
                            "fits its %d bits" % (1 << SPELLING_LEN_SHIFT, SPELLING_LEN_SHIFT))
        text_words.append(len(texts[slot]) << SPELLING_LEN_SHIFT | offset)
        rows.append(rows_of[texts[slot]])
    labels = [texts[s].decode("utf-8") if s != NO_ENTRY else "" for s in slots]
    return seed, displacement, text_words, rows, labels


def now_index(d):
    """Per entity, its relations in force now as sorted (rel << 16 | other)
    keys, one a pair: what holds() and related() read."""
    rows = []
    for e in d.entities:
        pairs = set()
        for rel, other, edge in d.adjacency[e["adj_first"]:e["adj_first"] + e["adj_count"]]:
            if not d.edges[edge]["until"]:
                pairs.add((rel << 16) | other)
        e["now_first"], e["now_count"] = len(rows), len(pairs)
        rows += sorted(pairs)
    return rows


def alpha3_index(alpha3):
    """Three-letter keys, no search: the rows of a 26x26 table (one row per
    first two letters ab, a column per third letter c) packed into one array
    by displacement.  The key abc is at slot mp_alpha3_displacement[ab] + c
    when that slot's ab is ab.  Costs 677 displacements and a slot a key
    (plus the gaps first-fit packing leaves), 16 bits each of ab and entry."""
    rows = {}
    for packed, entry in alpha3:
        rows.setdefault(packed // 26, []).append((packed % 26, entry))
    displacement = [0] * (26 * 26 + 1)
    slots = []
    for ab in sorted(rows, key=lambda r: (-len(rows[r]), r)):
        d = 0
        while any(d + c < len(slots) and slots[d + c] is not None for c, _ in rows[ab]):
            d += 1
        slots += [None] * (d + 26 - len(slots))
        for c, entry in rows[ab]:
            slots[d + c] = (ab, entry, "".join(chr(ord("A") + x) for x in (ab // 26, ab % 26, c)))
        displacement[ab] = d
    slots += [None] * (26 - len(slots)) if len(slots) < 26 else []
    if len(slots) > NO_ENTRY:
        raise DataError("%d three-letter slots: more than 16-bit displacements can reach"
                        % len(slots))
    return displacement, [s or (NO_ENTRY, NO_ENTRY, "empty") for s in slots]


def kind_rows(d):
    """Per kind, the set of its entities (row 0: every entity, for set_all), so
    that set_all_of_kind() copies a row instead of reading every entity."""
    rows = [[0] * 32 for _ in range(max(KINDS.values()) + 1)]
    counts = [0] * len(rows)
    for e in d.entities:
        if e.get("omitted"):
            continue
        for k in (0, KINDS[e["kind"]]):
            rows[k][e["id"] // 32] |= 1 << (e["id"] % 32)
            counts[k] += 1
    return rows, counts


REL_HASH_SIZE = 64
REL_NAME_ROW = header_define("MP_REL_NAME_ROW", TABLES_H)


def rel_name_hash(name, multiplier):
    """lib/relation.c: rel_hash()."""
    return (len(name) * multiplier + name[2] + 3 * name[-2]) % REL_HASH_SIZE


def rel_spelling():
    """How migproc_rel_from_name() reads each byte: a letter in lower case,
    '_' for '_', '-' and ' ', 0 for the NUL that ends the name, 1 for a byte
    no relation name has."""
    table = [1] * 256
    table[0] = 0
    for c in range(ord("a"), ord("z") + 1):
        table[c] = table[c - 32] = c
    for c in b"_- ":
        table[c] = ord("_")
    return table


def rel_name_index():
    """The relation names, each in a row of REL_NAME_ROW bytes padded with
    NULs (so that a name is compared whole, in one fixed-size comparison),
    and a perfect hash of them: the multiplier and the table (relation + 1,
    0 for none)."""
    if len(REL_NAMES) % 2:
        raise DataError("include/migproc.h: relations come in pairs")
    names = [n.encode() for n in REL_NAMES]
    if max(len(n) for n in names) >= REL_NAME_ROW:
        raise DataError("a relation name longer than MP_REL_NAME_ROW (lib/tables.h) allows")
    for multiplier in range(1, 256):
        table = [0] * REL_HASH_SIZE
        for rel, name in enumerate(names):
            h = rel_name_hash(name, multiplier)
            if table[h]:
                break
            table[h] = rel + 1
        else:
            return names, multiplier, table
    raise DataError("no perfect hash of the relation names: change rel_name_hash")


class Pool:
    """One byte array of NUL-terminated strings.  Equal strings are stored
    once.  A pool made from a draft (Pool(draft): the pool a first pass over
    the same tables filled) also stores a string that ends another as the
    end of that one, as linkers merge string tails: every string is still
    NUL-terminated where it starts, and two strings start at the same
    offset only when they are equal."""

    def __init__(self, draft=None):
        self.data = bytearray(b"\0")
        self.offsets = {b"": 0}
        self.stored = []  # (offset, string) of the strings written out whole, in order
        self.written = False  # c_pool() has written it out: no string may be added
        self.laid_out = draft is not None  # every string is placed: none may be added
        if draft is not None:
            self.lay_out([raw for raw in draft.offsets if raw])

    def lay_out(self, strings):
        """Places strings (in the order the draft added them) with their tails merged."""
        by_end = sorted(strings, key=lambda raw: raw[::-1])
        # A string that ends any other ends the one after it in this order.
        ends = {raw: after for raw, after in zip(by_end, by_end[1:]) if after.endswith(raw)}
        for raw in strings:
            if raw not in ends:
                self.store(raw)
        for raw in reversed(by_end):  # the string it ends is placed before it
            if raw in ends:
                after = ends[raw]
                self.offsets[raw] = self.offsets[after] + len(after) - len(raw)

    def store(self, raw):
        self.offsets[raw] = len(self.data)
        self.stored.append((len(self.data), raw))
        self.data += raw + b"\0"

    def add(self, value):
        if value is None:
            return 0
        raw = value if isinstance(value, bytes) else value.encode("utf-8")
        if raw not in self.offsets:
            assert not self.written, "a string added after the pool was written"
            assert not self.laid_out, "a string the draft of the pool did not have"
            self.store(raw)
        return self.offsets[raw]


def c_char(byte):
    """A byte as a C character constant: readable where it is printable ASCII."""
    if 0x20 <= byte < 0x7F and byte not in b"'\\":
        return "'%s'" % chr(byte)
    return "'\\%03o'" % byte


def c_list(values, per_line):
    return "".join("    %s,\n" % ", ".join(str(v) for v in values[i:i + per_line])
                   for i in range(0, len(values), per_line))


def c_lines(values, per_line, comment_of_line):
    """per_line values a line, each line with the comment comment_of_line
    gives for the index of its first value."""
    return "".join("    %s, /* %s */\n" % (", ".join(str(v) for v in values[i:i + per_line]),
                                           c_comment(comment_of_line(i)))
                   for i in range(0, len(values), per_line))


def c_values(values, comments):
    """One value a line, each with its comment."""
    return "".join("    %s, /* %s */\n" % (v, c_comment(c)) for v, c in zip(values, comments))


def c_comment(text):
    """Text for a C comment: printable ASCII, no comment end; so that a data
    change reads as a small diff of named rows."""
    return "".join(c if " " <= c < "\x7f" else "?" for c in text).replace("*/", "* /")


def c_rows(rows, comments=None):
    """One C initializer a row; with comments, each row says what it is."""
    if comments is None:
        return "".join("    {%s},\n" % ", ".join(str(v) for v in row) for row in rows)
    return "".join("    {%s}, /* %s */\n" % (", ".join(str(v) for v in row), c_comment(c))
                   for row, c in zip(rows, comments))


def c_pool(pool):
    """The pool, one string a line, each after its offset."""
    pool.written = True
    return "".join("    /* %d */ %s\n" % (offset, ", ".join(c_char(b) for b in raw + b"\0") + ",")
                   for offset, raw in [(0, b"")] + pool.stored)


INT_HASH_MULTIPLIER = 0x9E3779B1  # lib/relation.c: int_slot()


def int_slot(key, displacement, nbuckets, nslots):
    """lib/relation.c: int_slot().  The bucket is the high half of the key times
    a constant; the bucket's displacement picks an odd multiplier that spreads
    its keys over the slots."""
    m = ((key + 1) * INT_HASH_MULTIPLIER) & MASK32  # never 0: an odd multiplier spreads it
    bucket = reduce16(m >> 16, nbuckets)
    return reduce16(((m * (2 * displacement[bucket] + 1)) & MASK32) >> 16, nslots)


def int_perfect_hash(keys, what):
    """Hash-and-displace over distinct small integer keys: (displacements,
    slot of each key, slot count), about 9 slots for 8 keys."""
    nbuckets = max(1, len(keys) // 3)
    nslots = max(2, len(keys) * 9 // 8 + 1)
    if nslots > MAX_SLOTS or nbuckets > UINT16_MAX:
        raise DataError("%d %s: more than a 16-bit perfect hash can place" % (len(keys), what))
    buckets = [[] for _ in range(nbuckets)]
    for key in keys:
        buckets[reduce16((((key + 1) * INT_HASH_MULTIPLIER) & MASK32) >> 16, nbuckets)].append(key)
    displacement = [0] * nbuckets
    taken, slot_of_key = set(), {}
    for b in sorted(range(nbuckets), key=lambda b: (-len(buckets[b]), b)):
        for d in range(0x10000):
            displacement[b] = d
            slots = [int_slot(k, displacement, nbuckets, nslots) for k in buckets[b]]
            if len(set(slots)) == len(slots) and not taken.intersection(slots):
                break
        else:
            raise DataError("no perfect hash of the %s" % what)
        taken.update(slots)
        slot_of_key.update(zip(buckets[b], slots))
    return displacement, slot_of_key, nslots


# The relation indexes' keys, as lib/tables.h defines them: a pair's is
# id << PAIR_REL_BITS | rel, a triple's (a relation in force) that <<
# TRIPLE_BITS | other.
PAIR_REL_BITS = header_define("MP_PAIR_REL_BITS", TABLES_H)
TRIPLE_BITS = header_define("MP_TRIPLE_ID_BITS", TABLES_H)
assert 1 << TRIPLE_BITS == SET_CAPACITY, "lib/tables.h: MP_TRIPLE_ID_BITS must hold every ID"
assert SET_CAPACITY << PAIR_REL_BITS <= 0xFFFF, \
    "lib/tables.h: a pair's key (16 bits, 0xFFFF empty) cannot hold every ID with MP_PAIR_REL_BITS"


# The words of a set that the tables store (lib/tables.h): a set in force is
# an image of its first SET_IMAGE_WORDS words, the others zero.
SET_IMAGE_WORDS = header_define("MP_SET_IMAGE_WORDS", TABLES_H)


def set_image(members):
    """The first SET_IMAGE_WORDS words of the set of members (IDs below 32 *
    SET_IMAGE_WORDS: check_widths)."""
    words = [0] * SET_IMAGE_WORDS
    for other in members:
        words[other // 32] |= 1 << other % 32
    return tuple(words)


def pack_images(images):
    """One array of words holding every image (distinct tuples of
    SET_IMAGE_WORDS words), and the offset of each in it, as (words,
    offsets).  Images overlap where one ends as another begins (most end
    or begin with zero words: a process's members are states, a state's
    groups are processes): the greedy merge of shortest common
    superstrings, longest overlaps first, each image followed by at most
    one other and no chain closing on itself; the chains then one after
    another.  An image is found at its first occurrence, which may span
    two others."""
    n, count = SET_IMAGE_WORDS, len(images)
    after, before = [None] * count, [None] * count  # (next, overlap), previous
    chain = list(range(count))  # union-find: images of one chain

    def root(i):
        while chain[i] != i:
            chain[i] = chain[chain[i]]
            i = chain[i]
        return i

    for k in range(n - 1, 0, -1):
        heads = {}  # first k words -> images no other precedes, in order
        for i, image in enumerate(images):
            if before[i] is None:
                heads.setdefault(image[:k], []).append(i)
        for i, image in enumerate(images):
            if after[i] is not None:
                continue
            waiting = heads.get(image[-k:], [])
            for j in waiting:
                if before[j] is None and root(j) != root(i):
                    after[i], before[j] = (j, k), i
                    chain[root(j)] = root(i)
                    waiting.remove(j)
                    break
    words = []
    for i in range(count):
        if before[i] is None:
            words.extend(images[i])
            while after[i] is not None:
                i, k = after[i]
                words.extend(images[i][k:])
    first = {}
    for at in range(len(words) - n + 1):
        first.setdefault(tuple(words[at:at + n]), at)
    return words, [first[image] for image in images]


def pair_rows(keys, entity_count):
    """Row displacement (the sparse-table packing of parser tables): entity
    id's pairs, one per relation it has, are the slots row[id] + rel of one
    array, the rows overlapping where their relations do not, each placed at
    the first offset where it fits, the fullest rows first.  Returns (row of
    each entity, slot of each key, slot count); every row + any relation the
    keys' PAIR_REL_BITS hold (not only those the header names) is a slot, so
    that lib/relation.c checks only those bits, reads one slot and compares
    its key."""
    rels_of = {}
    for key in keys:
        rels_of.setdefault(key >> PAIR_REL_BITS, []).append(key & (1 << PAIR_REL_BITS) - 1)
    taken = 0  # bit s: slot s holds a pair
    rows, slot_of_key = [0] * entity_count, {}
    for entity in sorted(rels_of, key=lambda e: (-len(rels_of[e]), e)):
        mask = sum(1 << rel for rel in rels_of[entity])
        row = 0
        while taken >> row & mask:
            row += 1
        taken |= mask << row
        rows[entity] = row
        for rel in rels_of[entity]:
            slot_of_key[entity << PAIR_REL_BITS | rel] = row + rel
    nslots = max(rows, default=0) + (1 << PAIR_REL_BITS)
    if nslots > UINT16_MAX:
        raise DataError("%d slots of relation pairs: more than the %d the tables can hold"
                        % (nslots, UINT16_MAX))
    return rows, slot_of_key, nslots


def pair_index(d):
    """Per (entity, relation) that has or had a relation, a slot of
    pair_rows(), keyed id << PAIR_REL_BITS | rel: the last (and its set, the
    set in force now) of its epochs, the spans
    between the dates its statements count from or until, each with the set
    in force during it.  An epoch is the date it starts at (the first of a
    pair's: date 0, before every date), so that the library finds a date's
    epoch by comparing dates, and its set: an image of words, at an offset
    of the packed images (pack_images), and how many members (a set that
    repeats, such as the one word the states that are members of one
    process all have, is stored once).  The last epoch is the set in force
    now.  Returns (rows, slots, epochs, sets, image words, labels of the
    slots, of the epochs, of the sets)."""
    pairs = {}
    for e in d.entities:
        for rel, other, edge in d.adjacency[e["adj_first"]:e["adj_first"] + e["adj_count"]]:
            p = pairs.setdefault(e["id"] << PAIR_REL_BITS | rel, {"statements": []})
            p["statements"].append((other, d.edges[edge]["from"], d.edges[edge]["until"]))
    epochs, images, counts, set_at = [], [], [], {}
    epoch_labels, set_labels = [], []
    code = [e["code"] for e in d.entities]
    for key in sorted(pairs):
        p = pairs[key]
        starts = [0] + sorted({x for _o, f, u in p["statements"] for x in (f, u) if x})
        p["epochs"] = (len(epochs), len(starts))
        for start in starts:
            # In force at the epoch's first date (lib/relation.c: in force
            # from 'from', until 'until', 0: still).
            members = sorted({o for o, f, u in p["statements"]
                              if f <= start and (u == 0 or start < u)})
            image = set_image(members)
            at = set_at.get(image)
            if at is None:
                at = set_at[image] = len(images)
                images.append(image)
                counts.append(len(members))
                set_labels.append(members_label([code[m] for m in members]))
            epochs.append((start, at))
            epoch_labels.append("%s %s from %s" % (code[key >> PAIR_REL_BITS],
                                                   REL_NAMES[key & (1 << PAIR_REL_BITS) - 1],
                                                   start or "the first"))
    words, offsets = pack_images(images)
    for what, count in (("epochs of relations (16-bit)", len(epochs)),
                        ("distinct sets in force (16-bit)", len(images)),
                        ("words before the last image of a set in force (its 16-bit "
                         "offset into mp_set_images)", max(offsets, default=0))):
        if count > UINT16_MAX:
            raise DataError("%d %s: more than the %d the tables can hold"
                            % (count, what, UINT16_MAX))
    sets = list(zip(offsets, counts))  # struct mp_stored_set
    rows, slot_of_key, nslots = pair_rows(sorted(pairs), len(d.entities))
    slots = [(NO_ENTRY, 0, "{0, 0}")] * nslots
    labels = [None] * nslots
    for key, p in pairs.items():
        first, count = p["epochs"]
        now = sets[epochs[first + count - 1][1]]
        slots[slot_of_key[key]] = (key, first + count - 1, "{%d, %d}" % now)
        labels[slot_of_key[key]] = "%s %s" % (code[key >> PAIR_REL_BITS],
                                              REL_NAMES[key & (1 << PAIR_REL_BITS) - 1])
    return rows, slots, epochs, sets, words, labels, epoch_labels, set_labels


def members_label(codes):
    """A set's members for a comment: every code, or the first ones and how
    many."""
    text = " ".join(codes) or "empty"
    return text if len(text) <= 60 else "%s ... (%d)" % (" ".join(codes[:8]), len(codes))


def triple_label(d, slot):
    """A slot of triple_index() for a comment: "MX member_of RCM", or empty."""
    if slot == 0:
        return "empty"
    key = slot - 1
    pair, other = key >> TRIPLE_BITS, key & (1 << TRIPLE_BITS) - 1
    return "%s %s %s" % (d.entities[pair >> PAIR_REL_BITS]["code"],
                         REL_NAMES[pair & (1 << PAIR_REL_BITS) - 1], d.entities[other]["code"])


def triple_index(d, now):
    """Every relation in force now as a key (id << 5 | rel) << 10 | other, in a
    perfect hash: holds() is one slot.  Slots hold key + 1 (0: empty)."""
    keys = []
    for e in d.entities:
        for k in now[e["now_first"]:e["now_first"] + e["now_count"]]:
            keys.append(((e["id"] << PAIR_REL_BITS | k >> 16) << TRIPLE_BITS) | (k & 0xFFFF))
    displacement, slot_of_key, nslots = int_perfect_hash(sorted(keys), "relations in force")
    slots = [0] * nslots
    for key, slot in slot_of_key.items():
        slots[slot] = key + 1
    return displacement, slots


def emit_relation_indexes(d, now):
    """The C of pair_index() and triple_index()."""
    (pair_rows_of, pair_slots, epochs, sets, words, pair_labels, epoch_labels,
     set_labels) = pair_index(d)
    triple_disp, triple_slots = triple_index(d, now)
    out = []
    out.append("MP_INTERNAL const uint16_t mp_pair_rows[%d] = {\n%s};\n"
               % (max(len(pair_rows_of), 1), c_list(pair_rows_of or [0], 12)))
    out.append("MP_INTERNAL const struct mp_pair mp_pairs[%d] = {\n%s};\n"
               % (len(pair_slots), c_rows(pair_slots, [label or "empty" for label in pair_labels])))
    out.append("MP_INTERNAL const migproc_date mp_epoch_starts[%d] = {\n%s};\n"
               % (max(len(epochs), 1), c_lines([start for start, _w in epochs] or [0], 1,
                                              lambda i: (epoch_labels or ["none"])[i])))
    out.append("MP_INTERNAL const uint16_t mp_epoch_sets[%d] = {\n%s};\n"
               % (max(len(epochs), 1), c_list([s for _d, s in epochs] or [0], 12)))
    out.append("MP_INTERNAL const struct mp_stored_set mp_sets[%d] = {\n%s};\n"
               % (max(len(sets), 1), c_rows(sets or [(0, 0)], set_labels or ["none"])))
    out.append("MP_INTERNAL const uint32_t mp_set_images[%d] = {\n%s};\n\n"
               % (max(len(words), 1), c_list(words or [0], 6)))
    out.append("MP_INTERNAL const uint16_t mp_triple_bucket_count = %d;\n" % len(triple_disp))
    out.append("MP_INTERNAL const uint16_t mp_triple_displacement[%d] = {\n%s};\n"
               % (len(triple_disp), c_list(triple_disp, 12)))
    out.append("MP_INTERNAL const uint16_t mp_triple_slot_count = %d;\n" % len(triple_slots))
    out.append("MP_INTERNAL const uint32_t mp_triples[%d] = {\n%s};\n\n"
               % (len(triple_slots), c_values(triple_slots, [triple_label(d, k) for k in triple_slots])))
    return "".join(out)


UINT16_MAX = 0xFFFF


def check_widths(d, now):
    """Refuses data whose tables would overflow their integer types (lib/tables.h)
    or the set capacity, naming the table, instead of emitting tables that
    silently answer wrong."""
    limits = [
        ("entities (migproc_set holds IDs below %d)" % SET_CAPACITY, len(d.entities),
         SET_CAPACITY),
        ("entities (the images of sets in force hold IDs below %d: MP_SET_IMAGE_WORDS in "
         "lib/tables.h)" % (32 * SET_IMAGE_WORDS), len(d.entities), 32 * SET_IMAGE_WORDS),
        ("edges (16-bit migproc_edge, 0xFFFF is none)", len(d.edges), UINT16_MAX - 1),
        ("adjacency rows (16-bit adj_first)", len(d.adjacency), UINT16_MAX),
        ("notes (16-bit note_first)", len(d.note_rows), UINT16_MAX),
        ("sources (16-bit, 0xFFFF is none)", len(d.sources), UINT16_MAX - 1),
        ("keys (16-bit rows of mp_keys, 0xFFFF is none)", len(d.keys) + len(d.fingerprints),
         UINT16_MAX - 1),
        ("relations in the header (%d bits of the relation indexes' keys, MP_PAIR_REL_BITS)"
         % PAIR_REL_BITS, len(REL_NAMES), 1 << PAIR_REL_BITS),
    ]
    for what, count, limit in limits:
        if count > limit:
            raise DataError("%d %s: more than the %d the tables can hold" % (count, what, limit))


def emit_lookup_extras(d, alpha3, kind_names):
    """The C of the indexes of issue 16: alpha-3, kinds, relation names; and
    the names of the kinds and the number of relations, from the header."""
    displacement, slots = alpha3_index(alpha3)
    rows, counts = kind_rows(d)
    rel_names, rel_multiplier, rel_table = rel_name_index()
    out = []
    out.append("MP_INTERNAL const uint16_t mp_alpha3_displacement[677] = {\n%s};\n"
               % c_list(displacement, 12))
    out.append("MP_INTERNAL const struct mp_alpha3 mp_alpha3_slots[%d] = {\n%s};\n\n"
               % (len(slots), c_rows([s[:2] for s in slots], [s[2] for s in slots])))
    out.append("MP_INTERNAL const uint16_t mp_kind_row_count = %d;\n" % len(rows))
    out.append("MP_INTERNAL const migproc_set mp_kind_rows[%d] = {\n%s};\n"
               % (len(rows), "".join("    {{%s}}, /* %s */\n" % (", ".join(str(w) for w in r), name)
                                     for r, name in zip(rows, ["every entity"] + list(KIND_NAMES[1:])))))
    out.append("MP_INTERNAL const uint16_t mp_kind_count[%d] = {%s};\n"
               % (len(counts), ", ".join(map(str, counts))))
    out.append("MP_INTERNAL const uint32_t mp_kind_names[%d] = {%s}; /* %s */\n\n"
               % (len(kind_names), ", ".join(map(str, kind_names)), ", ".join(KIND_NAMES)))
    out.append("_Static_assert(MP_LANG_COUNT == %d, \"lib/tables.h: MP_LANG_COUNT is not the "
               "number of migproc_lang values\");\n" % len(LANGS))
    out.append("MP_INTERNAL const char mp_lang_tags[MP_LANG_COUNT][3] = {%s};\n"
               % ", ".join('"%s"' % lang for lang in LANGS))
    out.append("MP_INTERNAL const uint8_t mp_rel_count = %d;\n" % len(REL_NAMES))
    out.append("MP_INTERNAL MP_REL_NAME_ALIGN const char mp_rel_names[%d][MP_REL_NAME_ROW] = {\n%s};\n"
               % (len(rel_names), "".join("    {%s},\n" % ", ".join(c_char(b) for b in n)
                                         for n in rel_names)))
    out.append("MP_INTERNAL const uint8_t mp_rel_hash_multiplier = %d;\n" % rel_multiplier)
    out.append("MP_INTERNAL const uint8_t mp_rel_hash[%d] = {\n%s};\n\n"
               % (len(rel_table), c_list(rel_table, 16)))
    out.append("MP_INTERNAL const unsigned char mp_rel_spelling[256] = {\n%s};\n\n"
               % c_list(rel_spelling(), 16))
    return "".join(out)


def emit_spelling_index(d, pool):
    seed, displacement, text_words, rows, labels = spelling_index(d, pool)
    out = ["MP_INTERNAL const uint32_t mp_spelling_seed = 0x%08Xu;\n" % seed,
           "MP_INTERNAL const uint16_t mp_spelling_bucket_count = %d;\n" % len(displacement),
           "MP_INTERNAL const uint16_t mp_spelling_displacement[%d] = {\n%s};\n"
           % (len(displacement), c_list(displacement, 12)),
           "MP_INTERNAL const uint16_t mp_spelling_slot_count = %d;\n" % len(rows),
           "MP_INTERNAL const uint32_t mp_spelling_text[%d] = {\n%s};\n"
           % (len(text_words), "".join("    0x%08X,%s\n" % (w, " /* %s */" % c_comment(label) if label else "")
                                       for w, label in zip(text_words, labels))),
           "MP_INTERNAL const uint16_t mp_spelling_rows[%d] = {\n%s};\n\n"
           % (len(rows), c_list(rows, 12))]
    return "".join(out)


def string_pools(d):
    """The pool a first pass over the data's tables fills, and the pool laid
    out from its strings with their tails merged (Pool)."""
    draft = Pool()
    tables(d, draft)
    return draft, Pool(draft)


def generate(d):
    """The C tables of the data, made with the laid-out pool."""
    return tables(d, string_pools(d)[1])


def tables(d, pool):
    d.index()
    now = now_index(d)
    check_widths(d, now)
    hash_rows = key_hash_rows(d)
    seed, displacement, slots = perfect_hash(hash_rows)
    alpha2, alpha3, numeric = code_indexes(d.keys)
    kind_names = [pool.add(name) if kind else 0 for kind, name in enumerate(KIND_NAMES)]
    entities = []
    for e in d.entities:
        if e.get("omitted"):  # the ID stays, nothing else
            entities.append((0, "{0, 0, 0}", 0, 0, 0, 0, NO_SOURCE, e["adj_first"], 0, 0, 0, 0))
            continue
        names = [pool.add(n) for n in e["names"]]
        entities.append((pool.add(e["code"]), "{%s}" % ", ".join(map(str, names)),
                         pool.add(e["alpha3"]), e["established"], e["reviewed"], e["numeric"],
                         e["established_source"], e["adj_first"], e["adj_count"],
                         e["note_first"], e["note_count"], KINDS[e["kind"]]))
    edges = [(e["start"], e["end"], e["from"], e["until"], pool.add(e["note"]), e["subject"],
              e["object"], e["source"], e["rel"]) for e in d.edges]
    notes = [(pool.add(text), date, source) for date, text, source in d.note_rows]
    keys = key_rows(d, seed, pool) + \
        [(check, KEY_FINGERPRINT | length, i) for _lookup, check, length, i, _lang in d.fingerprints]
    for row in range(1, len(keys)):  # lib/lookup.c: a key's rows are those sharing its text
        if keys[row][0] == keys[row - 1][0] and hash_rows[row][0] != hash_rows[row - 1][0]:
            raise DataError("two keys share the text field of their rows in mp_keys")
    sources = [(pool.add(s["key"]), pool.add(s["title"]), pool.add(s["publisher"]),
                pool.add(s["url"]), pool.add(s["licence"]), s["seen"]) for s in d.sources]
    spelling_c = emit_spelling_index(d, pool)  # before the pool is written: adds the aliases
    fold_rows = ["{%s}" % ", ".join("'%s'" % c if c != "\0" else "0" for c in (f + "\0\0")[:2])
                 for f in FOLD]
    code = [e["code"] for e in d.entities]
    rel_name = dict(enumerate(REL_NAMES))
    entity_notes = [e["code"] for e in d.entities for _ in range(e["note_count"])]

    out = []
    out.append("/* Generated by lib/gen-tables.py from lib/data/: do not edit.\n"
               " * Regenerate with `ninja -C build regenerate-tables`.\n"
               " * Data hash %s; %d entities, %d edges, %d notes, %d keys (%d fingerprints),"
               " %d sources.%s */\n"
               % (d.content_hash(), len(d.entities), len(d.edges), len(d.notes), len(keys),
                  len(d.fingerprints), len(d.sources), "\n * Trimmed: %s." % d.options if d.options else ""))
    out.append('#include "tables.h"\n\n')
    out.append("MP_INTERNAL const migproc_date mp_data_date = %d;\n" % d.data_date())
    out.append('MP_INTERNAL const char mp_data_hash[17] = "%s";\n\n' % d.content_hash())
    out.append("MP_INTERNAL const char mp_pool[%d] = {\n%s};\n\n" % (len(pool.data), c_pool(pool)))
    out.append("MP_INTERNAL const uint16_t mp_entity_count = %d;\n" % len(entities))
    out.append("MP_INTERNAL const struct mp_entity mp_entities[%d] = {\n%s};\n\n"
               % (len(entities), c_rows(entities, ["%d %s" % (i, c) for i, c in enumerate(code)])))
    out.append("MP_INTERNAL const uint16_t mp_edge_count = %d;\n" % len(edges))
    out.append("MP_INTERNAL const struct mp_edge mp_edges[%d] = {\n%s};\n\n"
               % (max(len(edges), 1), c_rows(edges, ["%s %s %s (%s)" % (
                   code[e["subject"]], rel_name[e["rel"]], code[e["object"]],
                   d.sources[e["source"]]["key"] if e["source"] != NO_SOURCE else "-")
                   for e in d.edges]) or "    {0, 0, 0, 0, 0, 0, 0, 0, 0},\n"))
    out.append("MP_INTERNAL const struct mp_note mp_notes[%d] = {\n%s};\n\n"
               % (max(len(notes), 1), c_rows(notes, ["%s: %s" % (c, t[:48]) for c, (_d, t, _s) in
                                           zip(entity_notes, d.note_rows)]) or "    {0, 0, 0},\n"))
    out.append("MP_INTERNAL const struct mp_adj mp_adjacency[%d] = {\n%s};\n\n"
               % (max(len(d.adjacency), 1), c_rows(d.adjacency, ["%s %s %s" % (code[e["id"]], rel_name[rel], code[other])
                                for e in d.entities
                                for rel, other, _edge in d.adjacency[e["adj_first"]:e["adj_first"] + e["adj_count"]]])
               or "    {0, 0, 0},\n"))
    # A last row whose text is not the last key's ends that key's range
    # (lib/fold.c: mp_key_range reads no count).
    sentinel = ((keys[-1][0] + 1) & MASK32 if keys else 0, 0, NO_ENTRY)
    out.append("MP_INTERNAL const struct mp_key mp_keys[%d] = {\n%s};\n\n"
               % (len(keys) + 1, c_rows(keys + [sentinel],
                                        ["%s -> %s" % (k.decode("utf-8", "replace"), code[i])
                                         for k, i in d.keys] +
                                        ["fingerprint -> %s" % code[f[3]] for f in d.fingerprints] +
                                        ["end of the last key's rows"])))
    out.append(emit_relation_indexes(d, now))
    out.append("MP_INTERNAL const uint32_t mp_hash_seed = 0x%08Xu;\n" % seed)
    out.append("MP_INTERNAL const uint16_t mp_hash_bucket_count = %d;\n" % len(displacement))
    out.append("MP_INTERNAL const uint16_t mp_hash_displacement[%d] = {\n%s};\n\n"
               % (len(displacement), c_list(displacement, 12)))
    out.append("MP_INTERNAL const uint16_t mp_hash_slot_count = %d;\n" % len(slots))
    out.append("MP_INTERNAL const uint16_t mp_hash_slots[%d] = {\n%s};\n\n"
               % (len(slots), c_list(slots, 12)))
    out.append(spelling_c)
    def present(first, count):
        return " ".join(code[i] for i in alpha2[first:first + count] if i != NO_ENTRY) or "none"
    out.append("MP_INTERNAL const uint16_t mp_alpha2[676] = {\n%s};\n\n"
               % c_lines(alpha2, 26, lambda i: "%s?: %s" % (chr(ord("A") + i // 26), present(i, 26))))
    out.append(emit_lookup_extras(d, alpha3, kind_names))
    out.append("MP_INTERNAL const uint16_t mp_numeric_index[1000] = {\n%s};\n\n"
               % c_lines(numeric, 10, lambda i: "%03d-%03d: %s" % (i, i + 9, " ".join(
                   code[n] for n in numeric[i:i + 10] if n != NO_ENTRY) or "none")))
    out.append("MP_INTERNAL const unsigned char mp_fold_ascii[128] = {\n%s};\n\n"
               % c_list([255] + [ord(chr(c).lower()) if chr(c).isalnum() else 0
                             for c in range(1, 128)], 16))
    out.append("MP_INTERNAL const uint16_t mp_source_count = %d;\n" % len(sources))
    out.append("MP_INTERNAL const struct mp_source mp_sources[%d] = {\n%s};\n\n"
               % (max(len(sources), 1), c_rows(sources, [x["key"] for x in d.sources]) or "    {0, 0, 0, 0, 0, 0},\n"))
    out.append("MP_INTERNAL const char mp_fold_latin[%d][2] = {\n%s};\n"
               % (len(FOLD), "".join("    %s, /* U+%04X */\n" % (r, FOLD_FIRST + i)
                                     for i, r in enumerate(fold_rows))))
    # U+00C0 + k and U+00E0 + k, a capital and its other case, fold alike.
    latin1 = FOLD[0xC0 - FOLD_FIRST:]
    pairs = sum(1 << k for k in range(32) if latin1[k] == latin1[k + 0x20])
    out.append("MP_INTERNAL const uint32_t mp_latin1_case_pairs = 0x%08X;\n" % pairs)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(HERE, "data"))
    parser.add_argument("--output", help="file to write (default: standard output)")
    parser.add_argument("--check", metavar="FILE", help="fail if FILE differs from a fresh generation")
    parser.add_argument("--names", choices=("all", "en"), default="all",
                        help="en: leave out Spanish and Portuguese names and keys")
    parser.add_argument("--provenance", choices=("true", "false"), default="true",
                        help="false: leave out sources, dates, notes and ended relations")
    parser.add_argument("--states", choices=("all", "related"), default="all",
                        help="related: leave out states that take part in no relation")
    args = parser.parse_args()
    try:
        data = Data(args.data)
        if (args.names, args.provenance, args.states) != ("all", "true", "all"):
            data.trim(args.names, args.provenance == "true", args.states)
        text = generate(data)
    except (DataError, OSError) as err:
        sys.exit("gen-tables: %s" % err)
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("gen-tables: %s is stale: regenerate it with "
                         "`ninja -C build regenerate-tables` and commit it" % args.check)
        return
    write_output(args.output, text)


def write_output(path, text):
    """text into the file at path, or to stdout when path is None."""
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
