#!/usr/bin/env python3
"""One folding, proved: lib/gen-tables.py's fold() (what the generator
stores) and the library's mp_fold_key() (what a lookup computes) agree on
every field of every data file -- every key the data gives -- and on a large
random corpus with a fixed seed: Unicode mixes around the folding table's
edges, and numbers with leading zeros.  Any difference fails.

And a lookup oracle: for every query above, every proper prefix of every
key the data gives and every such key with a character added, the number
of entities migproc_findn_all() finds equals the number the data gives the
query's folded form (a 1.0 key kept as a fingerprint counts by its hashes),
so that a prefix or a near miss that hits a row fails here.

And the spelling index: every name, alias and code the data writes (not
code-shaped) is found as written, or in any other case of its letters
(ASCII, and Latin-1 that folds alike: caseless() below), at the first row
of what it folds to; no other query is found there (a near miss, a
prefix).  A
spelling the index left out (lib/gen-tables.py: indexed_spellings) reads
the same as a kept one where the hash reads, and is still found by folding.

And the caseless comparison alone (tests/case-lines.c), on random pairs
of a spelling and a key of the same length that no data holds: every
Latin-1 character in both cases (ß, ÿ, × and ÷ among them), ASCII, other
scripts, the case bit or another bit flipped anywhere, lengths 0 to
MIGPROC_KEY_MAX.  The answer must be caseless()'s.

And the folding of each character of U+0080..U+017F, against a table
written out here (LATIN_FOLDS), not derived as the generator derives its
own.

And keys made to have the very hash of a stored key (hash_twin()), so that
they pass the key row's check bits: the comparison after them must still
find nothing.

And the edges: valid UTF-8 at both ends of every lead byte's range
(utf8_edges()), keys of one to three characters around the code shapes
(code_shapes()), names padded to MIGPROC_KEY_MAX bytes and one more
(long_keys()).  For every query, fold-lines also asks migproc_find_all()
NUL-terminated, migproc_findn() and migproc_find(): each must agree with
migproc_findn_all() (the one entity it finds, or none).

usage: test-fold.py GEN_TABLES DATA_DIR --fold-lines PROGRAM... --case-lines PROGRAM...

Each program (the library as built, and as built byte-wise for targets
without SSE2) must give every answer."""
import argparse
import importlib.util
import os
import random
import subprocess
import sys

ARGS = argparse.ArgumentParser()
ARGS.add_argument("gen")
ARGS.add_argument("data")
ARGS.add_argument("--fold-lines", nargs="+", required=True)
ARGS.add_argument("--case-lines", nargs="+", required=True)
ARGS = ARGS.parse_args()
GEN, DATA, FOLD_LINES, CASE_LINES = ARGS.gen, ARGS.data, ARGS.fold_lines, ARGS.case_lines
spec = importlib.util.spec_from_file_location("gen_tables", GEN)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def data_keys():
    keys = set()
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                keys.update(field for field in line.rstrip("\n").split("\t") if field)
    return keys


def random_corpus(n, seed=15):
    rng = random.Random(seed)
    pools = [
        [chr(c) for c in range(0x20, 0x7F)],                     # ASCII
        list("0123456789") * 4,                                  # digits, often
        [chr(c) for c in range(0x80, 0x100)],                    # Latin-1
        [chr(c) for c in range(0x100, 0x180)],                   # Latin Extended-A
        [chr(c) for c in range(0x180, 0x250)],                   # past the table
        [chr(c) for c in range(0x2000, 0x2070)],                 # general punctuation
        [chr(c) for c in (0xBF, 0xC0, 0x17F, 0x180, 0x1FFF, 0x2070, 0x300, 0x301, 0xFEFF,
                          0x4E2D, 0x1F600, 0x10FFFF, 0xFF10, 0x0660, 0x7F)],
    ]
    corpus = []
    for _ in range(n):
        shape = rng.randrange(4)
        if shape == 0:  # a number, perhaps with leading zeros, perhaps with noise
            key = "0" * rng.randrange(6) + "".join(rng.choice("0123456789")
                                                   for _ in range(rng.randrange(1, 9)))
            if rng.random() < 0.3:
                key = rng.choice(["", " ", "-", "\u00a0", "\u2010"]).join(
                    [key[:len(key) // 2], key[len(key) // 2:]])
        else:
            key = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randrange(1, 16)))
        corpus.append(key)
    return corpus


def invalid_utf8(seed=15):
    """Byte strings that are not UTF-8: each continuation byte of 2-, 3- and
    4-byte characters replaced, sequences cut short, overlong forms,
    surrogates, code points past U+10FFFF, bytes that start nothing; alone
    and inside a real key.  mp_fold_key() must refuse every one."""
    rng = random.Random(seed)
    bad = [b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xf0\x80\x80\x80",
           b"\xf0\x8f\xbf\xbf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80",
           b"\xf5\x80\x80\x80", b"\xff", b"\xfe", b"\x80", b"\xbf"]
    for ch in ("é", "ā", "中", "€", "\u2010", "😀", "\U0010ffff", "\u0800", "\U00010000"):
        enc = ch.encode("utf-8")
        for k in range(1, len(enc)):
            for b in (b"A", b"\xc3", b"\x7f", b"\xe4", b"0"):
                bad.append(enc[:k] + b + enc[k + 1:])
            bad.append(enc[:k])  # cut short
    out = []
    for b in bad:
        out += [b, b"Mexico" + b, b + b"Mexico", b"Me" + b + b"xico", b"48" + b + b"4"]
    for _ in range(2000):
        out.append(bytes(rng.randrange(1, 256) for _ in range(rng.randrange(1, 8))).replace(b"\n", b"x"))
    return [b for b in out if not valid_utf8(b)]


def utf8_edges():
    """The first and the last code point each lead byte 0xC2..0xF4 starts
    (U+0080, U+07FF, U+0800, U+D7FF beside the surrogates, U+E000,
    U+10FFFF...): valid UTF-8, alone, inside a name and at every place in a
    block of sixteen bytes, so that the checks of a lead byte and of its
    second byte are tried at both ends of their ranges."""
    points = []
    for lead in range(0xC2, 0xF5):
        n = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        low = {0xE0: 0xA0, 0xF0: 0x90}.get(lead, 0x80)
        high = {0xED: 0x9F, 0xF4: 0x8F}.get(lead, 0xBF)
        for second in (low, high):
            rest = b"\x80" if second == low else b"\xbf"
            points.append((bytes([lead, second]) + rest * (n - 2)).decode("utf-8"))
    out = []
    for ch in points:
        out += [ch, "Mexico" + ch, ch + "Mexico"]
        out += ["x" * k + ch + "y" * (20 - k) for k in range(0, 18)]
    return out


def code_shapes():
    """Keys of one to three characters around the code shapes: letters,
    digits and the bytes either side of their ranges ("@", "[", "`", "{",
    "/", ":"), every arrangement, so that the code indexes' bounds
    (lib/lookup.c) are tried where they end; fold-lines asks
    migproc_find() and migproc_findn() too."""
    chars = "@AMXZ[`amxz{/09:"
    out = list(chars)
    out += [a + b for a in chars for b in chars]
    out += [a + b + c for a in chars for b in chars for c in chars]
    return out


def long_keys(data):
    """Names padded with spaces (which fold away) or hyphens to MIGPROC_KEY_MAX
    bytes, found, and to one byte more, too long to match anything: given
    their length, and NUL-terminated, where the library must stop reading
    at the byte past the limit (fold-lines asks both)."""
    out = []
    for e in data.entities[:40]:
        for name in e["names"]:
            if name and len(name.encode("utf-8")) < gen.KEY_MAX:
                pad = gen.KEY_MAX - len(name.encode("utf-8"))
                out += [name + " " * pad, name + " " * (pad + 1), "-" * pad + name,
                        "-" * (pad + 1) + name]
    return sorted(set(out))


def valid_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def near_misses(data, spelled):
    """Proper prefixes of every folded key and of every spelling, and every
    folded key and spelling with a letter or a digit added, its last
    character changed or its middle one (where the spelling index's hash
    does not read), as text."""
    out = set()
    texts = [folded.decode("utf-8") for folded, _ident in data.keys] + \
        [t.decode("utf-8") for t in spelled]
    for text in texts:
        out.update(text[:i] for i in range(1, len(text)))
        out.update(text + c for c in "a0e")
        out.update(text[:-1] + c for c in "aE")
        middle = len(text) // 2
        out.update(text[:middle] + c + text[middle + 1:] for c in "bB")
    return sorted(out)


def caseless(text):
    """text (bytes) with its ASCII letters in lower case, and its Latin-1
    capitals (U+00C0..U+00DF: 0xC3 then 0x80..0x9F) that fold as the letter
    0x20 above them too: the spelling index's comparison, written apart."""
    out = bytearray(text)
    for i, b in enumerate(out):
        if 0x41 <= b <= 0x5A:
            out[i] = b | 0x20
        elif i > 0 and out[i - 1] == 0xC3 and 0x80 <= b <= 0x9F and \
                gen.FOLD[0x40 + b - gen.FOLD_FIRST] == gen.FOLD[0x60 + b - gen.FOLD_FIRST]:
            out[i] = b | 0x20
    return bytes(out)


def case_pairs(n, seed=16):
    """n pairs (spelling, key) of the same length in bytes: a random valid
    spelling, and a key made from it by changing case (Python's), flipping
    the 0x20 bit of random bytes (which may make the key invalid UTF-8) or
    another bit, or left as it is."""
    rng = random.Random(seed)
    alphabet = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xC0, 0x100)] +
                ["\u0141", "\u0142", "\u0152", "\u0153", "\u20ac", "\u2019", "\U0001F600",
                 "\u00a0", "\u00bf"])
    pairs = []
    while len(pairs) < n:
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        spelling = text.encode("utf-8")
        if len(spelling) > gen.KEY_MAX:
            continue
        how = rng.randrange(4)
        if how == 0:
            key = "".join(c.swapcase() if rng.random() < 0.5 else c for c in text).encode("utf-8")
        elif how == 1 or how == 2:
            key = bytearray(spelling)
            for _ in range(rng.randrange(1, 4)):
                if key:
                    key[rng.randrange(len(key))] ^= 0x20 if how == 1 else 1 << rng.randrange(8)
            key = bytes(key)
        else:
            key = spelling
        if len(key) == len(spelling):
            pairs.append((spelling, key))
    return pairs


def check_case_lines(wrong):
    """Every CASE_LINES program answers caseless()'s rule on case_pairs()."""
    pairs = case_pairs(40000)
    expects = ["1" if caseless(a) == caseless(b) else "0" for a, b in pairs]
    for program in CASE_LINES:
        result = subprocess.run([program], input="".join("%s %s\n" % (a.hex(), b.hex())
                                                         for a, b in pairs).encode(),
                                capture_output=True, check=True)
        answers = result.stdout.decode().splitlines()
        assert len(answers) == len(pairs), (program, len(answers), len(pairs))
        wrong += [((a, b), "%s: %s" % (os.path.basename(program), answer), expect)
                  for (a, b), answer, expect in zip(pairs, answers, expects) if answer != expect]
    return len(pairs), expects.count("1")


# What each character of U+00C0..U+017F folds to, 32 a line, "-" where it
# is dropped: written out here, not derived as the generator derives its
# table (NFD, and its list of letters that do not decompose), so that a
# wrong row fails.  U+0080..U+00BF are all dropped.
LATIN_FOLDS = """
a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss
a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y
a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g
g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l
l l l n n n n n n n n n o o o o o o oe oe r r r r r r s s s s s s
s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s
""".split()


def check_latin_folds(wrong):
    """The generator folds each of U+0080..U+017F as LATIN_FOLDS says; the
    characters, one a line, go to the C builds with the other queries."""
    characters = [chr(cp) for cp in range(0x80, 0x180)]
    for ch in characters:
        want = "" if ord(ch) < 0xC0 else LATIN_FOLDS[ord(ch) - 0xC0].strip("-")
        if gen.fold(ch) != want.encode():
            wrong.append((ch, "(the generator) %r" % gen.fold(ch), repr(want)))
    return characters


FNV_PRIME_INVERSE = pow(gen.FNV_PRIME, -1, 1 << 32)


def hash_twin(key, seed, rng):
    """A string as long as the folded key (whose length is a multiple of 4,
    at least 8) with the same mp_key_hash(): it lands in the key's slot,
    passes the check bits of the key's row, and only the comparison after
    them can turn it away; None when none is found.  Its last 8 bytes are
    ASCII letters and digits, the bytes before them the key's own where
    that works (a twin that differs from the key at its end only), else
    random letters.  FNV-1a's step is invertible, so the last word is
    solved for; the word before it is drawn until the solved word is
    letters and digits too.  (A word's low byte moves only the product's
    low byte: some heads allow no solution, so the head is drawn again
    after a while.)"""
    letters = b"abcdefghijklmnopqrstuvwxyz"
    kept = letters + b"0123456789"
    target = (gen.key_hash(key, seed) * FNV_PRIME_INVERSE) & gen.MASK32  # the state ^ the last word
    for attempt in range(20):
        head = key[:-8] if attempt == 0 else bytes(rng.choice(letters) for _ in range(len(key) - 8))
        if not valid_utf8(head):  # the key's head cut within a character
            continue
        before = gen.key_hash(head, seed)
        for _second in range(50000):
            second = bytes(rng.choice(letters) for _ in range(4))
            state = ((before ^ int.from_bytes(second, "little")) * gen.FNV_PRIME) & gen.MASK32
            last = (target ^ state).to_bytes(4, "little")
            if all(b in kept for b in last) and head + second + last != key:
                return (head + second + last).decode()
        if not head:
            return None
    return None


def hash_twins(keys, seed, count=100):
    """hash_twin() of up to count of the keys, spread over them."""
    rng = random.Random(17)
    keys = sorted(k for k in keys if len(k) % 4 == 0 and len(k) >= 8)
    twins = {}
    for key in keys[::max(1, len(keys) // count)]:
        twin = hash_twin(key, seed, rng)
        if twin is not None and len(twins) < count:
            twins[twin] = key
    assert all(gen.key_hash(t.encode(), seed) == gen.key_hash(k, seed) for t, k in twins.items())
    assert len(twins) * 2 >= min(count, len(keys)), "too few keys have a hash twin"
    return sorted(twins)


def expected_count(data, by_key, fingerprints, folded):
    ids = set(by_key.get(folded, ()))
    ids.update(fingerprints.get((gen.key_hash(folded), gen.check_hash(folded), len(folded)), ()))
    return len(ids)


def main():
    data = gen.Data(DATA)
    by_key, fingerprints = {}, {}
    for folded, ident in data.keys:
        by_key.setdefault(folded, set()).add(ident)
    for lookup, check, length, ident, _lang in data.fingerprints:
        fingerprints.setdefault((lookup, check, length), set()).add(ident)
    spelled = gen.spelled_rows(data)
    indexed = gen.indexed_spellings(data)
    # What the index answers for a query: the row of the indexed spelling
    # that is the query but for the case of its letters.
    by_caseless = {}
    for text, row in indexed.items():
        by_caseless.setdefault(caseless(text), []).append(row)
    left_out = sorted(t.decode("utf-8") for t in spelled if t not in indexed)
    # Every name and alias longer than a code is a spelling (read here from
    # the data, not through the generator's own selection).
    written = {n for e in data.entities for n in e["names"] if n} | \
        {alias for name in ("aliases.tsv", "cldr-aliases.tsv")
         for _where, (_code, _lang, alias, _source) in gen.read_tsv(DATA, name, 4)}
    unspelled = sorted(n for n in written if len(n.encode("utf-8")) > 3
                       and n.encode("utf-8") not in spelled)
    keys = sorted(data_keys() | {t.decode("utf-8") for t in spelled} |
                  {c for t in spelled for c in (t.decode("utf-8").lower(),
                                                t.decode("utf-8").upper())})
    misses = near_misses(data, spelled)
    corpus = random_corpus(100000)
    seed = gen.perfect_hash(gen.key_hash_rows(data))[0]  # mp_hash_seed
    twins = hash_twins(by_key, seed)
    wrong, expects, found_spelled = [], [], set()
    latin = check_latin_folds(wrong)
    edges = utf8_edges() + long_keys(data) + code_shapes()
    lines = [k for k in keys + misses + corpus + latin + twins + edges
             if "\n" not in k and "\0" not in k and k.strip("\r") == k]
    invalid = invalid_utf8()
    for text in lines:
        rows = by_caseless.get(caseless(text.encode("utf-8")), [])
        if len(rows) > 1:
            wrong.append((text, "(in the index %d times but for case)" % len(rows), "once"))
        if text.encode("utf-8") in spelled and (rows or text in left_out):
            found_spelled.add(text)
        row = str(rows[0]) if rows else "-"
        if len(text.encode("utf-8")) > gen.KEY_MAX:
            expects.append("- 0 -")  # the generator refuses such a key, the library matches nothing
        else:
            folded = gen.fold(text)
            expects.append("%s %08x %d %s" % (folded.hex(), gen.key_hash(folded, seed),
                                              expected_count(data, by_key, fingerprints, folded),
                                              row))
    expects += ["- 0 -"] * len(invalid)
    queries = lines + invalid
    for program in FOLD_LINES:
        result = subprocess.run([program], input=b"\n".join([l.encode("utf-8") for l in lines]
                                                            + invalid) + b"\n",
                                capture_output=True, check=True)
        answers = result.stdout.decode().splitlines()
        assert len(answers) == len(queries), (program, len(answers), len(queries))
        wrong += [(text, "%s: %s" % (os.path.basename(program), answer), expect)
                  for text, answer, expect in zip(queries, answers, expects) if answer != expect]
    # A code-shaped key (two or three ASCII letters, one to three digits) is
    # answered by the code indexes: the spelling index does not spend a slot on it.
    doubled = sorted(t.decode("utf-8") for t in spelled
                     if (len(t) in (2, 3) and t.isalpha() and t.isascii())
                     or (1 <= len(t) <= 3 and t.isdigit()))
    if doubled:
        wrong.append(("(code-shaped spellings)", ", ".join(doubled[:5]), "none"))
    if unspelled:
        wrong.append(("(names not in the spelling index)", ", ".join(unspelled[:5]), "none"))
    # Left out only for a kept spelling the hash cannot tell it from, and
    # rarely (one of 1,008 in the 1.1 data).
    for text in left_out:
        identity = gen.spelling_identity(text.encode("utf-8"))
        if not any(gen.spelling_identity(t) == identity for t in indexed):
            wrong.append(("(left out of the spelling index)", text, "a kept twin"))
    if len(left_out) * 100 > len(spelled):
        wrong.append(("(left out of the spelling index)", "%d" % len(left_out),
                      "at most 1%% of %d" % len(spelled)))
    if len(found_spelled) != len(spelled):
        wrong.append(("(the spellings)", "%d looked up" % len(found_spelled), "%d" % len(spelled)))
    compared, alike = check_case_lines(wrong)
    print("%d data fields, %d prefixes and near misses of keys, %d random keys, the %d "
          "characters of U+0080..U+017F, %d keys with the hash of a stored one, %d keys "
          "around each UTF-8 lead byte's range, the code shapes or the length limit and %d "
          "byte strings that are not UTF-8 folded and looked up (%d spellings among them), "
          "and %d pairs compared caselessly (%d alike), by %d builds; %d differences"
          % (len(keys), len(misses), len(corpus), len(latin), len(twins), len(edges), len(invalid),
             len(spelled), compared, alike, len(FOLD_LINES), len(wrong)))
    for text, answer, expect in wrong[:20]:
        print("  %r: C %s, Python %s" % (text, answer, expect))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
