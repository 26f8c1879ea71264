/*
 * fold.c - case, accent and punctuation folding of lookup keys.
 *
 * Table-driven and locale-free (never tolower/isalpha): the same input
 * folds the same way in every process, under every locale, on every target.
 */
#include "fold.h"

#include "tables.h"

/* Length of the UTF-8 sequence starting with lead byte b and the bounds of
 * its second byte (which exclude overlong forms, surrogates and code points
 * past U+10FFFF); 0 for a byte that cannot start a sequence. */
static unsigned utf8_sequence(unsigned char b, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0)
            *lo = 0xA0;
        else if (b == 0xED)
            *hi = 0x9F;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0)
            *lo = 0x90;
        else if (b == 0xF4)
            *hi = 0x8F;
        return 4;
    }
    return 0;
}

/* Appends what code point cp (of n UTF-8 bytes at src) folds to. */
static size_t fold_code_point(unsigned long cp, const unsigned char *src, unsigned n,
                              char *out, size_t at)
{
    if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x206F))
        return at; /* Latin-1 controls and punctuation, general punctuation */
    if (cp <= MP_FOLD_LAST) {
        const char *to = mp_fold_latin[cp - MP_FOLD_FIRST];
        if (to[0] != '\0')
            out[at++] = to[0];
        if (to[1] != '\0')
            out[at++] = to[1];
        return at;
    }
    for (unsigned i = 0; i < n; i++)
        out[at++] = (char)src[i];
    return at;
}

/* "8" and "0008" are the number 8, stored as "008".  n > 0. */
static size_t normalize_number(char *out, size_t n)
{
    size_t significant = 0; /* digits from the first that is not 0 */
    for (size_t i = 0; i < n; i++) {
        if (out[i] < '0' || out[i] > '9')
            return n;
        if (significant > 0 || out[i] != '0')
            significant++;
    }
    if (significant > 3) {
        /* No such code, but still a number: without its leading zeros, as
         * lib/gen-tables.py stores it ("01234" is "1234"). */
        size_t skip = n - significant;
        for (size_t i = 0; i < significant; i++)
            out[i] = out[i + skip];
        return significant;
    }
    /* The last three digits, zero-padded (read before any is written). */
    char units = out[n - 1], tens = '0', hundreds = '0';
    if (significant >= 2)
        tens = out[n - 2];
    if (significant >= 3)
        hundreds = out[n - 3];
    out[0] = hundreds;
    out[1] = tens;
    out[2] = units;
    return 3;
}

int mp_fold_key(const char *key, size_t len, char out[MIGPROC_KEY_MAX], uint32_t *hash)
{
    const unsigned char *s = (const unsigned char *)key;
    const int terminated = len == MP_NUL_TERMINATED;
    /* The one bound the loop checks: the length, or for a NUL-terminated key
     * the longest that can match (a NUL must come right after it). */
    const size_t limit = terminated ? MIGPROC_KEY_MAX : len;
    size_t at = 0, i = 0;

    if (key == NULL || limit > MIGPROC_KEY_MAX)
        return -1;
    for (;;) {
        if (i == limit) {
            if (terminated && s[i] != '\0')
                return -1; /* longer than MIGPROC_KEY_MAX */
            break;
        }
        unsigned char b = s[i];
        if (b < 0x80) { /* the common case: one table load a byte */
            unsigned char c = mp_fold_ascii[b];
            i++;
            if (c == 0)
                continue; /* space or punctuation */
            if (c == MP_FOLD_NUL) {
                if (terminated)
                    break;
                return -1;
            }
            out[at++] = (char)c;
            continue;
        }
        unsigned char lo, hi;
        unsigned n = utf8_sequence(b, &lo, &hi);
        /* A NUL or the bound cuts a sequence short: invalid either way. */
        if (n == 0 || i + n > limit || s[i + 1] < lo || s[i + 1] > hi)
            return -1;
        unsigned long cp = b & (0x7Fu >> n);
        for (unsigned k = 1; k < n; k++) {
            if (k > 1 && (s[i + k] & 0xC0) != 0x80)
                return -1;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        /* A fold never outgrows its input: at <= i, so out cannot overflow. */
        at = fold_code_point(cp, s + i, n, out, at);
        i += n;
    }
    if (at > 0 && (unsigned char)out[0] <= '9') /* perhaps a number */
        at = normalize_number(out, at);
    *hash = mp_key_hash(out, at);
    return (int)at;
}
