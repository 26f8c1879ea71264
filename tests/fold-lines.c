/*
 * fold-lines - folds each line of stdin with the library's own mp_fold_key()
 * and prints the folded bytes in hex and their hash, or "-" when the key can
 * match nothing (over MIGPROC_KEY_MAX bytes), then the number of entities
 * migproc_findn_all() finds for the line (or, when the other lookups of the
 * line disagree with it, every answer: "1/1/27/27/65535"), then the mp_keys
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
         * length; and, as a check, the same asked NUL-terminated (which
         * must not be read past MIGPROC_KEY_MAX + 1 bytes), and the one
         * entity migproc_findn() and migproc_find() answer (the codes'
         * own indexes, for a key shaped like a code), which must be the
         * one found, or none when there are none or several. */
        migproc_set all;
        unsigned found = migproc_findn_all(line, len, &all);
        migproc_id one = found == 1 ? migproc_set_next(&all, MIGPROC_NONE) : MIGPROC_NONE;
        migproc_id by_length = migproc_findn(line, len);
        line[len] = '\0';
        unsigned found_terminated = migproc_find_all(line, NULL);
        migproc_id terminated = migproc_find(line);
        char spelled[16] = "-";
        if (len <= MIGPROC_KEY_MAX) {
            unsigned row = mp_spelling_row(line, len);
            if (row != MP_NO_ENTRY)
                snprintf(spelled, sizeof spelled, "%u", row);
        }
        char count[64];
        if (found_terminated == found && by_length == one && terminated == one)
            snprintf(count, sizeof count, "%u", found);
        else /* a disagreement: no expected answer reads so */
            snprintf(count, sizeof count, "%u/%u/%u/%u/%u", found, found_terminated,
                     (unsigned)one, (unsigned)by_length, (unsigned)terminated);
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
