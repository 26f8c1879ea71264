/*
 * heap-probe.c - calls every kind of libmigproc function over all the data
 * and prints nothing: run under valgrind, the whole process allocates no
 * heap ("total heap usage: 0 allocs"), so neither does the library.
 */
#include <migproc.h>

int main(void)
{
    unsigned long sum = 0;
    migproc_set a, b, c;
    const char *keys[] = {"MX", "MEX", "484", "México", "Puebla Process", "CONARE", "Atlantis"};
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++)
        sum += migproc_find(keys[i]) + migproc_find_all(keys[i], &a);
    for (unsigned id = 0; id < migproc_count(); id++) {
        sum += (unsigned long)migproc_code((migproc_id)id)[0];
        sum += (unsigned long)migproc_name((migproc_id)id, "es")[0];
        for (int rel = 0; migproc_rel_name((migproc_rel)rel) != NULL; rel++) {
            sum += migproc_related((migproc_id)id, (migproc_rel)rel, &a);
            sum += migproc_related_asof((migproc_id)id, (migproc_rel)rel, 20180000, &b);
            migproc_set_symmetric_difference(&c, &a, &b);
            sum += migproc_set_count(&c);
        }
        for (unsigned e = 0; e < migproc_edge_count((migproc_id)id); e++)
            sum += (unsigned long)migproc_edge_source(migproc_edge_at((migproc_id)id, e));
        for (unsigned n = 0; n < migproc_note_count((migproc_id)id); n++)
            sum += migproc_note_date((migproc_id)id, n);
    }
    return sum == 0; /* 0: it ran */
}
