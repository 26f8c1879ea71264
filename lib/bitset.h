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
#include "tables.h" /* MP_SET_IMAGE_WORDS */
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

/* Sets set (not NULL) to the set whose first MP_SET_IMAGE_WORDS words are
 * image[0 .. MP_SET_IMAGE_WORDS - 1], the others zero (lib/tables.h): a
 * fixed number of stores, sixteen bytes each where there are SSE2
 * registers, and no length to look at. */
static inline void mp_bitset_put_image(migproc_set *set, const uint32_t *image)
{
#if MP_WORDWISE
    __m128i *v = (__m128i *)(void *)set->bits;
    const __m128i *from = (const __m128i *)(const void *)image;
    size_t i = 0;
    for (; i < MP_SET_IMAGE_WORDS / 4; i++)
        _mm_storeu_si128(v + i, _mm_loadu_si128(from + i));
    for (; i < MIGPROC_SET_CAPACITY / 128; i++)
        _mm_storeu_si128(v + i, _mm_setzero_si128());
#else
    size_t i = 0;
    for (; i < MP_SET_IMAGE_WORDS; i++)
        set->bits[i] = image[i];
    for (; i < MIGPROC_SET_CAPACITY / 32; i++)
        set->bits[i] = 0;
#endif
}

#endif /* MIGPROC_BITSET_H */
