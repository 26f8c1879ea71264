#!/usr/bin/env python3
"""The generator refuses inconsistent data: each case copies lib/data/,
breaks one thing, and expects gen-tables.py to fail naming the problem.
Data at a limit but not past it must generate.  The unbroken copy must
generate exactly the committed tables, and its
string pool holds each string once, with merged tails."""
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

from testlib import check, finish  # noqa: E402  (tests/testlib.py)

GEN, DATA, TABLES = sys.argv[1:4]


def run(data_dir):
    return subprocess.run([sys.executable, GEN, "--data", data_dir],
                          capture_output=True, text=True)


def append(name, line, at_fault=True):
    """An edit adding a line to a data file; at_fault: the generator's
    message must name it (file:line)."""
    def edit(d):
        with open(os.path.join(d, name), "a", encoding="utf-8") as f:
            f.write(line + "\n")
    if at_fault:
        edit.appends_to = name
    return edit


def rewrite(name, pattern, change):
    """An edit changing the first match of pattern (a regular expression,
    ^ at a line's start) in a data file by change(match)."""
    def edit(d):
        path = os.path.join(d, name)
        text = open(path, encoding="utf-8").read()
        assert re.search(pattern, text, re.M), \
            "test case does not apply: %r not in %s" % (pattern, name)
        open(path, "w", encoding="utf-8").write(re.sub(pattern, change, text, count=1, flags=re.M))
    return edit


def replace(name, old, new):
    return rewrite(name, re.escape(old), lambda _m: new)


def cut_date(name, prefix, keep):
    """An edit cutting the first full date after prefix (at a line's start)
    to its first keep characters ("2026-11", "2026"), whatever the date."""
    return rewrite(name, r"^(%s)(\d{4}-\d{2}-\d{2})" % re.escape(prefix),
                   lambda m: m.group(1) + m.group(2)[:keep])


def append_many(name, make, count):
    def edit(d):
        with open(os.path.join(d, name), "a", encoding="utf-8") as f:
            f.writelines(make(i) + "\n" for i in range(count))
    return edit


# Data that would overflow a table: the set capacity (1024 IDs), the IDs
# the images of sets in force hold (MP_SET_IMAGE_WORDS words), the key
# index's 65536 slots (about 52,400 distinct keys), its 16-bit rows.
def existing_entities(d):
    """The data's entities, as {ID: code}, and the first ID after them."""
    rows = [line.split("\t") for name in ("states.tsv", "entities.tsv")
            for line in open(os.path.join(d, name), encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    return {int(r[0]): r[1] for r in rows}, int(rows[-1][0]) + 1


def entities_up_to(end):
    """Synthetic entities after the last, up to ID end - 1."""
    def edit(d):
        first = existing_entities(d)[1]
        append_many("entities.tsv", lambda i: "%d\tSYN-%d\tgroup\t-\t-\tSynthetic %d\t-\t-"
                    % (first + i, i, i), end - first)(d)
        append_many("reviewed.tsv", lambda i: "SYN-%d\t2026-11-27\tsynthetic" % i,
                    end - first)(d)
    return edit


TOO_MANY_ENTITIES = entities_up_to(1024 + 1)
IMAGE_WORDS = int(re.search(r"#define MP_SET_IMAGE_WORDS (\d+)",
                            open(os.path.join(os.path.dirname(GEN), "tables.h"),
                                 encoding="utf-8").read()).group(1))
TOO_MANY_FOR_IMAGES = entities_up_to(32 * IMAGE_WORDS + 1)


def too_many_image_words(d):
    """Entities up to what an image holds, each a member, observer and
    participant of forty others, one more each year from 1970: each year
    a set in force of its own, over every word of an image, more than the
    65,535 16-bit offsets into mp_set_images reach."""
    code, first = existing_entities(d)
    end = 32 * IMAGE_WORDS
    entities_up_to(end)(d)
    code.update((first + i, "SYN-%d" % i) for i in range(end - first))
    # Of states and of each other: the seed's processes keep their members.
    states = [int(line.split("\t")[0]) for line in open(os.path.join(d, "states.tsv"),
                                                         encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    pool = states + list(range(first, end))
    lines = []
    for e in range(first, end):
        for r, rel in enumerate(("member_of", "observer_of", "participant_of")):
            others = [o for o in (pool[(e * 13 + r * 101 + j * 53) % len(pool)]
                                  for j in range(41)) if o != e][:40]
            lines += ["%s\t%s\t%s\t%d\t-\tseed\t-" % (code[e], rel, code[o], 1970 + j)
                      for j, o in enumerate(others)]
    append_many("relations.tsv", lambda i: lines[i], len(lines))(d)


TOO_MANY_SLOTS = append_many("aliases.tsv", lambda i: "MX\ten\tSynthetic alias %d\tseed" % i,
                             53000)
TOO_MANY_KEYS = append_many("aliases.tsv", lambda i: "MX\ten\tSynthetic alias %d\tseed" % i,
                            66000)

# A pool past 1 MB, not 2 (a note of 1.5 MB before the keys' spellings): a
# key's 20-bit offset (MP_KEY_OFFSET_BITS).
POOL_PAST_KEY_OFFSETS = append("notes.tsv", "MX\t-\t%s\tseed" % ("x" * (3 << 19)), at_fault=False)
# A pool past 16 MB, not 32, after the keys' spellings (a source's title of 17 MB,
# before the text of the aliases that no key points at, and a note citing it):
# a spelling's 24-bit offset.
def pool_past_spelling_offsets(d):
    append("sources.tsv", "huge\t%s\tnobody\texample.org/huge\t2026-11-28\tfacts" % ("x" * (17 << 20)))(d)
    append("notes.tsv", "MX\t-\tsomething\thuge")(d)

CASES = [
    ("unknown entity", append("relations.tsv", "MX\tmember_of\tNOPE\t-\t-\tseed\t-"), "unknown entity"),
    ("unknown relation", append("relations.tsv", "MX\tfriend_of\tRCM\t-\t-\tseed\t-"), "unknown relation"),
    ("unknown source", append("relations.tsv", "MX\tobserver_of\tSACM\t-\t-\tnobody\t-"), "unknown source"),
    ("relation without source", append("relations.tsv", "MX\tobserver_of\tSACM\t-\t-\t-\t-"), "no source"),
    ("missing column", append("relations.tsv", "MX\tobserver_of\tSACM\t-\t-\tseed"), "6 fields"),
    ("unknown note entity", append("notes.tsv", "NOPE\t-\tsomething\tseed"), "unknown entity"),
    ("note without source", append("notes.tsv", "MX\t-\tsomething\t-"), "no source"),
    ("bad date", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-13\t-\tseed\t-"), "bad date"),
    ("day 32", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-01-32\t-\tseed\t-"), "bad date"),
    ("30 February", append("relations.tsv", "MX\tobserver_of\tSACM\t-\t2019-02-30\tseed\t-"), "not in the calendar"),
    ("29 February of a common year", append("notes.tsv", "MX\t1900-02-29\tsomething\tseed"), "not in the calendar"),
    ("month 0", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-00\t-\tseed\t-"), "not in the calendar"),
    ("day 0", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-01-00\t-\tseed\t-"), "not in the calendar"),
    ("year 0", append("relations.tsv", "MX\tobserver_of\tSACM\t0000\t-\tseed\t-"), "not in the calendar"),
    ("a review date without its day", cut_date("reviewed.tsv", "RCM\t", 7),
     "a review date is a full date"),
    ("a review date of a year", cut_date("reviewed.tsv", "RCM\t", 4),
     "a review date is a full date"),
    ("end before start", append("relations.tsv", "MX\tobserver_of\tSACM\t2019\t2018\tseed\t-"), "ends before"),
    ("end on its start", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-05\t2019-05\tseed\t-"),
     "ends before it starts"),
    # Undated, it counts from RCM's establishment (1996), and ends there.
    ("an undated row ending when it begins", append("relations.tsv", "MX\tobserver_of\tRCM\t-\t1996\tseed\t-"),
     "an undated observer_of row of MX/RCM ends before the date it counts from"),
    ("duplicate row", append("relations.tsv", "MIRPS\taligned_with\tGCR\t-\t-\tseed\t-"), "duplicate row"),
    ("self relation", append("relations.tsv", "MX\tobserver_of\tMX\t-\t-\tseed\t-"), "itself"),
    ("undeclared shared key", append("aliases.tsv", "CA\ten\tMexico\tseed"), "names several"),
    ("stale ambiguity", append("ambiguous-keys.tsv", "Mexico\tnot really"), "at most one"),
    ("seed count", replace("relations.tsv", "BZ\tmember_of\tRCM\t-\t-\tseed\t-\n", ""), "the seed gives 11"),
    ("gap in IDs", replace("entities.tsv", "249\tRCM", "250\tRCM"), "expected 249"),
    ("duplicate code", replace("entities.tsv", "\tSACM\tprocess", "\tRCM\tprocess"), "duplicate code"),
    ("unknown kind", replace("entities.tsv", "\tRCM\tprocess", "\tRCM\tclub"), "bad kind"),
    ("date without source", replace("entities.tsv", "1996\tseed", "1996\t-"), "needs a source"),
    ("unknown language", append("aliases.tsv", "MX\tfr\tMexique\tseed"), "unknown language"),
    ("stray space", append("aliases.tsv", "MX\ten\t Mexique\tseed"), "stray spaces"),
    ("fingerprint given again", append("aliases.tsv", "CR\tes\tRepública de Costa Rica\tseed", at_fault=False),
     "remove its fingerprint"),
    ("bad fingerprint", append("keys-1.0-fingerprints.tsv", "0123\t5\tes\tMX"), "bad fingerprint"),
    ("fingerprint of unknown entity",
     append("keys-1.0-fingerprints.tsv", "0123456789abcdef\t5\tes\tNOPE"), "unknown entity"),
    ("more entities than a set holds", TOO_MANY_ENTITIES, "more entities than MIGPROC_SET_CAPACITY"),
    ("more keys than the key index has slots", TOO_MANY_SLOTS, "at most 65536 slots"),
    ("more keys than 16-bit rows", TOO_MANY_KEYS, "the tables can hold"),
    ("a pool past the keys' offsets", POOL_PAST_KEY_OFFSETS,
     "passed 1048576 bytes: a key's offset no longer fits its 20 bits"),
    ("a pool past the spellings' offsets", pool_past_spelling_offsets,
     "passed 16777216 bytes: a spelling's offset no longer fits its 24 bits"),
    ("more entities than an image of a set holds", TOO_MANY_FOR_IMAGES,
     "the images of sets in force hold IDs below %d" % (32 * IMAGE_WORDS)),
    ("images of sets in force past 16-bit offsets", too_many_image_words,
     "words before the last image of a set in force"),
]

KEY_MAX = int(re.search(r"#define MIGPROC_KEY_MAX (\d+)",
                        open(os.path.join(os.path.dirname(GEN), "..", "include", "migproc.h"),
                             encoding="utf-8").read()).group(1))
CASES += [
    ("fingerprint of length 0", append("keys-1.0-fingerprints.tsv", "0123456789abcdef\t0\tes\tMX"),
     "bad fingerprint"),
    ("fingerprint longer than MIGPROC_KEY_MAX",
     append("keys-1.0-fingerprints.tsv", "0123456789abcdef\t%d\tes\tMX" % (KEY_MAX + 1)), "bad fingerprint"),
    ("a data date without its day", cut_date("data-date.txt", "", 7), "a full date"),
    ("a NUL in a key", append("aliases.tsv", "MX\ten\tMex\0ico\tseed"), "NUL in key"),
    ("a source no row cites", append("sources.tsv", "unused\tA page\tnobody\texample.org/a\t2026-11-28\tfacts"),
     "source 'unused': no row of the data cites it"),
    ("a name source of an unknown entity", append("name-sources.tsv", "NOPE\tes\tseed"), "unknown entity"),
    ("a name source in an unknown language", append("name-sources.tsv", "MIRPS\tfr\tseed"),
     "unknown language"),
    ("a name source for a name the entity has not", append("name-sources.tsv", "RIAM\tpt\tseed"),
     "RIAM has no name in pt"),
    ("a name source that is no source", append("name-sources.tsv", "MIRPS\tpt\tnobody"), "unknown source"),
    ("a name source without a source", append("name-sources.tsv", "MIRPS\tpt\t-"), "no source"),
    ("a NUL in a key declared ambiguous", append("ambiguous-keys.tsv", "Mex\0ico\tnot really"), "NUL in key"),
    ("a key longer than MIGPROC_KEY_MAX", append("aliases.tsv", "MX\ten\tM%s\tseed" % ("x" * KEY_MAX)),
     "key longer than %d bytes" % KEY_MAX),
    # Past the images' IDs, not past a set's capacity: the capacity's own check is exact.
    ("as many entities as a set holds", entities_up_to(1024),
     "the images of sets in force hold IDs below %d" % (32 * IMAGE_WORDS)),
]

# Data at a limit, not past it: the generator writes tables (not the committed ones).
ACCEPTED = [
    ("a date on the 31st", append("relations.tsv", "MX\tobserver_of\tSACM\t2019-01-31\t-\tseed\t-")),
    ("29 February of a leap year", append("notes.tsv", "MX\t2000-02-29\tsomething\tseed")),
    ("fingerprints of lengths 1 and MIGPROC_KEY_MAX",
     lambda d: [append("keys-1.0-fingerprints.tsv", "%08x%08x\t%d\tes\tMX" % (0x9E3779B9 * n & 0xFFFFFFFF, n, n))(d)
                for n in (1, KEY_MAX)]),
    ("a key of MIGPROC_KEY_MAX bytes", append("aliases.tsv", "MX\ten\tM%s\tseed" % ("x" * (KEY_MAX - 1)))),
    # The undated row counts from SACM's establishment until 2020; the other from 2020 on.
    ("one spell ending when the next starts",
     lambda d: (append("relations.tsv", "MX\tobserver_of\tSACM\t2020\t-\tseed\t-")(d),
                append("relations.tsv", "MX\tobserver_of\tSACM\t-\t2020\tseed\t-")(d))),
]


def too_many_relations(tmp):
    """The generator and lib/tables.h beside a copy of the header whose
    relation enum has more values than the relation indexes' keys hold; the
    data unchanged.  Returns the run."""
    lib = os.path.join(tmp, "tree", "lib")
    include = os.path.join(tmp, "tree", "include")
    os.makedirs(lib)
    os.makedirs(include)
    shutil.copy(GEN, lib)
    shutil.copy(os.path.join(os.path.dirname(GEN), "tables.h"), lib)
    with open(os.path.join(os.path.dirname(GEN), "..", "include", "migproc.h"),
              encoding="utf-8") as f:
        header = f.read()
    last = "    MIGPROC_REL_HAS_PARTICIPANT = 25"
    assert last in header, "test case does not apply: the last relation moved"
    extra = "".join(",\n    MIGPROC_REL_SYNTHETIC_%d = %d" % (i, 26 + i) for i in range(8))
    with open(os.path.join(include, "migproc.h"), "w", encoding="utf-8") as f:
        f.write(header.replace(last, last + extra, 1))
    return subprocess.run([sys.executable, os.path.join(lib, os.path.basename(GEN)),
                           "--data", DATA], capture_output=True, text=True)


def check_pool():
    """The string pool of the data: every string reads back, NUL-terminated,
    from its offset; no two strings share one; and none is written out
    whole that ends another (its tail is merged)."""
    gen = load_generator()
    draft, pool = gen.string_pools(gen.Data(DATA))
    wrong = [raw for raw, offset in pool.offsets.items()
             if bytes(pool.data[offset:offset + len(raw) + 1]) != raw + b"\0"]
    check("every string of the pool at its offset", not wrong and
          set(pool.offsets) == set(draft.offsets), "%d wrong" % len(wrong))
    check("one string an offset", len(set(pool.offsets.values())) == len(pool.offsets))
    stored = [raw for _offset, raw in pool.stored]
    tails = {raw[i:] for raw in stored for i in range(1, len(raw))}
    whole = sorted(raw for raw in stored if raw in tails)
    check("no string written out that ends another (%d bytes of %d)"
          % (len(pool.data), sum(len(raw) + 1 for raw in draft.offsets)),
          not whole and len(pool.data) == 1 + sum(len(raw) + 1 for raw in stored),
          ", ".join(repr(raw) for raw in whole[:5]))


TRIMS = [{}, {"names": "en"}, {"provenance": False}, {"states": "related"},
         {"names": "en", "provenance": False, "states": "related"}]


def check_key_rows():
    """mp_keys' rows of the data's keys, in the full build and each trimmed
    one: each text's high bits are the top bits of its key's hash from the
    index's seed (and from any other seed key_rows() is given), and its low
    bits the offset of a string that folds to the key; each len the key's
    length, and above it by how many bytes that string is longer; a key
    keeps its folded text only when no name, code or indexed spelling of the
    data folds to it."""
    gen = load_generator()
    low = (1 << gen.KEY_OFFSET_BITS) - 1
    for options in TRIMS:
        d = gen.Data(DATA)
        d.trim(**options)
        what = "trimmed %s" % d.options if options else "full"
        _draft, pool = gen.string_pools(d)
        seed = gen.perfect_hash(gen.key_hash_rows(d))[0]
        wrong, kept = [], []
        for other_seed in (seed, seed ^ 0x5BD1E995):
            for (key, _ident), (text, length, _i) in zip(d.keys, gen.key_rows(d, other_seed, pool)):
                at = text & low
                string = bytes(pool.data[at:pool.data.index(b"\0", at)])
                if text >> gen.KEY_OFFSET_BITS != gen.key_hash(key, other_seed) >> gen.KEY_OFFSET_BITS \
                        or length != (len(string) - len(key)) << gen.KEY_EXTRA_SHIFT | len(key) \
                        or gen.fold(string.decode()) != key:
                    wrong.append(key)
                if other_seed == seed and string == key:
                    kept.append(key)
        check("%s: every key row's check bits and string" % what, not wrong,
              ", ".join(repr(k) for k in wrong[:5]))
        stored = set(gen.indexed_spellings(d))
        stored.update(x.encode() for e in d.entities if not e.get("omitted")
                      for x in [e["code"], e["alpha3"]] + e["names"] if x)
        spellable = {gen.fold(raw.decode()) for raw in stored}
        needless = [k for k in kept if k not in stored and k in spellable]
        check("%s: folded text kept only where no stored spelling folds to the key (%d of %d "
              "rows)" % (what, len(kept), len(d.keys)), not needless,
              ", ".join(repr(k) for k in needless[:5]))


def check_spelling_index():
    """The spelling index leaves out only the spellings it cannot tell from
    one it holds: each left out hashes as a held one does from any seed
    (two seeds tried), and no two held ones do."""
    gen = load_generator()
    d = gen.Data(DATA)
    held = gen.indexed_spellings(d)
    seeds = (0x811C9DC5, 0x5BD1E995)
    twins = {tuple(gen.spelling_hash(text, seed) for seed in seeds) for text in held}
    left_out = [text for text in gen.spelled_rows(d) if text not in held]
    alone = [text for text in left_out
             if tuple(gen.spelling_hash(text, seed) for seed in seeds) not in twins]
    check("every spelling left out of the spelling index hashes as one it holds (%d left out)"
          % len(left_out), left_out and not alone, ", ".join(repr(t) for t in alone[:5]))
    check("no two spellings the index holds hash alike", len(twins) == len(held))


def check_content_hash(tmp):
    """The data hash the tables carry covers every data file but
    meson.build (the list of them): a comment added to each file in turn
    changes it, or not."""
    gen = load_generator()
    data = os.path.join(tmp, "hashed")
    shutil.copytree(DATA, data)
    previous = gen.Data(data).content_hash()
    unchanged = []
    for name in sorted(os.listdir(data)):
        append(name, "# a comment")(data)
        h = gen.Data(data).content_hash()
        if h == previous:
            unchanged.append(name)
        previous = h
    check("a comment in any data file but meson.build changes the data hash",
          unchanged == ["meson.build"], "unchanged by %s" % ", ".join(unchanged))


def check_long_spelling(tmp):
    """A spelling more bytes longer than its fold than a key row's len can
    say (KEY_EXTRA_MAX, lib/tables.h: MP_KEY_EXTRA_MAX) is not what the row
    points at: its folded text is, with no extra bytes; one at the limit is."""
    gen = load_generator()
    for extra in (gen.KEY_EXTRA_MAX, gen.KEY_EXTRA_MAX + 1):
        data = os.path.join(tmp, "long%d" % extra)
        shutil.copytree(DATA, data)
        spelling = "Zq" + "-" * extra + "zq"  # folds to "zqzq", a key of nothing else
        append("aliases.tsv", "AD\ten\t%s\tiso-3166" % spelling)(data)
        d = gen.Data(data)
        d.trim()
        _draft, pool = gen.string_pools(d)
        rows = dict(zip((k for k, _i in d.keys), gen.key_rows(d, 0, pool)))
        text, length, _i = rows[b"zqzq"]
        at = text & ((1 << gen.KEY_OFFSET_BITS) - 1)
        string = bytes(pool.data[at:pool.data.index(b"\0", at)])
        want = (spelling.encode(), extra) if extra <= gen.KEY_EXTRA_MAX else (b"zqzq", 0)
        check("a spelling %d bytes longer than its fold: the row points at %r" % (extra, want[0]),
              (string, length) == (want[0], want[1] << gen.KEY_EXTRA_SHIFT | 4),
              "%r, len 0x%x" % (string, length))


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_tables", GEN)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen


def main():
    check_pool()
    check_key_rows()
    check_spelling_index()
    with tempfile.TemporaryDirectory() as tmp:
        check_long_spelling(tmp)
        check_content_hash(tmp)
        clean = os.path.join(tmp, "clean")
        shutil.copytree(DATA, clean)
        result = run(clean)
        with open(TABLES, encoding="utf-8") as f:
            committed = f.read()
        check("clean data gives the committed tables",
              result.returncode == 0 and result.stdout == committed,
              result.stderr.strip() or "the tables differ")
        for i, (name, edit, message) in enumerate(CASES):
            broken = os.path.join(tmp, "case%d" % i)
            shutil.copytree(DATA, broken)
            edit(broken)
            result = run(broken)
            check("%s: %s" % (name, result.stderr.strip()),
                  result.returncode == 1 and message in result.stderr,
                  "exit %d" % result.returncode)
            if hasattr(edit, "appends_to"):
                with open(os.path.join(broken, edit.appends_to), encoding="utf-8") as f:
                    where = "%s:%d" % (edit.appends_to, sum(1 for _line in f))
                check("%s: the message names %s" % (name, where),
                      re.search(re.escape(where) + r"\b", result.stderr))
            shutil.rmtree(broken)
        for i, (name, edit) in enumerate(ACCEPTED):
            limit = os.path.join(tmp, "limit%d" % i)
            shutil.copytree(DATA, limit)
            edit(limit)
            result = run(limit)
            check("accepted: %s" % name, result.returncode == 0 and result.stdout != committed,
                  result.stderr.strip() or "exit %d, the tables %s" % (
                      result.returncode, "unchanged" if result.stdout == committed else "changed"))
            shutil.rmtree(limit)
        result = too_many_relations(tmp)
        check("more relations than the keys hold: %s" % result.stderr.strip(),
              result.returncode == 1 and "34 relations in the header" in result.stderr,
              "exit %d" % result.returncode)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
