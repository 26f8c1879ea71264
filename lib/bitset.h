/*
 * bitset.h - the word-level operations on migproc_set that other parts of
 * the library use directly (internal), so that filling a set costs no call
 * through the exported functions.
 */
#ifndef MIGPROC_BITSET_H
#define MIGPROC_BITSET_H

#include <string.h>

#include "migproc.h"

static inline void mp_bitset_clear(migproc_set *set)
{
    if (set != NULL)
        memset(set, 0, sizeof *set);
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

#endif /* MIGPROC_BITSET_H */
