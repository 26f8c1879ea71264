/*
 * version.c - the library's version and the identity of its data.
 */
#include "tables.h"

/* The header's macros are the one source of the version numbers. */
#define MP_STRINGIFY(x) #x
#define MP_TEXT(x) MP_STRINGIFY(x)

const char *migproc_version(void)
{
    return MP_TEXT(MIGPROC_VERSION_MAJOR) "." MP_TEXT(MIGPROC_VERSION_MINOR) "." MP_TEXT(
        MIGPROC_VERSION_PATCH);
}

migproc_date migproc_data_date(void)
{
    return mp_data_date;
}

const char *migproc_data_hash(void)
{
    return mp_data_hash;
}

