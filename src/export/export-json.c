/*
 * The dump JSON of DESIGN.md, version 1. Keys are written in the
 * documented order so the output reads like the specification. Absent
 * optional values are JSON null, never missing keys, except the
 * kind-specific block fields, which appear only where they apply.
 *
 * The text is written straight into one buffer, laid out byte for byte as
 * jansson's json_dumps(JSON_INDENT(2)) lays it out (the format this dump
 * had when it was built as a jansson tree): two spaces a level, ", " never,
 * ",\n" between members, "[]" and "{}" when empty, the escapes \" \\ \b \f
 * \n \r \t and \u00XX for other control characters, UTF-8 left as it is.
 * Building a tree first held the document three more times at the end (the
 * tree, jansson's string and our copy of it): 200 MB more on a 50 MB page.
 * As with jansson, a string that is not valid UTF-8 is left out, member
 * and all; the document model never holds one.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "util.h"

/* Deep enough for root > entities > entity > mentions > mention. */
#define EXPORT_JSON_DEPTH	8

struct export_json {
	struct util_buf	 out;
	int		 depth;
	int		 after_key;	/* a value completes the member */
	size_t		 count[EXPORT_JSON_DEPTH]; /* members so far */
};

/* What goes before every value: nothing right after its key, else (a
 * member's key or an element) a comma after the one before, a new line
 * and the indentation of its level. */
static void
export_json_sep(struct export_json *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->depth == 0)
		return;
	if (w->count[w->depth]++ > 0)
		util_buf_add_char(&w->out, ',');
	util_buf_add_char(&w->out, '\n');
	for (int i = 0; i < w->depth; i++)
		util_buf_add(&w->out, "  ", 2);
}

static void
export_json_open(struct export_json *w, char c)
{
	export_json_sep(w);
	util_buf_add_char(&w->out, c);
	if (++w->depth >= EXPORT_JSON_DEPTH)
		fatal("export_json_open: nested too deep");
	w->count[w->depth] = 0;
}

static void
export_json_close(struct export_json *w, char c)
{
	if (w->count[w->depth] > 0) {
		util_buf_add_char(&w->out, '\n');
		for (int i = 1; i < w->depth; i++)
			util_buf_add(&w->out, "  ", 2);
	}
	util_buf_add_char(&w->out, c);
	w->depth--;
}

/* s as a JSON string literal; runs without escapes are copied whole. */
static void
export_json_quote_add(struct util_buf *out, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const char		*run = s;
	unsigned char		 c;

	util_buf_add_char(out, '"');
	for (; (c = (unsigned char)*s) != '\0'; s++) {
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		util_buf_add(out, run, (size_t)(s - run));
		run = s + 1;
		util_buf_add_char(out, '\\');
		switch (c) {
		case '"': case '\\': util_buf_add_char(out, (char)c); break;
		case '\b': util_buf_add_char(out, 'b'); break;
		case '\f': util_buf_add_char(out, 'f'); break;
		case '\n': util_buf_add_char(out, 'n'); break;
		case '\r': util_buf_add_char(out, 'r'); break;
		case '\t': util_buf_add_char(out, 't'); break;
		default:
			util_buf_add(out, "u00", 3);
			util_buf_add_char(out, hex[c >> 4]);
			util_buf_add_char(out, hex[c & 15]);
		}
	}
	util_buf_add(out, run, (size_t)(s - run));
	util_buf_add_char(out, '"');
}

/* A member's key; the value written next (its export_json_sep writes
 * nothing) completes it. */
static void
export_json_key(struct export_json *w, const char *key)
{
	export_json_sep(w);
	export_json_quote_add(&w->out, key);
	util_buf_add(&w->out, ": ", 2);
	w->after_key = 1;
}

/* A string member (key NULL: an array element); left out, as jansson did,
 * when s is NULL or not UTF-8. */
static void
export_json_str(struct export_json *w, const char *key, const char *s)
{
	if (s == NULL || !util_utf8_valid(s, strlen(s)))
		return;
	if (key != NULL)
		export_json_key(w, key);
	export_json_sep(w);
	export_json_quote_add(&w->out, s);
}

static void
export_json_null(struct export_json *w, const char *key)
{
	export_json_key(w, key);
	export_json_sep(w);
	util_buf_add(&w->out, "null", 4);
}

/* A string member that is null when s is NULL. */
static void
export_json_str_or_null(struct export_json *w, const char *key,
    const char *s)
{
	if (s != NULL)
		export_json_str(w, key, s);
	else
		export_json_null(w, key);
}

static void
export_json_int(struct export_json *w, const char *key, intmax_t v)
{
	export_json_key(w, key);
	export_json_sep(w);
	util_buf_printf(&w->out, "%" PRIdMAX, v);
}

static void
export_json_strings(struct export_json *w, const char *key, char **strings,
    size_t n)
{
	export_json_key(w, key);
	export_json_open(w, '[');
	for (size_t i = 0; i < n; i++)
		export_json_str(w, NULL, strings[i]);
	export_json_close(w, ']');
}

static void
export_json_meta(struct export_json *w, const struct doc_meta *m)
{
	export_json_key(w, "meta");
	export_json_open(w, '{');
	export_json_str_or_null(w, "title", m->title);
	export_json_strings(w, "kicker", m->kicker, m->nkicker);
	export_json_strings(w, "authors", m->authors, m->nauthors);
	export_json_str_or_null(w, "location", m->location);
	export_json_str_or_null(w, "published", m->published);
	export_json_str_or_null(w, "url", m->url);
	export_json_str_or_null(w, "site", m->site);
	export_json_str_or_null(w, "language", m->language);
	export_json_close(w, '}');
}

static void
export_json_block(struct export_json *w, const struct doc_block *b)
{
	export_json_open(w, '{');
	export_json_str(w, "kind", doc_block_kind_name(b->kind));
	export_json_str(w, "text", b->text);
	export_json_int(w, "section", (intmax_t)b->section);
	export_json_int(w, "start", (intmax_t)b->start);
	export_json_int(w, "end", (intmax_t)b->end);
	if (b->kind == DOC_BLOCK_HEADING)
		export_json_int(w, "level", b->level);
	if (b->kind == DOC_BLOCK_CAPTION && b->credit != NULL)
		export_json_str(w, "credit", b->credit);
	if (b->kind == DOC_BLOCK_MEDIA && b->duration != NULL)
		export_json_str(w, "duration", b->duration);
	export_json_close(w, '}');
}

static void
export_json_section(struct export_json *w, const struct doc_section *s)
{
	export_json_open(w, '{');
	export_json_str_or_null(w, "title", s->title);
	export_json_int(w, "first_block", (intmax_t)s->first_block);
	export_json_int(w, "last_block", (intmax_t)s->last_block);
	export_json_close(w, '}');
}

static void
export_json_entity(struct export_json *w, const struct doc_entity *e)
{
	export_json_open(w, '{');
	export_json_int(w, "id", e->id);
	export_json_str(w, "name", e->name);
	export_json_str(w, "type", doc_entity_type_name(e->type));
	export_json_key(w, "mentions");
	export_json_open(w, '[');
	for (size_t i = 0; i < e->nmentions; i++) {
		export_json_open(w, '{');
		export_json_int(w, "start", (intmax_t)e->mentions[i].start);
		export_json_int(w, "end", (intmax_t)e->mentions[i].end);
		export_json_str(w, "text", e->mentions[i].text);
		export_json_close(w, '}');
	}
	export_json_close(w, ']');
	export_json_close(w, '}');
}

static void
export_json_quote(struct export_json *w, const struct doc_quote *q)
{
	export_json_open(w, '{');
	export_json_int(w, "id", q->id);
	export_json_str(w, "kind", doc_quote_kind_name(q->kind));
	export_json_str(w, "text", q->text);
	export_json_int(w, "start", (intmax_t)q->start);
	export_json_int(w, "end", (intmax_t)q->end);
	export_json_str_or_null(w, "speaker", q->speaker);
	if (q->speaker_entity >= 0)
		export_json_int(w, "speaker_entity", q->speaker_entity);
	else
		export_json_null(w, "speaker_entity");
	export_json_str_or_null(w, "role", q->role);
	export_json_str_or_null(w, "cue", q->cue);
	export_json_close(w, '}');
}

/* The document's lists, in the documented order. */
static void
export_json_lists(struct export_json *w, const struct doc *doc)
{
	size_t	i;

	export_json_key(w, "blocks");
	export_json_open(w, '[');
	for (i = 0; i < doc->nblocks; i++)
		export_json_block(w, &doc->blocks[i]);
	export_json_close(w, ']');
	export_json_key(w, "sections");
	export_json_open(w, '[');
	for (i = 0; i < doc->nsections; i++)
		export_json_section(w, &doc->sections[i]);
	export_json_close(w, ']');
	export_json_key(w, "entities");
	export_json_open(w, '[');
	for (i = 0; i < doc->nentities; i++)
		export_json_entity(w, &doc->entities[i]);
	export_json_close(w, ']');
	export_json_key(w, "quotes");
	export_json_open(w, '[');
	for (i = 0; i < doc->nquotes; i++)
		export_json_quote(w, &doc->quotes[i]);
	export_json_close(w, ']');
}

char *
export_dump_json(const struct doc *doc, const char *source)
{
	struct export_json	 w;
	char			*clean_source;

	memset(&w, 0, sizeof w);
	util_buf_init(&w.out);
	export_json_open(&w, '{');
	export_json_int(&w, "marginalia", EXPORT_DUMP_VERSION);
	/* A path may be any bytes; JSON strings must be UTF-8. */
	clean_source = util_utf8_repair(source, strlen(source), NULL, NULL);
	export_json_str(&w, "source", clean_source);
	free(clean_source);
	export_json_meta(&w, &doc->meta);
	export_json_lists(&w, doc);
	export_json_close(&w, '}');
	return util_buf_steal(&w.out, NULL);
}
