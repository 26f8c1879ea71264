/*
 * fold-lines - folds each line of stdin with the library's own mp_fold_key()
 * and prints the folded bytes in hex and their hash, or "-" when the key can
 * match nothing (over MIGPROC_KEY_MAX bytes), then the number of entities
 * migproc_findn_all() finds for the line (and, when it differs, what
 * migproc_find_all() finds for it NUL-terminated: "3/1"), then the mp_keys
 * row the spelling index finds for the line as it is ("-": none);
 * tests/test-fold.py compares the result with lib/gen-tables.py's fold().
 */
#include "fold.h"

#include <stdio.h>
#include <string.h>

int main(void)
{
    /* Lines longer than a key, too: those must fold to "-". */
    static char line[1 << 16], out[MP_FOLD_BUFFER];
    while (fgets(line, sizeof line, stdin) != NULL) {
        size_t len = strcspn(line, "\n");
        uint32_t hash;
        int n = mp_fold_key(line, len, out, &hash);
        /* How many entities the lookup finds for the line, given its
         * length, and as a NUL-terminated string (which must not be read
         * past MIGPROC_KEY_MAX + 1 bytes): "found/other" when they differ. */
        unsigned found = migproc_findn_all(line, len, NULL);
        line[len] = '\0';
        unsigned found_terminated = migproc_find_all(line, NULL);
        char spelled[16] = "-";
        if (len <= MIGPROC_KEY_MAX) {
            unsigned row = mp_spelling_row(line, len);
            if (row != MP_NO_ENTRY)
                snprintf(spelled, sizeof spelled, "%u", row);
        }
        char count[32];
        if (found_terminated == found)
            snprintf(count, sizeof count, "%u", found);
        else
            snprintf(count, sizeof count, "%u/%u", found, found_terminated);
        if (n < 0) {
            printf("- %s %s\n", count, spelled);
            continue;
        }
        for (int i = 0; i < n; i++)
            printf("%02x", (unsigned char)out[i]);
        /* The hash the lookup uses, so a disagreement there shows too. */
        printf(" %08x %s %s\n", (unsigned)hash, count, spelled);
    }
    return fflush(stdout) != 0;
}
