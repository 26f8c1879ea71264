/*
 * relation.c - relations between entities, as of now or of a date, and the
 * stated edges behind them.
 */
#include <string.h>

#include "bitset.h"
#include "date.h"
#include "tables.h"

static bool valid_rel(migproc_rel rel)
{
    return (unsigned)rel < mp_rel_count;
}

int migproc_rel_inverse(migproc_rel rel)
{
    return valid_rel(rel) ? (int)((unsigned)rel ^ 1u) : -1;
}

const char *migproc_rel_name(migproc_rel rel)
{
    return valid_rel(rel) ? mp_rel_names[rel] : NULL;
}

/* The perfect hash of a relation name of len bytes (3 or more) that
 * lib/gen-tables.py built mp_rel_hash with. */
static unsigned rel_hash(const unsigned char *name, unsigned len)
{
    return (len * mp_rel_hash_multiplier + name[2] + 3u * name[len - 2]) % 64u;
}

/* Spells byte i of name into out[i]; false at its end (NUL) or at a byte no
 * relation name has. */
#define MP_SPELL(i) ((out[i] = mp_rel_spelling[(unsigned char)name[i]]) > 1)

int migproc_rel_from_name(const char *name)
{
    /* The name as the relation names are spelled ('-' or ' ' for '_', any
     * case) into a zeroed row, four bytes a step, up to its NUL; then one
     * comparison of the whole row with the one name of its hash. */
    MP_REL_NAME_ALIGN unsigned char spelled[MP_REL_NAME_ROW + 4] = {0};
    unsigned len = 0;
    if (name == NULL)
        return -1;
    for (;; len += 4, name += 4) {
        unsigned char *out = spelled + len;
        if (len >= MP_REL_NAME_ROW)
            return -1; /* longer than any name */
        if (!MP_SPELL(0))
            break;
        if (!MP_SPELL(1)) {
            len += 1;
            break;
        }
        if (!MP_SPELL(2)) {
            len += 2;
            break;
        }
        if (!MP_SPELL(3)) {
            len += 3;
            break;
        }
    }
    if (len < 3 || len >= MP_REL_NAME_ROW || spelled[len] != '\0')
        return -1; /* too short for the hash, too long, or a byte no name has */
    unsigned rel = mp_rel_hash[rel_hash(spelled, len)];
    return rel != 0 && memcmp(mp_rel_names[rel - 1], spelled, MP_REL_NAME_ROW) == 0
               ? (int)rel - 1
               : -1;
}

/* The perfect-hash slot of a small integer key (lib/gen-tables.py:
 * int_slot): the high half of (key + 1) times a constant picks the bucket,
 * whose displacement picks the odd multiplier that spreads it over the
 * slots.  No division (a Cortex-M0 has none). */
static unsigned int_slot(uint32_t key, const uint16_t *displacement, unsigned nbuckets,
                         unsigned nslots)
{
    uint32_t m = (key + 1u) * 0x9E3779B1u;
    unsigned bucket = (unsigned)(((m >> 16) * nbuckets) >> 16);
    uint32_t spread = m * (2u * displacement[bucket] + 1u);
    return (unsigned)(((spread >> 16) * nslots) >> 16);
}

/* The pair (id, rel), or NULL when id never had that relation (or there
 * is no such entity or relation): the slot at the entity's row plus the
 * relation, which every row has for any relation the keys' bits hold
 * (lib/gen-tables.py: pair_rows), and its key. */
static const struct mp_pair *pair_of(migproc_id id, migproc_rel rel)
{
    if (id >= mp_entity_count || (unsigned)rel >= 1u << MP_PAIR_REL_BITS)
        return NULL;
    const struct mp_pair *p = &mp_pairs[(size_t)mp_pair_rows[id] + (unsigned)rel];
    return p->key == ((unsigned)id << MP_PAIR_REL_BITS | (unsigned)rel) ? p : NULL;
}

/* Writes the stored set x into out (out may be NULL) and returns its
 * count. */
static unsigned put_set(const struct mp_stored_set *x, migproc_set *out)
{
    if (out != NULL)
        mp_bitset_put_image(out, mp_set_images + x->image);
    return x->count;
}

/* The epoch of pair p that date (valid) falls in: the last that starts at
 * or before it.  A pair's epochs are few (at most 10 in the 1.1 data) and
 * most dates asked about are recent, so the scan starts from the last (a
 * binary search measured 7 instructions more at the most); it stops at the
 * pair's first, which starts at date 0. */
static unsigned epoch_at(const struct mp_pair *p, migproc_date date)
{
    const migproc_date *start = mp_epoch_starts + p->epoch_last;
    while (*start > date)
        start--;
    return (unsigned)(start - mp_epoch_starts);
}

/* The set of pair p as of date (valid): its epoch's. */
static const struct mp_stored_set *set_asof(const struct mp_pair *p, migproc_date date)
{
    return &mp_sets[mp_epoch_sets[epoch_at(p, date)]];
}

/* The pair (id, rel) when the date is valid and the pair exists, else NULL. */
static const struct mp_pair *dated_pair(migproc_id id, migproc_rel rel, migproc_date date)
{
    return mp_date_valid(date) ? pair_of(id, rel) : NULL;
}

unsigned migproc_related_asof(migproc_id id, migproc_rel rel, migproc_date date,
                              migproc_set *out)
{
    const struct mp_pair *p = dated_pair(id, rel, date);
    if (p == NULL) {
        mp_bitset_clear(out);
        return 0;
    }
    return put_set(set_asof(p, date), out);
}

/* Now: the set of the pair's last epoch, which the pair holds. */
unsigned migproc_related(migproc_id id, migproc_rel rel, migproc_set *out)
{
    const struct mp_pair *p = pair_of(id, rel);
    if (p == NULL) {
        mp_bitset_clear(out);
        return 0;
    }
    return put_set(&p->now, out);
}

bool migproc_holds_asof(migproc_id a, migproc_rel rel, migproc_id b, migproc_date date)
{
    const struct mp_pair *p = dated_pair(a, rel, date);
    if (p == NULL)
        return false;
    const struct mp_stored_set *x = set_asof(p, date);
    return b < 32u * MP_SET_IMAGE_WORDS && (mp_set_images[x->image + b / 32u] >> (b % 32u) & 1u);
}

/* Now: one slot of the perfect hash of every relation in force.  Only b and
 * rel need checking, so that the key's fields cannot overlap: an ID or a
 * relation that does not exist is in no key. */
bool migproc_holds(migproc_id a, migproc_rel rel, migproc_id b)
{
    if ((unsigned)rel >= 1u << MP_PAIR_REL_BITS || b >= 1u << MP_TRIPLE_ID_BITS)
        return false;
    uint32_t key = ((uint32_t)a << MP_PAIR_REL_BITS | (uint32_t)rel) << MP_TRIPLE_ID_BITS | b;
    return mp_triples[int_slot(key, mp_triple_displacement, mp_triple_bucket_count,
                               mp_triple_slot_count)] == key + 1u;
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

bool migproc_rel_inverse_of(migproc_rel rel, migproc_rel *out)
{
    int inverse = migproc_rel_inverse(rel);
    if (inverse < 0 || out == NULL)
        return false;
    *out = (migproc_rel)inverse;
    return true;
}

bool migproc_rel_parse(const char *name, migproc_rel *out)
{
    int rel = migproc_rel_from_name(name);
    if (rel < 0 || out == NULL)
        return false;
    *out = (migproc_rel)rel;
    return true;
}

migproc_id migproc_edge_other(migproc_edge e, migproc_id from, migproc_rel *rel)
{
    const struct mp_edge *x = edge(e);
    if (x == NULL || (from != x->subject && from != x->object))
        return MIGPROC_NONE;
    bool forward = from == x->subject;
    if (rel != NULL)
        *rel = (migproc_rel)(x->rel + (forward ? 0u : 1u));
    return forward ? x->object : x->subject;
}
