/*
 * test-date.c - lib/date.h's rule of which migproc_date values are dates,
 * against a plain reference, over every year, month 0..13 and day 0..32,
 * every MMDD 0000..9999 in years of each kind,
 * and the values around the range's ends.  Built twice: with the division
 * the host compiles, and with -DMP_PORTABLE_DIVIDE (the shifts and
 * subtractions a Cortex-M0+ build uses).
 */
#include "testlib.h"

#include "date.h"

/* The rule, written the obvious way. */
static bool reference(migproc_date d)
{
    static const unsigned days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d == 0 || d == 0xFFFFFFFFu)
        return true;
    if (d > 99991231u)
        return false;
    unsigned y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (y < 1 || m > 12 || (m == 0 && day != 0))
        return false;
    if (day == 0)
        return true;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day <= days[m - 1] + (m == 2 && leap);
}

START_TEST(every_year_month_and_day)
{
    unsigned valid = 0;
    for (unsigned y = 0; y <= 10000; y++)
        for (unsigned m = 0; m <= 13; m++)
            for (unsigned day = 0; day <= 32; day++) {
                migproc_date d = (migproc_date)(y * 10000u + m * 100u + day);
                if (mp_date_valid(d) != reference(d)) /* not ck_assert: 4.6 million of them */
                    ck_abort_msg("date %u", (unsigned)d);
                valid += reference(d);
            }
    /* 0, then 9999 years of 365 or 366 days (2424 leap years), 12 months
     * and the year alone each. */
    ck_assert_uint_eq(valid, 1u + 9999u * 365u + 2424u + 9999u * 13u);
}
END_TEST

/* Every MMDD, 0000 to 9999 (months and days past any calendar's), in
 * years of each kind: common, leap, divisible by 100 and by 400, the
 * first and the last. */
START_TEST(every_month_day)
{
    static const unsigned years[] = {1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9996, 9999};
    for (size_t i = 0; i < sizeof years / sizeof years[0]; i++)
        for (unsigned month_day = 0; month_day <= 9999; month_day++) {
            migproc_date d = (migproc_date)(years[i] * 10000u + month_day);
            if (mp_date_valid(d) != reference(d))
                ck_abort_msg("date %u", (unsigned)d);
        }
}
END_TEST

START_TEST(around_the_ends)
{
    static const migproc_date edges[] = {0, 1, 99, 100, 10000, 10101, 99991231u, 99991232u,
                                         99999999u, 100000000u, 0x7FFFFFFFu, 0xFFFFFFFEu,
                                         0xFFFFFFFFu, 20240229u, 20230229u, 19000229u,
                                         20000229u, 16000229u};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        ck_assert_msg(mp_date_valid(edges[i]) == reference(edges[i]), "date %u",
                      (unsigned)edges[i]);
}
END_TEST

int main(void)
{
    const TTest *const tests[] = {every_year_month_and_day, every_month_day, around_the_ends};
    return run_tests("date", tests, sizeof tests / sizeof tests[0]);
}
