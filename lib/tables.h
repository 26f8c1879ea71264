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
/* Languages of the name columns: migproc_lang (include/migproc.h).  The
 * generated tables assert that this is the number of its values. */
enum { MP_LANG_EN = MIGPROC_LANG_EN, MP_LANG_COUNT = MIGPROC_LANG_PT + 1 };

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
 * entities stand next to each other.  Its text is a pool offset in the low
 * MP_KEY_OFFSET_BITS bits and, above them, the top 32 - MP_KEY_OFFSET_BITS
 * bits of the key's mp_key_hash() from mp_hash_seed (a check that turns
 * away almost every other key before any comparison).  The offset is of a
 * string that folds to the key: a name, code or alias the pool holds
 * anyway, so that the folded text is not stored again, or else (numbers,
 * code-shaped aliases) the folded text itself, which folds to itself; a
 * lookup folds it and compares.  len is the folded length, and above it,
 * from bit MP_KEY_EXTRA_SHIFT, by how many bytes the string is longer (at
 * most MP_KEY_EXTRA_MAX; the generator keeps the folded text otherwise), so
 * that the lookup knows the string's length without looking for its NUL.
 * After them come the fingerprint rows: keys of 1.0 kept without their text
 * (lib/data/keys-1.0-fingerprints.tsv), sorted by (fingerprint, id), whose
 * len is MP_KEY_FINGERPRINT | the folded length and whose text is
 * mp_check_hash() of the folded bytes. */
#define MP_KEY_FINGERPRINT 0x8000u
#define MP_KEY_EXTRA_SHIFT 8
#define MP_KEY_EXTRA_MAX 0x7Fu
#define MP_KEY_OFFSET_BITS 20
_Static_assert(MIGPROC_KEY_MAX < 1u << MP_KEY_EXTRA_SHIFT, "a key's length is below its extra bytes");
_Static_assert((MP_KEY_EXTRA_MAX + 1u) << MP_KEY_EXTRA_SHIFT == MP_KEY_FINGERPRINT,
               "a key's extra bytes fill the bits below the fingerprint bit");
/* The last row of mp_keys is one more, whose text is not the last key's,
 * so that a range ends without a bound check. */
struct mp_key {
    uint32_t text;                 /* check bits | pool offset, or check hash */
    uint16_t len;
    uint16_t id;
};

/* Code indexes: an entry is what migproc_find() answers, an entity ID, or
 * MP_NO_ENTRY (MIGPROC_NONE) when the key names none or several (look in
 * mp_keys for those). */
#define MP_NO_ENTRY 0xFFFFu

struct mp_source {
    uint32_t key, title, publisher, url, licence;  /* pool offsets; url may be none */
    migproc_date seen;
};

/* Folding of U+0080..U+017F, every character whose UTF-8 is two bytes led
 * by 0xC2..0xC5: up to two lower-case ASCII letters, NUL-padded on the
 * right (both NUL: the character is dropped, as the Latin-1 controls,
 * punctuation and symbols are). */
#define MP_FOLD_FIRST 0x80u
#define MP_FOLD_LAST 0x17Fu

/* Every string of the tables, NUL-terminated.  A string that ends another
 * is stored as the end of that one (lib/gen-tables.py: Pool), so strings
 * may overlap; two start at the same offset only when they are equal. */
extern MP_INTERNAL const char mp_pool[];
/* Each language's tag, NUL-terminated, in migproc_lang order. */
extern MP_INTERNAL const char mp_lang_tags[MP_LANG_COUNT][3];
extern MP_INTERNAL const struct mp_entity mp_entities[];
extern MP_INTERNAL const uint16_t mp_entity_count;
extern MP_INTERNAL const struct mp_edge mp_edges[];
extern MP_INTERNAL const uint16_t mp_edge_count;
extern MP_INTERNAL const struct mp_adj mp_adjacency[];
extern MP_INTERNAL const struct mp_key mp_keys[];
/* The relation indexes' keys (lib/gen-tables.py reads these): an (entity,
 * relation) pair is id << MP_PAIR_REL_BITS | rel; a relation in force
 * appends the other end's ID in MP_TRIPLE_ID_BITS bits.  The generator
 * refuses more relations than the first holds; the second holds every ID
 * a set can. */
#define MP_PAIR_REL_BITS 5
#define MP_TRIPLE_ID_BITS 10
/* A set in force, stored as an image of its first MP_SET_IMAGE_WORDS
 * words (the others are zero: the generator refuses an ID past them), so
 * that it is copied whole, without a length: the words of mp_set_images
 * from image on.  Images overlap where one ends as another begins
 * (lib/gen-tables.py: pack_images).  count: its members. */
#define MP_SET_IMAGE_WORDS 12
_Static_assert(MP_SET_IMAGE_WORDS % 4 == 0 && MP_SET_IMAGE_WORDS <= MIGPROC_SET_CAPACITY / 32,
               "an image is whole blocks of four words, within a set");
struct mp_stored_set {
    uint16_t image, count;
};
extern MP_INTERNAL const struct mp_stored_set mp_sets[];
extern MP_INTERNAL const uint32_t mp_set_images[];
/* Per (entity, relation) that has or had a relation: slot
 * mp_pair_rows[id] + rel of mp_pairs, whose key says whether it is that
 * pair's (rows overlap where their relations do not: lib/gen-tables.py,
 * pair_rows; an empty slot has key 0xFFFF).  The pair's epochs, the spans
 * between the dates its statements count from or until, each with the set
 * in force during it, end at epoch epoch_last (and begin at the one that
 * starts at date 0); now is the last one's set, held here so that
 * migproc_related() reads no other row. */
struct mp_pair {
    uint16_t key, epoch_last;
    struct mp_stored_set now;
};
extern MP_INTERNAL const uint16_t mp_pair_rows[];
extern MP_INTERNAL const struct mp_pair mp_pairs[];
/* An epoch: the date it starts at (the first of a pair's: 0, before every
 * date) and its set, a row of mp_sets.  Apart, so that a search of the
 * dates reads only dates. */
extern MP_INTERNAL const migproc_date mp_epoch_starts[];
extern MP_INTERNAL const uint16_t mp_epoch_sets[];
/* Every relation in force now, its pair's key << MP_TRIPLE_ID_BITS | other,
 * plus one, in a perfect hash (lib/relation.c: int_slot; 0: an empty
 * slot). */
extern MP_INTERNAL const uint16_t mp_triple_bucket_count;
extern MP_INTERNAL const uint16_t mp_triple_displacement[];
extern MP_INTERNAL const uint16_t mp_triple_slot_count;
extern MP_INTERNAL const uint32_t mp_triples[];
/* Perfect hash of the distinct folded keys (hash and displace): slot ->
 * the key's first row in mp_keys, or MP_NO_ENTRY. */
extern MP_INTERNAL const uint32_t mp_hash_seed; /* mp_key_hash()'s start */
extern MP_INTERNAL const uint16_t mp_hash_bucket_count;
extern MP_INTERNAL const uint16_t mp_hash_displacement[];
extern MP_INTERNAL const uint16_t mp_hash_slot_count;
extern MP_INTERNAL const uint16_t mp_hash_slots[];
/* The keys as the data spells them (names, aliases, codes that are not
 * code-shaped), hashed from mp_spelling_seed by lib/fold.c's spelling_hash()
 * (the length and at most 24 bytes, each with its 0x20 bit set, so that a
 * letter hashes alike in either case)
 * without folding, in a hash-and-displace index like the one above.  A slot's text is the
 * spelling's length << MP_SPELLING_LEN_SHIFT | its pool offset (0: empty);
 * its row the first row in mp_keys of what the spelling folds to. */
#define MP_SPELLING_LEN_SHIFT 24
extern MP_INTERNAL const uint32_t mp_spelling_seed;
extern MP_INTERNAL const uint16_t mp_spelling_bucket_count;
extern MP_INTERNAL const uint16_t mp_spelling_displacement[];
extern MP_INTERNAL const uint16_t mp_spelling_slot_count;
extern MP_INTERNAL const uint32_t mp_spelling_text[];
extern MP_INTERNAL const uint16_t mp_spelling_rows[];
/* Two-letter keys by direct index ((a - 'a') * 26 + b - 'a'); three-letter
 * keys abc at slot mp_alpha3_displacement[ab] + c when that slot's ab is
 * ab (the rows of a 26x26x26 table packed into one array); numbers 0..999
 * directly. */
struct mp_alpha3 {
    uint16_t ab, entry;
};
extern MP_INTERNAL const uint16_t mp_alpha2[676];
extern MP_INTERNAL const uint16_t mp_alpha3_displacement[677];
extern MP_INTERNAL const struct mp_alpha3 mp_alpha3_slots[];
/* Row k: the entities of kind k, mp_kind_count[k] of them; row 0: every
 * entity (not left out by trimming). */
extern MP_INTERNAL const uint16_t mp_kind_row_count;
extern MP_INTERNAL const migproc_set mp_kind_rows[];
extern MP_INTERNAL const uint16_t mp_kind_count[];
/* Each kind's name, a pool offset (0 for MIGPROC_KIND_NONE), and the number
 * of relation values: both from the header's enums (lib/gen-tables.py). */
extern MP_INTERNAL const uint32_t mp_kind_names[];
extern MP_INTERNAL const uint8_t mp_rel_count;
/* Relation names in migproc_rel order, each in a row padded with NULs (a
 * name is compared whole, in one fixed-size comparison); a perfect hash of
 * them (lib/relation.c: rel_hash()): relation + 1, 0 for none. */
#define MP_REL_NAME_ROW 24
#define MP_REL_NAME_ALIGN _Alignas(8)
extern MP_INTERNAL MP_REL_NAME_ALIGN const char mp_rel_names[][MP_REL_NAME_ROW];
extern MP_INTERNAL const uint8_t mp_rel_hash_multiplier;
extern MP_INTERNAL const uint8_t mp_rel_hash[64];
/* A byte of a relation name as migproc_rel_from_name() reads it: lower case,
 * '_' for '-' and ' ', 0 for NUL, 1 for a byte no name has. */
extern MP_INTERNAL const unsigned char mp_rel_spelling[256];
extern MP_INTERNAL const uint16_t mp_numeric_index[1000];
/* ASCII folding: a letter's lower case, a digit, 0 (dropped), or
 * MP_FOLD_NUL for the NUL byte. */
#define MP_FOLD_NUL 0xFFu
extern MP_INTERNAL const unsigned char mp_fold_ascii[128];
extern MP_INTERNAL const struct mp_note mp_notes[];
extern MP_INTERNAL const struct mp_source mp_sources[];
extern MP_INTERNAL const uint16_t mp_source_count;
extern MP_INTERNAL const char mp_fold_latin[MP_FOLD_LAST - MP_FOLD_FIRST + 1][2];
/* Bit k: U+00C0 + k and U+00E0 + k, a capital and its other case, fold
 * alike (mp_fold_latin says so; a bit says it in one test).  One bit a
 * pair: the relation is symmetric. */
extern MP_INTERNAL const uint32_t mp_latin1_case_pairs;
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
