/*
 * cmd-stats.c - stats: what the data holds, and how well it is sourced and
 * dated.  (CSV has no shape for it: --format csv prints the text.)
 */
#include "output.h"

#include <stdio.h>
#include <string.h>

enum { KINDS_MAX = 32, RELS_MAX = 64 };

struct stats {
    unsigned by_kind[KINDS_MAX], by_rel[RELS_MAX];
    unsigned entities, statements, dated, paged, notes, unreviewed;
    unsigned sources, sources_paged;
    migproc_date oldest;
    migproc_id oldest_id;
};

/* Whether a source's URL names a page: a path after the site, not a bare
 * domain. */
static bool url_has_path(const char *url)
{
    const char *slash = url ? strchr(url, '/') : NULL;
    return slash != NULL && slash[1] != '\0';
}

static void count(struct stats *s)
{
    memset(s, 0, sizeof *s);
    s->oldest_id = MIGPROC_NONE;
    for (unsigned id = 0; id < migproc_count(); id++) {
        migproc_kind kind = migproc_kind_of((migproc_id)id);
        if (kind == MIGPROC_KIND_NONE)
            continue;
        s->entities++;
        if ((unsigned)kind < KINDS_MAX)
            s->by_kind[kind]++;
        s->notes += migproc_note_count((migproc_id)id);
        migproc_date reviewed = migproc_reviewed((migproc_id)id);
        if (reviewed && (s->oldest == 0 || reviewed < s->oldest)) {
            s->oldest = reviewed;
            s->oldest_id = (migproc_id)id;
        }
        if (!reviewed && kind != MIGPROC_KIND_STATE)
            s->unreviewed++;
        for (unsigned i = 0; i < migproc_edge_count((migproc_id)id); i++) {
            migproc_edge e = migproc_edge_at((migproc_id)id, i);
            if (migproc_edge_subject(e) != id)
                continue; /* each statement once, from its subject */
            s->statements++;
            if ((unsigned)migproc_edge_rel(e) < RELS_MAX)
                s->by_rel[migproc_edge_rel(e)]++;
            s->dated += migproc_edge_start(e) != 0;
            s->paged += url_has_path(migproc_source_url(migproc_edge_source(e)));
        }
    }
    s->sources = migproc_source_count();
    for (int i = 0; i < (int)s->sources; i++)
        s->sources_paged += url_has_path(migproc_source_url(i));
}

/* part of whole, in tenths of a percent, rounded. */
static unsigned permille(unsigned part, unsigned whole)
{
    return whole ? (unsigned)((part * 1000ULL + whole / 2) / whole) : 0;
}

/* The shares both formats print. */
struct share {
    const char *label;
    unsigned part, whole;
};
enum { SHARES = 3 };

static void shares(const struct stats *s, struct share out[SHARES])
{
    out[0] = (struct share){"statements with a start date", s->dated, s->statements};
    out[1] = (struct share){"statements sourced to a page URL", s->paged, s->statements};
    out[2] = (struct share){"sources with a page URL", s->sources_paged, s->sources};
}

static void stats_text(const struct stats *s)
{
    char b1[16];
    printf("libmigproc %s, data of %s (%s)\n", migproc_version(),
           date_text(migproc_data_date(), b1), migproc_data_hash());
    printf("entities: %u\n", s->entities);
    for (unsigned k = 1; k < KINDS_MAX && migproc_kind_name((migproc_kind)k); k++)
        printf("  %-16s %u\n", text(migproc_kind_name((migproc_kind)k)), s->by_kind[k]);
    printf("relations (statements, one per source): %u\n", s->statements);
    for (unsigned r = 0; r < RELS_MAX && migproc_rel_name((migproc_rel)r); r += 2)
        printf("  %-16s %u\n", text(migproc_rel_name((migproc_rel)r)), s->by_rel[r]);
    printf("notes: %u\nsources: %u\n", s->notes, s->sources);
    struct share share[SHARES];
    shares(s, share);
    for (size_t i = 0; i < SHARES; i++) {
        unsigned pm = permille(share[i].part, share[i].whole);
        printf("%-34s %u of %u (%u.%u%%)\n", share[i].label, share[i].part, share[i].whole,
               pm / 10, pm % 10);
    }
    printf("%-34s %s (%s)\n", "oldest review", s->oldest ? date_text(s->oldest, b1) : "none",
           s->oldest_id != MIGPROC_NONE ? text(migproc_code(s->oldest_id)) : "-");
    printf("%-34s %u (states excluded)\n", "entities never reviewed", s->unreviewed);
}

static void stats_json(const struct stats *s)
{
    struct json j = {0};
    json_open_object(&j);
    json_key(&j, "version");
    json_string(&j, migproc_version());
    json_key(&j, "data_date");
    json_date(&j, migproc_data_date());
    json_key(&j, "data_hash");
    json_string(&j, migproc_data_hash());
    json_key(&j, "entities");
    json_uint(&j, s->entities);
    json_key(&j, "entities_by_kind");
    json_open_object(&j);
    for (unsigned k = 1; k < KINDS_MAX && migproc_kind_name((migproc_kind)k); k++) {
        json_key(&j, migproc_kind_name((migproc_kind)k));
        json_uint(&j, s->by_kind[k]);
    }
    json_close(&j);
    json_key(&j, "statements");
    json_uint(&j, s->statements);
    json_key(&j, "statements_by_relation");
    json_open_object(&j);
    for (unsigned r = 0; r < RELS_MAX && migproc_rel_name((migproc_rel)r); r += 2) {
        json_key(&j, migproc_rel_name((migproc_rel)r));
        json_uint(&j, s->by_rel[r]);
    }
    json_close(&j);
    json_key(&j, "notes");
    json_uint(&j, s->notes);
    json_key(&j, "sources");
    json_uint(&j, s->sources);
    struct share share[SHARES];
    shares(s, share);
    for (size_t i = 0; i < SHARES; i++) {
        json_key(&j, share[i].label);
        json_open_object(&j);
        json_key(&j, "count");
        json_uint(&j, share[i].part);
        json_key(&j, "of");
        json_uint(&j, share[i].whole);
        json_key(&j, "percent");
        json_tenths(&j, permille(share[i].part, share[i].whole));
        json_close(&j);
    }
    json_key(&j, "oldest_review");
    json_date(&j, s->oldest);
    json_key(&j, "oldest_review_entity");
    json_string(&j, s->oldest_id != MIGPROC_NONE ? migproc_code(s->oldest_id) : NULL);
    json_key(&j, "entities_never_reviewed");
    json_uint(&j, s->unreviewed);
    json_close(&j);
}

int cmd_stats(const struct options *o)
{
    struct stats s;
    count(&s);
    if (o->format == FORMAT_JSON)
        stats_json(&s);
    else
        stats_text(&s);
    return 0;
}
