/*
 * fold.h - the library's own key folding (internal).
 */
#ifndef MIGPROC_FOLD_H
#define MIGPROC_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "migproc.h"

/* Folds the len bytes at key into out: ASCII letters to lower case, accented
 * Latin letters (U+00C0..U+017F) to their base letters, spaces, punctuation
 * and symbols dropped, other characters kept as they are; an all-digit result
 * is a number without leading zeros, written with at least three digits
 * ("8" -> "008", "01234" -> "1234").  This is
 * the folding lib/gen-tables.py applies to every stored key.
 * Returns the folded length, or -1 when the key can match nothing: invalid
 * UTF-8, a NUL byte, or more than MIGPROC_KEY_MAX bytes.  *hash gets
 * mp_key_hash() of the folded bytes.
 * len MP_NUL_TERMINATED: the key ends at its first NUL (read no further
 * than MIGPROC_KEY_MAX + 1 bytes). */
#define MP_NUL_TERMINATED ((size_t)-1)
int mp_fold_key(const char *key, size_t len, char out[MIGPROC_KEY_MAX], uint32_t *hash);

/* The hash lib/gen-tables.py builds the key index with: FNV-1a's step over
 * 32-bit little-endian words, then over the last bytes one by one (a
 * quarter of the multiplications of byte-wise FNV-1a, on any target). */
static inline uint32_t mp_key_hash(const char *key, size_t n)
{
    const unsigned char *s = (const unsigned char *)key;
    uint32_t h = 0x811C9DC5u;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        h = (h ^ ((uint32_t)s[i] | (uint32_t)s[i + 1] << 8 | (uint32_t)s[i + 2] << 16 |
                  (uint32_t)s[i + 3] << 24)) * 0x01000193u;
    for (; i < n; i++)
        h = (h ^ s[i]) * 0x01000193u;
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
