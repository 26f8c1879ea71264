/*
 * provenance.c - where the facts come from: sources, the source of each
 * entity's date of establishment, the date each entity was last reviewed,
 * and the dated notes on each entity.
 */
#include "tables.h"

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
    return s ? mp_string_or_null(s->url) : NULL;
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

static const struct mp_note *note(migproc_id id, unsigned index)
{
    const struct mp_entity *e = mp_entity(id);
    return e && index < e->note_count ? &mp_notes[e->note_first + index] : NULL;
}

unsigned migproc_note_count(migproc_id id)
{
    const struct mp_entity *e = mp_entity(id);
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
