/*
 * compare-libs.c - two builds of libmigproc give the same answers: every key
 * of KEYS (tests/bench/keys.py), a random corpus of byte strings and
 * mutations of the keys, and every relation question.  For checking an
 * optimisation against the library it replaces:
 *
 *   compare-libs OLD.so NEW.so KEYS [RANDOM_KEYS]
 *
 * Prints how many answers were compared and exits 1 at the first that differs.
 */
#define _POSIX_C_SOURCE 200809L
#include <migproc.h>

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct lib {
    migproc_id (*find)(const char *);
    migproc_id (*findn)(const char *, size_t);
    unsigned (*find_all)(const char *, migproc_set *);
    unsigned (*findn_all)(const char *, size_t, migproc_set *);
    migproc_id (*find_numeric)(unsigned);
    unsigned (*related)(migproc_id, migproc_rel, migproc_set *);
    unsigned (*related_asof)(migproc_id, migproc_rel, migproc_date, migproc_set *);
    bool (*holds)(migproc_id, migproc_rel, migproc_id);
    bool (*holds_asof)(migproc_id, migproc_rel, migproc_id, migproc_date);
    unsigned (*all_of_kind)(migproc_set *, migproc_kind);
    unsigned (*all)(migproc_set *);
    int (*rel_from_name)(const char *);
    const char *(*rel_name)(migproc_rel);
    const char *(*kind_name)(migproc_kind);
    migproc_id (*next)(const migproc_set *, migproc_id);
    unsigned (*ids)(const migproc_set *, migproc_id *, unsigned);
    unsigned (*set_count)(const migproc_set *);
    unsigned (*count)(void);
    unsigned (*edge_count)(migproc_id);
    migproc_edge (*edge_at)(migproc_id, unsigned);
    migproc_date (*edge_start)(migproc_edge), (*edge_end)(migproc_edge),
        (*edge_from)(migproc_edge), (*edge_until)(migproc_edge);
};

static void *sym(void *h, const char *name)
{
    void *p = dlsym(h, name);
    if (p == NULL) {
        fprintf(stderr, "compare-libs: %s\n", dlerror());
        exit(2);
    }
    return p;
}

static void load(const char *path, struct lib *l)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) {
        fprintf(stderr, "compare-libs: %s\n", dlerror());
        exit(2);
    }
    *(void **)&l->find = sym(h, "migproc_find");
    *(void **)&l->findn = sym(h, "migproc_findn");
    *(void **)&l->find_all = sym(h, "migproc_find_all");
    *(void **)&l->findn_all = sym(h, "migproc_findn_all");
    *(void **)&l->find_numeric = sym(h, "migproc_find_numeric");
    *(void **)&l->related = sym(h, "migproc_related");
    *(void **)&l->related_asof = sym(h, "migproc_related_asof");
    *(void **)&l->holds = sym(h, "migproc_holds");
    *(void **)&l->holds_asof = sym(h, "migproc_holds_asof");
    *(void **)&l->all_of_kind = sym(h, "migproc_set_all_of_kind");
    *(void **)&l->all = sym(h, "migproc_set_all");
    *(void **)&l->rel_from_name = sym(h, "migproc_rel_from_name");
    *(void **)&l->rel_name = sym(h, "migproc_rel_name");
    *(void **)&l->kind_name = sym(h, "migproc_kind_name");
    *(void **)&l->next = sym(h, "migproc_set_next");
    *(void **)&l->ids = sym(h, "migproc_set_ids");
    *(void **)&l->set_count = sym(h, "migproc_set_count");
    *(void **)&l->count = sym(h, "migproc_count");
    *(void **)&l->edge_count = sym(h, "migproc_edge_count");
    *(void **)&l->edge_at = sym(h, "migproc_edge_at");
    *(void **)&l->edge_start = sym(h, "migproc_edge_start");
    *(void **)&l->edge_end = sym(h, "migproc_edge_end");
    *(void **)&l->edge_from = sym(h, "migproc_edge_from");
    *(void **)&l->edge_until = sym(h, "migproc_edge_until");
}

static struct lib A, B;
static unsigned long compared;

static void differ(const char *what, const char *detail)
{
    fprintf(stderr, "compare-libs: %s differs for %s\n", what, detail);
    exit(1);
}

#define SAME(what, x, y, detail)          \
    do {                                  \
        compared++;                       \
        if ((x) != (y))                   \
            differ(what, detail);         \
    } while (0)

static void same_sets(const char *what, unsigned na, unsigned nb, const migproc_set *a,
                      const migproc_set *b, const char *detail)
{
    SAME(what, na, nb, detail);
    compared++;
    if (memcmp(a, b, sizeof *a) != 0)
        differ(what, detail);
}

static void compare_key(const char *key, size_t len)
{
    migproc_set sa, sb;
    char detail[600];
    snprintf(detail, sizeof detail, "key \"%.*s\" (%zu bytes)", (int)(len > 500 ? 500 : len),
             key, len);
    if (memchr(key, '\0', len) == NULL) {
        char *z = strndup(key, len);
        SAME("find", A.find(z), B.find(z), detail);
        same_sets("find_all", A.find_all(z, &sa), B.find_all(z, &sb), &sa, &sb, detail);
        SAME("rel_from_name", A.rel_from_name(z), B.rel_from_name(z), detail);
        free(z);
    }
    SAME("findn", A.findn(key, len), B.findn(key, len), detail);
    same_sets("findn_all", A.findn_all(key, len, &sa), B.findn_all(key, len, &sb), &sa, &sb,
              detail);
}

static uint32_t state = 16;
static uint32_t rng(void)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: compare-libs OLD.so NEW.so KEYS [RANDOM_KEYS]\n");
        return 2;
    }
    load(argv[1], &A);
    load(argv[2], &B);
    unsigned long random_keys = argc > 4 ? strtoul(argv[4], NULL, 10) : 200000;
    FILE *f = fopen(argv[3], "r");
    if (f == NULL) {
        perror(argv[3]);
        return 2;
    }
    char line[2048], buf[600];
    static char keys[20000][300];
    size_t nkeys = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *key = strchr(strchr(line, '\t') + 1, '\t') + 1;
        compare_key(key, strlen(key));
        /* Each key in upper and lower case, with padding, cut short. */
        size_t len = strlen(key);
        for (size_t i = 0; i <= len; i++)
            buf[i] = key[i] >= 'a' && key[i] <= 'z' ? (char)(key[i] - 32) : key[i];
        compare_key(buf, len);
        snprintf(buf, sizeof buf, "  %s. ", key);
        compare_key(buf, strlen(buf));
        for (size_t cut = 0; cut < len; cut++)
            compare_key(key, cut);
        if (nkeys < 20000 && len < 300)
            strcpy(keys[nkeys++], key);
    }
    fclose(f);
    /* Random bytes, random ASCII, and keys with a random byte changed. */
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_";
    for (unsigned long r = 0; r < random_keys; r++) {
        size_t len = rng() % 40;
        int shape = (int)(rng() % 3);
        if (shape == 2 && nkeys > 0) {
            const char *k = keys[rng() % nkeys];
            len = strlen(k);
            memcpy(buf, k, len);
            if (len > 0)
                buf[rng() % len] = (char)(rng() & 0xFF);
        } else {
            for (size_t i = 0; i < len; i++)
                buf[i] = shape == 0 ? (char)(rng() & 0xFF)
                                    : alphabet[rng() % (sizeof alphabet - 1)];
        }
        buf[len] = '\0';
        compare_key(buf, len);
    }
    for (unsigned n = 0; n < 1100; n++)
        SAME("find_numeric", A.find_numeric(n), B.find_numeric(n), "a number");
    /* Every relation question, now and as of every year; two relations and
     * two kinds past the library's own. */
    unsigned count = A.count() + 2, rels = 0, kinds = 1;
    while (A.rel_name((migproc_rel)rels) != NULL)
        rels++;
    while (A.kind_name((migproc_kind)kinds) != NULL)
        kinds++;
    for (unsigned id = 0; id < count; id++)
        for (unsigned rel = 0; rel < rels + 2; rel++) {
            migproc_set sa, sb;
            char detail[64];
            snprintf(detail, sizeof detail, "id %u rel %u", id, rel);
            same_sets("related", A.related((migproc_id)id, (migproc_rel)rel, &sa),
                      B.related((migproc_id)id, (migproc_rel)rel, &sb), &sa, &sb, detail);
            for (unsigned b = 0; b < count; b++)
                SAME("holds", A.holds((migproc_id)id, (migproc_rel)rel, (migproc_id)b),
                     B.holds((migproc_id)id, (migproc_rel)rel, (migproc_id)b), detail);
            for (migproc_date y = 19800000; y <= 20300000; y += 10000)
                for (migproc_date d = 0; d < 1232; d += (d % 100 == 0 ? 1 : 29)) {
                    same_sets("related_asof",
                              A.related_asof((migproc_id)id, (migproc_rel)rel, y + d, &sa),
                              B.related_asof((migproc_id)id, (migproc_rel)rel, y + d, &sb),
                              &sa, &sb, detail);
                    unsigned b = rng() % count;
                    SAME("holds_asof", A.holds_asof((migproc_id)id, (migproc_rel)rel,
                                                    (migproc_id)b, y + d),
                         B.holds_asof((migproc_id)id, (migproc_rel)rel, (migproc_id)b, y + d),
                         detail);
                }
            same_sets("related_asof 0", A.related_asof((migproc_id)id, (migproc_rel)rel, 0, &sa),
                      B.related_asof((migproc_id)id, (migproc_rel)rel, 0, &sb), &sa, &sb, detail);
            same_sets("related_asof now",
                      A.related_asof((migproc_id)id, (migproc_rel)rel, 0xFFFFFFFFu, &sa),
                      B.related_asof((migproc_id)id, (migproc_rel)rel, 0xFFFFFFFFu, &sb), &sa,
                      &sb, detail);
        }
    /* As of the day before, of and after every date the data gives a
     * statement (where an answer changes), every relation of its ends. */
    for (unsigned id = 0; id < count; id++)
        for (unsigned i = 0, n = A.edge_count((migproc_id)id); i < n; i++) {
            migproc_edge e = A.edge_at((migproc_id)id, i);
            migproc_date dates[] = {A.edge_start(e), A.edge_end(e), A.edge_from(e),
                                    A.edge_until(e)};
            for (size_t k = 0; k < sizeof dates / sizeof dates[0]; k++)
                for (migproc_date d = dates[k] - 1; d != dates[k] + 2; d++)
                    for (unsigned rel = 0; rel < rels + 2; rel++) {
                        migproc_set sa, sb;
                        char detail[64];
                        snprintf(detail, sizeof detail, "id %u rel %u as of %u", id, rel,
                                 (unsigned)d);
                        same_sets("related_asof",
                                  A.related_asof((migproc_id)id, (migproc_rel)rel, d, &sa),
                                  B.related_asof((migproc_id)id, (migproc_rel)rel, d, &sb),
                                  &sa, &sb, detail);
                        /* Every entity the answer could hold, and one past them. */
                        for (unsigned b = 0; b < count; b++)
                            SAME("holds_asof",
                                 A.holds_asof((migproc_id)id, (migproc_rel)rel, (migproc_id)b, d),
                                 B.holds_asof((migproc_id)id, (migproc_rel)rel, (migproc_id)b, d),
                                 detail);
                    }
        }
    for (int k = -1; k < (int)kinds + 2; k++) {
        migproc_set sa, sb;
        same_sets("set_all_of_kind", A.all_of_kind(&sa, (migproc_kind)k),
                  B.all_of_kind(&sb, (migproc_kind)k), &sa, &sb, "a kind");
    }
    {
        migproc_set sa, sb;
        same_sets("set_all", A.all(&sa), B.all(&sb), &sa, &sb, "all");
    }
    /* Iteration over random sets, sparse and dense. */
    for (int r = 0; r < 20000; r++) {
        migproc_set s;
        unsigned density = rng() % 6;
        for (unsigned w = 0; w < MIGPROC_SET_CAPACITY / 32; w++) {
            uint32_t x = rng();
            for (unsigned d = 0; d < density; d++)
                x &= rng();
            s.bits[w] = rng() % 4 == 0 ? 0 : x;
        }
        for (unsigned p = 0; p < MIGPROC_SET_CAPACITY + 2; p++)
            SAME("set_next", A.next(&s, (migproc_id)p), B.next(&s, (migproc_id)p), "a set");
        SAME("set_next", A.next(&s, MIGPROC_NONE), B.next(&s, MIGPROC_NONE), "a set");
        SAME("set_count", A.set_count(&s), B.set_count(&s), "a set");
        /* The same IDs in one call, whole and cut at a random length. */
        static migproc_id ia[MIGPROC_SET_CAPACITY], ib[MIGPROC_SET_CAPACITY];
        unsigned max = r % 2 ? MIGPROC_SET_CAPACITY : (unsigned)(rng() % MIGPROC_SET_CAPACITY);
        unsigned na = A.ids(&s, ia, max);
        SAME("set_ids", na, B.ids(&s, ib, max), "a set");
        for (unsigned k = 0; k < na && k < max; k++)
            SAME("set_ids", ia[k], ib[k], "a set");
    }
    SAME("set_next NULL", A.next(NULL, 0), B.next(NULL, 0), "NULL");
    SAME("set_count NULL", A.set_count(NULL), B.set_count(NULL), "NULL");
    printf("compare-libs: %lu answers compared, all the same\n", compared);
    return 0;
}
