// The public header compiles as C++ (extern "C", no C-only constructs) and
// links against the C library.
#include <migproc.h>

int main()
{
    migproc_set s = {};
    migproc_related(migproc_find("RCM"), MIGPROC_REL_HAS_MEMBER, &s);
    return migproc_set_count(&s) == 11 ? 0 : 1;
}
