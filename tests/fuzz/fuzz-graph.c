/*
 * fuzz-graph.c - every accessor, relation and as-of query on any IDs,
 * relation values, dates and indexes.  Properties: holds agrees with
 * related (now and as of the date), a relation read from the other end
 * agrees, edges touch the entity that lists them, and bad values get the
 * documented answers.
 */
#include "fuzz.h"

struct query {
    uint16_t a, b;
    int32_t rel;
    uint32_t date;
    uint32_t index;
};

static void query_from(struct query *q, const uint8_t *data, size_t size, size_t at)
{
    uint8_t raw[sizeof *q];
    for (size_t i = 0; i < sizeof raw; i++)
        raw[i] = size ? data[(at + i) % size] : 0;
    memcpy(q, raw, sizeof *q);
    /* Half the time, valid values: the interesting part of the space. */
    if (q->index & 1u) {
        q->a %= (uint16_t)(migproc_count() + 2);
        q->b %= (uint16_t)(migproc_count() + 2);
        q->rel = (int32_t)((uint32_t)q->rel % 28u);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t at = 0; at < size || at == 0; at += sizeof(struct query)) {
        struct query q;
        query_from(&q, data, size, at);
        migproc_rel rel = (migproc_rel)q.rel;
        migproc_set now, then, back;
        bool valid = q.a < migproc_count() && migproc_rel_name(rel) != NULL;

        unsigned n = migproc_related(q.a, rel, &now);
        unsigned m = migproc_related_asof(q.a, rel, q.date, &then);
        fuzz_check(n == migproc_set_count(&now) && m == migproc_set_count(&then));
        fuzz_check(valid || (n == 0 && m == 0));
        fuzz_check(migproc_holds(q.a, rel, q.b) == migproc_set_has(&now, q.b));
        fuzz_check(migproc_holds_asof(q.a, rel, q.b, q.date) == migproc_set_has(&then, q.b));
        if (valid && migproc_set_has(&now, q.b)) {
            migproc_related(q.b, (migproc_rel)migproc_rel_inverse(rel), &back);
            fuzz_check(migproc_set_has(&back, q.a));
        }

        /* Accessors: valid IDs give strings, others NULL. */
        bool entity = q.a < migproc_count() && migproc_kind_of(q.a) != MIGPROC_KIND_NONE;
        fuzz_check((migproc_code(q.a) != NULL) == entity);
        fuzz_check((migproc_name(q.a, size ? "es" : NULL) != NULL) == entity);
        fuzz_check((migproc_kind_name(migproc_kind_of(q.a)) != NULL) == entity);
        fuzz_check((migproc_alpha3(q.a) != NULL) == (migproc_numeric(q.a) != 0));
        fuzz_check(migproc_rel_inverse(rel) == (migproc_rel_name(rel) ? (int)((unsigned)rel ^ 1u) : -1));
        (void)migproc_established(q.a);
        (void)migproc_kind_name((migproc_kind)q.rel);

        /* Edges and notes at any index. */
        migproc_edge e = migproc_edge_at(q.a, q.index);
        fuzz_check((e != MIGPROC_EDGE_NONE) == (q.index < migproc_edge_count(q.a)));
        if (e != MIGPROC_EDGE_NONE) {
            fuzz_check(migproc_edge_subject(e) == q.a || migproc_edge_object(e) == q.a);
            fuzz_check(migproc_source_key(migproc_edge_source(e)) != NULL ||
                       migproc_source_count() == 0);
        }
        (void)migproc_edge_note((migproc_edge)q.b);
        (void)migproc_edge_start((migproc_edge)q.b);
        fuzz_check((migproc_note_text(q.a, q.index) != NULL) == (q.index < migproc_note_count(q.a)));
        fuzz_check((migproc_source_title(q.rel) != NULL) ==
                   (q.rel >= 0 && (unsigned)q.rel < migproc_source_count()));
        if (size == 0)
            break;
    }
    return 0;
}
