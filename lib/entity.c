/*
 * entity.c - entities: kind, code, names, ISO codes, dates.
 */
#include "tables.h"

unsigned migproc_count(void)
{
    return mp_entity_count;
}

migproc_kind migproc_kind_of(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
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
    const struct mp_entity *e = mp_entity(id);
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
    const struct mp_entity *e = mp_entity(id);
    if (e == NULL)
        return NULL;
    uint32_t name = e->name[language(lang)];
    return mp_pool + (name != MP_NO_STRING ? name : e->name[MP_LANG_EN]);
}

const char *migproc_alpha3(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e ? mp_string_or_null(e->alpha3) : NULL;
}

unsigned migproc_numeric(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e ? e->numeric : 0;
}

migproc_date migproc_established(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e ? e->established : 0;
}

int migproc_established_source(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e && e->established_source != MP_NO_SOURCE ? e->established_source : -1;
}

migproc_date migproc_reviewed(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e ? e->reviewed : 0;
}

