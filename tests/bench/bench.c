/*
 * bench.c - how fast libmigproc answers, beside ICU and a naive scan.
 *
 *   bench                 ns/op for every operation: median of 7 runs, with min and max
 *   bench --json          the same as JSON lines, for doc/PERFORMANCE.md
 *   bench --count OP N    run OP N times and nothing else (for callgrind: see budgets.py)
 *   bench --list          the operations
 *
 * Timing is for people; the instruction counts under callgrind are what CI
 * checks, because they repeat on a noisy machine.
 */
#define _POSIX_C_SOURCE 200809L
#include <migproc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef HAVE_ICU
#include <unicode/uregion.h>
#endif

static volatile unsigned long sink; /* keeps results alive */

/* Each operation runs n times in its own loop, the inputs cycling through
 * eight values, and adds its results to sink once: the harness costs a few
 * instructions a call, the same for libmigproc, ICU and the naive scan. */
#define OP(name, expr)                                                          \
    static void name(size_t n)                                                  \
    {                                                                           \
        unsigned long acc = 0;                                                  \
        for (size_t i = 0; i < n; i++)                                          \
            acc += (unsigned long)(expr);                                       \
        sink += acc;                                                            \
    }

/* Inputs cycle through small arrays so that branch predictors see a mix. */
static const char *const alpha2[] = {"MX", "AR", "US", "BR", "ES", "CA", "PE", "GT"};
static const char *const alpha3[] = {"MEX", "ARG", "USA", "BRA", "ESP", "CAN", "PER", "GTM"};
static const char *const numeric[] = {"484", "032", "840", "076", "724", "124", "604", "320"};
static const char *const names_en[] = {"Mexico", "Argentina", "Guatemala", "Brazil",
                                       "Spain", "Canada", "Peru", "Honduras"};
static const char *const names_es[] = {"México", "Perú", "Panamá", "Haití",
                                       "Canadá", "Japón", "Bélgica", "Túnez"};
static const char *const aliases[] = {"Puebla Process", "Proceso de Quito", "Estados Unidos",
                                      "Brasil", "EE. UU.", "Lima Process", "MERCOSUL", "ACNUR"};
static const char *const unknown[] = {"Atlantis", "Narnia", "XX", "Gondor",
                                      "Utopia", "ZZZ", "999", "Oz"};
#define N_INPUTS 8

static migproc_id states[N_INPUTS], processes[N_INPUTS];
static migproc_set set_a, set_b, set_out, set_full;

static void setup(void)
{
    const char *procs[] = {"RCM", "SACM", "RIAM", "QUITO", "MIRPS", "FEM", "MERCOSUR", "RCM"};
    for (int i = 0; i < N_INPUTS; i++) {
        states[i] = migproc_find(alpha2[i]);
        processes[i] = migproc_find(procs[i]);
    }
    migproc_related(migproc_find("RIAM"), MIGPROC_REL_HAS_MEMBER, &set_a);
    migproc_related(migproc_find("SACM"), MIGPROC_REL_HAS_MEMBER, &set_b);
    for (unsigned i = 0; i < MIGPROC_SET_CAPACITY / 32; i++)
        set_full.bits[i] = 0xFFFFFFFFu;
}

OP(op_find_alpha2, migproc_find(alpha2[i % N_INPUTS]))
OP(op_find_alpha3, migproc_find(alpha3[i % N_INPUTS]))
OP(op_find_numeric, migproc_find(numeric[i % N_INPUTS]))
OP(op_find_name_en, migproc_find(names_en[i % N_INPUTS]))
OP(op_find_name_es, migproc_find(names_es[i % N_INPUTS]))
OP(op_find_alias, migproc_find(aliases[i % N_INPUTS]))
OP(op_find_unknown, migproc_find(unknown[i % N_INPUTS]))
OP(op_holds, migproc_holds(states[i % N_INPUTS], MIGPROC_REL_MEMBER_OF,
                           processes[(i / 3) % N_INPUTS]))
/* RIAM: the largest member set. */
OP(op_related, migproc_related(processes[2], MIGPROC_REL_HAS_MEMBER, &set_out))
OP(op_set_union, (migproc_set_union(&set_out, &set_a, &set_b), set_out.bits[7]))
OP(op_set_intersect, (migproc_set_intersect(&set_out, &set_a, &set_b), set_out.bits[7]))
OP(op_set_difference, (migproc_set_difference(&set_out, &set_a, &set_b), set_out.bits[7]))
OP(op_set_symdiff, (migproc_set_symmetric_difference(&set_out, &set_a, &set_b), set_out.bits[7]))
OP(op_set_count, migproc_set_count(&set_a))
OP(op_set_has, migproc_set_has(&set_a, states[i % N_INPUTS]))
OP(op_set_next, migproc_set_next(&set_full, (migproc_id)(i % 1023)))
/* The harness alone: what every row above includes. */
OP(op_baseline, alpha2[i % N_INPUTS][0])

/* The floor: no index at all, strcmp over every code. */
__attribute__((noinline)) static unsigned naive_scan(const char *key)
{
    unsigned n = migproc_count();
    for (unsigned id = 0; id < n; id++)
        if (strcmp(migproc_code((migproc_id)id), key) == 0)
            return id;
    return MIGPROC_NONE;
}
OP(op_naive_scan_alpha2, naive_scan(alpha2[i % N_INPUTS]))

#ifdef HAVE_ICU
static const URegion *icu_groups[N_INPUTS];
static const URegion *icu_states[N_INPUTS];

static void setup_icu(void)
{
    /* The same questions as holds(): is this state in that group?  ICU knows
     * UN M49 groupings, not migration processes, so each process stands for
     * the grouping nearest its membership: RCM -> 003 (North America, with
     * Central America and the Caribbean), SACM, FEM and MERCOSUR -> 005 (South
     * America), RIAM and Quito -> 419 (Latin America and the Caribbean),
     * MIRPS -> 013 (Central America). */
    const char *groups[] = {"003", "005", "419", "419", "013", "005", "005", "003"};
    UErrorCode status = U_ZERO_ERROR;
    for (int i = 0; i < N_INPUTS; i++) {
        icu_groups[i] = uregion_getRegionFromCode(groups[i], &status);
        icu_states[i] = uregion_getRegionFromCode(alpha2[i], &status);
    }
    if (U_FAILURE(status)) {
        fprintf(stderr, "ICU setup failed\n");
        exit(1);
    }
}

static const URegion *icu_find(const char *code)
{
    UErrorCode status = U_ZERO_ERROR;
    return uregion_getRegionFromCode(code, &status);
}
OP(op_icu_region_from_code, (size_t)icu_find(alpha2[i % N_INPUTS]))
OP(op_icu_contains, uregion_contains(icu_groups[(i / 3) % N_INPUTS], icu_states[i % N_INPUTS]) != 0)
#endif

struct op {
    const char *name, *what;
    void (*run)(size_t n);
};

static const struct op ops[] = {
    {"find_alpha2", "migproc_find: ISO alpha-2 (\"MX\")", op_find_alpha2},
    {"find_alpha3", "migproc_find: ISO alpha-3 (\"MEX\")", op_find_alpha3},
    {"find_numeric", "migproc_find: ISO numeric (\"484\")", op_find_numeric},
    {"find_name_en", "migproc_find: English name (\"Guatemala\")", op_find_name_en},
    {"find_name_es", "migproc_find: accented Spanish name (\"Panamá\")", op_find_name_es},
    {"find_alias", "migproc_find: alias (\"Puebla Process\")", op_find_alias},
    {"find_unknown", "migproc_find: unknown key (\"Atlantis\")", op_find_unknown},
    {"holds", "migproc_holds: state member of process", op_holds},
    {"related", "migproc_related: RIAM's 21 members", op_related},
    {"set_union", "migproc_set_union", op_set_union},
    {"set_intersect", "migproc_set_intersect", op_set_intersect},
    {"set_difference", "migproc_set_difference", op_set_difference},
    {"set_symmetric_difference", "migproc_set_symmetric_difference", op_set_symdiff},
    {"set_count", "migproc_set_count", op_set_count},
    {"set_has", "migproc_set_has", op_set_has},
    {"set_next", "migproc_set_next in a full set", op_set_next},
    {"baseline", "the harness alone (included in every row)", op_baseline},
    {"naive_scan_alpha2", "floor: strcmp scan over every code", op_naive_scan_alpha2},
#ifdef HAVE_ICU
    {"icu_region_from_code", "ICU uregion_getRegionFromCode (same alpha-2 keys)",
     op_icu_region_from_code},
    {"icu_contains", "ICU uregion_contains (state in a UN M49 group)", op_icu_contains},
#endif
};
#define N_OPS (sizeof ops / sizeof ops[0])

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define RUNS 7

/* ns/op of RUNS runs, each long enough (about 20 ms) to swamp the clock. */
static void time_op(const struct op *op, double out[RUNS])
{
    size_t n = 1000;
    for (;;) { /* calibrate */
        double t0 = now_ns();
        op->run(n);
        if (now_ns() - t0 > 2e7 || n > (1u << 30))
            break;
        n *= 2;
    }
    for (int r = 0; r < RUNS; r++) {
        double t0 = now_ns();
        op->run(n);
        out[r] = (now_ns() - t0) / (double)n;
    }
    qsort(out, RUNS, sizeof out[0], compare_doubles);
}

static const struct op *op_named(const char *name)
{
    for (size_t i = 0; i < N_OPS; i++)
        if (strcmp(ops[i].name, name) == 0)
            return &ops[i];
    return NULL;
}

int main(int argc, char **argv)
{
    setup();
#ifdef HAVE_ICU
    setup_icu();
#endif
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < N_OPS; i++)
            printf("%s\n", ops[i].name);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "--count") == 0) {
        const struct op *op = op_named(argv[2]);
        if (op == NULL) {
            fprintf(stderr, "bench: no operation %s\n", argv[2]);
            return 2;
        }
        op->run((size_t)strtoull(argv[3], NULL, 10));
        return 0;
    }
    int json = argc == 2 && strcmp(argv[1], "--json") == 0;
    if (argc > 1 && !json) {
        fprintf(stderr, "usage: bench [--json | --list | --count OP N]\n");
        return 2;
    }
    if (!json)
        printf("%-26s %10s %10s %10s  %s\n", "operation", "median ns", "min", "max", "what");
    for (size_t i = 0; i < N_OPS; i++) {
        double t[RUNS];
        time_op(&ops[i], t);
        if (json)
            printf("{\"op\": \"%s\", \"median_ns\": %.3f, \"min_ns\": %.3f, "
                   "\"max_ns\": %.3f}\n", ops[i].name, t[RUNS / 2], t[0], t[RUNS - 1]);
        else
            printf("%-26s %10.2f %10.2f %10.2f  %s\n", ops[i].name, t[RUNS / 2], t[0],
                   t[RUNS - 1], ops[i].what);
    }
    return 0;
}
