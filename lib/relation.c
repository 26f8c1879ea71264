/*
 * relation.c - relations between entities, as of now or of a date, and the
 * stated edges behind them.
 */
#include "bitset.h"
#include "date.h"
#include "tables.h"

/* Relation values run 0 .. MP_REL_END - 1 (see migproc_rel). */
#define MP_REL_END 26u

static bool valid_rel(migproc_rel rel)
{
    return (unsigned)rel < MP_REL_END;
}

int migproc_rel_inverse(migproc_rel rel)
{
    return valid_rel(rel) ? (int)((unsigned)rel ^ 1u) : -1;
}

/* Names of the relations, in enum order, in one NUL-separated string. */
static const char rel_names[] =
    "member_of\0has_member\0observer_of\0has_observer\0associate_of\0has_associate\0"
    "part_of\0has_part\0aligned_with\0has_aligned\0supports\0supported_by\0"
    "advises\0advised_by\0secretariat_of\0has_secretariat\0suspended_from\0"
    "has_suspended\0signatory_of\0has_signatory\0presides\0presided_by\0"
    "national_body_of\0has_national_body\0participant_of\0has_participant";

const char *migproc_rel_name(migproc_rel rel)
{
    if (!valid_rel(rel))
        return NULL;
    const char *p = rel_names;
    for (unsigned i = 0; i < (unsigned)rel; i++)
        while (*p++ != '\0')
            ;
    return p;
}

/* Whether name spells the relation n, case-insensitively, with '-' or ' '
 * for '_'. */
static bool rel_name_matches(const char *name, const char *n)
{
    for (;; name++, n++) {
        char c = *name;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + ('a' - 'A'));
        else if (c == '-' || c == ' ')
            c = '_';
        if (c != *n)
            return false;
        if (c == '\0')
            return true;
    }
}

int migproc_rel_from_name(const char *name)
{
    if (name == NULL)
        return -1;
    for (unsigned rel = 0; rel < MP_REL_END; rel++)
        if (rel_name_matches(name, migproc_rel_name((migproc_rel)rel)))
            return (int)rel;
    return -1;
}

static bool edge_in_force(const struct mp_edge *e, migproc_date date)
{
    return e->from <= date && (e->until == 0 || date < e->until);
}

/* The first index of id's adjacency slice not below (rel, other). */
static unsigned adjacency_search(const struct mp_entity *e, unsigned rel, unsigned other)
{
    unsigned lo = e->adj_first, hi = e->adj_first + e->adj_count;
    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;
        const struct mp_adj *a = &mp_adjacency[mid];
        if (a->rel < rel || (a->rel == rel && a->other < other))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

unsigned migproc_related_asof(migproc_id id, migproc_rel rel, migproc_date date,
                              migproc_set *out)
{
    if (!mp_date_valid(date)) {
        mp_bitset_clear(out);
        return 0;
    }
    unsigned count = 0;

    mp_bitset_clear(out);
    if (id >= mp_entity_count || !valid_rel(rel))
        return 0;
    const struct mp_entity *e = &mp_entities[id];
    unsigned end = e->adj_first + e->adj_count;
    unsigned last = MIGPROC_NONE;
    for (unsigned i = adjacency_search(e, (unsigned)rel, 0);
         i < end && mp_adjacency[i].rel == (unsigned)rel; i++) {
        const struct mp_adj *a = &mp_adjacency[i];
        /* Several edges may join the same pair; count the pair once. */
        if (a->other != last && edge_in_force(&mp_edges[a->edge], date)) {
            mp_bitset_add(out, a->other);
            last = a->other;
            count++;
        }
    }
    return count;
}

/* The first of the n keys at p not below want (n if none). */
static unsigned now_lower_bound(const uint32_t *p, unsigned n, uint32_t want)
{
    unsigned lo = 0;
    while (n > 0) {
        unsigned half = n / 2;
        if (p[lo + half] < want) {
            lo += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    return lo;
}

/* Now: from the index of relations in force, one key a pair, no dates to
 * read. */
unsigned migproc_related(migproc_id id, migproc_rel rel, migproc_set *out)
{
    /* A group's members: a copy of its row. */
    if (rel == MIGPROC_REL_HAS_MEMBER && id < mp_entity_count &&
        mp_member_hub[id] != MP_HUB_NO_MEMBERS) {
        unsigned hub = mp_member_hub[id];
        mp_bitset_copy(out, &mp_member_rows[hub]);
        return mp_member_count[hub];
    }
    mp_bitset_clear(out);
    if (id >= mp_entity_count || !valid_rel(rel))
        return 0;
    const struct mp_entity *e = &mp_entities[id];
    const uint32_t *p = mp_now + e->now_first;
    unsigned i = now_lower_bound(p, e->now_count, (uint32_t)rel << 16), count = 0;
    for (; i < e->now_count && p[i] >> 16 == (unsigned)rel; i++, count++)
        mp_bitset_add(out, p[i] & 0xFFFFu);
    return count;
}

bool migproc_holds_asof(migproc_id a, migproc_rel rel, migproc_id b, migproc_date date)
{
    if (!mp_date_valid(date))
        return false;
    if (a >= mp_entity_count || !valid_rel(rel))
        return false;
    const struct mp_entity *e = &mp_entities[a];
    unsigned end = e->adj_first + e->adj_count;
    for (unsigned i = adjacency_search(e, (unsigned)rel, b);
         i < end && mp_adjacency[i].rel == (unsigned)rel && mp_adjacency[i].other == b; i++)
        if (edge_in_force(&mp_edges[mp_adjacency[i].edge], date))
            return true;
    return false;
}

bool migproc_holds(migproc_id a, migproc_rel rel, migproc_id b)
{
    /* Membership, the commonest question: one bit of the group's row. */
    if ((unsigned)rel <= MIGPROC_REL_HAS_MEMBER) {
        unsigned group = rel == MIGPROC_REL_MEMBER_OF ? b : a;
        unsigned member = rel == MIGPROC_REL_MEMBER_OF ? a : b;
        if (group >= mp_entity_count || member >= mp_entity_count)
            return false;
        unsigned hub = mp_member_hub[group];
        return hub != MP_HUB_NO_MEMBERS &&
               ((mp_member_rows[hub].bits[member / 32] >> (member % 32)) & 1u);
    }
    if (a >= mp_entity_count || !valid_rel(rel))
        return false;
    const struct mp_entity *e = &mp_entities[a];
    uint32_t want = ((uint32_t)rel << 16) | b;
    const uint32_t *p = mp_now + e->now_first;
    unsigned n = e->now_count;
    /* Halve a long slice down to a short one, then scan: a state's slice
     * is short, and a scan has no chain of dependent loads. */
    while (n > 8) {
        unsigned half = n / 2;
        p = p[half] <= want ? p + half : p;
        n -= half;
    }
    for (unsigned i = 0; i < n; i++)
        if (p[i] >= want)
            return p[i] == want;
    return false;
}

unsigned migproc_edge_count(migproc_id id)
{
    return id < mp_entity_count ? mp_entities[id].adj_count : 0;
}

migproc_edge migproc_edge_at(migproc_id id, unsigned index)
{
    if (id >= mp_entity_count || index >= mp_entities[id].adj_count)
        return MIGPROC_EDGE_NONE;
    return mp_adjacency[mp_entities[id].adj_first + index].edge;
}

static const struct mp_edge *edge(migproc_edge e)
{
    return e < mp_edge_count ? &mp_edges[e] : NULL;
}

migproc_id migproc_edge_subject(migproc_edge e)
{
    return edge(e) ? mp_edges[e].subject : MIGPROC_NONE;
}

int migproc_edge_rel(migproc_edge e)
{
    return edge(e) ? mp_edges[e].rel : -1;
}

migproc_id migproc_edge_object(migproc_edge e)
{
    return edge(e) ? mp_edges[e].object : MIGPROC_NONE;
}

migproc_date migproc_edge_start(migproc_edge e)
{
    return edge(e) ? mp_edges[e].start : 0;
}

migproc_date migproc_edge_end(migproc_edge e)
{
    return edge(e) ? mp_edges[e].end : 0;
}

int migproc_edge_source(migproc_edge e)
{
    return edge(e) && mp_edges[e].source != MP_NO_SOURCE ? mp_edges[e].source : -1;
}

const char *migproc_edge_note(migproc_edge e)
{
    return edge(e) && mp_edges[e].note != MP_NO_STRING ? mp_pool + mp_edges[e].note : NULL;
}

migproc_date migproc_edge_from(migproc_edge e)
{
    return edge(e) ? mp_edges[e].from : 0;
}

migproc_date migproc_edge_until(migproc_edge e)
{
    return edge(e) ? mp_edges[e].until : 0;
}
