/* Which states are in both the RCM and MIRPS?  Built with pkg-config. */
#include <migproc.h>
#include <stdio.h>

int main(void)
{
    migproc_set rcm, mirps, both;
    migproc_related(migproc_find("RCM"), MIGPROC_REL_HAS_MEMBER, &rcm);
    migproc_related(migproc_find("MIRPS"), MIGPROC_REL_HAS_MEMBER, &mirps);
    migproc_set_intersect(&both, &rcm, &mirps);
    for (migproc_id id = migproc_set_next(&both, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(&both, id))
        printf("%s  %s\n", migproc_code(id), migproc_name(id, "es"));
    return 0;
}
