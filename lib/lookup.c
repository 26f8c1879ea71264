/*
 * lookup.c - finding entities by code, number, name or alias.
 *
 * The input is folded once into a bounded stack buffer and searched in the
 * table of pre-folded keys.  Equal keys of several entities stand next to
 * each other, so one search finds the whole range a key names.
 */
#include <string.h>

#include "fold.h"
#include "bitset.h"
#include "tables.h"

static int compare_key(const struct mp_key *k, const char *s, size_t n)
{
    size_t common = k->len < n ? k->len : n;
    int c = memcmp(mp_pool + k->text, s, common);
    if (c != 0)
        return c;
    return (k->len > n) - (k->len < n);
}

/* The range [*first, result) of keys equal to the folded key; empty when
 * the key cannot match. */
static unsigned key_range(const char *key, size_t len, unsigned *first)
{
    char folded[MIGPROC_KEY_MAX];
    int n = mp_fold_key(key, len, folded);
    unsigned lo = 0, hi = mp_key_count;

    *first = 0;
    if (n <= 0)
        return 0;
    while (lo < hi) { /* first key not below the folded one */
        unsigned mid = lo + (hi - lo) / 2;
        if (compare_key(&mp_keys[mid], folded, (size_t)n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    while (hi < mp_key_count && compare_key(&mp_keys[hi], folded, (size_t)n) == 0)
        hi++;
    return hi;
}

/* Length of a NUL-terminated key, reading at most MIGPROC_KEY_MAX + 1 bytes:
 * a longer key is reported as MIGPROC_KEY_MAX + 1, which matches nothing. */
static size_t bounded_length(const char *key)
{
    size_t n = 0;
    if (key == NULL)
        return 0;
    while (n <= MIGPROC_KEY_MAX && key[n] != '\0')
        n++;
    return n;
}

migproc_id migproc_findn(const char *key, size_t len)
{
    unsigned first;
    unsigned end = key_range(key, len, &first);
    return end - first == 1 ? mp_keys[first].id : MIGPROC_NONE;
}

migproc_id migproc_find(const char *key)
{
    return migproc_findn(key, bounded_length(key));
}

unsigned migproc_findn_all(const char *key, size_t len, migproc_set *out)
{
    unsigned first;
    unsigned end = key_range(key, len, &first);

    mp_bitset_clear(out);
    for (unsigned i = first; i < end; i++)
        mp_bitset_add(out, mp_keys[i].id);
    return end - first;
}

unsigned migproc_find_all(const char *key, migproc_set *out)
{
    return migproc_findn_all(key, bounded_length(key), out);
}

migproc_id migproc_find_numeric(unsigned numeric)
{
    unsigned lo = 0, hi = mp_numeric_count;
    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;
        if (mp_numerics[mid].numeric < numeric)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < mp_numeric_count && mp_numerics[lo].numeric == numeric)
        return mp_numerics[lo].id;
    return MIGPROC_NONE;
}
