/*
 * cmd-sets.c - the commands that answer with a list of entities: find,
 * members, memberships, and, or, minus, list.
 */
#include "output.h"

#include <stdio.h>
#include <string.h>

int cmd_find(const char *key, const struct options *o)
{
    migproc_set found;
    unsigned n = migproc_find_all(key, &found);
    if (n != 1)
        resolve(key); /* explains on stderr */
    if (n > 0)
        print_set(&found, o);
    return n == 1 ? 0 : EXIT_UNKNOWN_KEY;
}

int cmd_related(const char *key, migproc_rel rel, const struct options *o)
{
    migproc_set set;
    migproc_id id = resolve(key);
    if (id == MIGPROC_NONE)
        return EXIT_UNKNOWN_KEY;
    related(id, rel, o, &set);
    print_set(&set, o);
    return 0;
}

/* and, or, minus: the members of the first key combined with each next's. */
int cmd_algebra(const char *op, char **keys, int nkeys, const struct options *o)
{
    migproc_set acc, next;
    for (int i = 0; i < nkeys; i++) {
        migproc_id id = resolve(keys[i]);
        if (id == MIGPROC_NONE)
            return EXIT_UNKNOWN_KEY;
        related(id, MIGPROC_REL_HAS_MEMBER, o, i == 0 ? &acc : &next);
        if (i == 0)
            continue;
        if (strcmp(op, "and") == 0)
            migproc_set_intersect(&acc, &acc, &next);
        else if (strcmp(op, "or") == 0)
            migproc_set_union(&acc, &acc, &next);
        else
            migproc_set_difference(&acc, &acc, &next);
    }
    print_set(&acc, o);
    return 0;
}

int cmd_list(const char *kind_name, const struct options *o)
{
    migproc_set set;
    if (kind_name == NULL) {
        migproc_set_all(&set);
        print_set(&set, o);
        return 0;
    }
    for (int k = 1; migproc_kind_name((migproc_kind)k) != NULL; k++)
        if (strcmp(kind_name, migproc_kind_name((migproc_kind)k)) == 0) {
            migproc_set_all_of_kind(&set, (migproc_kind)k);
            print_set(&set, o);
            return 0;
        }
    fputs("migproc: unknown kind: ", stderr);
    echo_safely(kind_name);
    fputs("; kinds are:", stderr);
    for (int k = 1; migproc_kind_name((migproc_kind)k) != NULL; k++)
        fprintf(stderr, " %s", text(migproc_kind_name((migproc_kind)k)));
    fprintf(stderr, "\n");
    return EXIT_USAGE;
}
