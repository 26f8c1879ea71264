/*
 * lookup.c - from the command line's keys to entities and sets.
 */
#include "output.h"

#include <stdio.h>

migproc_id resolve(const char *key)
{
    unsigned n;
    migproc_id id = migproc_lookup(key, &n);
    if (n == 1)
        return id;
    if (n == 0) {
        fputs("migproc: unknown key: ", stderr);
        echo_safely(key);
        fputc('\n', stderr);
        return MIGPROC_NONE;
    }
    fputs("migproc: ambiguous key: ", stderr);
    echo_safely(key);
    fputs(" could be", stderr);
    migproc_set found;
    migproc_find_all(key, &found);
    for (id = migproc_set_next(&found, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&found, id))
        fprintf(stderr, " %s (%s)%s", text(migproc_code(id)), text(migproc_name(id, "en")),
                migproc_set_next(&found, id) == MIGPROC_NONE ? "\n" : ",");
    return MIGPROC_NONE;
}

void related(migproc_id id, migproc_rel rel, const struct options *o, migproc_set *out)
{
    if (o->asof)
        migproc_related_asof(id, rel, o->asof, out);
    else
        migproc_related(id, rel, out);
}

const char *language(int l)
{
    return migproc_lang_tag((migproc_lang)l);
}

migproc_id edge_view(migproc_id id, migproc_edge e, migproc_rel *rel)
{
    *rel = MIGPROC_REL_MEMBER_OF; /* what migproc_edge_other leaves for an edge not of id */
    return migproc_edge_other(e, id, rel);
}
