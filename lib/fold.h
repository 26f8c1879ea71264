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
 * is a number written with at least three digits ("8" -> "008").  This is
 * the folding lib/gen-tables.py applies to every stored key.
 * Returns the folded length, or -1 when the key can match nothing: invalid
 * UTF-8, a NUL byte, or more than MIGPROC_KEY_MAX bytes.  *hash gets the
 * 32-bit FNV-1a hash of the folded bytes (computed in the same pass).
 * len MP_NUL_TERMINATED: the key ends at its first NUL (read no further
 * than MIGPROC_KEY_MAX + 1 bytes). */
#define MP_NUL_TERMINATED ((size_t)-1)
int mp_fold_key(const char *key, size_t len, char out[MIGPROC_KEY_MAX], uint32_t *hash);

/* FNV-1a, 32 bits: the hash lib/gen-tables.py builds the key index with. */
#define MP_FNV_OFFSET 0x811C9DC5u
#define MP_FNV_PRIME 0x01000193u

#endif /* MIGPROC_FOLD_H */
