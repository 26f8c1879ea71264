/*
 * date.h - which migproc_date values are dates: the one rule the as-of
 * functions apply (the CLI applies the same to the text it is given).
 * Inline, so that an as-of call pays no call for it (nor the registers
 * saved around one).
 */
#ifndef MIGPROC_DATE_H
#define MIGPROC_DATE_H

#include <stdbool.h>
#include <stdint.h>

#include "migproc.h"

/* n / unit, and n % unit in *rem, for n < unit << 14.  Where the compiler
 * turns a division by a constant into a multiplication (x86-64, AArch64:
 * about 100 instructions fewer a call), the operators; elsewhere shifts and
 * subtractions: no division instruction (a Cortex-M0+ has none) and no
 * compiler helper.  MP_PORTABLE_DIVIDE forces the second on any host, so
 * that a test checks it there too (tests/test-date.c). */
#if (defined(__x86_64__) || defined(__aarch64__)) && !defined(MP_PORTABLE_DIVIDE)
static inline unsigned mp_divide(unsigned n, unsigned unit, unsigned *rem)
{
    *rem = n % unit;
    return n / unit;
}
#else
static inline unsigned mp_divide(unsigned n, unsigned unit, unsigned *rem)
{
    unsigned q = 0;
    for (unsigned bit = 14; bit-- > 0;)
        if (n >= unit << bit) {
            n -= unit << bit;
            q |= 1u << bit;
        }
    *rem = n;
    return q;
}
#endif

/* Whether d is 0 (before every date), 0xFFFFFFFF (after every date: what
 * the Python and Ruby bindings pass for "now") or a calendar-valid YYYYMMDD: year
 * 1..9999; month 1..12, or 0 with day 0 (a year alone); day 1 to the
 * month's last (leap years of the Gregorian calendar), or 0 (a month
 * alone).  What migproc_related_asof() and migproc_holds_asof() accept; any
 * other date matches nothing. */
static inline bool mp_date_valid(migproc_date d)
{
    /* Bit n: whether n, read as MMDD, is a day of a leap year (February
     * 29th is checked below), a month alone (MM00) or the year alone
     * (0000).  One test in place of a division by 100 and a table of the
     * months' days (tests/test-date.c checks every MMDD in years of each
     * kind). */
    static const uint32_t month_days[39] = {
        0x00000001, 0x00000000, 0x00000000, 0xFFFFFFF0, 0x0000000F, 0x00000000,
        0xFFFFFF00, 0x0000003F, 0x00000000, 0xFFFFF000, 0x00000FFF, 0x00000000,
        0xFFFF0000, 0x00007FFF, 0x00000000, 0xFFF00000, 0x000FFFFF, 0x00000000,
        0xFF000000, 0x007FFFFF, 0x00000000, 0xF0000000, 0x0FFFFFFF, 0x00000000,
        0x00000000, 0xFFFFFFFF, 0x00000000, 0x00000000, 0xFFFFFFF0, 0x00000007,
        0x00000000, 0xFFFFFF00, 0x000000FF, 0x00000000, 0xFFFFF000, 0x000007FF,
        0x00000000, 0xFFFF0000, 0x0000FFFF,
    };
    /* One comparison for years 1 to 9999: below 10000 the subtraction wraps
     * (which cppcheck does not follow, so it thinks d == 0 impossible). */
    if (d - 10000u > 99991231u - 10000u)
        /* cppcheck-suppress knownConditionTrueFalse */
        return d == 0 || d == MIGPROC_NOW; /* before and after every date */
    unsigned month_day, year_in_25;
    unsigned year = mp_divide(d, 10000u, &month_day);
    if (month_day >= 32u * 39u || !(month_days[month_day / 32u] >> month_day % 32u & 1u))
        return false;
    if (month_day != 229u)
        return true;
    /* February 29th, in Gregorian leap years: divisible by 4, and by 16
     * when by 25 (by 400 when by 100). */
    mp_divide(year, 25u, &year_in_25);
    return (year & 3u) == 0 && (year_in_25 != 0 || (year & 15u) == 0);
}

#endif /* MIGPROC_DATE_H */
