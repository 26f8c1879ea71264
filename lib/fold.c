/*
 * fold.c - case, accent and punctuation folding of lookup keys, and the
 * search of a folded key in the perfect hash of the stored keys (one
 * function, so that a lookup makes one call).
 *
 * Table-driven and locale-free (never tolower/isalpha): the same input
 * folds the same way in every process, under every locale, on every target.
 */
#define _POSIX_C_SOURCE 200809L /* strnlen */
#include "fold.h"

#include <string.h>
#if MP_WORDWISE
#include <emmintrin.h>
#endif

#include "tables.h"

/* Length of the UTF-8 sequence starting with lead byte b and the bounds of
 * its second byte (which exclude overlong forms, surrogates and code points
 * past U+10FFFF); 0 for a byte that cannot start a sequence. */
static unsigned utf8_sequence(unsigned char b, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0)
            *lo = 0xA0;
        else if (b == 0xED)
            *hi = 0x9F;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0)
            *lo = 0x90;
        else if (b == 0xF4)
            *hi = 0x8F;
        return 4;
    }
    return 0;
}

_Static_assert(MP_FOLD_FIRST == 0x80 && MP_FOLD_LAST == 0x17F,
               "lib/fold.c: mp_fold_latin's rows are the characters led by 0xC2..0xC5");

/* Appends what the code point MP_FOLD_FIRST + k (k <= MP_FOLD_LAST -
 * MP_FOLD_FIRST) folds to: its table entry's two bytes are written whole,
 * and as many kept as are not NUL (no branch).  The character had two
 * bytes, so out has room for both. */
static size_t fold_latin(unsigned long k, char *out, size_t at)
{
    const char *to = mp_fold_latin[k];
    out[at] = to[0]; /* not memcpy: a Cortex-M0 build would call it */
    out[at + 1] = to[1];
    return at + (to[0] != '\0') + (to[1] != '\0');
}

/* Appends what code point cp >= 0x80 (of n UTF-8 bytes at src) folds to. */
static size_t fold_code_point(unsigned long cp, const unsigned char *src, unsigned n,
                              char *out, size_t at)
{
    if (cp <= MP_FOLD_LAST)
        return fold_latin(cp - MP_FOLD_FIRST, out, at);
    if (cp >= 0x2000 && cp <= 0x206F)
        return at; /* general punctuation */
    for (unsigned i = 0; i < n; i++)
        out[at++] = (char)src[i];
    return at;
}

/* "8" and "0008" are the number 8, stored as "008".  n > 0. */
static size_t normalize_number(char *out, size_t n)
{
    size_t significant = 0; /* digits from the first that is not 0 */
    for (size_t i = 0; i < n; i++) {
        if (out[i] < '0' || out[i] > '9')
            return n;
        if (significant > 0 || out[i] != '0')
            significant++;
    }
    if (significant > 3) {
        /* No such code, but still a number: without its leading zeros, as
         * lib/gen-tables.py stores it ("01234" is "1234"). */
        size_t skip = n - significant;
        for (size_t i = 0; i < significant; i++)
            out[i] = out[i + skip];
        return significant;
    }
    /* The last three digits, zero-padded (read before any is written). */
    char units = out[n - 1], tens = '0', hundreds = '0';
    if (significant >= 2)
        tens = out[n - 2];
    if (significant >= 3)
        hundreds = out[n - 3];
    out[0] = hundreds;
    out[1] = tens;
    out[2] = units;
    return 3;
}

/* Folds the character at s[i] (i < n) onto out at *at; returns the index
 * after it, or 0 when the key can match nothing (a NUL byte, invalid UTF-8). */
static size_t fold_char(const unsigned char *s, size_t n, size_t i, char *out, size_t *at)
{
    unsigned char b = s[i];
    if (b < 0x80) {
        unsigned char c = mp_fold_ascii[b];
        if (c == MP_FOLD_NUL)
            return 0;
        if (c != 0) /* 0: space or punctuation, dropped */
            out[(*at)++] = (char)c;
        return i + 1;
    }
    unsigned char lo, hi;
    unsigned len = utf8_sequence(b, &lo, &hi);
    /* The end of the key cuts a sequence short: invalid. */
    if (len == 0 || len > n - i || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    unsigned long cp = b & (0x7Fu >> len);
    for (unsigned k = 1; k < len; k++) {
        if (k > 1 && (s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    /* A fold never outgrows its input: *at <= i, so out cannot overflow. */
    *at = fold_code_point(cp, s + i, len, out, *at);
    return i + len;
}

#if MP_WORDWISE
/* copy[0 .. n - 1] = p[0 .. n - 1], n < 16, the rest zero: two overlapping
 * loads of 8, 4 or 2 bytes, or one byte, reading no byte past p + n - 1. */
static void load_short(unsigned char copy[16], const unsigned char *p, size_t n)
{
    uint64_t lo = 0, hi = 0;
    if (n > 8) {
        memcpy(&lo, p, 8);
        memcpy(&hi, p + n - 8, 8);
        hi >>= 8 * (16 - n); /* n - 8 bytes left: shifted by 8 to 56 bits */
    } else if (n == 8) {
        memcpy(&lo, p, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        lo = a | (uint64_t)b << (8 * (n - 4));
    } else if (n >= 2) {
        uint16_t a, b;
        memcpy(&a, p, 2);
        memcpy(&b, p + n - 2, 2);
        lo = a | (uint64_t)b << (8 * (n - 2));
    } else {
        lo = p[0];
    }
    memcpy(copy, &lo, 8);
    memcpy(copy + 8, &hi, 8);
}

/* Folds the n bytes at s onto out sixteen at a time (SSE2, which every
 * x86-64 has).  A block's bytes are sorted with a few vector compares into
 * kept (ASCII letters, lowered, and digits), dropped (other ASCII but NUL)
 * and special (NUL, non-ASCII); the runs of kept bytes between dropped ones
 * are copied out sixteen bytes at a time; a special byte goes through
 * fold_char() and the next block starts after it.  The last block of a key
 * of 16 bytes or more is its last 16 bytes, those already folded skipped; a
 * shorter key is copied into a zeroed block first.  Writes up to 15 bytes
 * past the folded key (out has room). */
static int fold_blocks(const unsigned char *s, size_t n, char *out)
{
    const __m128i case_bit = _mm_set1_epi8(0x20), before_a = _mm_set1_epi8(0x60),
                  after_z = _mm_set1_epi8(0x7B), before_0 = _mm_set1_epi8(0x2F),
                  after_9 = _mm_set1_epi8(0x3A), zero = _mm_setzero_si128();
    unsigned char lowered[32]; /* a block lowered, and room to read 16 from any p < 16 */
    size_t i = 0, at = 0;

    memset(lowered + 16, 0, 16);
    while (i < n) {
        const unsigned char *block = s + i;
        size_t base = i; /* where block[0] is in the key */
        unsigned p = 0, limit = 16; /* the block's bytes p .. limit - 1 are to fold */
        unsigned char copy[16];
        if (n - i < 16 && n >= 16) {
            base = n - 16;
            block = s + base;
            p = (unsigned)(i - base);
        } else if (n - i < 16) {
            load_short(copy, s + i, n - i);
            block = copy;
            limit = (unsigned)(n - i);
        }
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)block);
        __m128i lower = _mm_or_si128(v, case_bit); /* signed: non-ASCII is negative */
        unsigned letters = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(lower, before_a), _mm_cmpgt_epi8(after_z, lower)));
        unsigned digits = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmpgt_epi8(after_9, v)));
        unsigned ascii = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(v, zero)); /* not NUL */
        unsigned kept = letters | digits; /* a digit's 0x20 bit is already set */
        _mm_storeu_si128((__m128i *)(void *)lowered, lower);
        /* Runs of kept bytes end at any other byte in p .. limit - 1, or at
         * the limit. */
        unsigned stops = (~kept & ((1u << limit) - 1u) & (~0u << p)) | 1u << limit;
        for (;;) {
            unsigned q = (unsigned)__builtin_ctz(stops);
            _mm_storeu_si128((__m128i *)(void *)(out + at),
                             _mm_loadu_si128((const __m128i *)(const void *)(lowered + p)));
            at += q - p;
            stops &= stops - 1u;
            if (q == limit) {
                i = base + limit;
                break;
            }
            if ((ascii >> q) & 1u) { /* space or punctuation: dropped */
                p = q + 1;
                continue;
            }
            unsigned char b = block[q];
            if (b >= 0xC2 && b <= 0xC5 && q + 1 < limit && (block[q + 1] & 0xC0) == 0x80) {
                /* U+0080..U+017F in two bytes, both in this block: the
                 * table's row, from the lead byte's last two bits and the
                 * second byte's six. */
                at = fold_latin((b - 0xC2u) << 6 | (block[q + 1] & 0x3Fu), out, at);
                p = q + 2;
                stops &= stops - 1u; /* the second byte was a stop too */
                continue;
            }
            /* Anything else (a NUL, a longer sequence, or one the block cuts):
             * one character the general way, then a new block after it. */
            if ((i = fold_char(s, n, base + q, out, &at)) == 0)
                return -1;
            break;
        }
    }
    return (int)at;
}
#endif

#if !MP_WORDWISE
/* Folds the n bytes at s onto out one character at a time. */
static int fold_bytes(const unsigned char *s, size_t n, char *out)
{
    size_t i = 0, at = 0;
    while (i < n)
        if ((i = fold_char(s, n, i, out, &at)) == 0)
            return -1;
    return (int)at;
}
#endif

/* The length of the NUL-terminated key, reading at most limit + 1 bytes;
 * limit + 1 when it is longer than limit. */
static size_t bounded_length(const char *key, size_t limit)
{
#if MP_WORDWISE
    return strnlen(key, limit + 1);
#else
    size_t n = 0;
    while (n <= limit && key[n] != '\0')
        n++;
    return n;
#endif
}

/* mp_fold_key() without the hash, which folds_to() does not need. */
static int fold_key(const char *key, size_t len, char out[MP_FOLD_BUFFER])
{
    if (len > MIGPROC_KEY_MAX)
        return -1;
#if MP_WORDWISE
    int n = fold_blocks((const unsigned char *)key, len, out);
#else
    int n = fold_bytes((const unsigned char *)key, len, out);
#endif
    if (n > 0 && (unsigned char)out[0] <= '9') /* perhaps a number */
        n = (int)normalize_number(out, (size_t)n);
    return n;
}

int mp_fold_key(const char *key, size_t len, char out[MP_FOLD_BUFFER], uint32_t *hash)
{
    int n = fold_key(key, len, out);
    if (n >= 0) /* 0: what the generator computes for an empty key too */
        *hash = mp_key_hash(out, (size_t)n, mp_hash_seed);
    return n;
}

static uint32_t mix(uint32_t h)
{
    h ^= h >> 16;
    return h * 0x85EBCA6Bu;
}

/* Maps a 16-bit value onto 0..n-1 without a division (a Cortex-M0 has none). */
static unsigned reduce16(uint32_t v16, unsigned n)
{
    return (unsigned)((v16 * n) >> 16);
}

/* The slot of hash h in a hash-and-displace index (lib/gen-tables.py:
 * slot_of): one finaliser, whose low half picks the bucket, whose
 * displacement picks the odd multiplier that spreads the high half over the
 * slots. */
static unsigned slot_of(uint32_t h, const uint16_t *displacement, unsigned buckets,
                        unsigned slots)
{
    uint32_t m = mix(h);
    uint32_t spread = m * (2u * displacement[reduce16(m & 0xFFFFu, buckets)] + 1u);
    return reduce16(spread >> 16, slots);
}

/* A little-endian 32-bit word of a key, every byte's 0x20 bit set: what
 * the spelling index hashes, so that a letter hashes alike in either case
 * (ASCII, and a Latin-1 letter's second byte; other bytes that differ only
 * in that bit hash alike too: the comparison tells them apart). */
static uint32_t caseless_word(const unsigned char *s)
{
    return ((uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 |
            (uint32_t)s[3] << 24) | 0x20202020u;
}

/* The spelling index's hash of n bytes (lib/gen-tables.py: spelling_hash):
 * the length, then FNV-1a's step over caseless words, of the first eight
 * bytes, the next eight when there are sixteen, and the last eight (which
 * may overlap them); a key of four to seven bytes its first and last four,
 * a shorter one byte by byte.  At most seven steps (the length and six
 * words), whatever the key's length: the comparison reads the rest. */
static uint32_t spelling_hash(const unsigned char *s, size_t n, uint32_t seed)
{
    uint32_t h = mp_fnv_step(seed, (uint32_t)n);
    if (n < 8) {
        if (n >= 4)
            return mp_fnv_step(mp_fnv_step(h, caseless_word(s)), caseless_word(s + n - 4));
        for (size_t i = 0; i < n; i++)
            h = mp_fnv_step(h, s[i] | 0x20u);
        return h;
    }
    h = mp_fnv_step(mp_fnv_step(h, caseless_word(s)), caseless_word(s + 4));
    if (n >= 16)
        h = mp_fnv_step(mp_fnv_step(h, caseless_word(s + 8)), caseless_word(s + 12));
    return mp_fnv_step(mp_fnv_step(h, caseless_word(s + n - 8)), caseless_word(s + n - 4));
}

/* Whether the Latin-1 character whose UTF-8 is 0xC3 c (U+00C0..U+00FF)
 * folds as the one 0x20 away, c ^ 0x20: a letter and its other case ("Á"
 * and "á"), and "×" and "÷" (both dropped) do; "ß" and "ÿ" do not. */
static bool latin1_case_pair(unsigned char c)
{
    return mp_latin1_case_pairs >> (c & 31u) & 1u; /* c's pair is c ^ 0x20: one bit */
}

#if MP_WORDWISE
/* Whether the bytes in mask rest, of the sixteen at p and q (a block that
 * starts at byte i of its key), are each the second byte of a Latin-1
 * character (after 0xC3) the case bit away from the key's, which folds
 * alike. */
static bool latin1_case_bytes(const unsigned char *p, const unsigned char *q, size_t i,
                              unsigned rest)
{
    if (i == 0 && (rest & 1u) != 0)
        return false; /* the key's first byte: no byte before it */
    for (; rest != 0; rest &= rest - 1u) {
        unsigned j = (unsigned)__builtin_ctz(rest);
        /* p[j - 1] is the byte before the block when j is 0 (and i is not). */
        if ((p[j] ^ q[j]) != 0x20u || p[(ptrdiff_t)j - 1] != 0xC3u || !latin1_case_pair(p[j]))
            return false;
    }
    return true;
}

/* The constants of block_differences(), made once for a loop of blocks.
 * Opaque to the compiler (an empty asm), which would otherwise turn "above
 * -103" into "not below -102" at the cost of two instructions a block. */
struct case_constants {
    __m128i case_bit, to_letters, below_letters, all_but_case;
};

static inline struct case_constants case_constants(void)
{
    struct case_constants c = {_mm_set1_epi8(0x20), _mm_set1_epi8(0x1F), _mm_set1_epi8(-103),
                               _mm_set1_epi8((char)0xDF)};
    __asm__("" : "+x"(c.below_letters));
    return c;
}

/* Bit j set when byte j of the sixteen at p and q differs otherwise than an
 * ASCII letter's case. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline unsigned block_differences(const unsigned char *p, const unsigned char *q,
                                         const struct case_constants *c)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i differ = _mm_xor_si128(_mm_loadu_si128((const __m128i *)(const void *)q), x);
    /* Not an ASCII letter: lower-cased and moved by 0x1F, above -103 as a
     * signed byte ('a'..'z' are -128..-103).  There no bit may differ; at
     * a letter, only the case bit. */
    __m128i not_letter =
        _mm_cmpgt_epi8(_mm_add_epi8(_mm_or_si128(x, c->case_bit), c->to_letters), c->below_letters);
    __m128i other = _mm_and_si128(_mm_or_si128(not_letter, c->all_but_case), differ);
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(other, _mm_setzero_si128())) ^ 0xFFFFu;
}

/* equal_but_case() of n >= 16 bytes from the block at i on, whose bytes
 * rest differ otherwise than an ASCII letter's case: those of each block
 * are looked at again, one by one.  Apart, so that the loop of most keys
 * saves no register for a call. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool equal_but_case_from(const unsigned char *a, const unsigned char *b, size_t n,
                                size_t i, unsigned rest)
{
    const struct case_constants c = case_constants();
    size_t last = n - 16;
    if (i < last) {
        for (;;) {
            if (rest != 0 && !latin1_case_bytes(a + i, b + i, i, rest))
                return false;
            if ((i += 16) >= last)
                break;
            rest = block_differences(a + i, b + i, &c);
        }
        /* The last sixteen bytes, but those before i (already looked at). */
        rest = block_differences(a + last, b + last, &c) & (0xFFFFu << (i - last));
    }
    return rest == 0 || latin1_case_bytes(a + last, b + last, last, rest);
}

/* equal_but_case() of n < 16 bytes, copied into zeroed blocks.  Apart, so
 * that the loop of longer keys needs no stack frame. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool short_equal_but_case(const unsigned char *a, const unsigned char *b, size_t n)
{
    const struct case_constants c = case_constants();
    unsigned char x[16], y[16];
    if (n == 0)
        return true;
    load_short(x, a, n);
    load_short(y, b, n);
    return latin1_case_bytes(x, y, 0, block_differences(x, y, &c));
}
#endif

#if !MP_WORDWISE
/* Whether byte i (0x20 apart in the two keys) is one of a character of the
 * other case: an ASCII letter, or the second byte of a Latin-1 character
 * that folds alike (a[i - 1] is then 0xC3, a lead byte wherever it stands
 * in valid UTF-8, which a spelling is). */
static bool case_pair(const unsigned char *a, size_t i)
{
    if ((unsigned)((a[i] | 0x20u) - 'a') < 26u)
        return true;
    return i > 0 && a[i - 1] == 0xC3u && latin1_case_pair(a[i]);
}
#endif

/* Whether the n bytes of the spelling a and of the key b are equal but for
 * case: bytes equal, or the case bit (0x20) apart at an ASCII letter or at
 * the second byte of a Latin-1 character that folds as the one 0x20 away
 * (latin1_case_pair()), so that a key this accepts folds exactly as the
 * spelling does.  Sixteen bytes a step where there is SSE2, the last block
 * overlapping the one before it. */
static bool equal_but_case(const unsigned char *a, const unsigned char *b, size_t n)
{
#if MP_WORDWISE
    if (n < 16)
        return short_equal_but_case(a, b, n);
    /* First ASCII letters only, sixteen bytes a step; a block that has
     * other bytes that differ (a Latin-1 letter in another case, or not
     * equal) is looked at again, with the rest. */
    const struct case_constants c = case_constants();
    size_t last = n - 16;
    for (size_t i = 0; i < last; i += 16) {
        unsigned rest = block_differences(a + i, b + i, &c);
        if (rest != 0)
            return equal_but_case_from(a, b, n, i, rest);
    }
    unsigned rest = block_differences(a + last, b + last, &c);
    return rest == 0 || equal_but_case_from(a, b, n, last, rest);
#else
    for (size_t i = 0; i < n; i++) {
        unsigned differ = a[i] ^ b[i];
        if (differ != 0 && (differ != 0x20u || !case_pair(a, i)))
            return false;
    }
    return true;
#endif
}

/* mp_spelling_row() of n <= MIGPROC_KEY_MAX bytes, inlined into
 * mp_key_range(). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline unsigned spelling_row(const char *key, size_t n)
{
    const unsigned char *k = (const unsigned char *)key;
    unsigned slot = slot_of(spelling_hash(k, n, mp_spelling_seed), mp_spelling_displacement,
                            mp_spelling_bucket_count, mp_spelling_slot_count);
    uint32_t text = mp_spelling_text[slot]; /* empty: length 0, row MP_NO_ENTRY */
    if (text >> MP_SPELLING_LEN_SHIFT != n)
        return MP_NO_ENTRY;
    const unsigned char *spelling =
        (const unsigned char *)mp_pool + (text & ((1u << MP_SPELLING_LEN_SHIFT) - 1u));
    /* As written (most keys), else in another case ("mexico", "MEXICO"); a
     * first byte that differs skips the exact comparison. */
    bool as_written = n == 0 || (spelling[0] == k[0] && memcmp(spelling, k, n) == 0);
    if (!as_written && !equal_but_case(spelling, k, n))
        return MP_NO_ENTRY;
    return mp_spelling_rows[slot];
}

unsigned mp_spelling_row(const char *key, size_t n)
{
    return n <= MIGPROC_KEY_MAX ? spelling_row(key, n) : MP_NO_ENTRY;
}

/* Whether the folded key of n bytes has the check hash a fingerprint row
 * (lib/tables.h) holds.  Out of folded_row() so that the ordinary path
 * stays as short as it is. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static bool fingerprint_matches(uint32_t check, const char *folded, unsigned n)
{
    return check == mp_check_hash(folded, n);
}

/* Whether the len bytes of the pool at s (a key row's string: lib/tables.h)
 * fold to the n bytes at folded.  Apart, so that its buffer is not in the
 * frame of every lookup. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool folds_to(const char *s, size_t len, const char *folded, unsigned n)
{
    char again[MP_FOLD_BUFFER];
    return fold_key(s, len, again) == (int)n && memcmp(again, folded, n) == 0;
}

/* The first mp_keys row of what the len bytes at key fold to, or
 * MP_NO_ENTRY. */
static unsigned folded_row(const char *key, size_t len)
{
    char folded[MP_FOLD_BUFFER];
    int n = fold_key(key, len, folded);
    if (n <= 0)
        return MP_NO_ENTRY;
    uint32_t h = mp_key_hash(folded, (size_t)n, mp_hash_seed);
    unsigned row = mp_hash_slots[slot_of(h, mp_hash_displacement, mp_hash_bucket_count,
                                         mp_hash_slot_count)];
    if (row == MP_NO_ENTRY)
        return MP_NO_ENTRY;
    uint32_t text = mp_keys[row].text;
    unsigned lengths = mp_keys[row].len;
    if ((lengths & (MP_KEY_FINGERPRINT | ((1u << MP_KEY_EXTRA_SHIFT) - 1u))) != (unsigned)n) {
        if (lengths != (MP_KEY_FINGERPRINT | (unsigned)n) ||
            !fingerprint_matches(text, folded, (unsigned)n))
            return MP_NO_ENTRY;
        return row;
    }
    if ((text ^ h) >> MP_KEY_OFFSET_BITS != 0) /* the check bits: another key */
        return MP_NO_ENTRY;
    const char *at = mp_pool + (text & ((1u << MP_KEY_OFFSET_BITS) - 1u));
    return folds_to(at, (unsigned)n + (lengths >> MP_KEY_EXTRA_SHIFT), folded, (unsigned)n)
               ? row
               : MP_NO_ENTRY;
}

/* The first mp_keys row of the key, as mp_key_range(), or MP_NO_ENTRY. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline unsigned first_row(const char *key, size_t len)
{
    if (len == MP_NUL_TERMINATED)
        len = bounded_length(key, MIGPROC_KEY_MAX);
    if (len > MIGPROC_KEY_MAX)
        return MP_NO_ENTRY;
    unsigned row = spelling_row(key, len);
    return row != MP_NO_ENTRY ? row : folded_row(key, len);
}

/* Rows of one key share their text (check bits and pool offset, or check
 * hash); the generator keeps the next key's row from sharing it, and the
 * last row ends the last range. */
static bool shares_text_with_next(unsigned row)
{
    return mp_keys[row + 1].text == mp_keys[row].text;
}

unsigned mp_key_range(const char *key, size_t len, unsigned *first)
{
    unsigned row = first_row(key, len);
    if (row == MP_NO_ENTRY) {
        *first = 0;
        return 0;
    }
    unsigned end = row;
    while (shares_text_with_next(end))
        end++;
    *first = row;
    return end + 1;
}

unsigned mp_key_entity(const char *key, size_t len)
{
    unsigned row = first_row(key, len);
    return row == MP_NO_ENTRY || shares_text_with_next(row) ? MIGPROC_NONE : mp_keys[row].id;
}
