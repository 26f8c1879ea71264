#!/usr/bin/env python3
"""The migproc command's output, byte for byte, against what the library
says through its C API (ctypes on MIGPROC_LIBRARY, the library the command
is linked with): `show` of every entity in every format and language,
`stats` in every format, `why` of every pair of entities that a statement
relates (now and as of each date where an answer may change), the set
commands and `list`.  The expected output is built here from the API's
answers and the layout each format documents, so that a command that skips,
repeats or misreads a row, or lays it out otherwise, fails.

usage: test-cli-library.py MIGPROC   (MIGPROC_LIBRARY in the environment)"""
import ctypes
import os
import random
import re
import subprocess
import sys

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

MIGPROC = sys.argv[1]
L = ctypes.CDLL(os.environ["MIGPROC_LIBRARY"])
NONE = 0xFFFF


def declare(name, restype, *argtypes):
    f = getattr(L, name)
    f.restype, f.argtypes = restype, list(argtypes)
    return f


_str, _u16, _u32, _int, _uint = ctypes.c_char_p, ctypes.c_uint16, ctypes.c_uint32, ctypes.c_int, \
    ctypes.c_uint
for function, restype, argtypes in [
        ("migproc_version", _str, []), ("migproc_data_date", _u32, []),
        ("migproc_data_hash", _str, []), ("migproc_count", _uint, []),
        ("migproc_kind_of", _int, [_u16]), ("migproc_kind_name", _str, [_int]),
        ("migproc_code", _str, [_u16]), ("migproc_lang_tag", _str, [_int]),
        ("migproc_name", _str, [_u16, _str]), ("migproc_name_in", _str, [_u16, _str]),
        ("migproc_alpha3", _str, [_u16]), ("migproc_numeric", _uint, [_u16]),
        ("migproc_established", _u32, [_u16]), ("migproc_established_source", _int, [_u16]),
        ("migproc_reviewed", _u32, [_u16]), ("migproc_note_count", _uint, [_u16]),
        ("migproc_note_text", _str, [_u16, _uint]), ("migproc_note_date", _u32, [_u16, _uint]),
        ("migproc_note_source", _int, [_u16, _uint]), ("migproc_edge_count", _uint, [_u16]),
        ("migproc_edge_at", _u16, [_u16, _uint]), ("migproc_edge_subject", _u16, [_u16]),
        ("migproc_edge_rel", _int, [_u16]), ("migproc_edge_start", _u32, [_u16]),
        ("migproc_edge_end", _u32, [_u16]), ("migproc_edge_from", _u32, [_u16]),
        ("migproc_edge_until", _u32, [_u16]), ("migproc_edge_source", _int, [_u16]),
        ("migproc_edge_note", _str, [_u16]),
        ("migproc_edge_other", _u16, [_u16, _u16, ctypes.POINTER(_int)]),
        ("migproc_rel_name", _str, [_int]), ("migproc_source_count", _uint, []),
        ("migproc_source_key", _str, [_int]), ("migproc_source_title", _str, [_int]),
        ("migproc_source_publisher", _str, [_int]), ("migproc_source_url", _str, [_int]),
        ("migproc_holds", ctypes.c_bool, [_u16, _int, _u16]),
        ("migproc_holds_asof", ctypes.c_bool, [_u16, _int, _u16, _u32])]:
    globals()[function[len("migproc_"):]] = declare(function, restype, *argtypes)


class Set(ctypes.Structure):
    _fields_ = [("bits", ctypes.c_uint32 * 32)]  # MIGPROC_SET_CAPACITY / 32


related = declare("migproc_related", _uint, _u16, _int, ctypes.POINTER(Set))
rel_inverse_of = declare("migproc_rel_inverse_of", ctypes.c_bool, _int, ctypes.POINTER(_int))


def related_ids(id_, rel):
    out = Set()
    related(id_, rel, ctypes.byref(out))
    return [32 * w + b for w in range(32) for b in range(32) if out.bits[w] >> b & 1]


def s(raw):
    return raw.decode() if raw is not None else None


def t(raw):
    """The CLI's text(): a string this build does not carry prints as -."""
    return raw.decode() if raw is not None else "-"


def date_text(d):
    y, m, day = d // 10000, d // 100 % 100, d % 100
    return "" if d == 0 else "%04d" % y if m == 0 else "%04d-%02d" % (y, m) if day == 0 \
        else "%04d-%02d-%02d" % (y, m, day)


def json_date(d):
    return date_text(d) if d else None


LANGS = []
while lang_tag(len(LANGS)) is not None:
    LANGS.append(lang_tag(len(LANGS)).decode())
IDS = [i for i in range(count()) if kind_of(i) != 0]


def view(id_, e):
    """The edge seen from id_: (relation, other end)."""
    rel = _int(0)  # what migproc_edge_other leaves for an edge not of id_ (the CLI's edge_view)
    other = edge_other(e, id_, ctypes.byref(rel))
    return rel.value, other


def edges(id_):
    return [edge_at(id_, i) for i in range(edge_count(id_))]


# ---- the formats --------------------------------------------------------------

class Tenths(int):
    """A per-mille value that JSON writes as a percentage with one decimal."""


def quoted(text):
    out = ['"']
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out + ['"'])


def json_text(value, depth=0, in_object=False):
    """The CLI's JSON layout (examples/cli/output.c): the outermost container
    and every array one member a line, indented two spaces a level; other
    objects on one line."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Tenths):
        return "%d.%d" % (value // 10, value % 10)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return quoted(value)
    obj = isinstance(value, dict)
    members = [quoted(k) + ": " + json_text(v, depth + 1) for k, v in value.items()] if obj \
        else [json_text(v, depth + 1) for v in value]
    opening, closing = "{}" if obj else "[]"
    if not members:
        return opening + closing
    if not obj or depth == 0:
        pad = "\n" + "  " * (depth + 1)
        return opening + pad + ("," + pad).join(members) + "\n" + "  " * depth + closing
    return opening + ", ".join(members) + closing


def csv_field(text):
    if text is None:
        return ""
    if not any(c in text for c in ',"\r\n'):
        return text
    return '"' + text.replace('"', '""') + '"'


def csv_lines(rows):
    return "".join(",".join(row) + "\r\n" for row in rows)


def migproc(*args):
    p = subprocess.run([MIGPROC, *args], capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def compare(what, args, expected, wrong):
    rc, out, err = migproc(*args)
    if rc != 0 or out != expected:
        wrong.append((what, " ".join(args), rc, err, first_difference(out, expected)))


def first_difference(out, expected):
    a, b = out.splitlines(), expected.splitlines()
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "line %d: got %r, want %r" % (i + 1, x, y)
    return "got %d lines, want %d" % (len(a), len(b))


def report(what, tried, wrong):
    check("%s: as the library says (%d outputs)" % (what, tried), not wrong,
          "; ".join(repr(w) for w in wrong[:3]))


# ---- show ----------------------------------------------------------------------

def show_text(i, lang):
    lines = ["%s  %s" % (t(code(i)), t(name(i, lang.encode()))),
             "kind: %s" % t(kind_name(kind_of(i))),
             "names:" + " |".join(" %s %s" % (l, t(name_in(i, l.encode()))) for l in LANGS)]
    if alpha3(i):
        lines.append("iso: %s %s %03d" % (t(code(i)), t(alpha3(i)), numeric(i)))
    if established(i):
        lines.append("established: %s (source: %s)" % (
            date_text(established(i)), t(source_key(established_source(i)))))
    if reviewed(i):
        lines.append("reviewed: %s (facts last checked against their sources)"
                     % date_text(reviewed(i)))
    if note_count(i):
        lines.append("notes:")
    for n in range(note_count(i)):
        d = note_date(i, n)
        lines.append("  %s%s%s  (source: %s)" % (date_text(d), ": " if d else "",
                                                 t(note_text(i, n)),
                                                 t(source_key(note_source(i, n)))))
    if edge_count(i):
        lines.append("relations:")
    for e in edges(i):
        rel, other = view(i, e)
        dates = "" if not (edge_start(e) or edge_end(e)) else \
            "  [%s..%s]" % (date_text(edge_start(e)), date_text(edge_end(e)))
        lines.append("  %-18s %s  %s%s  (source: %s)" % (
            t(rel_name(rel)), t(code(other)), t(name(other, lang.encode())), dates,
            t(source_key(edge_source(e)))))
        if edge_note(e):
            lines.append("  %-18s note: %s" % ("", t(edge_note(e))))
    return "".join(line + "\n" for line in lines)


def show_json(i):
    relations = []
    for e in edges(i):
        rel, other = view(i, e)
        relations.append({"relation": s(rel_name(rel)), "id": other, "code": s(code(other)),
                          "start": json_date(edge_start(e)), "end": json_date(edge_end(e)),
                          "source": s(source_key(edge_source(e))), "note": s(edge_note(e))})
    value = {"id": i, "code": s(code(i)), "kind": s(kind_name(kind_of(i))),
             "names": {l: s(name_in(i, l.encode())) for l in LANGS},
             "alpha3": s(alpha3(i)), "numeric": numeric(i) or None,
             "established": json_date(established(i)), "reviewed": json_date(reviewed(i)),
             "notes": [{"date": json_date(note_date(i, n)), "text": s(note_text(i, n)),
                        "source": s(source_key(note_source(i, n)))}
                       for n in range(note_count(i))],
             "relations": relations}
    return json_text(value) + "\n"


def show_csv(i, lang):
    rows = [["relation", "code", "name", "start", "end", "source", "note"]]
    for e in edges(i):
        rel, other = view(i, e)
        rows.append([t(rel_name(rel)), csv_field(s(code(other))),
                     csv_field(s(name(other, lang.encode()))), date_text(edge_start(e)),
                     date_text(edge_end(e)), csv_field(s(source_key(edge_source(e)))),
                     csv_field(s(edge_note(e)))])
    return csv_lines(rows)


def check_show():
    wrong, tried = [], 0
    for i in IDS:
        key = s(code(i))
        for lang in LANGS:
            compare("show text", ("--lang", lang, "show", key), show_text(i, lang), wrong)
            compare("show csv", ("--lang", lang, "show", key, "--format", "csv"),
                    show_csv(i, lang), wrong)
            tried += 2
        compare("show json", ("show", key, "--format", "json"), show_json(i), wrong)
        tried += 1
    report("show, every entity, every language and format", tried, wrong)


# ---- stats ---------------------------------------------------------------------

def url_has_path(url):
    return url is not None and "/" in url and url.index("/") + 1 < len(url)


def permille(part, whole):
    return (part * 1000 + whole // 2) // whole if whole else 0


def statistics():
    by_kind, by_rel = {}, {}
    statements = dated = paged = notes = unreviewed = 0
    oldest = (0, None)
    for i in IDS:
        by_kind[kind_of(i)] = by_kind.get(kind_of(i), 0) + 1
        notes += note_count(i)
        r = reviewed(i)
        if r and (oldest[0] == 0 or r < oldest[0]):
            oldest = (r, i)
        unreviewed += not r and s(kind_name(kind_of(i))) != "state"
        for e in edges(i):
            if edge_subject(e) != i:
                continue
            statements += 1
            by_rel[edge_rel(e)] = by_rel.get(edge_rel(e), 0) + 1
            dated += edge_start(e) != 0
            paged += url_has_path(s(source_url(edge_source(e))))
    sources = source_count()
    sources_paged = sum(url_has_path(s(source_url(k))) for k in range(sources))
    kinds = []
    while kind_name(len(kinds) + 1) is not None:
        kinds.append(len(kinds) + 1)
    forward = []
    while rel_name(2 * len(forward)) is not None:
        forward.append(2 * len(forward))
    return dict(kinds=[(s(kind_name(k)), by_kind.get(k, 0)) for k in kinds],
                rels=[(s(rel_name(r)), by_rel.get(r, 0)) for r in forward],
                entities=len(IDS), statements=statements, notes=notes, sources=sources,
                shares=[("statements with a start date", dated, statements),
                        ("statements sourced to a page URL", paged, statements),
                        ("sources with a page URL", sources_paged, sources)],
                oldest=oldest, unreviewed=unreviewed)


def stats_text(st):
    lines = ["libmigproc %s, data of %s (%s)" % (s(version()), date_text(data_date()),
                                                 s(data_hash())),
             "entities: %d" % st["entities"]]
    lines += ["  %-16s %d" % kv for kv in st["kinds"]]
    lines.append("relations (statements, one per source): %d" % st["statements"])
    lines += ["  %-16s %d" % kv for kv in st["rels"]]
    lines += ["notes: %d" % st["notes"], "sources: %d" % st["sources"]]
    for label, part, whole in st["shares"]:
        pm = permille(part, whole)
        lines.append("%-34s %d of %d (%d.%d%%)" % (label, part, whole, pm // 10, pm % 10))
    date, who = st["oldest"]
    lines.append("%-34s %s (%s)" % ("oldest review", date_text(date) if date else "none",
                                    t(code(who)) if who is not None else "-"))
    lines.append("%-34s %d (states excluded)" % ("entities never reviewed", st["unreviewed"]))
    return "".join(line + "\n" for line in lines)


def stats_json(st):
    value = {"version": s(version()), "data_date": json_date(data_date()),
             "data_hash": s(data_hash()), "entities": st["entities"],
             "entities_by_kind": dict(st["kinds"]), "statements": st["statements"],
             "statements_by_relation": dict(st["rels"]), "notes": st["notes"],
             "sources": st["sources"]}
    for label, part, whole in st["shares"]:
        value[label] = {"count": part, "of": whole, "percent": Tenths(permille(part, whole))}
    date, who = st["oldest"]
    value.update({"oldest_review": json_date(date),
                  "oldest_review_entity": s(code(who)) if who is not None else None,
                  "entities_never_reviewed": st["unreviewed"]})
    return json_text(value) + "\n"


def check_stats():
    st, wrong = statistics(), []
    compare("stats text", ("stats",), stats_text(st), wrong)
    compare("stats csv (the text)", ("stats", "--format", "csv"), stats_text(st), wrong)
    compare("stats json", ("stats", "--format", "json"), stats_json(st), wrong)
    report("stats, every format", 3, wrong)
    check("stats: a share to round (not all 0 or 100%)",
          any(0 < part < whole for _label, part, whole in st["shares"]), repr(st["shares"]))


# ---- why -----------------------------------------------------------------------

def statements(a, b, date):
    """The statements between a and b seen from a, in the order they took
    effect, then by relation (stable), each with whether it holds as of
    date (0: now) and whether it decides its relation's answer."""
    st = []
    for e in edges(a):
        rel, other = view(a, e)
        if other != b:
            continue
        frm, until = edge_from(e), edge_until(e)
        holds = until == 0 if date == 0 else frm <= date and (until == 0 or date < until)
        st.append(dict(edge=e, rel=rel, frm=frm, until=until, holds=holds, decides=False))
    st.sort(key=lambda x: (x["frm"], x["rel"]))
    for rel in {x["rel"] for x in st}:
        mine = [x for x in st if x["rel"] == rel]
        in_force = [x for x in mine if x["holds"]]
        ended = [x for x in mine if x["until"] and (date == 0 or x["until"] <= date)]
        if in_force:  # the one that took effect last, a stated start before an inferred one
            best = max(in_force, key=lambda x: (x["frm"], edge_start(x["edge"]) != 0,
                                                -st.index(x)))
        elif ended:  # the one that ended last, a stated end before an inferred one
            best = max(ended, key=lambda x: (x["until"], edge_end(x["edge"]) != 0,
                                             -st.index(x)))
        else:  # the one that takes effect first
            best = min(mine, key=lambda x: (x["frm"], st.index(x)))
        best["decides"] = True
    return st


def answer_state(x, date):
    if x["holds"]:
        return "in force"
    return "ended" if x["until"] and (date == 0 or x["until"] <= date) else "not yet in force"


def why_text(a, b, st, date):
    lines = ["%s  %s" % (t(code(a)), t(name(a, b"en"))), "%s  %s" % (t(code(b)), t(name(b, b"en")))]
    if not st:
        return "".join(line + "\n" for line in lines + ["  no stated relation"])
    lines.append("statements, in the order they took effect (* decides the answer):")
    for x in st:
        e, src = x["edge"], edge_source(x["edge"])
        lines.append("%s %s %s %s  [%s..%s]  %s" % (
            "*" if x["decides"] else " ", t(code(a)), t(rel_name(x["rel"])), t(code(b)),
            date_text(x["frm"]), date_text(x["until"]), "holds" if x["holds"] else "does not hold"))
        if x["frm"] != edge_start(e) or x["until"] != edge_end(e):
            lines.append("    as stated: [%s..%s]; the rest follows from the other statements "
                         "(migproc(3), \"Statements over time\")"
                         % (date_text(edge_start(e)), date_text(edge_end(e))))
        url = s(source_url(src))
        lines.append("    source: %s: %s, %s%s" % (t(source_key(src)), t(source_title(src)),
                                                   t(source_publisher(src)),
                                                   ", " + url if url else ""))
        if edge_note(e):
            lines.append("    note: %s" % t(edge_note(e)))
    lines.append("answers, as of %s:" % (date_text(date) if date else "now"))
    for x in st:
        if x["decides"]:
            lines.append("  %-16s %-3s  decided by %s (%s)" % (
                t(rel_name(x["rel"])), "yes" if x["holds"] else "no",
                t(source_key(edge_source(x["edge"]))), answer_state(x, date)))
    return "".join(line + "\n" for line in lines)


def source_json(src):
    return {"key": s(source_key(src)), "title": s(source_title(src)),
            "publisher": s(source_publisher(src)), "url": s(source_url(src))}


def why_json(a, b, st, date):
    return json_text({
        "a": s(code(a)), "b": s(code(b)), "asof": json_date(date),
        "relations": [{"relation": s(rel_name(x["rel"])), "start": json_date(edge_start(x["edge"])),
                       "end": json_date(edge_end(x["edge"])), "from": json_date(x["frm"]),
                       "until": json_date(x["until"]), "holds": x["holds"],
                       "decides": x["decides"], "source": source_json(edge_source(x["edge"])),
                       "note": s(edge_note(x["edge"]))} for x in st],
        "answers": [{"relation": s(rel_name(x["rel"])), "holds": x["holds"], "decided_by": k}
                    for k, x in enumerate(st) if x["decides"]]}) + "\n"


def why_csv(st):
    rows = [["relation", "start", "end", "source", "title", "publisher", "url", "note", "from",
             "until", "holds", "decides"]]
    for x in st:
        e, src = x["edge"], edge_source(x["edge"])
        rows.append([t(rel_name(x["rel"])), date_text(edge_start(e)), date_text(edge_end(e))] +
                    [csv_field(s(f)) for f in (source_key(src), source_title(src),
                                               source_publisher(src), source_url(src),
                                               edge_note(e))] +
                    [date_text(x["frm"]), date_text(x["until"]), "yes" if x["holds"] else "no",
                     "yes" if x["decides"] else "no"])
    return csv_lines(rows)


def moments(st):
    """The dates where an answer may change, and a day before each (0: now)."""
    dates = {0}
    for x in st:
        for d in (x["frm"], x["until"]):
            if d:
                dates.update({d, d - 1 if d % 100 > 1 else d})
    return sorted(dates)


def check_why():
    pairs = sorted({(i, view(i, e)[1]) for i in IDS for e in edges(i)})
    wrong, disagree, tried, rng = [], [], 0, random.Random(16)
    for a, b in pairs:
        now = statements(a, b, 0)
        several = len(now) > 1
        if not several and rng.random() > 0.1:
            continue  # one statement: a tenth of the pairs, in every format
        for date in moments(now):
            st = now if date == 0 else statements(a, b, date)
            asof = ("--asof", date_text(date)) if date else ()
            keys = (s(code(a)), s(code(b)))
            compare("why json", ("why",) + keys + asof + ("--format", "json"),
                    why_json(a, b, st, date), wrong)
            tried += 1
            if date == 0 or several:
                compare("why text", ("why",) + keys + asof, why_text(a, b, st, date), wrong)
                compare("why csv", ("why",) + keys + asof + ("--format", "csv"), why_csv(st),
                        wrong)
                tried += 2
            for x in st:  # the answer is the library's
                if x["decides"]:
                    lib = holds(a, x["rel"], b) if date == 0 else holds_asof(a, x["rel"], b, date)
                    if lib != x["holds"]:
                        disagree.append((s(code(a)), s(rel_name(x["rel"])), s(code(b)), date))
    report("why, every pair with several statements and a tenth of the others, at every "
           "date an answer may change", tried, wrong)
    check("why: every answer is migproc_holds()'s (or migproc_holds_asof()'s)", not disagree,
          repr(disagree[:5]))
    return pairs


# ---- lists ---------------------------------------------------------------------

def list_outputs(ids, lang):
    rows = [(i, s(code(i)), s(kind_name(kind_of(i))), s(name(i, lang.encode()))) for i in ids]
    text = "".join("%s  %s\n" % (c or "-", n or "-") for _i, c, _k, n in rows)
    js = json_text([{"id": i, "code": c, "kind": k, "name": n} for i, c, k, n in rows]) + "\n"
    csv = csv_lines([["id", "code", "kind", "name"]] +
                    [[str(i), csv_field(c), csv_field(k), csv_field(n)] for i, c, k, n in rows])
    return {"text": text, "json": js, "csv": csv}


def check_lists():
    wrong, tried = [], 0
    kinds = []
    while kind_name(len(kinds) + 1) is not None:
        kinds.append(s(kind_name(len(kinds) + 1)))
    cases = [(("list",), IDS)] + [(("list", k), [i for i in IDS if s(kind_name(kind_of(i))) == k])
                                  for k in kinds]
    # Set commands: members of processes, from the library's own edges.
    members = {}
    for i in IDS:
        for e in edges(i):
            rel, other = view(i, e)
            if s(rel_name(rel)) == "has_member" and edge_until(e) == 0:
                members.setdefault(i, set()).add(other)
    groups = sorted(members, key=lambda i: -len(members[i]))[:4]
    for x in groups:
        cases.append((("members", s(code(x))), sorted(members[x])))
        for y in groups:
            if x != y:
                cases.append((("and", s(code(x)), s(code(y))), sorted(members[x] & members[y])))
                cases.append((("or", s(code(x)), s(code(y))), sorted(members[x] | members[y])))
                cases.append((("minus", s(code(x)), s(code(y))), sorted(members[x] - members[y])))
    for args, ids in cases:
        for lang in LANGS:
            for fmt, expected in list_outputs(ids, lang).items():
                compare(" ".join(args), args + ("--lang", lang, "--format", fmt), expected, wrong)
                tried += 1
    report("list, every kind, members and set commands of the largest groups", tried, wrong)
    check("the set commands were tried on sets that are neither empty nor equal",
          len({frozenset(ids) for _a, ids in cases}) > 10, str(len(cases)))


# ---- dot -------------------------------------------------------------------------

def palette():
    """The colours of cmd-dot.c, one a centre in turn, as its source lists them."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "cli",
                          "cmd-dot.c")
    with open(source, encoding="utf-8") as f:
        text = f.read()
    block = text[text.index("colours[] = {"):]
    return re.findall(r'"(#[0-9a-f]{6})"', block[:block.index("}")])


def dot_body(centres, keyed, lang="en"):
    """What `dot` writes after its three lines of graph attributes."""
    colours, lines, nodes = palette(), [], set()
    rels = []
    while rel_name(2 * len(rels)) is not None:
        rels.append(2 * len(rels))
    for ordinal, c in enumerate(sorted(centres)):
        colour = colours[ordinal % len(colours)]
        nodes.add(c)
        for r in rels:
            inverse = _int(r)
            if (not keyed and s(rel_name(r)) != "member_of") or \
                    not rel_inverse_of(r, ctypes.byref(inverse)):
                continue
            for x in related_ids(c, inverse.value):
                nodes.add(x)
                lines.append('  n%d -> n%d [color="%s"%s];' % (
                    x, c, colour, ', label="%s"' % t(rel_name(r)) if keyed else ""))
            for x in related_ids(c, r) if keyed else []:
                nodes.add(x)
                lines.append('  n%d -> n%d [color="%s", label="%s"];' % (c, x, colour,
                                                                        t(rel_name(r))))
    for i in sorted(nodes):
        state = s(kind_name(kind_of(i))) == "state"
        lines.append("  n%d [label=%s%s];" % (
            i, quoted(s(code(i)) if state else s(name(i, lang.encode()))),
            "" if state else ', shape=box, style="rounded,filled", fillcolor="#dbe8f5"'))
    return "".join(line + "\n" for line in lines + ["}"])


def check_dot():
    wrong, tried = [], 0
    processes = [i for i in IDS if s(kind_name(kind_of(i))) == "process"]
    related_to_any = [i for i in IDS if edge_count(i)]
    many = related_to_any[-len(palette()) - 3:]  # the processes and organisations, after the states
    cases = [((), processes, False), (tuple(s(code(i)) for i in many), many, True)]
    cases += [((s(code(i)),), [i], True) for i in related_to_any]
    for args, centres, keyed in cases:
        rc, out, err = migproc("dot", *args)
        body = out.split("\n", 4)[-1] if out.startswith("digraph migproc {\n") else out
        if rc != 0 or body != dot_body(centres, keyed):
            wrong.append((" ".join(args[:3]), rc, err, first_difference(body, dot_body(centres, keyed))))
        tried += 1
    report("dot: the processes; every entity related to anything; %d at once" % len(many),
           tried, wrong)
    check("dot: more centres at once than colours (%d, %d colours)" % (len(many), len(palette())),
          len(many) > len(palette()) and len(set(many)) == len(many))


def main():
    check("the library answers (%d entities, languages %s)" % (len(IDS), ", ".join(LANGS)),
          len(IDS) > 249 and LANGS[:1] == ["en"])
    check_show()
    check_stats()
    pairs = check_why()
    check("why: pairs to try (%d)" % len(pairs), len(pairs) > 100)
    check_lists()
    check_dot()
    return finish()


if __name__ == "__main__":
    sys.exit(main())
