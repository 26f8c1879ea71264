/*
 * entity.c - version, data identity, entities and sources.
 */
#include "tables.h"

/* The header's macros are the one source of the version numbers. */
#define MP_STRINGIFY(x) #x
#define MP_TEXT(x) MP_STRINGIFY(x)

const char *migproc_version(void)
{
    return MP_TEXT(MIGPROC_VERSION_MAJOR) "." MP_TEXT(MIGPROC_VERSION_MINOR) "." MP_TEXT(
        MIGPROC_VERSION_PATCH);
}

migproc_date migproc_data_date(void)
{
    return mp_data_date;
}

const char *migproc_data_hash(void)
{
    return mp_data_hash;
}

unsigned migproc_count(void)
{
    return mp_entity_count;
}

/* The entity, or NULL for an ID past the data or one a trimmed build left
 * out (kind 0). */
static const struct mp_entity *entity(migproc_id id)
{
    return id < mp_entity_count && mp_entities[id].kind != MIGPROC_KIND_NONE ? &mp_entities[id]
                                                                             : NULL;
}

static const char *string_or_null(uint32_t offset)
{
    return offset == MP_NO_STRING ? NULL : mp_pool + offset;
}

migproc_kind migproc_kind_of(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? (migproc_kind)e->kind : MIGPROC_KIND_NONE;
}

const char *migproc_kind_name(migproc_kind kind)
{
    /* Indexed by migproc_kind; one NUL-separated string keeps it free of
     * pointers (and so of relocations). */
    static const char names[] =
        "\0state\0process\0organization\0framework\0network\0national-body\0platform\0group"
        "\0body";
    static const unsigned char offsets[] = {0, 1, 7, 15, 28, 38, 46, 60, 69, 75};
    unsigned k = (unsigned)kind;

    if (k == MIGPROC_KIND_NONE || k >= sizeof offsets)
        return NULL;
    return names + offsets[k];
}

const char *migproc_code(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? mp_pool + e->code : NULL;
}

/* MP_LANG_* of a language tag's primary subtag; English for anything else. */
static unsigned language(const char *tag)
{
    static const char known[MP_LANG_COUNT][2] = {{'e', 'n'}, {'e', 's'}, {'p', 't'}};

    if (tag == NULL || tag[0] == '\0' || tag[1] == '\0')
        return MP_LANG_EN;
    if (tag[2] != '\0' && tag[2] != '-' && tag[2] != '_')
        return MP_LANG_EN;
    char a = (char)(tag[0] | 0x20), b = (char)(tag[1] | 0x20);
    for (unsigned i = 0; i < MP_LANG_COUNT; i++)
        if (known[i][0] == a && known[i][1] == b)
            return i;
    return MP_LANG_EN;
}

const char *migproc_name(migproc_id id, const char *lang)
{
    const struct mp_entity *e = entity(id);
    if (e == NULL)
        return NULL;
    uint32_t name = e->name[language(lang)];
    return mp_pool + (name != MP_NO_STRING ? name : e->name[MP_LANG_EN]);
}

const char *migproc_alpha3(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? string_or_null(e->alpha3) : NULL;
}

unsigned migproc_numeric(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? e->numeric : 0;
}

migproc_date migproc_established(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? e->established : 0;
}

int migproc_established_source(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e && e->established_source != MP_NO_SOURCE ? e->established_source : -1;
}

migproc_date migproc_reviewed(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? e->reviewed : 0;
}

unsigned migproc_source_count(void)
{
    return mp_source_count;
}

static const struct mp_source *source(int index)
{
    return index >= 0 && index < mp_source_count ? &mp_sources[index] : NULL;
}

const char *migproc_source_key(int index)
{
    const struct mp_source *s = source(index);
    return s ? mp_pool + s->key : NULL;
}

const char *migproc_source_title(int index)
{
    const struct mp_source *s = source(index);
    return s ? mp_pool + s->title : NULL;
}

const char *migproc_source_publisher(int index)
{
    const struct mp_source *s = source(index);
    return s ? mp_pool + s->publisher : NULL;
}

const char *migproc_source_url(int index)
{
    const struct mp_source *s = source(index);
    return s ? string_or_null(s->url) : NULL;
}

const char *migproc_source_licence(int index)
{
    const struct mp_source *s = source(index);
    return s ? mp_pool + s->licence : NULL;
}

migproc_date migproc_source_seen(int index)
{
    const struct mp_source *s = source(index);
    return s ? s->seen : 0;
}

static const struct mp_note *note(migproc_id id, unsigned index)
{
    const struct mp_entity *e = entity(id);
    return e && index < e->note_count ? &mp_notes[e->note_first + index] : NULL;
}

unsigned migproc_note_count(migproc_id id)
{
    const struct mp_entity *e = entity(id);
    return e ? e->note_count : 0;
}

const char *migproc_note_text(migproc_id id, unsigned index)
{
    const struct mp_note *n = note(id, index);
    return n ? mp_pool + n->text : NULL;
}

migproc_date migproc_note_date(migproc_id id, unsigned index)
{
    const struct mp_note *n = note(id, index);
    return n ? n->date : 0;
}

int migproc_note_source(migproc_id id, unsigned index)
{
    const struct mp_note *n = note(id, index);
    return n ? n->source : -1;
}
