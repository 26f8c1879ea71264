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
    if (significant > 3)
        return n; /* no such code; leave the key as it is */
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
    size_t at = 0, i = 0;
    uint32_t h = MP_FNV_OFFSET;

    if (key == NULL || (!terminated && len > MIGPROC_KEY_MAX))
        return -1;
    for (;;) {
        if (!terminated && i == len)
            break;
        if (i == MIGPROC_KEY_MAX) { /* (with a length, i == len came first) */
            if (s[i] == '\0')
                break; /* the NUL after a NUL-terminated key of MIGPROC_KEY_MAX bytes */
            return -1;
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
            h = (h ^ c) * MP_FNV_PRIME;
            continue;
        }
        unsigned char lo, hi;
        unsigned n = utf8_sequence(b, &lo, &hi);
        /* A NUL or the end of len cuts a sequence short: invalid either way. */
        if (n == 0 || (terminated ? i + n > MIGPROC_KEY_MAX : len - i < n) ||
            s[i + 1] < lo || s[i + 1] > hi)
            return -1;
        unsigned long cp = b & (0x7Fu >> n);
        for (unsigned k = 1; k < n; k++) {
            if (k > 1 && (s[i + k] & 0xC0) != 0x80)
                return -1;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        /* A fold never outgrows its input: at <= i, so out cannot overflow. */
        size_t from = at;
        at = fold_code_point(cp, s + i, n, out, at);
        for (size_t k = from; k < at; k++)
            h = (h ^ (unsigned char)out[k]) * MP_FNV_PRIME;
        i += n;
    }
    if (at > 0 && (unsigned char)out[0] <= '9') { /* perhaps a number: rewrite, rehash */
        size_t n = normalize_number(out, at);
        if (n != at || n == 3) {
            at = n;
            h = MP_FNV_OFFSET;
            for (size_t k = 0; k < at; k++)
                h = (h ^ (unsigned char)out[k]) * MP_FNV_PRIME;
        }
    }
    *hash = h;
    return (int)at;
}
