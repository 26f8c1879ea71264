/*
 * test-trimmed.c - a trimmed build (-Dnames=en, -Dprovenance=false,
 * -Dstates=related, or all three) still answers every seed membership
 * question, keeps every ID, and leaves out exactly what it says.
 * Built once per configuration; TRIM_* says which.
 */
#include "testlib.h"

#include "seed-facts.h" /* seed_members: tests/ffi/seed-facts.json */

#ifndef TRIM_NAMES_EN
#define TRIM_NAMES_EN 0
#endif
#ifndef TRIM_NO_PROVENANCE
#define TRIM_NO_PROVENANCE 0
#endif
#ifndef TRIM_STATES_RELATED
#define TRIM_STATES_RELATED 0
#endif

START_TEST(seed_memberships)
{
    /* The seed's lists and the accessions dated since (tests/ffi/seed-facts.json). */
    for (size_t i = 0; i < sizeof seed_members / sizeof seed_members[0]; i++) {
        char now[512];
        snprintf(now, sizeof now, "%s %s", seed_members[i].members, seed_members[i].joined_since);
        ck_assert_related(seed_members[i].process, MIGPROC_REL_HAS_MEMBER, now);
        ck_assert_ptr_nonnull(migproc_code(migproc_find(seed_members[i].process)));
    }
    ck_assert_related("MX", MIGPROC_REL_MEMBER_OF, seed_mx_memberships);
    ck_assert_related("MIRPS", MIGPROC_REL_ALIGNED_WITH, "GCR");
    ck_assert_related("MIRPS", MIGPROC_REL_SUPPORTED_BY, "MIRPS-SP");
    ck_assert(migproc_holds(by_code("UNHCR"), MIGPROC_REL_ADVISES, by_code("CONARES")));
    migproc_set rcm, mirps, both;
    char got[256];
    migproc_related(migproc_find("Puebla Process"), MIGPROC_REL_HAS_MEMBER, &rcm);
    migproc_related(migproc_find("MIRPS"), MIGPROC_REL_HAS_MEMBER, &mirps);
    migproc_set_intersect(&both, &rcm, &mirps);
    ck_assert_str_eq(set_codes(&both, got, sizeof got), "BZ CR GT HN MX PA SV");
}
END_TEST

START_TEST(ids_unchanged)
{
    /* Every ID of 1.0 (tests/abi/ids.tsv freezes them) and the last one
     * appended since are there, trimmed or not. */
    ck_assert_uint_ge(migproc_count(), 289);
    ck_assert_ptr_nonnull(migproc_code((migproc_id)(migproc_count() - 1)));
    ck_assert_str_eq(migproc_code(249), "RCM");
    ck_assert_str_eq(migproc_code(156), "MX");
    ck_assert_uint_eq(migproc_find("MX"), 156);
}
END_TEST

START_TEST(names)
{
    migproc_id mx = migproc_find("Mexico");
    ck_assert_str_eq(migproc_name(mx, "es"), TRIM_NAMES_EN ? "Mexico" : "México");
    ck_assert_uint_eq(migproc_find("México"), mx); /* folds to the English key */
    ck_assert_int_eq(migproc_find("Estados Unidos Mexicanos") == mx, !TRIM_NAMES_EN);
    ck_assert_int_eq(migproc_find("Proceso de Quito") == by_code("QUITO"), !TRIM_NAMES_EN);
}
END_TEST

START_TEST(provenance)
{
    migproc_id mirps = by_code("MIRPS"), mercosur = by_code("MERCOSUR");
    if (TRIM_NO_PROVENANCE) {
        ck_assert_uint_eq(migproc_source_count(), 0);
        ck_assert_uint_eq(migproc_established(mirps), 0);
        ck_assert_int_eq(migproc_established_source(mirps), -1);
        /* No entity has a date, a source or a note; no edge a date but
         * 0 (always, still), a source or a note. */
        unsigned edges = 0;
        for (migproc_id id = 0; id < migproc_count(); id++) {
            ck_assert_uint_eq(migproc_established(id), 0);
            ck_assert_int_eq(migproc_established_source(id), -1);
            ck_assert_uint_eq(migproc_reviewed(id), 0);
            ck_assert_uint_eq(migproc_note_count(id), 0);
            for (unsigned i = 0; i < migproc_edge_count(id); i++, edges++) {
                migproc_edge e = migproc_edge_at(id, i);
                ck_assert_int_eq(migproc_edge_source(e), -1);
                ck_assert_ptr_null(migproc_edge_note(e));
                ck_assert_uint_eq(migproc_edge_start(e), 0);
                ck_assert_uint_eq(migproc_edge_end(e), 0);
                ck_assert_uint_eq(migproc_edge_from(e), 0);
                ck_assert_uint_eq(migproc_edge_until(e), 0);
            }
        }
        ck_assert_uint_gt(edges, 0);
        /* As-of queries answer as of now. */
        ck_assert_uint_eq(migproc_related_asof(mirps, MIGPROC_REL_HAS_MEMBER, 20180000, NULL), 7);
    } else {
        ck_assert_str_eq(migproc_source_key(migproc_established_source(mirps)), "seed");
        ck_assert_uint_eq(migproc_related_asof(mirps, MIGPROC_REL_HAS_MEMBER, 20180000, NULL), 6);
    }
    /* Ended relations are not current in either build: Bolivia is no longer
     * an associated state; suspended, Venezuela is still a State Party. */
    ck_assert(!migproc_holds(by_code("BO"), MIGPROC_REL_ASSOCIATE_OF, mercosur));
    ck_assert(migproc_holds(by_code("BO"), MIGPROC_REL_MEMBER_OF, mercosur));
    ck_assert(migproc_holds(by_code("VE"), MIGPROC_REL_MEMBER_OF, mercosur));
    ck_assert(migproc_holds(by_code("VE"), MIGPROC_REL_SUSPENDED_FROM, mercosur));
}
END_TEST

START_TEST(states)
{
    /* Germany takes part in no relation; France is on the MIRPS Support Platform. */
    ck_assert_ptr_nonnull(migproc_code(migproc_find("FR")));
    const migproc_id de = 56; /* Germany's ID, stable in every build */
    migproc_set all;
    unsigned n = migproc_set_all(&all);
    if (TRIM_STATES_RELATED) {
        ck_assert_int_eq(migproc_kind_of(de), MIGPROC_KIND_NONE);
        ck_assert_ptr_null(migproc_code(de));
        ck_assert_ptr_null(migproc_name(de, "en"));
        ck_assert_uint_eq(migproc_find("DE"), MIGPROC_NONE);
        ck_assert_uint_eq(migproc_find("Germany"), MIGPROC_NONE);
        ck_assert_uint_eq(migproc_find_numeric(276), MIGPROC_NONE);
        /* A key of 1.0 kept as a fingerprint (tests/abi/keys-1.0.tsv) goes too. */
        ck_assert_uint_eq(migproc_find("republicafederaldaalemanha"), MIGPROC_NONE);
        ck_assert(!migproc_set_has(&all, de));
        ck_assert_uint_lt(n, migproc_count());
    } else {
        ck_assert_str_eq(migproc_code(de), "DE");
        ck_assert_uint_eq(migproc_find("Germany"), de);
        /* A key of 1.0 kept as a fingerprint; Portuguese: not in an English-only build. */
        ck_assert_uint_eq(migproc_find("republicafederaldaalemanha"), TRIM_NAMES_EN ? MIGPROC_NONE : de);
        ck_assert_uint_eq(n, migproc_count());
    }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {
        seed_memberships, ids_unchanged, names, provenance, states,
    };
    return run_tests("trimmed", tests, sizeof tests / sizeof tests[0]);
}
