/*
 * cmd-why.c - why KEY KEY: every statement of a relation between two
 * entities, read from the first, in the order they took effect, and for
 * each relation the answer as of --asof (or now) with the statement that
 * decides it.
 */
#include "output.h"

#include <stdio.h>

#define WHY_MAX 64 /* statements between two entities; the data has at most a dozen */

struct statement {
    migproc_edge edge;
    migproc_rel rel;    /* as read from the first entity */
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
static unsigned deciding(const struct statement *st, unsigned n, migproc_rel rel,
                         migproc_date date)
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
        migproc_rel rel;
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

static const char *rel_text(migproc_rel rel)
{
    return text(migproc_rel_name(rel));
}

static void why_text(migproc_id a, migproc_id b, const struct statement *st, unsigned n,
                     const struct options *o)
{
    char b1[16], b2[16], b3[16], b4[16];
    printf("%s  %s\n%s  %s\n", text(migproc_code(a)), text(migproc_name(a, o->lang)),
           text(migproc_code(b)), text(migproc_name(b, o->lang)));
    if (n == 0) {
        printf("  no stated relation\n");
        return;
    }
    printf("statements, in the order they took effect (* decides the answer):\n");
    for (unsigned i = 0; i < n; i++) {
        migproc_edge e = st[i].edge;
        int source = migproc_edge_source(e);
        printf("%s %s %s %s  [%s..%s]  %s\n", st[i].decides ? "*" : " ", text(migproc_code(a)),
               rel_text(st[i].rel), text(migproc_code(b)), date_text(st[i].from, b1),
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
    printf("answers, as of %s:\n", o->asof ? date_text(o->asof, b1) : "now");
    for (unsigned i = 0; i < n; i++)
        if (st[i].decides)
            printf("  %-16s %-3s  decided by %s (%s)\n", rel_text(st[i].rel),
                   st[i].holds ? "yes" : "no",
                   text(migproc_source_key(migproc_edge_source(st[i].edge))),
                   st[i].holds ? "in force"
                   : st[i].until && (o->asof == 0 || st[i].until <= o->asof) ? "ended"
                                                                              : "not yet in force");
}

static void why_json(migproc_id a, migproc_id b, const struct statement *st, unsigned n,
                     const struct options *o)
{
    struct json j = {0};
    json_open_object(&j);
    json_key(&j, "a");
    json_string(&j, migproc_code(a));
    json_key(&j, "b");
    json_string(&j, migproc_code(b));
    json_key(&j, "asof");
    json_date(&j, o->asof);
    json_key(&j, "relations");
    json_open_array(&j);
    for (unsigned i = 0; i < n; i++) {
        migproc_edge e = st[i].edge;
        json_open_object(&j);
        json_key(&j, "relation");
        json_string(&j, rel_text(st[i].rel));
        json_key(&j, "start");
        json_date(&j, migproc_edge_start(e));
        json_key(&j, "end");
        json_date(&j, migproc_edge_end(e));
        json_key(&j, "from");
        json_date(&j, st[i].from);
        json_key(&j, "until");
        json_date(&j, st[i].until);
        json_key(&j, "holds");
        json_bool(&j, st[i].holds);
        json_key(&j, "decides");
        json_bool(&j, st[i].decides);
        json_key(&j, "source");
        json_source(&j, migproc_edge_source(e));
        json_key(&j, "note");
        json_string(&j, migproc_edge_note(e));
        json_close(&j);
    }
    json_close(&j);
    json_key(&j, "answers");
    json_open_array(&j);
    for (unsigned i = 0; i < n; i++)
        if (st[i].decides) {
            json_open_object(&j);
            json_key(&j, "relation");
            json_string(&j, rel_text(st[i].rel));
            json_key(&j, "holds");
            json_bool(&j, st[i].holds);
            json_key(&j, "decided_by");
            json_uint(&j, i);
            json_close(&j);
        }
    json_close(&j);
    json_close(&j);
}

static void why_csv(const struct statement *st, unsigned n)
{
    char b1[16], b2[16];
    printf("relation,start,end,source,title,publisher,url,note,from,until,holds,decides\r\n");
    for (unsigned i = 0; i < n; i++) {
        migproc_edge e = st[i].edge;
        int source = migproc_edge_source(e);
        printf("%s,%s,%s,", rel_text(st[i].rel), date_text(migproc_edge_start(e), b1),
               date_text(migproc_edge_end(e), b2));
        const char *fields[] = {migproc_source_key(source), migproc_source_title(source),
                                migproc_source_publisher(source), migproc_source_url(source),
                                migproc_edge_note(e)};
        for (int f = 0; f < 5; f++) {
            csv_field(fields[f]);
            putchar(',');
        }
        printf("%s,%s,%s,%s\r\n", date_text(st[i].from, b1), date_text(st[i].until, b2),
               st[i].holds ? "yes" : "no", st[i].decides ? "yes" : "no");
    }
}

int cmd_why(const char *key_a, const char *key_b, const struct options *o)
{
    struct statement st[WHY_MAX];
    migproc_id a = resolve(key_a), b;
    if (a == MIGPROC_NONE || (b = resolve(key_b)) == MIGPROC_NONE)
        return EXIT_UNKNOWN_KEY;
    unsigned n = collect_statements(a, b, o->asof, st);
    if (o->format == FORMAT_JSON)
        why_json(a, b, st, n, o);
    else if (o->format == FORMAT_CSV)
        why_csv(st, n);
    else
        why_text(a, b, st, n, o);
    return 0;
}
