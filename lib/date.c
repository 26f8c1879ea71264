/*
 * date.c - which migproc_date values are dates: the one rule the as-of
 * functions apply (the CLI and the bindings apply the same to the text they
 * are given).
 */
#include "date.h"

bool mp_date_valid(migproc_date d)
{
    if (d == 0 || d == 0xFFFFFFFFu)
        return true; /* before and after every date */
    unsigned year = d / 10000u, month = d / 100u % 100u, day = d % 100u;
    if (year < 1 || year > 9999 || month > 12 || (month == 0 && day != 0))
        return false;
    if (day == 0)
        return true;
    static const unsigned char last[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= last[month - 1] && (month != 2 || day <= 28 || leap);
}
