/*
 * output.h - every output format of the migproc command in one place: text
 * helpers, CSV fields, a streaming JSON writer, and the entity list that
 * most commands print.
 */
#ifndef MIGPROC_OUTPUT_H
#define MIGPROC_OUTPUT_H

#include "cli.h"

/* What prints where the library returns NULL: a string a trimmed build left
 * out (-Dnames=en, -Dprovenance=false), never passed to printf as NULL. */
#define PLACEHOLDER "-"

/* s, or PLACEHOLDER for NULL. */
const char *text(const char *s);
/* A date as YYYY, YYYY-MM or YYYY-MM-DD into buf; "" for 0. */
const char *date_text(migproc_date d, char buf[16]);
/* s in double quotes, with '"', '\\' and control characters escaped (JSON's
 * rules, which Graphviz's quoted strings accept too); "" for NULL. */
void write_quoted(const char *s);
/* A command-line argument on stderr, control characters (C0, DEL, C1)
 * escaped, so that no terminal sequence passes through. */
void echo_safely(const char *s);
/* One CSV field (RFC 4180 quoting); nothing for NULL. */
void csv_field(const char *s);
/* The exit status once output is done: EXIT_OUTPUT, with a message, when
 * stdout could not be written (closed, a full disk). */
int finish_output(int status);

/* A JSON document written as it goes, with its layout in one place: an
 * array puts each element on a line of its own, so does the outermost
 * object; objects inside stay on one line.  Calls must nest: open, then
 * keys (in objects) and values, then close.  The nesting is the command's,
 * never the input's: an open deeper than JSON_DEPTH_MAX is ignored. */
#define JSON_DEPTH_MAX 8
struct json {
    unsigned depth;
    bool in_object[JSON_DEPTH_MAX];
    bool has_members[JSON_DEPTH_MAX];
    bool after_key;
};
void json_open_object(struct json *j);
void json_open_array(struct json *j);
/* Closes the innermost object or array; after the outermost, a newline. */
void json_close(struct json *j);
void json_key(struct json *j, const char *key);
void json_string(struct json *j, const char *s); /* NULL: null */
void json_uint(struct json *j, unsigned long value);
void json_bool(struct json *j, bool value);
void json_null(struct json *j);
void json_date(struct json *j, migproc_date d);  /* 0: null */
/* A share in tenths, as a number with one decimal: 575 -> 57.5. */
void json_tenths(struct json *j, unsigned tenths);

/* A source as a JSON object {key, title, publisher, url}. */
void json_source(struct json *j, int source);

/* The entities of a set, in ID order: "code  name" lines, a JSON array of
 * {id, code, kind, name}, or CSV with a header row. */
void print_set(const migproc_set *set, const struct options *o);

#endif /* MIGPROC_OUTPUT_H */
