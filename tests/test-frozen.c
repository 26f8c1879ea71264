/*
 * test-frozen.c - the values 1.0 froze: type sizes, constants and every
 * enum value.  A change here is an ABI break and needs 2.0.
 */
#include "testlib.h"

#include <stddef.h>

START_TEST(type_sizes)
{
    ck_assert_uint_eq(sizeof(migproc_id), 2);
    ck_assert_uint_eq(sizeof(migproc_edge), 2);
    ck_assert_uint_eq(sizeof(migproc_date), 4);
    ck_assert_uint_eq(sizeof(migproc_set), 128);
    ck_assert_uint_eq(_Alignof(migproc_set), 4);
    ck_assert_uint_eq(offsetof(migproc_set, bits), 0);
    ck_assert_uint_eq(sizeof(migproc_kind), sizeof(int));
    ck_assert_uint_eq(sizeof(migproc_rel), sizeof(int));
}
END_TEST

START_TEST(constants)
{
    ck_assert_uint_eq(MIGPROC_NONE, 0xFFFF);
    ck_assert_uint_eq(MIGPROC_EDGE_NONE, 0xFFFF);
    ck_assert_uint_eq(MIGPROC_SET_CAPACITY, 1024);
    ck_assert_uint_eq(MIGPROC_KEY_MAX, 255);
    ck_assert_uint_eq(MIGPROC_DATE(2019, 12, 31), 20191231u);
    ck_assert_int_eq(MIGPROC_VERSION_MAJOR, 1);
}
END_TEST

START_TEST(kind_values)
{
    ck_assert_int_eq(MIGPROC_KIND_NONE, 0);
    ck_assert_int_eq(MIGPROC_KIND_STATE, 1);
    ck_assert_int_eq(MIGPROC_KIND_PROCESS, 2);
    ck_assert_int_eq(MIGPROC_KIND_ORGANIZATION, 3);
    ck_assert_int_eq(MIGPROC_KIND_FRAMEWORK, 4);
    ck_assert_int_eq(MIGPROC_KIND_NETWORK, 5);
    ck_assert_int_eq(MIGPROC_KIND_NATIONAL_BODY, 6);
    ck_assert_int_eq(MIGPROC_KIND_PLATFORM, 7);
    ck_assert_int_eq(MIGPROC_KIND_GROUP, 8);
    ck_assert_int_eq(MIGPROC_KIND_BODY, 9);
}
END_TEST

START_TEST(relation_values)
{
    ck_assert_int_eq(MIGPROC_REL_MEMBER_OF, 0);
    ck_assert_int_eq(MIGPROC_REL_HAS_MEMBER, 1);
    ck_assert_int_eq(MIGPROC_REL_OBSERVER_OF, 2);
    ck_assert_int_eq(MIGPROC_REL_HAS_OBSERVER, 3);
    ck_assert_int_eq(MIGPROC_REL_ASSOCIATE_OF, 4);
    ck_assert_int_eq(MIGPROC_REL_HAS_ASSOCIATE, 5);
    ck_assert_int_eq(MIGPROC_REL_PART_OF, 6);
    ck_assert_int_eq(MIGPROC_REL_HAS_PART, 7);
    ck_assert_int_eq(MIGPROC_REL_ALIGNED_WITH, 8);
    ck_assert_int_eq(MIGPROC_REL_HAS_ALIGNED, 9);
    ck_assert_int_eq(MIGPROC_REL_SUPPORTS, 10);
    ck_assert_int_eq(MIGPROC_REL_SUPPORTED_BY, 11);
    ck_assert_int_eq(MIGPROC_REL_ADVISES, 12);
    ck_assert_int_eq(MIGPROC_REL_ADVISED_BY, 13);
    ck_assert_int_eq(MIGPROC_REL_SECRETARIAT_OF, 14);
    ck_assert_int_eq(MIGPROC_REL_HAS_SECRETARIAT, 15);
    ck_assert_int_eq(MIGPROC_REL_SUSPENDED_FROM, 16);
    ck_assert_int_eq(MIGPROC_REL_HAS_SUSPENDED, 17);
    ck_assert_int_eq(MIGPROC_REL_SIGNATORY_OF, 18);
    ck_assert_int_eq(MIGPROC_REL_HAS_SIGNATORY, 19);
    ck_assert_int_eq(MIGPROC_REL_PRESIDES, 20);
    ck_assert_int_eq(MIGPROC_REL_PRESIDED_BY, 21);
    ck_assert_int_eq(MIGPROC_REL_NATIONAL_BODY_OF, 22);
    ck_assert_int_eq(MIGPROC_REL_HAS_NATIONAL_BODY, 23);
    ck_assert_int_eq(MIGPROC_REL_PARTICIPANT_OF, 24);
    ck_assert_int_eq(MIGPROC_REL_HAS_PARTICIPANT, 25);
}
END_TEST

/* IDs are stable: every (id, code) pair of the released baseline
 * (tests/abi/ids.tsv) names the same entity now. */
START_TEST(stable_ids)
{
    const char *path = getenv("MIGPROC_IDS_BASELINE");
    char line[256];
    unsigned n = 0;
    ck_assert_msg(path != NULL, "MIGPROC_IDS_BASELINE is not set");
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    while (fgets(line, sizeof line, f)) {
        unsigned id;
        char code[64];
        if (line[0] == '#' || sscanf(line, "%u\t%63s", &id, code) != 2)
            continue;
        ck_assert_msg(migproc_code((migproc_id)id) != NULL &&
                          strcmp(migproc_code((migproc_id)id), code) == 0,
                      "ID %u was %s, is now %s", id, code,
                      migproc_code((migproc_id)id) ? migproc_code((migproc_id)id) : "(none)");
        n++;
    }
    fclose(f);
    ck_assert_uint_ge(n, 289);
    ck_assert_uint_ge(migproc_count(), n);
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {
        type_sizes, constants, kind_values, relation_values, stable_ids,
    };
    return run_tests("frozen", tests, sizeof tests / sizeof tests[0]);
}
