/*
 * wasm.c - what the WebAssembly build adds to the library: a scratch area in
 * linear memory through which JavaScript passes keys and sets.  The scratch area is the module's only mutable
 * state and belongs to the one JavaScript caller (WebAssembly runs one call
 * at a time); the library itself stays stateless.
 */
#include <migproc.h>

/* Three sets (a result and two operands) and a key: the longest key that can
 * match anything, plus the one byte past it that the library may read. */
#define WASM_SETS 3
#define WASM_KEY_CAPACITY (MIGPROC_KEY_MAX + 1)

static migproc_set sets[WASM_SETS];
static char key[WASM_KEY_CAPACITY];

#define WASM_EXPORT(name) __attribute__((export_name(#name)))

WASM_EXPORT(wasm_set) migproc_set *wasm_set(unsigned i);
WASM_EXPORT(wasm_key) char *wasm_key(void);
WASM_EXPORT(wasm_key_capacity) unsigned wasm_key_capacity(void);

/* The i-th scratch set, i < 3; NULL otherwise. */
migproc_set *wasm_set(unsigned i)
{
    return i < WASM_SETS ? &sets[i] : NULL;
}

/* The scratch key buffer, of wasm_key_capacity() bytes. */
char *wasm_key(void)
{
    return key;
}

unsigned wasm_key_capacity(void)
{
    return WASM_KEY_CAPACITY;
}
