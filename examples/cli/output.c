/*
 * output.c - the migproc command's output formats: text, CSV and JSON.
 */
#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

const char *text(const char *s)
{
    return s != NULL ? s : PLACEHOLDER;
}

const char *date_text(migproc_date d, char buf[16])
{
    unsigned y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (d == 0)
        buf[0] = '\0';
    else if (m == 0)
        snprintf(buf, 16, "%04u", y);
    else if (day == 0)
        snprintf(buf, 16, "%04u-%02u", y, m);
    else
        snprintf(buf, 16, "%04u-%02u-%02u", y, m, day);
    return buf;
}

void write_quoted(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

void echo_safely(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            fprintf(stderr, "\\x%02x", *p);
        else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            fprintf(stderr, "\\u%04x", p[1]);
            p++;
        } else if (*p == '\\')
            fputs("\\\\", stderr);
        else
            fputc(*p, stderr);
    }
}

void csv_field(const char *s)
{
    if (s == NULL)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, stdout);
        return;
    }
    putchar('"');
    for (; *s; s++) {
        if (*s == '"')
            putchar('"');
        putchar(*s);
    }
    putchar('"');
}

int finish_output(int status)
{
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int e = errno;
        fprintf(stderr, "migproc: cannot write the output: %s\n",
                e ? strerror(e) : "write error");
        return EXIT_OUTPUT;
    }
    return status;
}

/* ---- JSON ---------------------------------------------------------------- */

/* Whether the container at depth d (1 = outermost) puts each member on a
 * line of its own. */
static bool json_multiline(const struct json *j, unsigned d)
{
    return !j->in_object[d - 1] || d == 1;
}

/* What goes before a value or a key: nothing after a key; else a comma
 * after an earlier member, and the line break of a multi-line container. */
static void json_separate(struct json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth == 0)
        return;
    unsigned d = j->depth;
    if (j->has_members[d - 1])
        putchar(',');
    if (json_multiline(j, d))
        printf("\n%*s", (int)(2 * d), "");
    else if (j->has_members[d - 1])
        putchar(' ');
    j->has_members[d - 1] = true;
}

static void json_open(struct json *j, bool object)
{
    if (j->depth == JSON_DEPTH_MAX)
        return; /* a command nesting deeper is a bug; memory stays safe */
    json_separate(j);
    putchar(object ? '{' : '[');
    j->in_object[j->depth] = object;
    j->has_members[j->depth] = false;
    j->depth++;
}

void json_open_object(struct json *j)
{
    json_open(j, true);
}

void json_open_array(struct json *j)
{
    json_open(j, false);
}

void json_close(struct json *j)
{
    if (j->depth == 0)
        return;
    unsigned d = j->depth--;
    if (j->has_members[d - 1] && json_multiline(j, d))
        printf("\n%*s", (int)(2 * (d - 1)), "");
    putchar(j->in_object[d - 1] ? '}' : ']');
    if (j->depth == 0)
        putchar('\n');
}

void json_key(struct json *j, const char *key)
{
    json_separate(j);
    write_quoted(key);
    fputs(": ", stdout);
    j->after_key = true;
}

void json_string(struct json *j, const char *s)
{
    if (s == NULL) {
        json_null(j);
        return;
    }
    json_separate(j);
    write_quoted(s);
}

void json_uint(struct json *j, unsigned long value)
{
    json_separate(j);
    printf("%lu", value);
}

void json_bool(struct json *j, bool value)
{
    json_separate(j);
    fputs(value ? "true" : "false", stdout);
}

void json_null(struct json *j)
{
    json_separate(j);
    fputs("null", stdout);
}

void json_date(struct json *j, migproc_date d)
{
    char buf[16];
    json_string(j, d ? date_text(d, buf) : NULL);
}

void json_tenths(struct json *j, unsigned tenths)
{
    json_separate(j);
    printf("%u.%u", tenths / 10, tenths % 10);
}

void json_source(struct json *j, int source)
{
    json_open_object(j);
    json_key(j, "key");
    json_string(j, migproc_source_key(source));
    json_key(j, "title");
    json_string(j, migproc_source_title(source));
    json_key(j, "publisher");
    json_string(j, migproc_source_publisher(source));
    json_key(j, "url");
    json_string(j, migproc_source_url(source));
    json_close(j);
}

/* ---- the entity list ----------------------------------------------------- */

void print_set(const migproc_set *set, const struct options *o)
{
    struct json j = {0};
    if (o->format == FORMAT_JSON)
        json_open_array(&j);
    else if (o->format == FORMAT_CSV)
        printf("id,code,kind,name\r\n");
    for (migproc_id id = migproc_set_next(set, MIGPROC_NONE); id != MIGPROC_NONE;
         id = migproc_set_next(set, id)) {
        const char *code = migproc_code(id), *name = migproc_name(id, o->lang);
        const char *kind = migproc_kind_name(migproc_kind_of(id));
        switch (o->format) {
        case FORMAT_TEXT:
            printf("%s  %s\n", text(code), text(name));
            break;
        case FORMAT_JSON:
            json_open_object(&j);
            json_key(&j, "id");
            json_uint(&j, id);
            json_key(&j, "code");
            json_string(&j, code);
            json_key(&j, "kind");
            json_string(&j, kind);
            json_key(&j, "name");
            json_string(&j, name);
            json_close(&j);
            break;
        case FORMAT_CSV:
            printf("%u,", (unsigned)id);
            csv_field(code);
            putchar(',');
            csv_field(kind);
            putchar(',');
            csv_field(name);
            printf("\r\n");
            break;
        }
    }
    if (o->format == FORMAT_JSON)
        json_close(&j);
}
