/*
 * test-seed.c - every fact of the seed page, exactly, and nothing more
 * claimed in its name.
 */
#include "testlib.h"

#include "seed-facts.h" /* seed_members, seed_networks: tests/ffi/seed-facts.json */

/* A process's seed list, from seed-facts.json. */
static const struct seed_members *seed_of(const char *process)
{
    for (size_t i = 0; i < sizeof seed_members / sizeof seed_members[0]; i++)
        if (strcmp(seed_members[i].process, process) == 0)
            return &seed_members[i];
    ck_abort_msg("no seed list for %s", process);
    return NULL;
}

START_TEST(member_lists)
{
    /* Members now: the seed's lists and the accessions dated since (another
     * source each; tests/test-facts.c). */
    for (size_t i = 0; i < sizeof seed_members / sizeof seed_members[0]; i++) {
        char now[512];
        snprintf(now, sizeof now, "%s %s", seed_members[i].members, seed_members[i].joined_since);
        ck_assert_related(seed_members[i].process, MIGPROC_REL_HAS_MEMBER, now);
    }
    ck_assert_related("FEM", MIGPROC_REL_HAS_ASSOCIATE, "MERCOSUR-AS");
    /* MERCOSUR's members now include Bolivia (2024, another source): the
     * seed's four are among them. */
    const char *four[] = {"AR", "BR", "PY", "UY"};
    for (size_t i = 0; i < 4; i++)
        ck_assert(migproc_holds(by_code(four[i]), MIGPROC_REL_MEMBER_OF, by_code("MERCOSUR")));
}
END_TEST

/* How many states the seed's own statements make members of a process. */
static unsigned seed_member_count(const char *code)
{
    migproc_id id = by_code(code);
    migproc_set members;
    migproc_set_clear(&members);
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        if (migproc_edge_object(e) == id && migproc_edge_rel(e) == MIGPROC_REL_MEMBER_OF &&
            strcmp(migproc_source_key(migproc_edge_source(e)), "seed") == 0)
            migproc_set_add(&members, migproc_edge_subject(e));
    }
    return migproc_set_count(&members);
}

START_TEST(member_counts)
{
    /* The numbers the seed states in words ("brings together 11 member
     * countries"); the data now may hold more (a later accession). */
    static const struct {
        const char *code;
        unsigned count;
    } counts[] = {{"RCM", 11}, {"SACM", 12}, {"RIAM", 21}, {"QUITO", 13}, {"MIRPS", 7}};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        /* The seed's list holds as many as the seed says in words. */
        char copy[512];
        unsigned listed = 0;
        snprintf(copy, sizeof copy, "%s", seed_of(counts[i].code)->members);
        for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
            listed++;
        ck_assert_uint_eq(listed, counts[i].count);
    }
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        migproc_set s;
        ck_assert_uint_eq(seed_member_count(counts[i].code), counts[i].count);
        unsigned now = migproc_related(by_code(counts[i].code), MIGPROC_REL_HAS_MEMBER, &s);
        ck_assert_uint_ge(now, counts[i].count);
        ck_assert_uint_eq(migproc_set_count(&s), now);
        ck_assert_uint_eq(migproc_related(by_code(counts[i].code), MIGPROC_REL_HAS_MEMBER, NULL),
                          now);
    }
}
END_TEST

START_TEST(members_are_states)
{
    const char *processes[] = {"RCM", "SACM", "RIAM", "QUITO", "MIRPS", "FEM"};
    for (size_t i = 0; i < sizeof processes / sizeof processes[0]; i++) {
        migproc_set members, states;
        migproc_related(by_code(processes[i]), MIGPROC_REL_HAS_MEMBER, &members);
        migproc_set_all_of_kind(&states, MIGPROC_KIND_STATE);
        ck_assert(migproc_set_subset(&members, &states));
        ck_assert_int_eq(migproc_kind_of(by_code(processes[i])), MIGPROC_KIND_PROCESS);
    }
}
END_TEST

START_TEST(years)
{
    ck_assert_uint_eq(migproc_established(by_code("RCM")), MIGPROC_DATE(1996, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("SACM")), MIGPROC_DATE(2000, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("RIAM")), MIGPROC_DATE(2012, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("QUITO")), MIGPROC_DATE(2018, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("MIRPS")), MIGPROC_DATE(2017, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("MIRPS-SP")), MIGPROC_DATE(2019, 0, 0));
    ck_assert_uint_eq(migproc_established(by_code("SACM-CS-ADDENDUM")), MIGPROC_DATE(2023, 0, 0));
    const char *seeded[] = {"RCM", "SACM", "RIAM", "QUITO", "MIRPS", "MIRPS-SP"};
    for (size_t i = 0; i < sizeof seeded / sizeof seeded[0]; i++)
        ck_assert_str_eq(migproc_source_key(migproc_established_source(by_code(seeded[i]))),
                         "seed");
}
END_TEST

START_TEST(other_relations)
{
    ck_assert_related("MIRPS", MIGPROC_REL_ALIGNED_WITH, "GCR");
    ck_assert_related("GCR", MIGPROC_REL_HAS_ALIGNED, "MIRPS");
    ck_assert_related("MIRPS", MIGPROC_REL_SUPPORTED_BY, "MIRPS-SP");
    ck_assert_related("MIRPS-SP", MIGPROC_REL_SUPPORTS, "MIRPS");
    ck_assert(migproc_holds(by_code("FEM"), MIGPROC_REL_PART_OF, by_code("MERCOSUR")));
    ck_assert(migproc_holds(by_code("UNHCR"), MIGPROC_REL_ADVISES, by_code("CONARES")));
    ck_assert_related("CONARES", MIGPROC_REL_ADVISED_BY, "UNHCR");
    ck_assert_related("SACM-CS-ADDENDUM", MIGPROC_REL_PART_OF, "SACM");
    /* The six thematic networks, since 2020; now also the consular network
     * that Brazil's foreign minister named in November 2025. */
    char want[1024], got[1024], now[1024];
    migproc_set parts, nets;
    migproc_related(by_code("SACM"), MIGPROC_REL_HAS_PART, &parts);
    migproc_set_all_of_kind(&nets, MIGPROC_KIND_NETWORK);
    migproc_set_intersect(&parts, &parts, &nets);
    snprintf(now, sizeof now, "%s SACM-NET-CONSULAR", seed_networks);
    ck_assert_str_eq(set_codes(&parts, got, sizeof got), sorted_list(now, want, sizeof want));
    ck_assert_uint_eq(migproc_related_asof(by_code("SACM"), MIGPROC_REL_HAS_PART,
                                           MIGPROC_DATE(2019, 12, 31), &parts),
                      0);
    migproc_related_asof(by_code("SACM"), MIGPROC_REL_HAS_PART, MIGPROC_DATE(2020, 0, 0), &parts);
    ck_assert_str_eq(set_codes(&parts, got, sizeof got), sorted_list(seed_networks, want, sizeof want));
    /* The Support Platform from its launch in 2019. */
    ck_assert(!migproc_holds_asof(by_code("MIRPS-SP"), MIGPROC_REL_SUPPORTS, by_code("MIRPS"),
                                  MIGPROC_DATE(2018, 12, 31)));
    ck_assert(migproc_holds_asof(by_code("MIRPS-SP"), MIGPROC_REL_SUPPORTS, by_code("MIRPS"),
                                 MIGPROC_DATE(2019, 0, 0)));
}
END_TEST

/* Every edge whose source is the seed, as "SUBJECT rel OBJECT[@start]", in
 * one sorted list; and the list the seed page gives. */
static void seed_edges(char *buf, size_t size)
{
    char line[128];
    static char items[512][128];
    const char *ptrs[512];
    size_t n = 0, at = 0;
    for (unsigned id = 0; id < migproc_count(); id++)
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            if (migproc_edge_subject(e) != id ||
                strcmp(migproc_source_key(migproc_edge_source(e)), "seed") != 0)
                continue;
            snprintf(line, sizeof line, "%s/%s/%s/%u", migproc_code(migproc_edge_subject(e)),
                     migproc_rel_name((migproc_rel)migproc_edge_rel(e)),
                     migproc_code(migproc_edge_object(e)), (unsigned)migproc_edge_start(e));
            ck_assert_uint_eq(migproc_edge_end(e), 0);
            ck_assert_uint_lt(n, 512);
            memcpy(items[n], line, sizeof line);
            ptrs[n] = items[n];
            n++;
        }
    qsort(ptrs, n, sizeof ptrs[0], compare_strings);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? " " : "", ptrs[i]);
}

static size_t add_members(char *buf, size_t at, size_t size, const char *list, const char *proc)
{
    char copy[512];
    snprintf(copy, sizeof copy, "%s", list);
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
        at += (size_t)snprintf(buf + at, size - at, " %s/member_of/%s/0", w, proc);
    return at;
}

START_TEST(nothing_else_claimed)
{
    static char expected[16384], want[16384], got[16384];
    size_t at = (size_t)snprintf(expected, sizeof expected, "%s",
                                 "MERCOSUR-AS/associate_of/FEM/0 MERCOSUR-AS/associate_of/MERCOSUR/0 "
                                 "FEM/part_of/MERCOSUR/0 MIRPS/aligned_with/GCR/0 "
                                 "MIRPS-SP/supports/MIRPS/20190000 UNHCR/advises/CONARES/0 "
                                 "SACM-CS-ADDENDUM/part_of/SACM/20230000");
    for (size_t i = 0; i < sizeof seed_members / sizeof seed_members[0]; i++)
        at = add_members(expected, at, sizeof expected, seed_members[i].members,
                         seed_members[i].process);
    at = add_members(expected, at, sizeof expected, "AR BR PY UY", "MERCOSUR");
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", seed_networks);
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "))
        at += (size_t)snprintf(expected + at, sizeof expected - at, " %s/part_of/SACM/20200000", w);
    ck_assert_uint_lt(at, sizeof expected - 1);
    seed_edges(got, sizeof got);
    ck_assert_str_eq(got, sorted_list(expected, want, sizeof want));
}
END_TEST

START_TEST(mexico_memberships)
{
    ck_assert_related("MX", MIGPROC_REL_MEMBER_OF, seed_mx_memberships);
    ck_assert_related("ES", MIGPROC_REL_MEMBER_OF, "RIAM MIRPS-SP");
    ck_assert_related("AD", MIGPROC_REL_MEMBER_OF, "RIAM");
    ck_assert_related("FR", MIGPROC_REL_MEMBER_OF, "MIRPS-SP");
    ck_assert_related("DE", MIGPROC_REL_MEMBER_OF, "");
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {
        member_lists, member_counts, members_are_states, years, other_relations,
        nothing_else_claimed, mexico_memberships,
    };
    return run_tests("seed", tests, sizeof tests / sizeof tests[0]);
}
