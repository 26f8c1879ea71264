/* The public header compiles as C99 (built with c_std=c99 and
 * warning_level=3) and its macros work there. */
#include <migproc.h>

int main(void)
{
    migproc_set s = {{0}};
    migproc_date d = MIGPROC_DATE(2019, 0, 0);
    migproc_set_add(&s, migproc_find("MX"));
    return migproc_set_count(&s) == 1 && d == 20190000u ? 0 : 1;
}
