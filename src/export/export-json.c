/*
 * The dump JSON of DESIGN.md, version 1, built with jansson. Keys are added
 * in the documented order (jansson keeps insertion order) so the output
 * reads like the specification. Absent optional values are JSON null, never
 * missing keys, except the kind-specific block fields, which appear only
 * where they apply.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export.h"
#include "util.h"

static json_t *
export_json_string_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
export_json_strings(char **strings, size_t n)
{
	json_t	*array = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(array, json_string(strings[i]));
	return array;
}

static json_t *
export_json_meta(const struct doc_meta *m)
{
	json_t	*o = json_object();

	json_object_set_new(o, "title", export_json_string_or_null(m->title));
	json_object_set_new(o, "kicker",
	    export_json_strings(m->kicker, m->nkicker));
	json_object_set_new(o, "authors",
	    export_json_strings(m->authors, m->nauthors));
	json_object_set_new(o, "location",
	    export_json_string_or_null(m->location));
	json_object_set_new(o, "published",
	    export_json_string_or_null(m->published));
	json_object_set_new(o, "url", export_json_string_or_null(m->url));
	json_object_set_new(o, "site", export_json_string_or_null(m->site));
	json_object_set_new(o, "language",
	    export_json_string_or_null(m->language));
	return o;
}

static json_t *
export_json_block(const struct doc_block *b)
{
	json_t	*o = json_object();

	json_object_set_new(o, "kind",
	    json_string(doc_block_kind_name(b->kind)));
	json_object_set_new(o, "text", json_string(b->text));
	json_object_set_new(o, "section", json_integer((json_int_t)b->section));
	json_object_set_new(o, "start", json_integer((json_int_t)b->start));
	json_object_set_new(o, "end", json_integer((json_int_t)b->end));
	if (b->kind == DOC_BLOCK_HEADING)
		json_object_set_new(o, "level", json_integer(b->level));
	if (b->kind == DOC_BLOCK_CAPTION && b->credit != NULL)
		json_object_set_new(o, "credit", json_string(b->credit));
	if (b->kind == DOC_BLOCK_MEDIA && b->duration != NULL)
		json_object_set_new(o, "duration", json_string(b->duration));
	return o;
}

static json_t *
export_json_sections(const struct doc *doc)
{
	json_t	*array = json_array();

	for (size_t i = 0; i < doc->nsections; i++) {
		const struct doc_section	*s = &doc->sections[i];
		json_t				*o = json_object();

		json_object_set_new(o, "title",
		    export_json_string_or_null(s->title));
		json_object_set_new(o, "first_block",
		    json_integer((json_int_t)s->first_block));
		json_object_set_new(o, "last_block",
		    json_integer((json_int_t)s->last_block));
		json_array_append_new(array, o);
	}
	return array;
}

static json_t *
export_json_entity(const struct doc_entity *e)
{
	json_t	*o = json_object(), *mentions = json_array();

	json_object_set_new(o, "id", json_integer(e->id));
	json_object_set_new(o, "name", json_string(e->name));
	json_object_set_new(o, "type",
	    json_string(doc_entity_type_name(e->type)));
	for (size_t i = 0; i < e->nmentions; i++) {
		json_t	*m = json_object();

		json_object_set_new(m, "start",
		    json_integer((json_int_t)e->mentions[i].start));
		json_object_set_new(m, "end",
		    json_integer((json_int_t)e->mentions[i].end));
		json_object_set_new(m, "text",
		    json_string(e->mentions[i].text));
		json_array_append_new(mentions, m);
	}
	json_object_set_new(o, "mentions", mentions);
	return o;
}

static json_t *
export_json_quote(const struct doc_quote *q)
{
	json_t	*o = json_object();

	json_object_set_new(o, "id", json_integer(q->id));
	json_object_set_new(o, "kind", json_string(doc_quote_kind_name(q->kind)));
	json_object_set_new(o, "text", json_string(q->text));
	json_object_set_new(o, "start", json_integer((json_int_t)q->start));
	json_object_set_new(o, "end", json_integer((json_int_t)q->end));
	json_object_set_new(o, "speaker",
	    export_json_string_or_null(q->speaker));
	json_object_set_new(o, "speaker_entity", q->speaker_entity >= 0 ?
	    json_integer(q->speaker_entity) : json_null());
	json_object_set_new(o, "role", export_json_string_or_null(q->role));
	json_object_set_new(o, "cue", export_json_string_or_null(q->cue));
	return o;
}

char *
export_dump_json(const struct doc *doc, const char *source)
{
	json_t	*root = json_object(), *array;
	char	*out, *copy, *clean_source;

	json_object_set_new(root, "marginalia",
	    json_integer(EXPORT_DUMP_VERSION));
	/* A path may be any bytes; JSON strings must be UTF-8. */
	clean_source = util_utf8_repair(source, strlen(source), NULL, NULL);
	json_object_set_new(root, "source", json_string(clean_source));
	free(clean_source);
	json_object_set_new(root, "meta", export_json_meta(&doc->meta));
	array = json_array();
	for (size_t i = 0; i < doc->nblocks; i++)
		json_array_append_new(array, export_json_block(&doc->blocks[i]));
	json_object_set_new(root, "blocks", array);
	json_object_set_new(root, "sections", export_json_sections(doc));
	array = json_array();
	for (size_t i = 0; i < doc->nentities; i++)
		json_array_append_new(array,
		    export_json_entity(&doc->entities[i]));
	json_object_set_new(root, "entities", array);
	array = json_array();
	for (size_t i = 0; i < doc->nquotes; i++)
		json_array_append_new(array, export_json_quote(&doc->quotes[i]));
	json_object_set_new(root, "quotes", array);

	out = json_dumps(root, JSON_INDENT(2));
	json_decref(root);
	if (out == NULL)
		fatal("cannot encode the dump JSON");
	/* jansson allocates with its own allocator; callers free() ours. */
	copy = xstrdup(out);
	free(out);
	return copy;
}
