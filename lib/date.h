/*
 * date.h - which migproc_date values are dates (internal).
 */
#ifndef MIGPROC_DATE_H
#define MIGPROC_DATE_H

#include <stdbool.h>

#include "migproc.h"

/* Whether d is 0 (before every date), 0xFFFFFFFF (after every date: what
 * the Python and Ruby bindings pass for "now") or a calendar-valid YYYYMMDD: year
 * 1..9999; month 1..12, or 0 with day 0 (a year alone); day 1 to the
 * month's last (leap years of the Gregorian calendar), or 0 (a month
 * alone).  What migproc_related_asof() and migproc_holds_asof() accept; any
 * other date matches nothing. */
bool mp_date_valid(migproc_date d);

#endif /* MIGPROC_DATE_H */
