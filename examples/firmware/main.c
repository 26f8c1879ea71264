/*
 * main.c - a firmware-style program: no OS, no heap, no C library.  In a
 * loop it answers a fixed list of lookups into a buffer that a debugger (or
 * a host over a debug probe) reads: each key's code and its memberships.
 */
#include <migproc.h>

static const char *const keys[] = {
    "MX", "México", "Puebla Process", "Proceso de Quito", "484", "Brasil", "CONARE", "Atlantis",
};

/* Answers, one line a key: "KEY=CODE:MEMBERSHIP,MEMBERSHIP;" ("-" when not
 * found or ambiguous). */
char answers[512];
volatile unsigned rounds;

static unsigned append(unsigned at, const char *text)
{
    while (*text != '\0' && at + 1 < sizeof answers)
        answers[at++] = *text++;
    answers[at] = '\0';
    return at;
}

int main(void)
{
    for (;;) {
        unsigned at = 0;
        for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) {
            migproc_id id = migproc_find(keys[i]);
            migproc_set memberships;
            at = append(at, keys[i]);
            at = append(at, "=");
            at = append(at, id == MIGPROC_NONE ? "-" : migproc_code(id));
            at = append(at, ":");
            migproc_related(id, MIGPROC_REL_MEMBER_OF, &memberships);
            for (migproc_id p = migproc_set_next(&memberships, MIGPROC_NONE); p != MIGPROC_NONE;
                 p = migproc_set_next(&memberships, p)) {
                at = append(at, migproc_code(p));
                at = append(at, ",");
            }
            at = append(at, ";");
        }
        rounds = rounds + 1;
    }
}
