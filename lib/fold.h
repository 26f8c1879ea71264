/*
 * fold.h - the library's own key folding (internal).
 */
#ifndef MIGPROC_FOLD_H
#define MIGPROC_FOLD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "migproc.h"
#include "tables.h"

/* Whether folding reads sixteen bytes at a time (SSE2: every x86-64) and
 * hashing eight.  Elsewhere (a Cortex-M, or -DMP_FOLD_BYTEWISE, which a test
 * builds with) a byte at a time: the same results. */
#if !defined(MP_FOLD_BYTEWISE) && defined(__GNUC__) && defined(__SSE2__) && defined(__x86_64__)
#define MP_WORDWISE 1
#else
#define MP_WORDWISE 0
#endif

/* Room for a folded key and the 15 bytes past it a block-wise fold may write. */
#define MP_FOLD_BUFFER (MIGPROC_KEY_MAX + 16)

/* The range [*first, result) of mp_keys rows equal to the key (not NULL) of len bytes
 * (MP_NUL_TERMINATED: up to its NUL, reading no further than
 * MIGPROC_KEY_MAX + 1 bytes) once folded; empty when it matches nothing.
 * Folding: ASCII letters to lower case, accented Latin letters
 * (U+00C0..U+017F) to their base letters, spaces, punctuation and symbols
 * dropped, other characters kept as they are; an all-digit result is a
 * number without leading zeros written with at least three digits ("8" -> "008",
 * "01234" -> "1234").  This is the
 * folding lib/gen-tables.py applies to every stored key.  A key matches
 * nothing when it is invalid UTF-8, holds a NUL byte, is longer than
 * MIGPROC_KEY_MAX bytes or folds to nothing. */
#define MP_NUL_TERMINATED ((size_t)-1)
MP_INTERNAL unsigned mp_key_range(const char *key, size_t len, unsigned *first);

/* The one entity the key names, as mp_key_range() finds it: MIGPROC_NONE
 * when it names none or several.  What a lookup of one entity needs, in
 * one call. */
MP_INTERNAL unsigned mp_key_entity(const char *key, size_t len);

/* The first mp_keys row of the key spelled as the n <= MIGPROC_KEY_MAX bytes
 * at key (a name, an alias or a code that is not code-shaped, as the data
 * writes it: lib/tables.h's spelling index), but for the case of its letters
 * (ASCII, and Latin-1 letters that fold alike: lib/fold.c, equal_but_case),
 * or MP_NO_ENTRY.  Most
 * lookups name things as written: mp_key_range() finds those without
 * folding, and folds only the keys this does not find. */
MP_INTERNAL unsigned mp_spelling_row(const char *key, size_t n);

/* The folding of mp_key_range(): writes the folded form of the len bytes at
 * key (not NULL) to out and its mp_key_hash() to *hash and returns its
 * length; -1 when the key can match nothing, 0 when it folds to nothing
 * (tests/fold-lines.c compares it with the generator's). */
MP_INTERNAL int mp_fold_key(const char *key, size_t len, char out[MP_FOLD_BUFFER], uint32_t *hash);

/* One step of FNV-1a over a word (or a byte): what both key indexes hash with. */
static inline uint32_t mp_fnv_step(uint32_t h, uint32_t word)
{
    return (h ^ word) * 0x01000193u;
}

/* The hash lib/gen-tables.py builds the key indexes with: FNV-1a's step over
 * 32-bit little-endian words, then over the last bytes one by one (a
 * quarter of the multiplications of byte-wise FNV-1a, on any target), from
 * the seed the generator chose for the index (mp_hash_seed for folded keys,
 * mp_spelling_seed for spellings). */
static inline uint32_t mp_key_hash(const char *key, size_t n, uint32_t seed)
{
    const unsigned char *s = (const unsigned char *)key;
    uint32_t h = seed;
    size_t i = 0;
#if MP_WORDWISE
    for (; i + 16 <= n; i += 16) { /* four words from two loads */
        uint64_t w[2];
        memcpy(w, s + i, sizeof w);
        h = mp_fnv_step(h, (uint32_t)w[0]);
        h = mp_fnv_step(h, (uint32_t)(w[0] >> 32));
        h = mp_fnv_step(h, (uint32_t)w[1]);
        h = mp_fnv_step(h, (uint32_t)(w[1] >> 32));
    }
    if (n - i >= 8) { /* what is left, 0 to 3 words, without a loop */
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        h = mp_fnv_step(h, (uint32_t)w);
        h = mp_fnv_step(h, (uint32_t)(w >> 32));
        i += 8;
    }
    if (n - i >= 4) {
        uint32_t w;
        memcpy(&w, s + i, sizeof w);
        h = mp_fnv_step(h, w);
        i += 4;
    }
#else
    for (; i + 4 <= n; i += 4)
        h = mp_fnv_step(h, (uint32_t)s[i] | (uint32_t)s[i + 1] << 8 | (uint32_t)s[i + 2] << 16 |
                               (uint32_t)s[i + 3] << 24);
#endif
    for (; i < n; i++)
        h = mp_fnv_step(h, s[i]);
    return h;
}

/* A second hash of a folded key, unrelated to mp_key_hash(): what a
 * fingerprint row of mp_keys holds instead of the key's bytes
 * (lib/gen-tables.py: check_hash).  Computed only when the lookup lands on
 * such a row. */
static inline uint32_t mp_check_hash(const char *key, size_t n)
{
    const unsigned char *s = (const unsigned char *)key;
    uint32_t h = 0x9E3779B9u ^ (uint32_t)n;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ s[i]) * 0x5BD1E995u;
        h ^= h >> 15;
    }
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    h *= 0x846CA68Bu;
    return h ^ (h >> 16);
}

#endif /* MIGPROC_FOLD_H */
