/*
 * A program written against the 1.0 header (tests/abi/include/migproc.h, a
 * frozen copy) and run against the library of the current tree: what users
 * who never recompile do.  Exit 0 when every answer is as 1.0 gave it.
 */
#include <migproc.h>
#include <stdio.h>
#include <string.h>

static int failures;

static void expect(int ok, const char *what)
{
    if (!ok) {
        printf("FAIL %s\n", what);
        failures++;
    } else {
        printf("ok   %s\n", what);
    }
}

int main(void)
{
    migproc_set rcm, mirps, both;
    migproc_id mx = migproc_find("México");

    expect(strncmp(migproc_version(), "1.", 2) == 0, "runs against a 1.x library");
    expect(mx != MIGPROC_NONE && strcmp(migproc_code(mx), "MX") == 0, "find México");
    expect(migproc_kind_of(mx) == MIGPROC_KIND_STATE, "Mexico is a state");
    expect(strcmp(migproc_kind_name(MIGPROC_KIND_NATIONAL_BODY), "national-body") == 0,
           "kind names keep their values");
    expect(migproc_numeric(mx) == 484 && strcmp(migproc_alpha3(mx), "MEX") == 0, "ISO codes");
    expect(migproc_related(migproc_find("RCM"), MIGPROC_REL_HAS_MEMBER, &rcm) == 11,
           "the RCM has 11 members");
    migproc_related(migproc_find("MIRPS"), MIGPROC_REL_HAS_MEMBER, &mirps);
    migproc_set_intersect(&both, &rcm, &mirps);
    expect(migproc_set_count(&both) == 7 && migproc_set_has(&both, mx), "RCM and MIRPS: seven");
    expect(migproc_related_asof(migproc_find("MIRPS"), MIGPROC_REL_HAS_MEMBER,
                                MIGPROC_DATE(2018, 0, 0), NULL) == 6,
           "MIRPS as of 2018: six");
    expect(migproc_holds(mx, MIGPROC_REL_MEMBER_OF, migproc_find("Proceso de Quito")),
           "Mexico in the Quito Process");
    expect(migproc_rel_inverse(MIGPROC_REL_PARTICIPANT_OF) == MIGPROC_REL_HAS_PARTICIPANT,
           "relation values keep their values");
    expect(strcmp(migproc_rel_name(MIGPROC_REL_NATIONAL_BODY_OF), "national_body_of") == 0,
           "relation names");
    expect(migproc_find("CONARE") == MIGPROC_NONE && migproc_find_all("CONARE", NULL) == 5,
           "CONARE is ambiguous");
    expect(migproc_set_next(&both, MIGPROC_NONE) != MIGPROC_NONE, "set iteration");
    expect(migproc_find(NULL) == MIGPROC_NONE && migproc_code(MIGPROC_NONE) == NULL,
           "bad input");
    printf("%d passed, %d failed\n", 14 - failures, failures);
    return failures ? 1 : 0;
}
