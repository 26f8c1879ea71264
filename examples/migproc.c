/*
 * migproc - query libmigproc's graph of migration processes from the shell.
 *
 * Uses the public header, and lib/date.c for the library's one rule of which
 * dates are dates.  Exit status: 0 success, 1 a key that is unknown or
 * ambiguous, 2 bad usage, 3 an output error (EXIT_OUTPUT).
 */
#include <migproc.h>

#include "date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV };

/* Exit statuses (the usage text and migproc(1) say the same). */
enum { EXIT_UNKNOWN_KEY = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

/* The languages are the library's: migproc_lang_tag() from 0 up to NULL. */
static const char *language(int l)
{
    return migproc_lang_tag((migproc_lang)l);
}

/* What prints where the library returns NULL: a string a trimmed build left
 * out (-Dnames=en, -Dprovenance=false), never passed to printf as NULL. */
#define PLACEHOLDER "-"

static const char *text(const char *s)
{
    return s != NULL ? s : PLACEHOLDER;
}

struct options {
    enum format format;
    const char *lang;
    migproc_date asof; /* 0: now */
};

static const char usage_text[] =
    "usage: migproc [OPTIONS] COMMAND [ARGS...]\n"
    "\n"
    "commands:\n"
    "  show KEY              an entity, its names and every relation, with sources\n"
    "  members KEY           the members of a process or organisation\n"
    "  memberships KEY       what an entity is a member of\n"
    "  and KEY KEY...        members of every KEY\n"
    "  or KEY KEY...         members of any KEY\n"
    "  minus KEY KEY...      members of the first KEY and of none of the others\n"
    "  why KEY KEY           every statement relating two entities, with dates and\n"
    "                        sources, and which one decides each answer (--asof)\n"
    "  find KEY              the entity or entities a key names\n"
    "  list [KIND]           every entity, or every entity of a kind\n"
    "  stats                 what the data holds: counts, dated and sourced shares,\n"
    "                        the oldest review date\n"
    "  dot [KEY...]          a Graphviz graph: the processes and their members, or the\n"
    "                        named entities and everything related to them now\n"
    "\n"
    "options:\n"
    "  --format text|json|csv  output format (default text)\n"
    "  --lang LANG             language of names: %s (default en)\n"
    "  --asof YYYY[-MM[-DD]]   members, memberships and set commands as of a date\n"
    "  --help                  this text\n"
    "  --version               library and data versions\n"
    "\n"
    "A KEY is a code, name, acronym or alias in any case, with or without\n"
    "accents: MX, MEX, 484, Mexico, \"Puebla Process\", \"Proceso de Quito\".\n"
    "Exit status: 0 success, 1 unknown or ambiguous key, 2 bad usage, 3 output\n"
    "error (stdout closed or full).  A string this build does not carry prints\n"
    "as " PLACEHOLDER ".\n";

/* The languages as "en|es|pt" (sep "|") or "en, es, pt" into buf. */
static const char *language_list(const char *sep, char buf[64])
{
    buf[0] = '\0';
    for (int l = 0; language(l) != NULL; l++)
        snprintf(buf + strlen(buf), 64 - strlen(buf), "%s%s", l ? sep : "", language(l));
    return buf;
}

/* A key or argument from the command line, echoed to stderr with control
 * characters (C0, DEL and, in UTF-8, C1) escaped as \xNN, and backslashes
 * doubled, so that no terminal sequence passes through. */
static void echo_safely(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            fprintf(stderr, "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            fprintf(stderr, "\\u%04x", p[1]);
            p++;
        } else if (*p == '\\')
            fputs("\\\\", stderr);
        else
            fputc(*p, stderr);
    }
}

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "migproc: %s%s", message, arg ? ": " : "");
    if (arg)
        echo_safely(arg);
    fprintf(stderr, "\nTry 'migproc --help'.\n");
    return EXIT_USAGE;
}

/* The exit status once output is done: EXIT_OUTPUT, with a message, when
 * stdout could not be written (closed, a full disk). */
static int finish_output(int status)
{
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int e = errno;
        fprintf(stderr, "migproc: cannot write the output: %s\n",
                e ? strerror(e) : "write error");
        return EXIT_OUTPUT;
    }
    return status;
}

/* ---- output helpers ---------------------------------------------------- */

static void json_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void csv_field(const char *s)
{
    if (s == NULL)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* A date as YYYY, YYYY-MM or YYYY-MM-DD into buf; "" for 0. */
static const char *date_text(migproc_date d, char buf[16])
{
    unsigned y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (d == 0)
        buf[0] = '\0';
    else if (m == 0)
        snprintf(buf, 16, "%04u", y);
    else if (day == 0)
        snprintf(buf, 16, "%04u-%02u", y, m);
    else
        snprintf(buf, 16, "%04u-%02u-%02u", y, m, day);
    return buf;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, digits and dashes only, a calendar date
 * (lib/date.c's rule, year 0000 excluded): 0 and *out, or -1. */
static int parse_date(const char *s, migproc_date *out)
{
    size_t len = strlen(s);
    unsigned part[3] = {0, 0, 0};
    if (len != 4 && len != 7 && len != 10)
        return -1;
    for (size_t i = 0; i < len; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return -1;
        } else if (s[i] < '0' || s[i] > '9') {
            return -1;
        } else {
            unsigned k = i < 4 ? 0 : i < 7 ? 1 : 2;
            part[k] = part[k] * 10 + (unsigned)(s[i] - '0');
        }
    }
    if (part[0] == 0 || (len >= 7 && part[1] == 0) || (len == 10 && part[2] == 0))
        return -1; /* year 0000, month 00, day 00 */
    migproc_date d = MIGPROC_DATE(part[0], part[1], part[2]);
    if (!mp_date_valid(d))
        return -1;
    *out = d;
    return 0;
}

/* Prints a list of entities in ID order. */
static void print_set(const migproc_set *set, const struct options *o)
{
    bool first = true;
    if (o->format == FORMAT_JSON)
        printf("[");
    else if (o->format == FORMAT_CSV)
        printf("id,code,kind,name\r\n");
    for (migproc_id id = migproc_set_next(set, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(set, id)) {
        const char *code = migproc_code(id), *name = migproc_name(id, o->lang);
        const char *kind = migproc_kind_name(migproc_kind_of(id));
        switch (o->format) {
        case FORMAT_TEXT:
            printf("%s  %s\n", text(code), text(name));
            break;
        case FORMAT_JSON:
            printf("%s\n  {\"id\": %u, \"code\": ", first ? "" : ",", (unsigned)id);
            json_string(code);
            printf(", \"kind\": ");
            json_string(kind);
            printf(", \"name\": ");
            json_string(name);
            printf("}");
            break;
        case FORMAT_CSV:
            printf("%u,", (unsigned)id);
            csv_field(code);
            putchar(',');
            csv_field(kind);
            putchar(',');
            csv_field(name);
            printf("\r\n");
            break;
        }
        first = false;
    }
    if (o->format == FORMAT_JSON)
        printf("%s]\n", first ? "" : "\n");
}

/* ---- keys -------------------------------------------------------------- */

/* The one entity a key names; on failure, says why on stderr (naming the
 * candidates of an ambiguous key) and returns MIGPROC_NONE. */
static migproc_id resolve(const char *key)
{
    migproc_set found;
    unsigned n = migproc_find_all(key, &found);
    if (n == 1)
        return migproc_set_next(&found, MIGPROC_NONE);
    if (n == 0) {
        fputs("migproc: unknown key: ", stderr);
        echo_safely(key);
        fputc('\n', stderr);
        return MIGPROC_NONE;
    }
    fputs("migproc: ambiguous key: ", stderr);
    echo_safely(key);
    fputs(" could be", stderr);
    for (migproc_id id = migproc_set_next(&found, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&found, id))
        fprintf(stderr, " %s (%s)%s", text(migproc_code(id)), text(migproc_name(id, "en")),
                migproc_set_next(&found, id) == MIGPROC_NONE ? "\n" : ",");
    return MIGPROC_NONE;
}

static void related(migproc_id id, migproc_rel rel, const struct options *o, migproc_set *out)
{
    if (o->asof)
        migproc_related_asof(id, rel, o->asof, out);
    else
        migproc_related(id, rel, out);
}

/* ---- commands ---------------------------------------------------------- */

static int cmd_find(const char *key, const struct options *o)
{
    migproc_set found;
    unsigned n = migproc_find_all(key, &found);
    if (n != 1)
        resolve(key); /* explains on stderr */
    if (n > 0)
        print_set(&found, o);
    return n == 1 ? 0 : 1;
}

static int cmd_related(const char *key, migproc_rel rel, const struct options *o)
{
    migproc_set set;
    migproc_id id = resolve(key);
    if (id == MIGPROC_NONE)
        return 1;
    related(id, rel, o, &set);
    print_set(&set, o);
    return 0;
}

static int cmd_algebra(const char *op, char **keys, int nkeys, const struct options *o)
{
    migproc_set acc, next;
    for (int i = 0; i < nkeys; i++) {
        migproc_id id = resolve(keys[i]);
        if (id == MIGPROC_NONE)
            return 1;
        related(id, MIGPROC_REL_HAS_MEMBER, o, i == 0 ? &acc : &next);
        if (i == 0)
            continue;
        if (strcmp(op, "and") == 0)
            migproc_set_intersect(&acc, &acc, &next);
        else if (strcmp(op, "or") == 0)
            migproc_set_union(&acc, &acc, &next);
        else
            migproc_set_difference(&acc, &acc, &next);
    }
    print_set(&acc, o);
    return 0;
}

static int cmd_list(const char *kind_name, const struct options *o)
{
    migproc_set set;
    if (kind_name == NULL) {
        migproc_set_all(&set);
        print_set(&set, o);
        return 0;
    }
    for (int k = 1; migproc_kind_name((migproc_kind)k) != NULL; k++)
        if (strcmp(kind_name, migproc_kind_name((migproc_kind)k)) == 0) {
            migproc_set_all_of_kind(&set, (migproc_kind)k);
            print_set(&set, o);
            return 0;
        }
    fputs("migproc: unknown kind: ", stderr);
    echo_safely(kind_name);
    fputs("; kinds are:", stderr);
    for (int k = 1; migproc_kind_name((migproc_kind)k) != NULL; k++)
        fprintf(stderr, " %s", text(migproc_kind_name((migproc_kind)k)));
    fprintf(stderr, "\n");
    return EXIT_USAGE;
}

/* An edge seen from one of its ends: the other end and the relation read
 * from this end (the library reads it: migproc_edge_other). */
static migproc_id edge_view(migproc_id id, migproc_edge e, int *rel)
{
    migproc_rel r = MIGPROC_REL_MEMBER_OF;
    migproc_id other = migproc_edge_other(e, id, &r);
    *rel = (int)r;
    return other;
}

/* " [start..end]" when the edge has a date, into buf. */
static const char *edge_dates(migproc_edge e, char buf[40])
{
    char b1[16], b2[16];
    if (migproc_edge_start(e) == 0 && migproc_edge_end(e) == 0)
        buf[0] = '\0';
    else
        snprintf(buf, 40, "  [%s..%s]", date_text(migproc_edge_start(e), b1),
                 date_text(migproc_edge_end(e), b2));
    return buf;
}

static void json_source(int source)
{
    printf("{\"key\": ");
    json_string(migproc_source_key(source));
    printf(", \"title\": ");
    json_string(migproc_source_title(source));
    printf(", \"publisher\": ");
    json_string(migproc_source_publisher(source));
    printf(", \"url\": ");
    if (migproc_source_url(source))
        json_string(migproc_source_url(source));
    else
        printf("null");
    printf("}");
}

static void json_note(const char *note)
{
    if (note)
        json_string(note);
    else
        printf("null");
}

/* show: the entity's own fields, then each edge seen from it. */
static void show_text(migproc_id id, const struct options *o)
{
    char b1[16], dates[40];
    printf("%s  %s\n", text(migproc_code(id)), text(migproc_name(id, o->lang)));
    printf("kind: %s\n", text(migproc_kind_name(migproc_kind_of(id))));
    printf("names:");
    for (int l = 0; language(l) != NULL; l++)
        printf("%s %s %s", l ? " |" : "", language(l), text(migproc_name_in(id, language(l))));
    printf("\n");
    if (migproc_alpha3(id))
        printf("iso: %s %s %03u\n", text(migproc_code(id)), text(migproc_alpha3(id)), migproc_numeric(id));
    if (migproc_established(id))
        printf("established: %s (source: %s)\n", date_text(migproc_established(id), b1),
               text(migproc_source_key(migproc_established_source(id))));
    if (migproc_reviewed(id))
        printf("reviewed: %s (facts last checked against their sources)\n",
               date_text(migproc_reviewed(id), b1));
    if (migproc_note_count(id) > 0)
        printf("notes:\n");
    for (unsigned i = 0; i < migproc_note_count(id); i++)
        printf("  %s%s%s  (source: %s)\n", date_text(migproc_note_date(id, i), b1),
               migproc_note_date(id, i) ? ": " : "", text(migproc_note_text(id, i)),
               text(migproc_source_key(migproc_note_source(id, i))));
    if (migproc_edge_count(id) > 0)
        printf("relations:\n");
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        int rel;
        migproc_id other = edge_view(id, e, &rel);
        printf("  %-18s %s  %s%s  (source: %s)\n", text(migproc_rel_name((migproc_rel)rel)),
               text(migproc_code(other)), text(migproc_name(other, o->lang)), edge_dates(e, dates),
               text(migproc_source_key(migproc_edge_source(e))));
        if (migproc_edge_note(e))
            printf("  %-18s note: %s\n", "", text(migproc_edge_note(e)));
    }
}

static void json_date(migproc_date d)
{
    char buf[16];
    if (d == 0)
        printf("null");
    else
        json_string(date_text(d, buf));
}

static void show_json(migproc_id id)
{
    printf("{\"id\": %u, \"code\": ", (unsigned)id);
    json_string(migproc_code(id));
    printf(", \"kind\": ");
    json_string(migproc_kind_name(migproc_kind_of(id)));
    printf(",\n \"names\": {");
    for (int l = 0; language(l) != NULL; l++) {
        printf("%s\"%s\": ", l ? ", " : "", language(l));
        if (migproc_name_in(id, language(l)) != NULL) /* never a fallback shown as a translation */
            json_string(migproc_name_in(id, language(l)));
        else
            printf("null");
    }
    printf("},\n \"alpha3\": ");
    if (migproc_alpha3(id))
        json_string(migproc_alpha3(id));
    else
        printf("null");
    printf(", \"numeric\": ");
    if (migproc_numeric(id))
        printf("%u", migproc_numeric(id));
    else
        printf("null");
    printf(", \"established\": ");
    json_date(migproc_established(id));
    printf(", \"reviewed\": ");
    json_date(migproc_reviewed(id));
    printf(",\n \"notes\": [");
    for (unsigned i = 0; i < migproc_note_count(id); i++) {
        printf("%s\n  {\"date\": ", i ? "," : "");
        json_date(migproc_note_date(id, i));
        printf(", \"text\": ");
        json_string(migproc_note_text(id, i));
        printf(", \"source\": ");
        json_string(migproc_source_key(migproc_note_source(id, i)));
        printf("}");
    }
    printf("%s],\n \"relations\": [", migproc_note_count(id) ? "\n " : "");
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        int rel;
        migproc_id other = edge_view(id, e, &rel);
        printf("%s\n  {\"relation\": \"%s\", \"id\": %u, \"code\": ", i ? "," : "",
               text(migproc_rel_name((migproc_rel)rel)), (unsigned)other);
        json_string(migproc_code(other));
        printf(", \"start\": ");
        json_date(migproc_edge_start(e));
        printf(", \"end\": ");
        json_date(migproc_edge_end(e));
        printf(", \"source\": ");
        json_string(migproc_source_key(migproc_edge_source(e)));
        printf(", \"note\": ");
        json_note(migproc_edge_note(e));
        printf("}");
    }
    printf("%s]}\n", migproc_edge_count(id) ? "\n " : "");
}

static void show_csv(migproc_id id, const struct options *o)
{
    char b1[16], b2[16];
    printf("relation,code,name,start,end,source,note\r\n");
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        int rel;
        migproc_id other = edge_view(id, e, &rel);
        printf("%s,", text(migproc_rel_name((migproc_rel)rel)));
        csv_field(migproc_code(other));
        putchar(',');
        csv_field(migproc_name(other, o->lang));
        printf(",%s,%s,", date_text(migproc_edge_start(e), b1),
               date_text(migproc_edge_end(e), b2));
        csv_field(migproc_source_key(migproc_edge_source(e)));
        putchar(',');
        csv_field(migproc_edge_note(e));
        printf("\r\n");
    }
}

/* why: every statement of a relation between two entities, read from the
 * first, in the order they took effect, and for each relation the answer
 * as of --asof (or now) with the statement that decides it. */

#define WHY_MAX 64 /* statements between two entities; the data has at most a dozen */

struct statement {
    migproc_edge edge;
    int rel;            /* as read from the first entity */
    migproc_date from, until;
    bool holds, decides;
};

/* Whether a statement holds as of date (0: now, where what has not ended
 * holds: the library's migproc_holds()). */
static bool statement_holds(const struct statement *s, migproc_date date)
{
    if (date == 0)
        return s->until == 0;
    return s->from <= date && (s->until == 0 || date < s->until);
}

/* The statement that decides a relation's answer as of date, among n: the
 * one in force that took effect last (a dated start before an inferred
 * one); when none is in force, the one that ended last (a stated end before
 * an inferred one); failing that, the one that takes effect first.  Returns its index. */
static unsigned deciding(const struct statement *st, unsigned n, int rel, migproc_date date)
{
    unsigned best = n;
    for (unsigned i = 0; i < n; i++) {
        if (st[i].rel != rel || !st[i].holds)
            continue;
        if (best == n || st[i].from > st[best].from ||
            (st[i].from == st[best].from && migproc_edge_start(st[i].edge) != 0 &&
             migproc_edge_start(st[best].edge) == 0))
            best = i;
    }
    if (best < n)
        return best;
    for (unsigned i = 0; i < n; i++)
        if (st[i].rel == rel && st[i].until != 0 && (date == 0 || st[i].until <= date) &&
            (best == n || st[i].until > st[best].until ||
             (st[i].until == st[best].until && migproc_edge_end(st[i].edge) != 0 &&
              migproc_edge_end(st[best].edge) == 0)))
            best = i;
    if (best < n)
        return best;
    for (unsigned i = 0; i < n; i++)
        if (st[i].rel == rel && (best == n || st[i].from < st[best].from))
            best = i;
    return best;
}

/* The statements between a and b, seen from a, in the order they took
 * effect (then by relation); returns how many. */
static unsigned collect_statements(migproc_id a, migproc_id b, migproc_date date,
                                   struct statement st[WHY_MAX])
{
    unsigned n = 0;
    for (unsigned i = 0; i < migproc_edge_count(a) && n < WHY_MAX; i++) {
        migproc_edge e = migproc_edge_at(a, i);
        int rel;
        if (edge_view(a, e, &rel) != b)
            continue;
        struct statement s = {e, rel, migproc_edge_from(e), migproc_edge_until(e), false, false};
        s.holds = statement_holds(&s, date);
        unsigned at = n++;
        while (at > 0 && (st[at - 1].from > s.from ||
                          (st[at - 1].from == s.from && st[at - 1].rel > s.rel))) {
            st[at] = st[at - 1];
            at--;
        }
        st[at] = s;
    }
    for (unsigned i = 0; i < n; i++)
        st[deciding(st, n, st[i].rel, date)].decides = true;
    return n;
}

static int cmd_why(const char *key_a, const char *key_b, const struct options *o)
{
    char b1[16], b2[16], b3[16], b4[16];
    struct statement st[WHY_MAX];
    migproc_id a = resolve(key_a), b;
    if (a == MIGPROC_NONE || (b = resolve(key_b)) == MIGPROC_NONE)
        return 1;
    unsigned n = collect_statements(a, b, o->asof, st);
    if (o->format == FORMAT_JSON) {
        printf("{\"a\": ");
        json_string(migproc_code(a));
        printf(", \"b\": ");
        json_string(migproc_code(b));
        printf(", \"asof\": ");
        json_date(o->asof);
        printf(", \"relations\": [");
    } else if (o->format == FORMAT_CSV) {
        printf("relation,start,end,source,title,publisher,url,note,from,until,holds,decides\r\n");
    } else {
        printf("%s  %s\n%s  %s\n", text(migproc_code(a)), text(migproc_name(a, o->lang)), text(migproc_code(b)),
               text(migproc_name(b, o->lang)));
        if (n > 0)
            printf("statements, in the order they took effect (* decides the answer):\n");
    }
    for (unsigned i = 0; i < n; i++) {
        migproc_edge e = st[i].edge;
        int source = migproc_edge_source(e);
        const char *name = migproc_rel_name((migproc_rel)st[i].rel);
        if (o->format == FORMAT_JSON) {
            printf("%s\n  {\"relation\": \"%s\", \"start\": ", i ? "," : "", text(name));
            json_date(migproc_edge_start(e));
            printf(", \"end\": ");
            json_date(migproc_edge_end(e));
            printf(", \"from\": ");
            json_date(st[i].from);
            printf(", \"until\": ");
            json_date(st[i].until);
            printf(", \"holds\": %s, \"decides\": %s, \"source\": ",
                   st[i].holds ? "true" : "false", st[i].decides ? "true" : "false");
            json_source(source);
            printf(", \"note\": ");
            json_note(migproc_edge_note(e));
            printf("}");
        } else if (o->format == FORMAT_CSV) {
            printf("%s,%s,%s,", name, date_text(migproc_edge_start(e), b1),
                   date_text(migproc_edge_end(e), b2));
            const char *fields[] = {migproc_source_key(source), migproc_source_title(source),
                                    migproc_source_publisher(source), migproc_source_url(source),
                                    migproc_edge_note(e)};
            for (int f = 0; f < 5; f++) {
                csv_field(fields[f]);
                putchar(',');
            }
            printf("%s,%s,%s,%s\r\n", date_text(st[i].from, b3), date_text(st[i].until, b4),
                   st[i].holds ? "yes" : "no", st[i].decides ? "yes" : "no");
        } else {
            printf("%s %s %s %s  [%s..%s]  %s\n", st[i].decides ? "*" : " ", text(migproc_code(a)),
                   text(name), text(migproc_code(b)), date_text(st[i].from, b1),
                   date_text(st[i].until, b2), st[i].holds ? "holds" : "does not hold");
            if (st[i].from != migproc_edge_start(e) || st[i].until != migproc_edge_end(e))
                printf("    as stated: [%s..%s]; the rest follows from the other statements "
                       "(migproc(3), \"Statements over time\")\n",
                       date_text(migproc_edge_start(e), b3), date_text(migproc_edge_end(e), b4));
            printf("    source: %s: %s, %s%s%s\n", text(migproc_source_key(source)),
                   text(migproc_source_title(source)), text(migproc_source_publisher(source)),
                   migproc_source_url(source) ? ", " : "",
                   migproc_source_url(source) ? migproc_source_url(source) : "");
            if (migproc_edge_note(e))
                printf("    note: %s\n", text(migproc_edge_note(e)));
        }
    }
    if (o->format == FORMAT_JSON) {
        printf("%s], \"answers\": [", n ? "\n " : "");
        bool first = true;
        for (unsigned i = 0; i < n; i++)
            if (st[i].decides) {
                printf("%s\n  {\"relation\": \"%s\", \"holds\": %s, \"decided_by\": %u}",
                       first ? "" : ",", text(migproc_rel_name((migproc_rel)st[i].rel)),
                       st[i].holds ? "true" : "false", i);
                first = false;
            }
        printf("%s]}\n", first ? "" : "\n ");
    } else if (o->format == FORMAT_TEXT && n == 0) {
        printf("  no stated relation\n");
    } else if (o->format == FORMAT_TEXT) {
        printf("answers, as of %s:\n", o->asof ? date_text(o->asof, b1) : "now");
        for (unsigned i = 0; i < n; i++)
            if (st[i].decides)
                printf("  %-16s %-3s  decided by %s (%s)\n", text(migproc_rel_name((migproc_rel)st[i].rel)),
                       st[i].holds ? "yes" : "no",
                       text(migproc_source_key(migproc_edge_source(st[i].edge))),
                       st[i].holds ? "in force" : st[i].until && (o->asof == 0 || st[i].until <= o->asof)
                                                      ? "ended"
                                                      : "not yet in force");
    }
    return 0;
}

/* stats: what the data holds, and how well it is sourced and dated. */

/* Whether a source's URL names a page: a path after the site, not a bare
 * domain. */
static bool url_has_path(const char *url)
{
    const char *slash = url ? strchr(url, '/') : NULL;
    return slash != NULL && slash[1] != '\0';
}

static void print_share(const char *what, unsigned part, unsigned whole,
                        const struct options *o, bool last)
{
    unsigned permille = whole ? (unsigned)((part * 1000ULL + whole / 2) / whole) : 0;
    if (o->format == FORMAT_JSON)
        printf("  \"%s\": {\"count\": %u, \"of\": %u, \"percent\": %u.%u}%s\n", what, part, whole,
               permille / 10, permille % 10, last ? "" : ",");
    else
        printf("%-34s %u of %u (%u.%u%%)\n", what, part, whole, permille / 10, permille % 10);
}

static int cmd_stats(const struct options *o)
{
    enum { KINDS = 32, RELS = 64 };
    unsigned by_kind[KINDS] = {0}, by_rel[RELS] = {0};
    unsigned entities = 0, statements = 0, dated = 0, paged = 0, notes = 0, unreviewed = 0;
    migproc_date oldest = 0;
    migproc_id oldest_id = MIGPROC_NONE;
    char b1[16];

    for (unsigned id = 0; id < migproc_count(); id++) {
        migproc_kind kind = migproc_kind_of((migproc_id)id);
        if (kind == MIGPROC_KIND_NONE)
            continue;
        entities++;
        if ((unsigned)kind < KINDS)
            by_kind[kind]++;
        notes += migproc_note_count((migproc_id)id);
        migproc_date reviewed = migproc_reviewed((migproc_id)id);
        if (reviewed && (oldest == 0 || reviewed < oldest)) {
            oldest = reviewed;
            oldest_id = (migproc_id)id;
        }
        if (!reviewed && kind != MIGPROC_KIND_STATE)
            unreviewed++;
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            if (migproc_edge_subject(e) != id)
                continue; /* each statement once, from its subject */
            statements++;
            if ((unsigned)migproc_edge_rel(e) < RELS)
                by_rel[migproc_edge_rel(e)]++;
            dated += migproc_edge_start(e) != 0;
            paged += url_has_path(migproc_source_url(migproc_edge_source(e)));
        }
    }
    unsigned sources = migproc_source_count(), sources_paged = 0;
    for (int i = 0; i < (int)sources; i++)
        sources_paged += url_has_path(migproc_source_url(i));

    bool json = o->format == FORMAT_JSON;
    if (json) {
        printf("{\n  \"version\": \"%s\", \"data_date\": \"%s\", \"data_hash\": \"%s\",\n",
               migproc_version(), date_text(migproc_data_date(), b1), migproc_data_hash());
        printf("  \"entities\": %u, \"entities_by_kind\": {", entities);
    } else {
        printf("libmigproc %s, data of %s (%s)\n", migproc_version(),
               date_text(migproc_data_date(), b1), migproc_data_hash());
        printf("entities: %u\n", entities);
    }
    bool first = true;
    for (unsigned k = 1; k < KINDS && migproc_kind_name((migproc_kind)k); k++) {
        if (json)
            printf("%s\"%s\": %u", first ? "" : ", ", text(migproc_kind_name((migproc_kind)k)),
                   by_kind[k]);
        else
            printf("  %-16s %u\n", text(migproc_kind_name((migproc_kind)k)), by_kind[k]);
        first = false;
    }
    if (json)
        printf("},\n  \"statements\": %u, \"statements_by_relation\": {", statements);
    else
        printf("relations (statements, one per source): %u\n", statements);
    first = true;
    for (unsigned r = 0; r < RELS && migproc_rel_name((migproc_rel)r); r += 2) {
        if (json)
            printf("%s\"%s\": %u", first ? "" : ", ", text(migproc_rel_name((migproc_rel)r)), by_rel[r]);
        else
            printf("  %-16s %u\n", text(migproc_rel_name((migproc_rel)r)), by_rel[r]);
        first = false;
    }
    if (json)
        printf("},\n  \"notes\": %u, \"sources\": %u,\n", notes, sources);
    else
        printf("notes: %u\nsources: %u\n", notes, sources);
    print_share("statements with a start date", dated, statements, o, false);
    print_share("statements sourced to a page URL", paged, statements, o, false);
    print_share("sources with a page URL", sources_paged, sources, o, false);
    if (json) {
        printf("  \"oldest_review\": ");
        json_date(oldest);
        printf(", \"oldest_review_entity\": ");
        if (oldest_id != MIGPROC_NONE)
            json_string(migproc_code(oldest_id));
        else
            printf("null");
        printf(", \"entities_never_reviewed\": %u\n}\n", unreviewed);
    } else {
        printf("%-34s %s (%s)\n", "oldest review", oldest ? date_text(oldest, b1) : "none",
               oldest_id != MIGPROC_NONE ? text(migproc_code(oldest_id)) : "-");
        printf("%-34s %u (states excluded)\n", "entities never reviewed", unreviewed);
    }
    return 0;
}

static int cmd_show(const char *key, const struct options *o)
{
    migproc_id id = resolve(key);
    if (id == MIGPROC_NONE)
        return 1;
    if (o->format == FORMAT_JSON)
        show_json(id);
    else if (o->format == FORMAT_CSV)
        show_csv(id, o);
    else
        show_text(id, o);
    return 0;
}

/* dot: a Graphviz graph.  With no key, the processes and their member
 * states; with keys, those entities and everything related to them now. */
static void dot_node(migproc_id id, const struct options *o)
{
    bool state = migproc_kind_of(id) == MIGPROC_KIND_STATE;
    printf("  n%u [label=", (unsigned)id);
    json_string(state ? migproc_code(id) : migproc_name(id, o->lang));
    printf("%s];\n", state ? "" : ", shape=box, style=\"rounded,filled\", fillcolor=\"#dbe8f5\"");
}

static int cmd_dot(char **keys, int nkeys, const struct options *o)
{
    migproc_set nodes, centre;
    migproc_set_clear(&nodes);
    migproc_set_clear(&centre);
    for (int i = 0; i < nkeys; i++) {
        migproc_id id = resolve(keys[i]);
        if (id == MIGPROC_NONE)
            return 1;
        migproc_set_add(&centre, id);
    }
    if (nkeys == 0)
        migproc_set_all_of_kind(&centre, MIGPROC_KIND_PROCESS);
    printf("digraph migproc {\n  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.15, "
           "ranksep=1.2];\n  node [fontname=\"Helvetica\", fontsize=11, shape=ellipse];\n"
           "  edge [color=\"#6b7b8c\", arrowsize=0.6, fontname=\"Helvetica\", fontsize=9];\n");
    /* Edges first, in ID order, gathering the nodes they touch; each centre's
     * edges in a colour of their own, so that crossing lines stay apart. */
    static const char *const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                          "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};
    unsigned ordinal = 0;
    for (migproc_id c = migproc_set_next(&centre, MIGPROC_NONE); c != MIGPROC_NONE;
         c = migproc_set_next(&centre, c), ordinal++) {
        const char *colour = colours[ordinal % (sizeof colours / sizeof colours[0])];
        migproc_set_add(&nodes, c);
        for (int rel = 0; migproc_rel_name((migproc_rel)rel) != NULL; rel += 2) {
            migproc_set out, in;
            if (nkeys == 0 && rel != MIGPROC_REL_MEMBER_OF)
                continue;
            migproc_related(c, (migproc_rel)(rel + 1), &in); /* X rel c */
            migproc_related(c, (migproc_rel)rel, &out);      /* c rel X */
            if (nkeys == 0)
                migproc_set_clear(&out);
            for (migproc_id x = migproc_set_next(&in, MIGPROC_NONE); x != MIGPROC_NONE;
                 x = migproc_set_next(&in, x)) {
                migproc_set_add(&nodes, x);
                printf("  n%u -> n%u [color=\"%s\"", (unsigned)x, (unsigned)c, colour);
                if (nkeys > 0)
                    printf(", label=\"%s\"", text(migproc_rel_name((migproc_rel)rel)));
                printf("];\n");
            }
            for (migproc_id x = migproc_set_next(&out, MIGPROC_NONE); x != MIGPROC_NONE;
                 x = migproc_set_next(&out, x)) {
                migproc_set_add(&nodes, x);
                printf("  n%u -> n%u [color=\"%s\", label=\"%s\"];\n", (unsigned)c,
                       (unsigned)x, colour, text(migproc_rel_name((migproc_rel)rel)));
            }
        }
    }
    for (migproc_id id = migproc_set_next(&nodes, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&nodes, id))
        dot_node(id, o);
    printf("}\n");
    return 0;
}

/* ---- main -------------------------------------------------------------- */

/* Takes "--name VALUE" or "--name=VALUE"; returns the value or NULL. */
static const char *option_value(const char *name, int argc, char **argv, int *i)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

int main(int argc, char **argv)
{
    struct options o = {FORMAT_TEXT, "en", 0};
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int nargs = 0, status;
    const char *v;

    if (args == NULL)
        return EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            char buf[64];
            printf(usage_text, language_list("|", buf));
            free(args);
            return finish_output(0);
        } else if (strcmp(argv[i], "--version") == 0) {
            char buf[16];
            printf("migproc %s (data %s, %s)\n", migproc_version(),
                   date_text(migproc_data_date(), buf), migproc_data_hash());
            free(args);
            return finish_output(0);
        } else if ((v = option_value("--format", argc, argv, &i)) != NULL) {
            if (strcmp(v, "text") == 0)
                o.format = FORMAT_TEXT;
            else if (strcmp(v, "json") == 0)
                o.format = FORMAT_JSON;
            else if (strcmp(v, "csv") == 0)
                o.format = FORMAT_CSV;
            else {
                free(args);
                return usage_error("unknown format", v);
            }
        } else if ((v = option_value("--lang", argc, argv, &i)) != NULL) {
            o.lang = NULL;
            for (int l = 0; language(l) != NULL; l++)
                if (strcmp(v, language(l)) == 0)
                    o.lang = language(l);
            if (o.lang == NULL) {
                char buf[64], message[96];
                snprintf(message, sizeof message, "unknown language (the data has %s)",
                         language_list(", ", buf));
                free(args);
                return usage_error(message, v);
            }
        } else if ((v = option_value("--asof", argc, argv, &i)) != NULL) {
            if (parse_date(v, &o.asof) != 0) {
                free(args);
                return usage_error("bad date (YYYY, YYYY-MM or YYYY-MM-DD)", v);
            }
        } else if (strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0') {
            bool known = strcmp(argv[i], "--format") == 0 || strcmp(argv[i], "--lang") == 0 ||
                         strcmp(argv[i], "--asof") == 0;
            free(args);
            return usage_error(known ? "option needs a value" : "unknown option", argv[i]);
        } else {
            args[nargs++] = argv[i];
        }
    }

    const char *cmd = nargs > 0 ? args[0] : NULL;
    if (cmd == NULL)
        status = usage_error("no command", NULL);
    else if (strcmp(cmd, "show") == 0 && nargs == 2)
        status = cmd_show(args[1], &o);
    else if (strcmp(cmd, "members") == 0 && nargs == 2)
        status = cmd_related(args[1], MIGPROC_REL_HAS_MEMBER, &o);
    else if (strcmp(cmd, "memberships") == 0 && nargs == 2)
        status = cmd_related(args[1], MIGPROC_REL_MEMBER_OF, &o);
    else if ((strcmp(cmd, "and") == 0 || strcmp(cmd, "or") == 0 || strcmp(cmd, "minus") == 0) &&
             nargs >= 3)
        status = cmd_algebra(cmd, args + 1, nargs - 1, &o);
    else if (strcmp(cmd, "why") == 0 && nargs == 3)
        status = cmd_why(args[1], args[2], &o);
    else if (strcmp(cmd, "dot") == 0)
        status = cmd_dot(args + 1, nargs - 1, &o);
    else if (strcmp(cmd, "find") == 0 && nargs == 2)
        status = cmd_find(args[1], &o);
    else if (strcmp(cmd, "stats") == 0 && nargs == 1)
        status = cmd_stats(&o);
    else if (strcmp(cmd, "list") == 0 && nargs <= 2)
        status = cmd_list(nargs == 2 ? args[1] : NULL, &o);
    else
        status = usage_error("unknown command or wrong number of arguments", cmd);
    free(args);
    return finish_output(status);
}
