/*
 * fuzz-cli.c - the migproc command's argument handling.  The input, split at
 * its NUL bytes, is the argument list (at most 16 arguments) handed to the
 * command's own migproc_cli() (examples/cli/cli.c), linked in.  Properties: no
 * crash and no sanitizer report, and an exit status the manual documents
 * (0 to 3).  libFuzzer runs it with -close_fd_mask=3, so the command's output
 * goes to /dev/null.
 */
#include "../../examples/cli/cli.h"
#include "fuzz.h"

#include <stdio.h>

#define FUZZ_ARGS_MAX 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    char *argv[FUZZ_ARGS_MAX + 2] = {"migproc"};
    int argc = 1;

    if (text == NULL)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    for (size_t start = 0; start <= size && argc <= FUZZ_ARGS_MAX; argc++) {
        argv[argc] = text + start;
        start += strlen(text + start) + 1;
    }
    argv[argc] = NULL;
    int status = migproc_cli(argc, argv);
    fuzz_check(status >= 0 && status <= EXIT_OUTPUT);
    /* The next run starts with stdout's error flag clear, as a new process would. */
    fflush(stdout);
    clearerr(stdout);
    free(text);
    return 0;
}
