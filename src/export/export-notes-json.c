/*
 * Notes as JSON, two ways, both with jansson (keys in insertion order):
 *
 * - the notes model (EXPORT_NOTES_VERSION): every document with its
 *   library row and every annotation with all its fields, for scripts and
 *   backups;
 * - W3C Web Annotation JSON-LD: an array with one Annotation per note. The
 *   note is a TextualBody with purpose "commenting", each tag one with
 *   purpose "tagging"; the target's source is the document's identity (its
 *   URL when it has one) with a TextQuoteSelector and a
 *   TextPositionSelector; the colour is the target's styleClass. A plain
 *   highlight has no note body and motivation "highlighting". That is
 *   everything an annotation holds, so export-notes-import.c can take it
 *   back without loss.
 */
#include <stdlib.h>

#include <jansson.h>

#include "doc.h"
#include "export.h"
#include "store.h"
#include "util.h"

#define EXPORT_W3C_CONTEXT	"http://www.w3.org/ns/anno.jsonld"

static json_t *
export_notes_string(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
export_notes_tags(const struct store_annotation *a)
{
	json_t	*tags = json_array();

	for (size_t i = 0; i < a->ntags; i++)
		json_array_append_new(tags, json_string(a->tags[i]));
	return tags;
}

static json_t *
export_notes_annotation(const struct store_annotation *a)
{
	json_t	*o = json_object();

	json_object_set_new(o, "id", json_string(a->uri));
	json_object_set_new(o, "exact", json_string(a->exact));
	json_object_set_new(o, "prefix", json_string(a->prefix));
	json_object_set_new(o, "suffix", json_string(a->suffix));
	json_object_set_new(o, "start", json_integer((json_int_t)a->start));
	json_object_set_new(o, "end", json_integer((json_int_t)a->end));
	json_object_set_new(o, "note", json_string(a->note != NULL ?
	    a->note : ""));
	json_object_set_new(o, "tags", export_notes_tags(a));
	json_object_set_new(o, "colour", export_notes_string(a->colour));
	json_object_set_new(o, "created", json_string(a->created));
	json_object_set_new(o, "modified", json_string(a->modified));
	json_object_set_new(o, "orphaned", json_boolean(a->orphaned));
	return o;
}

static json_t *
export_notes_document(const struct export_notes_doc *d)
{
	const struct store_document	*info = d->info;
	json_t				*o = json_object(), *notes;

	json_object_set_new(o, "identity", json_string(info->identity));
	json_object_set_new(o, "source", export_notes_string(info->source));
	json_object_set_new(o, "title", export_notes_string(info->title));
	json_object_set_new(o, "site", export_notes_string(info->site));
	json_object_set_new(o, "url", export_notes_string(info->url));
	json_object_set_new(o, "published",
	    export_notes_string(info->published));
	json_object_set_new(o, "opened", export_notes_string(info->opened));
	json_object_set_new(o, "position",
	    json_integer((json_int_t)info->position));
	notes = json_array();
	for (size_t i = 0; i < d->nnotes; i++)
		json_array_append_new(notes,
		    export_notes_annotation(&d->notes[i]));
	json_object_set_new(o, "annotations", notes);
	return o;
}

/* Serialises and frees root; the text ends with a newline. */
static char *
export_notes_dump(json_t *root)
{
	char	*text, *out;

	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (text == NULL)
		fatal("%s", "out of memory writing JSON");
	out = xasprintf("%s\n", text);
	free(text);
	return out;
}

char *
export_notes_json(const struct export_notes_doc *docs, size_t n)
{
	json_t	*root = json_object(), *list = json_array();

	json_object_set_new(root, "marginalia_notes",
	    json_integer(EXPORT_NOTES_VERSION));
	for (size_t i = 0; i < n; i++)
		json_array_append_new(list, export_notes_document(&docs[i]));
	json_object_set_new(root, "documents", list);
	return export_notes_dump(root);
}

static json_t *
export_w3c_body(const char *value, const char *purpose)
{
	json_t	*o = json_object();

	json_object_set_new(o, "type", json_string("TextualBody"));
	json_object_set_new(o, "value", json_string(value));
	json_object_set_new(o, "format", json_string("text/plain"));
	json_object_set_new(o, "purpose", json_string(purpose));
	return o;
}

static json_t *
export_w3c_selectors(const struct store_annotation *a)
{
	json_t	*list = json_array(), *q = json_object();
	json_t	*p = json_object();

	json_object_set_new(q, "type", json_string("TextQuoteSelector"));
	json_object_set_new(q, "exact", json_string(a->exact));
	json_object_set_new(q, "prefix", json_string(a->prefix));
	json_object_set_new(q, "suffix", json_string(a->suffix));
	json_object_set_new(p, "type", json_string("TextPositionSelector"));
	json_object_set_new(p, "start", json_integer((json_int_t)a->start));
	json_object_set_new(p, "end", json_integer((json_int_t)a->end));
	json_array_append_new(list, q);
	json_array_append_new(list, p);
	return list;
}

static json_t *
export_w3c_annotation(const char *source, const struct store_annotation *a)
{
	json_t	*o = json_object(), *body = json_array(), *target;
	int	 noted = a->note != NULL && *a->note != '\0';

	json_object_set_new(o, "@context", json_string(EXPORT_W3C_CONTEXT));
	json_object_set_new(o, "id", json_string(a->uri));
	json_object_set_new(o, "type", json_string("Annotation"));
	json_object_set_new(o, "motivation", json_string(noted ?
	    "commenting" : "highlighting"));
	json_object_set_new(o, "created", json_string(a->created));
	json_object_set_new(o, "modified", json_string(a->modified));
	if (noted)
		json_array_append_new(body, export_w3c_body(a->note,
		    "commenting"));
	for (size_t i = 0; i < a->ntags; i++)
		json_array_append_new(body, export_w3c_body(a->tags[i],
		    "tagging"));
	if (json_array_size(body) > 0)
		json_object_set_new(o, "body", body);
	else
		json_decref(body);
	target = json_object();
	json_object_set_new(target, "source", json_string(source));
	if (a->colour != NULL)
		json_object_set_new(target, "styleClass",
		    json_string(a->colour));
	json_object_set_new(target, "selector", export_w3c_selectors(a));
	json_object_set_new(o, "target", target);
	return o;
}

char *
export_notes_w3c(const struct export_notes_doc *docs, size_t n)
{
	json_t	*list = json_array();

	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < docs[i].nnotes; k++)
			json_array_append_new(list, export_w3c_annotation(
			    docs[i].info->identity, &docs[i].notes[k]));
	}
	return export_notes_dump(list);
}
