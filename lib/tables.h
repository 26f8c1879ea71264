/*
 * tables.h - layout of the generated tables (lib/migproc_tables.c).
 *
 * Internal to the library: nothing here is part of the ABI.  No table holds
 * a pointer: strings are offsets into mp_pool, other rows are indexes, so
 * the tables need no relocation and live in read-only memory.  The tables
 * are const objects of hidden visibility, shared by the library's
 * translation units and invisible outside it.
 */
#ifndef MIGPROC_TABLES_H
#define MIGPROC_TABLES_H

#include "migproc.h"

#if defined(__GNUC__) && __GNUC__ >= 4
#define MP_INTERNAL __attribute__((visibility("hidden")))
#else
#define MP_INTERNAL
#endif

/* mp_pool offset of "no string"; offset 0 holds an empty string. */
#define MP_NO_STRING 0u
/* "No source" in a uint16_t source field. */
#define MP_NO_SOURCE 0xFFFFu
/* Languages of the name columns, in this order. */
enum { MP_LANG_EN, MP_LANG_ES, MP_LANG_PT, MP_LANG_COUNT };

struct mp_entity {
    uint32_t code;                 /* pool offset */
    uint32_t name[MP_LANG_COUNT];  /* pool offsets; MP_NO_STRING: none */
    uint32_t alpha3;               /* pool offset; MP_NO_STRING: not a state */
    migproc_date established;      /* 0: unknown */
    migproc_date reviewed;         /* last checked against its sources; 0: never */
    uint16_t numeric;              /* ISO numeric code; 0: not a state */
    uint16_t established_source;   /* source index or MP_NO_SOURCE */
    uint16_t adj_first;            /* this entity's slice of mp_adjacency */
    uint16_t adj_count;
    uint16_t note_first;           /* this entity's slice of mp_notes */
    uint16_t note_count;
    uint16_t now_first;            /* this entity's slice of mp_now */
    uint16_t now_count;
    uint8_t kind;                  /* migproc_kind */
};

/* One stated relation.  'from' and 'until' are the dates the statement
 * counts between in as-of queries (lib/gen-tables.py, date_statements):
 * from its start, or when that is unknown the earliest start another source
 * gives the same (subject, rel, object), failing that the later
 * establishment date of its two ends (0: always); until its end, or when
 * that is unknown the earliest end another source gives the same triple
 * after 'from' (0: it still holds). */
struct mp_edge {
    migproc_date start, end, from, until;
    uint32_t note;                 /* pool offset; MP_NO_STRING: none */
    uint16_t subject, object, source;
    uint8_t rel;                   /* the even, forward relation */
};

/* A dated, sourced statement about one entity. */
struct mp_note {
    uint32_t text;                 /* pool offset */
    migproc_date date;             /* 0: none given */
    uint16_t source;
};

/* An edge seen from one end: the relation in that direction, the other
 * end.  Each entity's slice is sorted by (rel, other, from). */
struct mp_adj {
    uint16_t rel, other, edge;
};

/* A folded lookup key, sorted by (bytes, id).  Equal keys naming several
 * entities stand next to each other.  After them come the fingerprint rows:
 * keys of 1.0 kept without their text (lib/data/keys-1.0-fingerprints.tsv),
 * sorted by (fingerprint, id), whose len is MP_KEY_FINGERPRINT | the folded
 * length and whose text is mp_check_hash() of the folded bytes. */
#define MP_KEY_FINGERPRINT 0x8000u
struct mp_key {
    uint32_t text;                 /* pool offset of the folded bytes, or check hash */
    uint16_t len;
    uint16_t id;
};

/* Lookup indexes: an entry is an entity ID, MP_AMBIGUOUS when the key names
 * several (look in mp_keys), or MP_NO_ENTRY. */
#define MP_NO_ENTRY 0xFFFFu
#define MP_AMBIGUOUS 0xFFFEu

struct mp_source {
    uint32_t key, title, publisher, url, licence;  /* pool offsets; url may be none */
    migproc_date seen;
};

/* Folding of U+00C0..U+017F: up to two lower-case ASCII letters, NUL-padded
 * (both NUL: the character is dropped). */
#define MP_FOLD_FIRST 0xC0u
#define MP_FOLD_LAST 0x17Fu

extern MP_INTERNAL const char mp_pool[];
extern MP_INTERNAL const struct mp_entity mp_entities[];
extern MP_INTERNAL const uint16_t mp_entity_count;
extern MP_INTERNAL const struct mp_edge mp_edges[];
extern MP_INTERNAL const uint16_t mp_edge_count;
extern MP_INTERNAL const struct mp_adj mp_adjacency[];
extern MP_INTERNAL const struct mp_key mp_keys[];
extern MP_INTERNAL const uint16_t mp_key_count;
/* Relations in force now, per entity: sorted (rel << 16 | other). */
extern MP_INTERNAL const uint32_t mp_now[];
/* Membership now, as sets: mp_member_hub[g] is entity g's hub number when
 * it has members now, MP_HUB_NO_MEMBERS when it has none; a hub's members
 * are mp_member_rows[hub], mp_member_count[hub] of them. */
#define MP_HUB_NO_MEMBERS 0xFFu
extern MP_INTERNAL const uint8_t mp_member_hub[];
extern MP_INTERNAL const migproc_set mp_member_rows[];
extern MP_INTERNAL const uint16_t mp_member_count[];
/* Perfect hash of the distinct folded keys (hash and displace): slot ->
 * the key's first row in mp_keys, or MP_NO_ENTRY. */
extern MP_INTERNAL const uint16_t mp_hash_bucket_count;
extern MP_INTERNAL const uint16_t mp_hash_displacement[];
extern MP_INTERNAL const uint16_t mp_hash_slot_count;
extern MP_INTERNAL const uint16_t mp_hash_slots[];
/* Two-letter keys by direct index ((a - 'a') * 26 + b - 'a'); three-letter
 * keys packed the same way in base 26, sorted; numbers 0..999 directly. */
extern MP_INTERNAL const uint16_t mp_alpha2[676];
extern MP_INTERNAL const uint16_t mp_alpha3_count;
extern MP_INTERNAL const uint16_t mp_alpha3_packed[];
extern MP_INTERNAL const uint16_t mp_alpha3_id[];
extern MP_INTERNAL const uint16_t mp_numeric_index[1000];
/* ASCII folding: a letter's lower case, a digit, 0 (dropped), or
 * MP_FOLD_NUL for the NUL byte. */
#define MP_FOLD_NUL 0xFFu
extern MP_INTERNAL const unsigned char mp_fold_ascii[128];
extern MP_INTERNAL const struct mp_note mp_notes[];
extern MP_INTERNAL const struct mp_source mp_sources[];
extern MP_INTERNAL const uint16_t mp_source_count;
extern MP_INTERNAL const char mp_fold_latin[MP_FOLD_LAST - MP_FOLD_FIRST + 1][2];
extern MP_INTERNAL const migproc_date mp_data_date;
extern MP_INTERNAL const char mp_data_hash[17];

/* The entity of an ID, or NULL for an ID past the data or one a trimmed
 * build left out (kind 0). */
static inline const struct mp_entity *mp_entity(migproc_id id)
{
    return id < mp_entity_count && mp_entities[id].kind != MIGPROC_KIND_NONE ? &mp_entities[id]
                                                                             : NULL;
}

/* A pool string, or NULL for MP_NO_STRING. */
static inline const char *mp_string_or_null(uint32_t offset)
{
    return offset == MP_NO_STRING ? NULL : mp_pool + offset;
}

#endif /* MIGPROC_TABLES_H */
