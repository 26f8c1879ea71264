/*
 * test-facts.c - every fact taken from the fact sheet beyond the seed, each
 * as its own assertion with its dates and source; as-of answers on the day
 * before and the day each dated relation starts or ends; notes; and that
 * every relation has a source.
 */
#include "testlib.h"

#define Y(y) MIGPROC_DATE(y, 0, 0)
#define YM(y, m) MIGPROC_DATE(y, m, 0)
#define YMD(y, m, d) MIGPROC_DATE(y, m, d)

struct fact {
    const char *subject;
    migproc_rel rel;
    const char *object;
    migproc_date start, end;
    const char *source;
};

/* Whether the data holds exactly this statement (same dates, same source). */
static bool stated(const struct fact *f)
{
    migproc_id s = by_code(f->subject), o = by_code(f->object);
    for (unsigned i = 0; i < migproc_edge_count(s); i++) {
        migproc_edge e = migproc_edge_at(s, i);
        if (migproc_edge_subject(e) == s && migproc_edge_object(e) == o &&
            migproc_edge_rel(e) == (int)f->rel && migproc_edge_start(e) == f->start &&
            migproc_edge_end(e) == f->end &&
            strcmp(migproc_source_key(migproc_edge_source(e)), f->source) == 0)
            return true;
    }
    return false;
}

#define M MIGPROC_REL_MEMBER_OF
#define OBS MIGPROC_REL_OBSERVER_OF
#define SEC MIGPROC_REL_SECRETARIAT_OF
#define SIG MIGPROC_REL_SIGNATORY_OF
#define PART MIGPROC_REL_PARTICIPANT_OF
#define ASSOC MIGPROC_REL_ASSOCIATE_OF

static const struct fact facts[] = {
    /* RCM: observer states and organisations, technical secretariat */
    {"AR", OBS, "RCM", 0, 0, "crmsv-about"},
    {"CO", OBS, "RCM", 0, 0, "crmsv-about"},
    {"EC", OBS, "RCM", 0, 0, "crmsv-about"},
    {"JM", OBS, "RCM", 0, 0, "crmsv-about"},
    {"PE", OBS, "RCM", 0, 0, "crmsv-about"},
    {"UNHCR", OBS, "RCM", 0, 0, "crmsv-about"},
    {"ECLAC", OBS, "RCM", 0, 0, "crmsv-about"},
    {"IACHR", OBS, "RCM", 0, 0, "crmsv-about"},
    {"ILO", OBS, "RCM", 0, 0, "crmsv-about"},
    {"IOM", OBS, "RCM", 0, 0, "crmsv-about"},
    {"AR", OBS, "RCM", 0, 0, "rcmvs"},
    {"PE", OBS, "RCM", 0, 0, "rcmvs"},
    /* March 2001, both pages say (1.1 had 2001 and, from the other, the 2019 renaming). */
    {"IOM", SEC, "RCM", YM(2001, 3), 0, "crmsv-secretariat"},
    {"IOM", SEC, "RCM", YM(2001, 3), 0, "rcmvs-es"},
    /* SACM: ten founders of May 2000, two later members, observers, secretariat */
    {"AR", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"BO", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"BR", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"CL", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"CO", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"EC", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"PY", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"PE", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"UY", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"VE", M, "SACM", YM(2000, 5), 0, "csm-about"},
    {"GY", M, "SACM", 0, 0, "csm-about"},
    {"SR", M, "SACM", 0, 0, "csm-about"},
    {"MX", OBS, "SACM", 0, 0, "iom-sacm"},
    {"UNHCR", OBS, "SACM", 0, 0, "csm-about"},
    {"ECLAC", OBS, "SACM", 0, 0, "csm-about"},
    {"ICRC", OBS, "SACM", 0, 0, "csm-about"},
    {"IOM", SEC, "SACM", 0, 0, "csm-about"},
    {"SACM-CS-ADDENDUM", MIGPROC_REL_PART_OF, "SACM", YMD(2023, 12, 5), 0, "simn-global"},
    {"SACM-CS-ADDENDUM", MIGPROC_REL_PART_OF, "SACM", YMD(2023, 12, 5), 0, "cels"},
    /* SACM networks: the seed's six since 2020 stay; other sources beside them */
    {"SACM-NET-GENDER", MIGPROC_REL_PART_OF, "SACM", Y(2020), 0, "seed"},
    {"SACM-NET-ENVIRONMENT", MIGPROC_REL_PART_OF, "SACM", Y(2020), 0, "seed"},
    {"SACM-NET-ENVIRONMENT", MIGPROC_REL_PART_OF, "SACM", Y(2021), 0, "ecrit-displacement"},
    /* ... and the five working networks Brazil's foreign minister named at
     * the XXIII SACM (corrected in 1.1: consular protection, not childhood) */
    {"SACM-NET-INTEGRATION", MIGPROC_REL_PART_OF, "SACM", YMD(2025, 11, 18), 0, "mre-vieira-csm"},
    {"SACM-NET-TRAFFICKING", MIGPROC_REL_PART_OF, "SACM", YMD(2025, 11, 18), 0, "mre-vieira-csm"},
    {"SACM-NET-BORDER", MIGPROC_REL_PART_OF, "SACM", YMD(2025, 11, 18), 0, "mre-vieira-csm"},
    {"SACM-NET-CONSULAR", MIGPROC_REL_PART_OF, "SACM", YMD(2025, 11, 18), 0, "mre-vieira-csm"},
    {"SACM-NET-ENVIRONMENT", MIGPROC_REL_PART_OF, "SACM", YMD(2025, 11, 18), 0, "mre-vieira-csm"},
    /* RIAM: Andorra's accession */
    {"AD", M, "RIAM", YM(2023, 10), 0, "forum-ad"},
    {"AD", M, "RIAM", 0, 0, "seed"},
    /* Quito Process: the first meeting, the declaration, a later round, secretariat */
    {"AR", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"BO", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"BR", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"CL", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"CO", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"CR", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"DO", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"EC", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"MX", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"PA", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"PY", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"PE", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"UY", PART, "QUITO", YMD(2018, 9, 3), 0, "pq-que-hacemos"},
    {"AR", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"BR", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"CL", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"CO", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"CR", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"EC", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"MX", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"PA", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"PY", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"PE", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"UY", SIG, "QUITO-DECLARATION", YM(2018, 9), 0, "pq-que-hacemos"},
    {"GY", PART, "QUITO", YMD(2023, 11, 22), 0, "elvenezolano"},
    {"GT", M, "QUITO", YM(2024, 11), 0, "acnur-quito-2024"},
    {"CW", OBS, "QUITO", YM(2024, 3), 0, "prensalatina-quito-2024"},
    {"IOM", SEC, "QUITO", 0, 0, "pq-members"},
    {"UNHCR", SEC, "QUITO", 0, 0, "pq-members"},
    /* MIRPS: founders of 2017, El Salvador in 2019, secretariat, Support Platform */
    {"BZ", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"CR", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"GT", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"HN", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"MX", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"PA", M, "MIRPS", Y(2017), 0, "reliefweb-mirps-2019"},
    {"SV", M, "MIRPS", Y(2019), 0, "reliefweb-mirps-2019"},
    {"SV", M, "MIRPS", YMD(2019, 7, 26), 0, "urdupoint-mirps-2019"},
    {"BZ", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"CR", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"GT", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"HN", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"MX", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"PA", SIG, "SAN-PEDRO-SULA-DECLARATION", Y(2017), 0, "reliefweb-mirps-2019"},
    {"UNHCR", SEC, "MIRPS", 0, 0, "hidroforum"},
    {"OAS", SEC, "MIRPS", 0, 0, "hidroforum"},
    {"MIRPS-SP", MIGPROC_REL_SUPPORTS, "MIRPS", YM(2019, 12), 0, "mirps-platform"},
    {"AR", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"BR", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"CA", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"CO", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"FR", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"ES", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"CH", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"UY", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"US", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"EU", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"IDB", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"WBG", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"CABEI", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"ECLAC", M, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"UNHCR", SEC, "MIRPS-SP", 0, 0, "mirps-platform"},
    {"OAS", SEC, "MIRPS-SP", 0, 0, "mirps-platform"},
    /* The FEM under the Meeting of Interior Ministers */
    {"FEM", MIGPROC_REL_PART_OF, "RMI", Y(2004), 0, "docplayer-fem"},
    {"RMI", MIGPROC_REL_PART_OF, "MERCOSUR", 0, 0, "docplayer-fem"},
    /* MERCOSUR: founders, accessions, suspensions, associated states */
    {"AR", M, "MERCOSUR", 0, 0, "bankmagazine-mercosur"},
    {"BR", M, "MERCOSUR", 0, 0, "bankmagazine-mercosur"},
    {"PY", M, "MERCOSUR", 0, 0, "bankmagazine-mercosur"},
    {"UY", M, "MERCOSUR", 0, 0, "bankmagazine-mercosur"},
    /* Corrected in 1.1: Venezuela is a State Party, suspended, not a former
     * member; associated before its accession. */
    {"VE", M, "MERCOSUR", YMD(2012, 8, 12), 0, "g1"},
    {"VE", M, "MERCOSUR", 0, 0, "derechofacil-mercosur"},
    {"VE", MIGPROC_REL_SUSPENDED_FROM, "MERCOSUR", YMD(2016, 12, 1), 0, "eldoce-ve-2016"},
    {"VE", MIGPROC_REL_SUSPENDED_FROM, "MERCOSUR", YMD(2016, 12, 2), 0, "laregion-ve-2016"},
    {"VE", MIGPROC_REL_SUSPENDED_FROM, "MERCOSUR", YMD(2017, 8, 5), 0, "diarioregistrado-ve-2017"},
    {"VE", ASSOC, "MERCOSUR", Y(2004), 0, "rebelion"},
    {"VE", ASSOC, "MERCOSUR", 0, YMD(2012, 8, 12), "g1"},
    /* Corrected in 1.1: Bolivia a State Party from the entry into force of
     * its accession, 30 days after the deposit of 8 July 2024; associated
     * before (1996 or 1998: the sources disagree, both kept). */
    {"BO", M, "MERCOSUR", YMD(2024, 8, 7), 0, "laventana-bo-2024"},
    {"BO", ASSOC, "MERCOSUR", Y(1996), 0, "rebelion"},
    {"BO", ASSOC, "MERCOSUR", Y(1998), 0, "ladiaria"},
    {"BO", ASSOC, "MERCOSUR", 0, YMD(2024, 8, 7), "laventana-bo-2024"},
    {"CL", ASSOC, "MERCOSUR", Y(1996), 0, "rebelion"},
    {"PE", ASSOC, "MERCOSUR", Y(2003), 0, "rebelion"},
    {"CO", ASSOC, "MERCOSUR", Y(2004), 0, "rebelion"},
    {"EC", ASSOC, "MERCOSUR", Y(2004), 0, "rebelion"},
    {"GY", ASSOC, "MERCOSUR", YM(2013, 7), 0, "g1"},
    {"SR", ASSOC, "MERCOSUR", YM(2013, 7), 0, "g1"},
    {"PA", ASSOC, "MERCOSUR", YMD(2024, 12, 6), 0, "montevideo-summit"},
    {"CL", M, "MERCOSUR-AS", Y(1996), 0, "rebelion"},
    {"PA", M, "MERCOSUR-AS", YMD(2024, 12, 6), 0, "montevideo-summit"},
    /* Pro-tempore presidencies since 2019 (review of 2026-11-27) */
    {"MX", MIGPROC_REL_PRESIDES, "MIRPS", YM(2019, 2), Y(2020), "24-horas"},
    {"PA", MIGPROC_REL_PRESIDES, "MIRPS", Y(2023), YMD(2024, 1, 24), "sanpedrosun-mirps-2024"},
    {"BZ", MIGPROC_REL_PRESIDES, "MIRPS", YMD(2024, 1, 24), Y(2025), "sanpedrosun-mirps-2024"},
    {"CR", MIGPROC_REL_PRESIDES, "MIRPS", Y(2025), YMD(2025, 11, 25), "delfino-mirps-2025"},
    {"SV", MIGPROC_REL_PRESIDES, "MIRPS", YMD(2025, 11, 25), 0, "delfino-mirps-2025"},
    {"ES", MIGPROC_REL_PRESIDES, "MIRPS-SP", YMD(2020, 6, 29), 0, "reliefweb-mirps-sp-2020"},
    {"CO", MIGPROC_REL_PRESIDES, "MIRPS-SP", Y(2025), Y(2026), "mirps-platform"},
    {"US", MIGPROC_REL_PRESIDES, "MIRPS-SP", YM(2022, 9), 0, "mre-br-oea"},
    {"BR", MIGPROC_REL_PRESIDES, "SACM", Y(2025), Y(2026), "mre-vieira-csm"},
    {"UY", MIGPROC_REL_PRESIDES, "SACM", Y(2026), 0, "migrante-csm-2025"},
    {"SV", MIGPROC_REL_PRESIDES, "RCM", Y(2017), YMD(2017, 11, 30), "mire-crm-2016"},
    {"PA", MIGPROC_REL_PRESIDES, "RCM", YMD(2017, 11, 30), Y(2019), "radiomigrantes-crm-2017"},
    {"PA", MIGPROC_REL_PRESIDES, "RCM", Y(2023), Y(2024), "mire-crm-2023"},
    {"PA", MIGPROC_REL_PRESIDES, "RCM", Y(2023), Y(2024), "visionclave-crm-2023"},
    {"CR", MIGPROC_REL_PRESIDES, "QUITO", Y(2024), Y(2025), "acnur-quito-2024"},
    {"CO", MIGPROC_REL_PRESIDES, "LAD", YMD(2024, 9, 25), 0, "espectacular-lad-2024"},
    /* The XXIII SACM's participants: a fact of the meeting */
    {"SR", PART, "SACM", YMD(2025, 11, 18), YMD(2025, 11, 20), "mre-nota600"},
    /* The wider landscape */
    {"GY", SIG, "LAD", YMD(2022, 10, 6), 0, "lima-ministerial-lad"},
    {"US", SIG, "LAD", YMD(2022, 6, 10), 0, "einpresswire-lad"},
    {"UNHCR", SEC, "CHILE-DECLARATION", Y(2024), 0, "chile-ginebra-c40"},
    {"KY", SIG, "BRAZIL-DECLARATION", YM(2014, 12), 0, "cartagena30-brazil"},
    {"TC", PART, "CMC", YM(2016, 1), 0, "cmc-what"},
    {"UNHCR", MIGPROC_REL_PRESIDES, "R4V", YMD(2018, 4, 12), 0, "reliefweb-r4v-2018"},
    {"IOM", MIGPROC_REL_PRESIDES, "R4V", YMD(2018, 4, 12), 0, "reliefweb-r4v-2018"},
    {"CL", M, "ANDEAN", YMD(1969, 5, 26), Y(1976), "springer-can"},
    {"ANDEAN-MIGRATION-STATUTE", MIGPROC_REL_PART_OF, "ANDEAN", YMD(2021, 5, 12), 0, "mincit-can-878"},
    {"NI", SIG, "CA4", YM(2006, 6), 0, "nodal-ca4"},
    {"BR", SIG, "GCM", 0, YM(2019, 1), "gazetadopovo-gcm-2023"},
    {"BR", SIG, "GCM", YMD(2023, 1, 5), 0, "gazetadopovo-gcm-2023"},
    /* National refugee bodies: whose they are, and UNHCR's role */
    {"CONARE-AR", MIGPROC_REL_NATIONAL_BODY_OF, "AR", 0, 0, "migracionoea"},
    {"CONARE-BR", MIGPROC_REL_NATIONAL_BODY_OF, "BR", 0, 0, "gov-br-mj"},
    {"CONARE-BO", MIGPROC_REL_NATIONAL_BODY_OF, "BO", 0, 0, "infoleyes"},
    {"CONARE-PY", MIGPROC_REL_NATIONAL_BODY_OF, "PY", 0, 0, "mdi-py"},
    {"CONARE-CO", MIGPROC_REL_NATIONAL_BODY_OF, "CO", 0, 0, "funcionpublica"},
    {"CNR-VE", MIGPROC_REL_NATIONAL_BODY_OF, "VE", 0, 0, "ve-secondary"},
    {"CORE-UY", MIGPROC_REL_NATIONAL_BODY_OF, "UY", 0, 0, "acnur-uruguay"},
    {"CEPR-PE", MIGPROC_REL_NATIONAL_BODY_OF, "PE", 0, 0, "acnur-archive"},
    {"UNHCR", MIGPROC_REL_ADVISES, "CONARE-AR", 0, 0, "migracionoea"},
    {"UNHCR", MIGPROC_REL_ADVISES, "CONARE-BR", 0, 0, "gov-br-mj"},
    {"UNHCR", MIGPROC_REL_ADVISES, "CONARE-BO", 0, 0, "infoleyes"},
    {"UNHCR", M, "CONARE-PY", 0, 0, "mdi-py"},
    {"UNHCR", MIGPROC_REL_ADVISES, "CORE-UY", 0, 0, "acnur-uruguay"},
    {"UNHCR", MIGPROC_REL_ADVISES, "CEPR-PE", 0, 0, "acnur-archive"},
};

START_TEST(each_fact_with_its_source)
{
    const struct fact *f = &facts[_i];
    ck_assert_msg(stated(f), "not stated: %s %s %s [%u..%u] (%s)", f->subject,
                  migproc_rel_name(f->rel), f->object, (unsigned)f->start, (unsigned)f->end,
                  f->source);
}
END_TEST

START_TEST(every_relation_has_a_source)
{
    unsigned edges = 0;
    for (unsigned id = 0; id < migproc_count(); id++)
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            int source = migproc_edge_source(e);
            ck_assert_int_ge(source, 0);
            ck_assert_int_lt(source, (int)migproc_source_count());
            ck_assert_ptr_nonnull(migproc_source_key(source));
            edges++;
        }
    ck_assert_uint_gt(edges, 400); /* each edge seen from both ends */
    for (unsigned id = 0; id < migproc_count(); id++)
        for (unsigned i = 0; i < migproc_note_count((migproc_id)id); i++)
            ck_assert_ptr_nonnull(migproc_source_key(migproc_note_source((migproc_id)id, i)));
}
END_TEST

/* As of the day before a dated start or end, and as of that day. */
struct boundary {
    const char *subject;
    migproc_rel rel;
    const char *object;
    migproc_date before, on;
    bool holds_before, holds_on;
};

static const struct boundary boundaries[] = {
    {"SV", M, "MIRPS", YMD(2018, 12, 31), YMD(2019, 1, 1), false, true},
    {"SV", M, "MIRPS", Y(2018), Y(2019), false, true},
    {"MX", M, "MIRPS", YMD(2016, 12, 31), YMD(2017, 1, 1), false, true},
    {"VE", M, "MERCOSUR", YMD(2012, 8, 11), YMD(2012, 8, 12), false, true},
    {"VE", M, "MERCOSUR", YMD(2016, 11, 30), YMD(2016, 12, 1), true, true},
    {"VE", ASSOC, "MERCOSUR", YMD(2012, 8, 11), YMD(2012, 8, 12), true, false},
    {"BO", ASSOC, "MERCOSUR", YMD(2024, 8, 6), YMD(2024, 8, 7), true, false},
    {"BO", ASSOC, "MERCOSUR", YMD(1995, 12, 31), YMD(1996, 1, 1), false, true},
    {"BO", M, "MERCOSUR", YMD(2024, 7, 20), YMD(2024, 9, 1), false, true},
    {"SV", MIGPROC_REL_PRESIDES, "MIRPS", YMD(2025, 11, 24), YMD(2025, 11, 25), false, true},
    {"CR", MIGPROC_REL_PRESIDES, "MIRPS", YMD(2025, 11, 24), YMD(2025, 11, 25), true, false},
    {"BR", SIG, "GCM", YMD(2019, 1, 1), YMD(2023, 1, 5), false, true},
    {"BR", SIG, "GCM", YMD(2018, 12, 9), YMD(2018, 12, 10), false, true},
    {"GT", M, "QUITO", YMD(2024, 10, 31), YMD(2024, 11, 1), false, true},
    {"VE", MIGPROC_REL_SUSPENDED_FROM, "MERCOSUR", YMD(2016, 11, 30), YMD(2016, 12, 1), false, true},
    {"BO", M, "MERCOSUR", YMD(2024, 8, 6), YMD(2024, 8, 7), false, true},
    {"AR", M, "MERCOSUR", YMD(1990, 12, 31), YMD(1991, 1, 1), false, true},
    {"PA", ASSOC, "MERCOSUR", YMD(2024, 12, 5), YMD(2024, 12, 6), false, true},
    {"AD", M, "RIAM", YMD(2023, 9, 30), YMD(2023, 10, 1), false, true},
    {"ES", M, "RIAM", YMD(2011, 12, 31), YMD(2012, 1, 1), false, true},
    {"CL", ASSOC, "MERCOSUR", YMD(1995, 12, 31), YMD(1996, 1, 1), false, true},
    {"GY", ASSOC, "MERCOSUR", YMD(2013, 6, 30), YMD(2013, 7, 1), false, true},
    {"MIRPS-SP", MIGPROC_REL_SUPPORTS, "MIRPS", YMD(2018, 12, 31), YMD(2019, 1, 1), false, true},
    {"AR", PART, "QUITO", YMD(2018, 9, 2), YMD(2018, 9, 3), false, true},
    {"GY", PART, "QUITO", YMD(2023, 11, 21), YMD(2023, 11, 22), false, true},
    {"AR", M, "SACM", YMD(2000, 4, 30), YMD(2000, 5, 1), false, true},
    {"IOM", SEC, "RCM", YMD(2001, 2, 28), YMD(2001, 3, 1), false, true},
    {"SV", MIGPROC_REL_PRESIDES, "RCM", YMD(2016, 12, 31), YMD(2017, 1, 1), false, true},
    {"US", MIGPROC_REL_PRESIDES, "MIRPS-SP", YMD(2022, 8, 31), YMD(2022, 9, 1), false, true},
    {"US", MIGPROC_REL_PRESIDES, "MIRPS-SP", YMD(2024, 12, 31), YMD(2025, 1, 1), true, false},
    {"PA", MIGPROC_REL_PRESIDES, "RCM", YMD(2017, 11, 29), YMD(2017, 11, 30), false, true},
    /* One presidency at a time: El Salvador until the handover, Panama from it. */
    {"SV", MIGPROC_REL_PRESIDES, "RCM", YMD(2017, 11, 29), YMD(2017, 11, 30), true, false},
    {"SACM-NET-GENDER", MIGPROC_REL_PART_OF, "SACM", YMD(2019, 12, 31), YMD(2020, 1, 1), false, true},
    {"SACM-CS-ADDENDUM", MIGPROC_REL_PART_OF, "SACM", YMD(2022, 12, 31), YMD(2023, 1, 1), false, true},
};

START_TEST(asof_boundaries)
{
    const struct boundary *b = &boundaries[_i];
    migproc_id s = by_code(b->subject), o = by_code(b->object);
    ck_assert_msg(migproc_holds_asof(s, b->rel, o, b->before) == b->holds_before,
                  "%s %s %s as of %u", b->subject, migproc_rel_name(b->rel), b->object,
                  (unsigned)b->before);
    ck_assert_msg(migproc_holds_asof(s, b->rel, o, b->on) == b->holds_on,
                  "%s %s %s as of %u", b->subject, migproc_rel_name(b->rel), b->object,
                  (unsigned)b->on);
    /* The same answer read from the other end, and through related_asof. */
    migproc_set set;
    migproc_related_asof(o, (migproc_rel)migproc_rel_inverse(b->rel), b->on, &set);
    ck_assert_int_eq(migproc_set_has(&set, s), b->holds_on);
    ck_assert_int_eq(migproc_holds_asof(o, (migproc_rel)migproc_rel_inverse(b->rel), s, b->before),
                     b->holds_before);
}
END_TEST

START_TEST(issue_examples)
{
    char got[1024];
    migproc_set s;
    migproc_id mirps = by_code("MIRPS"), mercosur = by_code("MERCOSUR");
    ck_assert_uint_eq(migproc_related_asof(mirps, MIGPROC_REL_HAS_MEMBER, Y(2018), &s), 6);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "BZ CR GT HN MX PA");
    ck_assert_uint_eq(migproc_related_asof(mirps, MIGPROC_REL_HAS_MEMBER, Y(2020), &s), 7);
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_MEMBER, Y(2013), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BR PY UY VE");
    /* Suspended, Venezuela remains a State Party (corrected in 1.1). */
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_MEMBER, Y(2018), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BR PY UY VE");
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_SUSPENDED, Y(2018), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "VE");
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_MEMBER, YMD(2024, 7, 20), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BR PY UY VE");
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_MEMBER, YM(2024, 9), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BO BR PY UY VE");
    migproc_related_asof(mercosur, MIGPROC_REL_HAS_ASSOCIATE, YMD(2024, 7, 20), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "BO CL CO EC GY MERCOSUR-AS PE SR");
    /* Who presides what, as of a date and now. */
    migproc_related_asof(by_code("RCM"), MIGPROC_REL_PRESIDED_BY, YM(2017, 6), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "SV");
    migproc_related_asof(by_code("RCM"), MIGPROC_REL_PRESIDED_BY, YMD(2017, 12, 15), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "PA");
    migproc_related_asof(by_code("MIRPS-SP"), MIGPROC_REL_PRESIDED_BY, YM(2023, 6), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "US");
    migproc_related_asof(by_code("MIRPS"), MIGPROC_REL_PRESIDED_BY, YM(2024, 6), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "BZ");
    migproc_related_asof(by_code("MIRPS"), MIGPROC_REL_PRESIDED_BY, YM(2025, 6), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "CR");
    migproc_related(by_code("MIRPS"), MIGPROC_REL_PRESIDED_BY, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "SV");
    migproc_related_asof(by_code("SACM"), MIGPROC_REL_PRESIDED_BY, YM(2025, 6), &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "BR");
    migproc_related(by_code("SACM"), MIGPROC_REL_PRESIDED_BY, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "UY");
    migproc_related(by_code("LAD"), MIGPROC_REL_PRESIDED_BY, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "CO");
    migproc_related(by_code("R4V"), MIGPROC_REL_PRESIDED_BY, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "IOM UNHCR");
    /* Suriname's Spanish name is CLDR's, as SACM's own site spells it. */
    ck_assert_str_eq(migproc_name(by_code("SR"), "es"), "Surinam");
    ck_assert_uint_eq(migproc_find("Surinam"), by_code("SR"));
    /* The Global Compact on Refugees, affirmed on 17 December 2018. */
    ck_assert_uint_eq(migproc_established(by_code("GCR")), YMD(2018, 12, 17));
    ck_assert(!migproc_holds_asof(mirps, MIGPROC_REL_ALIGNED_WITH, by_code("GCR"), YMD(2018, 12, 16)));
    ck_assert(migproc_holds_asof(mirps, MIGPROC_REL_ALIGNED_WITH, by_code("GCR"), YMD(2018, 12, 17)));
    migproc_related(mercosur, MIGPROC_REL_HAS_MEMBER, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BO BR PY UY VE");
    migproc_related(mercosur, MIGPROC_REL_HAS_ASSOCIATE, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "CL CO EC GY MERCOSUR-AS PA PE SR");
}
END_TEST

START_TEST(disagreements_kept)
{
    char got[1024];
    migproc_set s, nets;
    /* The seed's thirteen Quito members and the first meeting's thirteen
     * participants: Guyana only in the first, Bolivia only in the second. */
    migproc_related(by_code("QUITO"), MIGPROC_REL_HAS_MEMBER, &s);
    ck_assert(migproc_set_has(&s, by_code("GY")));
    ck_assert(!migproc_set_has(&s, by_code("BO")));
    migproc_related_asof(by_code("QUITO"), MIGPROC_REL_HAS_PARTICIPANT, YMD(2018, 9, 4), &s);
    ck_assert_uint_eq(migproc_set_count(&s), 13);
    ck_assert(migproc_set_has(&s, by_code("BO")));
    ck_assert(!migproc_set_has(&s, by_code("GY")));
    migproc_related(by_code("QUITO-DECLARATION"), MIGPROC_REL_HAS_SIGNATORY, &s);
    ck_assert_str_eq(set_codes(&s, got, sizeof got), "AR BR CL CO CR EC MX PA PE PY UY");
    /* Six networks per the seed, all still there, and the consular network
     * of the 2025 statement: the seed's statement is not replaced by the
     * later one. */
    migproc_related(by_code("SACM"), MIGPROC_REL_HAS_PART, &s);
    migproc_set_all_of_kind(&nets, MIGPROC_KIND_NETWORK);
    migproc_set_intersect(&s, &s, &nets);
    ck_assert_uint_eq(migproc_set_count(&s), 7);
}
END_TEST

/* Whether an entity has a note with this date, text and source. */
static bool noted(const char *code, migproc_date date, const char *text, const char *source)
{
    migproc_id id = by_code(code);
    for (unsigned i = 0; i < migproc_note_count(id); i++)
        if (migproc_note_date(id, i) == date && strstr(migproc_note_text(id, i), text) &&
            strcmp(migproc_source_key(migproc_note_source(id, i)), source) == 0)
            return true;
    return false;
}

START_TEST(notes)
{
    ck_assert(noted("RCM", YM(1996, 3), "Puebla", "crmsv-about"));
    ck_assert(noted("SACM", YM(2000, 5), "Buenos Aires", "csm-about"));
    ck_assert(noted("RIAM", Y(2012), "II Ibero-American Congress", "gestion"));
    ck_assert(noted("QUITO", YMD(2018, 9, 3), "first meeting", "pq-que-hacemos"));
    ck_assert(noted("MIRPS", 0, "rotates annually", "seed"));
    ck_assert(noted("MIRPS", 0, "alphabetical order", "elmundo-sv"));
    ck_assert(noted("MIRPS", 0, "Mexico held the first", "24-horas"));
    ck_assert(noted("MIRPS-SP", YM(2019, 12), "Global Refugee Forum", "mirps-platform"));
    ck_assert(noted("SACM-NET-ENVIRONMENT", YMD(2022, 4, 28), "first meeting", "ecrit-displacement"));
    ck_assert(noted("SACM-NET-GENDER", YMD(2025, 11, 18), "not among the five", "mre-vieira-csm"));
    ck_assert(noted("SACM-NET-CHILDHOOD", YMD(2025, 11, 18), "not among the five", "mre-vieira-csm"));
    ck_assert(noted("CONARE-AR", Y(2006), "Law 26.165", "migracionoea"));
    ck_assert(noted("CONARE-BR", Y(1997), "Law 9.474", "gov-br-mj"));
    ck_assert(noted("CONARE-BO", Y(2012), "Law 251", "infoleyes"));
    ck_assert(noted("CONARE-PY", Y(2002), "Law 1938", "mdi-py"));
    ck_assert(noted("CONARE-CO", Y(2013), "Decree 2840", "funcionpublica"));
    ck_assert(noted("CNR-VE", Y(2001), "Organic Law", "ve-secondary"));
    ck_assert(noted("CORE-UY", Y(2006), "Law 18.076", "acnur-uruguay"));
    ck_assert(noted("CEPR-PE", Y(2002), "Law 27891", "acnur-archive"));
    /* Each note says what its own page says (corrected on 2026-11-28): Belize
     * hosting is IOM's page, the Asunción summit MERCOSUR's. */
    ck_assert(noted("CMC", YM(2016, 1), "Belize hosted", "iom-sanjose-cmc"));
    ck_assert(!noted("CMC", YM(2016, 1), "Belize", "cmc-what"));
    ck_assert(noted("MERCOSUR", YM(2024, 7), "64th summit, Asunción", "mercosur-bo-2024"));
    ck_assert(!noted("MERCOSUR", YMD(2024, 7, 8), "Asunción", "acreagora-bo-2024"));
    ck_assert_uint_eq(migproc_established(by_code("FEM")), Y(2004));
    ck_assert_str_eq(migproc_source_key(migproc_established_source(by_code("FEM"))),
                     "docplayer-fem");
}
END_TEST

START_TEST(national_commission_keys)
{
    char got[512];
    migproc_set s;
    /* "CONARE" claims the five bodies so named, not Uruguay's or Peru's. */
    migproc_find_all("CONARE", &s);
    ck_assert(!migproc_set_has(&s, by_code("CORE-UY")));
    ck_assert(!migproc_set_has(&s, by_code("CEPR-PE")));
    /* The seed's generic term claims them all. */
    ck_assert_uint_eq(migproc_find_all("national refugee commission", &s), 8);
    ck_assert_str_eq(set_codes(&s, got, sizeof got),
                     "CEPR-PE CNR-VE CONARE-AR CONARE-BO CONARE-BR CONARE-CO CONARE-PY CORE-UY");
    ck_assert_str_eq(migproc_code(migproc_find("CORE")), "CORE-UY");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("facts");
    TCase *tc = tcase_create("facts");
    tcase_add_loop_test(tc, each_fact_with_its_source, 0, (int)(sizeof facts / sizeof facts[0]));
    tcase_add_loop_test(tc, asof_boundaries, 0, (int)(sizeof boundaries / sizeof boundaries[0]));
    tcase_add_test(tc, every_relation_has_a_source);
    tcase_add_test(tc, issue_examples);
    tcase_add_test(tc, disagreements_kept);
    tcase_add_test(tc, notes);
    tcase_add_test(tc, national_commission_keys);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
