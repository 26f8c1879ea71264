/*
 * test-keys.c - lookup keys users rely on: every key 1.0 shipped
 * (tests/abi/keys-1.0.tsv, frozen) still finds what it found in 1.0, and the
 * everyday names of states are found.
 */
#include "testlib.h"

#include <stdint.h>

/* Every key of the 1.0 baseline: one that named one entity still finds
 * exactly that entity; one that named several still finds all of them. */
START_TEST(keys_of_1_0)
{
    const char *path = getenv("MIGPROC_KEYS_BASELINE");
    char line[1024];
    unsigned n = 0, ambiguous = 0;
    ck_assert_msg(path != NULL, "MIGPROC_KEYS_BASELINE is not set");
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *codes = strchr(line, '\t');
        ck_assert_msg(codes != NULL, "bad row %s", line);
        *codes++ = '\0';
        migproc_set found, want;
        migproc_set_clear(&want);
        unsigned count = 0;
        for (char *c = strtok(codes, " "); c; c = strtok(NULL, " ")) {
            migproc_set_add(&want, by_code(c));
            count++;
        }
        migproc_find_all(line, &found);
        if (count == 1) {
            migproc_id id = migproc_find(line);
            ck_assert_msg(id == migproc_set_next(&want, MIGPROC_NONE),
                          "key \"%s\" of 1.0 found %s, not %s", line,
                          id == MIGPROC_NONE ? "nothing" : migproc_code(id), codes);
            ck_assert_msg(migproc_set_equal(&found, &want), "key \"%s\": find_all differs",
                          line);
        } else {
            char got[1024];
            ck_assert_msg(migproc_set_subset(&want, &found),
                          "key \"%s\" of 1.0 named %s, now %s", line, codes,
                          set_codes(&found, got, sizeof got));
            ambiguous++;
        }
        n++;
    }
    fclose(f);
    ck_assert_uint_eq(n, 1892);
    ck_assert_uint_eq(ambiguous, 3);
}
END_TEST

/* Names people type for states, each with the state it must find. */
START_TEST(everyday_names)
{
    static const char *const names[][2] = {
        {"UK", "GB"},          {"Turkey", "TR"},        {"Türkiye", "TR"},
        {"Holy See", "VA"},    {"Vatican", "VA"},       {"Palestine", "PS"},
        {"Bolivia", "BO"},     {"Venezuela", "VE"},     {"Iran", "IR"},
        {"Russia", "RU"},      {"Syria", "SY"},         {"Laos", "LA"},
        {"South Korea", "KR"}, {"North Korea", "KP"},   {"Czech Republic", "CZ"},
        {"Ivory Coast", "CI"}, {"Surinam", "SR"},       {"Vatican City", "VA"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        migproc_id id = migproc_find(names[i][0]);
        ck_assert_msg(id == by_code(names[i][1]), "\"%s\" found %s, not %s", names[i][0],
                      id == MIGPROC_NONE ? "nothing" : migproc_code(id), names[i][1]);
    }
}
END_TEST

/* Suriname's Spanish name is CLDR's. */
START_TEST(suriname_in_spanish)
{
    ck_assert_str_eq(migproc_name(by_code("SR"), "es"), "Surinam");
}
END_TEST

/* Keys of 1.0 kept as fingerprints are matched by a check hash, not by
 * their text: many strings that are no key, of the lengths those keys have,
 * land on fingerprint rows of the same length and must all be refused. */
START_TEST(no_key_matches_a_fingerprint)
{
    uint32_t state = 2463534242u;
    char key[64];
    for (unsigned i = 0; i < 50000; i++) {
        size_t len = 10 + i % 50;
        for (size_t j = 0; j < len; j++) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            key[j] = (char)('a' + state % 26);
        }
        key[len] = '\0';
        migproc_set all;
        ck_assert_msg(migproc_find(key) == MIGPROC_NONE && migproc_find_all(key, &all) == 0,
                      "\"%s\" is not a key but was found", key);
    }
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {keys_of_1_0, everyday_names, suriname_in_spanish,
                                  no_key_matches_a_fingerprint};
    return run_tests("keys", tests, sizeof tests / sizeof tests[0]);
}
