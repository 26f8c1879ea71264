/*
 * test-badinput.c - every entry point given bad input gets exactly the
 * result the header documents.
 */
#define _DEFAULT_SOURCE /* mmap, MAP_ANONYMOUS */
#include "testlib.h"

#include <limits.h>
#include <sys/mman.h>
#include <unistd.h>

/* The last is the first ID past the data (migproc_count()), set in main():
 * a bound one too wide reads a row past a table there. */
static migproc_id bad_ids[] = {MIGPROC_NONE, 1023, 1024, 0x8000, 0xFFFE, 0};

START_TEST(entity_functions)
{
    ck_assert_uint_lt(migproc_count(), 1023);
    for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        migproc_id id = bad_ids[i];
        ck_assert_int_eq(migproc_kind_of(id), MIGPROC_KIND_NONE);
        ck_assert_ptr_null(migproc_code(id));
        ck_assert_ptr_null(migproc_name(id, "en"));
        ck_assert_ptr_null(migproc_name(id, NULL));
        ck_assert_ptr_null(migproc_alpha3(id));
        ck_assert_uint_eq(migproc_numeric(id), 0);
        ck_assert_uint_eq(migproc_established(id), 0);
        ck_assert_int_eq(migproc_established_source(id), -1);
        ck_assert_uint_eq(migproc_reviewed(id), 0);
        ck_assert_ptr_null(migproc_name_in(id, "en"));
        ck_assert_uint_eq(migproc_edge_count(id), 0);
        ck_assert_uint_eq(migproc_edge_at(id, 0), MIGPROC_EDGE_NONE);
    }
    /* The first ID past the data is among bad_ids; the one before it is not. */
    ck_assert_ptr_nonnull(migproc_code((migproc_id)(migproc_count() - 1)));
    /* That the library's kinds are the header's, each by its name, is
     * tests/ffi/test_cffi.py's check (it reads the enum from the header). */
    const int bad_kinds[] = {0, kind_count(), -1, 1000, INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof bad_kinds / sizeof bad_kinds[0]; i++) {
        migproc_set s;
        ck_assert_ptr_null(migproc_kind_name((migproc_kind)bad_kinds[i]));
        migproc_set_add(&s, 1);
        ck_assert_uint_eq(migproc_set_all_of_kind(&s, (migproc_kind)bad_kinds[i]), 0);
        ck_assert(migproc_set_empty(&s));
    }
}
END_TEST

START_TEST(language_tags)
{
    migproc_id mx = by_code("MX");
    const char *english[] = {NULL, "", "e", "x", "xx", "eng", "esp", "de", "\xff\xfe", "e\xc3"};
    for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
        ck_assert_str_eq(migproc_name(mx, english[i]), "Mexico");
    const char *spanish[] = {"es", "ES", "es-MX", "es_419", "Es"};
    for (size_t i = 0; i < sizeof spanish / sizeof spanish[0]; i++)
        ck_assert_str_eq(migproc_name(mx, spanish[i]), "México");
    ck_assert_str_eq(migproc_name(by_code("BO"), "pt-BR"), "Bolívia");
    /* A language the entity has no name in falls back to English. */
    ck_assert_str_eq(migproc_name(by_code("PADF"), "es"), "Pan American Development Foundation");
}
END_TEST

START_TEST(lookup_keys)
{
    migproc_set s;
    const char *invalid[] = {
        "",              /* empty */
        "\xff",          /* never in UTF-8 */
        "M\xc3",         /* truncated sequence */
        "M\xc3\x28X",    /* bad continuation byte */
        "\xc0\xafMX",    /* overlong '/' */
        "\xe0\x80\xafMX", /* overlong, three bytes */
        "\xed\xa0\x80MX", /* surrogate U+D800 */
        "\xf4\x90\x80\x80MX", /* past U+10FFFF */
        "\x80MX",        /* stray continuation byte */
        "M\xe2\x80",     /* truncated three-byte sequence */
    };
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
        ck_assert_uint_eq(migproc_find(invalid[i]), MIGPROC_NONE);
        ck_assert_uint_eq(migproc_findn(invalid[i], strlen(invalid[i])), MIGPROC_NONE);
        ck_assert_uint_eq(migproc_find_all(invalid[i], &s), 0);
        ck_assert(migproc_set_empty(&s));
    }
    ck_assert_uint_eq(migproc_find(NULL), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn(NULL, 0), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn(NULL, 5), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn(NULL, SIZE_MAX), MIGPROC_NONE);
    migproc_set_add(&s, 7);
    ck_assert_uint_eq(migproc_find_all(NULL, &s), 0);
    ck_assert(migproc_set_empty(&s));
    ck_assert_uint_eq(migproc_findn_all(NULL, 3, &s), 0);
    ck_assert_uint_eq(migproc_find_all("MX", NULL), 1);
    ck_assert_uint_eq(migproc_find_all(NULL, NULL), 0);
    ck_assert_uint_eq(migproc_find_numeric(0), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_numeric(1000), MIGPROC_NONE); /* the first past the index */
    ck_assert_uint_eq(migproc_find_numeric(UINT_MAX), MIGPROC_NONE);
    /* Valid UTF-8 that names nothing: other scripts pass through folding. */
    ck_assert_uint_eq(migproc_find("Мексика"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("墨西哥"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("😀"), MIGPROC_NONE);
}
END_TEST

START_TEST(long_keys)
{
    size_t mib = 1u << 20;
    char *key = malloc(mib + 1);
    ck_assert_ptr_nonnull(key);
    memset(key, 'A', mib);
    key[mib] = '\0';
    ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn(key, mib), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_all(key, NULL), 0);
    /* "MX" padded with spaces: found up to MIGPROC_KEY_MAX bytes, not past. */
    memset(key, ' ', mib);
    key[0] = 'M';
    key[1] = 'X';
    ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
    ck_assert_str_eq(migproc_code(migproc_findn(key, MIGPROC_KEY_MAX)), "MX");
    ck_assert_uint_eq(migproc_findn(key, MIGPROC_KEY_MAX + 1), MIGPROC_NONE);
    key[MIGPROC_KEY_MAX] = '\0';
    ck_assert_str_eq(migproc_code(migproc_find(key)), "MX");
    key[MIGPROC_KEY_MAX] = ' ';
    key[MIGPROC_KEY_MAX + 1] = '\0';
    ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
    free(key);
}
END_TEST

/* find() must not read past MIGPROC_KEY_MAX + 1 bytes of an unterminated key:
 * the key ends where an unreadable page begins, so one byte more would crash
 * this test (Check runs each test in its own process and reports it). */
START_TEST(unterminated_key)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert_ptr_ne(map, MAP_FAILED);
    ck_assert_int_eq(mprotect(map + page, page, PROT_NONE), 0);
    char *key = map + page - (MIGPROC_KEY_MAX + 1);
    memset(key, 'x', MIGPROC_KEY_MAX + 1);
    ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find_all(key, NULL), 0);
    /* findn reads exactly len bytes, up to the guard page and not into it. */
    ck_assert_uint_eq(migproc_findn(map + page - 2, 2), MIGPROC_NONE);
    memcpy(map + page - 2, "MX", 2);
    ck_assert_str_eq(migproc_code(migproc_findn(map + page - 2, 2)), "MX");
    munmap(map, 2 * page);
}
END_TEST

/* migproc_holds() of a relation in force (a, r, b) with a relation or an
 * other end out of range: whatever carries an out-of-range field into the
 * next one of a packed key must hold nothing.  Bad relations at each power
 * of two up to 256 (and beside it) with a and with a - 1; other ends at
 * each power of two from the capacity to 2^15 past b, with r and r - 1. */
START_TEST(holds_fields_apart)
{
    int bad_rels[32], n_bad = 0;
    for (int edge = 2; edge <= 256; edge *= 2)
        for (int bad = edge - 1; bad <= edge + 1; bad++)
            if (bad >= rel_count())
                bad_rels[n_bad++] = bad;
    migproc_set s;
    for (unsigned a = 0; a < migproc_count(); a++)
        for (int r = 0; r < rel_count(); r++) {
            migproc_related((migproc_id)a, (migproc_rel)r, &s);
            for (migproc_id b = migproc_set_next(&s, MIGPROC_NONE); b != MIGPROC_NONE;
                 b = migproc_set_next(&s, b)) {
                ck_assert(migproc_holds((migproc_id)a, (migproc_rel)r, b));
                for (int i = 0; i < n_bad; i++) {
                    migproc_rel bad = (migproc_rel)bad_rels[i];
                    ck_assert(!migproc_holds((migproc_id)a, bad, b));
                    ck_assert(a == 0 || !migproc_holds((migproc_id)(a - 1), bad, b));
                }
                for (unsigned far = MIGPROC_SET_CAPACITY; far < 0x8000; far *= 2)
                    for (int other = r - (r > 0); other <= r; other++)
                        ck_assert(!migproc_holds((migproc_id)a, (migproc_rel)other,
                                                 (migproc_id)(b + far)));
            }
        }
}
END_TEST

START_TEST(relation_functions)
{
    const int bad_rels[] = {-1, rel_count(), rel_count() + 1, 1000, INT_MAX, INT_MIN};
    migproc_id rcm = by_code("RCM"), mx = by_code("MX");
    migproc_set s;
    for (size_t i = 0; i < sizeof bad_rels / sizeof bad_rels[0]; i++) {
        migproc_rel rel = (migproc_rel)bad_rels[i];
        ck_assert_int_eq(migproc_rel_inverse(rel), -1);
        ck_assert_ptr_null(migproc_rel_name(rel));
        migproc_set_add(&s, 1);
        ck_assert_uint_eq(migproc_related(rcm, rel, &s), 0);
        ck_assert(migproc_set_empty(&s));
        ck_assert_uint_eq(migproc_related_asof(rcm, rel, 20200000, &s), 0);
        ck_assert(!migproc_holds(mx, rel, rcm));
        ck_assert(!migproc_holds_asof(mx, rel, rcm, 20200000));
    }
    /* Every relation past the last up to 64: the pair index has slots for
     * some of them (lib/gen-tables.py, pair_rows), none of them a pair. */
    for (int r = rel_count(); r < 64; r++) {
        ck_assert_uint_eq(migproc_related(rcm, (migproc_rel)r, NULL), 0);
        ck_assert_uint_eq(migproc_related(mx, (migproc_rel)r, NULL), 0);
        ck_assert_uint_eq(migproc_related_asof(rcm, (migproc_rel)r, 20200000, NULL), 0);
    }
    /* IDs past the last entity as the other end: the stored sets end at
     * an image's last word, and the words after it are another set's. */
    for (unsigned b = migproc_count(); b < MIGPROC_SET_CAPACITY; b++)
        ck_assert_msg(!migproc_holds_asof(rcm, MIGPROC_REL_HAS_MEMBER, (migproc_id)b, 20200000),
                      "%u", b);
    /* And for every entity and relation (now, or as of a date: each pair
     * one of them), the first ID of every word past the data, where a bound
     * one word too wide would read the first word of the next stored set. */
    for (unsigned a = 0; a < migproc_count(); a++)
        for (int r = 0; r < rel_count(); r++)
            for (unsigned b = (migproc_count() + 31) / 32 * 32; b < MIGPROC_SET_CAPACITY; b += 32) {
                migproc_date when = (a + (unsigned)r) % 2 ? 20200000 : MIGPROC_NOW;
                ck_assert(!migproc_holds_asof((migproc_id)a, (migproc_rel)r, (migproc_id)b, when));
            }
    for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        migproc_set_add(&s, 1);
        ck_assert_uint_eq(migproc_related(bad_ids[i], MIGPROC_REL_HAS_MEMBER, &s), 0);
        ck_assert(migproc_set_empty(&s));
        ck_assert_uint_eq(migproc_related_asof(bad_ids[i], MIGPROC_REL_HAS_MEMBER, 0, NULL), 0);
        ck_assert(!migproc_holds(bad_ids[i], MIGPROC_REL_MEMBER_OF, rcm));
        ck_assert(!migproc_holds(mx, MIGPROC_REL_MEMBER_OF, bad_ids[i]));
        ck_assert(!migproc_holds_asof(bad_ids[i], MIGPROC_REL_MEMBER_OF, rcm, 20200000));
        ck_assert(!migproc_holds_asof(rcm, MIGPROC_REL_HAS_MEMBER, bad_ids[i], 20200000));
    }
    ck_assert_uint_eq(migproc_related(rcm, MIGPROC_REL_HAS_MEMBER, NULL), 11);
    ck_assert_int_eq(migproc_rel_from_name(NULL), -1);
    ck_assert_int_eq(migproc_rel_from_name(""), -1);
    ck_assert_int_eq(migproc_rel_from_name("member"), -1);
    ck_assert_int_eq(migproc_rel_from_name("member_of_"), -1);
    ck_assert_int_eq(migproc_rel_from_name("\xff"), -1);
    /* Longer than any relation's name, and longer still than its row. */
    ck_assert_int_eq(migproc_rel_from_name("has_participant_has_participant"), -1);
    ck_assert_int_eq(migproc_rel_from_name("has_participant_has_participant_has_participant_"
                                           "has_participant_has_participant"), -1);
    /* As of date 0 (before everything) nothing dated holds. */
    ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, 0, NULL), 0);
}
END_TEST

/* An as-of date that is not a calendar date (month 13, 30 February, day 1
 * of month 0, year 0 or past 9999) matches nothing; the valid dates around
 * each of them match, and 0xFFFFFFFF, after every date, as the bindings use
 * it for "now". */
START_TEST(invalid_dates)
{
    const migproc_date bad[] = {20201300, 20209900, 20200230, 20190229, 19000229, 21000229, 22000229,
                                20200001, 20200132, 20200431, 20200631, 20200931, 20201131,
                                1, 101, 1230, 100000000, 99991232, 0xFFFFFFFEu};
    const migproc_date good[] = {20200229, 20000229, 20240229, 20201231, 20200131, 20200430,
                                 20200000, 20201200, 20200100, 99991231, 99990000, 0xFFFFFFFFu,
                                 24000229};
    /* Valid dates before anything dated: only what holds always holds. */
    const migproc_date early[] = {10101, 10000, 10100, 10131, 16000229, 19920229};
    migproc_id rcm = by_code("RCM"), mx = by_code("MX");
    /* A relation that holds on every date: what an invalid date would
     * otherwise find. */
    migproc_id unhcr = by_code("UNHCR"), conares = by_code("CONARES");
    migproc_set s;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(!migproc_holds_asof(unhcr, MIGPROC_REL_ADVISES, conares, bad[i]), "%u",
                      (unsigned)bad[i]);
        ck_assert_uint_eq(migproc_related_asof(unhcr, MIGPROC_REL_ADVISES, bad[i], NULL), 0);
        migproc_set_add(&s, 1);
        ck_assert_msg(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, bad[i], &s) == 0,
                      "%u", (unsigned)bad[i]);
        ck_assert(migproc_set_empty(&s));
        ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, bad[i], NULL), 0);
        ck_assert_msg(!migproc_holds_asof(mx, MIGPROC_REL_MEMBER_OF, rcm, bad[i]), "%u",
                      (unsigned)bad[i]);
    }
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        ck_assert_msg(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, good[i], &s) == 11, "%u",
                      (unsigned)good[i]);
        ck_assert_msg(migproc_holds_asof(mx, MIGPROC_REL_MEMBER_OF, rcm, good[i]), "%u",
                      (unsigned)good[i]);
        ck_assert(migproc_holds_asof(unhcr, MIGPROC_REL_ADVISES, conares, good[i]));
    }
    for (size_t i = 0; i < sizeof early / sizeof early[0]; i++) {
        ck_assert_uint_eq(migproc_related_asof(rcm, MIGPROC_REL_HAS_MEMBER, early[i], NULL), 0);
        ck_assert_msg(migproc_holds_asof(unhcr, MIGPROC_REL_ADVISES, conares, early[i]), "%u",
                      (unsigned)early[i]);
    }
}
END_TEST

START_TEST(edge_and_source_functions)
{
    const migproc_edge bad_edges[] = {MIGPROC_EDGE_NONE, 0xFFFE, 0x8000};
    for (size_t i = 0; i < sizeof bad_edges / sizeof bad_edges[0]; i++) {
        migproc_edge e = bad_edges[i];
        ck_assert_uint_eq(migproc_edge_subject(e), MIGPROC_NONE);
        ck_assert_int_eq(migproc_edge_rel(e), -1);
        ck_assert_uint_eq(migproc_edge_object(e), MIGPROC_NONE);
        ck_assert_uint_eq(migproc_edge_start(e), 0);
        ck_assert_uint_eq(migproc_edge_end(e), 0);
        ck_assert_uint_eq(migproc_edge_from(e), 0);
        ck_assert_uint_eq(migproc_edge_until(e), 0);
        ck_assert_int_eq(migproc_edge_source(e), -1);
    }
    migproc_rel rel = MIGPROC_REL_PRESIDES;
    ck_assert_uint_eq(migproc_edge_other(MIGPROC_EDGE_NONE, 0, &rel), MIGPROC_NONE);
    ck_assert_int_eq(rel, MIGPROC_REL_PRESIDES);
    migproc_edge first = migproc_edge_at(by_code("MX"), 0);
    ck_assert_uint_eq(migproc_edge_other(first, by_code("DE"), &rel), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_edge_other(first, MIGPROC_NONE, NULL), MIGPROC_NONE);
    ck_assert_int_eq(rel, MIGPROC_REL_PRESIDES);
    ck_assert(!migproc_rel_parse(NULL, &rel));
    ck_assert(!migproc_rel_parse("member", &rel));
    ck_assert(!migproc_rel_parse("member_of", NULL));
    ck_assert(!migproc_rel_inverse_of((migproc_rel)-1, &rel));
    ck_assert(!migproc_rel_inverse_of((migproc_rel)rel_count(), &rel));
    ck_assert(!migproc_rel_inverse_of(MIGPROC_REL_MEMBER_OF, NULL));
    ck_assert_int_eq(rel, MIGPROC_REL_PRESIDES);
    unsigned count = 99;
    const char *bad_keys[] = {NULL, "", "\xff", "M\xc3"};
    for (size_t i = 0; i < sizeof bad_keys / sizeof bad_keys[0]; i++) {
        ck_assert_uint_eq(migproc_lookup(bad_keys[i], &count), MIGPROC_NONE);
        ck_assert_uint_eq(count, 0);
    }
    ck_assert_ptr_null(migproc_name_in(by_code("MX"), NULL));
    ck_assert_ptr_null(migproc_name_in(by_code("MX"), ""));
    ck_assert_ptr_null(migproc_name_in(by_code("MX"), "e"));
    ck_assert_ptr_null(migproc_name_in(by_code("MX"), "esp"));
    /* The first edge handle past the data. */
    unsigned edges = 0;
    for (unsigned id = 0; id < migproc_count(); id++)
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++)
            if (migproc_edge_subject(migproc_edge_at((migproc_id)id, i)) == id)
                edges++;
    ck_assert_uint_eq(migproc_edge_from((migproc_edge)edges), 0);
    ck_assert_uint_eq(migproc_edge_until((migproc_edge)edges), 0);
    ck_assert_uint_eq(migproc_edge_subject((migproc_edge)edges), MIGPROC_NONE);
    ck_assert_uint_ne(migproc_edge_subject((migproc_edge)(edges - 1)), MIGPROC_NONE);
    migproc_id mx = by_code("MX");
    ck_assert_uint_eq(migproc_edge_at(mx, migproc_edge_count(mx)), MIGPROC_EDGE_NONE);
    ck_assert_uint_eq(migproc_edge_at(mx, UINT_MAX), MIGPROC_EDGE_NONE);
    const int bad_sources[] = {-1, (int)migproc_source_count(), INT_MAX, INT_MIN};
    for (size_t i = 0; i < sizeof bad_sources / sizeof bad_sources[0]; i++) {
        ck_assert_ptr_null(migproc_source_key(bad_sources[i]));
        ck_assert_ptr_null(migproc_source_title(bad_sources[i]));
        ck_assert_ptr_null(migproc_source_publisher(bad_sources[i]));
        ck_assert_ptr_null(migproc_source_url(bad_sources[i]));
        ck_assert_uint_eq(migproc_source_seen(bad_sources[i]), 0);
        ck_assert_ptr_null(migproc_source_licence(bad_sources[i]));
    }
}
END_TEST

START_TEST(note_functions)
{
    migproc_id mirps = by_code("MIRPS");
    unsigned n = migproc_note_count(mirps);
    ck_assert_uint_gt(n, 0);
    ck_assert_ptr_null(migproc_note_text(mirps, n));
    ck_assert_uint_eq(migproc_note_date(mirps, n), 0);
    ck_assert_int_eq(migproc_note_source(mirps, n), -1);
    for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        ck_assert_uint_eq(migproc_note_count(bad_ids[i]), 0);
        ck_assert_ptr_null(migproc_note_text(bad_ids[i], 0));
        ck_assert_uint_eq(migproc_note_date(bad_ids[i], 0), 0);
        ck_assert_int_eq(migproc_note_source(bad_ids[i], 0), -1);
    }
    ck_assert_ptr_null(migproc_edge_note(MIGPROC_EDGE_NONE));
}
END_TEST

/* Folding corners: letters that fold to two (ß) or none (×), the last code
 * point (U+10FFFF), digits then letters, a multi-byte character cut by the
 * key length limit, keys that hash onto an occupied slot. */
START_TEST(folding_corners)
{
    char key[MIGPROC_KEY_MAX + 2];
    ck_assert_uint_eq(migproc_find("Ma\xc3\x9f"), MIGPROC_NONE);       /* "Maß" */
    ck_assert_uint_eq(migproc_find("M\xc3\x97X"), migproc_find("MX")); /* "M×X" */
    ck_assert_uint_eq(migproc_find("\xf4\x8f\xbf\xbf"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("8a"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("ZZZ"), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_find("0 0 8"), by_code("AL"));
    memset(key, 'x', sizeof key);
    memcpy(key + MIGPROC_KEY_MAX - 1, "\xc3\xa9", 2); /* "é" across byte 255 */
    key[MIGPROC_KEY_MAX + 1] = '\0';
    ck_assert_uint_eq(migproc_find(key), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn_all("MX", SIZE_MAX, NULL), 0);
    /* SIZE_MAX is a length over MIGPROC_KEY_MAX like any other, not "up to the NUL". */
    ck_assert_uint_eq(migproc_findn("MX", SIZE_MAX), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn("Mexico", SIZE_MAX), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_findn("Mexico", SIZE_MAX - 1), MIGPROC_NONE);
    unsigned found = 0;
    for (unsigned i = 0; i < 5000; i++) { /* some of these land on a taken slot */
        snprintf(key, sizeof key, "q%uz", i);
        found += migproc_find(key) != MIGPROC_NONE;
    }
    ck_assert_uint_eq(found, 0);
}
END_TEST

START_TEST(set_functions)
{
    migproc_set s, t;
    migproc_set_clear(NULL);
    migproc_set_clear(&s);
    ck_assert(!migproc_set_add(NULL, 1));
    ck_assert(!migproc_set_add(&s, MIGPROC_SET_CAPACITY));
    ck_assert(!migproc_set_add(&s, MIGPROC_NONE));
    ck_assert(migproc_set_empty(&s));
    ck_assert(!migproc_set_remove(NULL, 1));
    ck_assert(!migproc_set_remove(&s, MIGPROC_SET_CAPACITY));
    ck_assert(!migproc_set_has(NULL, 1));
    ck_assert(!migproc_set_has(&s, MIGPROC_NONE));
    ck_assert_uint_eq(migproc_set_count(NULL), 0);
    ck_assert(migproc_set_empty(NULL));
    ck_assert(migproc_set_equal(NULL, NULL));
    ck_assert(migproc_set_equal(NULL, &s));
    ck_assert(migproc_set_subset(NULL, NULL));
    ck_assert(migproc_set_subset(NULL, &s));
    migproc_set_add(&s, 3);
    ck_assert(!migproc_set_equal(NULL, &s));
    ck_assert(!migproc_set_subset(&s, NULL));
    /* A NULL operand is the empty set; a NULL out is left alone. */
    migproc_set_union(NULL, &s, &s);
    migproc_set_union(&t, &s, NULL);
    ck_assert(migproc_set_equal(&t, &s));
    migproc_set_intersect(&t, &s, NULL);
    ck_assert(migproc_set_empty(&t));
    migproc_set_difference(&t, NULL, &s);
    ck_assert(migproc_set_empty(&t));
    migproc_set_symmetric_difference(&t, NULL, &s);
    ck_assert(migproc_set_equal(&t, &s));
    migproc_set_union(&t, NULL, NULL);
    ck_assert(migproc_set_empty(&t));
    migproc_set_intersect(NULL, &s, &s);
    migproc_set_difference(NULL, &s, &s);
    migproc_set_symmetric_difference(NULL, &s, &s);
    migproc_set_intersect(&t, NULL, &s);
    ck_assert(migproc_set_empty(&t));
    migproc_set_difference(&t, &s, NULL);
    ck_assert(migproc_set_equal(&t, &s));
    migproc_set_symmetric_difference(&t, &s, NULL);
    ck_assert(migproc_set_equal(&t, &s));
    ck_assert_uint_eq(migproc_set_all_of_kind(NULL, MIGPROC_KIND_STATE), 249);
    ck_assert_uint_eq(migproc_set_all(NULL), migproc_count());
    ck_assert_uint_eq(migproc_set_next(NULL, MIGPROC_NONE), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_set_next(&s, MIGPROC_SET_CAPACITY), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_set_next(&s, 0xFFFE), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_set_next(&s, 3), MIGPROC_NONE);
    ck_assert_uint_eq(migproc_set_next(&s, 2), 3);
}
END_TEST

int main(void)
{
    bad_ids[sizeof bad_ids / sizeof bad_ids[0] - 1] = (migproc_id)migproc_count();
    const TTest *const tests[] = {
        entity_functions, language_tags, lookup_keys, long_keys, unterminated_key,
        relation_functions, holds_fields_apart, invalid_dates, edge_and_source_functions,
        note_functions, folding_corners, set_functions,
    };
    return run_tests("badinput", tests, sizeof tests / sizeof tests[0]);
}
