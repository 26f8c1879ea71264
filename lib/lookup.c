/*
 * lookup.c - finding entities by code, number, name or alias.
 *
 * Keys shaped like codes (two or three ASCII letters, one to three digits)
 * are answered from direct indexes without folding.  Any other key is first
 * looked up as it is spelled, in a perfect hash of the names and aliases as
 * the data writes them (a hash of at most 24 of its bytes, one comparison,
 * in any case of its letters); failing
 * that it is folded once into a bounded stack buffer and looked up in a
 * perfect hash of the folded keys: 12 bits of its hash in the row found,
 * then the string the row points at, folded again, compared with it (the
 * pool does not hold the folded keys: lib/tables.h).  Equal keys of several
 * entities stand next to each other in mp_keys, so the one row found gives
 * the whole range a key names.  A fingerprint row (a key of 1.0 kept without
 * its text, lib/tables.h) is compared by its check hash instead.
 */
#include "bitset.h"
#include "fold.h"
#include "tables.h"

/* code_lookup()'s answer for a key that is not shaped like a code. */
#define MP_NOT_A_CODE 0xFFFFFFFFu

static unsigned letter(unsigned char c)
{
    return (c | 0x20u) - 'a'; /* below 26 for ASCII letters only */
}

static unsigned digit(unsigned char c)
{
    return c - (unsigned)'0'; /* below 10 for ASCII digits only */
}

/* The entry of the three-letter key whose letters are ab (a * 26 + b) and c:
 * one slot to read, no search.  Every displacement leaves room for c < 26. */
static unsigned alpha3_lookup(unsigned ab, unsigned c)
{
    const struct mp_alpha3 *slot = &mp_alpha3_slots[mp_alpha3_displacement[ab] + c];
    return slot->ab == ab ? slot->entry : MP_NO_ENTRY;
}

/* The index entry of a key of len bytes shaped like a code (two or three
 * ASCII letters, one to three digits), or MP_NOT_A_CODE. */
static unsigned code_lookup(const unsigned char *key, size_t len)
{
    if (len == 2 || len == 3) {
        unsigned a = letter(key[0]), b = letter(key[1]);
        if (a < 26 && b < 26) {
            if (len == 2)
                return mp_alpha2[a * 26 + b];
            unsigned c = letter(key[2]);
            if (c < 26)
                return alpha3_lookup(a * 26 + b, c);
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
static unsigned code_lookup_cstr(const unsigned char *key)
{
    unsigned a = letter(key[0]);
    if (a < 26) {
        unsigned b = letter(key[1]);
        if (b < 26) {
            if (key[2] == '\0')
                return mp_alpha2[a * 26 + b];
            unsigned c = letter(key[2]);
            if (key[3] == '\0' && c < 26) /* a name's fourth byte first */
                return alpha3_lookup(a * 26 + b, c);
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

/* The one entity a key (of len bytes, or MP_NUL_TERMINATED) names. */
static migproc_id find_folded(const char *key, size_t len)
{
    return (migproc_id)mp_key_entity(key, len);
}

/* A caller's length as fold.c takes it: SIZE_MAX is a length over
 * MIGPROC_KEY_MAX like any other, not fold.c's MP_NUL_TERMINATED. */
static size_t given_length(size_t len)
{
    return len == MP_NUL_TERMINATED ? MIGPROC_KEY_MAX + 1 : len;
}

migproc_id migproc_findn(const char *key, size_t len)
{
    if (key == NULL)
        return MIGPROC_NONE;
    /* A code is one to three bytes; mp_key_entity() turns away a key over
     * MIGPROC_KEY_MAX bytes. */
    unsigned entry = code_lookup((const unsigned char *)key, len);
    return entry != MP_NOT_A_CODE ? (migproc_id)entry : find_folded(key, given_length(len));
}

migproc_id migproc_find(const char *key)
{
    if (key == NULL)
        return MIGPROC_NONE;
    unsigned entry = code_lookup_cstr((const unsigned char *)key);
    return entry != MP_NOT_A_CODE ? (migproc_id)entry : find_folded(key, MP_NUL_TERMINATED);
}

/* Sets out to the entities of the key's range and returns how many. */
static unsigned find_all_folded(const char *key, size_t len, migproc_set *out)
{
    unsigned first = 0;
    unsigned end = key != NULL ? mp_key_range(key, len, &first) : 0;

    mp_bitset_clear(out);
    for (unsigned i = first; i < end; i++)
        mp_bitset_add(out, mp_keys[i].id);
    return end - first;
}

unsigned migproc_findn_all(const char *key, size_t len, migproc_set *out)
{
    return find_all_folded(key, given_length(len), out);
}

unsigned migproc_find_all(const char *key, migproc_set *out)
{
    return find_all_folded(key, MP_NUL_TERMINATED, out);
}

migproc_id migproc_find_numeric(unsigned numeric)
{
    return numeric < 1000 ? mp_numeric_index[numeric] : MIGPROC_NONE;
}

migproc_id migproc_lookup(const char *key, unsigned *count)
{
    migproc_id id = migproc_find(key);
    if (count != NULL)
        /* Found: one.  Otherwise the key names none or several. */
        *count = id != MIGPROC_NONE ? 1 : migproc_find_all(key, NULL);
    return id;
}
