/*
 * bitset.h - the word-level operations on migproc_set that other parts of
 * the library use directly (internal), so that filling a set costs no call
 * through the exported functions.
 */
#ifndef MIGPROC_BITSET_H
#define MIGPROC_BITSET_H

#include <string.h>

#include "fold.h" /* MP_WORDWISE */
#include "migproc.h"
#if MP_WORDWISE
#include <emmintrin.h>
#endif

static inline void mp_bitset_clear(migproc_set *set)
{
    if (set == NULL)
        return;
#if MP_WORDWISE
    /* Eight stores written out: a loop, or memset, becomes a rep stos of
     * sixteen steps. */
    __m128i *v = (__m128i *)(void *)set->bits;
    const __m128i zero = _mm_setzero_si128();
    _mm_storeu_si128(v, zero);
    _mm_storeu_si128(v + 1, zero);
    _mm_storeu_si128(v + 2, zero);
    _mm_storeu_si128(v + 3, zero);
    _mm_storeu_si128(v + 4, zero);
    _mm_storeu_si128(v + 5, zero);
    _mm_storeu_si128(v + 6, zero);
    _mm_storeu_si128(v + 7, zero);
#else
    memset(set, 0, sizeof *set);
#endif
}

/* Adds id < MIGPROC_SET_CAPACITY to set, when set is not NULL. */
static inline void mp_bitset_add(migproc_set *set, unsigned id)
{
    if (set != NULL)
        set->bits[id / 32] |= (uint32_t)1 << (id % 32);
}

/* *out = *from, word by word, when out is not NULL.  (A struct assignment
 * would call memcpy on small targets; this needs nothing.) */
static inline void mp_bitset_copy(migproc_set *out, const migproc_set *from)
{
    if (out != NULL)
        for (unsigned i = 0; i < MIGPROC_SET_CAPACITY / 32; i++)
            out->bits[i] = from->bits[i];
}

#if MP_WORDWISE
static inline void mp_put_block(uint32_t *to, const uint32_t *from)
{
    _mm_storeu_si128((__m128i *)(void *)to, _mm_loadu_si128((const __m128i *)(const void *)from));
}
#endif

/* Writes length words from words[0] on into set->bits[first] on, for a
 * set that is not NULL and first + length <= 32.  Sixteen bytes a step
 * where there are SSE2 registers: blocks of four words from the first on,
 * then the last four, which overlap the one before when length is not a
 * multiple of four (the first two blocks written out: the 1.1 data's
 * windows have at most nine words); fewer than four words in at most two
 * 8-byte steps. */
static inline void mp_bitset_put_words(migproc_set *set, unsigned first, const uint32_t *words,
                                       unsigned length)
{
    uint32_t *to = set->bits + first;
#if MP_WORDWISE
    if (length >= 4) {
        __m128i last = _mm_loadu_si128((const __m128i *)(const void *)(words + length - 4));
        if (length > 4)
            mp_put_block(to, words);
        if (length > 8)
            mp_put_block(to + 4, words + 4);
        for (unsigned i = 8; i + 4 < length; i += 4) {
            mp_put_block(to + i, words + i);
            __asm__("" : "+r"(i)); /* else GCC makes the loop a memmove call */
        }
        _mm_storeu_si128((__m128i *)(void *)(to + length - 4), last);
    } else if (length >= 2) {
        uint64_t head, tail;
        memcpy(&head, words, 8);
        memcpy(&tail, words + length - 2, 8);
        memcpy(to, &head, 8);
        memcpy(to + length - 2, &tail, 8);
    } else if (length == 1) {
        to[0] = words[0];
    }
#else
    for (unsigned i = 0; i < length; i++)
        to[i] = words[i];
#endif
}

#endif /* MIGPROC_BITSET_H */
