/*
 * W3C Web Annotation JSON-LD back into the library: the inverse of
 * export_notes_w3c(), lenient about what other tools write. It accepts an
 * array of annotations, a single one, or an AnnotationCollection or
 * AnnotationPage (items, or first.items); a target given as an array, a
 * source given as an object with an id, selectors as an object or an
 * array, and bodies as an object, an array or bodyValue.
 *
 * Each annotation is saved in its own transaction by
 * store_annotation_import(), keyed by its id, so a second import of the
 * same file updates in place instead of doubling every note. An
 * annotation without a TextQuoteSelector cannot be shown and is skipped
 * (and counted).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "export.h"
#include "store.h"
#include "util.h"

static const char *
export_import_string(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* The first object of v, v itself when it is one. */
static json_t *
export_import_first(json_t *v)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	return json_is_object(v) ? v : NULL;
}

static int
export_import_position(json_t *sel, const char *key, size_t *out)
{
	json_t	*v = json_object_get(sel, key);

	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return -1;
	*out = (size_t)json_integer_value(v);
	return 0;
}

static void
export_import_selector(json_t *sel, struct store_annotation *a)
{
	const char	*type = export_import_string(sel, "type");
	const char	*exact = export_import_string(sel, "exact");

	if (type == NULL)
		return;
	if (strcmp(type, "TextQuoteSelector") == 0 && exact != NULL) {
		const char *prefix = export_import_string(sel, "prefix");
		const char *suffix = export_import_string(sel, "suffix");

		free(a->exact);
		free(a->prefix);
		free(a->suffix);
		a->exact = xstrdup(exact);
		a->prefix = xstrdup(prefix != NULL ? prefix : "");
		a->suffix = xstrdup(suffix != NULL ? suffix : "");
	} else if (strcmp(type, "TextPositionSelector") == 0) {
		size_t	 s, e;

		if (export_import_position(sel, "start", &s) == 0 &&
		    export_import_position(sel, "end", &e) == 0 && s <= e) {
			a->start = s;
			a->end = e;
		}
	}
}

/* The target's source and selectors; NULL when it has no source. */
static const char *
export_import_target(json_t *anno, struct store_annotation *a)
{
	json_t		*target, *source, *sel, *one;
	const char	*colour;
	size_t		 i;

	target = export_import_first(json_object_get(anno, "target"));
	if (target == NULL)
		return NULL;
	sel = json_object_get(target, "selector");
	if (json_is_object(sel))
		export_import_selector(sel, a);
	json_array_foreach(sel, i, one)
		export_import_selector(one, a);
	if ((colour = export_import_string(target, "styleClass")) != NULL)
		a->colour = xstrdup(colour);
	source = json_object_get(target, "source");
	if (json_is_object(source))
		source = json_object_get(source, "id");
	return json_string_value(source);
}

static void
export_import_tag(struct store_annotation *a, const char *tag)
{
	a->tags = xreallocarray(a->tags, a->ntags + 1, sizeof *a->tags);
	a->tags[a->ntags++] = xstrdup(tag);
}

/* A note from one or more commenting bodies, joined by a blank line. */
static void
export_import_note(struct store_annotation *a, const char *value)
{
	char	*note;

	if (a->note == NULL || *a->note == '\0')
		note = xstrdup(value);
	else
		note = xasprintf("%s\n\n%s", a->note, value);
	free(a->note);
	a->note = note;
}

static void
export_import_body(json_t *body, struct store_annotation *a)
{
	const char	*value = export_import_string(body, "value");
	const char	*purpose = export_import_string(body, "purpose");

	if (value == NULL)
		return;
	if (purpose != NULL && strcmp(purpose, "tagging") == 0)
		export_import_tag(a, value);
	else
		export_import_note(a, value);
}

static void
export_import_bodies(json_t *anno, struct store_annotation *a)
{
	json_t		*body = json_object_get(anno, "body"), *b;
	const char	*value = export_import_string(anno, "bodyValue");
	size_t		 i;

	if (value != NULL)
		export_import_note(a, value);
	if (json_is_object(body))
		export_import_body(body, a);
	json_array_foreach(body, i, b)
		export_import_body(b, a);
}

static void
export_import_fields(json_t *anno, struct store_annotation *a)
{
	const char	*s;

	if ((s = export_import_string(anno, "id")) != NULL)
		a->uri = xstrdup(s);
	if ((s = export_import_string(anno, "created")) != NULL)
		a->created = xstrdup(s);
	if ((s = export_import_string(anno, "modified")) != NULL)
		a->modified = xstrdup(s);
	export_import_bodies(anno, a);
}

static int
export_import_one(struct store *store, json_t *anno, size_t *imported,
    size_t *skipped, char **cause)
{
	struct store_annotation	 a;
	const char		*source;
	int64_t			 doc_id;
	int			 rc;

	memset(&a, 0, sizeof a);
	source = json_is_object(anno) ? export_import_target(anno, &a) : NULL;
	if (source == NULL || a.exact == NULL) {
		store_annotation_clear(&a);
		(*skipped)++;
		return 0;
	}
	export_import_fields(anno, &a);
	rc = store_document_find(store, source, &doc_id, cause);
	if (rc == 0)
		rc = store_document_pending(store, source, &doc_id, cause) == 0 ?
		    1 : -1;
	if (rc == 1)
		rc = store_annotation_import(store, doc_id, &a, cause);
	if (rc == 0)
		(*imported)++;
	store_annotation_clear(&a);
	return rc == 0 ? 0 : -1;
}

/* The list of annotations in root, whatever wraps it. */
static json_t *
export_import_items(json_t *root)
{
	json_t	*items;

	if (json_is_array(root))
		return root;
	if ((items = json_object_get(root, "items")) != NULL)
		return items;
	if ((items = json_object_get(json_object_get(root, "first"),
	    "items")) != NULL)
		return items;
	return root;
}

int
export_notes_import(struct store *store, const char *json, size_t len,
    size_t *imported, size_t *skipped, char **cause)
{
	json_error_t	 err;
	json_t		*root, *items, *anno;
	size_t		 i;
	int		 rc = 0;

	*imported = *skipped = 0;
	if ((root = json_loadb(json, len, 0, &err)) == NULL)
		return util_cause_set(cause, "not JSON: %s (line %d, column "
		    "%d)", err.text, err.line, err.column);
	items = export_import_items(root);
	if (json_is_array(items)) {
		json_array_foreach(items, i, anno) {
			if ((rc = export_import_one(store, anno, imported,
			    skipped, cause)) != 0)
				break;
		}
	} else
		rc = export_import_one(store, items, imported, skipped, cause);
	json_decref(root);
	return rc;
}
