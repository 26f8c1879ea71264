/*
 * test-lookup.c - every ISO entry by every code, every name and alias in
 * every case, with and without accents; ambiguity; unknown keys.
 *
 * The expected answers come from the data files a reviewer reads
 * (MIGPROC_DATA_DIR), so the whole path - data, generator, folding, search -
 * is checked end to end.
 */
#include "testlib.h"

#define MAX_FIELDS 8

/* Calls row() for each data row of a tab-separated file of the data dir. */
static unsigned each_row(const char *file, void (*row)(char **fields, unsigned n))
{
    const char *dir = getenv("MIGPROC_DATA_DIR");
    char path[1024], line[1024];
    unsigned rows = 0;
    ck_assert_msg(dir != NULL, "MIGPROC_DATA_DIR is not set");
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    while (fgets(line, sizeof line, f)) {
        char *fields[MAX_FIELDS];
        unsigned n = 0;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        for (char *p = line; n < MAX_FIELDS;) {
            fields[n++] = p;
            p = strchr(p, '\t');
            if (p == NULL)
                break;
            *p++ = '\0';
        }
        row(fields, n);
        rows++;
    }
    fclose(f);
    return rows;
}

/* Whether a key is declared ambiguous (compared after the test's own
 * accent-insensitive, case-insensitive comparison: exact enough here). */
static char ambiguous[16][128];
static unsigned ambiguous_count;

static void ambiguous_row(char **f, unsigned n)
{
    ck_assert_uint_eq(n, 2);
    snprintf(ambiguous[ambiguous_count++], sizeof ambiguous[0], "%s", f[0]);
}

static bool is_ambiguous(const char *key)
{
    migproc_set all;
    for (unsigned i = 0; i < ambiguous_count; i++)
        if (migproc_find_all(ambiguous[i], &all) > 1 && migproc_find(ambiguous[i]) == MIGPROC_NONE) {
            migproc_set mine;
            migproc_find_all(key, &mine);
            if (migproc_set_equal(&mine, &all))
                return true;
        }
    return false;
}

/* Upper case (ASCII and Latin-1 letters) and accent stripping (Latin-1
 * letters), written here independently of the library's tables. */
static void to_upper(const char *in, char *out)
{
    const unsigned char *s = (const unsigned char *)in;
    for (; *s; s++, out++) {
        if (*s >= 'a' && *s <= 'z')
            *out = (char)(*s - 32);
        else if (s[0] == 0xC3 && s[1] >= 0xA0 && s[1] <= 0xBE && s[1] != 0xB7) {
            *out++ = (char)0xC3;
            *out = (char)(*++s - 0x20);
        } else
            *out = (char)*s;
    }
    *out = '\0';
}

static bool strip_accents(const char *in, char *out)
{
    /* Base letters of U+00C0..U+00FF; '?' marks those with no single one. */
    static const char base[] = "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
    const unsigned char *s = (const unsigned char *)in;
    bool changed = false;
    for (; *s; s++) {
        if (s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0xBF && base[s[1] - 0x80] != '?') {
            *out++ = base[*++s - 0x80];
            changed = true;
        } else if (*s >= 0x80) {
            return false; /* a letter this test has no base for */
        } else
            *out++ = (char)*s;
    }
    *out = '\0';
    return changed;
}

static void expect_key(const char *key, migproc_id id)
{
    char upper[1024], plain[1024];
    migproc_set all;
    if (is_ambiguous(key)) {
        ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
        ck_assert_uint_ge(migproc_find_all(key, &all), 2);
        ck_assert(migproc_set_has(&all, id));
        return;
    }
    ck_assert_msg(migproc_find(key) == id, "find(\"%s\") = %u, expected %u (%s)", key,
                  migproc_find(key), id, migproc_code(id));
    ck_assert_uint_eq(migproc_find_all(key, &all), 1);
    ck_assert(migproc_set_has(&all, id));
    ck_assert_uint_eq(migproc_findn(key, strlen(key)), id);
    to_upper(key, upper);
    ck_assert_msg(migproc_find(upper) == id, "find(\"%s\") != %s", upper, migproc_code(id));
    if (strip_accents(key, plain)) {
        ck_assert_msg(migproc_find(plain) == id, "find(\"%s\") != %s", plain, migproc_code(id));
        to_upper(plain, upper);
        ck_assert_uint_eq(migproc_find(upper), id);
    }
}

static unsigned states_seen;

static void state_row(char **f, unsigned n)
{
    char lower[8], buf[16];
    ck_assert_uint_eq(n, 7);
    migproc_id id = (migproc_id)atoi(f[0]);
    ck_assert_int_eq(migproc_kind_of(id), MIGPROC_KIND_STATE);
    ck_assert_str_eq(migproc_code(id), f[1]);
    ck_assert_str_eq(migproc_alpha3(id), f[2]);
    ck_assert_uint_eq(migproc_numeric(id), (unsigned)atoi(f[3]));
    ck_assert_str_eq(migproc_name(id, "en"), f[4]);
    ck_assert_str_eq(migproc_name(id, "es"), f[5]);
    ck_assert_str_eq(migproc_name(id, "pt"), f[6]);
    for (int code = 1; code <= 2; code++) {
        expect_key(f[code], id);
        snprintf(lower, sizeof lower, "%s", f[code]);
        for (char *p = lower; *p; p++)
            *p = (char)(*p | 0x20);
        expect_key(lower, id);
        lower[0] = (char)(lower[0] & ~0x20); /* "Mx", "Mex" */
        expect_key(lower, id);
    }
    unsigned numeric = (unsigned)atoi(f[3]);
    expect_key(f[3], id); /* "008" */
    snprintf(buf, sizeof buf, "%u", numeric);
    expect_key(buf, id); /* "8" */
    snprintf(buf, sizeof buf, "0%s", f[3]);
    expect_key(buf, id); /* "0008" */
    ck_assert_uint_eq(migproc_find_numeric(numeric), id);
    for (int lang = 4; lang <= 6; lang++)
        expect_key(f[lang], id);
    states_seen++;
}

START_TEST(every_iso_entry)
{
    each_row("ambiguous-keys.tsv", ambiguous_row);
    states_seen = 0;
    ck_assert_uint_eq(each_row("states.tsv", state_row), 249);
    ck_assert_uint_eq(states_seen, 249);
    ck_assert_uint_eq(migproc_set_all_of_kind(NULL, MIGPROC_KIND_STATE), 249);
}
END_TEST

static void entity_row(char **f, unsigned n)
{
    ck_assert_uint_eq(n, 8);
    migproc_id id = (migproc_id)atoi(f[0]);
    ck_assert_str_eq(migproc_code(id), f[1]);
    ck_assert_str_eq(migproc_kind_name(migproc_kind_of(id)), f[2]);
    expect_key(f[1], id);
    for (int lang = 5; lang <= 7; lang++)
        if (strcmp(f[lang], "-") != 0)
            expect_key(f[lang], id);
}

static void alias_row(char **f, unsigned n)
{
    ck_assert_uint_eq(n, 4);
    expect_key(f[2], by_code(f[0]));
}

START_TEST(every_name_and_alias)
{
    each_row("ambiguous-keys.tsv", ambiguous_row);
    ck_assert_uint_gt(each_row("entities.tsv", entity_row), 20);
    ck_assert_uint_gt(each_row("aliases.tsv", alias_row), 200);
    ck_assert_uint_gt(each_row("cldr-aliases.tsv", alias_row), 50);
}
END_TEST

static void expect_find(const char *key, const char *code)
{
    migproc_id id = migproc_find(key);
    ck_assert_msg(id != MIGPROC_NONE, "find(\"%s\") found nothing", key);
    ck_assert_msg(strcmp(migproc_code(id), code) == 0, "find(\"%s\") = %s, expected %s", key,
                  migproc_code(id), code);
}

START_TEST(design_examples)
{
    const char *mexico[] = {"MX", "mx", "mexico", "Mexico", "México", "MÉXICO", "MEXICO",
                            "MEX", "484", "Estados Unidos Mexicanos", "  m-e-x-i-c-o  ",
                            "United Mexican States"};
    for (size_t i = 0; i < sizeof mexico / sizeof mexico[0]; i++)
        expect_find(mexico[i], "MX");
    expect_find("Perú", "PE");
    expect_find("PERU", "PE");
    expect_find("São Tomé e Príncipe", "ST");
    expect_find("sao tome e principe", "ST");
    expect_find("Côte d’Ivoire", "CI");
    expect_find("cote divoire", "CI");
    expect_find("8", "AL");
    expect_find("008", "AL");
    expect_find("USA", "US");
    expect_find("United States of America", "US");
    expect_find("Estados Unidos", "US");
    expect_find("EE. UU.", "US");
    expect_find("Bolivia (Plurinational State of)", "BO");
    expect_find("Venezuela", "VE");
    expect_find("Brasil", "BR");
    expect_find("puebla process", "RCM");
    expect_find("Proceso Puebla", "RCM");
    expect_find("CRM", "RCM");
    expect_find("Conferencia Sudamericana sobre Migraciones", "SACM");
    expect_find("Proceso de Quito", "QUITO");
    expect_find("Processo de Quito", "QUITO");
    expect_find("MIRPS", "MIRPS");
    expect_find("MERCOSUL", "MERCOSUR");
    expect_find("FEM", "FEM");
    expect_find("ACNUR", "UNHCR");
    expect_find("CONAREs", "CONARES");
    /* Folding of Latin Extended-A and the special letters. */
    expect_find("Åland Islands", "AX");
    expect_find("aland islands", "AX");
    expect_find("Türkiye", "TR");
    expect_find("turkiye", "TR");
}
END_TEST

START_TEST(ambiguous_keys)
{
    migproc_set all;
    char got[512];
    ck_assert_uint_eq(migproc_find("CONARE"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("conare"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_all("conare", &all), 5);
    ck_assert_str_eq(set_codes(&all, got, sizeof got),
                     "CONARE-AR CONARE-BO CONARE-BR CONARE-CO CONARE-PY");
    ck_assert_uint_eq(migproc_find_all("Comision Nacional para los Refugiados", &all), 2);
    ck_assert_str_eq(set_codes(&all, got, sizeof got), "CNR-VE CONARE-AR");
    /* Uruguay's and Peru's bodies are not called CONARE. */
    ck_assert(!migproc_set_has(&all, by_code("CORE-UY")));
    ck_assert_uint_eq(migproc_find_all("CONARE", NULL), 5);
}
END_TEST

START_TEST(unknown_keys)
{
    const char *unknown[] = {"Atlantis", "XX", "XXX", "999", "0", "000", "1000", "Mexic",
                             "Mexicoo", "conares s", "Estados", "-", "...", "   "};
    migproc_set all = {{0}};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        ck_assert_msg(migproc_find(unknown[i]) == MIGPROC_NONE, "found \"%s\"", unknown[i]);
        migproc_set_add(&all, 3);
        ck_assert_uint_eq(migproc_find_all(unknown[i], &all), 0);
        ck_assert(migproc_set_empty(&all));
    }
    ck_assert_uint_eq(migproc_find_numeric(0), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_numeric(999), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_numeric(100000), MIGPROC_NONE);
}
END_TEST

START_TEST(findn_lengths)
{
    ck_assert_str_eq(migproc_code(migproc_findn("MEXICO", 3)), "MX");
    ck_assert_str_eq(migproc_code(migproc_findn("MXN", 2)), "MX");
    ck_assert_str_eq(migproc_code(migproc_findn("Peru and more", 4)), "PE");
    ck_assert_uint_eq(migproc_findn("MX", 0), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn("MX\0", 3), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn("M\0X", 3), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn_all("CONARE-AR", 6, NULL), 5);
    /* A multi-byte character cut by len is invalid UTF-8. */
    ck_assert_uint_eq(migproc_findn("Perú", 4), MIGPROC_NONE);
    ck_assert_str_eq(migproc_code(migproc_findn("Perú", 5)), "PE");
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {
        every_iso_entry, every_name_and_alias, design_examples, ambiguous_keys, unknown_keys,
        findn_lengths,
    };
    return run_tests("lookup", tests, sizeof tests / sizeof tests[0]);
}
