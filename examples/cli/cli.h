/*
 * cli.h - what the migproc command's files share: its options, exit
 * statuses, the lookups every command makes, and one function a command.
 *
 * The program is cli.c (options, usage, dispatch), one file a command
 * (cmd-*.c), lookup.c (keys to entities, --asof) and output.c (every output
 * format, the JSON writer among them).  main.c only calls migproc_cli(), so
 * that the fuzzer can link the rest.
 */
#ifndef MIGPROC_CLI_H
#define MIGPROC_CLI_H

#include <migproc.h>

#include <stdbool.h>

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV };

/* Exit statuses (the usage text and migproc(1) say the same). */
enum { EXIT_UNKNOWN_KEY = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3 };

struct options {
    enum format format;
    const char *lang;  /* a tag migproc_lang_tag() gave */
    migproc_date asof; /* 0: now */
};

/* The whole program: main() with another name (main.c calls it). */
int migproc_cli(int argc, char **argv);

/* lookup.c: the one entity a key names, or MIGPROC_NONE after saying on
 * stderr why not (naming the candidates of an ambiguous key). */
migproc_id resolve(const char *key);
/* What id is related to by rel, now or as of o->asof. */
void related(migproc_id id, migproc_rel rel, const struct options *o, migproc_set *out);
/* The tag of language l, from 0 up to NULL: the library lists them. */
const char *language(int l);
/* An edge seen from one of its ends: the other end, and in *rel the
 * relation read from this end (the library reads it: migproc_edge_other). */
migproc_id edge_view(migproc_id id, migproc_edge e, migproc_rel *rel);

/* cli.c: a usage message on stderr; returns EXIT_USAGE. */
int usage_error(const char *message, const char *arg);

/* The commands: each returns the exit status. */
int cmd_find(const char *key, const struct options *o);
int cmd_related(const char *key, migproc_rel rel, const struct options *o);
int cmd_algebra(const char *op, char **keys, int nkeys, const struct options *o);
int cmd_list(const char *kind_name, const struct options *o);
int cmd_show(const char *key, const struct options *o);
int cmd_why(const char *key_a, const char *key_b, const struct options *o);
int cmd_stats(const struct options *o);
int cmd_dot(char **keys, int nkeys, const struct options *o);

#endif /* MIGPROC_CLI_H */
