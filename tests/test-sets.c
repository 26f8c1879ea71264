/*
 * test-sets.c - the set algebra: laws over every pair and triple of process
 * member sets (plus the empty set, the universe and sets with high IDs),
 * every operation against a per-ID reference, aliasing, iteration, count.
 */
#include "testlib.h"

#define MAX_SETS 16
static migproc_set sets[MAX_SETS];
static unsigned nsets;
static migproc_set universe; /* every ID a set can hold */

static void setup(void)
{
    const char *codes[] = {"RCM", "SACM", "RIAM", "QUITO", "MIRPS", "FEM", "MERCOSUR"};
    nsets = 0;
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        migproc_related(by_code(codes[i]), MIGPROC_REL_HAS_MEMBER, &sets[nsets++]);
    migproc_set_clear(&sets[nsets++]);                           /* empty */
    migproc_set_all_of_kind(&sets[nsets++], MIGPROC_KIND_STATE); /* all states */
    /* IDs past the data, at word edges, to exercise every word. */
    migproc_set *edge = &sets[nsets++];
    migproc_set_clear(edge);
    const migproc_id ids[] = {0, 31, 32, 63, 64, 511, 512, 1000, 1022, 1023};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        ck_assert(migproc_set_add(edge, ids[i]));
    uint32_t x = 12345; /* a fixed pseudo-random set */
    migproc_set *random = &sets[nsets++];
    migproc_set_clear(random);
    for (int i = 0; i < 300; i++) {
        x = x * 1103515245u + 12345u;
        migproc_set_add(random, (migproc_id)((x >> 16) % MIGPROC_SET_CAPACITY));
    }
    for (unsigned i = 0; i < MIGPROC_SET_CAPACITY / 32; i++)
        universe.bits[i] = 0xFFFFFFFFu;
}

typedef void (*binary_op)(migproc_set *, const migproc_set *, const migproc_set *);

static bool reference(int op, bool a, bool b)
{
    switch (op) {
    case 0: return a || b;
    case 1: return a && b;
    case 2: return a && !b;
    default: return a != b;
    }
}

static const binary_op ops[] = {migproc_set_union, migproc_set_intersect,
                                migproc_set_difference, migproc_set_symmetric_difference};

START_TEST(operations_match_reference)
{
    for (unsigned i = 0; i < nsets; i++)
        for (unsigned j = 0; j < nsets; j++)
            for (int op = 0; op < 4; op++) {
                migproc_set out, alias_a = sets[i], alias_b = sets[j];
                unsigned count = 0;
                ops[op](&out, &sets[i], &sets[j]);
                for (unsigned id = 0; id < MIGPROC_SET_CAPACITY; id++) {
                    bool want = reference(op, migproc_set_has(&sets[i], (migproc_id)id),
                                          migproc_set_has(&sets[j], (migproc_id)id));
                    ck_assert_int_eq(migproc_set_has(&out, (migproc_id)id), want);
                    count += want;
                }
                ck_assert_uint_eq(migproc_set_count(&out), count);
                ops[op](&alias_a, &alias_a, &sets[j]); /* out is a */
                ck_assert(migproc_set_equal(&alias_a, &out));
                ops[op](&alias_b, &sets[i], &alias_b); /* out is b */
                ck_assert(migproc_set_equal(&alias_b, &out));
            }
}
END_TEST

START_TEST(laws_over_pairs)
{
    for (unsigned i = 0; i < nsets; i++) {
        const migproc_set *a = &sets[i];
        migproc_set x, y;
        migproc_set_union(&x, a, a); /* idempotence */
        ck_assert(migproc_set_equal(&x, a));
        migproc_set_intersect(&x, a, a);
        ck_assert(migproc_set_equal(&x, a));
        migproc_set_difference(&x, a, a);
        ck_assert(migproc_set_empty(&x));
        migproc_set_symmetric_difference(&x, a, a);
        ck_assert(migproc_set_empty(&x));
        for (unsigned j = 0; j < nsets; j++) {
            const migproc_set *b = &sets[j];
            migproc_set ca, cb, t;
            for (int op = 0; op < 4; op++) {
                if (op == 2)
                    continue; /* difference does not commute */
                ops[op](&x, a, b);
                ops[op](&y, b, a);
                ck_assert(migproc_set_equal(&x, &y));
            }
            /* De Morgan within the universe. */
            migproc_set_difference(&ca, &universe, a);
            migproc_set_difference(&cb, &universe, b);
            migproc_set_union(&t, a, b);
            migproc_set_difference(&x, &universe, &t);
            migproc_set_intersect(&y, &ca, &cb);
            ck_assert(migproc_set_equal(&x, &y));
            migproc_set_intersect(&t, a, b);
            migproc_set_difference(&x, &universe, &t);
            migproc_set_union(&y, &ca, &cb);
            ck_assert(migproc_set_equal(&x, &y));
            /* a ^ b = (a - b) | (b - a); |a | b| = |a| + |b| - |a & b|. */
            migproc_set_difference(&x, a, b);
            migproc_set_difference(&y, b, a);
            migproc_set_union(&x, &x, &y);
            migproc_set_symmetric_difference(&y, a, b);
            ck_assert(migproc_set_equal(&x, &y));
            migproc_set_union(&x, a, b);
            migproc_set_intersect(&y, a, b);
            ck_assert_uint_eq(migproc_set_count(&x) + migproc_set_count(&y),
                              migproc_set_count(a) + migproc_set_count(b));
            ck_assert(migproc_set_subset(&y, a));
            ck_assert(migproc_set_subset(a, &x));
            ck_assert_int_eq(migproc_set_subset(a, b), migproc_set_equal(&y, a));
            ck_assert_int_eq(migproc_set_equal(a, b),
                             migproc_set_subset(a, b) && migproc_set_subset(b, a));
        }
    }
}
END_TEST

START_TEST(laws_over_triples)
{
    for (unsigned i = 0; i < nsets; i++)
        for (unsigned j = 0; j < nsets; j++)
            for (unsigned k = 0; k < nsets; k++) {
                const migproc_set *a = &sets[i], *b = &sets[j], *c = &sets[k];
                migproc_set x, y, t, u;
                for (int op = 0; op < 4; op++) {
                    if (op == 2)
                        continue; /* difference is not associative */
                    ops[op](&t, a, b);
                    ops[op](&x, &t, c);
                    ops[op](&t, b, c);
                    ops[op](&y, a, &t);
                    ck_assert(migproc_set_equal(&x, &y));
                }
                /* a & (b | c) = (a & b) | (a & c) */
                migproc_set_union(&t, b, c);
                migproc_set_intersect(&x, a, &t);
                migproc_set_intersect(&t, a, b);
                migproc_set_intersect(&u, a, c);
                migproc_set_union(&y, &t, &u);
                ck_assert(migproc_set_equal(&x, &y));
                /* a - (b | c) = (a - b) - c */
                migproc_set_union(&t, b, c);
                migproc_set_difference(&x, a, &t);
                migproc_set_difference(&t, a, b);
                migproc_set_difference(&y, &t, c);
                ck_assert(migproc_set_equal(&x, &y));
            }
}
END_TEST

START_TEST(iteration_order_and_count)
{
    for (unsigned i = 0; i < nsets; i++) {
        unsigned n = 0;
        migproc_id prev = MIGPROC_NONE;
        for (migproc_id id = migproc_set_next(&sets[i], MIGPROC_NONE); id != MIGPROC_NONE;
             id = migproc_set_next(&sets[i], id)) {
            ck_assert(prev == MIGPROC_NONE || id > prev);
            ck_assert(migproc_set_has(&sets[i], id));
            prev = id;
            n++;
        }
        ck_assert_uint_eq(n, migproc_set_count(&sets[i]));
        ck_assert_int_eq(migproc_set_empty(&sets[i]), n == 0);
    }
    migproc_set s;
    migproc_set_clear(&s);
    ck_assert_uint_eq(migproc_set_next(&s, MIGPROC_NONE), MIGPROC_NONE);
    migproc_set_add(&s, 1023);
    ck_assert_uint_eq(migproc_set_next(&s, MIGPROC_NONE), 1023);
    ck_assert_uint_eq(migproc_set_next(&s, 1022), 1023);
    ck_assert_uint_eq(migproc_set_next(&s, 1023), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_set_count(&universe), MIGPROC_SET_CAPACITY);
}
END_TEST

/* migproc_set_ids: the same IDs as migproc_set_next, in one call, and never
 * a write past max. */
START_TEST(ids_in_one_call)
{
    static migproc_id ids[MIGPROC_SET_CAPACITY + 1];
    for (unsigned i = 0; i < nsets; i++) {
        unsigned count = migproc_set_count(&sets[i]);
        ck_assert_uint_eq(migproc_set_ids(&sets[i], NULL, 99), count);
        ck_assert_uint_eq(migproc_set_ids(&sets[i], ids, 0), count);
        for (unsigned max = 0; max <= count + 1; max += max < 40 ? 1 : 97) {
            for (unsigned k = 0; k <= MIGPROC_SET_CAPACITY; k++)
                ids[k] = MIGPROC_NONE;
            ck_assert_uint_eq(migproc_set_ids(&sets[i], ids, max), count);
            migproc_id id = migproc_set_next(&sets[i], MIGPROC_NONE);
            for (unsigned k = 0; k < max && k < count; k++, id = migproc_set_next(&sets[i], id))
                ck_assert_uint_eq(ids[k], id);
            for (unsigned k = max < count ? max : count; k <= MIGPROC_SET_CAPACITY; k++)
                ck_assert_uint_eq(ids[k], MIGPROC_NONE); /* nothing written past them */
        }
    }
    ck_assert_uint_eq(migproc_set_ids(NULL, ids, 10), 0);
    ck_assert_uint_eq(migproc_set_ids(&universe, ids, MIGPROC_SET_CAPACITY), MIGPROC_SET_CAPACITY);
    for (unsigned k = 0; k < MIGPROC_SET_CAPACITY; k++)
        ck_assert_uint_eq(ids[k], k);
}
END_TEST

/* Every set of one ID, so that each word and each bit is once alone in a
 * set: no set drawn from the data has its members in the first word only. */
START_TEST(every_singleton)
{
    migproc_set empty, s;
    migproc_id ids[2];
    migproc_set_clear(&empty);
    for (migproc_id id = 0; id < MIGPROC_SET_CAPACITY; id++) {
        migproc_set_clear(&s);
        ck_assert(migproc_set_add(&s, id));
        ck_assert(!migproc_set_empty(&s));
        ck_assert_uint_eq(migproc_set_count(&s), 1);
        ck_assert(migproc_set_has(&s, id));
        ck_assert_uint_eq(migproc_set_next(&s, MIGPROC_NONE), id);
        ck_assert_uint_eq(migproc_set_next(&s, id), MIGPROC_NONE);
        ids[0] = ids[1] = MIGPROC_NONE;
        ck_assert_uint_eq(migproc_set_ids(&s, ids, 2), 1);
        ck_assert_uint_eq(ids[0], id);
        ck_assert_uint_eq(ids[1], MIGPROC_NONE);
        ck_assert(!migproc_set_equal(&s, &empty));
        ck_assert(!migproc_set_subset(&s, &empty));
        ck_assert(migproc_set_subset(&empty, &s));
        ck_assert(migproc_set_subset(&s, &universe));
        ck_assert(!migproc_set_equal(&s, &universe));
    }
}
END_TEST

START_TEST(add_remove_has)
{
    migproc_set s;
    migproc_set_clear(&s);
    ck_assert(migproc_set_empty(&s));
    ck_assert(migproc_set_add(&s, 5));
    ck_assert(migproc_set_add(&s, 5));
    ck_assert_uint_eq(migproc_set_count(&s), 1);
    ck_assert(migproc_set_has(&s, 5));
    ck_assert(!migproc_set_has(&s, 4));
    ck_assert(migproc_set_remove(&s, 5));
    ck_assert(migproc_set_remove(&s, 5));
    ck_assert(migproc_set_empty(&s));
    /* The layout the header documents: ID n is bit n % 32 of word n / 32. */
    migproc_set_add(&s, 37);
    ck_assert_uint_eq(s.bits[1], 1u << 5);
    ck_assert_uint_eq(sizeof(migproc_set), 128);
}
END_TEST

START_TEST(kinds_partition_entities)
{
    migproc_set all, acc, k;
    unsigned total = 0;
    ck_assert_uint_eq(migproc_set_all(&all), migproc_count());
    ck_assert_uint_eq(migproc_set_count(&all), migproc_count());
    migproc_set_clear(&acc);
    for (int kind = MIGPROC_KIND_STATE; kind < kind_count(); kind++) {
        unsigned n = migproc_set_all_of_kind(&k, (migproc_kind)kind);
        ck_assert_uint_eq(n, migproc_set_count(&k));
        ck_assert_uint_gt(n, 0);
        migproc_set x;
        migproc_set_intersect(&x, &acc, &k);
        ck_assert(migproc_set_empty(&x));
        migproc_set_union(&acc, &acc, &k);
        total += n;
        for (migproc_id id = migproc_set_next(&k, MIGPROC_NONE); id != MIGPROC_NONE;
             id = migproc_set_next(&k, id))
            ck_assert_int_eq(migproc_kind_of(id), kind);
    }
    ck_assert_uint_eq(total, migproc_count());
    ck_assert(migproc_set_equal(&acc, &all));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sets");
    TCase *tc = tcase_create("sets");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, operations_match_reference);
    tcase_add_test(tc, laws_over_pairs);
    tcase_add_test(tc, laws_over_triples);
    tcase_add_test(tc, iteration_order_and_count);
    tcase_add_test(tc, ids_in_one_call);
    tcase_add_test(tc, every_singleton);
    tcase_add_test(tc, add_remove_has);
    tcase_add_test(tc, kinds_partition_entities);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
