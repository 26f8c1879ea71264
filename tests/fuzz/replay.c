/*
 * replay.c - runs a fuzz harness over files, without libFuzzer: what
 * `meson test` does with the committed corpus, so every regression input
 * is checked on every build.
 *   replay FILE-OR-DIRECTORY...
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <sys/stat.h>

#include "fuzz.h"

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 1;
    }
    static uint8_t buffer[1 << 20];
    size_t n = fread(buffer, 1, sizeof buffer, f);
    fclose(f);
    /* A copy of exactly n bytes, so that ASan sees any read past the input. */
    uint8_t *copy = malloc(n ? n : 1);
    if (copy == NULL)
        return 1;
    memcpy(copy, buffer, n);
    LLVMFuzzerTestOneInput(copy, n);
    free(copy);
    return 0;
}

int main(int argc, char **argv)
{
    unsigned files = 0;
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 1;
        }
        if (!S_ISDIR(st.st_mode)) {
            failed |= replay_file(argv[i]);
            files++;
            continue;
        }
        DIR *dir = opendir(argv[i]);
        struct dirent *entry;
        while (dir && (entry = readdir(dir)) != NULL) {
            char path[4096];
            if (entry->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], entry->d_name);
            failed |= replay_file(path);
            files++;
        }
        if (dir)
            closedir(dir);
    }
    printf("%u inputs replayed\n", files);
    return failed || files == 0;
}
