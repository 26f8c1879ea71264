/*
 * icu-first-call.c - ICU's cost before its first answer: the first
 * uregion_getRegionFromCode() of a process loads and indexes ICU's region
 * data.  Prints "first_call_us N" and "second_call_ns N".
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>
#include <unicode/uregion.h>

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(void)
{
    UErrorCode status = U_ZERO_ERROR;
    double t0 = now_ns();
    const URegion *mx = uregion_getRegionFromCode("MX", &status);
    double t1 = now_ns();
    const URegion *ar = uregion_getRegionFromCode("AR", &status);
    double t2 = now_ns();
    if (U_FAILURE(status) || mx == NULL || ar == NULL)
        return 1;
    printf("first_call_us %.1f\n", (t1 - t0) / 1e3);
    printf("second_call_ns %.1f\n", t2 - t1);
    return 0;
}
