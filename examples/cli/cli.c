/*
 * cli.c - the migproc command: options, usage, and which command runs.
 *
 * Uses the public header, and lib/date.h for the library's one rule of which
 * dates are dates.  Exit status: 0 success, 1 a key that is unknown or
 * ambiguous, 2 bad usage, 3 an output error (cli.h).
 */
#include "output.h"

#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
    "usage: migproc [OPTIONS] COMMAND [ARGS...]\n"
    "\n"
    "commands:\n"
    "  show KEY              an entity, its names and every relation, with sources\n"
    "  members KEY           the members of a process or organisation\n"
    "  memberships KEY       what an entity is a member of\n"
    "  and KEY KEY...        members of every KEY\n"
    "  or KEY KEY...         members of any KEY\n"
    "  minus KEY KEY...      members of the first KEY and of none of the others\n"
    "  why KEY KEY           every statement relating two entities, with dates and\n"
    "                        sources, and which one decides each answer (--asof)\n"
    "  find KEY              the entity or entities a key names\n"
    "  list [KIND]           every entity, or every entity of a kind\n"
    "  stats                 what the data holds: counts, dated and sourced shares,\n"
    "                        the oldest review date\n"
    "  dot [KEY...]          a Graphviz graph: the processes and their members, or the\n"
    "                        named entities and everything related to them now\n"
    "                        (Graphviz only: --format json or csv is an error)\n"
    "\n"
    "options:\n"
    "  --format text|json|csv  output format (default text)\n"
    "  --lang LANG             language of names: %s (default en)\n"
    "  --asof YYYY[-MM[-DD]]   members, memberships and set commands as of a date\n"
    "  --help                  this text\n"
    "  --version               library and data versions\n"
    "\n"
    "A KEY is a code, name, acronym or alias in any case, with or without\n"
    "accents: MX, MEX, 484, Mexico, \"Puebla Process\", \"Proceso de Quito\".\n"
    "Exit status: 0 success, 1 unknown or ambiguous key, 2 bad usage, 3 output\n"
    "error (stdout closed or full).  A string this build does not carry prints\n"
    "as " PLACEHOLDER ".\n";

/* The languages as "en|es|pt" (sep "|") or "en, es, pt" into buf. */
static const char *language_list(const char *sep, char buf[64])
{
    buf[0] = '\0';
    for (int l = 0; language(l) != NULL; l++)
        snprintf(buf + strlen(buf), 64 - strlen(buf), "%s%s", l ? sep : "", language(l));
    return buf;
}

int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "migproc: %s%s", message, arg ? ": " : "");
    if (arg)
        echo_safely(arg);
    fprintf(stderr, "\nTry 'migproc --help'.\n");
    return EXIT_USAGE;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, digits and dashes only, a calendar date
 * (lib/date.h's rule, year 0000 excluded): 0 and *out, or -1. */
static int parse_date(const char *s, migproc_date *out)
{
    size_t len = strlen(s);
    unsigned part[3] = {0, 0, 0};
    if (len != 4 && len != 7 && len != 10)
        return -1;
    for (size_t i = 0; i < len; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return -1;
        } else if (s[i] < '0' || s[i] > '9') {
            return -1;
        } else {
            unsigned k = i < 4 ? 0 : i < 7 ? 1 : 2;
            part[k] = part[k] * 10 + (unsigned)(s[i] - '0');
        }
    }
    if (part[0] == 0 || (len >= 7 && part[1] == 0) || (len == 10 && part[2] == 0))
        return -1; /* year 0000, month 00, day 00 */
    migproc_date d = MIGPROC_DATE(part[0], part[1], part[2]);
    if (!mp_date_valid(d))
        return -1;
    *out = d;
    return 0;
}

/* Takes "--name VALUE" or "--name=VALUE"; returns the value or NULL. */
static const char *option_value(const char *name, int argc, char **argv, int *i)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

int migproc_cli(int argc, char **argv)
{
    struct options o = {FORMAT_TEXT, "en", 0};
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int nargs = 0, status;
    const char *v;

    if (args == NULL)
        return EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            char buf[64];
            printf(usage_text, language_list("|", buf));
            free(args);
            return finish_output(0);
        } else if (strcmp(argv[i], "--version") == 0) {
            char buf[16];
            printf("migproc %s (data %s, %s)\n", migproc_version(),
                   date_text(migproc_data_date(), buf), migproc_data_hash());
            free(args);
            return finish_output(0);
        } else if ((v = option_value("--format", argc, argv, &i)) != NULL) {
            if (strcmp(v, "text") == 0)
                o.format = FORMAT_TEXT;
            else if (strcmp(v, "json") == 0)
                o.format = FORMAT_JSON;
            else if (strcmp(v, "csv") == 0)
                o.format = FORMAT_CSV;
            else {
                free(args);
                return usage_error("unknown format", v);
            }
        } else if ((v = option_value("--lang", argc, argv, &i)) != NULL) {
            o.lang = NULL;
            for (int l = 0; language(l) != NULL; l++)
                if (strcmp(v, language(l)) == 0)
                    o.lang = language(l);
            if (o.lang == NULL) {
                char buf[64], message[96];
                snprintf(message, sizeof message, "unknown language (the data has %s)",
                         language_list(", ", buf));
                free(args);
                return usage_error(message, v);
            }
        } else if ((v = option_value("--asof", argc, argv, &i)) != NULL) {
            if (parse_date(v, &o.asof) != 0) {
                free(args);
                return usage_error("bad date (YYYY, YYYY-MM or YYYY-MM-DD)", v);
            }
        } else if (strncmp(argv[i], "--", 2) == 0 && argv[i][2] != '\0') {
            bool known = strcmp(argv[i], "--format") == 0 || strcmp(argv[i], "--lang") == 0 ||
                         strcmp(argv[i], "--asof") == 0;
            free(args);
            return usage_error(known ? "option needs a value" : "unknown option", argv[i]);
        } else {
            args[nargs++] = argv[i];
        }
    }

    const char *cmd = nargs > 0 ? args[0] : NULL;
    if (cmd == NULL)
        status = usage_error("no command", NULL);
    else if (strcmp(cmd, "show") == 0 && nargs == 2)
        status = cmd_show(args[1], &o);
    else if (strcmp(cmd, "members") == 0 && nargs == 2)
        status = cmd_related(args[1], MIGPROC_REL_HAS_MEMBER, &o);
    else if (strcmp(cmd, "memberships") == 0 && nargs == 2)
        status = cmd_related(args[1], MIGPROC_REL_MEMBER_OF, &o);
    else if ((strcmp(cmd, "and") == 0 || strcmp(cmd, "or") == 0 || strcmp(cmd, "minus") == 0) &&
             nargs >= 3)
        status = cmd_algebra(cmd, args + 1, nargs - 1, &o);
    else if (strcmp(cmd, "why") == 0 && nargs == 3)
        status = cmd_why(args[1], args[2], &o);
    else if (strcmp(cmd, "dot") == 0)
        status = o.format == FORMAT_TEXT ? cmd_dot(args + 1, nargs - 1, &o)
                                         : usage_error("dot writes Graphviz only, not", "--format");
    else if (strcmp(cmd, "find") == 0 && nargs == 2)
        status = cmd_find(args[1], &o);
    else if (strcmp(cmd, "stats") == 0 && nargs == 1)
        status = cmd_stats(&o);
    else if (strcmp(cmd, "list") == 0 && nargs <= 2)
        status = cmd_list(nargs == 2 ? args[1] : NULL, &o);
    else
        status = usage_error("unknown command or wrong number of arguments", cmd);
    free(args);
    return finish_output(status);
}
