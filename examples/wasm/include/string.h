/* string.h for the WebAssembly build, which has no C library: the library
 * includes <string.h> for exactly these two routines, defined in
 * ../../firmware/minilibc.c, which the firmware example links too. */
#ifndef MIGPROC_WASM_STRING_H
#define MIGPROC_WASM_STRING_H
#include <stddef.h>
int memcmp(const void *a, const void *b, size_t n);
void *memset(void *dst, int c, size_t n);
#endif
