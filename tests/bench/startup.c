/*
 * startup.c - what it costs to start using libmigproc: the time from
 * dlopen() to the first answer, and the library's resident memory then.
 * No heap: run under valgrind, the library allocates nothing (performance.py
 * checks "0 allocs").
 *
 *   startup LIBRARY        prints "dlopen_to_answer_us N" and "resident_kb N"
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* Resident kilobytes of every mapping of the library's file. */
static long resident_kb(const char *name)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    long kb = 0;
    int ours = 0;
    if (f == NULL)
        return -1;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2)
            ours = strstr(line, name) != NULL;
        else if (ours && strncmp(line, "Rss:", 4) == 0)
            kb += strtol(line + 4, NULL, 10);
    }
    fclose(f);
    return kb;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: startup LIBRARY\n");
        return 2;
    }
    double t0 = now_us();
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        fprintf(stderr, "startup: %s\n", dlerror());
        return 1;
    }
    unsigned short (*find)(const char *);
    *(void **)&find = dlsym(lib, "migproc_find");
    unsigned short id = find("México");
    double t1 = now_us();
    if (id == 0xFFFF)
        return 1;
    printf("dlopen_to_answer_us %.1f\n", t1 - t0);
    printf("resident_kb %ld\n", resident_kb("libmigproc"));
    return 0;
}
