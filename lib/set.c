/*
 * set.c - fixed-size bitsets of entity IDs.
 *
 * 32-bit words so that no operation needs a 64-bit shift or a compiler
 * helper on small 32-bit targets; bit counting is done here, not by
 * builtins that may call libgcc.
 */
#include "bitset.h"
#include "fold.h" /* MP_WORDWISE */
#include "tables.h"
#if MP_WORDWISE
#include <emmintrin.h>
#endif

#define WORDS (MIGPROC_SET_CAPACITY / 32)
/* nonzero_words() answers one bit a word. */
_Static_assert(WORDS == 32, "lib/set.c: a set's words no longer fit a uint32_t mask");

static const migproc_set empty_set; /* all zero, in .rodata */

static const migproc_set *or_empty(const migproc_set *s)
{
    return s ? s : &empty_set;
}

/* Index of the lowest set bit of x, x != 0: count-trailing-zeros where the
 * compiler has an instruction for it, else a de Bruijn multiplication (on a
 * Cortex-M0 the builtin would call libgcc).  x86-64 takes the instruction
 * with the rest of its word-wise code, so that the byte-wise test build
 * (MP_FOLD_BYTEWISE, tests/bench/compare-libs) runs the table here. */
static unsigned lowest_bit(uint32_t x)
{
#if defined(__GNUC__) && (MP_WORDWISE || defined(__aarch64__))
    return (unsigned)__builtin_ctz(x);
#else
    static const unsigned char position[32] = {
        0,  1,  28, 2,  29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4,  8,
        31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6,  11, 5,  10, 9};
    return position[((x & (0u - x)) * 0x077CB531u) >> 27];
#endif
}

void migproc_set_clear(migproc_set *set)
{
    mp_bitset_clear(set);
}

bool migproc_set_add(migproc_set *set, migproc_id id)
{
    if (set == NULL || id >= MIGPROC_SET_CAPACITY)
        return false;
    mp_bitset_add(set, id);
    return true;
}

bool migproc_set_remove(migproc_set *set, migproc_id id)
{
    if (set == NULL || id >= MIGPROC_SET_CAPACITY)
        return false;
    set->bits[id / 32] &= ~((uint32_t)1 << (id % 32));
    return true;
}

bool migproc_set_has(const migproc_set *set, migproc_id id)
{
    if (set == NULL || id >= MIGPROC_SET_CAPACITY)
        return false;
    return (set->bits[id / 32] >> (id % 32)) & 1u;
}

/* The four binary operations share one shape; word-wise, so out may alias
 * a or b. */
#define MP_SET_OPERATION(name, expr)                                              \
    void name(migproc_set *out, const migproc_set *a, const migproc_set *b)       \
    {                                                                             \
        if (out == NULL)                                                          \
            return;                                                               \
        a = or_empty(a);                                                          \
        b = or_empty(b);                                                          \
        for (unsigned i = 0; i < WORDS; i++) {                                    \
            uint32_t x = a->bits[i], y = b->bits[i];                              \
            out->bits[i] = (expr);                                                \
        }                                                                         \
    }

MP_SET_OPERATION(migproc_set_union, x | y)
MP_SET_OPERATION(migproc_set_intersect, x & y)
MP_SET_OPERATION(migproc_set_difference, x & ~y)
MP_SET_OPERATION(migproc_set_symmetric_difference, x ^ y)

#if !MP_WORDWISE
static unsigned popcount32(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}
#endif

unsigned migproc_set_count(const migproc_set *set)
{
    set = or_empty(set);
#if MP_WORDWISE
    /* popcount32's steps on sixteen bytes at a time (x86-64's baseline has
     * no popcount instruction), byte counts summed across the set (at most
     * 8 * 8 per byte), then added up by one sum of absolute differences. */
    const __m128i m1 = _mm_set1_epi8(0x55), m2 = _mm_set1_epi8(0x33), m4 = _mm_set1_epi8(0x0F);
    const __m128i *v = (const __m128i *)(const void *)set->bits;
    __m128i sum = _mm_setzero_si128();
    for (unsigned i = 0; i < WORDS / 4; i++) {
        __m128i x = _mm_loadu_si128(v + i);
        x = _mm_sub_epi8(x, _mm_and_si128(_mm_srli_epi64(x, 1), m1));
        x = _mm_add_epi8(_mm_and_si128(x, m2), _mm_and_si128(_mm_srli_epi64(x, 2), m2));
        sum = _mm_add_epi8(sum, _mm_and_si128(_mm_add_epi8(x, _mm_srli_epi64(x, 4)), m4));
    }
    sum = _mm_sad_epu8(sum, _mm_setzero_si128());
    return (unsigned)_mm_cvtsi128_si32(sum) + (unsigned)_mm_extract_epi16(sum, 4);
#else
    unsigned n = 0;
    for (unsigned i = 0; i < WORDS; i++)
        n += popcount32(set->bits[i]);
    return n;
#endif
}

bool migproc_set_empty(const migproc_set *set)
{
    uint32_t any = 0;
    set = or_empty(set);
    for (unsigned i = 0; i < WORDS; i++)
        any |= set->bits[i];
    return any == 0;
}

bool migproc_set_equal(const migproc_set *a, const migproc_set *b)
{
    uint32_t diff = 0;
    a = or_empty(a);
    b = or_empty(b);
    for (unsigned i = 0; i < WORDS; i++)
        diff |= a->bits[i] ^ b->bits[i];
    return diff == 0;
}

bool migproc_set_subset(const migproc_set *a, const migproc_set *b)
{
    uint32_t extra = 0;
    a = or_empty(a);
    b = or_empty(b);
    for (unsigned i = 0; i < WORDS; i++)
        extra |= a->bits[i] & ~b->bits[i];
    return extra == 0;
}

/* A copy of kind row k, or the empty set when there is no such row. */
static unsigned copy_kind_row(migproc_set *out, unsigned k)
{
    if (k >= mp_kind_row_count) {
        mp_bitset_clear(out);
        return 0;
    }
    mp_bitset_copy(out, &mp_kind_rows[k]);
    return mp_kind_count[k];
}

unsigned migproc_set_all_of_kind(migproc_set *out, migproc_kind kind)
{
    /* Row 0 is every entity, not kind 0: MIGPROC_KIND_NONE has no entities. */
    return copy_kind_row(out, kind == MIGPROC_KIND_NONE ? mp_kind_row_count : (unsigned)kind);
}

unsigned migproc_set_all(migproc_set *out)
{
    return copy_kind_row(out, 0);
}

/* Bit w set when set->bits[w] is not zero: one pass over the set, so that
 * the words holding members are then visited by count-trailing-zeros. */
static uint32_t nonzero_words(const migproc_set *set)
{
#if MP_WORDWISE
    /* Narrow sixteen words to sixteen bytes with saturating packs, which
     * keep a nonzero lane nonzero (and a zero one zero), then compare the
     * bytes with zero once: one byte mask covers sixteen words. */
    const __m128i zero = _mm_setzero_si128();
    const __m128i *v = (const __m128i *)(const void *)set->bits;
    uint32_t zeros = 0;
    for (unsigned half = 0; half < 2; half++, v += 4) {
        __m128i bytes = _mm_packs_epi16(_mm_packs_epi32(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
                                        _mm_packs_epi32(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));
        zeros |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, zero)) << (16 * half);
    }
    return ~zeros;
#else
    uint32_t mask = 0;
    for (unsigned word = 0; word < WORDS; word++)
        mask |= (uint32_t)(set->bits[word] != 0) << word;
    return mask;
#endif
}

unsigned migproc_set_ids(const migproc_set *set, migproc_id *ids, unsigned max)
{
    if (set == NULL)
        return 0;
    if (ids == NULL)
        max = 0;
    unsigned n = 0;
    for (uint32_t words = nonzero_words(set); words != 0; words &= words - 1u) {
        unsigned word = lowest_bit(words), base = word * 32;
        uint32_t bits = set->bits[word];
        if (n <= max && max - n >= 32) { /* room for any word: no bound test a member */
            migproc_id *at = ids + n;
            for (; bits != 0; bits &= bits - 1u)
                *at++ = (migproc_id)(base + lowest_bit(bits));
            n = (unsigned)(at - ids);
        } else {
            for (; bits != 0; bits &= bits - 1u, n++)
                if (n < max)
                    ids[n] = (migproc_id)(base + lowest_bit(bits));
        }
    }
    return n;
}

migproc_id migproc_set_next(const migproc_set *set, migproc_id prev)
{
    /* MIGPROC_NONE + 1 wraps to 0: the first ID. */
    unsigned start = (migproc_id)(prev + 1u);
    if (set == NULL || start >= MIGPROC_SET_CAPACITY)
        return MIGPROC_NONE;
    unsigned word = start / 32;
    uint32_t bits = set->bits[word] >> (start % 32);
    if (bits != 0) /* the next element is in the same word: the common case */
        return (migproc_id)(start + lowest_bit(bits));
    if (++word == WORDS)
        return MIGPROC_NONE;
#if MP_WORDWISE
    uint32_t later = nonzero_words(set) >> word; /* the words after it that hold members */
    if (later == 0)
        return MIGPROC_NONE;
    word += lowest_bit(later);
#else
    while (set->bits[word] == 0)
        if (++word == WORDS)
            return MIGPROC_NONE;
#endif
    return (migproc_id)(word * 32 + lowest_bit(set->bits[word]));
}
