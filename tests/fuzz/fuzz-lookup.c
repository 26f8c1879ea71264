/*
 * fuzz-lookup.c - migproc_find, migproc_findn and migproc_find_all on any
 * bytes.  Properties: the three agree with each other, and an entity found
 * is found again by its code and by each of its names.
 */
#include "fuzz.h"

static void check_found_again(migproc_id id)
{
    fuzz_check(migproc_find(migproc_code(id)) == id);
    for (int l = 0; migproc_lang_tag((migproc_lang)l) != NULL; l++) {
        migproc_set all;
        const char *name = migproc_name(id, migproc_lang_tag((migproc_lang)l));
        unsigned n = migproc_find_all(name, &all);
        fuzz_check(migproc_set_has(&all, id));
        fuzz_check(n == 1 ? migproc_find(name) == id : migproc_find(name) == MIGPROC_NONE);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *key = (const char *)data;
    migproc_set all;
    migproc_id id = migproc_findn(key, size);
    unsigned n = migproc_findn_all(key, size, &all);

    fuzz_check(n == migproc_set_count(&all));
    fuzz_check((n == 1) == (id != MIGPROC_NONE));
    if (id != MIGPROC_NONE) {
        fuzz_check(migproc_set_has(&all, id));
        check_found_again(id);
    }
    for (migproc_id e = migproc_set_next(&all, MIGPROC_NONE); e != MIGPROC_NONE;
         e = migproc_set_next(&all, e))
        fuzz_check(migproc_kind_of(e) != MIGPROC_KIND_NONE);

    /* The same bytes as a C string: up to the first NUL. */
    char *text = malloc(size + 1);
    if (text == NULL)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    size_t len = strlen(text);
    fuzz_check(migproc_find(text) == migproc_findn(text, len));
    fuzz_check(migproc_find_all(text, NULL) == migproc_findn_all(text, len, NULL));
    free(text);
    return 0;
}
