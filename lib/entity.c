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
    unsigned k = (unsigned)kind;
    return k != MIGPROC_KIND_NONE && k < mp_kind_row_count ? mp_pool + mp_kind_names[k] : NULL;
}

const char *migproc_code(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
    return e ? mp_pool + e->code : NULL;
}

const char *migproc_lang_tag(migproc_lang lang)
{
    unsigned l = (unsigned)lang;
    return l < MP_LANG_COUNT ? mp_lang_tags[l] : NULL;
}

/* MP_LANG_COUNT for a tag whose primary subtag is no language of the data. */
static unsigned language_of(const char *tag)
{
    if (tag == NULL || tag[0] == '\0' || tag[1] == '\0')
        return MP_LANG_COUNT;
    if (tag[2] != '\0' && tag[2] != '-' && tag[2] != '_')
        return MP_LANG_COUNT;
    char a = (char)(tag[0] | 0x20), b = (char)(tag[1] | 0x20);
    for (unsigned i = 0; i < MP_LANG_COUNT; i++)
        if (mp_lang_tags[i][0] == a && mp_lang_tags[i][1] == b)
            return i;
    return MP_LANG_COUNT;
}

/* MP_LANG_* of a language tag's primary subtag; English for anything else. */
static unsigned language(const char *tag)
{
    unsigned l = language_of(tag);
    return l < MP_LANG_COUNT ? l : MP_LANG_EN;
}

const char *migproc_name(migproc_id id, const char *lang)
{
    const struct mp_entity *e = mp_entity(id);
    if (e == NULL)
        return NULL;
    uint32_t name = e->name[language(lang)];
    return mp_pool + (name != MP_NO_STRING ? name : e->name[MP_LANG_EN]);
}

const char *migproc_name_in(migproc_id id, const char *lang)
{
    const struct mp_entity *e = mp_entity(id);
    unsigned l = language_of(lang);
    return e != NULL && l < MP_LANG_COUNT ? mp_string_or_null(e->name[l]) : NULL;
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

