/*
 * fuzz-sets.c - the set operations on any bitsets and any IDs.  The input
 * fills three sets (wrapping around when short); the laws must hold, every
 * operation must agree bit by bit with its definition, iteration must visit
 * exactly the members in order, and add/remove/has must treat any 16-bit ID
 * as documented.
 */
#include "fuzz.h"

static void fill(migproc_set *s, const uint8_t *data, size_t size, size_t offset)
{
    uint8_t *bytes = (uint8_t *)s->bits;
    for (size_t i = 0; i < sizeof s->bits; i++)
        bytes[i] = size ? data[(offset + i) % size] : 0;
}

static int has(const migproc_set *s, unsigned id)
{
    return migproc_set_has(s, (migproc_id)id);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    migproc_set a, b, c, x, y, u;
    fill(&a, data, size, 0);
    fill(&b, data, size, size / 3 + 1);
    fill(&c, data, size, 2 * size / 3 + 7);
    migproc_set_difference(&u, NULL, NULL);
    for (unsigned i = 0; i < MIGPROC_SET_CAPACITY / 32; i++)
        u.bits[i] = 0xFFFFFFFFu;

    /* Each operation once, then every bit against its definition (computing
     * them inside the loop, 1024 times an input, held the harness to a few
     * hundred executions a second). */
    migproc_set un, in, di, sd;
    migproc_set_union(&un, &a, &b);
    migproc_set_intersect(&in, &a, &b);
    migproc_set_difference(&di, &a, &b);
    migproc_set_symmetric_difference(&sd, &a, &b);
    for (unsigned id = 0; id < MIGPROC_SET_CAPACITY; id++) {
        int in_a = has(&a, id), in_b = has(&b, id);
        fuzz_check(has(&un, id) == (in_a || in_b));
        fuzz_check(has(&in, id) == (in_a && in_b));
        fuzz_check(has(&di, id) == (in_a && !in_b));
        fuzz_check(has(&sd, id) == (in_a != in_b));
    }
    /* De Morgan, associativity, aliasing. */
    migproc_set_union(&x, &a, &b);
    migproc_set_difference(&x, &u, &x);
    migproc_set_difference(&y, &u, &a);
    migproc_set_difference(&c, &u, &b);
    migproc_set_intersect(&y, &y, &c);
    fuzz_check(migproc_set_equal(&x, &y));
    fill(&c, data, size, 2 * size / 3 + 7);
    migproc_set_symmetric_difference(&x, &a, &b);
    migproc_set_symmetric_difference(&x, &x, &c);
    migproc_set_symmetric_difference(&y, &b, &c);
    migproc_set_symmetric_difference(&y, &a, &y);
    fuzz_check(migproc_set_equal(&x, &y));
    x = a;
    migproc_set_intersect(&x, &x, &x);
    fuzz_check(migproc_set_equal(&x, &a));
    migproc_set_union(&y, &a, &b);
    migproc_set_intersect(&x, &a, &b);
    fuzz_check(migproc_set_count(&x) + migproc_set_count(&y) ==
               migproc_set_count(&a) + migproc_set_count(&b));
    fuzz_check(migproc_set_subset(&x, &a) && migproc_set_subset(&a, &y));

    /* Iteration: in order, exactly the members. */
    unsigned n = 0, prev = 0;
    for (migproc_id id = migproc_set_next(&a, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&a, id)) {
        fuzz_check(has(&a, id) && (n == 0 || id > prev));
        prev = id;
        n++;
    }
    fuzz_check(n == migproc_set_count(&a) && (n == 0) == migproc_set_empty(&a));
    /* The same IDs in one call, cut at a length from the input. */
    migproc_id ids[MIGPROC_SET_CAPACITY + 1];
    unsigned max = size > 0 ? data[0] % (n + 2) : n;
    ids[max] = MIGPROC_NONE;
    fuzz_check(migproc_set_ids(&a, ids, max) == n);
    fuzz_check(max > n || ids[max] == MIGPROC_NONE);
    migproc_id at = migproc_set_next(&a, MIGPROC_NONE);
    for (unsigned k = 0; k < max && k < n; k++, at = migproc_set_next(&a, at))
        fuzz_check(ids[k] == at);

    /* Arbitrary IDs from the input, in and out of range. */
    for (size_t i = 0; i + 1 < size && i < 64; i += 2) {
        migproc_id id = (migproc_id)(data[i] | data[i + 1] << 8);
        bool in_range = id < MIGPROC_SET_CAPACITY;
        fuzz_check(migproc_set_add(&b, id) == in_range);
        fuzz_check(migproc_set_has(&b, id) == in_range);
        fuzz_check(migproc_set_remove(&b, id) == in_range);
        fuzz_check(!migproc_set_has(&b, id));
        migproc_id next = migproc_set_next(&a, id); /* MIGPROC_NONE starts over */
        fuzz_check(next == MIGPROC_NONE || ((id == MIGPROC_NONE || next > id) && has(&a, next)));
    }
    return 0;
}
