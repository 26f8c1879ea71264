/*
 * test-known.c - lookups checked against answers written here by hand, not
 * read from lib/data/: keys and the code each must find (facts of ISO 3166
 * and of the processes' own names), and keys that must find nothing -
 * prefixes of real keys, numbers next to real codes, keys one edit away.
 * A lookup that hits the wrong row, or any row for a near miss, fails here
 * even when the data and the tables agree with each other.
 */
#include "testlib.h"

static const struct {
    const char *key, *code;
} hits[] = {
    {"MX", "MX"}, {"mx", "MX"}, {"MEX", "MX"}, {"484", "MX"}, {"0484", "MX"},
    {"0000000484", "MX"}, {"Mexico", "MX"}, {"México", "MX"}, {"MEXICO", "MX"},
    {"mé xi-co", "MX"}, {"Estados Unidos Mexicanos", "MX"},
    {"8", "AL"}, {"008", "AL"}, {"0008", "AL"}, {"8:", "AL"}, {"8.", "AL"}, {"0-8", "AL"}, {"ALB", "AL"}, {"Albania", "AL"},
    {"76", "BR"}, {"076", "BR"}, {"Brazil", "BR"}, {"Brasil", "BR"},
    {"84", "BZ"}, {"Belize", "BZ"}, {"Belice", "BZ"}, {"48", "BH"},
    {"CO", "CO"}, {"COL", "CO"}, {"170", "CO"}, {"Colombia", "CO"},
    {"VE", "VE"}, {"862", "VE"}, {"Venezuela", "VE"}, {"068", "BO"}, {"Bolivia", "BO"},
    {"PER", "PE"}, {"Peru", "PE"}, {"Perú", "PE"}, {"SLV", "SV"}, {"El Salvador", "SV"},
    {"Panama", "PA"}, {"Panamá", "PA"}, {"Costa Rica", "CR"}, {"CostaRica", "CR"},
    {"Estados Unidos", "US"}, {"United States", "US"}, {"840", "US"}, {"USA", "US"},
    {"Reino Unido", "GB"}, {"United Kingdom", "GB"}, {"826", "GB"},
    {"Alemania", "DE"}, {"Germany", "DE"}, {"276", "DE"}, {"ESP", "ES"}, {"España", "ES"},
    {"Guatemala", "GT"}, {"Honduras", "HN"}, {"Chile", "CL"}, {"Argentina", "AR"},
    {"RCM", "RCM"}, {"Puebla Process", "RCM"}, {"Regional Conference on Migration", "RCM"},
    {"Proceso de Quito", "QUITO"}, {"Quito Process", "QUITO"}, {"MIRPS", "MIRPS"},
    {"SACM", "SACM"}, {"RIAM", "RIAM"}, {"MERCOSUR", "MERCOSUR"},
    /* Aliases: other names the processes, organisations and states go by. */
    {"Lima Process", "SACM"}, {"CSM", "SACM"}, {"Proceso Puebla", "RCM"}, {"CRM", "RCM"},
    {"Conferencia Regional sobre Migración", "RCM"}, {"MERCOSUL", "MERCOSUR"},
    {"Comprehensive Regional Framework for Protection and Solutions", "MIRPS"},
    {"OIM", "IOM"}, {"CEPAL", "ECLAC"}, {"CIDH", "IACHR"}, {"OEA", "OAS"}, {"UE", "EU"},
    {"EEUU", "US"}, {"EE. UU.", "US"}, {"Argentine Republic", "AR"},
    {"Principality of Andorra", "AD"}, {"Venezuela (Bolivarian Republic of)", "VE"},
    /* Names in another case of their ASCII letters (the spelling index), and with a byte
     * the case bit away from theirs that is not a letter: "CA\x14" is CA4's spelling with
     * '4' (0x34) as 0x14, which folding drops, so it is Canada's code, not CA4. */
    {"mexico", "MX"}, {"puebla process", "RCM"}, {"PUEBLA PROCESS", "RCM"}, {"ca4", "CA4"},
    {"CA\x14", "CA"}, {"san pedro sula declaration", "SAN-PEDRO-SULA-DECLARATION"},
    /* Latin-1 letters in another case (the spelling index's caseless comparison). */
    {"BÉLGICA", "BE"}, {"ÅLAND ISLANDS", "AX"}, {"åland islands", "AX"}, {"MÉXICO", "MX"},
};

static const char *const misses[] = {
    /* Prefixes of real keys, and one letter. */
    "c", "M", "X", "Reino", "Reino Unid", "Colom", "Mexic", "Chil", "Guatemal", "Hondura",
    "Estados", "United", "Puebla", "Proceso de Quit", "MIRP", "CONAR", "Mercosu", "Salvador",
    /* Numbers near real codes, and numbers no code has. */
    "2020", "485", "483", "841", "9", "009", "0", "000", "999", "1000", "4840", "04840",
    "0001234", "1234", "00000", "8400", "1:", "2:", "1/",
    /* One edit away. */
    "Mexicoo", "Brasill", "Argentna", "Peruu", "MEXX", "MX1", "RCMM", "SACMM", "Colombai",
    "ZZ", "AA",
};

START_TEST(expected_hits)
{
    for (size_t i = 0; i < sizeof hits / sizeof hits[0]; i++) {
        migproc_id id = migproc_find(hits[i].key);
        const char *code = migproc_code(id);
        ck_assert_msg(code != NULL && strcmp(code, hits[i].code) == 0, "%s: %s, expected %s",
                      hits[i].key, code ? code : "nothing", hits[i].code);
        ck_assert_uint_eq(migproc_findn(hits[i].key, strlen(hits[i].key)), id);
    }
}
END_TEST

START_TEST(expected_misses)
{
    for (size_t i = 0; i < sizeof misses / sizeof misses[0]; i++) {
        migproc_set all;
        migproc_id id = migproc_find(misses[i]);
        ck_assert_msg(id == MIGPROC_NONE, "%s found %s", misses[i],
                      migproc_code(id) ? migproc_code(id) : "?");
        ck_assert_msg(migproc_find_all(misses[i], &all) == 0, "%s found some", misses[i]);
        ck_assert(migproc_set_empty(&all));
        ck_assert_uint_eq(migproc_findn(misses[i], strlen(misses[i])), MIGPROC_NONE);
    }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {expected_hits, expected_misses};
    return run_tests("known", tests, sizeof tests / sizeof tests[0]);
}
