/*
 * allkeys.c - every key and every question, in random order: how fast, and
 * how many instructions at most.
 *
 *   allkeys KEYS --list              the classes and how many items each has
 *   allkeys KEYS --check             every key answers the ID KEYS gives (exit 1 if not)
 *   allkeys KEYS --time [CLASS...]   per class: median and p90 ns of one call, mean ns
 *   allkeys KEYS --callgrind CLASS...  run each item of the classes once, alone
 *                                    between callgrind client requests (see budgets.py)
 *
 * KEYS is written by keys.py from the data: every code, name and alias, and
 * unknown keys near them, shuffled with a fixed seed.  The other classes
 * (holds, related, related_asof, set operations...) are derived here from the
 * library itself: every relation in force, every edge's dates, every kind,
 * every relation name.  So new data is measured as soon as it exists.
 *
 * Times: each call is timed alone with the time-stamp counter (x86-64; the
 * monotonic clock elsewhere) in a stream of all the class's items in random
 * order, over PASSES passes; an item's time is its mean over the passes
 * (without outliers), less the cost of timing an empty call.  "mean" is whole
 * passes over the class divided by its items, no timer between calls: the
 * fastest of STREAM_ROUNDS runs, taken in rounds over every class.
 */
#define _POSIX_C_SOURCE 200809L
#include <migproc.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define HAVE_CALLGRIND 1
#endif
#endif

#ifdef HAVE_ICU
#include <unicode/ucol.h>
#include <unicode/uregion.h>
#include <unicode/ustring.h>
#endif

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define HAVE_TSC 1
#endif

struct item {
    const char *key;
    size_t len;           /* the key's length, for migproc_findn() */
    int expect;           /* for keys: the ID migproc_find() answers, -1 for none */
    unsigned a, rel, b;   /* for relations */
    migproc_date date;
    const migproc_set *s1, *s2;
    unsigned divisor;     /* instructions are reported per this many (set iteration) */
};

struct cls {
    const char *name;
    unsigned long (*op)(const struct item *);
    struct item *items;
    size_t n, cap;
};

/* ---- the operations ---------------------------------------------------- */

static migproc_set scratch;

static unsigned long op_find(const struct item *it) { return migproc_find(it->key); }
static unsigned long op_findn(const struct item *it) { return migproc_findn(it->key, it->len); }
static unsigned long op_holds(const struct item *it)
{
    return migproc_holds((migproc_id)it->a, (migproc_rel)it->rel, (migproc_id)it->b);
}
static unsigned long op_related(const struct item *it)
{
    return migproc_related((migproc_id)it->a, (migproc_rel)it->rel, &scratch);
}
static unsigned long op_related_asof(const struct item *it)
{
    return migproc_related_asof((migproc_id)it->a, (migproc_rel)it->rel, it->date, &scratch);
}
static unsigned long op_all_of_kind(const struct item *it)
{
    return migproc_set_all_of_kind(&scratch, (migproc_kind)it->a);
}
static unsigned long op_rel_from_name(const struct item *it)
{
    return (unsigned long)migproc_rel_from_name(it->key);
}
static unsigned long op_iterate(const struct item *it)
{
    unsigned long n = 0;
    for (migproc_id id = migproc_set_next(it->s1, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(it->s1, id))
        n += id;
    return n;
}
static migproc_id ids_out[MIGPROC_SET_CAPACITY];
static unsigned long op_ids(const struct item *it)
{
    return migproc_set_ids(it->s1, ids_out, MIGPROC_SET_CAPACITY);
}
static unsigned long op_intersect(const struct item *it)
{
    migproc_set_intersect(&scratch, it->s1, it->s2);
    return scratch.bits[0];
}
static unsigned long op_union(const struct item *it)
{
    migproc_set_union(&scratch, it->s1, it->s2);
    return scratch.bits[0];
}
static unsigned long op_difference(const struct item *it)
{
    migproc_set_difference(&scratch, it->s1, it->s2);
    return scratch.bits[0];
}
static unsigned long op_symdiff(const struct item *it)
{
    migproc_set_symmetric_difference(&scratch, it->s1, it->s2);
    return scratch.bits[0];
}
static unsigned long op_count(const struct item *it) { return migproc_set_count(it->s1); }
static unsigned long op_has(const struct item *it)
{
    return migproc_set_has(it->s1, (migproc_id)it->b);
}
static unsigned long op_empty(const struct item *it) { return (unsigned long)(it != NULL); }

/* The floor with no index: strcmp against every entity's code, alpha-3 code
 * and names (exact bytes, no folding). */
__attribute__((noinline)) static unsigned long naive_find(const struct item *it)
{
    unsigned n = migproc_count();
    for (unsigned id = 0; id < n; id++) {
        const char *alpha3 = migproc_alpha3((migproc_id)id);
        if (strcmp(migproc_code((migproc_id)id), it->key) == 0 ||
            (alpha3 && strcmp(alpha3, it->key) == 0))
            return id;
        for (int l = 0; migproc_lang_tag((migproc_lang)l) != NULL; l++) {
            const char *name = migproc_name((migproc_id)id, migproc_lang_tag((migproc_lang)l));
            if (name && strcmp(name, it->key) == 0)
                return id;
        }
    }
    return MIGPROC_NONE;
}

/* Hand-written baselines for codes, the fastest a lookup of that shape can
 * be: a 26x26 and a 26x26x26 table of IDs, a 1000-entry table of numbers,
 * filled from the keys' expected answers (no folding, no other keys). */
static migproc_id base2[26 * 26], base3[26 * 26 * 26], base_numeric[1000];

static unsigned base_letter(char c)
{
    return ((unsigned char)c | 0x20u) - 'a';
}

__attribute__((noinline)) static unsigned long base_find_code(const struct item *it)
{
    const char *k = it->key;
    unsigned a = base_letter(k[0]);
    if (a < 26) {
        unsigned b = base_letter(k[1]);
        if (b >= 26)
            return MIGPROC_NONE;
        if (k[2] == '\0')
            return base2[a * 26 + b];
        unsigned c = base_letter(k[2]);
        return c < 26 && k[3] == '\0' ? base3[(a * 26 + b) * 26 + c] : MIGPROC_NONE;
    }
    unsigned v = 0, n = 0;
    for (; n < 3 && (unsigned)(k[n] - '0') < 10; n++)
        v = v * 10 + (unsigned)(k[n] - '0');
    return n > 0 && k[n] == '\0' ? base_numeric[v] : MIGPROC_NONE;
}

static void setup_baselines(void)
{
    for (size_t i = 0; i < sizeof base2 / sizeof base2[0]; i++)
        base2[i] = MIGPROC_NONE;
    for (size_t i = 0; i < sizeof base3 / sizeof base3[0]; i++)
        base3[i] = MIGPROC_NONE;
    for (size_t i = 0; i < 1000; i++)
        base_numeric[i] = MIGPROC_NONE;
}

static void add_baseline(const char *cls, const struct item *it)
{
    const char *k = it->key;
    migproc_id id = it->expect < 0 ? MIGPROC_NONE : (migproc_id)it->expect;
    if (strcmp(cls, "alpha2") == 0)
        base2[base_letter(k[0]) * 26 + base_letter(k[1])] = id;
    else if (strcmp(cls, "alpha3") == 0)
        base3[(base_letter(k[0]) * 26 + base_letter(k[1])) * 26 + base_letter(k[2])] = id;
    else
        base_numeric[atoi(k)] = id;
}

#ifdef HAVE_ICU
/* ICU's code lookup: alpha-2, alpha-3 and numeric codes all resolve. */
__attribute__((noinline)) static unsigned long icu_find_code(const struct item *it)
{
    UErrorCode status = U_ZERO_ERROR;
    return (unsigned long)(uintptr_t)uregion_getRegionFromCode(it->key, &status);
}

/* ICU's name lookup, like for like: a root collator at primary strength with
 * punctuation and spaces ignored (case, accents, spaces and punctuation fold
 * as in libmigproc), the sort keys of the same names sorted, a binary search
 * for the key's sort key. */
static UCollator *collator;
struct sortkey {
    char *bytes;
    int id;
};
static struct sortkey *sortkeys;
static size_t n_sortkeys;

static int sort_key_of(const char *key, char *out, int cap)
{
    UChar text[512];
    int32_t len = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(text, 512, &len, key, -1, &status);
    if (U_FAILURE(status))
        return 0;
    return ucol_getSortKey(collator, text, len, (uint8_t *)out, cap);
}

__attribute__((noinline)) static unsigned long icu_find_name(const struct item *it)
{
    char want[1024];
    if (sort_key_of(it->key, want, sizeof want) <= 0)
        return MIGPROC_NONE;
    size_t lo = 0, hi = n_sortkeys;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(sortkeys[mid].bytes, want);
        if (c == 0)
            return (unsigned long)sortkeys[mid].id;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return MIGPROC_NONE;
}

static int compare_sortkeys(const void *x, const void *y)
{
    return strcmp(((const struct sortkey *)x)->bytes, ((const struct sortkey *)y)->bytes);
}
#endif

/* ---- building the classes ---------------------------------------------- */

#define MAX_CLASSES 64
static struct cls classes[MAX_CLASSES];
static size_t n_classes;

static struct cls *class_named(const char *name, unsigned long (*op)(const struct item *))
{
    for (size_t i = 0; i < n_classes; i++)
        if (strcmp(classes[i].name, name) == 0)
            return &classes[i];
    if (n_classes == MAX_CLASSES) {
        fprintf(stderr, "allkeys: too many classes\n");
        exit(2);
    }
    struct cls *c = &classes[n_classes++];
    c->name = strdup(name);
    c->op = op;
    return c;
}

static struct item *add_item(struct cls *c)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 64;
        c->items = realloc(c->items, c->cap * sizeof *c->items);
        if (c->items == NULL) {
            perror("allkeys");
            exit(2);
        }
    }
    struct item *it = &c->items[c->n++];
    memset(it, 0, sizeof *it);
    it->divisor = 1;
    return it;
}

/* A fixed-seed generator, so that every run builds the same items. */
static uint32_t rng_state = 16;
static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static void shuffle(struct cls *c)
{
    for (size_t i = c->n; i > 1; i--) {
        size_t j = rng() % i;
        struct item t = c->items[i - 1];
        c->items[i - 1] = c->items[j];
        c->items[j] = t;
    }
}

static void read_keys(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    char line[2048];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (t2 == NULL) {
            fprintf(stderr, "allkeys: bad line in %s: %s\n", path, line);
            exit(2);
        }
        *t1 = *t2 = '\0';
        char name[64];
        snprintf(name, sizeof name, "find_%.40s", line);
        struct item *it = add_item(class_named(name, op_find));
        it->key = strdup(t2 + 1);
        it->len = strlen(it->key);
        it->expect = atoi(t1 + 1);
        /* The same keys through ICU and through the naive scan. */
        int code = strcmp(line, "alpha2") == 0 || strcmp(line, "alpha3") == 0 ||
                   strcmp(line, "numeric") == 0;
        if (code) {
            /* Codes given their length have indexes of their own (lib/lookup.c:
             * code_lookup, what the Ruby binding's lookups reach). */
            snprintf(name, sizeof name, "findn_%.40s", line);
            *add_item(class_named(name, op_findn)) = *it;
            add_baseline(line, it);
            snprintf(name, sizeof name, "base_%.40s", line);
            *add_item(class_named(name, base_find_code)) = *it;
        }
#ifdef HAVE_ICU
        snprintf(name, sizeof name, "icu_%.40s", line);
        *add_item(class_named(name, code ? icu_find_code : icu_find_name)) = *it;
#endif
        snprintf(name, sizeof name, "naive_%.40s", line);
        *add_item(class_named(name, naive_find)) = *it;
    }
    fclose(f);
}

static migproc_set *related_sets; /* [id * relation count + rel] */

/* "MX member_of 20190726": a relation question, as budgets.py shows the
 * item at a class's max. */
static char *question(unsigned id, unsigned rel, migproc_date date)
{
    char text[96];
    snprintf(text, sizeof text, "%s %s %u", migproc_code((migproc_id)id),
             migproc_rel_name((migproc_rel)rel), (unsigned)date);
    return strdup(text);
}

static void derive_classes(void)
{
    unsigned count = migproc_count(), rels = 0, kinds = 1;
    while (migproc_rel_name((migproc_rel)rels) != NULL)
        rels++; /* the relations and kinds as the library says */
    while (migproc_kind_name((migproc_kind)kinds) != NULL)
        kinds++;
    related_sets = calloc((size_t)count * rels, sizeof *related_sets);
    struct cls *holds = class_named("holds", op_holds);
    struct cls *related = class_named("related", op_related);
    struct cls *asof = class_named("related_asof", op_related_asof);
    struct cls *iterate = class_named("set_next", op_iterate);
    struct cls *ids = class_named("set_ids", op_ids);
    struct cls *intersect = class_named("set_intersect", op_intersect);
    struct cls *unite = class_named("set_union", op_union);
    struct cls *difference = class_named("set_difference", op_difference);
    struct cls *symdiff = class_named("set_symmetric_difference", op_symdiff);
    struct cls *setcount = class_named("set_count", op_count);
    struct cls *has = class_named("set_has", op_has);
    const migproc_set *previous = NULL;
    for (unsigned id = 0; id < count; id++)
        for (unsigned rel = 0; rel < rels; rel++) {
            migproc_set *s = &related_sets[id * rels + rel];
            unsigned n = migproc_related((migproc_id)id, (migproc_rel)rel, s);
            struct item *it = add_item(related);
            it->a = id;
            it->rel = rel;
            it->key = question(id, rel, MIGPROC_NOW);
            if (n == 0)
                continue;
            for (migproc_id b = migproc_set_next(s, MIGPROC_NONE); b != MIGPROC_NONE;
                 b = migproc_set_next(s, b)) {
                it = add_item(holds); /* holds */
                it->a = id, it->rel = rel, it->b = b;
                it = add_item(holds); /* and, as often, a pair that does not hold */
                it->a = id, it->rel = rel, it->b = rng() % count;
            }
            it = add_item(iterate);
            it->s1 = s;
            it->divisor = n;
            it = add_item(ids);
            it->s1 = s;
            it->divisor = n;
            it = add_item(setcount);
            it->s1 = s;
            it = add_item(has);
            it->s1 = s, it->b = rng() % count;
            if (previous) {
                it = add_item(intersect);
                it->s1 = s, it->s2 = previous;
                it = add_item(unite);
                it->s1 = s, it->s2 = previous;
                it = add_item(difference);
                it->s1 = s, it->s2 = previous;
                it = add_item(symdiff);
                it->s1 = s, it->s2 = previous;
            }
            previous = s;
        }
    /* As of every date an edge starts or ends, the day before, and today. */
    for (unsigned id = 0; id < count; id++) {
        unsigned n = migproc_edge_count((migproc_id)id);
        for (unsigned i = 0; i < n; i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            unsigned rel = (unsigned)migproc_edge_rel(e) ^
                           (migproc_edge_subject(e) == id ? 0u : 1u);
            migproc_date dates[] = {migproc_edge_start(e), migproc_edge_start(e) - 1,
                                    migproc_edge_end(e), migproc_data_date()};
            for (size_t d = 0; d < sizeof dates / sizeof dates[0]; d++) {
                struct item *it = add_item(asof);
                it->a = id, it->rel = rel, it->date = dates[d];
                it->key = question(id, rel, dates[d]);
            }
        }
    }
    /* Dense sets too: every entity, and every ID a set can hold. */
    static migproc_set all, full;
    unsigned n_all = migproc_set_all(&all);
    for (unsigned w = 0; w < MIGPROC_SET_CAPACITY / 32; w++)
        full.bits[w] = 0xFFFFFFFFu;
    for (struct cls *c = iterate; c; c = c == iterate ? ids : NULL) {
        struct item *dense = add_item(c);
        dense->s1 = &all, dense->divisor = n_all;
        dense = add_item(c);
        dense->s1 = &full, dense->divisor = MIGPROC_SET_CAPACITY;
    }
    struct cls *of_kind = class_named("set_all_of_kind", op_all_of_kind);
    for (unsigned k = 0; k <= kinds; k++) /* MIGPROC_KIND_NONE, every kind, one past */
        add_item(of_kind)->a = k;
    struct cls *names = class_named("rel_from_name", op_rel_from_name);
    for (unsigned rel = 0; rel < rels; rel++) {
        const char *name = migproc_rel_name((migproc_rel)rel);
        size_t len = strlen(name);
        char *upper = strdup(name), *dashed = strdup(name), *prefix = strdup(name);
        for (size_t i = 0; i < len; i++) {
            upper[i] = upper[i] >= 'a' && upper[i] <= 'z' ? (char)(upper[i] - 32) : upper[i];
            dashed[i] = dashed[i] == '_' ? '-' : dashed[i];
        }
        prefix[len - 1] = '\0';
        add_item(names)->key = name;
        add_item(names)->key = upper;
        add_item(names)->key = dashed;
        add_item(names)->key = prefix; /* unknown */
    }
    for (size_t i = 0; i < n_classes; i++)
        shuffle(&classes[i]);
}

#ifdef HAVE_ICU
static void setup_icu(void)
{
    UErrorCode status = U_ZERO_ERROR;
    collator = ucol_open("", &status);
    ucol_setStrength(collator, UCOL_PRIMARY);
    ucol_setAttribute(collator, UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, &status);
    if (U_FAILURE(status)) {
        fprintf(stderr, "allkeys: ICU collator: %s\n", u_errorName(status));
        exit(2);
    }
    /* The same names and codes libmigproc finds by name. */
    for (size_t c = 0; c < n_classes; c++) {
        if (strncmp(classes[c].name, "find_name_", 10) != 0 &&
            strcmp(classes[c].name, "find_code") != 0)
            continue;
        for (size_t i = 0; i < classes[c].n; i++) {
            char buf[1024];
            int len = sort_key_of(classes[c].items[i].key, buf, sizeof buf);
            if (len <= 0 || len > (int)sizeof buf)
                continue;
            sortkeys = realloc(sortkeys, (n_sortkeys + 1) * sizeof *sortkeys);
            sortkeys[n_sortkeys].bytes = strdup(buf);
            sortkeys[n_sortkeys++].id = classes[c].items[i].expect;
        }
    }
    qsort(sortkeys, n_sortkeys, sizeof *sortkeys, compare_sortkeys);
}
#endif

/* ---- timing -------------------------------------------------------------- */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static inline uint64_t ticks(void)
{
#ifdef HAVE_TSC
    _mm_lfence();
    uint64_t t = __rdtsc();
    _mm_lfence();
    return t;
#else
    return (uint64_t)now_ns();
#endif
}

static double ns_per_tick = 1.0;

static void calibrate(void)
{
#ifdef HAVE_TSC
    double t0 = now_ns();
    uint64_t c0 = ticks();
    while (now_ns() - t0 < 5e7)
        ;
    ns_per_tick = (now_ns() - t0) / (double)(ticks() - c0);
#endif
}

static int compare_doubles(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static volatile unsigned long sink;
#define PASSES 41

/* Median ticks of each of the class's items, timed one call at a time. */
static void item_ticks(const struct cls *c, double *out)
{
    double *samples = malloc(c->n * PASSES * sizeof *samples);
    unsigned long acc = 0;
    for (int p = 0; p < PASSES; p++)
        for (size_t i = 0; i < c->n; i++) {
            uint64_t t0 = ticks();
            acc += c->op(&c->items[i]);
            samples[i * PASSES + (size_t)p] = (double)(ticks() - t0);
        }
    sink += acc;
    /* The counter ticks in coarse steps on some machines (about 10 ns here): a
     * median would round every fast call to a step.  The call starts at a
     * random phase of the step, so the mean of the samples is not rounded;
     * samples far above the median (an interrupt, a migration) are left out. */
    for (size_t i = 0; i < c->n; i++) {
        double *s = samples + i * PASSES, sum = 0;
        int kept = 0;
        qsort(s, PASSES, sizeof *samples, compare_doubles);
        for (int p = 0; p < PASSES; p++)
            if (s[p] <= 2 * s[PASSES / 2] + 100) {
                sum += s[p];
                kept++;
            }
        out[i] = sum / kept;
    }
    free(samples);
}

static double empty_ticks(void)
{
    struct cls empty = {"empty", op_empty, NULL, 0, 0};
    for (int i = 0; i < 1000; i++)
        add_item(&empty);
    double *t = malloc(empty.n * sizeof *t);
    item_ticks(&empty, t);
    qsort(t, empty.n, sizeof *t, compare_doubles);
    double median = t[empty.n / 2];
    free(t);
    free(empty.items);
    return median;
}

/* A class's stream: passes over it with no timer between calls, as many as
 * take about 2 ms, and the fastest such run seen, per item (per element for
 * set iteration). */
struct stream {
    size_t passes, units; /* units: items, or elements for set iteration */
    double best;
};

static unsigned long run_passes(const struct cls *c, size_t passes)
{
    unsigned long acc = 0;
    for (size_t p = 0; p < passes; p++)
        for (size_t i = 0; i < c->n; i++)
            acc += c->op(&c->items[i]);
    return acc;
}

static void calibrate_stream(const struct cls *c, struct stream *s)
{
    s->passes = 1;
    s->units = 0;
    s->best = 1e300;
    for (size_t i = 0; i < c->n; i++)
        s->units += c->items[i].divisor;
    for (;;) {
        double t0 = now_ns();
        sink += run_passes(c, s->passes);
        if (now_ns() - t0 > 2e6)
            break;
        s->passes *= 2;
    }
}

static void run_stream(const struct cls *c, struct stream *s)
{
    double t0 = now_ns();
    sink += run_passes(c, s->passes);
    double t = (now_ns() - t0) / (double)(s->units * s->passes);
    s->best = t < s->best ? t : s->best;
}

static int selected(const struct cls *c, int argc, char **argv)
{
    if (argc == 0)
        return 1;
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], c->name) == 0)
            return 1;
    return 0;
}

/* Rounds of stream runs: every class once a round, so that each class's
 * fastest run is taken from moments spread over the whole measurement, as
 * the classes it is compared with (ICU's, the baselines) are: a burst of
 * load on this shared machine then slows one run of every class, not every
 * run of one class. */
#define STREAM_ROUNDS 15

static void time_classes(int argc, char **argv)
{
    calibrate();
    double overhead = empty_ticks();
    printf("{\"ns_per_tick\": %.6f, \"overhead_ticks\": %.1f}\n", ns_per_tick, overhead);
    double(*items)[3] = calloc(n_classes, sizeof *items); /* median, p90, max */
    struct stream *streams = calloc(n_classes, sizeof *streams);
    for (size_t c = 0; c < n_classes; c++) {
        const struct cls *k = &classes[c];
        if (!selected(k, argc, argv) || k->n == 0)
            continue;
        double *t = malloc(k->n * sizeof *t);
        for (size_t i = 0; i < k->n; i++)
            t[i] = 0;
        item_ticks(k, t); /* warm up */
        item_ticks(k, t);
        for (size_t i = 0; i < k->n; i++)
            t[i] = (t[i] - overhead) * ns_per_tick / k->items[i].divisor;
        qsort(t, k->n, sizeof *t, compare_doubles);
        items[c][0] = t[k->n / 2];
        items[c][1] = t[k->n * 9 / 10];
        items[c][2] = t[k->n - 1];
        free(t);
        calibrate_stream(k, &streams[c]);
    }
    for (int r = 0; r < STREAM_ROUNDS; r++)
        for (size_t c = 0; c < n_classes; c++)
            if (selected(&classes[c], argc, argv) && classes[c].n > 0)
                run_stream(&classes[c], &streams[c]);
    for (size_t c = 0; c < n_classes; c++) {
        const struct cls *k = &classes[c];
        if (!selected(k, argc, argv) || k->n == 0)
            continue;
        printf("{\"class\": \"%s\", \"items\": %zu, \"median_ns\": %.2f, \"p90_ns\": %.2f, "
               "\"max_ns\": %.2f, \"mean_ns\": %.2f}\n",
               k->name, k->n, items[c][0], items[c][1], items[c][2], streams[c].best);
    }
    free(items);
    free(streams);
}

static int check_answers(void)
{
    size_t wrong = 0, checked = 0;
    for (size_t c = 0; c < n_classes; c++) {
        const struct cls *k = &classes[c];
        if (k->op != op_find && k->op != op_findn)
            continue;
        for (size_t i = 0; i < k->n; i++) {
            migproc_id want = k->items[i].expect < 0 ? MIGPROC_NONE
                                                     : (migproc_id)k->items[i].expect;
            migproc_id got = (migproc_id)k->op(&k->items[i]);
            checked++;
            if (got != want && wrong++ < 20)
                fprintf(stderr, "%s: %s: %u, expected %u\n", k->name, k->items[i].key, got,
                        want);
        }
    }
    printf("%zu keys checked, %zu wrong\n", checked, wrong);
    return wrong != 0;
}

static void callgrind_classes(int argc, char **argv)
{
#ifdef HAVE_CALLGRIND
    unsigned long acc = 0;
    for (size_t c = 0; c < n_classes; c++) {
        const struct cls *k = &classes[c];
        if (!selected(k, argc, argv))
            continue;
        for (size_t i = 0; i < k->n; i++) /* warm up: bind every symbol */
            acc += k->op(&k->items[i]);
        for (size_t i = 0; i < k->n; i++) {
            char label[128];
            snprintf(label, sizeof label, "%s %zu %u %.60s", k->name, i, k->items[i].divisor,
                     k->items[i].key ? k->items[i].key : "");
            CALLGRIND_ZERO_STATS;
            acc += k->op(&k->items[i]);
            CALLGRIND_DUMP_STATS_AT(label);
        }
    }
    sink += acc;
#else
    (void)argc;
    (void)argv;
    fprintf(stderr, "allkeys: built without valgrind/callgrind.h\n");
    exit(2);
#endif
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: allkeys KEYS (--list | --check | --time [CLASS...] | "
                        "--callgrind CLASS...)\n");
        return 2;
    }
    setup_baselines();
    read_keys(argv[1]);
    derive_classes();
#ifdef HAVE_ICU
    setup_icu();
#endif
    if (strcmp(argv[2], "--list") == 0) {
        for (size_t c = 0; c < n_classes; c++)
            printf("%s %zu\n", classes[c].name, classes[c].n);
        return 0;
    }
    if (strcmp(argv[2], "--check") == 0)
        return check_answers();
    if (strcmp(argv[2], "--time") == 0) {
        time_classes(argc - 3, argv + 3);
        return 0;
    }
    if (strcmp(argv[2], "--callgrind") == 0) {
        callgrind_classes(argc - 3, argv + 3);
        return 0;
    }
    fprintf(stderr, "allkeys: unknown mode %s\n", argv[2]);
    return 2;
}
