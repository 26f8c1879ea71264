"""The mutation catalogue of tests/mutation/run.py.

Each mutation replaces one exact text, which must occur exactly once in its
file, by another.  A mutation of lib/data/ regenerates the tables (and what
else derives from the data) before the build.  `tests` names the meson tests
run for it (default: CORE, plus what its file adds in run.py).  A mutation
marked `equivalent` changes no behaviour any test can see; the reason says
why, and it is run and reported but its survival does not fail the stage.
The four survivors issue 15 reported are marked `issue15`.
"""

M = []


def mut(ident, path, old, new, equivalent=None, tests=None, issue15=False):
    M.append(dict(id=ident, path=path, old=old, new=new, equivalent=equivalent,
                  tests=tests, issue15=issue15))


# ---- lib/date.h: which dates are dates -------------------------------------
mut("date-year-0", "lib/date.h", "if (d - 10000u > 99991231u - 10000u)", "if (d - 1u > 99991231u - 1u)")
mut("date-max", "lib/date.h", "if (d - 10000u > 99991231u - 10000u)", "if (d - 10000u > 199991231u - 10000u)")
mut("date-divide-fast", "lib/date.h", "    return n / unit;\n}", "    return n / (unit + 1u);\n}")
mut("date-divide-bits", "lib/date.h", "for (unsigned bit = 14; bit-- > 0;)", "for (unsigned bit = 13; bit-- > 0;)")
mut("date-leap-100", "lib/date.h", "year_in_25 != 0 ||", "year_in_25 == 0 ||")
mut("date-month-days-bound", "lib/date.h", "if (month_day >= 32u * 39u ||", "if (month_day >= 32u * 38u ||")
mut("date-month-days-bit", "lib/date.h", ">> month_day % 32u & 1u", ">> month_day % 31u & 1u")
mut("date-month-days-table", "lib/date.h", "0xFFFFFF00, 0x0000003F,", "0xFFFFFF00, 0x0000007F,")
mut("date-leap-400", "lib/date.h", "(year & 15u) == 0", "(year & 7u) == 0")
mut("date-no-after-all", "lib/date.h", "d == 0 || d == MIGPROC_NOW", "d == 0")
mut("date-feb-29-always", "lib/date.h", "if (month_day != 229u)", "if (month_day != 230u)")
mut("date-leap-4", "lib/date.h", "return (year & 3u) == 0 &&", "return (year & 1u) == 0 &&")

# ---- lib/fold.c: folding ---------------------------------------------------
mut("fold-significant-bound", "lib/fold.c", "if (significant > 3) {", "if (significant > 4) {",
    issue15=True)
mut("fold-latin-one-letter", "lib/fold.c", "return at + (to[0] != '\\0') + (to[1] != '\\0');",
    "return at + (to[0] != '\\0');")
mut("fold-latin-second-byte", "lib/fold.c", "at = fold_latin((b - 0xC2u) << 6 | (block[q + 1] & 0x3Fu), out, at);",
    "at = fold_latin((b - 0xC2u) << 6 | (block[q + 1] & 0x1Fu), out, at);")
mut("fold-punctuation-edge", "lib/fold.c", "if (cp >= 0x2000 && cp <= 0x206F)", "if (cp > 0x2000 && cp <= 0x206F)")
mut("gen-fold-special-letter", "lib/gen-tables.py", '"ĸ": "k"', '"ĸ": "q"', tests=["fold"])
mut("gen-fold-latin1-edge", "lib/gen-tables.py", "        if cp < 0xC0:", "        if cp <= 0xC0:", tests=["fold"])
mut("fold-overlong-2", "lib/fold.c", "if (b >= 0xC2 && b <= 0xDF)", "if (b >= 0xC0 && b <= 0xDF)")
mut("fold-overlong-3", "lib/fold.c", "*lo = 0xA0;", "*lo = 0x80;")
# Valid characters at the ends of a lead byte's range (test-fold's utf8_edges).
mut("fold-lead-2-last", "lib/fold.c", "if (b >= 0xC2 && b <= 0xDF)", "if (b >= 0xC2 && b < 0xDF)")
mut("fold-lead-3-first", "lib/fold.c", "if (b >= 0xE0 && b <= 0xEF) {", "if (b > 0xE0 && b <= 0xEF) {")
mut("fold-lead-4-last", "lib/fold.c", "if (b >= 0xF0 && b <= 0xF4) {", "if (b >= 0xF0 && b < 0xF4) {")
mut("fold-lead-4-high", "lib/fold.c", "*hi = 0x8F;", "*hi = 0x8E;")
# A NUL-terminated key of MIGPROC_KEY_MAX + 1 bytes is too long: not its first
# MIGPROC_KEY_MAX bytes (test-fold's long_keys, through fold-lines).
mut("fold-bounded-length", "lib/fold.c", "return strnlen(key, limit + 1);", "return strnlen(key, limit);")
mut("fold-bounded-length-portable", "lib/fold.c", "while (n <= limit && key[n] != '\\0')",
    "while (n < limit && key[n] != '\\0')")
mut("fold-tens", "lib/fold.c", "if (significant >= 2)", "if (significant > 2)")
mut("fold-digit-range", "lib/fold.c", "if (out[i] < '0' || out[i] > '9')", "if (out[i] > '9')")
mut("fold-leading-zeros", "lib/fold.c", "size_t skip = n - significant;", "size_t skip = n - significant - 1;")
mut("fold-sequence-at-end", "lib/fold.c", "len > n - i ||", "len > n - i + 1 ||")
mut("fold-continuation", "lib/fold.c", "if (k > 1 && (s[i + k] & 0xC0) != 0x80)", "if (k > 2 && (s[i + k] & 0xC0) != 0x80)")

# ---- lib/lookup.c: lookup --------------------------------------------------
mut("lookup-drop-length-check", "lib/fold.c",
    """    if ((lengths & (MP_KEY_FINGERPRINT | ((1u << MP_KEY_EXTRA_SHIFT) - 1u))) != (unsigned)n) {
        if (lengths != (MP_KEY_FINGERPRINT | (unsigned)n) ||""",
    """    if ((lengths & MP_KEY_FINGERPRINT) != 0) {
        if (lengths != (MP_KEY_FINGERPRINT | (unsigned)n) ||""", issue15=True,
    equivalent="since every key row's string is folded again and compared with the key's length "
    "(folds_to), a row of another length is turned away there, if its check bits have not "
    "already: the length test only routes the fingerprint rows and answers sooner")
mut("key-check-bits", "lib/fold.c", "if ((text ^ h) >> MP_KEY_OFFSET_BITS != 0)",
    "if ((text ^ h) >> (MP_KEY_OFFSET_BITS - 1) != 0)")
mut("key-offset-mask", "lib/fold.c", "mp_pool + (text & ((1u << MP_KEY_OFFSET_BITS) - 1u));",
    "mp_pool + (text & ((1u << MP_KEY_OFFSET_BITS) - 2u));")
mut("key-refold-trusted", "lib/fold.c", "               ? row\n               : MP_NO_ENTRY;",
    "               ? row\n               : row;")
mut("key-length-with-extra", "lib/fold.c",
    "if ((lengths & (MP_KEY_FINGERPRINT | ((1u << MP_KEY_EXTRA_SHIFT) - 1u))) != (unsigned)n) {",
    "if (lengths != (unsigned)n) {")
mut("key-extra-halved", "lib/fold.c", "(unsigned)n + (lengths >> MP_KEY_EXTRA_SHIFT)",
    "(unsigned)n + (lengths >> (MP_KEY_EXTRA_SHIFT + 1))")
mut("gen-key-extra-dropped", "lib/gen-tables.py", "extra << KEY_EXTRA_SHIFT | len(folded), ident))",
    "len(folded), ident))")
mut("gen-key-extra-bound", "lib/gen-tables.py", "if not 0 <= len(text) - len(folded) <= KEY_EXTRA_MAX:",
    "if not 0 <= len(text) - len(folded) <= KEY_EXTRA_MAX + 1:", tests=["generator"])
mut("key-refold-memcmp", "lib/fold.c", "memcmp(again, folded, n) == 0;", "memcmp(again, folded, n / 2) == 0;")
mut("gen-key-check-bits", "lib/gen-tables.py", "check = key_hash(folded, seed) >> KEY_OFFSET_BITS",
    "check = key_hash(folded, seed) >> (KEY_OFFSET_BITS + 1)")
mut("gen-key-check-seed", "lib/gen-tables.py", "check = key_hash(folded, seed) >> KEY_OFFSET_BITS",
    "check = key_hash(folded) >> KEY_OFFSET_BITS", tests=["generator"])
mut("gen-key-stored-spellings", "lib/gen-tables.py", "    stored = set(indexed_spellings(d))\n    for e in d.entities:",
    "    stored = set()\n    for e in d.entities:", tests=["generator"])
mut("lookup-ambiguous-first", "lib/fold.c", "return row == MP_NO_ENTRY || shares_text_with_next(row) ? MIGPROC_NONE",
    "return row == MP_NO_ENTRY ? MIGPROC_NONE")
mut("lookup-alpha3-search", "lib/lookup.c", "return slot->ab == ab ? slot->entry : MP_NO_ENTRY;",
    "return slot->entry;")
mut("lookup-numeric-digits", "lib/lookup.c", "while (n < 3 && digit(key[n]) < 10)", "while (n < 2 && digit(key[n]) < 10)",
    equivalent="a three-digit code misses the direct index and falls through to the hash index, "
    "which holds the same key: same answers, more instructions (only tests/bench/budgets.tsv, "
    "checked by callgrind on the release build, sees it)")
mut("lookup-case", "lib/lookup.c", "return (c | 0x20u) - 'a';", "return c - 'a';",
    equivalent="an upper-case code misses the direct index and falls through to the hash index, "
    "which holds the folded key: same answers, more instructions (only tests/bench/budgets.tsv sees it)")
mut("lookup-digit-bound", "lib/lookup.c", "if (d > 9)\n                return MP_NOT_A_CODE;", "if (d > 10)\n                return MP_NOT_A_CODE;")
# A key that starts with a byte beside the letters ("[X", "{MX"): not a code
# (test-fold's code_shapes, through fold-lines' migproc_find and migproc_findn).
mut("lookup-letter-bound", "lib/lookup.c", "if (a < 26 && b < 26) {", "if (a <= 26 && b < 26) {")
mut("lookup-third-letter-bound", "lib/lookup.c", "            if (c < 26)\n", "            if (c <= 26)\n")
mut("lookup-cstr-letter-bound", "lib/lookup.c", "    if (a < 26) {\n", "    if (a <= 26) {\n")
mut("lookup-cstr-third-letter-bound", "lib/lookup.c", "if (key[3] == '\\0' && c < 26)", "if (key[3] == '\\0' && c <= 26)")
mut("lookup-numeric-bound", "lib/lookup.c", "return numeric < 1000 ? mp_numeric_index[numeric]",
    "return numeric <= 1000 ? mp_numeric_index[numeric]")
mut("lookup-mix", "lib/fold.c", "    return h * 0x85EBCA6Bu;", "    return h * 0x85EBCA6Du;")
mut("lookup-reduce", "lib/fold.c", "return (unsigned)((v16 * n) >> 16);", "return (unsigned)((v16 * n) >> 17);")
mut("lookup-range-end", "lib/fold.c", "    while (shares_text_with_next(end))\n        end++;",
    "    while (end < row && shares_text_with_next(end))\n        end++;")
mut("lookup-shares-text", "lib/fold.c", "return mp_keys[row + 1].text == mp_keys[row].text;",
    "return mp_keys[row + 1].id == mp_keys[row].id;")
mut("lookup-range-sentinel", "lib/gen-tables.py", "sentinel = ((keys[-1][0] + 1) & MASK32 if keys else 0, 0, NO_ENTRY)",
    "sentinel = (keys[-1][0] if keys else 0, 0, NO_ENTRY)")
mut("spelling-length", "lib/fold.c", "if (text >> MP_SPELLING_LEN_SHIFT != n)",
    "if (text >> MP_SPELLING_LEN_SHIFT < n)")
mut("spelling-compare", "lib/fold.c", "if (!as_written && !equal_but_case(spelling, k, n))",
    "if (!as_written && !equal_but_case(spelling, k, n) && 0)")
mut("spelling-case-exact", "lib/fold.c", "if (!as_written && !equal_but_case(spelling, k, n))",
    "if (!as_written)")
mut("spelling-first-byte", "lib/fold.c", "(spelling[0] == k[0] && memcmp(spelling, k, n) == 0)",
    "(spelling[0] == k[0] || memcmp(spelling, k, n) == 0)")
mut("spelling-case-other-bits", "lib/fold.c", "_mm_and_si128(_mm_or_si128(not_letter, c->all_but_case), differ);",
    "_mm_and_si128(not_letter, differ);")
mut("spelling-case-z", "lib/fold.c", "_mm_set1_epi8(0x1F), _mm_set1_epi8(-103),", "_mm_set1_epi8(0x1F), _mm_set1_epi8(-102),")
mut("spelling-case-latin1", "lib/fold.c", "p[(ptrdiff_t)j - 1] != 0xC3u", "p[(ptrdiff_t)j - 1] != 0xC2u")
mut("spelling-case-latin1-bit", "lib/fold.c", "if ((p[j] ^ q[j]) != 0x20u ||", "if ((p[j] ^ q[j]) == 0 ||")
mut("spelling-case-latin1-any", "lib/fold.c", "|| !latin1_case_pair(p[j]))\n            return false;", "|| 0)\n            return false;")
mut("spelling-case-prev", "lib/fold.c", "    if (i == 0 && (rest & 1u) != 0)\n        return false;", "    if (i == 0 && (rest & 1u) != 0 && 0)\n        return false;",
    tests=["fold"])
mut("spelling-case-tail", "lib/fold.c", "    return rest == 0 || equal_but_case_from(a, b, n, last, rest);", "    return true;")
mut("spelling-case-from-checked", "lib/fold.c", "& (0xFFFFu << (i - last));", "& (0xFFFFu << (i - last + 1u));")
mut("spelling-case-from-rest", "lib/fold.c", "            return equal_but_case_from(a, b, n, i, rest);", "            return equal_but_case_from(a, b, n, i, 0);")
mut("spelling-case-latin1-table", "lib/gen-tables.py", "pairs = sum(1 << k for k in range(32) if latin1[k] == latin1[k + 0x20])", "pairs = (1 << 32) - 1",
    tests=["fold", "known"])
mut("spelling-case-latin1-bit-index", "lib/fold.c", "return mp_latin1_case_pairs >> (c & 31u) & 1u;", "return mp_latin1_case_pairs >> (c & 15u) & 1u;")
mut("spelling-case-short", "lib/fold.c", "    load_short(y, b, n);", "    load_short(y, b, n - (n > 1));")
mut("spelling-case-bytes", "lib/fold.c", "if ((unsigned)((a[i] | 0x20u) - 'a') < 26u)", "if ((unsigned)((a[i] | 0x20u) - 'a') < 25u)")
mut("spelling-case-bytes-latin1", "lib/fold.c", "a[i - 1] == 0xC3u", "a[i - 1] == 0xC2u")
mut("spelling-case-bytes-other", "lib/fold.c", "if (differ != 0 && (differ != 0x20u || !case_pair(a, i)))",
    "if (differ != 0 && differ != 0x20u && !case_pair(a, i))")
mut("spelling-hash-tail", "lib/fold.c", "return mp_fnv_step(mp_fnv_step(h, caseless_word(s + n - 8)), caseless_word(s + n - 4));",
    "return mp_fnv_step(mp_fnv_step(h, caseless_word(s + n - 8)), caseless_word(s + n - 5));")
mut("spelling-hash-short", "lib/fold.c", "return mp_fnv_step(mp_fnv_step(h, caseless_word(s)), caseless_word(s + n - 4));",
    "return mp_fnv_step(mp_fnv_step(h, caseless_word(s)), caseless_word(s));")
# A generator hashing otherwise than lib/fold.c moves spellings to slots the
# library never reads: every lookup still folds to the right answer, and only
# `fold` (which checks the spelling index's row of every spelling) sees it.
mut("gen-spelling-hash-short", "lib/gen-tables.py", "            for start in (0, len(data) - 4):",
    "            for start in (len(data) - 4, 0):", tests=["fold", "known"])
mut("spelling-identity", "lib/gen-tables.py", "        kept.setdefault(spelling_identity(text), text)", "        kept.setdefault(text, text)")
mut("spelling-row", "lib/fold.c", "    return mp_spelling_rows[slot];", "    return mp_spelling_rows[slot] + 1u;")
mut("spelling-miss", "lib/fold.c", "    return mp_spelling_rows[slot];", "    return MP_NO_ENTRY;")
mut("lookup-findn-max", "lib/fold.c", "    if (len > MIGPROC_KEY_MAX)\n        return MP_NO_ENTRY;\n    unsigned row",
    "    if (len >= MIGPROC_KEY_MAX)\n        return MP_NO_ENTRY;\n    unsigned row")
mut("lookup-alpha2-cstr", "lib/lookup.c", "if (key[2] == '\\0')\n                return mp_alpha2[a * 26 + b];",
    "if (key[2] == '\\0' || key[2] == '1')\n                return mp_alpha2[a * 26 + b];")
# A length of SIZE_MAX read as "up to the NUL" (1.1 before 2026-11-28: migproc_findn found the key).
mut("lookup-findn-size-max", "lib/lookup.c", "find_folded(key, given_length(len))", "find_folded(key, len)")

# ---- lib/set.c: sets -------------------------------------------------------
mut("set-add-capacity", "lib/set.c", "bool migproc_set_add(migproc_set *set, migproc_id id)\n{\n    if (set == NULL || id >= MIGPROC_SET_CAPACITY)",
    "bool migproc_set_add(migproc_set *set, migproc_id id)\n{\n    if (set == NULL || id > MIGPROC_SET_CAPACITY)")
mut("set-difference", "lib/set.c", "MP_SET_OPERATION(migproc_set_difference, x & ~y)", "MP_SET_OPERATION(migproc_set_difference, ~x & y)")
mut("set-popcount", "lib/set.c", "x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);", "x = (x & 0x33333333u) + ((x >> 2) & 0x33333331u);")
mut("set-next-mask", "lib/set.c", "set->bits[word] >> (start % 32);", "set->bits[word] >> (start % 31);")
mut("set-subset", "lib/set.c", "extra |= a->bits[i] & ~b->bits[i];", "extra |= a->bits[i] & b->bits[i];")
mut("set-kind-row-bound", "lib/set.c", "if (k >= mp_kind_row_count) {", "if (k > mp_kind_row_count) {")
mut("set-remove", "lib/set.c", "set->bits[id / 32] &= ~((uint32_t)1 << (id % 32));", "set->bits[id / 32] &= ((uint32_t)1 << (id % 32));")

# ---- lib/entity.c: entities, sources, notes -------------------------------
mut("entity-kind-name-bound", "lib/entity.c", "k < mp_kind_row_count ? mp_pool", "k <= mp_kind_row_count ? mp_pool")
mut("set-ids-room", "lib/set.c", "n <= max && max - n >= 32", "n <= max && max - n >= 31")
mut("set-ids-bound", "lib/set.c", "                if (n < max)\n", "")
mut("set-ids-base", "lib/set.c", "base = word * 32;", "base = word * 32 + 1u;")
mut("set-ids-word-mask", "lib/set.c", "zeros |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, zero)) << (16 * half);", "zeros |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, zero)) << (15 * half);")
mut("set-nonzero-unsigned-pack", "lib/set.c", "__m128i bytes = _mm_packs_epi16(", "__m128i bytes = _mm_packus_epi16(")
mut("set-nonzero-pack-order", "lib/set.c", "_mm_packs_epi32(_mm_loadu_si128(v), _mm_loadu_si128(v + 1))", "_mm_packs_epi32(_mm_loadu_si128(v + 1), _mm_loadu_si128(v))")
mut("set-count-pairs", "lib/set.c", "m2 = _mm_set1_epi8(0x33)", "m2 = _mm_set1_epi8(0x31)")
mut("set-count-high-half", "lib/set.c", "(unsigned)_mm_extract_epi16(sum, 4)", "(unsigned)_mm_extract_epi16(sum, 0)")
mut("set-next-portable-scan", "lib/set.c", "        if (++word == WORDS)\n            return MIGPROC_NONE;\n#endif", "        if (++word == WORDS - 1u)\n            return MIGPROC_NONE;\n#endif")
mut("set-next-later", "lib/set.c", "uint32_t later = nonzero_words(set) >> word;", "uint32_t later = nonzero_words(set) >> (word + 1u);")
# The de Bruijn lowest bit of targets without count-trailing-zeros, which the
# byte-wise build compiles on the host (fold-bytewise reads every set alike).
mut("set-lowest-bit-table", "lib/set.c", "0,  1,  28, 2,  29, 14,", "0,  1,  28, 2,  29, 15,")
mut("set-lowest-bit-multiplier", "lib/set.c", "* 0x077CB531u) >> 27];", "* 0x077CB533u) >> 27];")
# The byte-wise builds' own code in headers (run.py runs fold and fold-bytewise
# for them): the key hash four bytes a word, a set cleared byte by byte.
mut("hash-portable-word", "lib/fold.h", "(uint32_t)s[i + 1] << 8 | (uint32_t)s[i + 2] << 16 |",
    "(uint32_t)s[i + 1] << 9 | (uint32_t)s[i + 2] << 16 |")
mut("bitset-clear-portable", "lib/bitset.h", "memset(set, 0, sizeof *set);", "memset(set, 1, sizeof *set);")
# A set whose members are all in its first word (test-sets' every_singleton).
mut("set-empty-first-word", "lib/set.c", "    set = or_empty(set);\n    for (unsigned i = 0; i < WORDS; i++)\n        any |= set->bits[i];",
    "    set = or_empty(set);\n    for (unsigned i = 1; i < WORDS; i++)\n        any |= set->bits[i];")
mut("rel-name-too-long", "lib/relation.c", "return -1; /* longer than any name */", "return -2; /* longer than any name */")
# An ID at the first word past a stored image (test-badinput, every entity and relation).
mut("rel-holds-asof-image-end", "lib/relation.c", "return b < 32u * MP_SET_IMAGE_WORDS &&", "return b <= 32u * MP_SET_IMAGE_WORDS &&")
# A field of holds()'s packed key one value too wide carries into the next
# (test-badinput's holds_fields_apart).
mut("rel-holds-rel-bound", "lib/relation.c", "if ((unsigned)rel >= 1u << MP_PAIR_REL_BITS || b >= 1u << MP_TRIPLE_ID_BITS)",
    "if ((unsigned)rel > 1u << MP_PAIR_REL_BITS || b >= 1u << MP_TRIPLE_ID_BITS)")
mut("rel-holds-id-bound", "lib/relation.c", "if ((unsigned)rel >= 1u << MP_PAIR_REL_BITS || b >= 1u << MP_TRIPLE_ID_BITS)",
    "if ((unsigned)rel >= 1u << MP_PAIR_REL_BITS || b >= 2u << MP_TRIPLE_ID_BITS)")
# Relation 0 through the bool form (test-api's relation_names).
mut("rel-parse-zero", "lib/relation.c", "    if (rel < 0 || out == NULL)\n        return false;\n    *out = (migproc_rel)rel;",
    "    if (rel <= 0 || out == NULL)\n        return false;\n    *out = (migproc_rel)rel;")
mut("entity-lang-tag-bound", "lib/entity.c", "l < MP_LANG_COUNT ? mp_lang_tags[l]", "l <= MP_LANG_COUNT ? mp_lang_tags[l]")
mut("entity-lang-underscore", "lib/entity.c", "tag[2] != '-' && tag[2] != '_'", "tag[2] != '-'")
mut("provenance-source-bound", "lib/provenance.c", "index >= 0 && index < mp_source_count", "index >= 0 && index <= mp_source_count")
mut("entity-name-fallback", "lib/entity.c", "name != MP_NO_STRING ? name : e->name[MP_LANG_EN]", "name != MP_NO_STRING ? name : e->name[MP_LANG_EN] + 1")
mut("tables-entity-trimmed", "lib/tables.h", "return id < mp_entity_count && mp_entities[id].kind != MIGPROC_KIND_NONE ? &mp_entities[id]",
    "return id < mp_entity_count ? &mp_entities[id]")
mut("provenance-note-index", "lib/provenance.c", "return e && index < e->note_count ? &mp_notes[e->note_first + index] : NULL;",
    "return e && index <= e->note_count ? &mp_notes[e->note_first + index] : NULL;")

# ---- lib/version.c: versions -----------------------------------------------
mut("version-minor", "lib/version.c", 'MP_TEXT(MIGPROC_VERSION_MINOR) "."', 'MP_TEXT(MIGPROC_VERSION_PATCH) "."')
mut("version-data-date", "lib/version.c", "return mp_data_date;", "return mp_data_date + 1u;")

# ---- lib/relation.c: relations ---------------------------------------------
mut("rel-end", "lib/relation.c", "return (unsigned)rel < mp_rel_count;", "return (unsigned)rel <= mp_rel_count;")
mut("rel-name-junk", "lib/relation.c", "len >= MP_REL_NAME_ROW || spelled[len] != '\\0')", "len >= MP_REL_NAME_ROW)",
    equivalent="a byte no relation name has stays in the spelled row, and the comparison of the "
    "whole row with the name's row fails on it: the check only answers sooner")
mut("rel-holds-key-check", "lib/relation.c", "mp_triple_slot_count)] == key + 1u;", "mp_triple_slot_count)] != 0;")
mut("rel-asof-date-check", "lib/relation.c", "return mp_date_valid(date) ? pair_of(id, rel) : NULL;", "return mp_date_valid(date) || date > 0 ? pair_of(id, rel) : NULL;")
mut("rel-holds-asof-bound", "lib/relation.c", "return b < 32u * MP_SET_IMAGE_WORDS &&", "return b < 32u * MIGPROC_SET_CAPACITY &&")
mut("rel-holds-asof-bit", "lib/relation.c", ">> (b % 32u) & 1u);", ">> (b % 31u) & 1u);")
mut("rel-holds-asof-image", "lib/relation.c", "(mp_set_images[x->image + b / 32u]", "(mp_set_images[x->count + b / 32u]")
mut("rel-asof-epoch", "lib/relation.c", "while (*start > date)", "while (*start >= date && *start != 0)")
mut("rel-related-now", "lib/relation.c", "return put_set(&p->now, out);", "return put_set(&mp_sets[mp_epoch_sets[epoch_at(p, 0)]], out);")
mut("rel-put-image", "lib/relation.c", "mp_bitset_put_image(out, mp_set_images + x->image);", "mp_bitset_put_image(out, mp_set_images + x->count);")
mut("rel-pair-rel-bits", "lib/relation.c", "if (id >= mp_entity_count || (unsigned)rel >= 1u << MP_PAIR_REL_BITS)", "if (id >= mp_entity_count)")
mut("rel-copy-count", "lib/relation.c", "    return x->count;", "    return x->count + 1u;")
mut("rel-pair-key", "lib/relation.c", "return p->key == ((unsigned)id << MP_PAIR_REL_BITS | (unsigned)rel) ? p : NULL;", "return p->key != 0xFFFFu ? p : NULL;")
mut("bitset-image-blocks", "lib/bitset.h", "    for (; i < MP_SET_IMAGE_WORDS / 4; i++)", "    for (; i < MP_SET_IMAGE_WORDS / 4 - 1; i++)")
mut("bitset-image-zeros", "lib/bitset.h", "    for (; i < MIGPROC_SET_CAPACITY / 128; i++)", "    for (; i < MIGPROC_SET_CAPACITY / 128 - 1; i++)")
mut("bitset-image-bytewise", "lib/bitset.h", "    for (; i < MP_SET_IMAGE_WORDS; i++)\n        set->bits[i] = image[i];", "    for (; i < MP_SET_IMAGE_WORDS; i++)\n        set->bits[i] = image[i + (i == 3)];")
mut("bitset-image-zeros-bytewise", "lib/bitset.h", "    for (; i < MIGPROC_SET_CAPACITY / 32; i++)\n        set->bits[i] = 0;", "    for (; i < MIGPROC_SET_CAPACITY / 32 - 1; i++)\n        set->bits[i] = 0;")
mut("gen-epoch-from", "lib/gen-tables.py", "if f <= start and (u == 0 or start < u)})", "if f < start and (u == 0 or start < u)})")
mut("gen-epoch-until", "lib/gen-tables.py", "if f <= start and (u == 0 or start < u)})", "if f <= start and (u == 0 or start <= u)})")
mut("gen-epoch-start", "lib/gen-tables.py", "epochs.append((start, at))", "epochs.append((start + 1 if start else 0, at))")
mut("gen-pair-rows-overlap", "lib/gen-tables.py", "        while taken >> row & mask:", "        while taken >> row & mask & 1:")
mut("gen-set-image", "lib/gen-tables.py", "        words[other // 32] |= 1 << other % 32", "        words[other // 32] |= 1 << other % 31")
mut("gen-pack-overlap", "lib/gen-tables.py", "                if before[j] is None and root(j) != root(i):", "                if before[j] is None:")
mut("gen-pack-first", "lib/gen-tables.py", "        first.setdefault(tuple(words[at:at + n]), at)", "        first[tuple(words[at:at + n])] = at + 1")
mut("gen-pool-no-merge", "lib/gen-tables.py",
    "ends = {raw: after for raw, after in zip(by_end, by_end[1:]) if after.endswith(raw)}", "ends = {}",
    tests=["generator"])
mut("gen-pool-tail-offset", "lib/gen-tables.py",
    "self.offsets[raw] = self.offsets[after] + len(after) - len(raw)",
    "self.offsets[raw] = self.offsets[after] + len(after) - len(raw) - 1")
mut("gen-pool-ends", "lib/gen-tables.py", "if after.endswith(raw)}", "if after.startswith(raw)}",
    tests=["generator"])
mut("gen-relation-limit", "lib/gen-tables.py", "% PAIR_REL_BITS, len(REL_NAMES), 1 << PAIR_REL_BITS),",
    "% PAIR_REL_BITS, len(REL_NAMES), 1 << PAIR_REL_BITS + 3),", tests=["generator"])
mut("rel-edge-bound", "lib/relation.c", "return e < mp_edge_count ? &mp_edges[e] : NULL;", "return e <= mp_edge_count ? &mp_edges[e] : NULL;")

# ---- include/migproc.h: the public header ----------------------------------
mut("header-set-bits-signed", "include/migproc.h", "    uint32_t bits[MIGPROC_SET_CAPACITY / 32];", "    int32_t bits[MIGPROC_SET_CAPACITY / 32];", issue15=True)
mut("header-key-max", "include/migproc.h", "#define MIGPROC_KEY_MAX 255", "#define MIGPROC_KEY_MAX 254")
mut("header-edge-none", "include/migproc.h", "#define MIGPROC_EDGE_NONE ((migproc_edge)0xFFFF)", "#define MIGPROC_EDGE_NONE ((migproc_edge)0xFFFE)")

# ---- lib/migproc.map: exports ----------------------------------------------
mut("map-drop-export", "lib/migproc.map", "    migproc_find_numeric;\n", "")

# ---- lib/data/: the facts --------------------------------------------------
mut("data-drop-alias", "lib/data/aliases.tsv", "SACM\ten\tLima Process\tiom-sacm\n", "", issue15=True)
mut("data-drop-alias-pt", "lib/data/aliases.tsv", "MERCOSUR\tpt\tMERCOSUL\tmercosur-bo-2024\n", "")
mut("data-drop-member", "lib/data/relations.tsv", "BZ\tmember_of\tRCM\t-\t-\tseed\t-\n", "")
mut("data-drop-seed-member-dup", "lib/data/relations.tsv", "MX\tmember_of\tMIRPS\t-\t-\tseed\t-\n", "")
mut("data-member-date", "lib/data/relations.tsv", "VE\tmember_of\tMERCOSUR\t2012-08-12", "VE\tmember_of\tMERCOSUR\t2012-08-13")
mut("data-source-title", "lib/data/sources.tsv", "seed\tIntergovernmental Processes\t", "seed\tIntergovernmental Process\t")
mut("data-state-name-es", "lib/data/states.tsv", "\tMexico\tMéxico\t", "\tMexico\tMexico\t")
mut("data-state-numeric", "lib/data/states.tsv", "\tMX\tMEX\t484\t", "\tMX\tMEX\t485\t")
mut("data-established", "lib/data/entities.tsv", "\tRCM\tprocess\t1996\tseed\t", "\tRCM\tprocess\t1997\tseed\t")

# ---- examples/cli: the migproc program ---------------------------------------
mut("cli-dot-format", "examples/cli/cli.c", "status = o.format == FORMAT_TEXT ? cmd_dot",
    "status = o.format != FORMAT_CSV ? cmd_dot", tests=["cli"])
# Found by sweep.py over examples/cli/*.c; killed by test-cli.py's messages and
# by test-cli-library.py, which builds every output from the library's answers.
CLI_TESTS = ["cli", "cli-library"]
mut("cli-help-short", "examples/cli/cli.c", 'strcmp(argv[i], "-h") == 0', 'strcmp(argv[i], "-h") == 1',
    tests=CLI_TESTS)
mut("cli-date-digits", "examples/cli/cli.c", "} else if (s[i] < '0' || s[i] > '9') {",
    "} else if (s[i] < '0' && s[i] > '9') {", tests=CLI_TESTS)
mut("cli-option-needs-value", "examples/cli/cli.c", 'bool known = strcmp(argv[i], "--format") == 0 ||',
    'bool known = strcmp(argv[i], "--format") != 0 ||', tests=CLI_TESTS)
mut("cli-list-arguments", "examples/cli/cli.c", 'strcmp(cmd, "list") == 0 && nargs <= 2',
    'strcmp(cmd, "list") == 0 && nargs <= 3', tests=CLI_TESTS)
mut("cli-show-text-first-edge", "examples/cli/cmd-show.c",
    'printf("relations:\\n");\n    for (unsigned i = 0; i < migproc_edge_count(id); i++) {',
    'printf("relations:\\n");\n    for (unsigned i = 1; i < migproc_edge_count(id); i++) {',
    tests=CLI_TESTS)
mut("cli-show-json-notes-bound", "examples/cli/cmd-show.c",
    "json_open_array(&j);\n    for (unsigned i = 0; i < migproc_note_count(id); i++) {",
    "json_open_array(&j);\n    for (unsigned i = 0; i <= migproc_note_count(id); i++) {",
    tests=CLI_TESTS)
mut("cli-show-csv-first-edge", "examples/cli/cmd-show.c",
    'printf("relation,code,name,start,end,source,note\\r\\n");\n    for (unsigned i = 0;',
    'printf("relation,code,name,start,end,source,note\\r\\n");\n    for (unsigned i = 1;',
    tests=CLI_TESTS)
mut("cli-json-layout", "examples/cli/output.c", "return !j->in_object[d - 1] || d == 1;",
    "return !j->in_object[d - 1] || d == 2;", tests=CLI_TESTS)
mut("cli-json-quote-space", "examples/cli/output.c", "else if (c < 0x20)", "else if (c <= 0x20)",
    tests=CLI_TESTS)
mut("cli-echo-c1-last", "examples/cli/output.c", "p[1] >= 0x80 && p[1] <= 0x9F",
    "p[1] >= 0x80 && p[1] < 0x9F", tests=CLI_TESTS)
mut("cli-stats-oldest-first", "examples/cli/cmd-stats.c", "reviewed < s->oldest",
    "reviewed <= s->oldest", tests=CLI_TESTS)
mut("cli-stats-unreviewed", "examples/cli/cmd-stats.c", "if (!reviewed && kind != MIGPROC_KIND_STATE)",
    "if (!reviewed || kind != MIGPROC_KIND_STATE)", tests=CLI_TESTS)
mut("cli-stats-rounding", "examples/cli/cmd-stats.c", "(part * 1000ULL + whole / 2) / whole",
    "(part * 1000ULL - whole / 2) / whole", tests=CLI_TESTS)
mut("cli-why-order", "examples/cli/cmd-why.c", "(st[at - 1].from == s.from && st[at - 1].rel > s.rel)",
    "(st[at - 1].from == s.from || st[at - 1].rel > s.rel)", tests=CLI_TESTS)
mut("cli-why-holds-until", "examples/cli/cmd-why.c",
    "return s->from <= date && (s->until == 0 || date < s->until);",
    "return s->from <= date && (s->until == 0 || date <= s->until);", tests=CLI_TESTS)
mut("cli-why-ended-last", "examples/cli/cmd-why.c",
    "(best == n || st[i].until > st[best].until ||", "(best == n || st[i].until >= st[best].until ||",
    tests=CLI_TESTS)
mut("cli-find-explains", "examples/cli/cmd-sets.c", "if (n != 1)\n        resolve(key);",
    "if (n != 2)\n        resolve(key);", tests=CLI_TESTS)
mut("cli-dot-colour", "examples/cli/cmd-dot.c", "unsigned ordinal = 0;", "unsigned ordinal = 1;",
    tests=CLI_TESTS)
mut("cli-language-list-unset", "examples/cli/cli.c", "    buf[0] = '\\0';\n    for (int l = 0;",
    "    buf[1] = '\\0';\n    for (int l = 0;", tests=["cli-memcheck"])
mut("cli-why-deciding-past-end", "examples/cli/cmd-why.c",
    "for (unsigned i = 0; i < n; i++) {\n        if (st[i].rel != rel || !st[i].holds)",
    "for (unsigned i = 0; i <= n; i++) {\n        if (st[i].rel != rel || !st[i].holds)",
    tests=["cli-memcheck"])
mut("cli-dot-labels", "examples/cli/cmd-dot.c", "if (nkeys > 0)\n", "if (nkeys > 1)\n",
    tests=CLI_TESTS)

# ---- examples/python: the Python package -----------------------------------
# Found by sweep.py over examples/python/migproc/__init__.py; killed by
# tests/ffi/test_python.py.
PY = "examples/python/migproc/__init__.py"
mut("py-pack-month", PY, "(date.month * 100 if date.precision != \"year\" else 0)",
    "(date.month * 101 if date.precision != \"year\" else 0)", tests=["ffi-python"])
mut("py-pack-day", PY, "(date.day if date.precision == \"day\" else 0)",
    "(date.day if date.precision == \"day\" else 1)", tests=["ffi-python"])
mut("py-date-default", PY, "month: int = 1, day: int = 1,", "month: int = 2, day: int = 1,",
    tests=["ffi-python"])
mut("py-asof-first-year", PY, "if not 1 <= date <= 9999:", "if not 1 < date <= 9999:",
    tests=["ffi-python"])
mut("py-check-id-count", PY, "if ident >= _COUNT:", "if ident > _COUNT:", tests=["ffi-python"])
mut("py-entity-lt", PY, "return self.id < other.id if", "return self.id <= other.id if",
    tests=["ffi-python"])
mut("py-set-gt", PY, "return self._members() > other._members()",
    "return self._members() >= other._members()", tests=["ffi-python"])
mut("py-set-struct", PY, "ctypes.c_uint32 * (_CAPACITY // 32)", "ctypes.c_uint32 * (_CAPACITY // 33)",
    tests=["ffi-python"])
mut("py-rel-range-message", PY, "(rel, len(RELATIONS) - 1))", "(rel, len(RELATIONS) - 2))",
    tests=["ffi-python"])

# ---- examples/ruby: the Ruby gem --------------------------------------------
# Found by sweep.py over examples/ruby/lib/migproc.rb; killed by tests/ffi/test_ruby.rb.
mut("rb-date-month-not-given", "examples/ruby/lib/migproc.rb", "new(year, month.zero? ? 1 : month,",
    "new(year, month.zero? ? 2 : month,", tests=["ffi-ruby"])
mut("rb-date-day-not-given", "examples/ruby/lib/migproc.rb", "day.zero? ? 1 : day)",
    "day.zero? ? 2 : day)", tests=["ffi-ruby"])

# ---- lib/gen-tables.py: what the generator refuses, accepts and trims ---------
# Found by sweep.py over lib/gen-tables.py; killed by test-generator and test-trimmed.
G = "lib/gen-tables.py"
mut("gen-date-any-day", G, "datetime.date(*(parts + [1, 1])[:3])",
    "datetime.date(*(parts[:2] + [1, 1])[:3])", tests=["generator"])
mut("gen-line-numbers", G, "for number, line in enumerate(f, 1):", "for number, line in enumerate(f, 2):",
    tests=["generator"])
mut("gen-sources-cited", G, "        self.check_sources_cited()\n", "", tests=["generator"])
mut("gen-name-source-has-name", G, "if not e[\"names\"][LANGS.index(lang)]:", "if False:",
    tests=["generator"])
mut("gen-end-on-start", G, 'if edge["end"] and edge["end"] <= edge["start"]:',
    'if edge["end"] and edge["end"] < edge["start"]:', tests=["generator"])
mut("gen-spell-earlier-start", G, 'if not e["end"] or start < e["end"]]',
    'if not e["end"] or start <= e["end"]]', tests=["generator"])
mut("gen-undated-ends-as-it-begins", G, 'if e["until"] and e["until"] <= e["from"]:',
    'if e["until"] and e["until"] < e["from"]:', tests=["generator"])
mut("gen-key-max", G, 'if len(text.encode("utf-8")) > KEY_MAX:', 'if len(text.encode("utf-8")) >= KEY_MAX:',
    tests=["generator"])
mut("gen-fingerprint-length", G, "or not 0 < int(length) <= KEY_MAX or", "or not 0 <= int(length) <= KEY_MAX or",
    tests=["generator"])
mut("gen-review-full-date", G, 'if e["reviewed"] % 100 == 0:', 'if e["reviewed"] % 100 == 1:',
    tests=["generator"])
mut("gen-hash-files", G, 'and name != "meson.build":', 'and name == "meson.build":', tests=["generator"])
mut("gen-spelling-identity-case", G, "    caseless = bytes(b | 0x20 for b in data)\n    if len(data) < 8:\n        return",
    "    caseless = bytes(b | 0x21 for b in data)\n    if len(data) < 8:\n        return", tests=["generator"])
mut("gen-trim-edge-end", G, "dict(e, start=0, end=0, until=0,", "dict(e, start=0, end=1, until=0,",
    tests=["trimmed-no-provenance"])
mut("gen-trim-fingerprints", G, "if f[3] not in omitted and f[4] in keep_origins]",
    "if f[4] not in omitted and f[4] in keep_origins]", tests=["trimmed-states-related"])
mut("gen-set-capacity-exact", G, "if len(self.entities) > SET_CAPACITY:", "if len(self.entities) >= SET_CAPACITY:",
    tests=["generator"])
mut("gen-nul-in-key", G, "        if cp == 0:", "        if cp == 1:", tests=["generator"])
