/*
 * cmd-dot.c - dot [KEY...]: a Graphviz graph.  With no key, the processes
 * and their member states; with keys, those entities and everything related
 * to them now.
 */
#include "output.h"

#include <stdio.h>

static void dot_node(migproc_id id, const struct options *o)
{
    bool state = migproc_kind_of(id) == MIGPROC_KIND_STATE;
    printf("  n%u [label=", (unsigned)id);
    write_quoted(state ? migproc_code(id) : migproc_name(id, o->lang));
    printf("%s];\n", state ? "" : ", shape=box, style=\"rounded,filled\", fillcolor=\"#dbe8f5\"");
}

int cmd_dot(char **keys, int nkeys, const struct options *o)
{
    migproc_set nodes, centre;
    migproc_set_clear(&nodes);
    migproc_set_clear(&centre);
    for (int i = 0; i < nkeys; i++) {
        migproc_id id = resolve(keys[i]);
        if (id == MIGPROC_NONE)
            return EXIT_UNKNOWN_KEY;
        migproc_set_add(&centre, id);
    }
    if (nkeys == 0)
        migproc_set_all_of_kind(&centre, MIGPROC_KIND_PROCESS);
    printf("digraph migproc {\n  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.15, "
           "ranksep=1.2];\n  node [fontname=\"Helvetica\", fontsize=11, shape=ellipse];\n"
           "  edge [color=\"#6b7b8c\", arrowsize=0.6, fontname=\"Helvetica\", fontsize=9];\n");
    /* Edges first, in ID order, gathering the nodes they touch; each centre's
     * edges in a colour of their own, so that crossing lines stay apart. */
    static const char *const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                          "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};
    unsigned ordinal = 0;
    for (migproc_id c = migproc_set_next(&centre, MIGPROC_NONE); c != MIGPROC_NONE;
         c = migproc_set_next(&centre, c), ordinal++) {
        const char *colour = colours[ordinal % (sizeof colours / sizeof colours[0])];
        migproc_set_add(&nodes, c);
        for (int r = 0; migproc_rel_name((migproc_rel)r) != NULL; r += 2) {
            migproc_rel rel = (migproc_rel)r, inverse = rel;
            migproc_set out, in;
            if ((nkeys == 0 && rel != MIGPROC_REL_MEMBER_OF) || !migproc_rel_inverse_of(rel, &inverse))
                continue;
            migproc_related(c, inverse, &in); /* X rel c */
            migproc_related(c, rel, &out);    /* c rel X */
            if (nkeys == 0)
                migproc_set_clear(&out);
            for (migproc_id x = migproc_set_next(&in, MIGPROC_NONE); x != MIGPROC_NONE;
                 x = migproc_set_next(&in, x)) {
                migproc_set_add(&nodes, x);
                printf("  n%u -> n%u [color=\"%s\"", (unsigned)x, (unsigned)c, colour);
                if (nkeys > 0)
                    printf(", label=\"%s\"", text(migproc_rel_name(rel)));
                printf("];\n");
            }
            for (migproc_id x = migproc_set_next(&out, MIGPROC_NONE); x != MIGPROC_NONE;
                 x = migproc_set_next(&out, x)) {
                migproc_set_add(&nodes, x);
                printf("  n%u -> n%u [color=\"%s\", label=\"%s\"];\n", (unsigned)c,
                       (unsigned)x, colour, text(migproc_rel_name(rel)));
            }
        }
    }
    for (migproc_id id = migproc_set_next(&nodes, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&nodes, id))
        dot_node(id, o);
    printf("}\n");
    return 0;
}
