/*
 * test-threads.c - many threads doing lookups, relations and set work
 * against the one library at once, each answer compared with a
 * single-threaded run.  CI runs it under ThreadSanitizer too.
 */
#include "testlib.h"

#include <pthread.h>

#define THREADS 8
#define ROUNDS 20

static const char *const keys[] = {"MX", "mex", "484", "México", "Puebla Process",
                                   "Proceso de Quito", "CONARE", "Atlantis", "Brasil",
                                   "EE. UU.", "national refugee commission", ""};
#define N_KEYS (sizeof keys / sizeof keys[0])

/* Everything one pass computes, to compare bit for bit. */
struct answers {
    migproc_id found[N_KEYS];
    unsigned found_all[N_KEYS];
    uint32_t related_hash;
    unsigned holds_count;
    migproc_set combined;
};

static void compute(struct answers *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < N_KEYS; i++) {
        out->found[i] = migproc_find(keys[i]);
        out->found_all[i] = migproc_find_all(keys[i], NULL);
    }
    uint32_t h = 2166136261u;
    migproc_set s, acc;
    migproc_set_clear(&acc);
    for (unsigned id = 0; id < migproc_count(); id++)
        for (int rel = 0; rel < rel_count(); rel++) {
            migproc_related_asof((migproc_id)id, (migproc_rel)rel, 20180000, &s);
            migproc_set_symmetric_difference(&acc, &acc, &s);
            unsigned n = migproc_related((migproc_id)id, (migproc_rel)rel, &s);
            migproc_set_union(&acc, &acc, &s);
            h = (h ^ n) * 16777619u;
            for (migproc_id m = migproc_set_next(&s, MIGPROC_NONE); m != MIGPROC_NONE;
                 m = migproc_set_next(&s, m)) {
                h = (h ^ m) * 16777619u;
                out->holds_count += migproc_holds((migproc_id)id, (migproc_rel)rel, m);
            }
        }
    out->related_hash = h;
    out->combined = acc;
}

static struct answers reference;

static void *worker(void *arg)
{
    int *ok = arg;
    *ok = 1;
    for (int r = 0; r < ROUNDS; r++) {
        struct answers mine;
        compute(&mine);
        if (memcmp(&mine, &reference, sizeof mine) != 0)
            *ok = 0;
    }
    return NULL;
}

START_TEST(threads_agree_with_one_thread)
{
    compute(&reference);
    ck_assert_uint_gt(reference.holds_count, 300);
    pthread_t threads[THREADS];
    int ok[THREADS];
    for (int t = 0; t < THREADS; t++)
        ck_assert_int_eq(pthread_create(&threads[t], NULL, worker, &ok[t]), 0);
    for (int t = 0; t < THREADS; t++) {
        ck_assert_int_eq(pthread_join(threads[t], NULL), 0);
        ck_assert_msg(ok[t], "thread %d disagreed with the single-threaded run", t);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, threads_agree_with_one_thread);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
