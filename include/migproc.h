/**
 * @file migproc.h
 * @brief migproc.h - the public API of libmigproc.
 *
 *
 * libmigproc carries, compiled in, a sourced graph of the intergovernmental
 * migration processes of the Americas: every ISO 3166-1 state, the processes
 * (RCM, SACM, RIAM, Quito Process, MIRPS, the MERCOSUR Specialized Migration
 * Forum), the organisations, frameworks, networks and national bodies they
 * relate to, and who is a member, observer or associate of what, since when,
 * according to which source.
 *
 * Rules that hold for every function below:
 *  - Nothing is allocated, nothing is mutable: every function is reentrant and
 *    thread-safe, and needs no initialisation.
 *  - Every function accepts every input.  Bad input (NULL, empty, invalid
 *    UTF-8, an ID or enum value out of range) gets the documented result -
 *    MIGPROC_NONE, NULL, 0 or false - and never a crash.
 *  - Returned strings are UTF-8, NUL-terminated, static: never free them.
 *  - Entity IDs are stable across every 1.x release: entities are only ever
 *    appended.  Programs and FFI code may store them.
 *  - No struct is passed or returned by value.
 *  - Trimmed builds (for small devices; see doc/FOOTPRINT.md) may leave out
 *    Spanish and Portuguese names (-Dnames=en: names fall back to English,
 *    those keys find nothing), sources, dates and notes (-Dprovenance=false:
 *    migproc_source_count() is 0, dates are 0, as-of queries answer as of
 *    now), or the states that take part in no relation (-Dstates=related:
 *    such an ID is still below migproc_count(), but migproc_kind_of() gives
 *    MIGPROC_KIND_NONE for it and no key finds it).  IDs never change.
 *
 * Licence: MIT (see COPYING).
 */
#ifndef MIGPROC_H
#define MIGPROC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Marks the exported functions: the library is built with hidden
 * visibility, so only these (and nothing internal) leave the shared object. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define MIGPROC_API __attribute__((visibility("default")))
#else
#define MIGPROC_API
#endif

/* ------------------------------------------------------------------ */
/* Version                                                             */
/* ------------------------------------------------------------------ */

#define MIGPROC_VERSION_MAJOR 1 /**< The major version of this header: 1 for every 1.x. */
#define MIGPROC_VERSION_MINOR 1 /**< The minor version: new functions, new data. */
#define MIGPROC_VERSION_PATCH 0 /**< The patch version: fixes and data updates. */

/** The library's version as "MAJOR.MINOR.PATCH", e.g. "1.0.0".  It is the
 * version of the library running, which may be newer than the header a
 * program was compiled with.
 * @since 1.0
 */
MIGPROC_API const char *migproc_version(void);

/** A date as the integer YYYYMMDD.  A part the source does not give is 0:
 * 2019 alone is 20190000, December 2019 is 20191200.  0 means unknown.
 * Comparing two dates as integers orders them; a partial date sorts before
 * every full date within it. */
typedef uint32_t migproc_date;
/** The migproc_date of a year, month and day (0 for a part not known). */
#define MIGPROC_DATE(year, month, day) \
    ((migproc_date)((year) * 10000UL + (month) * 100UL + (day)))
/** "Now" for the as-of functions: migproc_related_asof(id, rel, MIGPROC_NOW,
 * set) answers as migproc_related(id, rel, set) does, what has not ended.
 * @since 1.1 */
#define MIGPROC_NOW ((migproc_date)0xFFFFFFFFUL)

/** The date the compiled-in data was last reviewed, as YYYYMMDD.
 * @since 1.0
 */
MIGPROC_API migproc_date migproc_data_date(void);

/** A content hash of the data files the tables were generated from: 16
 * lowercase hexadecimal digits.  Two builds with the same hash carry the
 * same data.
 * @since 1.0
 */
MIGPROC_API const char *migproc_data_hash(void);

/* ------------------------------------------------------------------ */
/* Entities                                                            */
/* ------------------------------------------------------------------ */

/** An entity's ID: 0 .. migproc_count() - 1.  Stable forever. */
typedef uint16_t migproc_id;

/** "No entity": not found, ambiguous, or the end of an iteration. */
#define MIGPROC_NONE ((migproc_id)0xFFFF)

/** What kind of thing an entity is.  Values never change; new kinds are
 * appended. */
typedef enum migproc_kind {
    MIGPROC_KIND_NONE = 0,              /**< not an entity (bad ID) */
    MIGPROC_KIND_STATE = 1,             /**< an ISO 3166-1 state or territory */
    MIGPROC_KIND_PROCESS = 2,           /**< an intergovernmental process or forum */
    MIGPROC_KIND_ORGANIZATION = 3,      /**< an international organisation or bloc */
    MIGPROC_KIND_FRAMEWORK = 4,         /**< a compact, declaration or agreement */
    MIGPROC_KIND_NETWORK = 5,           /**< a thematic network of a process */
    MIGPROC_KIND_NATIONAL_BODY = 6,     /**< a national body, e.g. a refugee commission */
    MIGPROC_KIND_PLATFORM = 7,          /**< a support platform */
    MIGPROC_KIND_GROUP = 8,             /**< a named group of entities */
    MIGPROC_KIND_BODY = 9               /**< an organ of an organisation, e.g. a meeting of ministers */
} migproc_kind;

/** Number of entity IDs: every ID below it names an entity, except those a
 * trimmed build left out (migproc_kind_of() tells).
 * @since 1.0
 */
MIGPROC_API unsigned migproc_count(void);

/** The entity's kind; MIGPROC_KIND_NONE for an ID that names no entity.
 * @since 1.0
 */
MIGPROC_API migproc_kind migproc_kind_of(migproc_id id);

/** The kind's lower-case name ("state", "process", "organization",
 * "framework", "network", "national-body", "platform", "group", "body");
 * NULL for MIGPROC_KIND_NONE and any value that is not a kind.
 * @since 1.0
 */
MIGPROC_API const char *migproc_kind_name(migproc_kind kind);

/** The entity's code: ISO 3166-1 alpha-2 for a state ("MX"), the library's
 * own upper-case code for others ("RCM", "QUITO", "CONARE-AR").
 * NULL for a bad ID.
 * @since 1.0
 */
MIGPROC_API const char *migproc_code(migproc_id id);

/** The languages entity names are given in, in the order of the data's name
 * columns; migproc_lang_tag() spells each as the tag migproc_name() takes.
 * This enum is where the languages are listed: the generator and the
 * bindings read them from here, or from migproc_lang_tag().
 * @since 1.1
 */
typedef enum migproc_lang {
    MIGPROC_LANG_EN = 0,                /**< English: every entity has an English name */
    MIGPROC_LANG_ES = 1,                /**< Spanish */
    MIGPROC_LANG_PT = 2                 /**< Portuguese */
} migproc_lang;

/** The language's tag, lower-case ("en", "es", "pt"); NULL for any value
 * that is not a migproc_lang (negative ones included).  Every language is
 * listed, in a -Dnames=en build too (where only English has names).
 * Callers list the languages by asking from MIGPROC_LANG_EN up to the first
 * NULL.
 * @since 1.1
 */
MIGPROC_API const char *migproc_lang_tag(migproc_lang lang);

/** The entity's name in a language, given as a language tag: "en", "es",
 * "pt"; only the primary subtag counts, case-insensitively ("es-MX" and
 * "PT_br" work).  NULL, unknown tags, and languages the entity has no name
 * in fall back to English.  States carry their ISO 3166-1 short names.
 * NULL for a bad ID.
 * @since 1.0
 */
MIGPROC_API const char *migproc_name(migproc_id id, const char *lang);

/** The entity's name in exactly one language ("en", "es", "pt"; the primary
 * subtag, case-insensitively, as migproc_name()), or NULL when it has no name
 * in that language: unlike migproc_name(), never an English fallback
 * presented as a translation.  NULL for a bad ID, for NULL, empty and
 * unknown tags, and in a -Dnames=en build for every language but English.
 * @since 1.1
 */
MIGPROC_API const char *migproc_name_in(migproc_id id, const char *lang);

/** ISO 3166-1 alpha-3 code ("MEX") of a state; NULL for other entities and
 * bad IDs.
 * @since 1.0
 */
MIGPROC_API const char *migproc_alpha3(migproc_id id);

/** ISO 3166-1 numeric code (484 for Mexico) of a state; 0 for other entities
 * and bad IDs.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_numeric(migproc_id id);

/** The year (or date) the entity was established, launched or first met, as
 * the source gives it; 0 when unknown and for bad IDs.
 * @since 1.0
 */
MIGPROC_API migproc_date migproc_established(migproc_id id);

/* ------------------------------------------------------------------ */
/* Sets                                                                */
/* ------------------------------------------------------------------ */

/** Capacity of a set: IDs 0 .. MIGPROC_SET_CAPACITY - 1.  Fixed in the ABI. */
#define MIGPROC_SET_CAPACITY 1024

/** A set of IDs, a plain value the caller owns (on the stack, say): 128
 * bytes, no heap.  Copy it with assignment or memcpy; zero it with
 * migproc_set_clear().  The bit for ID n is bit (n % 32) of bits[n / 32]. */
typedef struct migproc_set {
    uint32_t bits[MIGPROC_SET_CAPACITY / 32]; /**< ID n is bit n % 32 of bits[n / 32]. */
} migproc_set;

/** Empties the set.  NULL: nothing.
 * @since 1.0
 */
MIGPROC_API void migproc_set_clear(migproc_set *set);

/** Adds an ID.  Returns false (and changes nothing) for NULL or an ID of
 * MIGPROC_SET_CAPACITY or more; true otherwise.  Any ID below the capacity
 * may be added, whether or not it names an entity.
 * @since 1.0
 */
MIGPROC_API bool migproc_set_add(migproc_set *set, migproc_id id);

/** Removes an ID.  Returns false for NULL or an ID of MIGPROC_SET_CAPACITY or
 * more; true otherwise (also when the ID was not in the set).
 * @since 1.0
 */
MIGPROC_API bool migproc_set_remove(migproc_set *set, migproc_id id);

/** Whether the set holds the ID.  false for NULL or an ID out of range.
 * @since 1.0
 */
MIGPROC_API bool migproc_set_has(const migproc_set *set, migproc_id id);

/** @{ */
/** out = a | b, a & b, a - b, a ^ b.  out may be the same set as a or b.
 * A NULL input counts as the empty set; a NULL out: nothing is written.
 * @since 1.0
 */
MIGPROC_API void migproc_set_union(migproc_set *out, const migproc_set *a,
                                   const migproc_set *b);
MIGPROC_API void migproc_set_intersect(migproc_set *out, const migproc_set *a,
                                       const migproc_set *b);
MIGPROC_API void migproc_set_difference(migproc_set *out, const migproc_set *a,
                                        const migproc_set *b);
MIGPROC_API void migproc_set_symmetric_difference(migproc_set *out,
                                                  const migproc_set *a,
                                                  const migproc_set *b);
/** @} */

/** Number of IDs in the set; 0 for NULL.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_set_count(const migproc_set *set);

/** Whether the set is empty; true for NULL.
 * @since 1.0
 */
MIGPROC_API bool migproc_set_empty(const migproc_set *set);

/** Whether a and b hold the same IDs.  NULL counts as the empty set.
 * @since 1.0
 */
MIGPROC_API bool migproc_set_equal(const migproc_set *a, const migproc_set *b);

/** Whether every ID of a is in b.  NULL counts as the empty set.
 * @since 1.0
 */
MIGPROC_API bool migproc_set_subset(const migproc_set *a, const migproc_set *b);

/** Sets out to every entity of a kind and returns how many; out may be NULL
 * to count only.  MIGPROC_KIND_NONE and unknown kinds give the empty set.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_set_all_of_kind(migproc_set *out,
                                             migproc_kind kind);

/** Sets out to every entity and returns how many (migproc_count(), less any
 * a trimmed build left out); out may be NULL.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_set_all(migproc_set *out);

/** Iteration in ID order: the smallest ID in the set greater than prev, or
 * MIGPROC_NONE when there is none.  Start with prev = MIGPROC_NONE.
 * MIGPROC_NONE for a NULL set.
 * @since 1.0
 */
MIGPROC_API migproc_id migproc_set_next(const migproc_set *set, migproc_id prev);

/** Iteration in one call: writes the set's IDs, in increasing order, to
 * ids[0] up to ids[max - 1], and returns how many IDs the set holds, which
 * may be more than max (as snprintf does: call again with a larger array,
 * or with MIGPROC_SET_CAPACITY for room for any set).  What a binding uses
 * to read a set without a call per element.  A NULL set counts as empty
 * (0); a NULL ids, or max 0, writes nothing and only counts.
 * @since 1.1
 */
MIGPROC_API unsigned migproc_set_ids(const migproc_set *set, migproc_id *ids, unsigned max);

/* ------------------------------------------------------------------ */
/* Lookup                                                              */
/* ------------------------------------------------------------------ */

/** Longest key, in bytes, that can match anything.  Longer keys match
 * nothing and are not read past this length + 1 bytes. */
#define MIGPROC_KEY_MAX 255

/** Finds the one entity a key names: an ISO code (alpha-2, alpha-3, or
 * numeric as "8", "008" or "484"), the library's own code, a name in any
 * language, an acronym or an alias.  Keys are matched after folding case,
 * accents (Latin-1 and Latin Extended-A), spaces and punctuation:
 * "MÉXICO", "mexico", "MEX", "484" and "Estados Unidos Mexicanos" all
 * find Mexico.  Returns MIGPROC_NONE when the key names nothing or more
 * than one entity (use migproc_find_all() to tell which), and for NULL,
 * the empty string, invalid UTF-8 and keys over MIGPROC_KEY_MAX bytes.
 * @since 1.0
 */
MIGPROC_API migproc_id migproc_find(const char *key);

/** migproc_find() on the len bytes at key, which need not be NUL-terminated.
 * A NUL byte within those len bytes makes the key match nothing.
 * MIGPROC_NONE for key NULL (whatever len is) and for len 0.
 * @since 1.0
 */
MIGPROC_API migproc_id migproc_findn(const char *key, size_t len);

/** Every entity a key names.  Sets out (when not NULL) to them and returns
 * how many: 0 unknown, 1 found, 2 or more ambiguous.  Bad keys as in
 * migproc_find() give 0 and the empty set.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_find_all(const char *key, migproc_set *out);

/** migproc_find_all() on len bytes, as migproc_findn().
 * @since 1.0
 */
MIGPROC_API unsigned migproc_findn_all(const char *key, size_t len,
                                       migproc_set *out);

/** Finds a state by its ISO 3166-1 numeric code (484 for Mexico);
 * MIGPROC_NONE for numbers that are no state's code.
 * @since 1.0
 */
MIGPROC_API migproc_id migproc_find_numeric(unsigned numeric);

/** Finds the one entity a key names, as migproc_find(), and says how many
 * entities the key names: *count (when count is not NULL) gets 0 for an
 * unknown key, 1 when found, 2 or more when the key is ambiguous (then
 * migproc_find_all() gives them).  One call tells "unknown" from
 * "ambiguous".  Returns MIGPROC_NONE and sets *count to 0 for the bad keys
 * of migproc_find() (NULL, empty, invalid UTF-8, too long).
 * @since 1.1
 */
MIGPROC_API migproc_id migproc_lookup(const char *key, unsigned *count);

/* ------------------------------------------------------------------ */
/* Relations                                                           */
/* ------------------------------------------------------------------ */

/** Relations come in pairs: an even value and its inverse, the next odd
 * value ("A MEMBER_OF B" is "B HAS_MEMBER A").  Values never change; new
 * pairs are appended. */
typedef enum migproc_rel {
    MIGPROC_REL_MEMBER_OF = 0,          /**< a state is a full member of a process */
    MIGPROC_REL_HAS_MEMBER = 1,         /**< the inverse of MIGPROC_REL_MEMBER_OF */
    MIGPROC_REL_OBSERVER_OF = 2,        /**< an observer of */
    MIGPROC_REL_HAS_OBSERVER = 3,       /**< the inverse of MIGPROC_REL_OBSERVER_OF */
    MIGPROC_REL_ASSOCIATE_OF = 4,       /**< an associate of */
    MIGPROC_REL_HAS_ASSOCIATE = 5,      /**< the inverse of MIGPROC_REL_ASSOCIATE_OF */
    MIGPROC_REL_PART_OF = 6,            /**< works within, or is one of */
    MIGPROC_REL_HAS_PART = 7,           /**< the inverse of MIGPROC_REL_PART_OF */
    MIGPROC_REL_ALIGNED_WITH = 8,       /**< aligned with */
    MIGPROC_REL_HAS_ALIGNED = 9,        /**< the inverse of MIGPROC_REL_ALIGNED_WITH */
    MIGPROC_REL_SUPPORTS = 10,          /**< supports */
    MIGPROC_REL_SUPPORTED_BY = 11,      /**< the inverse of MIGPROC_REL_SUPPORTS */
    MIGPROC_REL_ADVISES = 12,           /**< advises */
    MIGPROC_REL_ADVISED_BY = 13,        /**< the inverse of MIGPROC_REL_ADVISES */
    MIGPROC_REL_SECRETARIAT_OF = 14,    /**< the technical secretariat of, or backs it */
    MIGPROC_REL_HAS_SECRETARIAT = 15,   /**< the inverse of MIGPROC_REL_SECRETARIAT_OF */
    MIGPROC_REL_SUSPENDED_FROM = 16,    /**< suspended from */
    MIGPROC_REL_HAS_SUSPENDED = 17,     /**< the inverse of MIGPROC_REL_SUSPENDED_FROM */
    MIGPROC_REL_SIGNATORY_OF = 18,      /**< a signatory of a declaration */
    MIGPROC_REL_HAS_SIGNATORY = 19,     /**< the inverse of MIGPROC_REL_SIGNATORY_OF */
    MIGPROC_REL_PRESIDES = 20,          /**< holds the presidency of */
    MIGPROC_REL_PRESIDED_BY = 21,       /**< the inverse of MIGPROC_REL_PRESIDES */
    MIGPROC_REL_NATIONAL_BODY_OF = 22,  /**< a national body of a state */
    MIGPROC_REL_HAS_NATIONAL_BODY = 23, /**< the inverse of MIGPROC_REL_NATIONAL_BODY_OF */
    MIGPROC_REL_PARTICIPANT_OF = 24,    /**< took part, membership not stated */
    MIGPROC_REL_HAS_PARTICIPANT = 25    /**< the inverse of MIGPROC_REL_PARTICIPANT_OF */
} migproc_rel;

/** The relation read the other way (MEMBER_OF <-> HAS_MEMBER); -1 for a
 * value that is not a relation.
 * @since 1.0
 */
MIGPROC_API int migproc_rel_inverse(migproc_rel rel);

/** The relation read the other way, for callers that want a migproc_rel
 * and no cast: sets *out and returns true; false (and *out untouched) for a
 * value that is not a relation or a NULL out.
 * @since 1.1
 */
MIGPROC_API bool migproc_rel_inverse_of(migproc_rel rel, migproc_rel *out);

/** The relation's lower-case name ("member_of", "has_member", ...);
 * NULL for a value that is not a relation.
 * @since 1.0
 */
MIGPROC_API const char *migproc_rel_name(migproc_rel rel);

/** The relation named ("member_of", "MEMBER_OF", "member-of" and "member of"
 * all work); -1 for NULL and for names that are not relations.
 * @since 1.0
 */
MIGPROC_API int migproc_rel_from_name(const char *name);

/** The relation named, as migproc_rel_from_name(), into *out: true when
 * name names a relation; false (and *out untouched) for NULL, unknown names
 * and a NULL out.
 * @since 1.1
 */
MIGPROC_API bool migproc_rel_parse(const char *name, migproc_rel *out);

/** Sets out to every entity X such that "id rel X" holds now (its relation
 * has not ended, per the data) and returns how many.  out may be NULL to
 * count only.  0 and the empty set for a bad ID or relation.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_related(migproc_id id, migproc_rel rel,
                                     migproc_set *out);

/** As migproc_related(), but as of a date (YYYYMMDD).
 *
 * Partial dates: a date with an unknown month or day stands for the first
 * day of its period, wherever it appears.  As of 20180000 ("2018") means as
 * of 1 January 2018; a statement that starts "2017" holds from 1 January
 * 2017, so it holds as of 20170101 and as of 20170000; one that ends "2016"
 * no longer holds as of 20160101.  Prefer full dates: a fact that starts
 * on 26 October 2017 does not hold as of 20170000.
 *
 * Statements over time: every relation is a set of statements, one per
 * source, and it holds as of a date when any of them holds then.  A
 * statement holds from the date it counts from up to, not including, the
 * date it counts until (migproc_edge_from(), migproc_edge_until()): its own
 * start and end; when it gives no start, the earliest start another source
 * gives the same relation between the same two entities, failing that the
 * later of the two entities' establishment dates, failing that always; when
 * it gives no end, the earliest end another source gives that relation
 * after its start - a source saying it ended beats a source saying nothing
 * - failing that, it still holds.  So an undated statement does not keep a
 * state a member after a dated one records that it left.
 *
 * 0 and the empty set for a bad ID or relation, and for a date that is
 * neither 0, MIGPROC_NOW (after every date) nor a calendar date (year
 * 1..9999, month 0..12, day 0 to the month's last, day 0 when month is 0):
 * 20181300 and 20180230 match nothing.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_related_asof(migproc_id id, migproc_rel rel,
                                          migproc_date date, migproc_set *out);

/** Whether "a rel b" holds now.  false for bad IDs and relations.
 * @since 1.0
 */
MIGPROC_API bool migproc_holds(migproc_id a, migproc_rel rel, migproc_id b);

/** Whether "a rel b" held as of a date, as migproc_related_asof().
 * false for bad IDs and relations, and for a date that is not a calendar
 * date (as migproc_related_asof(): an invalid date matches nothing).
 * @since 1.0
 */
MIGPROC_API bool migproc_holds_asof(migproc_id a, migproc_rel rel,
                                    migproc_id b, migproc_date date);

/* ------------------------------------------------------------------ */
/* Edges and sources: "since when?" and "according to whom?"           */
/* ------------------------------------------------------------------ */

/** One stated relation: subject, relation, object, start, end and source.
 * A fact stated by two sources is two edges.  Edge handles are valid for
 * the library that returned them; do not store them across versions. */
typedef uint16_t migproc_edge;
/** "No edge": a bad ID or index. */
#define MIGPROC_EDGE_NONE ((migproc_edge)0xFFFF)

/** Number of edges that touch an entity (as subject or object); 0 for a bad
 * ID.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_edge_count(migproc_id id);

/** The index-th edge touching an entity, index 0 .. migproc_edge_count() - 1,
 * ordered by relation (as seen from id), then other end, then start date.
 * MIGPROC_EDGE_NONE for a bad ID or index.
 * @since 1.0
 */
MIGPROC_API migproc_edge migproc_edge_at(migproc_id id, unsigned index);

/** @{ */
/** The edge's subject, relation (always the even, forward value), object,
 * start and end dates (0: not given) and source.  For a bad edge:
 * MIGPROC_NONE, -1, MIGPROC_NONE, 0, 0, -1.
 * @since 1.0
 */
MIGPROC_API migproc_id migproc_edge_subject(migproc_edge edge);
MIGPROC_API int migproc_edge_rel(migproc_edge edge);
MIGPROC_API migproc_id migproc_edge_object(migproc_edge edge);
MIGPROC_API migproc_date migproc_edge_start(migproc_edge edge);
MIGPROC_API migproc_date migproc_edge_end(migproc_edge edge);
MIGPROC_API int migproc_edge_source(migproc_edge edge);
/** @} */

/** A remark on the edge (how a date was given, UNHCR's role in a
 * commission, ...); NULL when it has none or for a bad edge.
 * @since 1.0
 */
MIGPROC_API const char *migproc_edge_note(migproc_edge edge);

/** The edge seen from one of its ends: returns the other end and sets
 * *rel (when rel is not NULL) to the relation as read from `from` (the
 * forward relation from the subject, its inverse from the object).
 * MIGPROC_NONE (and *rel untouched) for a bad edge or when `from` is not one
 * of its ends.
 * @since 1.1
 */
MIGPROC_API migproc_id migproc_edge_other(migproc_edge edge, migproc_id from,
                                          migproc_rel *rel);

/* Notes: dated, sourced statements about one entity that are not relations
 * (a first meeting, the law that created a body, a rotation rule). */

/** Number of notes on an entity; 0 for a bad ID.
 * @since 1.0
 */
MIGPROC_API unsigned migproc_note_count(migproc_id id);

/** @{ */
/** The index-th note's text, date (0: none given) and source, index
 * 0 .. migproc_note_count() - 1; NULL, 0 and -1 for a bad ID or index.
 * @since 1.0
 */
MIGPROC_API const char *migproc_note_text(migproc_id id, unsigned index);
MIGPROC_API migproc_date migproc_note_date(migproc_id id, unsigned index);
MIGPROC_API int migproc_note_source(migproc_id id, unsigned index);
/** @} */

/** @{ */
/** The dates the edge counts from and until in as-of queries, after the
 * rules of migproc_related_asof(): the date it holds from (0: always) and
 * the date it stops holding (0: it still holds).  These are what decide
 * migproc_holds_asof(); migproc_edge_start() and migproc_edge_end() are
 * what the source itself said.  0 for a bad edge.
 * @since 1.1
 */
MIGPROC_API migproc_date migproc_edge_from(migproc_edge edge);
MIGPROC_API migproc_date migproc_edge_until(migproc_edge edge);
/** @} */

/** The date the entity's facts were last reviewed against its own sources
 * (YYYYMMDD).  Every process, organisation, framework and other non-state
 * entity has one; states have none (0): a state's facts are its relations,
 * reviewed with the processes and bodies they belong to.  0 for a bad ID
 * and in builds without provenance.
 * @since 1.1
 */
MIGPROC_API migproc_date migproc_reviewed(migproc_id id);

/** Sources, numbered 0 .. migproc_source_count() - 1 (numbers may change
 * between versions; keys do not).
 * @since 1.0
 */
MIGPROC_API unsigned migproc_source_count(void);

/** @{ */
/** The source's short key ("seed", "cldr", ...), title, publisher or
 * site, and URL as recorded (without scheme; NULL when none was given).
 * NULL for a bad source number.
 * @since 1.0
 */
MIGPROC_API const char *migproc_source_key(int source);
MIGPROC_API const char *migproc_source_title(int source);
MIGPROC_API const char *migproc_source_publisher(int source);
MIGPROC_API const char *migproc_source_url(int source);
/** @} */

/** The date the source was seen; 0 when not recorded or for a bad number.
 * @since 1.0
 */
MIGPROC_API migproc_date migproc_source_seen(int source);

/** The licence of what was copied from the source: an SPDX identifier
 * ("Unicode-DFS-2016") when a table or text was copied, whose notice ships
 * in the file NOTICE, or "facts" when only facts were taken from it.  NULL
 * for a bad source number.
 * @since 1.1
 */
MIGPROC_API const char *migproc_source_licence(int source);

/** The source of an entity's establishment date; -1 when it has none.
 * @since 1.0
 */
MIGPROC_API int migproc_established_source(migproc_id id);

#ifdef __cplusplus
}
#endif

#endif /* MIGPROC_H */
