/*
 * cmd-show.c - show KEY: an entity's own fields, then each of its
 * statements seen from it, in text, JSON or CSV.
 */
#include "output.h"

#include <stdio.h>

/* "  [start..end]" when the edge has a date, into buf. */
static const char *edge_dates(migproc_edge e, char buf[40])
{
    char b1[16], b2[16];
    if (migproc_edge_start(e) == 0 && migproc_edge_end(e) == 0)
        buf[0] = '\0';
    else
        snprintf(buf, 40, "  [%s..%s]", date_text(migproc_edge_start(e), b1),
                 date_text(migproc_edge_end(e), b2));
    return buf;
}

static void show_text(migproc_id id, const struct options *o)
{
    char b1[16], dates[40];
    printf("%s  %s\n", text(migproc_code(id)), text(migproc_name(id, o->lang)));
    printf("kind: %s\n", text(migproc_kind_name(migproc_kind_of(id))));
    printf("names:");
    for (int l = 0; language(l) != NULL; l++)
        printf("%s %s %s", l ? " |" : "", language(l), text(migproc_name_in(id, language(l))));
    printf("\n");
    if (migproc_alpha3(id))
        printf("iso: %s %s %03u\n", text(migproc_code(id)), text(migproc_alpha3(id)), migproc_numeric(id));
    if (migproc_established(id))
        printf("established: %s (source: %s)\n", date_text(migproc_established(id), b1),
               text(migproc_source_key(migproc_established_source(id))));
    if (migproc_reviewed(id))
        printf("reviewed: %s (facts last checked against their sources)\n",
               date_text(migproc_reviewed(id), b1));
    if (migproc_note_count(id) > 0)
        printf("notes:\n");
    for (unsigned i = 0; i < migproc_note_count(id); i++)
        printf("  %s%s%s  (source: %s)\n", date_text(migproc_note_date(id, i), b1),
               migproc_note_date(id, i) ? ": " : "", text(migproc_note_text(id, i)),
               text(migproc_source_key(migproc_note_source(id, i))));
    if (migproc_edge_count(id) > 0)
        printf("relations:\n");
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        migproc_rel rel;
        migproc_id other = edge_view(id, e, &rel);
        printf("  %-18s %s  %s%s  (source: %s)\n", text(migproc_rel_name(rel)),
               text(migproc_code(other)), text(migproc_name(other, o->lang)), edge_dates(e, dates),
               text(migproc_source_key(migproc_edge_source(e))));
        if (migproc_edge_note(e))
            printf("  %-18s note: %s\n", "", text(migproc_edge_note(e)));
    }
}

static void show_json(migproc_id id)
{
    struct json j = {0};
    json_open_object(&j);
    json_key(&j, "id");
    json_uint(&j, id);
    json_key(&j, "code");
    json_string(&j, migproc_code(id));
    json_key(&j, "kind");
    json_string(&j, migproc_kind_name(migproc_kind_of(id)));
    json_key(&j, "names"); /* null where there is none: never a fallback shown as a translation */
    json_open_object(&j);
    for (int l = 0; language(l) != NULL; l++) {
        json_key(&j, language(l));
        json_string(&j, migproc_name_in(id, language(l)));
    }
    json_close(&j);
    json_key(&j, "alpha3");
    json_string(&j, migproc_alpha3(id));
    json_key(&j, "numeric");
    if (migproc_numeric(id))
        json_uint(&j, migproc_numeric(id));
    else
        json_null(&j);
    json_key(&j, "established");
    json_date(&j, migproc_established(id));
    json_key(&j, "reviewed");
    json_date(&j, migproc_reviewed(id));
    json_key(&j, "notes");
    json_open_array(&j);
    for (unsigned i = 0; i < migproc_note_count(id); i++) {
        json_open_object(&j);
        json_key(&j, "date");
        json_date(&j, migproc_note_date(id, i));
        json_key(&j, "text");
        json_string(&j, migproc_note_text(id, i));
        json_key(&j, "source");
        json_string(&j, migproc_source_key(migproc_note_source(id, i)));
        json_close(&j);
    }
    json_close(&j);
    json_key(&j, "relations");
    json_open_array(&j);
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        migproc_rel rel;
        migproc_id other = edge_view(id, e, &rel);
        json_open_object(&j);
        json_key(&j, "relation");
        json_string(&j, migproc_rel_name(rel));
        json_key(&j, "id");
        json_uint(&j, other);
        json_key(&j, "code");
        json_string(&j, migproc_code(other));
        json_key(&j, "start");
        json_date(&j, migproc_edge_start(e));
        json_key(&j, "end");
        json_date(&j, migproc_edge_end(e));
        json_key(&j, "source");
        json_string(&j, migproc_source_key(migproc_edge_source(e)));
        json_key(&j, "note");
        json_string(&j, migproc_edge_note(e));
        json_close(&j);
    }
    json_close(&j);
    json_close(&j);
}

static void show_csv(migproc_id id, const struct options *o)
{
    char b1[16], b2[16];
    printf("relation,code,name,start,end,source,note\r\n");
    for (unsigned i = 0; i < migproc_edge_count(id); i++) {
        migproc_edge e = migproc_edge_at(id, i);
        migproc_rel rel;
        migproc_id other = edge_view(id, e, &rel);
        printf("%s,", text(migproc_rel_name(rel)));
        csv_field(migproc_code(other));
        putchar(',');
        csv_field(migproc_name(other, o->lang));
        printf(",%s,%s,", date_text(migproc_edge_start(e), b1),
               date_text(migproc_edge_end(e), b2));
        csv_field(migproc_source_key(migproc_edge_source(e)));
        putchar(',');
        csv_field(migproc_edge_note(e));
        printf("\r\n");
    }
}

int cmd_show(const char *key, const struct options *o)
{
    migproc_id id = resolve(key);
    if (id == MIGPROC_NONE)
        return EXIT_UNKNOWN_KEY;
    if (o->format == FORMAT_JSON)
        show_json(id);
    else if (o->format == FORMAT_CSV)
        show_csv(id, o);
    else
        show_text(id, o);
    return 0;
}
