/*
 * lookup.c - from the command line's keys to entities and sets.
 */
#include "output.h"

#include <stdio.h>

migproc_id resolve(const char *key)
{
    migproc_set found;
    unsigned n = migproc_find_all(key, &found);
    if (n == 1)
        return migproc_set_next(&found, MIGPROC_NONE);
    if (n == 0) {
        fputs("migproc: unknown key: ", stderr);
        echo_safely(key);
        fputc('\n', stderr);
        return MIGPROC_NONE;
    }
    fputs("migproc: ambiguous key: ", stderr);
    echo_safely(key);
    fputs(" could be", stderr);
    for (migproc_id id = migproc_set_next(&found, MIGPROC_NONE); id != MIGPROC_NONE;
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

migproc_id edge_view(migproc_id id, migproc_edge e, int *rel)
{
    migproc_rel r = MIGPROC_REL_MEMBER_OF;
    migproc_id other = migproc_edge_other(e, id, &r);
    *rel = (int)r;
    return other;
}
