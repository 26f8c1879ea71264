/*
 * testlib.h - helpers shared by the Check suites.
 */
#ifndef MIGPROC_TESTLIB_H
#define MIGPROC_TESTLIB_H

#include <check.h>
#include <migproc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The codes of a set's members, sorted, space-separated, into buf. */
static inline const char *set_codes(const migproc_set *set, char *buf, size_t size)
{
    const char *codes[MIGPROC_SET_CAPACITY];
    size_t n = 0, at = 0;
    for (migproc_id id = migproc_set_next(set, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(set, id))
        codes[n++] = migproc_code(id);
    qsort(codes, n, sizeof codes[0], compare_strings);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? " " : "", codes[i]);
    return buf;
}

/* A space-separated list of codes, sorted, into buf. */
static inline const char *sorted_list(const char *list, char *buf, size_t size)
{
    static char copy[16384];
    const char *words[512];
    size_t n = 0, at = 0;
    snprintf(copy, sizeof copy, "%s", list);
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
        words[n++] = w;
    qsort(words, n, sizeof words[0], compare_strings);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? " " : "", words[i]);
    return buf;
}

/* How many relation values there are, as the library says (the header's
 * enum is the one list of them). */
static inline int rel_count(void)
{
    int n = 0;
    while (migproc_rel_name((migproc_rel)n) != NULL)
        n++;
    return n;
}

/* How many kind values there are, MIGPROC_KIND_NONE included, as the
 * library says. */
static inline int kind_count(void)
{
    int n = 1;
    while (migproc_kind_name((migproc_kind)n) != NULL)
        n++;
    return n;
}

/* The entity with this exact code (not a lookup: a scan of the codes). */
static inline migproc_id by_code(const char *code)
{
    for (unsigned id = 0; id < migproc_count(); id++)
        if (migproc_code((migproc_id)id) && strcmp(migproc_code((migproc_id)id), code) == 0)
            return (migproc_id)id;
    ck_abort_msg("no entity with code %s", code);
    return MIGPROC_NONE;
}

/* Asserts that "code rel X" holds now for exactly the listed X. */
#define ck_assert_related(code, rel, expected)                                   \
    do {                                                                         \
        migproc_set s_;                                                          \
        char got_[8192], want_[8192];                                            \
        unsigned n_ = migproc_related(by_code(code), (rel), &s_);                \
        ck_assert_str_eq(set_codes(&s_, got_, sizeof got_),                      \
                         sorted_list((expected), want_, sizeof want_));          \
        ck_assert_uint_eq(n_, migproc_set_count(&s_));                           \
    } while (0)

/* Runs one suite; the exit status is what meson test reads. */
static inline int run_suite(Suite *suite)
{
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Runs a suite of one test case made of plain tests, named alike. */
static inline int run_tests(const char *name, const TTest *const tests[], size_t n)
{
    Suite *suite = suite_create(name);
    TCase *tc = tcase_create(name);
    for (size_t i = 0; i < n; i++)
        tcase_add_test(tc, tests[i]);
    suite_add_tcase(suite, tc);
    return run_suite(suite);
}

#endif /* MIGPROC_TESTLIB_H */
