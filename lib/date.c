/*
 * date.c - which migproc_date values are dates: the one rule the as-of
 * functions apply (the CLI applies the same to the text it is given).
 */
#include "date.h"

/* n / unit, and n % unit in *rem, for n < unit << 14.  Where the compiler
 * turns a division by a constant into a multiplication (x86-64, AArch64:
 * about 100 instructions fewer a call), the operators; elsewhere shifts and
 * subtractions: no division instruction (a Cortex-M0+ has none) and no
 * compiler helper.  MP_PORTABLE_DIVIDE forces the second on any host, so
 * that a test checks it there too (tests/test-date.c). */
#if (defined(__x86_64__) || defined(__aarch64__)) && !defined(MP_PORTABLE_DIVIDE)
static unsigned divide(unsigned n, unsigned unit, unsigned *rem)
{
    *rem = n % unit;
    return n / unit;
}
#else
static unsigned divide(unsigned n, unsigned unit, unsigned *rem)
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

bool mp_date_valid(migproc_date d)
{
    /* One comparison for years 1 to 9999: below 10000 the subtraction wraps
     * (which cppcheck does not follow, so it thinks d == 0 impossible). */
    if (d - 10000u > 99991231u - 10000u)
        /* cppcheck-suppress knownConditionTrueFalse */
        return d == 0 || d == MIGPROC_NOW; /* before and after every date */
    unsigned month_day, day, year_in_25;
    unsigned year = divide(d, 10000u, &month_day);
    unsigned month = divide(month_day, 100u, &day);
    if (month == 0 || month > 12)
        return month == 0 && day == 0;
    if (day <= 28)
        return true; /* in every month, and 0: the month alone */
    static const unsigned char last[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > last[month - 1])
        return false;
    if (month != 2)
        return true;
    /* February 29th, in Gregorian leap years: divisible by 4, and by 16
     * when by 25 (by 400 when by 100). */
    divide(year, 25u, &year_in_25);
    return (year & 3u) == 0 && (year_in_25 != 0 || (year & 15u) == 0);
}
