/*
 * test-api.c - version, data identity, entity fields, relation names, and
 * the consistency of edges, sources, related() and as-of queries.
 */
#include "testlib.h"

#include <ctype.h>
#include <limits.h>

START_TEST(version)
{
    char macros[32];
    snprintf(macros, sizeof macros, "%d.%d.%d", MIGPROC_VERSION_MAJOR, MIGPROC_VERSION_MINOR,
             MIGPROC_VERSION_PATCH);
    ck_assert_str_eq(migproc_version(), macros);
    ck_assert_str_eq(migproc_version(), MESON_PROJECT_VERSION);
}
END_TEST

START_TEST(data_identity)
{
    migproc_date d = migproc_data_date();
    ck_assert_uint_ge(d, MIGPROC_DATE(2023, 1, 1)); /* the seed is from 2023 or later */
    ck_assert_uint_ge(d % 100, 1);
    ck_assert_uint_le(d % 100, 31);
    ck_assert_uint_ge(d / 100 % 100, 1);
    ck_assert_uint_le(d / 100 % 100, 12);
    const char *hash = migproc_data_hash();
    ck_assert_uint_eq(strlen(hash), 16);
    for (const char *p = hash; *p; p++)
        ck_assert(isxdigit((unsigned char)*p) && !isupper((unsigned char)*p));
}
END_TEST

START_TEST(entity_fields)
{
    migproc_id mx = by_code("MX");
    ck_assert_str_eq(migproc_name(mx, "en"), "Mexico");
    ck_assert_str_eq(migproc_name(mx, "pt"), "México");
    ck_assert_str_eq(migproc_alpha3(mx), "MEX");
    ck_assert_uint_eq(migproc_numeric(mx), 484);
    ck_assert_uint_eq(migproc_established(mx), 0);
    migproc_id rcm = by_code("RCM");
    ck_assert_str_eq(migproc_name(rcm, "es"), "Conferencia Regional sobre Migración");
    ck_assert_ptr_null(migproc_alpha3(rcm));
    ck_assert_uint_eq(migproc_numeric(rcm), 0);
    ck_assert_str_eq(migproc_kind_name(MIGPROC_KIND_STATE), "state");
    ck_assert_str_eq(migproc_kind_name(MIGPROC_KIND_NATIONAL_BODY), "national-body");
    ck_assert_str_eq(migproc_kind_name(MIGPROC_KIND_GROUP), "group");
    for (unsigned id = 0; id < migproc_count(); id++) {
        ck_assert_ptr_nonnull(migproc_code((migproc_id)id));
        ck_assert_ptr_nonnull(migproc_name((migproc_id)id, "en"));
        ck_assert_ptr_nonnull(migproc_kind_name(migproc_kind_of((migproc_id)id)));
        bool state = migproc_kind_of((migproc_id)id) == MIGPROC_KIND_STATE;
        ck_assert_int_eq(migproc_alpha3((migproc_id)id) != NULL, state);
        ck_assert_int_eq(migproc_numeric((migproc_id)id) != 0, state);
        ck_assert_int_eq(migproc_established((migproc_id)id) != 0,
                         migproc_established_source((migproc_id)id) >= 0);
    }
}
END_TEST

START_TEST(relation_names)
{
    for (int rel = 0; rel < rel_count(); rel++) {
        const char *name = migproc_rel_name((migproc_rel)rel);
        char upper[64];
        ck_assert_ptr_nonnull(name);
        ck_assert_int_eq(migproc_rel_from_name(name), rel);
        snprintf(upper, sizeof upper, "%s", name);
        for (char *p = upper; *p; p++)
            *p = *p == '_' ? '-' : (char)toupper((unsigned char)*p);
        ck_assert_int_eq(migproc_rel_from_name(upper), rel);
        ck_assert_int_eq(migproc_rel_inverse((migproc_rel)rel), rel ^ 1);
        ck_assert_int_eq(migproc_rel_inverse((migproc_rel)migproc_rel_inverse((migproc_rel)rel)),
                         rel);
        /* The bool forms, relation 0 among them. */
        migproc_rel parsed = (migproc_rel)-1, inverse = (migproc_rel)-1;
        ck_assert(migproc_rel_parse(upper, &parsed));
        ck_assert_int_eq(parsed, rel);
        ck_assert(migproc_rel_inverse_of((migproc_rel)rel, &inverse));
        ck_assert_int_eq(inverse, rel ^ 1);
    }
    ck_assert_str_eq(migproc_rel_name(MIGPROC_REL_MEMBER_OF), "member_of");
    ck_assert_str_eq(migproc_rel_name(MIGPROC_REL_HAS_NATIONAL_BODY), "has_national_body");
    ck_assert_int_eq(migproc_rel_from_name("member of"), MIGPROC_REL_MEMBER_OF);
}
END_TEST

/* Every edge is seen from both of its ends, has a source, and agrees with
 * related() and holds(). */
START_TEST(edges_are_consistent)
{
    unsigned seen_from_subject = 0, seen_from_object = 0;
    for (unsigned id = 0; id < migproc_count(); id++) {
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            migproc_id s = migproc_edge_subject(e), o = migproc_edge_object(e);
            int rel = migproc_edge_rel(e);
            ck_assert(s == id || o == id);
            ck_assert_int_eq(rel % 2, 0);
            ck_assert_ptr_nonnull(migproc_code(s));
            ck_assert_ptr_nonnull(migproc_code(o));
            ck_assert_ptr_nonnull(migproc_source_key(migproc_edge_source(e)));
            ck_assert(migproc_edge_end(e) == 0 || migproc_edge_end(e) > migproc_edge_start(e));
            /* What the as-of rules make of the statement: its own dates
             * where it gives them, and an interval that is not empty. */
            migproc_date from = migproc_edge_from(e), until = migproc_edge_until(e);
            if (migproc_edge_start(e) != 0)
                ck_assert_uint_eq(from, migproc_edge_start(e));
            if (migproc_edge_end(e) != 0)
                ck_assert_uint_eq(until, migproc_edge_end(e));
            ck_assert(until == 0 || until > from);
            if (from != 0)
                ck_assert(migproc_holds_asof(s, (migproc_rel)rel, o, from));
            if (until == 0) {
                ck_assert(migproc_holds(s, (migproc_rel)rel, o));
                ck_assert(migproc_holds(o, (migproc_rel)(rel + 1), s));
                migproc_set related;
                migproc_related(s, (migproc_rel)rel, &related);
                ck_assert(migproc_set_has(&related, o));
            }
            if (s == id)
                seen_from_subject++;
            else
                seen_from_object++;
        }
    }
    ck_assert_uint_gt(seen_from_subject, 100);
    ck_assert_uint_eq(seen_from_subject, seen_from_object);
}
END_TEST

/* holds() and related() answer alike for every pair of entities and every
 * relation, now and as of a few dates (they read different indexes). */
START_TEST(holds_agrees_with_related)
{
    const migproc_date dates[] = {MIGPROC_DATE(1995, 0, 0), MIGPROC_DATE(2016, 12, 1),
                                  MIGPROC_DATE(2019, 6, 1), MIGPROC_DATE(2030, 1, 1)};
    unsigned n = migproc_count(), yes = 0;
    for (unsigned a = 0; a < n; a++)
        for (int rel = 0; rel < rel_count(); rel++) {
            migproc_set now, then[4];
            migproc_related((migproc_id)a, (migproc_rel)rel, &now);
            for (int d = 0; d < 4; d++)
                migproc_related_asof((migproc_id)a, (migproc_rel)rel, dates[d], &then[d]);
            for (unsigned b = 0; b < n + 2; b++) {
                bool h = migproc_holds((migproc_id)a, (migproc_rel)rel, (migproc_id)b);
                if (h != migproc_set_has(&now, (migproc_id)b))
                    ck_abort_msg("holds(%u, %d, %u) = %d, related disagrees", a, rel, b, h);
                yes += h;
                for (int d = 0; d < 4; d++)
                    if (migproc_holds_asof((migproc_id)a, (migproc_rel)rel, (migproc_id)b,
                                           dates[d]) != migproc_set_has(&then[d], (migproc_id)b))
                        ck_abort_msg("holds_asof(%u, %d, %u, %u) and related_asof disagree", a,
                                     rel, b, (unsigned)dates[d]);
            }
        }
    ck_assert_uint_gt(yes, 300);
}
END_TEST

START_TEST(sources)
{
    ck_assert_uint_gt(migproc_source_count(), 1);
    bool have_seed = false;
    unsigned names_sources = 0;
    for (int i = 0; i < (int)migproc_source_count(); i++) {
        ck_assert_ptr_nonnull(migproc_source_key(i));
        ck_assert_ptr_nonnull(migproc_source_title(i));
        ck_assert_ptr_nonnull(migproc_source_publisher(i));
        /* Every source was seen on a known day and says what was copied. */
        ck_assert_uint_ne(migproc_source_seen(i) % 100, 0);
        ck_assert_ptr_nonnull(migproc_source_licence(i));
        ck_assert_uint_gt(strlen(migproc_source_licence(i)), 0);
        if (strcmp(migproc_source_key(i), "cldr") == 0 ||
            strcmp(migproc_source_key(i), "iso-3166") == 0) {
            ck_assert_uint_eq(migproc_source_seen(i), MIGPROC_DATE(2026, 11, 27));
            names_sources++;
        }
        if (strcmp(migproc_source_key(i), "seed") == 0) {
            ck_assert_uint_eq(migproc_source_seen(i), MIGPROC_DATE(2026, 11, 27));
            ck_assert_str_eq(migproc_source_licence(i), "facts");
            have_seed = true;
            ck_assert_str_eq(migproc_source_title(i), "Intergovernmental Processes");
            ck_assert_str_eq(migproc_source_url(i),
                             "losangelesdeclaration.com/index.php/es/procesos-intergubernamentales");
        }
    }
    ck_assert(have_seed);
    ck_assert_uint_eq(names_sources, 2);
}
END_TEST

START_TEST(asof)
{
    migproc_id rcm = by_code("RCM"), mx = by_code("MX");
    /* Memberships of unknown start count from the process's establishment. */
    ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, MIGPROC_DATE(1995, 12, 31),
                                           NULL),
                      0);
    ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, MIGPROC_DATE(1996, 0, 0),
                                           NULL),
                      11);
    ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, MIGPROC_DATE(1996, 1, 1),
                                           NULL),
                      11);
    ck_assert(!migproc_holds_asof(mx, MIGPROC_REL_MEMBER_OF, by_code("MIRPS"),
                                  MIGPROC_DATE(2016, 0, 0)));
    ck_assert(migproc_holds_asof(mx, MIGPROC_REL_MEMBER_OF, by_code("MIRPS"),
                                 MIGPROC_DATE(2017, 6, 1)));
    /* An undated statement counts from the later establishment of its two
     * ends: the MIRPS (2017) aligned with the GCR (affirmed 2018-12-17). */
    ck_assert(!migproc_holds_asof(by_code("MIRPS"), MIGPROC_REL_ALIGNED_WITH, by_code("GCR"),
                                  MIGPROC_DATE(2018, 0, 0)));
    ck_assert(migproc_holds_asof(by_code("MIRPS"), MIGPROC_REL_ALIGNED_WITH, by_code("GCR"),
                                 MIGPROC_DATE(2018, 12, 17)));
    /* Relations between entities of unknown establishment hold always
     * (from the first calendar date). */
    ck_assert(migproc_holds_asof(by_code("UNHCR"), MIGPROC_REL_ADVISES, by_code("CONARES"),
                                 MIGPROC_DATE(1, 1, 1)));
    migproc_set now, later;
    migproc_related(mx, MIGPROC_REL_MEMBER_OF, &now);
    migproc_related_asof(mx, MIGPROC_REL_MEMBER_OF, MIGPROC_DATE(2999, 12, 31), &later);
    ck_assert(migproc_set_equal(&now, &later));
    /* Counting only, from the index of current relations and from a row. */
    ck_assert_uint_eq(migproc_related(mx, MIGPROC_REL_OBSERVER_OF, NULL), 1);
    ck_assert_uint_eq(migproc_related(rcm, MIGPROC_REL_HAS_MEMBER, NULL), 11);
    ck_assert(!migproc_holds(mx, MIGPROC_REL_MEMBER_OF, by_code("FR")));
    ck_assert(!migproc_holds(by_code("FR"), MIGPROC_REL_HAS_MEMBER, mx));
}
END_TEST

/* The 1.1 functions the bindings and the CLI use instead of their own
 * copies of the logic. */
START_TEST(api_1_1)
{
    migproc_id mx = by_code("MX"), padf = by_code("PADF");
    /* A name only where there is one. */
    ck_assert_str_eq(migproc_name_in(mx, "es"), "México");
    ck_assert_str_eq(migproc_name_in(mx, "pt-BR"), migproc_name(mx, "pt"));
    ck_assert_str_eq(migproc_name_in(padf, "EN"), "Pan American Development Foundation");
    ck_assert_ptr_null(migproc_name_in(padf, "es"));
    ck_assert_ptr_nonnull(migproc_name(padf, "es")); /* the 1.0 fallback */
    ck_assert_ptr_null(migproc_name_in(mx, "fr"));
    ck_assert_ptr_null(migproc_name_in(mx, "english"));
    /* The languages, as the header lists them; NULL past them. */
    ck_assert_str_eq(migproc_lang_tag(MIGPROC_LANG_EN), "en");
    ck_assert_str_eq(migproc_lang_tag(MIGPROC_LANG_ES), "es");
    ck_assert_str_eq(migproc_lang_tag(MIGPROC_LANG_PT), "pt");
    int langs = 0;
    while (migproc_lang_tag((migproc_lang)langs) != NULL)
        langs++;
    ck_assert_int_eq(langs, 3); /* and no tag past the last */
    ck_assert_ptr_null(migproc_lang_tag((migproc_lang)-1));
    ck_assert_ptr_null(migproc_lang_tag((migproc_lang)INT_MAX));
    for (int l = 0; migproc_lang_tag((migproc_lang)l) != NULL; l++) {
        const char *tag = migproc_lang_tag((migproc_lang)l);
        ck_assert_uint_eq(strlen(tag), 2);
        ck_assert_str_eq(migproc_name_in(mx, tag), l == MIGPROC_LANG_EN ? "Mexico" : "México");
        for (unsigned id = 0; id < migproc_count(); id++) {
            const char *in = migproc_name_in((migproc_id)id, tag);
            if (in != NULL)
                ck_assert_str_eq(in, migproc_name((migproc_id)id, tag));
            else
                ck_assert(l != MIGPROC_LANG_EN || migproc_kind_of((migproc_id)id) == MIGPROC_KIND_NONE);
        }
    }
    /* Unknown, found and ambiguous in one call. */
    unsigned n = 99;
    ck_assert_uint_eq(migproc_lookup("Mexico", &n), mx);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(migproc_lookup("Atlantis", &n), MIGPROC_NONE);
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_eq(migproc_lookup("CONARE", &n), MIGPROC_NONE);
    ck_assert_uint_eq(n, migproc_find_all("CONARE", NULL));
    ck_assert_uint_ge(n, 2);
    ck_assert_uint_eq(migproc_lookup("MEX", NULL), mx);
    /* Relations without a cast. */
    migproc_rel rel = MIGPROC_REL_PRESIDES;
    ck_assert(migproc_rel_parse("Has Member", &rel));
    ck_assert_int_eq(rel, MIGPROC_REL_HAS_MEMBER);
    ck_assert(migproc_rel_inverse_of(rel, &rel));
    ck_assert_int_eq(rel, MIGPROC_REL_MEMBER_OF);
    /* Every edge seen from each of its ends. */
    for (unsigned id = 0; id < migproc_count(); id++)
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            migproc_id s = migproc_edge_subject(e), o = migproc_edge_object(e);
            migproc_rel from_s, from_o;
            ck_assert_uint_eq(migproc_edge_other(e, s, &from_s), o);
            ck_assert_uint_eq(migproc_edge_other(e, o, &from_o), s);
            ck_assert_int_eq(from_s, migproc_edge_rel(e));
            ck_assert_int_eq(from_o, migproc_rel_inverse(from_s));
        }
    /* "Now" as an as-of date answers as the now functions do. */
    for (unsigned id = 0; id < migproc_count(); id += 7)
        for (int r = 0; migproc_rel_name((migproc_rel)r) != NULL; r++) {
            migproc_set now, then;
            migproc_related((migproc_id)id, (migproc_rel)r, &now);
            migproc_related_asof((migproc_id)id, (migproc_rel)r, MIGPROC_NOW, &then);
            ck_assert(migproc_set_equal(&now, &then));
        }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {
        version, data_identity, entity_fields, relation_names, edges_are_consistent,
        holds_agrees_with_related, sources, asof, api_1_1,
    };
    return run_tests("api", tests, sizeof tests / sizeof tests[0]);
}
