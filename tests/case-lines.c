/*
 * case-lines - lib/fold.c's caseless comparison (equal_but_case(), what the
 * spelling index accepts a key by) on pairs read from stdin, a pair a line:
 * a spelling and a key of the same length, in hex, separated by a space.
 * Prints 1 when the key is the spelling but for case, else 0.  Each string
 * is copied to the end of a buffer first, so that a sanitizer build catches
 * a read past either, after a byte 0xC3.  tests/test-fold.py compares the
 * answers with its own rule, independently of the data's spellings (which
 * have, for example, no "ß").
 *
 * It includes lib/fold.c to reach the static function; the tables come from
 * the library's objects.
 */
#include "fold.c"

#include <stdio.h>
#include <stdlib.h>

/* The bytes of hex (two digits each, up to a space or the end) into out;
 * their count, or -1 on a malformed line. */
static long unhex(const char *hex, unsigned char *out, size_t cap)
{
    size_t n = 0;
    for (; hex[0] != '\0' && hex[0] != ' ' && hex[0] != '\n'; hex += 2) {
        unsigned byte;
        if (n == cap || sscanf(hex, "%2x", &byte) != 1)
            return -1;
        out[n++] = (unsigned char)byte;
    }
    return (long)n;
}

int main(void)
{
    static char line[4 * MIGPROC_KEY_MAX + 16];
    unsigned char a[MIGPROC_KEY_MAX], b[MIGPROC_KEY_MAX];
    while (fgets(line, sizeof line, stdin) != NULL) {
        const char *space = strchr(line, ' ');
        long n = unhex(line, a, sizeof a);
        if (space == NULL || n < 0 || unhex(space + 1, b, sizeof b) != n)
            return 2;
        unsigned char *spelling = malloc((size_t)n + 1), *key = malloc((size_t)n + 1);
        if (spelling == NULL || key == NULL)
            return 2;
        /* At the end of their buffers (malloc(0) may return NULL), after a
         * byte 0xC3, the lead of a two-byte Latin-1 character, that the
         * comparison must not take for the strings' own. */
        spelling[0] = key[0] = 0xC3;
        memcpy(spelling + 1, a, (size_t)n);
        memcpy(key + 1, b, (size_t)n);
        printf("%d\n", equal_but_case(spelling + 1, key + 1, (size_t)n) ? 1 : 0);
        free(spelling);
        free(key);
    }
    return fflush(stdout) != 0;
}
