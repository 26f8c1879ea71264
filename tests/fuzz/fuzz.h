/*
 * fuzz.h - shared by the fuzz harnesses: each defines LLVMFuzzerTestOneInput
 * and checks properties with fuzz_check(), which aborts (a crash libFuzzer
 * reports, and a failure the replay test reports).
 */
#ifndef MIGPROC_FUZZ_H
#define MIGPROC_FUZZ_H

#include <migproc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define fuzz_check(cond)                                                                 \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);  \
            abort();                                                                     \
        }                                                                                \
    } while (0)

#endif /* MIGPROC_FUZZ_H */
