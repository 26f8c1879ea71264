/* A library with nothing in it but one function, built with the project's
 * flags: its relocations and writable bytes are the C runtime's own, the
 * floor check-elf.py holds libmigproc to. */
__attribute__((visibility("default"))) int migproc_empty(void);

int migproc_empty(void)
{
    return 0;
}
