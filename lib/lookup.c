/*
 * lookup.c - finding entities by code, number, name or alias.
 *
 * Keys shaped like codes (two or three ASCII letters, one to three digits)
 * are answered from direct indexes without folding.  Any other key is folded
 * once into a bounded stack buffer, hashing as it goes, and looked up in a
 * perfect hash of the pre-folded keys: one comparison.  Equal keys of several
 * entities stand next to each other in mp_keys, so the one row found gives
 * the whole range a key names.  A fingerprint row (a key of 1.0 kept without
 * its text, lib/tables.h) is compared by its check hash instead.
 */
#include <string.h>

#include "bitset.h"
#include "fold.h"
#include "tables.h"

/* code_lookup()'s answer for a key that is not shaped like a code. */
#define MP_NOT_A_CODE 0xFFFDu

static unsigned letter(char c)
{
    return ((unsigned char)c | 0x20u) - 'a'; /* below 26 for ASCII letters only */
}

static unsigned digit(char c)
{
    return (unsigned char)c - (unsigned)'0'; /* below 10 for ASCII digits only */
}

static unsigned alpha3_lookup(unsigned packed)
{
    unsigned lo = 0, hi = mp_alpha3_count;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (mp_alpha3_packed[mid] < packed)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < mp_alpha3_count && mp_alpha3_packed[lo] == packed ? mp_alpha3_id[lo]
                                                                   : MP_NO_ENTRY;
}

/* The index entry of a key of len bytes shaped like a code (two or three
 * ASCII letters, one to three digits), or MP_NOT_A_CODE. */
static unsigned code_lookup(const char *key, size_t len)
{
    if (len == 2 || len == 3) {
        unsigned a = letter(key[0]), b = letter(key[1]);
        if (a < 26 && b < 26) {
            if (len == 2)
                return mp_alpha2[a * 26 + b];
            unsigned c = letter(key[2]);
            if (c < 26)
                return alpha3_lookup(a * 676 + b * 26 + c);
        }
    }
    if (len >= 1 && len <= 3) {
        unsigned value = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned d = digit(key[i]);
            if (d > 9)
                return MP_NOT_A_CODE;
            value = value * 10 + d;
        }
        return mp_numeric_index[value];
    }
    return MP_NOT_A_CODE;
}

/* The same for a NUL-terminated key, reading no byte past its end. */
static unsigned code_lookup_cstr(const char *key)
{
    unsigned a = letter(key[0]);
    if (a < 26) {
        unsigned b = letter(key[1]);
        if (b < 26) {
            if (key[2] == '\0')
                return mp_alpha2[a * 26 + b];
            unsigned c = letter(key[2]);
            if (c < 26 && key[3] == '\0')
                return alpha3_lookup(a * 676 + b * 26 + c);
        }
        return MP_NOT_A_CODE;
    }
    unsigned value = digit(key[0]), n = 1;
    if (value > 9)
        return MP_NOT_A_CODE;
    while (n < 3 && digit(key[n]) < 10)
        value = value * 10 + digit(key[n++]);
    return key[n] == '\0' ? mp_numeric_index[value] : MP_NOT_A_CODE;
}

static uint32_t mix(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    return h ^ (h >> 16);
}

/* Maps a 16-bit value onto 0..n-1 without a division (a Cortex-M0 has none). */
static unsigned reduce16(uint32_t v16, unsigned n)
{
    return (unsigned)((v16 * n) >> 16);
}

/* Whether the folded key of n bytes has the check hash a fingerprint row
 * (lib/tables.h) holds.  Kept out of key_range() so that the ordinary path
 * stays as short as it was. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static int check_matches(uint32_t check, const char *folded, unsigned n)
{
    return check == mp_check_hash(folded, n);
}

/* The range [*first, result) of mp_keys rows equal to the folded key; empty
 * when the key matches nothing. */
static unsigned key_range(const char *key, size_t len, unsigned *first)
{
    char folded[MIGPROC_KEY_MAX];
    uint32_t h;
    int n = mp_fold_key(key, len, folded, &h);

    *first = 0;
    if (n <= 0)
        return 0;
    unsigned bucket = reduce16(mix(h) & 0xFFFFu, mp_hash_bucket_count);
    unsigned slot = reduce16(mix(h + mp_hash_displacement[bucket]) >> 16, mp_hash_slot_count);
    unsigned row = mp_hash_slots[slot];
    if (row == MP_NO_ENTRY)
        return 0;
    if (mp_keys[row].len != (unsigned)n) {
        if (mp_keys[row].len != (MP_KEY_FINGERPRINT | (unsigned)n) ||
            !check_matches(mp_keys[row].text, folded, (unsigned)n))
            return 0;
    } else if (memcmp(mp_pool + mp_keys[row].text, folded, (size_t)n) != 0) {
        return 0;
    }
    /* Rows of one key share their text (pool offset or check hash); the
     * generator keeps the next key's row from sharing it. */
    unsigned end = row + 1;
    while (end < mp_key_count && mp_keys[end].text == mp_keys[row].text)
        end++;
    *first = row;
    return end;
}

static migproc_id entry_id(unsigned entry)
{
    return entry < MP_AMBIGUOUS ? (migproc_id)entry : MIGPROC_NONE;
}

/* The one entity a key (of len bytes, or MP_NUL_TERMINATED) names. */
static migproc_id find_folded(const char *key, size_t len)
{
    unsigned first;
    unsigned end = key_range(key, len, &first);
    return end - first == 1 ? mp_keys[first].id : MIGPROC_NONE;
}

migproc_id migproc_findn(const char *key, size_t len)
{
    if (key == NULL || len > MIGPROC_KEY_MAX)
        return MIGPROC_NONE;
    unsigned entry = code_lookup(key, len);
    return entry != MP_NOT_A_CODE ? entry_id(entry) : find_folded(key, len);
}

migproc_id migproc_find(const char *key)
{
    if (key == NULL)
        return MIGPROC_NONE;
    unsigned entry = code_lookup_cstr(key);
    return entry != MP_NOT_A_CODE ? entry_id(entry) : find_folded(key, MP_NUL_TERMINATED);
}

/* Sets out to the entities of the key's range and returns how many. */
static unsigned find_all_folded(const char *key, size_t len, migproc_set *out)
{
    unsigned first;
    unsigned end = key_range(key, len, &first);

    mp_bitset_clear(out);
    for (unsigned i = first; i < end; i++)
        mp_bitset_add(out, mp_keys[i].id);
    return end - first;
}

unsigned migproc_findn_all(const char *key, size_t len, migproc_set *out)
{
    /* SIZE_MAX is this file's "NUL-terminated": as a length it is too long. */
    return find_all_folded(key, len == MP_NUL_TERMINATED ? MIGPROC_KEY_MAX + 1 : len, out);
}

unsigned migproc_find_all(const char *key, migproc_set *out)
{
    return find_all_folded(key, MP_NUL_TERMINATED, out);
}

migproc_id migproc_find_numeric(unsigned numeric)
{
    return numeric < 1000 ? entry_id(mp_numeric_index[numeric]) : MIGPROC_NONE;
}

migproc_id migproc_lookup(const char *key, unsigned *count)
{
    migproc_id id = migproc_find(key);
    if (count != NULL)
        /* Found: one.  Otherwise the key names none or several. */
        *count = id != MIGPROC_NONE ? 1 : migproc_find_all(key, NULL);
    return id;
}
